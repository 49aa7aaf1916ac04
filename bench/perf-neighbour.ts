/**
 * Why the noisy neighbour (15 % of jobs +20 %) keeps the perf gate above 5 % A/A false failures
 * with 20 baseline runs, and what a slow-mode-aware bound would cost. Seeded; calls the function the
 * gate calls (src/gates/perf-rule.ts).
 *
 * 1. The gate's A/A false failures and its detection of +25 %, split by how many of the window's runs
 *    were slow (the model knows; the gate does not). A window with 0–2 slow runs out of 20 looks
 *    like ordinary noise, so a slow head against it looks like a regression.
 * 2. A bound that knows about a slow mode: a two-normal mixture (one shared spread) fitted to the
 *    window's log values by EM; when it finds a slow mode at least 2 spreads above the main one,
 *    holding at least 1.5 runs' weight, a fail becomes a warn unless the head is beyond the mixture's
 *    one-sided (1 − α′) prediction bound (each mode's t bound with its own run count, weighted by
 *    its share). Printed for α′ = 5 %, 3 %, 2 %, under the neighbour and under four models whose
 *    run values are normal or heavy-tailed, beside the gate alone.
 *
 *   node --import tsx bench/perf-neighbour.ts
 *   PERF_NEIGHBOUR_TRIALS=20000 node --import tsx bench/perf-neighbour.ts
 */
import seedrandom from 'seedrandom';
import { type BaseRun, judgeRelative, runOf } from '../src/gates/perf-rule.js';
import { tCdf } from '../src/gates/stats.js';
import { mean, median } from '../src/util/stats.js';

const trials = Number(process.env.PERF_NEIGHBOUR_TRIALS ?? 4000);
const WINDOW = 20;
const random = seedrandom(process.env.PERF_SIM_SEED ?? 'testops-perf-neighbour');
const normal = () => {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const t3 = () => normal() / Math.sqrt((normal() ** 2 + normal() ** 2 + normal() ** 2) / 3);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** One run's samples and whether its machine was slow; `shift` is the head's regression. */
type Model = (repeats: number, shift: number) => { samples: number[]; slow: boolean };
const fromMachine =
  (machine: () => { level: number; slow: boolean }, within: () => number): Model =>
  (repeats, shift) => {
    const { level, slow } = machine();
    return { samples: Array.from({ length: repeats }, () => 200 * (1 + shift) * Math.exp(level + within())), slow };
  };
const neighbour = fromMachine(
  () => {
    const slow = random() < 0.15;
    return { level: 0.06 * normal() + (slow ? Math.log(1.2) : 0), slow };
  },
  () => 0.04 * normal(),
);
const OTHERS: Array<[string, number, Model]> = [
  [
    'i.i.d. normal 10%',
    1,
    (repeats, shift) => ({
      samples: Array.from({ length: repeats }, () => Math.max(1, 200 * (1 + shift) * (1 + 0.1 * normal()))),
      slow: false,
    }),
  ],
  [
    'shared machine, job 8% + repeat 6%',
    10,
    fromMachine(
      () => ({ level: 0.08 * normal(), slow: false }),
      () => 0.06 * normal(),
    ),
  ],
  [
    'shared machine, job 10% + repeat 3%',
    10,
    fromMachine(
      () => ({ level: 0.1 * normal(), slow: false }),
      () => 0.03 * normal(),
    ),
  ],
  [
    'heavy tails: t(3) job 5% + repeat 3%',
    1,
    fromMachine(
      () => ({ level: 0.05 * t3(), slow: false }),
      () => 0.03 * t3(),
    ),
  ],
];

/** Two normal modes with one spread, fitted by EM to log values; undefined when no upper mode emerges. */
function slowMode(values: readonly number[]): { main: number; slow: number; spread: number; share: number } | undefined {
  const n = values.length;
  const middle = median(values);
  let spread = 1.4826 * median(values.map((value) => Math.abs(value - middle)));
  if (!(spread > 0)) return undefined;
  const high = values.filter((value) => value > middle + 1.5 * spread);
  if (high.length === 0) return undefined;
  let main = mean(values.filter((value) => value <= middle + 1.5 * spread));
  let slow = mean(high);
  let share = high.length / n;
  const overall = mean(values);
  const floor = 0.2 * Math.sqrt(values.reduce((sum, value) => sum + (value - overall) ** 2, 0) / n);
  for (let round = 0; round < 60; round++) {
    const weights = values.map((value) => {
      const a = (1 - share) * Math.exp(-0.5 * ((value - main) / spread) ** 2);
      const b = share * Math.exp(-0.5 * ((value - slow) / spread) ** 2);
      return b / (a + b);
    });
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (total < 1e-6 || total > n - 1e-6) return undefined;
    share = total / n;
    main = values.reduce((sum, value, index) => sum + (1 - weights[index]) * value, 0) / (n - total);
    slow = values.reduce((sum, value, index) => sum + weights[index] * value, 0) / total;
    const squares = values.reduce(
      (sum, value, index) => sum + (1 - weights[index]) * (value - main) ** 2 + weights[index] * (value - slow) ** 2,
      0,
    );
    spread = Math.max(Math.sqrt(squares / n), floor);
  }
  return { main, slow, spread, share };
}

/** The mixture's one-sided (1 − alpha) prediction bound: each mode a t bound with its own run count. */
function mixtureBound(fit: NonNullable<ReturnType<typeof slowMode>>, n: number, alpha: number): number {
  const df = n - 3;
  const spread = fit.spread * Math.sqrt(n / df);
  const beyond = (at: number, centre: number, runs: number) =>
    1 - tCdf((at - centre) / (spread * Math.sqrt(1 + 1 / Math.max(1, runs))), df);
  const tail = (at: number) =>
    (1 - fit.share) * beyond(at, fit.main, (1 - fit.share) * n) + fit.share * beyond(at, fit.slow, fit.share * n);
  let low = fit.main;
  let high = fit.slow + 12 * spread;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (tail(middle) > alpha) low = middle;
    else high = middle;
  }
  return low;
}

