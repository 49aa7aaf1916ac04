/**
 * The statistics every stage shares (the perf gate, sharding, the flaky estimator, health, the
 * dashboard): pure functions over plain arrays, one definition each.
 */

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Quantile with linear interpolation between order statistics (the R-7 / numpy default); NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** The median (the mean of the two middle values for an even count); NaN for no values. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** The median of the finite values, or undefined when there are none. */
export function medianOf(values: readonly number[] | undefined): number | undefined {
  const finite = (values ?? []).filter(Number.isFinite);
  return finite.length === 0 ? undefined : median(finite);
}
