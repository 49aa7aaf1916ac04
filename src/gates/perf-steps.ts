/**
 * Step changes in a series of run values (the default branch got faster or slower and stayed
 * there). Binary segmentation: the split that best separates two levels is kept when the levels
 * differ by more than STEP_MIN_CHANGE and by more than STEP_T pooled standard errors, then each side
 * is searched again. A step needs MIN_SEGMENT runs on each side, so it is seen MIN_SEGMENT runs
 * after it happened; until then the new level reads as noise.
 *
 * Why: a step inflates the spread of a window that spans it (and moves its centre), so a gate
 * that ignored it would both miss regressions and fail innocent pull requests. The perf rule
 * centres on the runs since the latest step and pools the spread within segments.
 */
import { mean } from './stats.js';

export const MIN_SEGMENT = 3;
/** |difference| ÷ pooled standard error a split must exceed (the best of ~n splits, so well above 2). */
export const STEP_T = 3.5;
/** smallest step worth a restart, in the series' units (log values: 0.05 ≈ 5 %) */
export const STEP_MIN_CHANGE = 0.05;

/** Sum of squared deviations of values[from, to) from their own mean. */
export function sumOfSquares(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  let squares = 0;
  for (let index = from; index < to; index++) {
    sum += values[index];
    squares += values[index] * values[index];
  }
  const count = to - from;
  return count > 0 ? squares - (sum * sum) / count : 0;
}

function bestSplit(values: readonly number[], from: number, to: number): { at: number; t: number; change: number } | undefined {
  let best: { at: number; t: number; change: number } | undefined;
  for (let at = from + MIN_SEGMENT; at <= to - MIN_SEGMENT; at++) {
    const left = values.slice(from, at);
    const right = values.slice(at, to);
    const change = mean(right) - mean(left);
    const df = to - from - 2;
    const pooled = (sumOfSquares(values, from, at) + sumOfSquares(values, at, to)) / df;
    const error = Math.sqrt(pooled * (1 / left.length + 1 / right.length));
    const t = error > 0 ? Math.abs(change) / error : Math.abs(change) > 0 ? Number.POSITIVE_INFINITY : 0;
    if (!best || t > best.t) best = { at, t, change };
  }
  return best;
}

/** Indices (ascending) where a new level starts; empty when the series holds one level. */
export function findSteps(values: readonly number[], minChange = STEP_MIN_CHANGE): number[] {
  const steps: number[] = [];
  const search = (from: number, to: number) => {
    if (to - from < 2 * MIN_SEGMENT) return;
    const split = bestSplit(values, from, to);
    if (!split || split.t <= STEP_T || Math.abs(split.change) < minChange) return;
    search(from, split.at);
    steps.push(split.at);
    search(split.at, to);
  };
  search(0, values.length);
  return steps;
}

/** The series cut at its steps: [start, end) of each segment, oldest first. */
export function segmentsOf(length: number, steps: readonly number[]): Array<[number, number]> {
  const bounds = [0, ...steps, length];
  return bounds.slice(1).map((end, index) => [bounds[index], end] as [number, number]);
}
