/**
 * A real run that provokes every war-room anomaly kind: real processes (a suite that runs out of
 * memory, one killed by SIGKILL, one that hangs past its timeout, a service that never listens,
 * one that crashes, a command that leaves a process behind, repeats that disagree, retried
 * tests that flake) and real report files (JUnit, LCOV, autocannon JSON, SARIF), against a
 * baseline recorded by an earlier, healthy run. Shared by the war-room, HTML and bundle tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateBaseline, writeBaseline } from '../../src/baseline/index.js';
import type { Config } from '../../src/config/schema.js';
import type { Baseline, Plan, Report, RunsFile } from '../../src/model.js';
import { assembleReport } from '../../src/pipeline/report.js';
import { systemClock } from '../../src/util/clock.js';
import { FIXTURES, freePort, makeConfig, makePlan, run, tempDir } from '../runner/helpers.js';

const nodeTest = (file: string, report: string) =>
  `node --test --test-reporter=junit --test-reporter-destination=${report} ${join(FIXTURES, file)}`;

/** A node script that writes a JUnit file: `tests` tests, the first `failing` fail with `message`. */
function junitWriter(dir: string, name: string, tests: number, failing: number, message: string): string {
  const script = join(dir, `${name}.mjs`);
  writeFileSync(
    script,
    `import { writeFileSync, mkdirSync } from 'node:fs';
const cases = [];
for (let i = 0; i < ${tests}; i++) {
  const failed = i < ${failing};
  cases.push('<testcase classname="${name}.spec" name="case ' + i + '" file="src/${name}.js" time="0.01">' +
    (failed ? '<failure message="${message}">${message}\\n    at Object.&lt;anonymous&gt; (src/${name}.js:' + (i + 3) + ':9)</failure>' : '') + '</testcase>');
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/${name}.xml', '<testsuites><testsuite name="${name}" tests="${tests}">' + cases.join('') + '</testsuite></testsuites>');
process.exit(${failing} > 0 ? 1 : 0);
`,
  );
  return `node ${script}`;
}

/** A JUnit writer whose first `flaky` tests fail on the first attempt only (a marker file per run). */
function flakyWriter(dir: string, tests: number, flaky: number): string {
  const script = join(dir, `flaky-${flaky}.mjs`);
  const marker = join(dir, `flaky-marker-${flaky}`);
  writeFileSync(
    script,
    `import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
const first = !existsSync('${marker}');
writeFileSync('${marker}', 'x');
const cases = [];
for (let i = 0; i < ${tests}; i++) {
  const failed = first && i < ${flaky};
  cases.push('<testcase classname="flaky.spec" name="flaky case ' + i + '" time="0.02">' + (failed ? '<failure message="Timeout of 2000ms exceeded">timed out waiting for the queue</failure>' : '') + '</testcase>');
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/flaky.xml', '<testsuites><testsuite name="flaky">' + cases.join('') + '</testsuite></testsuites>');
process.exit(first && ${flaky} > 0 ? 1 : 0);
`,
  );
  return `node ${script}`;
}

const lcov = (hit: number) =>
  `TN:\nSF:src/unit.js\n${Array.from({ length: 10 }, (_, i) => `DA:${i + 1},${i < hit ? 1 : 0}`).join('\n')}\nend_of_record\n`;

const autocannon = (p95: number) =>
  JSON.stringify({
    title: 'checkout',
    latency: { p50: p95 / 2, p90: p95 * 0.9, p95, p99: p95 * 1.2, average: p95 / 2, min: 1, max: p95 * 2 },
    requests: { average: 1000, total: 10000 },
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  });

const sarif = (findings: number) =>
  JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'semgrep', rules: [{ id: 'js.sql-injection', properties: { 'security-severity': '8.1' } }] } },
        results: Array.from({ length: findings }, () => ({
          ruleId: 'js.sql-injection',
          level: 'error',
          message: { text: 'User input reaches a SQL query <script>alert(1)</script>' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.js' }, region: { startLine: 42 } } }],
        })),
      },
    ],
  });

export interface AnomalyRun {
  repo: string;
  config: Config;
  plan: Plan;
  runs: RunsFile;
  report: Report;
  baseline: Baseline | null;
  workDir: string;
}

