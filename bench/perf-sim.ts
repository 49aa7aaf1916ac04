/**
 * Seeded simulation of the noise-aware perf rule (src/gates/perf-rule.ts), the same function the
 * perf gate calls. A metric (p95) has run-to-run noise; the baseline holds a window of past runs;
 * the head brings 1 or more samples (`repeat`). A/A comparisons measure false failures; a 25 %
 * regression measures detection. Targets at 10 % noise: ≤ 5 % false failures, ≥ 95 % detection.
 *
 *   npm run bench:perf                 # 2,000 trials per row
 *   npm run bench:perf -- --full       # 20,000 trials per row (slower)
 *   PERF_SIM_SEED=other npm run bench:perf
 */
import seedrandom from 'seedrandom';
import { judgeRelative } from '../src/gates/perf-rule.js';

const full = process.argv.includes('--full');
const trials = Number(process.env.PERF_SIM_TRIALS ?? (full ? 20_000 : 2_000));
const seed = process.env.PERF_SIM_SEED ?? 'testops-perf-sim';
const random = seedrandom(seed);

/** Standard normal (Box–Muller). */
function normal(): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

type Noise = 'normal' | 'lognormal';
const TRUE_P95 = 200; // ms
const LIMIT = 0.15; // the default p95 limit, "+15%"
const FLOOR_MS = 2;

function sample(centre: number, noise: number, kind: Noise): number {
  return kind === 'normal' ? Math.max(0.001, centre * (1 + noise * normal())) : centre * Math.exp(noise * normal() - (noise * noise) / 2);
}

interface Row {
  noise: number;
  kind: Noise;
  baseSamples: number;
  headSamples: number;
  falseFailures: number;
  detection: number;
  aaRules: Record<string, number>;
  regressionRules: Record<string, number>;
}

function simulate(noise: number, kind: Noise, baseSamples: number, headSamples: number, regression: number): Row {
  const aaRules: Record<string, number> = {};
  const regressionRules: Record<string, number> = {};
  let falseFailures = 0;
  let detected = 0;
  for (let trial = 0; trial < trials; trial++) {
    const base = Array.from({ length: baseSamples }, () => sample(TRUE_P95, noise, kind));
    const same = Array.from({ length: headSamples }, () => sample(TRUE_P95, noise, kind));
    const worse = Array.from({ length: headSamples }, () => sample(TRUE_P95 * (1 + regression), noise, kind));
    const aa = judgeRelative({ base, head: same, limit: LIMIT, biggerIsBetter: false, floor: FLOOR_MS });
    const ab = judgeRelative({ base, head: worse, limit: LIMIT, biggerIsBetter: false, floor: FLOOR_MS });
    if (aa.status === 'fail') falseFailures++;
    if (ab.status === 'fail') detected++;
    aaRules[`${aa.status}:${aa.rule}`] = (aaRules[`${aa.status}:${aa.rule}`] ?? 0) + 1;
    regressionRules[`${ab.status}:${ab.rule}`] = (regressionRules[`${ab.status}:${ab.rule}`] ?? 0) + 1;
  }
  return {
    noise,
    kind,
    baseSamples,
    headSamples,
    falseFailures: falseFailures / trials,
    detection: detected / trials,
    aaRules,
    regressionRules,
  };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const rules = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([rule, count]) => `${rule} ${pct(count / trials)}`)
    .join(', ');

const started = performance.now();
console.log(`perf noise simulation — seed "${seed}", ${trials} trials per row, p95 limit +15%, floor ${FLOOR_MS}ms, regression +25%\n`);
const rows: Row[] = [];
for (const kind of ['normal', 'lognormal'] as const)
  for (const [baseSamples, headSamples] of [
    [20, 1],
    [20, 3],
    [20, 5],
    [20, 10],
    [5, 10],
    [3, 10],
  ])
    rows.push(simulate(0.1, kind, baseSamples, headSamples, 0.25));

console.log('noise  shape      baseline  head  A/A false failures  detection of +25%');
for (const row of rows)
  console.log(
    `${pct(row.noise).padStart(5)}  ${row.kind.padEnd(9)}  ${String(row.baseSamples).padStart(8)}  ${String(row.headSamples).padStart(4)}  ${pct(row.falseFailures).padStart(18)}  ${pct(row.detection).padStart(17)}`,
  );

console.log('\nwhich rule decided (status:rule share of trials)');
for (const row of rows) {
  console.log(`  ${row.kind} n=${row.baseSamples} head=${row.headSamples}`);
  console.log(`    A/A:        ${rules(row.aaRules)}`);
  console.log(`    regression: ${rules(row.regressionRules)}`);
}

// The targets, at 10 % noise with a full baseline window and the head compared as samples (repeat: 10).
const targetRows = rows.filter((row) => row.baseSamples === 20 && row.headSamples === 10);
let ok = true;
for (const row of targetRows) {
  const meets = row.falseFailures <= 0.05 && row.detection >= 0.95;
  ok &&= meets;
  console.log(
    `\ntarget (${row.kind}, baseline 20, repeat 10): false failures ${pct(row.falseFailures)} (≤ 5%), detection ${pct(row.detection)} (≥ 95%) — ${meets ? 'met' : 'NOT MET'}`,
  );
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)}s`);
if (!ok) process.exitCode = 1;
