/**
 * Runner costs, each as a ratio against a reference measured in the same run:
 *  1. overhead per suite: runSuites over N trivial suites (env, groups, report stamping, copying,
 *     parsing, merging) vs spawning `sh -c true` N times directly;
 *  2. output: a suite printing L lines through the per-suite output vs the same command with its
 *     output drained unsplit;
 *  3. parallelism: S suites of `sleep T` with max-parallel S vs max-parallel 1 (ideal: S×);
 *  4. report discovery: reports/**\/*.xml in a tree with a large node_modules, walking only the
 *     glob's fixed part, vs walking every file and matching each with minimatch.
 *
 *  5. scale: `testops run --full` (dist/cli.js, a real git repo) on a suite whose command copies a
 *     generated JUnit report of SCALE_MB (default 100; pytest/Surefire-like, 3% failing), parse,
 *     runs.json, report and record end to end, beside the bare parser (`testops parse` of the same
 *     file) in the same run, then the Action's report step (dist/report.js) on the runs.json and
 *     plan.json that run left, as a workflow's report step reads them: wall time and peak RSS of
 *     each, from /usr/bin/time -v (else the child's own maxRSS as node reports it).
 *
 *   npm run bench:runner                 (default sizes, ~2 min on a busy 2-core machine)
 *   BIG=1 npm run bench:runner           (10× the suites, lines and files)
 *   SCALE_MB=1024 npm run bench:runner   (the 1 GB report: minutes, gigabytes; run it niced)
 *   SCALE_MB=0 npm run bench:runner      (cases 1–4 only)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { minimatch } from 'minimatch';
import { validateConfig } from '../src/config/load.js';
import { mergeTestCases, parseReportFile } from '../src/ingest/index.js';
import type { Plan } from '../src/model.js';
import { runSuites } from '../src/runner/index.js';
import { findFiles } from '../src/runner/reports.js';
import { systemClock } from '../src/util/clock.js';
import { memoryLog } from '../src/util/log.js';
import { generate } from './ingest-generate.js';

const scale = process.env.BIG ? 10 : 1;
const SUITES = 20 * scale;
const LINES = 100_000 * scale;
const PARALLEL = 4;
const SLEEP = 0.5;
const NODE_MODULES_FILES = 20_000 * scale;
const root = mkdtempSync(join(tmpdir(), 'testops-bench-runner-'));
const SCALE_MB = Number(process.env.SCALE_MB ?? 100);
const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const MiB = 1024 * 1024;

interface Measured {
  seconds: number;
  peakMiB: number;
  exitCode: number;
  stderrTail: string;
}

/** Runs `node args…` in a child and measures its wall time and peak RSS from outside. */
function measure(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  const timeV = existsSync('/usr/bin/time');
  // without GNU time: the child reports its own peak (process.resourceUsage().maxRSS, KiB) when it exits
  const wrapped = timeV
    ? ['/usr/bin/time', ['-v', process.execPath, ...args]]
    : [
        process.execPath,
        [
          '--import',
          `data:text/javascript,process.on('exit',()=>process.stderr.write('Maximum resident set size (kbytes): '+process.resourceUsage().maxRSS+'\\n'))`,
          ...args,
        ],
      ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(wrapped[0] as string, wrapped[1] as string[], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMiB: kib / 1024,
        exitCode: code ?? -1,
        stderrTail: stderr.slice(-2000),
      });
    });
  });
}

