/**
 * Array helpers that never spread an array into a call: `push(...xs)`, `Math.max(...xs)` pass each
 * element as an argument, and past ~100,000 elements (a big report's tests, a hostile message's
 * matches) that overflows the call stack.
 */

/** Appends every element of `items` to `target` (a loop: any length) and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, at least `floor` (-Infinity when there is neither, as Math.max()). */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/** The smallest of `values`, at most `ceiling` (Infinity when there is neither, as Math.min()). */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}
