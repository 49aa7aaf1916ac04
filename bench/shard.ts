/**
 * Shard balance on a 200-file suite with skewed durations (the target of issue 16: the longest
 * shard at most 1.15 × the mean). Realistic CI noise: per-file durations heavy-tailed (log-normal,
 * a few files 20× the median), the baseline holds the last 5 runs of each file with run-to-run
 * noise and a whole-run effect (a slow runner), 15 files are new (no history: they get the
 * median), and the "actual" run draws fresh noise. Printed per shard count: the planned longest
 * shard / mean, and the actual longest / mean, each beside the target.
 *
 *   npm run bench:shard            (SEEDS=20 by default: the worst and the median over 20 suites)
 */
import seedrandom from 'seedrandom';
import { assignShards } from '../src/impact/shard.js';
import type { Baseline, SuitePlan } from '../src/model.js';

const TARGET = 1.15;
const FILES = 200;
const NEW_FILES = 15;
const SEEDS = Number(process.env.SEEDS ?? 20);

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function simulate(seed: number, shards: number): { planned: number; actual: number; bound: number } {
  const random = seedrandom(`bench-shard-${seed}`);
  const files = Array.from({ length: FILES }, (_, index) => `test/f${String(index).padStart(3, '0')}.test.ts`);
  // true durations: log-normal around 4 s (σ = 1: the slowest of 200 files ≈ 15× the median,
  // the fastest ≈ 1/15), 5 % of files 3× slower still (integration-like)
  const truth = files.map(() => 4 * Math.exp(normal(random)) * (random() < 0.05 ? 3 : 1));
  const history: Record<string, number[]> = {};
  for (let run = 0; run < 5; run++) {
    const runEffect = Math.exp(0.1 * normal(random)); // a slow or fast runner for the whole run
    files.forEach((file, index) => {
      if (index >= FILES - NEW_FILES) return; // new files: no history
      (history[file] ??= []).push((truth[index] as number) * runEffect * Math.exp(0.15 * normal(random)));
    });
  }
  const baseline: Baseline = {
    schemaVersion: 1,
    provenance: { commit: 'c', branch: 'main', createdAt: '2026-12-01T00:00:00Z', schemaVersion: 1 },
    perf: {},
    tests: {},
    suiteDurations: {},
    fileDurations: { unit: history },
    totalDurations: [],
    findings: [],
  };
  const plan: SuitePlan[] = [{ name: 'unit', selected: true, reasons: ['full run'] }];
  const { items, shardOf, loads } = assignShards(plan, shards, baseline, new Map([['unit', files]]));
  const actual = new Array<number>(shards).fill(0);
  const runEffect = Math.exp(0.1 * normal(random));
  items.forEach((item, index) => {
    const fileIndex = files.indexOf(item.file as string);
    actual[shardOf[index] as number] += (truth[fileIndex] as number) * runEffect * Math.exp(0.15 * normal(random));
  });
  const ratio = (values: number[]) => Math.max(...values) / (values.reduce((sum, value) => sum + value, 0) / values.length);
  // no layout can beat the largest single file: its share is the lower bound of longest/mean
  const mean = loads.reduce((sum, load) => sum + load, 0) / shards;
  const bound = Math.max(1, Math.max(...items.map((item) => item.duration)) / mean);
  return { planned: ratio(loads), actual: ratio(actual), bound };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
console.log(`shard balance: ${FILES} test files (${NEW_FILES} without history), ${SEEDS} simulated suites each`);
console.log('shards  planned longest/mean (median, worst)  actual under noise (median, worst)  lower bound (worst)  target');
let failed = false;
for (const shards of [2, 4, 8]) {
  const results = Array.from({ length: SEEDS }, (_, seed) => simulate(seed, shards));
  const planned = results.map((result) => result.planned);
  const actual = results.map((result) => result.actual);
  const worstPlanned = Math.max(...planned);
  if (worstPlanned > TARGET) failed = true;
  const cell = (values: number[], width: number) => `${median(values).toFixed(3)}, ${Math.max(...values).toFixed(3)}`.padEnd(width);
  console.log(
    `${String(shards).padStart(6)}  ${cell(planned, 39)}${cell(actual, 36)}${Math.max(...results.map((result) => result.bound))
      .toFixed(3)
      .padEnd(21)}≤ ${TARGET} (planned, worst): ${worstPlanned <= TARGET ? 'met' : 'MISSED'}`,
  );
}
console.log(
  'planned: loads by the baseline medians the plan used (new files at the median); actual: the same layout under fresh run-to-run noise, which no plan can foresee; lower bound: the largest single file over the mean load.',
);
if (failed) process.exitCode = 1;
