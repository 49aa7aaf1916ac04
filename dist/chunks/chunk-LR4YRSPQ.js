import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  formatRate
} from "./chunk-YYW25C5K.js";

// src/baseline/age.ts
function formatAge(seconds) {
  if (!Number.isFinite(seconds) || seconds < 60) return seconds < 0 ? "in the future" : "just now";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

// src/gates/context.ts
function baselineLabel(value, context) {
  const provenance = context.baseline?.provenance ?? context.info.provenance;
  if (!provenance) return value;
  const age = (context.now.getTime() - Date.parse(provenance.createdAt)) / 1e3;
  const when = formatAge(age);
  return `${value} @ ${provenance.commit.slice(0, 7)}, ${when === "just now" ? when : `${when} ago`}`;
}
function noBaselineReason(context) {
  if (context.baseline && context.info.status === "ok") return "no baseline value for this";
  return context.info.reason ?? `no baseline (${context.info.status})`;
}
function withoutBaseline(gate, context, fields) {
  const reason = noBaselineReason(context);
  return {
    gate,
    ...fields.subject !== void 0 ? { subject: fields.subject } : {},
    status: context.requireBaseline ? "fail" : "skipped",
    value: fields.value,
    baseline: null,
    threshold: fields.threshold,
    reason: `${fields.what ? `${fields.what}: ` : ""}${reason}${context.requireBaseline ? " (require-baseline is set)" : ""}`
  };
}
var formatPct = (pct) => `${(Math.floor(pct * 10 + 1e-9) / 10).toFixed(1)}%`;
var formatPoints = (points) => `${points.toFixed(1)} pts`;

// src/gates/stats.ts
function mean(values) {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
var median = (values) => quantile(values, 0.5);
function normalQuantile(p) {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q2 + c[1]) * q2 + c[2]) * q2 + c[3]) * q2 + c[4]) * q2 + c[5]) / ((((d[0] * q2 + d[1]) * q2 + d[2]) * q2 + d[3]) * q2 + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
function logGamma(x) {
  const g = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = g[0];
  for (let index = 1; index < 9; index++) sum += g[index] / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
function incompleteBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - front * betaFraction(1 - x, b, a) / b;
  return front * betaFraction(x, a, b) / a;
}
function betaFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-12) break;
  }
  return h;
}
function tCdf(x, df) {
  const tail = 0.5 * incompleteBeta(df / (df + x * x), df / 2, 0.5);
  return x >= 0 ? 1 - tail : tail;
}
function tQuantile(p, df) {
  if (!(df > 0)) return Number.NaN;
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  if (p < 0.5) return -tQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (tCdf(high, df) < p) high *= 2;
  for (let step = 0; step < 200 && high - low > 1e-9; step++) {
    const middle = (low + high) / 2;
    if (tCdf(middle, df) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

// src/gates/perf-steps.ts
var MIN_SEGMENT = 3;
var STEP_T = 3.5;
var STEP_MIN_CHANGE = 0.05;
function sumOfSquares(values, from, to) {
  let sum = 0;
  let squares = 0;
  for (let index = from; index < to; index++) {
    sum += values[index];
    squares += values[index] * values[index];
  }
  const count = to - from;
  return count > 0 ? squares - sum * sum / count : 0;
}
function bestSplit(values, from, to) {
  let best;
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
function findSteps(values, minChange = STEP_MIN_CHANGE) {
  const steps = [];
  const search = (from, to) => {
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
function segmentsOf(length, steps) {
  const bounds = [0, ...steps, length];
  return bounds.slice(1).map((end, index) => [bounds[index], end]);
}

// src/gates/perf-rule.ts
var MIN_RUNS_FOR_SPREAD = 3;
var CENTRE_RUNS = 10;
var DETECT_POWER = 0.8;
function runOf(samples) {
  const value = trimmedMean(samples);
  if (samples.length < 3 || value === 0) return { value, repeats: samples.length };
  const deviations = samples.map((sample) => Math.abs(sample - value));
  return { value, spread: 1.4826 * median(deviations) / Math.abs(value), repeats: samples.length };
}
function tooNoisyAt(limit) {
  return Math.max(4 * limit, limit + 0.5);
}
function judgeRelative(input) {
  const alpha = input.falseFailureRate ?? 0.05;
  const headRun = runOf(input.head);
  const head = headRun.value;
  const window = input.base.length;
  const limitText = `${input.biggerIsBetter ? "-" : "+"}${round(input.limit * 100)}%`;
  const none = { detectable: null, runs: { used: 0, window } };
  if (window === 0) return { status: "skipped", rule: "no-baseline", base: null, head, change: null, reason: "no baseline runs", ...none };
  const sign = input.biggerIsBetter ? -1 : 1;
  const positive = head > 0 && input.base.every((run) => run.value > 0);
  const toScale = (value) => sign * (positive ? Math.log(value) : value);
  const values = input.base.map((run) => toScale(run.value));
  const steps = findSteps(values, positive ? void 0 : Number.POSITIVE_INFINITY);
  const segments = segmentsOf(values.length, steps);
  const [lastStart] = segments[segments.length - 1];
  const segment = values.slice(lastStart);
  const recent = segment.slice(-CENTRE_RUNS);
  const centre = mean(recent);
  const base = positive ? Math.exp(sign * centre) : sign * centre;
  const runs = { used: recent.length, window };
  const step = steps.length > 0 ? (() => {
    const [from, to] = segments[segments.length - 2];
    const before = mean(values.slice(from, to));
    const change2 = positive ? Math.exp(sign * (centre - before)) - 1 : (centre - before) / Math.abs(before || 1);
    return { runsAgo: window - lastStart, change: change2 };
  })() : void 0;
  const withStep = step ? { step } : {};
  if (base === 0) {
    const reason = "baseline is 0, a relative change is undefined";
    return { status: "skipped", rule: "no-baseline", base, head, change: null, reason, ...none, runs, ...withStep };
  }
  const change = sign * (head - base) / Math.abs(base);
  const moved = (head - base) / Math.abs(base);
  const changeText = `${moved >= 0 ? "+" : "-"}${round(Math.abs(moved) * 100)}% ${change > 0 ? "worse" : change < 0 ? "better" : "unchanged"}`;
  const since = step ? ` since a ${step.change >= 0 ? "+" : ""}${round(step.change * 100)}% step ${step.runsAgo} runs ago` : "";
  const runsText = `${recent.length} baseline run${recent.length === 1 ? "" : "s"}${since}`;
  const df = window - segments.length;
  if (df < MIN_RUNS_FOR_SPREAD - 1) {
    const common2 = { base, head, change, ...none, runs, ...withStep };
    if (change <= input.limit) return { status: "pass", rule: "relative", ...common2, reason: `${changeText}, within ${limitText}` };
    if (Math.abs(head - base) > input.floor)
      return {
        status: "fail",
        rule: "floor",
        ...common2,
        reason: `${changeText}, over ${limitText} and the absolute floor (${runsText}, too few for a spread)`
      };
    return { status: "warn", rule: "below-floor", ...common2, reason: `${changeText}, over ${limitText} but below the absolute floor` };
  }
  let squares = 0;
  for (const [from, to] of segments) {
    const segment2 = values.slice(from, to);
    const centreOf = mean(segment2);
    for (const value of segment2) squares += (value - centreOf) ** 2;
  }
  const variance = squares / df;
  const headVariance = Math.max(variance / 2, variance + repeatAdjustment(input.base, headRun, positive));
  const error = Math.sqrt(headVariance + variance / recent.length);
  const bound = tQuantile(1 - alpha, df) * error;
  const limitOnScale = positive ? input.biggerIsBetter ? -Math.log(Math.max(1e-12, 1 - input.limit)) : Math.log(1 + input.limit) : input.limit * Math.abs(base);
  const worseBy = toScale(head) - centre;
  const detectOnScale = Math.max(bound, limitOnScale) + normalQuantile(DETECT_POWER) * error;
  const detectable = positive ? input.biggerIsBetter ? 1 - Math.exp(-detectOnScale) : Math.exp(detectOnScale) - 1 : detectOnScale / Math.abs(base);
  const common = { base, head, change, detectable, runs, ...withStep };
  const canDetect = `can detect ${input.biggerIsBetter ? "-" : "+"}${round(detectable * 100)}% here`;
  if (change <= input.limit)
    return { status: "pass", rule: "relative", ...common, reason: `${changeText}, within ${limitText} (${canDetect})` };
  if (detectable > tooNoisyAt(input.limit))
    return {
      status: "warn",
      rule: "too-noisy",
      ...common,
      reason: `${changeText}, over ${limitText}, but too noisy to gate: ${canDetect} (${runsText}); warns, never fails`
    };
  const asSlow = segment.filter((value) => value >= toScale(head)).length;
  if (worseBy > bound && asSlow >= 2)
    return {
      status: "warn",
      rule: "within-noise",
      ...common,
      reason: `${changeText}, over ${limitText} but ${asSlow} of ${segment.length} baseline runs were as slow (${canDetect})`
    };
  if (worseBy > bound)
    return {
      status: "fail",
      rule: "prediction-interval",
      ...common,
      reason: `${changeText}, over ${limitText} and beyond the ${round((1 - alpha) * 100)}% prediction bound of ${runsText} (${canDetect})`
    };
  return {
    status: "warn",
    rule: "within-noise",
    ...common,
    reason: `${changeText}, over ${limitText} but within the noise of ${runsText} (${canDetect})`
  };
}
function repeatAdjustment(base, head, positive) {
  if (!positive) return 0;
  const spreads = base.flatMap((run) => run.spread !== void 0 ? [run.spread] : []);
  if (spreads.length === 0 && head.spread === void 0) return 0;
  const within = mean([...spreads, ...head.spread !== void 0 ? [head.spread] : []].map((spread) => spread * spread));
  const baseRepeats = mean(base.map((run) => run.repeats));
  return within * (1 / head.repeats - 1 / baseRepeats);
}
function trimmedMean(samples) {
  if (samples.length < 5) return median(samples);
  const sorted = [...samples].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * 0.2);
  return mean(sorted.slice(cut, sorted.length - cut));
}
function round(value) {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
function baseRunsOf(series) {
  if (series.runs)
    return series.runs.map((run) => ({
      value: run.value,
      repeats: run.repeats,
      ...run.spread !== void 0 ? { spread: run.spread } : {}
    }));
  return series.samples.filter(Number.isFinite).map((value) => ({ value, repeats: 1 }));
}
function stepsOf(values, biggerIsBetter) {
  if (values.some((value) => !(value > 0))) return [];
  const sign = biggerIsBetter ? -1 : 1;
  return findSteps(values.map((value) => sign * Math.log(value)));
}

// src/gates/perf.ts
var RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
function perfSeriesKey(suite, scenario) {
  return scenario === suite ? suite : `${suite} \u203A ${scenario}`;
}
function collectHeadPerf(suites) {
  const scenarios = /* @__PURE__ */ new Map();
  for (const suite of suites) {
    for (const scenario of suite.perf) {
      const key = perfSeriesKey(suite.name, scenario.name);
      let metrics = scenarios.get(key);
      if (!metrics) scenarios.set(key, metrics = /* @__PURE__ */ new Map());
      for (const [name, metric] of Object.entries(scenario.metrics)) {
        const samples = (metric.samples && metric.samples.length > 0 ? metric.samples : [metric.value]).filter(Number.isFinite);
        const known = metrics.get(name);
        if (known) known.samples.push(...samples);
        else metrics.set(name, { unit: metric.unit, biggerIsBetter: metric.biggerIsBetter, samples });
      }
    }
  }
  return scenarios;
}
function inMetricUnit(limit, unit) {
  const normalised = unit.toLowerCase();
  if (limit.unit === "ms") {
    if (normalised === "s") return limit.value / 1e3;
    if (normalised === "us" || normalised === "\xB5s") return limit.value * 1e3;
    return limit.value;
  }
  if (limit.unit === "%") return normalised === "%" ? limit.value : limit.value / 100;
  return limit.value;
}
function floorInMetricUnit(floorSeconds, unit) {
  const normalised = unit.toLowerCase();
  if (normalised === "ms") return floorSeconds * 1e3;
  if (normalised === "s") return floorSeconds;
  if (normalised === "us" || normalised === "\xB5s") return floorSeconds * 1e6;
  return 0;
}
function formatValue(value, unit) {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  if (unit === "ratio" || unit === "fraction") return formatRate(value);
  if (unit === "") return String(rounded);
  return `${rounded}${/^[a-zµ%]/i.test(unit) && unit.length <= 2 ? "" : " "}${unit}`;
}
function perfGate(suites, config, context) {
  const verdicts = [];
  const rows = [];
  for (const suite of suites)
    for (const scenario of suite.perf)
      for (const failed of scenario.failedThresholds ?? [])
        verdicts.push({
          gate: "perf",
          subject: `${perfSeriesKey(suite.name, scenario.name)}/${failed}`,
          status: "fail",
          value: null,
          baseline: null,
          threshold: failed,
          reason: `the load tool reported threshold "${failed}" as failed`,
          rule: "tool-threshold"
        });
  const plainName = /* @__PURE__ */ new Map();
  for (const suite of suites) for (const scenario of suite.perf) plainName.set(perfSeriesKey(suite.name, scenario.name), scenario.name);
  for (const [scenario, metrics] of collectHeadPerf(suites)) {
    for (const [metric, head] of metrics) {
      if (head.samples.length === 0) continue;
      const limits = config.scenarios[scenario]?.[metric] ?? config.scenarios[plainName.get(scenario) ?? scenario]?.[metric] ?? config.limits[metric] ?? [];
      if (limits.length === 0) continue;
      const baseSeries = context.baseline?.perf[scenario]?.[metric];
      const baseRuns = baseSeries && baseSeries.unit === head.unit ? baseRunsOf(baseSeries) : [];
      const baseSamples = baseRuns.map((run) => run.value);
      const headValue = runOf(head.samples).value;
      const subject = `${scenario}/${metric}`;
      let worst;
      let change = null;
      let baseValue = baseSamples.length > 0 ? median(baseSamples) : null;
      let judgement;
      for (const limit of limits) {
        let verdict;
        if (limit.kind === "absolute") {
          const bound = inMetricUnit(limit, head.unit);
          const op = limit.op ?? (head.biggerIsBetter ? ">=" : "<=");
          const ok = op === "<" ? headValue < bound : op === "<=" ? headValue <= bound : op === ">" ? headValue > bound : headValue >= bound;
          verdict = {
            gate: "perf",
            subject,
            status: ok ? "pass" : "fail",
            value: formatValue(headValue, head.unit),
            baseline: baseValue === null ? null : baselineLabel(formatValue(baseValue, head.unit), context),
            threshold: `${op} ${formatValue(bound, head.unit)}`,
            reason: ok ? `within the absolute limit ${limit.text}` : `breaks the absolute limit ${limit.text}`,
            rule: "absolute"
          };
        } else if (baseSamples.length === 0) {
          const missing = !context.baseline || context.info.status !== "ok";
          verdict = {
            gate: "perf",
            subject,
            status: missing && context.requireBaseline ? "fail" : "skipped",
            value: formatValue(headValue, head.unit),
            baseline: null,
            threshold: limit.text,
            reason: missing ? `${noBaselineReason(context)}${context.requireBaseline ? " (require-baseline is set)" : ""}` : "no baseline samples for this metric yet",
            rule: "no-baseline"
          };
        } else {
          const judged = judgeRelative({
            base: baseRuns,
            head: head.samples,
            limit: limit.change,
            biggerIsBetter: head.biggerIsBetter,
            floor: floorInMetricUnit(config.floor, head.unit),
            falseFailureRate: config["false-failure-rate"] / 100
          });
          judgement = judged;
          baseValue = judged.base;
          change = judged.base === null || judged.base === 0 ? null : (judged.head - judged.base) / Math.abs(judged.base);
          verdict = {
            gate: "perf",
            subject,
            status: judged.status,
            value: formatValue(headValue, head.unit),
            baseline: judged.base === null ? null : baselineLabel(formatValue(judged.base, head.unit), context),
            threshold: limit.text,
            reason: head.samples.length > 1 ? `${judged.reason} (head: ${head.samples.length} repeats in one run)` : judged.reason,
            rule: judged.rule
          };
        }
        if (!worst || RANK[verdict.status] > RANK[worst.status]) worst = verdict;
      }
      if (!worst) continue;
      verdicts.push(worst);
      rows.push({
        scenario,
        metric,
        unit: head.unit,
        base: baseValue,
        head: headValue,
        change,
        status: worst.status,
        ...worst.rule ? { rule: worst.rule } : {},
        ...judgement ? { detectable: judgement.detectable, runs: judgement.runs } : {},
        ...judgement?.step ? { step: judgement.step } : {}
      });
    }
  }
  return { verdicts, rows };
}

export {
  formatAge,
  baselineLabel,
  withoutBaseline,
  formatPct,
  formatPoints,
  median,
  runOf,
  baseRunsOf,
  stepsOf,
  perfSeriesKey,
  perfGate
};
