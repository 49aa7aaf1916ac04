/**
 * How long `testops dashboard` takes on a large history (npm run bench:dashboard).
 *
 * A history of 1,000 runs × 10,000 tests (test/dashboard/synthetic.ts: flaky tests, a breakage,
 * slow tests, six suites with budgets, coverage of 80 files, two perf series with a step,
 * selection savings) is written to a temporary directory the way the data branch keeps it: the
 * newest 50 runs whole (DEFAULT_KEEP_RUNS, every test), the older 950 compacted into monthly
 * archives (src/history/compact.ts). Writing it is not timed. Timed, as the CLI does it: read the
 * history (readHistory: JSON and zod for every record) and build the site (aggregate, render,
 * write index.html). Target: under 10 s (issue 19).
 *
 * --whole also streams 1,000 whole records (10,000,000 test rows, generated in memory one at a
 * time, never stored) through aggregate and render: the pass over every test row, as if nothing
 * had been compacted; the time to generate them is measured alone and reported beside it.
 * --quick: 200 runs × 2,000 tests. --json. Exits 1 when the timed build misses the target.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { aggregate, buildDashboard, renderDashboard } from '../src/dashboard/index.js';
import { archivePath, DEFAULT_KEEP_RUNS, readHistory, recordPath, serializeRecord } from '../src/history/index.js';
import { syntheticHistory } from '../test/dashboard/synthetic.js';

const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const wholeToo = process.argv.includes('--whole');
const runs = quick ? 200 : 1000;
const tests = quick ? 2000 : 10_000;
const TARGET_S = 10;

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

// ── the history on disk, as the data branch keeps it ──
const root = mkdtempSync(join(tmpdir(), 'testops-bench-dashboard-'));
const history = join(root, 'history');
const archives = new Map<string, string[]>();
let setup = performance.now();
for (const record of syntheticHistory({ runs, tests, keepWhole: DEFAULT_KEEP_RUNS })) {
  if (record.compacted) {
    const path = archivePath(record);
    const lines = archives.get(path) ?? [];
    lines.push(JSON.stringify(record));
    archives.set(path, lines);
    continue;
  }
  const path = join(history, recordPath(record));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeRecord(record));
}
for (const [path, lines] of archives) {
  mkdirSync(dirname(join(history, path)), { recursive: true });
  writeFileSync(join(history, path), `${lines.join('\n')}\n`);
}
setup = (performance.now() - setup) / 1000;

const cpuStart = cpuSeconds();
const start = performance.now();
const read = await readHistory(history);
const readSeconds = (performance.now() - start) / 1000;
const built = buildDashboard(read.records, join(root, 'site'));
const seconds = (performance.now() - start) / 1000;
const cpu = cpuSeconds() - cpuStart;
if (read.problems.length > 0) throw new Error(`the synthetic history read with problems: ${read.problems[0]}`);
if (built.data.records !== runs) throw new Error(`the dashboard shows ${built.data.records} runs, expected ${runs}`);

const result: Record<string, number | boolean | string> = {
  runs,
  tests,
  wholeRecords: built.data.fullRecords,
  setupSeconds: Number(setup.toFixed(1)),
  readSeconds: Number(readSeconds.toFixed(2)),
  buildSeconds: Number(seconds.toFixed(2)),
  cpuSeconds: Number(cpu.toFixed(2)),
  pageKB: Math.round(built.bytes / 1024),
  targetSeconds: TARGET_S,
  met: seconds < TARGET_S,
};

if (wholeToo) {
  let generate = performance.now();
  let generateCpu = cpuSeconds();
  let rows = 0;
  for (const record of syntheticHistory({ runs, tests })) rows += record.tests.length;
  generate = (performance.now() - generate) / 1000;
  generateCpu = cpuSeconds() - generateCpu;
  const streamStart = performance.now();
  const streamCpu = cpuSeconds();
  const data = aggregate(syntheticHistory({ runs, tests }));
  renderDashboard(data);
  const stream = (performance.now() - streamStart) / 1000;
  result.wholeAggregateCpuSeconds = Number(Math.max(0, cpuSeconds() - streamCpu - generateCpu).toFixed(1));
  result.wholeRows = rows;
  result.wholeGenerateSeconds = Number(generate.toFixed(1));
  result.wholeTotalSeconds = Number(stream.toFixed(1));
  result.wholeAggregateSeconds = Number(Math.max(0, stream - generate).toFixed(1));
}
result.loadAverage = Number(loadavg()[0]?.toFixed(1));
result.cores = availableParallelism();
rmSync(root, { recursive: true, force: true });

if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    `dashboard: ${runs.toLocaleString('en-US')} runs × ${tests.toLocaleString('en-US')} tests (newest ${result.wholeRecords} whole, the rest compacted; written in ${result.setupSeconds} s, not timed)`,
  );
  console.log(
    `  read + build: ${result.buildSeconds} s (read ${result.readSeconds} s; CPU ${result.cpuSeconds} s; page ${result.pageKB} KB)   target < ${TARGET_S} s   ${result.met ? 'met' : 'MISSED'}`,
  );
  if (wholeToo)
    console.log(
      `  every run whole: ${Number(result.wholeRows).toLocaleString('en-US')} test rows streamed through aggregate + render in ${result.wholeTotalSeconds} s, of which generating them ${result.wholeGenerateSeconds} s (aggregate + render alone: ${result.wholeAggregateCpuSeconds} s of CPU)`,
    );
  console.log(`  machine: load average ${result.loadAverage} on ${result.cores} cores`);
}
process.exit(result.met ? 0 : 1);