async function scaleCase(megabytes: number) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first`);
  const repo = join(root, 'scale-repo');
  const xml = join(root, 'scale.xml');
  const cases = await generate(xml, megabytes * MiB);
  mkdirSync(join(repo, '.github'), { recursive: true });
  // retries 0: with the default 2, a suite with failures reruns the whole command and reads the report 3 times
  writeFileSync(
    join(repo, '.github', 'testops.yml'),
    `version: 1\nretries: 0\nsuites:\n  big:\n    command: mkdir -p reports && cp "$SCALE_XML" reports/big.xml\n    reports: { junit: reports/big.xml }\n`,
  );
  writeFileSync(join(repo, '.gitignore'), 'reports/\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench');
  const env = { ...process.env, SCALE_XML: xml, NO_COLOR: '1' };
  // the 1-minute load average, sampled while the two children run: the times depend on it
  const loads: number[] = [loadavg()[0] as number];
  const sampler = setInterval(() => loads.push(loadavg()[0] as number), 5_000);
  const parser = await measure([CLI, 'parse', xml], repo, env);
  let action: Measured | undefined;
  const run = await measure([CLI, 'run', '--full', '--format', 'md', '--quiet'], repo, env)
    .then(async (measured) => {
      action = await actionReport(repo);
      return measured;
    })
    .finally(() => clearInterval(sampler));
  const low = loads.reduce((a, b) => Math.min(a, b));
  const high = loads.reduce((a, b) => Math.max(a, b));
  const load = `${low.toFixed(2)}–${high.toFixed(2)} (1-minute, sampled every 5 s)`;
  const runs = join(repo, '.testops', 'out', 'runs.json');
  const runsMiB = existsSync(runs) ? (statSync(runs).size / MiB).toFixed(0) : '–';
  const limit = 1536;
  console.log(`\nscale: ${megabytes} MiB JUnit, ${cases.toLocaleString('en')} cases (load average ${load} on ${cpus().length} cores)`);
  console.log('| | wall | peak RSS | exit |\n|---|---:|---:|---|');
  console.log(`| bare parser (testops parse) | ${parser.seconds.toFixed(1)}s | ${parser.peakMiB.toFixed(0)} MiB | ${parser.exitCode} |`);
  console.log(
    `| testops run --full (parse, runs.json ${runsMiB} MiB, report, record) | ${run.seconds.toFixed(1)}s | ${run.peakMiB.toFixed(0)} MiB | ${run.exitCode} |`,
  );
  if (action)
    console.log(
      `| the Action's report step (dist/report.js on that runs.json and plan.json: read, report, record) | ${action.seconds.toFixed(1)}s | ${action.peakMiB.toFixed(0)} MiB | ${action.exitCode} |`,
    );
  console.log(
    `testops run / parser: ${(run.seconds / parser.seconds).toFixed(2)}× the time, ${(run.peakMiB / parser.peakMiB).toFixed(2)}× the peak RSS; ${
      megabytes >= 1024
        ? `target (1 GB under ${limit} MiB peak): ${run.peakMiB < limit && (run.exitCode === 0 || run.exitCode === 1) ? 'met' : 'NOT met'}`
        : `the target (under ${limit} MiB) is for SCALE_MB=1024`
    }`,
  );
  // exit 1 is the run's verdict (3% of the tests fail); anything else is a crash
  if (run.exitCode !== 0 && run.exitCode !== 1) console.log(`testops run exited with ${run.exitCode}:\n${run.stderrTail}`);
  if (action && action.exitCode !== 0 && action.exitCode !== 1)
    console.log(`the report step exited with ${action.exitCode}:\n${action.stderrTail}`);
}

/**
 * The Action's report step as a workflow runs it, on the plan.json and runs.json `testops run` left
 * (hard-linked into $RUNNER_TEMP/testops, where the plan and run steps put them): it reads runs.json
 * back from the file, which at 1 GB of JUnit is ~2 GB. No token: nothing is posted.
 */