/** Record a healthy baseline, then run the suites that go wrong. About 5 s of real processes. */
export async function anomalyRun(): Promise<AnomalyRun> {
  const repo = tempDir('testops-record-');
  const baselineDir = join(repo, 'baseline');
  const writeFile = (name: string, text: string) => {
    const path = join(repo, name);
    writeFileSync(path, text);
    return path;
  };
  const basePerf = writeFile('perf-base.json', autocannon(100));
  const headPerf = writeFile('perf-head.json', autocannon(300));
  const baseSarif = writeFile('sarif-base.json', sarif(0));
  const headSarif = writeFile('sarif-head.json', sarif(1));
  const baseLcov = writeFile('lcov-base.info', lcov(10));
  const headLcov = writeFile('lcov-head.info', lcov(5));
  const copy = (from: string, to: string) => `mkdir -p reports && cp ${from} reports/${to}`;

  const gates = { coverage: { min: 40, 'max-drop': 5 } };
  const base = makeConfig({
    suites: {
      unit: {
        command: `${junitWriter(repo, 'unit', 100, 0, '')} && ${copy(baseLcov, 'lcov.info')}`,
        reports: { junit: 'reports/unit.xml', coverage: 'reports/lcov.info' },
      },
      flaky: { command: flakyWriter(repo, 20, 0), reports: { junit: 'reports/flaky.xml' } },
      load: { command: copy(basePerf, 'load.json'), reports: { perf: { format: 'autocannon', path: 'reports/load.json' } } },
      scan: { command: copy(baseSarif, 'scan.sarif'), reports: { security: 'reports/scan.sarif' } },
    },
    gates,
  });
  const baseRun = await run(base, repo);
  const baseline = updateBaseline(
    null,
    baseRun.runs,
    { commit: 'b'.repeat(40), branch: 'main', createdAt: new Date(Date.now() - 3600_000).toISOString(), schemaVersion: 1 },
    { historyRuns: 50, perfSamples: 20 },
  );
  writeBaseline(baselineDir, baseline);

  const deadPort = await freePort();
  const crashPort = await freePort();
  const config = makeConfig({
    'max-parallel': 4,
    suites: {
      unit: {
        command: `${junitWriter(repo, 'unit', 100, 10, 'connect ECONNREFUSED 127.0.0.1:5432')}; status=$?; ${copy(headLcov, 'lcov.info')}; exit $status`,
        reports: { junit: 'reports/unit.xml', coverage: 'reports/lcov.info' },
      },
      flaky: { command: flakyWriter(repo, 20, 15), retries: 1, reports: { junit: 'reports/flaky.xml' } },
      load: { command: copy(headPerf, 'load.json'), reports: { perf: { format: 'autocannon', path: 'reports/load.json' } } },
      scan: { command: copy(headSarif, 'scan.sarif'), reports: { security: 'reports/scan.sarif' } },
      memory: { command: `node --max-old-space-size=24 -e "const a = []; for (;;) a.push(new Array(100000).fill(a.length))"` },
      killed: { command: 'echo about to be killed; kill -9 $$' },
      hang: { command: 'echo waiting for a lock; sleep 30', timeout: '1s' },
      'service-down': {
        command: 'echo never runs',
        services: [{ name: 'db', command: 'echo starting db; sleep 30', ready: `tcp://127.0.0.1:${deadPort}`, timeout: '1s' }],
      },
      'service-crash': {
        command: 'sleep 3',
        services: [
          {
            name: 'api',
            command: `node ${join(FIXTURES, 'server.mjs')}`,
            ready: `http://127.0.0.1:${crashPort}/health`,
            env: { PORT: String(crashPort), DIE_AFTER_MS: '1500' },
          },
        ],
      },
      leak: { command: "setsid sh -c 'exec sleep 30' >/dev/null 2>&1 & sleep 0.2; echo started a background worker" },
      seeded: {
        command: nodeTest('seeded.test.mjs', 'reports/seeded.xml'),
        repeat: 3,
        env: { COUNTER: join(repo, 'counter') },
        reports: { junit: 'reports/seeded.xml' },
      },
    },
    gates,
  });
  const plan: Plan = {
    ...makePlan(config, repo, { seed: '8' }),
    event: {
      name: 'pull_request',
      headSha: 'c'.repeat(40),
      branch: 'feature',
      prNumber: 7,
      isDefaultBranch: false,
      isFork: false,
      repo: { owner: 'acme', repo: 'shop' },
      runId: '99',
      serverUrl: 'https://github.com',
    },
  };
  const { runs } = await run(config, repo, { plan });
  const { report, baseline: read } = await assembleReport({ plan, runs, config, baselineDir, clock: systemClock });
  return { repo, config, plan, runs, report, baseline: read, workDir: join(repo, '.work') };
}
