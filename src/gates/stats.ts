/** Small statistics for the noise-aware perf gate. Pure functions over plain arrays. */

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sample standard deviation (n − 1). */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** Quantile with linear interpolation between order statistics (the R-7 / numpy default). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export const interquartileRange = (values: readonly number[]): number => quantile(values, 0.75) - quantile(values, 0.25);

/** Two-sided 99 % critical values of Student's t (the 0.995 quantile) by degrees of freedom. */
const T_995: Record<number, number> = {
  1: 63.657,
  2: 9.925,
  3: 5.841,
  4: 4.604,
  5: 4.032,
  6: 3.707,
  7: 3.499,
  8: 3.355,
  9: 3.25,
  10: 3.169,
  11: 3.106,
  12: 3.055,
  13: 3.012,
  14: 2.977,
  15: 2.947,
  16: 2.921,
  17: 2.898,
  18: 2.878,
  19: 2.861,
  20: 2.845,
  21: 2.831,
  22: 2.819,
  23: 2.807,
  24: 2.797,
  25: 2.787,
  26: 2.779,
  27: 2.771,
  28: 2.763,
  29: 2.756,
  30: 2.75,
  40: 2.704,
  60: 2.66,
  120: 2.617,
};
const T_995_INFINITY = 2.576;

/** The 0.995 quantile of Student's t with `df` degrees of freedom (interpolated in 1/df past 30). */
export function tCritical995(df: number): number {
  if (df < 1) return Number.POSITIVE_INFINITY;
  const whole = Math.floor(df);
  if (whole <= 30) return T_995[whole];
  const knots = [30, 40, 60, 120, Number.POSITIVE_INFINITY];
  for (let index = 0; index < knots.length - 1; index++) {
    const low = knots[index];
    const high = knots[index + 1];
    if (whole <= high) {
      const lowValue = T_995[low];
      const highValue = high === Number.POSITIVE_INFINITY ? T_995_INFINITY : T_995[high];
      const weight = (1 / low - 1 / whole) / (1 / low - (high === Number.POSITIVE_INFINITY ? 0 : 1 / high));
      return lowValue + (highValue - lowValue) * weight;
    }
  }
  return T_995_INFINITY;
}
