/**
 * The noise-aware relative rule for one perf metric. A regression fails only when it exceeds the
 * relative limit AND falls outside the baseline's own spread:
 *   - 5 or more baseline samples: outside the 99 % t prediction interval for the mean of the head
 *     samples, or outside median ± 3·IQR (robust when one outlier inflates the spread);
 *   - 1 to 4 samples: the change must also exceed an absolute floor (e.g. 2 ms).
 * Exceeding the limit while inside the spread is a warning. The result names the rule that decided.
 */
import { interquartileRange, mean, median, standardDeviation, tCritical995 } from './stats.js';

export type PerfRule = 'relative' | 'prediction-interval' | 'median-iqr' | 'within-noise' | 'floor' | 'below-floor' | 'no-baseline';

export interface RelativeJudgement {
  status: 'pass' | 'warn' | 'fail' | 'skipped';
  rule: PerfRule;
  /** centre of the baseline samples (mean), null without samples */
  base: number | null;
  /** centre of the head samples (mean) */
  head: number;
  /** worsening as a fraction: +0.2 = 20 % worse, whichever direction is worse */
  change: number | null;
  reason: string;
}

export const MIN_SAMPLES_FOR_SPREAD = 5;

export function judgeRelative(input: {
  base: readonly number[];
  head: readonly number[];
  /** allowed worsening, a fraction (0.15) */
  limit: number;
  biggerIsBetter: boolean;
  /** absolute floor in the metric's unit, used with fewer than 5 baseline samples */
  floor: number;
}): RelativeJudgement {
  const head = mean(input.head);
  const n = input.base.length;
  const limitText = `${input.biggerIsBetter ? '-' : '+'}${round(input.limit * 100)}%`;
  if (n === 0) return { status: 'skipped', rule: 'no-baseline', base: null, head, change: null, reason: 'no baseline samples' };
  const base = mean(input.base);
  const sign = input.biggerIsBetter ? -1 : 1;
  if (base === 0) {
    const reason = 'baseline is 0, a relative change is undefined';
    return { status: 'skipped', rule: 'no-baseline', base, head, change: null, reason };
  }
  const change = (sign * (head - base)) / Math.abs(base);
  // The text follows the value (a throughput that fell reads "-3%"), so it agrees with the base and
  // head figures beside it and with the limit ("-5%"); the word says whether that is worse.
  const moved = (head - base) / Math.abs(base);
  const changeText = `${moved >= 0 ? '+' : '-'}${round(Math.abs(moved) * 100)}% ${change > 0 ? 'worse' : change < 0 ? 'better' : 'unchanged'}`;
  if (change <= input.limit) return { status: 'pass', rule: 'relative', base, head, change, reason: `${changeText}, within ${limitText}` };

  if (n >= MIN_SAMPLES_FOR_SPREAD) {
    const m = input.head.length;
    const spread = tCritical995(n - 1) * standardDeviation(input.base) * Math.sqrt(1 / n + 1 / m);
    if (sign * (head - base) > spread)
      return {
        status: 'fail',
        rule: 'prediction-interval',
        base,
        head,
        change,
        reason: `${changeText}, over ${limitText} and outside the 99% prediction interval of ${n} baseline samples`,
      };
    const baseMedian = median(input.base);
    const robust = 3 * interquartileRange(input.base);
    if (sign * (median(input.head) - baseMedian) > robust)
      return {
        status: 'fail',
        rule: 'median-iqr',
        base,
        head,
        change,
        reason: `${changeText}, over ${limitText} and outside the baseline median ± 3·IQR`,
      };
    return {
      status: 'warn',
      rule: 'within-noise',
      base,
      head,
      change,
      reason: `${changeText}, over ${limitText} but within the spread of ${n} baseline samples`,
    };
  }
  if (Math.abs(head - base) > input.floor)
    return {
      status: 'fail',
      rule: 'floor',
      base,
      head,
      change,
      reason: `${changeText}, over ${limitText} and the absolute floor (${n} baseline sample${n > 1 ? 's' : ''}, too few for a spread)`,
    };
  return {
    status: 'warn',
    rule: 'below-floor',
    base,
    head,
    change,
    reason: `${changeText}, over ${limitText} but below the absolute floor`,
  };
}

function round(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
