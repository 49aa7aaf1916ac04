/**
 * The best detection any test can reach, computed numerically from a noise model's exact run-value
 * distribution (not assumed normal).
 *
 * A perf gate does not know the metric's level or its noise scale, so any sensible test is
 * invariant under location and scale on the log scale (multiplying every value by c, or raising
 * them to a power, must not change the verdict). Among such tests the most powerful one against
 * "the head is shifted by δ" is, by the Neyman–Pearson lemma applied to the maximal invariant
 * (Lehmann & Romano, Testing Statistical Hypotheses, §6.3), the ratio of integrals over the group
 *
 *   R(x) = ∫∫ σ^(−N−1) Π g((wᵢ − μ)/σ) · g((h − μ)/σ − δ) dμ dσ  ÷  the same with δ = 0,
 *
 * where g is the density of one run's log value with its true scale and x = (w₁…wₙ, h) the window
 * and the head. Rejecting when R exceeds its 95 % null quantile gives the highest power any
 * location-and-scale-invariant test can have at a 5 % false-failure rate, for this model, knowing its
 * shape exactly — more than a real gate knows, so it is an upper bound for the gate. For normal run
 * values R is monotone in the t statistic and the figure is the noncentral-t power (tested).
 *
 * Like the closed form, the test may fail only changes beyond the limit (head − window mean over
 * log(1 + limit)). g is computed on a grid: the machine-level density is analytic, the within-run
 * part (the trimmed mean of `repeats` samples) is simulated and smoothed, and the two are convolved.
 * The null quantile and the power come from a seeded Monte Carlo over windows drawn from the model.
 */

export interface RunDensity {
  /** log density of one run's log value at x (any location: μ integrates it out) */
  logDensity(x: number): number;
  /** a robust scale of the density (interquartile range ÷ 1.349) */
  scale: number;
  /** the density's median (so a window's median centres the μ grid) */
  median: number;
}

/** Density of machine + within on a grid; `machine` analytic, `within` simulated values. */
export function runDensity(machine: (x: number) => number, machineScale: number, within: readonly number[]): RunDensity {
  const sortedWithin = [...within].sort((a, b) => a - b);
  const q = (p: number, values: readonly number[]) => values[Math.min(values.length - 1, Math.floor(p * values.length))];
  const withinScale = Math.max(1e-9, (q(0.75, sortedWithin) - q(0.25, sortedWithin)) / 1.349);
  const total = Math.sqrt(machineScale ** 2 + withinScale ** 2);
  const span = 40 * total;
  const points = 8192;
  const step = (2 * span) / points;
  // within part: histogram, then a Gaussian kernel (Silverman's bandwidth, a negligible extra variance)
  const bandwidth = Math.max(step, 0.9 * withinScale * within.length ** -0.2);
  const withinCentre = q(0.5, sortedWithin);
  const kernelHalf = Math.ceil((4 * bandwidth) / step);
  const hist = new Map<number, number>();
  for (const value of within) {
    const bin = Math.round((value - withinCentre) / step);
    hist.set(bin, (hist.get(bin) ?? 0) + 1);
  }
  const bins = [...hist.keys()];
  const low = Math.min(...bins) - kernelHalf;
  const high = Math.max(...bins) + kernelHalf;
  const withinDensity = new Float64Array(high - low + 1);
  for (const [bin, count] of hist)
    for (let offset = -kernelHalf; offset <= kernelHalf; offset++) {
      const z = (offset * step) / bandwidth;
      withinDensity[bin + offset - low] += count * Math.exp(-0.5 * z * z);
    }
  let mass = 0;
  for (const value of withinDensity) mass += value * step;
  for (let index = 0; index < withinDensity.length; index++) withinDensity[index] /= mass;
  // convolution on the grid x_k = −span + k·step (relative to the within part's median)
  const density = new Float64Array(points + 1);
  for (let k = 0; k <= points; k++) {
    const x = -span + k * step;
    let sum = 0;
    for (let index = 0; index < withinDensity.length; index++) {
      const y = (low + index) * step;
      sum += machine(x - y) * withinDensity[index];
    }
    density[k] = sum * step;
  }
  const logTable = new Float64Array(points + 1);
  for (let k = 0; k <= points; k++) logTable[k] = Math.log(Math.max(density[k], 1e-300));
  // tails beyond the grid: continue the log density linearly from the edges
  const slopeLow = (logTable[40] - logTable[0]) / (40 * step);
  const slopeHigh = (logTable[points] - logTable[points - 40]) / (40 * step);
  let cumulative = 0;
  let medianX = 0;
  for (let k = 0; k <= points; k++) {
    cumulative += density[k] * step;
    if (cumulative >= 0.5) {
      medianX = -span + k * step;
      break;
    }
  }
  const logDensity = (x: number): number => {
    const position = (x + span) / step;
    if (position <= 0) return logTable[0] + slopeLow * position * step;
    if (position >= points) return logTable[points] + slopeHigh * (position - points) * step;
    const index = Math.floor(position);
    const fraction = position - index;
    return logTable[index] + (logTable[index + 1] - logTable[index]) * fraction;
  };
  return { logDensity, scale: total, median: medianX };
}

