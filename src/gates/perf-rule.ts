/**
 * The noise-aware relative rule for one perf metric. The unit of evidence is a run: repeats inside
 * one CI job share its machine, so they give that run's value (their median) and its within-run
 * spread, never independent samples. The baseline is a window of default-branch runs.
 *
 * A regression fails only when it exceeds the relative limit AND the head run lies beyond the
 * one-sided (1 − α) t prediction bound of the baseline runs:
 *
 *   head − centre > t(1 − α, df) · √(σ²_head + σ² / n)
 *
 * on log values (perf noise is multiplicative), where centre is the mean of the n runs since the
 * latest step change, σ the spread of run values pooled within the segments between steps
 * (df = runs − segments), and σ²_head = σ² adjusted by the within-run spread when the head ran a
 * different number of repeats than the baseline runs. α is the false-failure rate (5 % by default).
 *
 * Every judgement also says the smallest worsening it would catch 80 % of the time at this noise
 * ("can detect +18% here"); a metric whose detectable change is beyond max(4 × limit, limit + 50 %)
 * is too noisy to gate: it warns, never fails. With one or two baseline runs there is no spread
 * to speak of, and the change must also exceed an absolute floor.
 */
import { findSteps, segmentsOf, sumOfSquares } from './perf-steps.js';
import { mean, median, normalQuantile, tQuantile } from './stats.js';

export type PerfRule = 'relative' | 'prediction-interval' | 'within-noise' | 'too-noisy' | 'floor' | 'below-floor' | 'no-baseline';

/** One default-branch run of a metric: its value (median of its repeats) and their spread. */
export interface BaseRun {
  value: number;
  /** robust standard deviation of the run's repeats ÷ its value (a relative spread); absent with fewer than 3 repeats */
  spread?: number;
  /** how many repeats (samples) the run had */
  repeats: number;
}

export interface RelativeJudgement {
  status: 'pass' | 'warn' | 'fail' | 'skipped';
  rule: PerfRule;
  /** centre of the baseline runs since the latest step (geometric mean), null without runs */
  base: number | null;
  /** the head run's value: the median of its repeats */
  head: number;
  /** worsening as a fraction: +0.2 = 20 % worse, whichever direction is worse */
  change: number | null;
  /** the worsening caught 80 % of the time at this noise and false-failure rate (a fraction); null without a spread */
  detectable: number | null;
  /** baseline runs the centre came from (those since the latest step) and in the whole window */
  runs: { used: number; window: number };
  /** the latest step change in the window, as the relative change of the level, when there was one */
  step?: { runsAgo: number; change: number };
  reason: string;
}

/** Runs needed before a spread is estimated (df ≥ 2); with fewer, the absolute floor decides. */
export const MIN_RUNS_FOR_SPREAD = 3;
/** runs the centre is the mean of (the newest ones since the latest step) */
export const CENTRE_RUNS = 10;
/** runs a young step is judged on, and how far (in standard errors) they must be slower than the runs before them */
export const RECENT_RUNS = 5;
export const RECENT_Z = 1.3;
/** runs further than this many robust standard deviations from their segment's median count as if at it, for the spread */
export const WINSOR = 3;
/**
 * What the winsorised variance of n normal runs averages, as a share of σ²: it divides the variance
 * so that it stays unbiased for normal runs. Not the large-sample 0.995 (E[min(max(Z, −3), 3)²]):
 * with few runs the median and MAD that set the reach are noisy, so more runs are pulled in (0.974
 * at 20 runs, 0.938 at 8). Seeded simulation, 400,000 segments per size, even sizes a little higher
 * (the median of an even count is a mean of two); beyond 20 runs 0.995 − 0.39/n − 0.9/n² (within
 * 0.002 up to 100 runs). Held by test/gates/perf-rule.test.ts.
 */
const WINSOR_CONSISTENCY: Readonly<Record<number, number>> = {
  8: 0.9375,
  9: 0.9333,
  10: 0.9489,
  11: 0.9489,
  12: 0.9585,
  13: 0.9579,
  14: 0.9621,
  15: 0.9633,
  16: 0.9686,
  17: 0.9674,
  18: 0.971,
  19: 0.9715,
  20: 0.974,
};
const winsorConsistency = (runs: number): number => WINSOR_CONSISTENCY[runs] ?? 0.995 - 0.39 / runs - 0.9 / runs ** 2;
/** runs a segment needs before its median and MAD are trusted to winsorise it */
const WINSOR_MIN_RUNS = 8;
/** the power at which "can detect" is quoted */
const DETECT_POWER = 0.8;

