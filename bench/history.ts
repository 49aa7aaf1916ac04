/**
 * The durable store at scale (issue 19): RUNS runs of TESTS tests each (default 10,000 × 1,000)
 * appended one by one to a data branch of a bare repository through appendToBranch (real git,
 * the same code the report step runs), with the default keep-runs (50). Printed beside targets:
 *
 * - append time per run (median, p95, max; compacting appends included);
 * - the branch's size as a clone fetches it (a fresh `git clone --bare --single-branch` of the
 *   data branch: its pack), at checkpoints, to show it stays bounded;
 * - the tip's files: whole records, archive lines and bytes.
 *
 *   npm run bench:history                     (TESTS=10000 RUNS=1000)
 *   TESTS=2000 RUNS=200 npm run bench:history (a quick look)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { appendToBranch } from '../src/history/branch-store.js';
import { DEFAULT_KEEP_RUNS } from '../src/history/compact.js';
import type { HistoryRecord, HistoryTest } from '../src/history/record.js';

const TESTS = Number(process.env.TESTS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 1_000);
const TARGET_APPEND_P95 = 10; // seconds: a small share of a CI job
const TARGET_CLONE_MB = 200; // what a clone of the data branch may weigh at 10,000 tests
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();

function dirSize(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + dirSize(join(path, entry)), 0);
}

const random = seedrandom('bench-history');
const hex = (n: number) => n.toString(16).padStart(16, '0');
const suites = ['unit', 'api', 'web', 'e2e'];
interface BenchTest {
  id: string;
  suite: string;
  name: string;
  file: string;
  mean: number;
  flakeRate: number;
}
const base: BenchTest[] = Array.from({ length: TESTS }, (_, index) => ({
  id: hex(index * 2654435761),
  suite: suites[index % suites.length],
  name: `module ${Math.floor(index / 25)} › behaves case ${index % 25}`,
  file: `packages/${suites[index % suites.length]}/test/module-${Math.floor(index / 25)}.test.ts`,
  mean: 0.005 + random() ** 3 * 2,
  flakeRate: random() < 0.01 ? 0.05 : 0,
}));

function record(run: number): HistoryRecord {
  const at = new Date(Date.parse('2026-10-01T00:00:00Z') + run * 3_600_000).toISOString();
  const tests: HistoryTest[] = base.map(({ mean, flakeRate, ...test }) => {
    const failed = random() < 0.0005;
    const flaked = !failed && random() < flakeRate;
    return {
      ...test,
      status: failed ? 'failed' : 'passed',
      duration: Math.round(mean * (0.8 + random() * 0.4) * (flaked ? 2 : 1) * 1000) / 1000,
      ...(flaked ? { attempts: 2, failures: 1, flaky: true as const } : failed ? { attempts: 3, failures: 3 } : {}),
    };
  });
  const failed = tests.filter((test) => test.status === 'failed').length;
  const files = Object.fromEntries(
    Array.from({ length: 400 }, (_, index) => [`packages/x/src/f${index}.ts`, [Math.floor(80 + random() * 20), 100]]),
  );
  return {
    version: 1,
    run: {
      id: `${100_000 + run}-1`,
      commit: hex(run).repeat(3).slice(0, 40),
      branch: 'main',
      event: 'push',
      at,
      conclusion: failed ? 'failure' : 'success',
      duration: 600,
    },
    totals: {
      tests: TESTS,
      passed: TESTS - failed,
      failed,
      errored: 0,
      skipped: 0,
      flaky: tests.filter((test) => test.flaky).length,
      attempts: TESTS,
      duration: 590,
    },
    suites: suites.map((name) => ({
      name,
      selected: true,
      status: 'passed',
      duration: 150,
      tests: TESTS / 4,
      failed: 0,
      skipped: 0,
      flaky: 0,
    })),
    tests,
    testsKept: 'all',
    coverage: {
      totals: {
        lines: { covered: 8500, total: 10000, pct: 85 },
        branches: { covered: 700, total: 1000, pct: 70 },
        functions: { covered: 900, total: 1000, pct: 90 },
      },
      files: files as Record<string, [number, number]>,
    },
    perf: [{ series: 'load › k6', metric: 'p95', unit: 'ms', biggerIsBetter: false, value: 120 + random() * 10 }],
    security: { counts: { critical: 0, high: 0, medium: 1, low: 2, info: 0 }, new: 0, existing: 3 },
    selection: { suites: 4, selected: 4, skipped: 0, changedFiles: 3, full: false, savedSeconds: 0 },
    flaky: [],
  };
}

const root = mkdtempSync(join(tmpdir(), 'testops-bench-history-'));
const bare = join(root, 'origin.git');
git(root, 'init', '-q', '--bare', '-b', 'main', bare);
const writer = join(root, 'writer');
git(root, 'init', '-q', '-b', 'main', writer);
git(writer, 'remote', 'add', 'origin', bare);

const checkpoints = new Set([1, 50, 61, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, RUNS].filter((n) => n <= RUNS));
const times: number[] = [];
const rows: string[] = [];
let compactions = 0;
const pct = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
console.log(
  `bench:history — ${TESTS.toLocaleString('en')} tests × ${RUNS.toLocaleString('en')} runs, keep-runs ${DEFAULT_KEEP_RUNS} (${root})`,
);
let recordBytes = 0;
for (let run = 1; run <= RUNS; run++) {
  const next = record(run);
  const started = performance.now();
  const result = await appendToBranch({ repo: writer, retentionDays: 400, now: () => new Date(next.run.at) }, next);
  times.push((performance.now() - started) / 1000);
  if (result.compacted > 0) compactions++;
  if (run === 1) recordBytes = Number(git(bare, 'cat-file', '-s', `testops-data:${result.path}`));
  if (checkpoints.has(run)) {
    const clone = join(root, `clone-${run}`);
    git(root, 'clone', '-q', '--bare', '--single-branch', '--branch', 'testops-data', `file://${bare}`, clone);
    const packMb = dirSize(join(clone, 'objects')) / 1024 / 1024;
    rmSync(clone, { recursive: true, force: true });
    const files = git(bare, 'ls-tree', '-r', '-l', 'testops-data')
      .split('\n')
      .map((line) => line.split(/\s+/));
    const whole = files.filter((parts) => parts[4]?.startsWith('runs/')).length;
    const archiveBytes = files.filter((parts) => parts[4]?.startsWith('archive/')).reduce((sum, parts) => sum + Number(parts[3]), 0);
    const commits = git(bare, 'rev-list', '--count', 'testops-data');
    rows.push(
      `| ${String(run).padStart(5)} | ${packMb.toFixed(1).padStart(8)} MB | ${String(whole).padStart(5)} | ${(archiveBytes / 1024 / 1024).toFixed(2).padStart(7)} MB | ${commits.padStart(7)} | ${pct(times, 0.5).toFixed(2)} s |`,
    );
    console.log(rows.at(-1));
  }
}
const p95 = pct(times, 0.95);
const clones = rows.map((row) => Number(row.split('|')[2].replace('MB', '').trim()));
const largest = Math.max(...clones);
console.log('');
console.log('| runs | clone of the branch | whole records | archive | commits | median append so far |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log('');
console.log(`one whole record: ${(recordBytes / 1024 / 1024).toFixed(2)} MB (${TESTS} tests); compactions: ${compactions}`);
console.log(
  `append: median ${pct(times, 0.5).toFixed(2)} s, p95 ${p95.toFixed(2)} s, max ${Math.max(...times).toFixed(2)} s — target p95 ≤ ${TARGET_APPEND_P95} s: ${p95 <= TARGET_APPEND_P95 ? 'met' : 'NOT met'}`,
);
console.log(
  `clone of the branch: at most ${largest.toFixed(1)} MB over the run — target ≤ ${TARGET_CLONE_MB} MB: ${largest <= TARGET_CLONE_MB ? 'met' : 'NOT met'}`,
);
rmSync(root, { recursive: true, force: true });