const SIGMAS = 48;
const LOG_SIGMA_LOW = Math.log(0.08);
const LOG_SIGMA_HIGH = Math.log(6);
const MU_HALF = 60;
const MU_STEP = 0.1;

function logSumExp(values: Float64Array, count: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index++) if (values[index] > max) max = values[index];
  let sum = 0;
  for (let index = 0; index < count; index++) sum += Math.exp(values[index] - max);
  return max + Math.log(sum);
}

/**
 * log R for two head values sharing one window: the head as drawn (a null sample) and the head
 * shifted by δ (the alternative sample). Returns [log R(w, h), log R(w, h + δ)].
 */
export function logRatios(density: RunDensity, window: readonly number[], head: number, shift: number): [number, number] {
  const n = window.length;
  const order = [...window].sort((a, b) => a - b);
  const centre = order[Math.floor(n / 2)] - density.median;
  const cells = SIGMAS * (2 * MU_HALF + 1);
  const nullNumerator = new Float64Array(cells);
  const nullDenominator = new Float64Array(cells);
  const altNumerator = new Float64Array(cells);
  const altDenominator = new Float64Array(cells);
  let cell = 0;
  for (let j = 0; j < SIGMAS; j++) {
    const logSigma = LOG_SIGMA_LOW + ((LOG_SIGMA_HIGH - LOG_SIGMA_LOW) * j) / (SIGMAS - 1);
    const sigma = Math.exp(logSigma);
    // dμ ∝ σ (the μ grid scales with σ) and dσ = σ d log σ: weight σ^(−N−1) · σ · σ with N = n + 1
    const weight = -n * logSigma;
    for (let k = -MU_HALF; k <= MU_HALF; k++) {
      const mu = centre + k * MU_STEP * sigma * density.scale;
      let sum = weight;
      for (let index = 0; index < n; index++) sum += density.logDensity((window[index] - mu) / sigma);
      // the shift is at the true scale (σ = 1 is the truth), so it is not divided by σ
      const zNull = (head - mu) / sigma;
      const zAlt = (head + shift - mu) / sigma;
      nullNumerator[cell] = sum + density.logDensity(zNull - shift);
      nullDenominator[cell] = sum + density.logDensity(zNull);
      altNumerator[cell] = sum + density.logDensity(zAlt - shift);
      altDenominator[cell] = sum + density.logDensity(zAlt);
      cell++;
    }
  }
  return [
    logSumExp(nullNumerator, cells) - logSumExp(nullDenominator, cells),
    logSumExp(altNumerator, cells) - logSumExp(altDenominator, cells),
  ];
}

/**
 * Power of the most powerful invariant test at `alpha`, failing only beyond the limit.
 * `draw()` gives one run's log value from the model (no regression).
 */
export function bestInvariantPower(input: {
  density: RunDensity;
  draw: () => number;
  window: number;
  shift: number;
  limit: number;
  alpha: number;
  trials: number;
}): number {
  const nullStats: number[] = [];
  const altStats: number[] = [];
  const altChange: number[] = [];
  for (let trial = 0; trial < input.trials; trial++) {
    const window = Array.from({ length: input.window }, input.draw);
    const head = input.draw();
    const [nullStat, altStat] = logRatios(input.density, window, head, input.shift);
    nullStats.push(nullStat);
    altStats.push(altStat);
    let sum = 0;
    for (const value of window) sum += value;
    altChange.push(head + input.shift - sum / window.length);
  }
  const sorted = [...nullStats].sort((a, b) => a - b);
  const critical = sorted[Math.ceil((1 - input.alpha) * sorted.length) - 1];
  let detected = 0;
  for (let trial = 0; trial < input.trials; trial++) if (altStats[trial] > critical && altChange[trial] > input.limit) detected++;
  return detected / input.trials;
}

/**
 * log ∫∫ σ^(−N−1) Π g((wᵢ − μ)/σ) · g((h − μ)/σ − headShift) dμ dσ, with the grid's constant
 * factors kept (the scale of the density sets the μ step), so that integrals under two different
 * densities can be compared: it is the density of the maximal invariant up to one shared constant.
 */
export function logIntegral(density: RunDensity, window: readonly number[], head: number, headShift: number): number {
  const n = window.length;
  const order = [...window].sort((a, b) => a - b);
  const centre = order[Math.floor(n / 2)] - density.median;
  const cells = SIGMAS * (2 * MU_HALF + 1);
  const terms = new Float64Array(cells);
  let cell = 0;
  for (let j = 0; j < SIGMAS; j++) {
    const logSigma = LOG_SIGMA_LOW + ((LOG_SIGMA_HIGH - LOG_SIGMA_LOW) * j) / (SIGMAS - 1);
    const sigma = Math.exp(logSigma);
    const weight = -n * logSigma;
    for (let k = -MU_HALF; k <= MU_HALF; k++) {
      const mu = centre + k * MU_STEP * sigma * density.scale;
      let sum = weight;
      for (let index = 0; index < n; index++) sum += density.logDensity((window[index] - mu) / sigma);
      terms[cell++] = sum + density.logDensity((head - mu) / sigma - headShift);
    }
  }
  return logSumExp(terms, cells) + Math.log(MU_STEP * density.scale);
}