const BOUND_ALPHAS = [0.05, 0.03, 0.02];
/** A/A false failures and detection of +25 %: the gate alone, then with each slow-mode bound on top. */
function measure(model: Model, repeats: number, byCount?: Map<number, { windows: number; aa: number; detected: number }>) {
  const rates = { aa: [0, ...BOUND_ALPHAS.map(() => 0)], detected: [0, ...BOUND_ALPHAS.map(() => 0)] };
  for (let trial = 0; trial < trials; trial++) {
    const runs = Array.from({ length: WINDOW }, () => model(repeats, 0));
    const base: BaseRun[] = runs.map((run) => runOf(run.samples));
    const values = base.map((run) => Math.log(run.value));
    const fit = slowMode(values);
    const usable = fit && fit.slow - fit.main >= 2 * fit.spread && fit.share * WINDOW >= 1.5 && fit.share <= 0.5 ? fit : undefined;
    const slowRuns = runs.filter((run) => run.slow).length;
    const count = byCount?.get(Math.min(slowRuns, 6)) ?? { windows: 0, aa: 0, detected: 0 };
    byCount?.set(Math.min(slowRuns, 6), count);
    count.windows++;
    for (const [key, shift] of [
      ['aa', 0],
      ['detected', 0.25],
    ] as const) {
      const head = model(repeats, shift).samples;
      if (judgeRelative({ base, head, limit: 0.15, biggerIsBetter: false, floor: 2 }).status !== 'fail') continue;
      rates[key][0]++;
      count[key]++;
      const headValue = Math.log(runOf(head).value);
      BOUND_ALPHAS.forEach((alpha, index) => {
        if (!usable || headValue > mixtureBound(usable, WINDOW, alpha)) rates[key][index + 1]++;
      });
    }
  }
  return { aa: rates.aa.map((value) => value / trials), detected: rates.detected.map((value) => value / trials) };
}

console.log(`noisy neighbour (15% of jobs +20%, job 6% + repeat 4%), ${WINDOW} baseline runs, ${trials} trials per row\n`);
for (const repeats of [1, 10]) {
  const byCount = new Map<number, { windows: number; aa: number; detected: number }>();
  const all = measure(neighbour, repeats, byCount);
  console.log(`repeat ${repeats}: the gate's A/A false failures ${pct(all.aa[0])}, detection of +25% ${pct(all.detected[0])}`);
  console.log('  slow runs in the window   share of windows   A/A false failures   adds to the rate   detection of +25%');
  for (const [slow, count] of [...byCount].sort((a, b) => a[0] - b[0]))
    console.log(
      `  ${(slow === 6 ? '6 or more' : String(slow)).padStart(23)}   ${pct(count.windows / trials).padStart(16)}   ${pct(count.aa / count.windows).padStart(18)}   ${pct(count.aa / trials).padStart(16)}   ${pct(count.detected / count.windows).padStart(17)}`,
    );
  console.log(
    `  with a slow-mode bound on top: ${BOUND_ALPHAS.map((alpha, index) => `α′ ${pct(alpha)}: A/A ${pct(all.aa[index + 1])}, detection ${pct(all.detected[index + 1])}`).join('; ')}\n`,
  );
}
console.log('the same slow-mode bounds under models without a slow mode (detection of +25%; the gate alone first):');
for (const [name, repeats, model] of OTHERS) {
  const result = measure(model, repeats);
  console.log(
    `  ${name}, repeat ${repeats}: ${pct(result.detected[0])} → ${BOUND_ALPHAS.map((alpha, index) => `${pct(result.detected[index + 1])} (α′ ${pct(alpha)})`).join(', ')}`,
  );
}