async function actionReport(repo: string): Promise<Measured | undefined> {
  const out = join(repo, '.testops', 'out');
  if (!existsSync(join(out, 'runs.json')) || !existsSync(join(out, 'plan.json'))) return undefined;
  const temp = join(root, 'runner-temp');
  mkdirSync(join(temp, 'testops'), { recursive: true });
  for (const name of ['plan.json', 'runs.json']) linkSync(join(out, name), join(temp, 'testops', name));
  writeFileSync(join(temp, 'outputs'), '');
  writeFileSync(join(temp, 'summary.md'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: join(temp, 'outputs'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    INPUT_MODE: 'report',
  };
  return measure([join(import.meta.dirname, '..', 'dist', 'report.js')], repo, env);
}

const time = async (action: () => Promise<unknown>) => {
  const started = performance.now();
  await action();
  return (performance.now() - started) / 1000;
};

function bareSpawn(command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}

function plan(names: string[]): Plan {
  return {
    version: 1,
    createdAt: new Date().toISOString(),
    configPath: 'bench.yml',
    repoRoot: root,
    event: { name: 'local', headSha: 'bench', isDefaultBranch: false, isFork: false },
    changedFiles: null,
    changedSource: 'none',
    full: true,
    suites: names.map((name) => ({ name, selected: true, reasons: ['bench'] })),
    seed: '1',
    cache: { key: 'k', restoreKeys: [] },
    problems: [],
  };
}

async function runConfig(suites: Record<string, unknown>, maxParallel = 1) {
  const config = validateConfig({ version: 1, 'max-parallel': maxParallel, suites }, 'bench.yml');
  const log = memoryLog();
  await runSuites({
    plan: plan(Object.keys(config.suites)),
    config,
    repoRoot: root,
    workDir: join(root, '.work'),
    log,
    clock: systemClock,
    parse: (file, options) => parseReportFile(file, options),
    mergeTests: mergeTestCases,
    env: { PATH: process.env.PATH },
    graceMs: 1000,
  });
  return log.lines.length;
}

const rows: Array<[string, string, string, string]> = [];
const report = (name: string, measured: number, reference: number, note: string) =>
  rows.push([name, `${measured.toFixed(3)}s`, `${reference.toFixed(3)}s`, `${(measured / reference).toPrecision(2)}× ${note}`]);

try {
  // 1. per-suite overhead, with a one-test JUnit report per suite
  const junit = `mkdir -p r && printf '<testsuite><testcase classname="c" name="t"/></testsuite>' > r/$TESTOPS_SUITE.xml`;
  const trivial = Object.fromEntries(
    Array.from({ length: SUITES }, (_, i) => [`s${i}`, { command: junit, reports: { junit: `r/s${i}.xml` } }]),
  );
  const bare = await time(async () => {
    for (let i = 0; i < SUITES; i++) await bareSpawn(junit.replace('$TESTOPS_SUITE', `s${i}`));
  });
  const runner = await time(() => runConfig(trivial));
  report(`overhead: ${SUITES} suites with a report`, runner, bare, 'of bare spawns');

  // 2. output throughput
  const chatty = `i=0; while [ $i -lt ${LINES} ]; do echo "line $i of the suite output"; i=$((i+1)); done`;
  const drained = await time(() => bareSpawn(chatty));
  const streamed = await time(() => runConfig({ chatty: { command: chatty } }));
  report(`output: ${LINES} lines`, streamed, drained, 'of draining unsplit');

  // 3. parallel suites
  const sleepers = Object.fromEntries(Array.from({ length: PARALLEL }, (_, i) => [`p${i}`, { command: `sleep ${SLEEP}` }]));
  const serial = await time(() => runConfig(sleepers, 1));
  const parallel = await time(() => runConfig(sleepers, PARALLEL));
  report(`parallel: ${PARALLEL} × sleep ${SLEEP}s`, parallel, serial, `of max-parallel 1 (ideal ${(1 / PARALLEL).toFixed(2)}×)`);

  // 4. report discovery in a tree with a big node_modules
  for (let i = 0; i < NODE_MODULES_FILES; i++) {
    const dir = join(root, 'node_modules', `pkg${i % 500}`, 'lib');
    if (i < 500) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `f${i}.js`), '');
  }
  mkdirSync(join(root, 'reports', 'unit'), { recursive: true });
  for (let i = 0; i < 20; i++) writeFileSync(join(root, 'reports', 'unit', `r${i}.xml`), '<testsuite/>');
  const naiveWalk = (dir: string, out: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) naiveWalk(path, out);
      else if (minimatch(relative(root, path), 'reports/**/*.xml')) out.push(path);
    }
    return out;
  };
  let naiveCount = 0;
  let ourCount = 0;
  const naive = await time(async () => {
    naiveCount = naiveWalk(root, []).length;
  });
  const ours = await time(async () => {
    ourCount = (await findFiles(root, ['reports/**/*.xml'])).length;
  });
  if (naiveCount !== ourCount || ourCount !== 20) throw new Error(`report discovery disagrees: ${ourCount} vs ${naiveCount}`);
  report(`discovery: 20 reports among ${NODE_MODULES_FILES} files`, ours, naive, 'of a full walk + minimatch');

  console.log('| case | testops | reference | ratio |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);

  // 5. scale: testops run end to end beside the bare parser, each a child measured from outside
  if (SCALE_MB > 0) await scaleCase(SCALE_MB);
} finally {
  rmSync(root, { recursive: true, force: true });
}