/**
 * The best detection under model A (normal, say) of any invariant test whose false-failure rate is
 * at most `alpha` under model A *and* under model B (a noisy neighbour): the generalised
 * Neyman–Pearson test, failing when q_A1 > k·(q_A0 + ρ·q_B0) (and the change exceeds the limit),
 * maximised over ρ and k. One rule must hold both rates, so no rule can detect more under A. As in
 * bestInvariantPower, k is set on the invariant statistic alone: the limit is not scale-free, and a
 * gate that does not know the noise's scale must hold its rate when the limit does not bind.
 */
export function jointBestPower(input: {
  a: RunDensity;
  b: RunDensity;
  drawA: () => number;
  drawB: () => number;
  window: number;
  shift: number;
  limit: number;
  alpha: number;
  trials: number;
  limitAware?: boolean;
}): {
  power: number;
  alone: number;
  rho: number;
  /** ρ and k fitted on the first half of the windows, the rates measured on the second */
  heldOut: { power: number; falseA: number; falseB: number; trials: number };
} {
  const sample = (draw: () => number, shift: number) => {
    const window = Array.from({ length: input.window }, draw);
    const head = draw() + shift;
    const change = head - window.reduce((sum, value) => sum + value, 0) / window.length;
    const a0 = logIntegral(input.a, window, head, 0);
    const a1 = logIntegral(input.a, window, head, input.shift);
    const b0 = logIntegral(input.b, window, head, 0);
    return { a0, a1, b0, over: change > input.limit };
  };
  const nullA: ReturnType<typeof sample>[] = [];
  const altA: ReturnType<typeof sample>[] = [];
  const nullB: ReturnType<typeof sample>[] = [];
  for (let trial = 0; trial < input.trials; trial++) {
    const drawn: number[] = [];
    const draw = () => {
      const value = input.drawA();
      drawn.push(value);
      return value;
    };
    nullA.push(sample(draw, 0));
    // the same window and head, shifted: the alternative
    let index = 0;
    altA.push(sample(() => drawn[index++], input.shift));
    nullB.push(sample(input.drawB, 0));
  }
  type Sample = ReturnType<typeof sample>;
  const statistic = (s: Sample, logRho: number) => {
    const other = logRho + s.b0;
    const max = Math.max(s.a0, other);
    return s.a1 - (max + Math.log(Math.exp(s.a0 - max) + Math.exp(other - max)));
  };
  // the smallest threshold with at most a fraction alpha of `set` beyond it (with `limitAware`,
  // of those beyond the limit: a rule that may rely on the noise's scale being the model's)
  const quantileOf = (set: readonly Sample[], logRho: number) => {
    const counted = input.limitAware ? set.filter((s) => s.over) : set;
    const values = counted.map((s) => statistic(s, logRho)).sort((x, y) => y - x);
    return values[Math.floor(input.alpha * set.length)] ?? Number.NEGATIVE_INFINITY;
  };
  const rejected = (set: readonly Sample[], logRho: number, threshold: number, needOver: boolean) =>
    set.filter((s) => (!needOver || s.over) && statistic(s, logRho) > threshold).length / set.length;
  const fitOn = (range: [number, number], both: boolean) => {
    const [from, to] = range;
    const rhos = both ? Array.from({ length: 49 }, (_, step) => -12 + step * 0.5) : [Number.NEGATIVE_INFINITY];
    let best = { power: -1, logRho: Number.NEGATIVE_INFINITY, threshold: Number.POSITIVE_INFINITY };
    for (const logRho of rhos) {
      const fromA = quantileOf(nullA.slice(from, to), logRho);
      const threshold = both ? Math.max(fromA, quantileOf(nullB.slice(from, to), logRho)) : fromA;
      const power = rejected(altA.slice(from, to), logRho, threshold, true);
      if (power > best.power) best = { power, logRho, threshold };
    }
    return best;
  };
  const all = fitOn([0, input.trials], true);
  const alone = fitOn([0, input.trials], false).power;
  // ρ and the threshold chosen on the first half, scored on the second: no choice flatters it
  const half = Math.floor(input.trials / 2);
  const fitted = fitOn([0, half], true);
  const second = (set: readonly Sample[], needOver: boolean) => rejected(set.slice(half), fitted.logRho, fitted.threshold, needOver);
  return {
    power: all.power,
    alone,
    rho: Math.exp(all.logRho),
    heldOut: { power: second(altA, true), falseA: second(nullA, true), falseB: second(nullB, true), trials: input.trials - half },
  };
}