/**
 * A run's value from its repeats: the 20 % trimmed mean (the median with 3 or 4 repeats), robust to
 * one wild repeat and nearly as efficient as the mean; and their spread, MAD-based σ ÷ value.
 */
export function runOf(samples: readonly number[]): BaseRun {
  const value = trimmedMean(samples);
  if (samples.length < 3 || value === 0) return { value, repeats: samples.length };
  const deviations = samples.map((sample) => Math.abs(sample - value));
  return { value, spread: (1.4826 * median(deviations)) / Math.abs(value), repeats: samples.length };
}

/** When a metric's noise is too large for its limit to mean anything. */
export function tooNoisyAt(limit: number): number {
  return Math.max(4 * limit, limit + 0.5);
}

export function judgeRelative(input: {
  base: readonly BaseRun[];
  /** the head run's samples (its repeats) */
  head: readonly number[];
  /** allowed worsening, a fraction (0.15) */
  limit: number;
  biggerIsBetter: boolean;
  /** absolute floor in the metric's unit, used with fewer than MIN_RUNS_FOR_SPREAD baseline runs */
  floor: number;
  /** false-failure rate α of the prediction bound (default 0.05) */
  falseFailureRate?: number;
}): RelativeJudgement {
  const alpha = input.falseFailureRate ?? 0.05;
  const headRun = runOf(input.head);
  const head = headRun.value;
  const window = input.base.length;
  const limitText = `${input.biggerIsBetter ? '-' : '+'}${round(input.limit * 100)}%`;
  const none = { detectable: null, runs: { used: 0, window } };
  if (window === 0) return { status: 'skipped', rule: 'no-baseline', base: null, head, change: null, reason: 'no baseline runs', ...none };

  // Oriented so that bigger is worse; log scale when every value is positive (noise is multiplicative).
  const sign = input.biggerIsBetter ? -1 : 1;
  const positive = head > 0 && input.base.every((run) => run.value > 0);
  const toScale = (value: number) => sign * (positive ? Math.log(value) : value);
  const values = input.base.map((run) => toScale(run.value));
  const steps = findSteps(values, positive ? undefined : Number.POSITIVE_INFINITY);
  const segments = segmentsOf(values.length, steps);
  const [lastStart] = segments[segments.length - 1];
  const segment = values.slice(lastStart);
  // The centre is the mean of the latest CENTRE_RUNS runs of the segment: a slow drift then lags
  // by ~5 runs instead of half the window, while the spread still comes from the whole window.
  // When the latest RECENT_RUNS runs are slower than the runs before them (a step too young or too
  // small to be found), the centre is theirs: a pull request branched after it is not to blame.
  // Until the segment after a found step is long enough for that check (RECENT_RUNS + 3 runs), the
  // centre is its latest RECENT_RUNS runs: where a step falls is uncertain by a run or two, and an
  // old-level run counted with the new level (the split puts a pre-step run that happened to be
  // slow on the new side) pulls the centre down.
  const young = steps.length > 0 && segment.length < RECENT_RUNS + 3;
  const latest = segment.slice(young ? -RECENT_RUNS : -CENTRE_RUNS);
  const newer = recentLevel(segment);
  const recent = newer ?? latest;
  const centre = mean(recent);
  const base = positive ? Math.exp(sign * centre) : sign * centre;
  const runs = { used: recent.length, window };
  const step =
    steps.length > 0
      ? (() => {
          const [from, to] = segments[segments.length - 2];
          const before = mean(values.slice(from, to));
          const change = positive ? Math.exp(sign * (centre - before)) - 1 : (centre - before) / Math.abs(before || 1);
          return { runsAgo: window - lastStart, change };
        })()
      : undefined;
  const withStep = step ? { step } : {};
  if (base === 0) {
    const reason = 'baseline is 0, a relative change is undefined';
    return { status: 'skipped', rule: 'no-baseline', base, head, change: null, reason, ...none, runs, ...withStep };
  }
  const change = (sign * (head - base)) / Math.abs(base);
  // The text follows the value (a throughput that fell reads "-3%"), so it agrees with the base and
  // head figures beside it and with the limit ("-5%"); the word says whether that is worse.
  const moved = (head - base) / Math.abs(base);
  const changeText = `${moved >= 0 ? '+' : '-'}${round(Math.abs(moved) * 100)}% ${change > 0 ? 'worse' : change < 0 ? 'better' : 'unchanged'}`;
  const since = step
    ? ` since a ${step.change >= 0 ? '+' : ''}${round(step.change * 100)}% step ${step.runsAgo} runs ago`
    : newer
      ? ', the latest, slower than the runs before them'
      : '';
  const runsText = `${recent.length} baseline run${recent.length === 1 ? '' : 's'}${since}`;

  const df = window - segments.length;
  if (df < MIN_RUNS_FOR_SPREAD - 1) {
    const common = { base, head, change, ...none, runs, ...withStep };
    if (change <= input.limit) return { status: 'pass', rule: 'relative', ...common, reason: `${changeText}, within ${limitText}` };
    if (Math.abs(head - base) > input.floor)
      return {
        status: 'fail',
        rule: 'floor',
        ...common,
        reason: `${changeText}, over ${limitText} and the absolute floor (${runsText}, too few for a spread)`,
      };
    return { status: 'warn', rule: 'below-floor', ...common, reason: `${changeText}, over ${limitText} but below the absolute floor` };
  }

  // spread of run values, pooled within the segments between steps
  let squares = 0;
  for (const [from, to] of segments) {
    const winsorised = winsorise(values.slice(from, to));
    const centreOf = mean(winsorised.values);
    for (const value of winsorised.values) squares += (value - centreOf) ** 2 / winsorised.consistency;
  }
  const variance = squares / df;
  const headVariance = Math.max(variance / 2, variance + repeatAdjustment(input.base, headRun, positive));
  const error = Math.sqrt(headVariance + variance / recent.length);
  const bound = tQuantile(1 - alpha, df) * error;
  const limitOnScale = positive
    ? input.biggerIsBetter
      ? -Math.log(Math.max(1e-12, 1 - input.limit))
      : Math.log(1 + input.limit)
    : input.limit * Math.abs(base);
  const worseBy = toScale(head) - centre;
  // the change caught DETECT_POWER of the time: past both the bound and the limit by z(power) standard errors
  const detectOnScale = Math.max(bound, limitOnScale) + normalQuantile(DETECT_POWER) * error;
  const detectable = positive
    ? input.biggerIsBetter
      ? 1 - Math.exp(-detectOnScale)
      : Math.exp(detectOnScale) - 1
    : detectOnScale / Math.abs(base);
  const common = { base, head, change, detectable, runs, ...withStep };
  const canDetect = `can detect ${input.biggerIsBetter ? '-' : '+'}${round(detectable * 100)}% here`;
  if (change <= input.limit)
    return { status: 'pass', rule: 'relative', ...common, reason: `${changeText}, within ${limitText} (${canDetect})` };
  if (detectable > tooNoisyAt(input.limit))
    return {
      status: 'warn',
      rule: 'too-noisy',
      ...common,
      reason: `${changeText}, over ${limitText}, but too noisy to gate: ${canDetect} (${runsText}); warns, never fails`,
    };
  // A head no slower than two or more of the segment's runs sits inside the baseline's own slow
  // mode (a noisy neighbour): under exchangeable runs that happens by chance at most 2 ÷ (n + 1).
  const asSlow = segment.filter((value) => value >= toScale(head)).length;
  if (worseBy > bound && asSlow >= 2)
    return {
      status: 'warn',
      rule: 'within-noise',
      ...common,
      reason: `${changeText}, over ${limitText} but ${asSlow} of ${segment.length} baseline runs were as slow (${canDetect})`,
    };
  if (worseBy > bound)
    return {
      status: 'fail',
      rule: 'prediction-interval',
      ...common,
      reason: `${changeText}, over ${limitText} and beyond the ${round((1 - alpha) * 100)}% prediction bound of ${runsText} (${canDetect})`,
    };
  return {
    status: 'warn',
    rule: 'within-noise',
    ...common,
    reason: `${changeText}, over ${limitText} but within the noise of ${runsText} (${canDetect})`,
  };
}

