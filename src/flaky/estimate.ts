/**
 * The failure-probability estimate: a Wilson score interval on failed attempts out of attempts.
 * Wilson rather than the normal approximation because flaky rates sit near 0, where the normal
 * interval collapses to zero width and can go negative.
 */

export interface Estimate {
  /** failed attempts / attempts, 0 when there are none */
  rate: number;
  /** lower and upper bounds of the two-sided interval at the given confidence */
  low: number;
  high: number;
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9),
 * so any configured confidence level maps to its z without a lookup table.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: expected a probability strictly between 0 and 1, got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** Wilson score interval for `failures` out of `trials` at a two-sided `confidence` (e.g. 0.95). */
export function wilson(failures: number, trials: number, confidence: number): Estimate {
  if (trials <= 0) return { rate: 0, low: 0, high: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = failures / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // Clamp the floating-point residue at the ends: 0 failures must give a lower bound of exactly 0.
  return { rate: p, low: failures === 0 ? 0 : Math.max(0, centre - half), high: failures === trials ? 1 : Math.min(1, centre + half) };
}

/** How many consecutive clean attempts it takes for the upper bound to fall below `below`. */
export function cleanAttemptsToClear(below: number, confidence: number): number {
  // Upper bound with 0 failures in n trials is z²/(n + z²).
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  return Math.floor(z2 / below - z2) + 1;
}
