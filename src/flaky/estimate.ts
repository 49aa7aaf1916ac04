/**
 * The failure-probability estimate: a Wilson score interval on failed attempts out of attempts.
 * Wilson rather than the normal approximation because flaky rates sit near 0, where the normal
 * interval collapses to zero width and can go negative.
 */

import { normalQuantile as standardNormalQuantile } from '../util/stats.js';

export interface Estimate {
  /** failed attempts / attempts, 0 when there are none */
  rate: number;
  /** lower and upper bounds of the two-sided interval at the given confidence */
  low: number;
  high: number;
}

/** The standard normal quantile, refusing what is not a probability strictly between 0 and 1 (a confidence level maps to its z). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: expected a probability strictly between 0 and 1, got ${p}`);
  return standardNormalQuantile(p);
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