/**
 * A segment's run values for the spread: with WINSOR_MIN_RUNS or more, a run further than WINSOR
 * robust standard deviations (1.4826 × MAD) from the median is pulled in to that distance, so one
 * far run (heavy tails) does not widen the bound for every later pull request; the consistency
 * factor keeps the variance unbiased for normal runs.
 */
export function winsorise(segment: readonly number[]): { values: readonly number[]; consistency: number } {
  if (segment.length < WINSOR_MIN_RUNS) return { values: segment, consistency: 1 };
  const centre = median(segment);
  const reach = WINSOR * 1.4826 * median(segment.map((value) => Math.abs(value - centre)));
  if (!(reach > 0)) return { values: segment, consistency: 1 };
  return {
    values: segment.map((value) => Math.min(centre + reach, Math.max(centre - reach, value))),
    consistency: winsorConsistency(segment.length),
  };
}

/**
 * The latest RECENT_RUNS runs of a segment when they are slower than the (up to) CENTRE_RUNS runs
 * before them by more than RECENT_Z standard errors of the difference (one-sided: a faster recent
 * level never lowers the centre, which would fail innocent heads). The standard error comes from the
 * spread within the two groups, so a step between them does not hide itself by widening it. Under a
 * steady level this fires in about 10 % of windows and costs 1–2 points of detection; after an
 * undetected step it keeps the centre on the new level. Needs RECENT_RUNS + 3 runs in the segment.
 */
function recentLevel(segment: readonly number[]): number[] | undefined {
  if (segment.length < RECENT_RUNS + 3) return undefined;
  const last = segment.slice(-RECENT_RUNS);
  const before = segment.slice(0, -RECENT_RUNS).slice(-CENTRE_RUNS);
  const split = segment.length - RECENT_RUNS;
  const spread = Math.sqrt((sumOfSquares(segment, 0, split) + sumOfSquares(segment, split, segment.length)) / (segment.length - 2));
  const error = spread * Math.sqrt(1 / last.length + 1 / before.length);
  return mean(last) - mean(before) > RECENT_Z * error ? last : undefined;
}

/**
 * Extra variance of the head run's value when it ran fewer repeats than the baseline runs (or
 * less when it ran more): the within-run part σ²_w / m changes with m. Only on the log scale,
 * where the stored relative spreads apply; 0 when the spreads are unknown.
 */
function repeatAdjustment(base: readonly BaseRun[], head: BaseRun, positive: boolean): number {
  if (!positive) return 0;
  const spreads = base.flatMap((run) => (run.spread !== undefined ? [run.spread] : []));
  if (spreads.length === 0 && head.spread === undefined) return 0;
  const within = mean([...spreads, ...(head.spread !== undefined ? [head.spread] : [])].map((spread) => spread * spread));
  const baseRepeats = mean(base.map((run) => run.repeats));
  return within * (1 / head.repeats - 1 / baseRepeats);
}

function trimmedMean(samples: readonly number[]): number {
  if (samples.length < 5) return median(samples);
  const sorted = [...samples].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * 0.2);
  return mean(sorted.slice(cut, sorted.length - cut));
}

function round(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/**
 * The baseline runs of a series. Baselines written before runs were kept hold bare samples, one
 * per repeat: each is taken as a run of its own until the window refills with real runs.
 */
export function baseRunsOf(series: { samples: readonly number[]; runs?: ReadonlyArray<BaseRun> }): BaseRun[] {
  if (series.runs)
    return series.runs.map((run) => ({
      value: run.value,
      repeats: run.repeats,
      ...(run.spread !== undefined ? { spread: run.spread } : {}),
    }));
  return series.samples.filter(Number.isFinite).map((value) => ({ value, repeats: 1 }));
}

/** Where the series' steps are, on its oriented log values (used by the baseline to record them). */
export function stepsOf(values: readonly number[], biggerIsBetter: boolean): number[] {
  if (values.some((value) => !(value > 0))) return [];
  const sign = biggerIsBetter ? -1 : 1;
  return findSteps(values.map((value) => sign * Math.log(value)));
}
