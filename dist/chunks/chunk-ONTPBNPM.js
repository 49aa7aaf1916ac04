import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  cacheKeys
} from "./chunk-K7UHUZ5M.js";
import {
  deriveSeed,
  planEarlyRepeats,
  runPlan,
  systemClock,
  testTotals,
  writeJson
} from "./chunk-KBAS33IW.js";
import {
  resolveVariant
} from "./chunk-7WHL3PWO.js";
import {
  branchSource,
  perfSeriesKey,
  readHistory,
  splitPerfSeriesKey
} from "./chunk-ZHN24TUU.js";
import {
  createGit,
  legacyTestId,
  loadConfig,
  runCoverage,
  testIdOf,
  testNaming,
  withVariant
} from "./chunk-B6TM3GRA.js";
import {
  DEFAULT_RUN_ALL,
  GitStateError,
  GlobIndex,
  InputError,
  UsageError,
  external_exports,
  formatAge,
  formatPct,
  listTestFiles,
  matrixFor,
  mean,
  median,
  medianOf,
  normalQuantile,
  parseShard,
  pushAll,
  redactor,
  reportError,
  shardSuites
} from "./chunk-33F46ELG.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/baseline/read.ts
init_define_TESTOPS_UPLOT();
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/baseline/format.ts
init_define_TESTOPS_UPLOT();
var BASELINE_SCHEMA_VERSION = 1;
var BASELINE_FILE = "baseline.json";
var ratio = external_exports.object({ covered: external_exports.number(), total: external_exports.number(), pct: external_exports.number().nullable() });
var numbers = external_exports.array(external_exports.number());
var historyEntry = external_exports.object({
  commit: external_exports.string(),
  tree: external_exports.string().optional(),
  scope: external_exports.string().optional(),
  variant: external_exports.string().optional(),
  runId: external_exports.string().optional(),
  runAttempt: external_exports.number().optional(),
  branch: external_exports.string().optional(),
  at: external_exports.string(),
  status: external_exports.enum(["passed", "failed", "errored", "skipped"]),
  attempts: external_exports.number(),
  failures: external_exports.number(),
  infra: external_exports.boolean().optional(),
  message: external_exports.string().optional()
});
var baselineFileSchema = external_exports.object({
  schemaVersion: external_exports.literal(BASELINE_SCHEMA_VERSION),
  provenance: external_exports.object({
    commit: external_exports.string(),
    tree: external_exports.string().optional(),
    scopes: external_exports.record(external_exports.string(), external_exports.string()).optional(),
    branch: external_exports.string(),
    runId: external_exports.string().optional(),
    runAttempt: external_exports.number().optional(),
    createdAt: external_exports.string().refine((value) => !Number.isNaN(Date.parse(value)), "expected an ISO 8601 time"),
    schemaVersion: external_exports.number()
  }),
  coverage: external_exports.object({
    totals: external_exports.object({ lines: ratio, branches: ratio, functions: ratio }),
    files: external_exports.record(external_exports.string(), external_exports.object({ covered: external_exports.number(), total: external_exports.number() }))
  }).optional(),
  perf: external_exports.record(
    external_exports.string(),
    external_exports.record(
      external_exports.string(),
      external_exports.object({
        unit: external_exports.string(),
        biggerIsBetter: external_exports.boolean(),
        samples: numbers,
        runs: external_exports.array(
          external_exports.object({
            value: external_exports.number(),
            spread: external_exports.number().optional(),
            repeats: external_exports.number().int().min(1),
            commit: external_exports.string().optional(),
            at: external_exports.string().optional()
          })
        ).optional(),
        steps: external_exports.array(external_exports.object({ commit: external_exports.string().optional(), at: external_exports.string().optional(), change: external_exports.number() })).optional()
      })
    )
  ),
  tests: external_exports.record(
    external_exports.string(),
    external_exports.object({
      suite: external_exports.string(),
      name: external_exports.string(),
      file: external_exports.string().optional(),
      variant: external_exports.string().optional(),
      history: external_exports.array(historyEntry)
    })
  ),
  suiteDurations: external_exports.record(external_exports.string(), numbers),
  fileDurations: external_exports.record(external_exports.string(), external_exports.record(external_exports.string(), numbers)).optional(),
  totalDurations: numbers,
  findings: external_exports.array(external_exports.string())
});

// src/baseline/read.ts
function readBaseline(dir, options) {
  const file = join(dir, BASELINE_FILE);
  const keyPart = options.restoredKey ? { key: options.restoredKey } : {};
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" || code === "ENOTDIR" ? "no baseline: nothing was restored from the cache (no default-branch run saved one yet, or it was evicted after 7 days unused)" : `no baseline: ${file} cannot be read (${code ?? String(error)})`;
    return { baseline: null, info: { status: "missing", reason, ...keyPart } };
  }
  const corrupt = (why) => ({
    baseline: null,
    info: { status: "corrupt", reason: `baseline ignored: ${BASELINE_FILE} ${why}`, ...keyPart }
  });
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return corrupt(`is not valid JSON (${error.message.split("\n")[0]})`);
  }
  const version = raw?.schemaVersion;
  if (version !== BASELINE_SCHEMA_VERSION)
    return corrupt(`has schema version ${JSON.stringify(version) ?? "none"}, expected ${BASELINE_SCHEMA_VERSION}`);
  const parsed = baselineFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join(".") || "(top level)";
    return corrupt(`is damaged at ${path}: ${issue.message}`);
  }
  const baseline = parsed.data;
  const provenance = baseline.provenance;
  const ageSeconds = (options.now.getTime() - Date.parse(provenance.createdAt)) / 1e3;
  if (ageSeconds > options.maxAgeSeconds)
    return {
      baseline: null,
      info: {
        status: "too-old",
        reason: `baseline ignored: made ${formatAge(ageSeconds)} ago at ${provenance.commit.slice(0, 7)}, older than the max-age of ${formatAge(options.maxAgeSeconds)}`,
        provenance,
        ...keyPart
      }
    };
  return { baseline, info: { status: "ok", provenance, ...keyPart } };
}

// src/baseline/index.ts
init_define_TESTOPS_UPLOT();

// src/baseline/update.ts
init_define_TESTOPS_UPLOT();

// src/flaky/observations.ts
init_define_TESTOPS_UPLOT();
var INFRA_MIN_TESTS = 5;
var INFRA_SHARE = 0.5;
var failedStatus = (status) => status === "failed" || status === "errored";
function countAttempts(test) {
  let attempts = 0;
  let failures = 0;
  for (const attempt of test.attempts.length > 0 ? test.attempts : [{ status: test.status }]) {
    if (attempt.status === "skipped") continue;
    attempts++;
    if (failedStatus(attempt.status)) failures++;
  }
  return { attempts, failures };
}
function isInfraSuite(suite) {
  let ran = 0;
  let failed = 0;
  for (const test of suite.tests) {
    const { attempts, failures } = countAttempts(test);
    if (attempts === 0) continue;
    ran++;
    if (failures > 0) failed++;
  }
  return ran >= INFRA_MIN_TESTS && failed / ran > INFRA_SHARE;
}
function observationKey(entry) {
  return entry.runId ? `run:${entry.runId}:${entry.runAttempt ?? 1}` : `commit:${entry.commit}:${entry.at}`;
}
function historyKey(id, variant) {
  return withVariant(id, variant);
}
function issueIdOf(test) {
  return test.variant ? testIdOf({ ...test, variant: void 0 }) : test.id;
}
function firstMessage(test) {
  const failed = test.attempts.filter((attempt) => failedStatus(attempt.status));
  const text = failed.map((attempt) => attempt.message ?? attempt.stack?.split("\n")[0]).find(Boolean);
  return text ? text.slice(0, 300) : void 0;
}
function mayBeUnstable(runsFiles, baseline) {
  const ids = /* @__PURE__ */ new Set();
  const keys = /* @__PURE__ */ new Set();
  const past = baseline?.tests;
  for (const runs of runsFiles)
    for (const suite of runs.suites)
      for (const test of suite.tests) {
        const id = issueIdOf(test);
        const key = historyKey(id, test.variant);
        if (test.nondeterministic || countAttempts(test).failures > 0 || past && Object.hasOwn(past, key)) {
          ids.add(id);
          keys.add(key);
        }
      }
  return (test) => {
    const id = issueIdOf(test);
    return ids.has(id) || keys.has(historyKey(id, test.variant));
  };
}
function observe(runs, event, tree, runAttempt, scopes = {}, keep, withMessages = true) {
  const out = [];
  for (const suite of runs.suites) {
    const infra = isInfraSuite(suite);
    for (const test of suite.tests) {
      if (keep && !keep(test)) continue;
      const { attempts, failures } = countAttempts(test);
      if (attempts === 0) continue;
      const entry = {
        commit: event.headSha,
        ...tree ? { tree } : {},
        ...scopes[suite.name] ? { scope: scopes[suite.name] } : {},
        ...test.variant ? { variant: test.variant } : {},
        ...event.runId ? { runId: event.runId } : {},
        ...runAttempt !== void 0 ? { runAttempt } : {},
        ...event.branch ? { branch: event.branch } : {},
        at: runs.finishedAt || runs.startedAt,
        status: test.status,
        attempts,
        failures,
        ...infra ? { infra: true } : {},
        ...test.early ? { early: test.early } : {}
      };
      const message = failures > 0 && withMessages ? firstMessage(test) : void 0;
      if (message) entry.message = message;
      const messages = (withMessages ? test.attempts : []).filter((attempt) => failedStatus(attempt.status)).map(
        (attempt) => attempt.message && attempt.stack?.trimStart().startsWith(attempt.message.trim()) ? attempt.stack : [attempt.message, attempt.stack].filter(Boolean).join("\n")
      ).filter(Boolean);
      out.push({
        test: {
          id: issueIdOf(test),
          suite: test.suite || suite.name,
          name: test.name,
          file: test.file,
          line: test.line,
          ...test.variant ? { variant: test.variant } : {}
        },
        entry,
        messages,
        nondeterministic: test.nondeterministic === true
      });
    }
  }
  return out;
}
function mergeHistories(...histories) {
  const byKey = /* @__PURE__ */ new Map();
  for (const history of histories)
    for (const entry of history) if (!byKey.has(observationKey(entry))) byKey.set(observationKey(entry), entry);
  return [...byKey.values()].sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : (a.runAttempt ?? 1) - (b.runAttempt ?? 1));
}
function infraRunsOf(baseline) {
  const counts = /* @__PURE__ */ new Map();
  for (const test of Object.values(baseline?.tests ?? {}))
    for (const entry of test.history) {
      if (entry.attempts <= 0) continue;
      const key = `${test.suite}\0${test.variant ?? ""}\0${observationKey(entry)}`;
      const count = counts.get(key) ?? { ran: 0, failed: 0 };
      count.ran++;
      if (entry.failures > 0) count.failed++;
      counts.set(key, count);
    }
  const infra = /* @__PURE__ */ new Set();
  for (const [key, count] of counts) if (count.ran >= INFRA_MIN_TESTS && count.failed / count.ran > INFRA_SHARE) infra.add(key);
  return infra;
}
function baselineHistory(baseline, key, infraRuns) {
  const test = baseline?.tests[key];
  if (!test) return [];
  return test.history.map((entry) => {
    const marked = !entry.infra && infraRuns.has(`${test.suite}\0${test.variant ?? ""}\0${observationKey(entry)}`) ? { ...entry, infra: true } : entry;
    return test.variant && !marked.variant ? { ...marked, variant: test.variant } : marked;
  });
}

// src/baseline/perf-window.ts
init_define_TESTOPS_UPLOT();

// src/gates/perf-rule.ts
init_define_TESTOPS_UPLOT();

// src/gates/perf-steps.ts
init_define_TESTOPS_UPLOT();

// src/gates/stats.ts
init_define_TESTOPS_UPLOT();
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
var RECENT_RUNS = 5;
var RECENT_Z = 1.3;
var WINSOR = 3;
var WINSOR_CONSISTENCY = {
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
  20: 0.974
};
var winsorConsistency = (runs) => WINSOR_CONSISTENCY[runs] ?? 0.995 - 0.39 / runs - 0.9 / runs ** 2;
var WINSOR_MIN_RUNS = 8;
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
  const young = steps.length > 0 && segment.length < RECENT_RUNS + 3;
  const latest = segment.slice(young ? -RECENT_RUNS : -CENTRE_RUNS);
  const newer = recentLevel(segment);
  const recent = newer ?? latest;
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
  const since = step ? ` since a ${step.change >= 0 ? "+" : ""}${round(step.change * 100)}% step ${step.runsAgo} runs ago` : newer ? ", the latest, slower than the runs before them" : "";
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
    const winsorised = winsorise(values.slice(from, to));
    const centreOf = mean(winsorised.values);
    for (const value of winsorised.values) squares += (value - centreOf) ** 2 / winsorised.consistency;
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
function winsorise(segment) {
  if (segment.length < WINSOR_MIN_RUNS) return { values: segment, consistency: 1 };
  const centre = median(segment);
  const reach = WINSOR * 1.4826 * median(segment.map((value) => Math.abs(value - centre)));
  if (!(reach > 0)) return { values: segment, consistency: 1 };
  return {
    values: segment.map((value) => Math.min(centre + reach, Math.max(centre - reach, value))),
    consistency: winsorConsistency(segment.length)
  };
}
function recentLevel(segment) {
  if (segment.length < RECENT_RUNS + 3) return void 0;
  const last = segment.slice(-RECENT_RUNS);
  const before = segment.slice(0, -RECENT_RUNS).slice(-CENTRE_RUNS);
  const split = segment.length - RECENT_RUNS;
  const spread = Math.sqrt((sumOfSquares(segment, 0, split) + sumOfSquares(segment, split, segment.length)) / (segment.length - 2));
  const error = spread * Math.sqrt(1 / last.length + 1 / before.length);
  return mean(last) - mean(before) > RECENT_Z * error ? last : void 0;
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

// src/baseline/perf-window.ts
var MAX_STEPS = 10;
function addPerfRun(known, metric, provenance, limit) {
  const samples = (metric.samples && metric.samples.length > 0 ? metric.samples : [metric.value]).filter(Number.isFinite);
  const previous = known && known.unit === metric.unit ? known : void 0;
  if (samples.length === 0) return previous;
  const run = runOf(samples);
  const entry = {
    value: run.value,
    ...run.spread !== void 0 ? { spread: run.spread } : {},
    repeats: run.repeats,
    commit: provenance.commit,
    at: provenance.createdAt
  };
  const older = previous ? previous.runs ?? baseRunsOf(previous) : [];
  const runs = [...older, entry].slice(-limit);
  const steps = [...previous?.steps ?? []];
  const values = runs.map((item) => item.value);
  for (const index of stepsOf(values, metric.biggerIsBetter)) {
    const first = runs[index];
    if (steps.some((step) => step.commit !== void 0 && step.commit === first.commit && step.at === first.at)) continue;
    const before = values.slice(0, index);
    const after = values.slice(index);
    const geometric = (list) => Math.exp(list.reduce((sum, value) => sum + Math.log(value), 0) / list.length);
    steps.push({
      ...first.commit !== void 0 ? { commit: first.commit } : {},
      ...first.at !== void 0 ? { at: first.at } : {},
      change: geometric(after) / geometric(before) - 1
    });
  }
  return {
    unit: metric.unit,
    biggerIsBetter: metric.biggerIsBetter,
    samples: values,
    runs,
    ...steps.length > 0 ? { steps: steps.slice(-MAX_STEPS) } : {}
  };
}

// src/baseline/update.ts
var FORGET_AFTER_SECONDS = 90 * 86400;
var lastN = (values, n) => values.length > n ? values.slice(values.length - n) : values;
function historyEntry2(test, suite, provenance, infra) {
  const failures = test.attempts.filter((attempt) => attempt.status === "failed" || attempt.status === "errored");
  const message = failures[0]?.message;
  return {
    commit: provenance.commit,
    ...provenance.tree ? { tree: provenance.tree } : {},
    ...provenance.scopes?.[suite] ? { scope: provenance.scopes[suite] } : {},
    ...provenance.runId !== void 0 ? { runId: provenance.runId } : {},
    ...provenance.runAttempt !== void 0 ? { runAttempt: provenance.runAttempt } : {},
    branch: provenance.branch,
    at: provenance.createdAt,
    status: test.status,
    attempts: Math.max(1, test.attempts.length),
    failures: failures.length,
    ...infra ? { infra: true } : {},
    ...message ? { message: message.slice(0, 200) } : {}
  };
}
function emptyBaseline(provenance) {
  return { schemaVersion: BASELINE_SCHEMA_VERSION, provenance, perf: {}, tests: {}, suiteDurations: {}, totalDurations: [], findings: [] };
}
function updateBaseline(previous, runs, provenance, limits, coverage = runCoverage(runs.suites.filter((suite) => suite.selected && suite.status !== "skipped"))) {
  const base = previous ?? emptyBaseline(provenance);
  const next = {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    provenance: { ...provenance, schemaVersion: BASELINE_SCHEMA_VERSION },
    ...base.coverage ? { coverage: base.coverage } : {},
    perf: structuredClone(base.perf),
    tests: structuredClone(base.tests),
    suiteDurations: structuredClone(base.suiteDurations),
    fileDurations: structuredClone(base.fileDurations ?? {}),
    totalDurations: [...base.totalDurations],
    findings: [...base.findings]
  };
  const ran = runs.suites.filter((suite) => suite.selected && suite.status !== "skipped");
  const adopted = /* @__PURE__ */ new Set();
  const current = /* @__PURE__ */ new Set();
  for (const suite of ran) {
    const infra = isInfraSuite(suite);
    for (const test of suite.tests) {
      current.add(test.id);
      const key = test.id;
      const known = next.tests[key] ?? adoptLegacy(next.tests, test, adopted);
      const entry = historyEntry2(test, suite.name, provenance, infra);
      if (known) {
        known.history = lastN([...known.history, entry], limits.historyRuns);
        known.name = test.name;
      } else
        next.tests[key] = {
          suite: test.suite,
          name: test.name,
          ...test.file ? { file: test.file } : {},
          ...test.variant ? { variant: test.variant } : {},
          history: [entry]
        };
    }
  }
  for (const id of adopted) if (!current.has(id)) delete next.tests[id];
  const now = Date.parse(provenance.createdAt);
  for (const [id, test] of Object.entries(next.tests)) {
    const newest = test.history.at(-1);
    if (!newest || now - Date.parse(newest.at) > FORGET_AFTER_SECONDS * 1e3) delete next.tests[id];
  }
  if (coverage)
    next.coverage = {
      totals: coverage.totals,
      files: Object.fromEntries(
        coverage.files.map((file) => [file.path, { covered: file.lines.filter(([, hits]) => hits > 0).length, total: file.lines.length }])
      )
    };
  for (const suite of ran) {
    for (const scenario of suite.perf) {
      const metrics = next.perf[perfSeriesKey(suite.name, scenario.name)] ??= {};
      for (const [name, metric] of Object.entries(scenario.metrics)) {
        const series = addPerfRun(metrics[name], metric, provenance, limits.perfSamples);
        if (series) metrics[name] = series;
      }
    }
  }
  const fileDurations = next.fileDurations ?? {};
  for (const suite of ran) {
    if (suite.status === "passed" || suite.status === "failed")
      next.suiteDurations[suite.name] = lastN([...next.suiteDurations[suite.name] ?? [], suite.duration], limits.perfSamples);
    const perFile = /* @__PURE__ */ new Map();
    for (const test of suite.tests) if (test.file) perFile.set(test.file, (perFile.get(test.file) ?? 0) + test.duration);
    if (perFile.size === 0) continue;
    const files = fileDurations[suite.name] ??= {};
    for (const [file, seconds] of perFile) files[file] = lastN([...files[file] ?? [], seconds], limits.perfSamples);
  }
  next.fileDurations = fileDurations;
  const total = (Date.parse(runs.finishedAt) - Date.parse(runs.startedAt)) / 1e3;
  if (Number.isFinite(total) && total >= 0 && !runs.cancelled)
    next.totalDurations = lastN([...next.totalDurations, total], limits.perfSamples);
  const scanned = ran.some((suite) => suite.level === "security" || suite.security.length > 0);
  if (scanned) next.findings = [...new Set(ran.flatMap((suite) => suite.security.map((finding) => finding.fingerprint)))].sort();
  return next;
}
function adoptLegacy(tests, test, adopted) {
  if (test.occurrence) return void 0;
  const legacy = legacyTestId(test);
  const entry = legacy === test.id ? void 0 : tests[legacy];
  if (!entry) return void 0;
  adopted.add(legacy);
  tests[test.id] = { ...entry, history: [...entry.history] };
  return tests[test.id];
}

// src/baseline/write.ts
init_define_TESTOPS_UPLOT();
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
function writeBaseline(dir, baseline) {
  mkdirSync(dir, { recursive: true });
  const file = join2(dir, BASELINE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(redactor.deep(baseline))}
`);
  renameSync(temporary, file);
}

// src/impact/replay.ts
init_define_TESTOPS_UPLOT();
import { readFileSync as readFileSync7 } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/impact/replay-engine.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync3, mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync6, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join7 } from "node:path";

// src/impact/changes.ts
init_define_TESTOPS_UPLOT();

// src/impact/js-graph.ts
init_define_TESTOPS_UPLOT();
import { isBuiltin } from "node:module";
import { posix as posix2, relative, sep } from "node:path";

// node_modules/jsonc-parser/lib/esm/main.js
init_define_TESTOPS_UPLOT();

// node_modules/jsonc-parser/lib/esm/impl/format.js
init_define_TESTOPS_UPLOT();

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
init_define_TESTOPS_UPLOT();
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
init_define_TESTOPS_UPLOT();
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/edit.js
init_define_TESTOPS_UPLOT();

// node_modules/jsonc-parser/lib/esm/impl/parser.js
init_define_TESTOPS_UPLOT();
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// src/impact/ast.ts
init_define_TESTOPS_UPLOT();
var SKIP = /* @__PURE__ */ new Set(["type", "start", "end", "range", "loc"]);
function walkAst(node, visit2) {
  const step = (value, parent, key) => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const child of value) step(child, parent, key);
      return;
    }
    const current = value;
    if (typeof current.type !== "string") return;
    visit2(current, parent, key);
    for (const field in current) {
      if (SKIP.has(field)) continue;
      const child = current[field];
      if (child && typeof child === "object") step(child, current, field);
    }
  };
  step(node, void 0, "");
}
function calleeName(node) {
  if (!node) return void 0;
  if (node.type === "Identifier") return node.name;
  if (node.type === "MetaProperty") return `${node.meta.name}.${node.property.name}`;
  if (node.type === "MemberExpression" && !node.computed) {
    const object = calleeName(node.object);
    const property = node.property?.name;
    return object && typeof property === "string" ? `${object}.${property}` : void 0;
  }
  return void 0;
}

// src/impact/js-spawn.ts
init_define_TESTOPS_UPLOT();
import { posix } from "node:path";
var CHILD_PROCESS = /* @__PURE__ */ new Set(["child_process", "node:child_process"]);
var SHELL = /* @__PURE__ */ new Set(["exec", "execSync"]);
var FILE = /* @__PURE__ */ new Set(["execFile", "execFileSync", "spawn", "spawnSync"]);
var FORK = "fork";
var API = /* @__PURE__ */ new Set([...SHELL, ...FILE, FORK]);
var PLAIN_NODE_OPTIONS = /^--(?:no-warnings|enable-source-maps|experimental-vm-modules|trace-warnings|trace-uncaught|expose-gc|no-deprecation|throw-deprecation|pending-deprecation|preserve-symlinks|stack-trace-limit=\d+|max-old-space-size=\d+|unhandled-rejections=[\w-]+|conditions=[\w-]+|input-type=\w+|title=[\w-]+)$/;
var ROOT = "/\0repo";
function spawnedScripts(path, text, program, spawning) {
  const other = spawning.find((module) => !CHILD_PROCESS.has(module));
  if (other) return { why: `${path} uses ${other}, whose commands testops does not read` };
  indexParents(program);
  const declared = /* @__PURE__ */ new Map();
  const namespaces = /* @__PURE__ */ new Set();
  const spawners = /* @__PURE__ */ new Map();
  const scripts = /* @__PURE__ */ new Set();
  let why;
  const fail = (reason) => {
    why ??= `${path}: ${reason}`;
  };
  const snippet = (node) => text.slice(node.start, node.end).replace(/\s+/g, " ").slice(0, 60);
  const isChildRequire = (node) => node?.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "require" && CHILD_PROCESS.has(String(node.arguments[0]?.value));
  walkAst(program, (node) => {
    if (node.type === "ImportDeclaration" && CHILD_PROCESS.has(String(node.source.value))) {
      for (const specifier of node.specifiers) {
        const local = specifier.local.name;
        if (specifier.type === "ImportSpecifier") {
          const imported = specifier.imported.name ?? "";
          if (API.has(imported)) spawners.set(local, imported);
          else declared.set(local, null);
        } else namespaces.add(local);
      }
    } else if (node.type === "VariableDeclarator") {
      const id = node.id;
      const init = node.init;
      if (id.type === "Identifier" && id.name) {
        if (isChildRequire(init)) namespaces.add(id.name);
        else declared.set(id.name, declared.has(id.name) ? null : init);
      } else if (id.type === "ObjectPattern" && isChildRequire(init)) {
        for (const property of id.properties) {
          const key = property.key.name ?? "";
          const value = property.value;
          if (property.type === "Property" && value.type === "Identifier" && value.name && API.has(key)) spawners.set(value.name, key);
          else fail(`${snippet(property)} from child_process is not followed`);
        }
      } else for (const name of boundNames(id)) declared.set(name, null);
    } else if (FUNCTIONS.has(node.type) || node.type === "CatchClause") {
      for (const name of boundNames(node.type === "CatchClause" ? node.param : node.params)) declared.set(name, null);
      if (node.type !== "CatchClause" && node.id?.name)
        declared.set(node.id.name, null);
    } else if (node.type === "AssignmentExpression" || node.type === "UpdateExpression") {
      const target = node.left ?? node.argument;
      if (target.type === "Identifier" && target.name) declared.set(target.name, null);
    }
  });
  const spawnerOf = (node) => {
    if (!node) return void 0;
    if (node.type === "Identifier") return spawners.get(node.name ?? "");
    if (node.type === "MemberExpression" && !node.computed) {
      const object = node.object;
      const property = node.property.name ?? "";
      if (object.type === "Identifier" && namespaces.has(object.name ?? "") && API.has(property)) return property;
    }
    if (node.type === "CallExpression" && calleeName(node.callee) === "promisify") return spawnerOf(node.arguments[0]);
    return void 0;
  };
  for (const [name, init] of declared) {
    const kind = spawnerOf(init);
    if (kind) spawners.set(name, kind);
  }
  walkAst(program, (node, parent, key) => {
    if (node.type !== "Identifier") return;
    const name = node.name ?? "";
    if (!namespaces.has(name) && !spawners.has(name)) return;
    if (!parent || isDeclarationPosition(parent, key)) return;
    const aliasOf = (declarator) => declarator?.type === "VariableDeclarator" && spawners.has(declarator.id.name ?? "");
    if (parent.type === "VariableDeclarator" && key === "init" && aliasOf(parent)) return;
    let reference = node;
    let holder = parent;
    if (namespaces.has(name)) {
      if (parent.type !== "MemberExpression" || key !== "object" || parent.computed)
        return fail(`${snippet(parent)} passes child_process on`);
      reference = parent;
      holder = parents.get(parent);
      if (!API.has(parent.property.name ?? "")) return fail(`${snippet(parent)} is not followed`);
    }
    if (holder?.type === "CallExpression" && calleeName(holder.callee) === "promisify" && aliasOf(parents.get(holder))) return;
    if (holder?.type === "VariableDeclarator" && holder.init === reference && aliasOf(holder)) return;
    if (holder?.type !== "CallExpression" || holder.callee !== reference)
      return fail(`${snippet(holder ?? reference)} is not a call testops reads`);
    const kind = spawnerOf(reference);
    const found = commandOf(kind, holder.arguments);
    if (typeof found === "string") scripts.add(found);
    else fail(`${snippet(holder)}: ${found.why}`);
  });
  if (why) return { why };
  return { scripts: [...scripts].sort() };
  function commandOf(kind, args) {
    if (kind === FORK) {
      if (args.some((arg) => arg.type === "ObjectExpression" && /execArgv|execPath/.test(snippet(arg))))
        return { why: "fork options change node" };
      const script = evaluate(args[0]);
      return script === void 0 ? { why: "the module path is not known" } : scriptIn(script);
    }
    if (SHELL.has(kind)) {
      const command = evaluate(args[0]);
      if (command === void 0) return { why: "the command is not known" };
      const words2 = shellWords(command);
      return words2 ? nodeScript(words2[0], words2.slice(1)) : { why: "the command uses the shell beyond words and quotes" };
    }
    const file = evaluate(args[0]);
    if (file === void 0) return { why: "the program is not known" };
    const list = args[1];
    if (args.some((arg) => arg.type === "ObjectExpression" && /\bshell\b/.test(snippet(arg)))) return { why: "runs through a shell" };
    if (list && list.type !== "ArrayExpression") return { why: "the arguments are not a literal list" };
    const words = [];
    for (const element of list?.elements ?? []) {
      const value = element ? evaluate(element) : void 0;
      words.push(value ?? "\0unknown");
    }
    return nodeScript(file, words);
  }
  function nodeScript(program2, args) {
    if (program2.startsWith(`${ROOT}/`)) return scriptIn(program2);
    if (program2 !== "node" && program2 !== "\0execPath")
      return { why: `runs ${program2.startsWith("/") ? posix.basename(program2) : program2}, not node` };
    for (const arg of args) {
      if (arg === "\0unknown") return { why: "an argument before the script is not known" };
      if (!arg.startsWith("-")) return scriptIn(arg);
      if (!PLAIN_NODE_OPTIONS.test(arg)) return { why: `node ${arg} may load other code` };
    }
    return { why: "node without a script reads code from stdin" };
  }
  function scriptIn(value) {
    if (!value.startsWith(`${ROOT}/`)) return { why: `${value} is not a path in the repository` };
    return value.slice(ROOT.length + 1);
  }
  function evaluate(node, depth = 0) {
    if (!node || depth > 20) return void 0;
    const here = `${ROOT}/${path}`;
    switch (node.type) {
      case "Literal":
        return typeof node.value === "string" ? node.value : void 0;
      case "TemplateLiteral": {
        const quasis = node.quasis;
        const parts = node.expressions.map((expression) => evaluate(expression, depth + 1));
        if (parts.some((part) => part === void 0) || quasis.some((quasi) => quasi.value.cooked === null)) return void 0;
        return quasis.map((quasi, index) => `${quasi.value.cooked}${parts[index] ?? ""}`).join("");
      }
      case "BinaryExpression": {
        if (node.operator !== "+") return void 0;
        const left = evaluate(node.left, depth + 1);
        const right = evaluate(node.right, depth + 1);
        return left === void 0 || right === void 0 ? void 0 : left + right;
      }
      case "Identifier": {
        const name = node.name ?? "";
        if (name === "__dirname") return posix.dirname(here);
        if (name === "__filename") return here;
        const init = declared.get(name);
        return init ? evaluate(init, depth + 1) : void 0;
      }
      case "MemberExpression": {
        const tail = calleeName(node);
        if (tail === "import.meta.url") return `file://${here}`;
        if (tail === "import.meta.dirname") return posix.dirname(here);
        if (tail === "import.meta.filename") return here;
        if (tail === "process.execPath") return "\0execPath";
        if (!node.computed && node.property.name === "pathname") {
          const url = evaluate(node.object, depth + 1);
          return url?.startsWith("file://") ? url.slice("file://".length) : void 0;
        }
        return void 0;
      }
      case "NewExpression": {
        if (calleeName(node.callee) !== "URL") return void 0;
        const [relative2, base] = node.arguments.map((arg) => evaluate(arg, depth + 1));
        if (relative2 === void 0 || base === void 0 || !base.startsWith("file://")) return void 0;
        return `file://${posix.resolve(posix.dirname(base.slice("file://".length)), relative2)}`;
      }
      case "CallExpression": {
        const name = calleeName(node.callee)?.split(".").pop();
        const values = node.arguments.map((arg) => evaluate(arg, depth + 1));
        if (values.some((value) => value === void 0)) return void 0;
        const strings = values;
        if (name === "fileURLToPath" && strings[0]?.startsWith("file://")) return strings[0].slice("file://".length);
        if (name === "join" && strings.length > 0) return posix.join(...strings);
        if (name === "resolve" && strings.some((value) => value.startsWith("/")))
          return posix.resolve(...strings.slice(strings.findLastIndex((value) => value.startsWith("/"))));
        if (name === "dirname" && strings.length === 1) return posix.dirname(strings[0]);
        if (name === "String" && strings.length === 1) return strings[0];
        return void 0;
      }
      default:
        return void 0;
    }
  }
}
var FUNCTIONS = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
function boundNames(node) {
  const names = [];
  const visit2 = (value) => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const child of value) visit2(child);
      return;
    }
    const current = value;
    if (current.type === "Identifier") names.push(current.name ?? "");
    for (const field in current) if (field !== "type" && current[field] && typeof current[field] === "object") visit2(current[field]);
  };
  visit2(node);
  return names;
}
var parents = /* @__PURE__ */ new WeakMap();
function isDeclarationPosition(parent, key) {
  if ((parent.type === "ImportSpecifier" || parent.type === "ImportDefaultSpecifier" || parent.type === "ImportNamespaceSpecifier") && key !== "")
    return true;
  if (parent.type === "VariableDeclarator" && key === "id") return true;
  if (parent.type === "MemberExpression" && key === "property" && !parent.computed) return true;
  if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && key === "key" && !parent.computed)
    return true;
  if (parent.type === "Property" && key === "value" && parents.get(parent)?.type === "ObjectPattern") return true;
  return false;
}
function shellWords(command, globs = false) {
  const words = [];
  let current = "";
  let has = false;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (char === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return void 0;
      current += command.slice(i + 1, end);
      has = true;
      i = end;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        if ("$`\\".includes(command[j])) return void 0;
        current += command[j];
      }
      if (j >= command.length) return void 0;
      has = true;
      i = j;
    } else if (char === " " || char === "	") {
      if (has) words.push(current);
      current = "";
      has = false;
    } else if ("|&;<>()$`\\\n*?[]{}~#=".includes(char) && !(char === "=" && has) && !(globs && "*?[]{}".includes(char))) return void 0;
    else {
      current += char;
      has = true;
    }
  }
  if (has) words.push(current);
  return words.length > 0 && !words[0].includes("=") ? words : void 0;
}
function indexParents(program) {
  walkAst(program, (node, parent) => {
    if (parent) parents.set(node, parent);
  });
}

// src/impact/js-graph.ts
var JS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var isJsFile = (path) => JS_EXTENSIONS.some((ext) => path.endsWith(ext)) && !/\.d\.[mc]?ts$/.test(path);
var SPAWNING_MODULES = /* @__PURE__ */ new Set([
  "child_process",
  "node:child_process",
  "worker_threads",
  "node:worker_threads",
  "execa",
  "cross-spawn",
  "tinyexec",
  "nano-spawn",
  "zx"
]);
var LITERAL = /^\s*(?:(['"])([^'"\n]*)\1|`([^`$]*)`)\s*$/;
var MODULE_CALLS = /* @__PURE__ */ new Set(["require", "require.resolve", "jest.mock", "jest.requireActual", "vi.mock", "vi.importActual", "vi.doMock"]);
async function scanJsAsync(parser, path, text) {
  try {
    return scanParsed(path, text, await parser.parse(path, text));
  } catch (error) {
    return { specifiers: [], dynamic: `${path} could not be parsed (${error.message.split("\n")[0]})` };
  }
}
function scanParsed(path, text, result) {
  const specifiers = /* @__PURE__ */ new Set();
  let dynamic;
  const module = result.module;
  for (const entry of module.staticImports) specifiers.add(entry.moduleRequest.value);
  for (const entry of module.staticExports)
    for (const item of entry.entries) if (item.moduleRequest) specifiers.add(item.moduleRequest.value);
  for (const entry of module.dynamicImports) {
    const argument = text.slice(entry.moduleRequest.start, entry.moduleRequest.end);
    const literal = LITERAL.exec(argument);
    if (literal) specifiers.add(literal[2] ?? literal[3]);
    else dynamic ??= `import(${argument.slice(0, 60)}) in ${path} is not a literal`;
  }
  if (/\brequire\b|\.mock\(|importActual|import\.meta\.glob/.test(text)) {
    walkAst(result.program, (current) => {
      if (current.type === "CallExpression") {
        const name = calleeName(current.callee);
        const first = current.arguments?.[0];
        if (name === "import.meta.glob") dynamic ??= `import.meta.glob in ${path} loads files by pattern`;
        else if (name && MODULE_CALLS.has(name) && first) {
          const literal = LITERAL.exec(text.slice(first.start ?? 0, first.end ?? 0));
          if (literal) specifiers.add(literal[2] ?? literal[3]);
          else if (name === "require")
            dynamic ??= `require(${text.slice(first.start ?? 0, first.end ?? 0).slice(0, 60)}) in ${path} is not a literal`;
        }
      } else if (current.type === "MetaProperty" || current.type === "MemberExpression") {
        if (calleeName(current) === "import.meta.glob") dynamic ??= `import.meta.glob in ${path} loads files by pattern`;
      }
    });
  }
  if (result.errors.some((error) => error.severity === "Error") && specifiers.size === 0 && !dynamic)
    dynamic = `${path} could not be parsed (${result.errors[0].message})`;
  const loadsByCall = module.dynamicImports.length > 0 || /\brequire\b|\.mock\(|importActual|doMock/.test(text);
  const typeOnly = loadsByCall || !/\b(?:import|export)\s+type\b/.test(text) ? [] : typeOnlySpecifiers(result.program);
  const spawning = [...specifiers].filter((specifier) => SPAWNING_MODULES.has(specifier));
  const started = spawning.length > 0 ? spawnedScripts(path, text, result.program, spawning) : void 0;
  return {
    specifiers: [...specifiers],
    ...dynamic ? { dynamic } : {},
    ...started ? "why" in started ? { spawns: started.why } : { spawned: started.scripts } : {},
    ...typeOnly.length > 0 ? { typeOnly } : {}
  };
}
function typeOnlySpecifiers(program) {
  const typed = /* @__PURE__ */ new Set();
  const valued = /* @__PURE__ */ new Set();
  for (const statement of program.body) {
    const source = statement.source?.value;
    if (typeof source !== "string") continue;
    const kind = statement.type === "ImportDeclaration" ? statement.importKind : statement.exportKind;
    (kind === "type" ? typed : valued).add(source);
  }
  return [...typed].filter((specifier) => !valued.has(specifier));
}
function workspacePackages(files, read) {
  const packages = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file !== "package.json" && !file.endsWith("/package.json")) continue;
    if (file.includes("node_modules/")) continue;
    const text = read(file);
    if (text === void 0) continue;
    const manifest = parse2(text, [], { allowTrailingComma: true });
    if (manifest && typeof manifest.name === "string" && !packages.has(manifest.name))
      packages.set(manifest.name, { name: manifest.name, dir: posix2.dirname(file), exports: manifest.exports });
  }
  return packages;
}
var CONDITIONS = ["source", "types", "import", "module", "require", "node", "default"];
function exportTarget(exports, subpath) {
  if (typeof exports === "string") return subpath === "." ? exports : void 0;
  if (!exports || typeof exports !== "object" || Array.isArray(exports)) return void 0;
  const entries = exports;
  const isSubpathMap = Object.keys(entries).some((key) => key.startsWith("."));
  if (!isSubpathMap) return subpath === "." ? pickCondition(entries) : void 0;
  if (subpath in entries) return pickCondition(entries[subpath]);
  for (const [key, value] of Object.entries(entries)) {
    const star = key.indexOf("*");
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length)
      return pickCondition(value)?.replaceAll("*", subpath.slice(prefix.length, subpath.length - suffix.length));
  }
  return void 0;
}
function pickCondition(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(pickCondition).find(Boolean);
  if (!value || typeof value !== "object") return void 0;
  const entries = value;
  for (const condition of CONDITIONS) if (condition in entries) return pickCondition(entries[condition]);
  return void 0;
}
function createJsResolver(root, factory, known, packages) {
  const toRepo = (absolute) => {
    const path = relative(root, absolute).split(sep).join("/");
    return path.startsWith("..") || path.includes("node_modules/") ? void 0 : path;
  };
  const attempt = (file, specifier) => {
    const result = factory.resolveFileSync(`${root}/${file}`, specifier);
    if (!result.path) return null;
    return toRepo(result.path);
  };
  return (from, specifier) => {
    if (specifier.startsWith("node:") || isBuiltin(specifier)) return { external: true };
    const found = attempt(from, specifier);
    if (found && known.has(found)) return { file: found };
    if (found === void 0) return { external: true };
    const relativeSpecifier = specifier.startsWith(".") || specifier.startsWith("/");
    if (relativeSpecifier) {
      const target = posix2.normalize(posix2.join(posix2.dirname(from), specifier));
      return { dangling: target };
    }
    const parts = specifier.split("/");
    const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    const pkg = packages.get(name);
    if (!pkg) return { external: true };
    const base = pkg.dir === "." ? "package.json" : `${pkg.dir}/package.json`;
    const self = attempt(base, specifier);
    if (self && known.has(self)) return { file: self };
    const subpath = specifier.length > name.length ? `.${specifier.slice(name.length)}` : ".";
    const exported = pkg.exports !== void 0 ? exportTarget(pkg.exports, subpath) : void 0;
    const candidates = exported ? [exported, exported.replace(/^\.?\/?(dist|build|lib|out)\//, "./src/").replace(/\.d\.[mc]?ts$/, ".ts")] : [subpath === "." ? "." : subpath, "./src/index"];
    for (const candidate of candidates) {
      const path = attempt(base, candidate.startsWith(".") ? candidate : `./${candidate}`);
      if (path && known.has(path)) return { file: path };
      const stem = path ?? posix2.normalize(posix2.join(pkg.dir, candidate));
      for (const ext of ["", ".ts", ".tsx", ".mts", ".js", ".mjs"]) {
        const withExt = stem.replace(/\.(m|c)?js$/, "") + ext;
        if (known.has(withExt)) return { file: withExt };
      }
    }
    return { dangling: posix2.normalize(posix2.join(pkg.dir, exported ?? subpath)) };
  };
}

// src/impact/changes.ts
var API_FILE_LIMIT = 3e3;
var NULL_SHA = /^0+$/;
var FULL_RUN_EVENTS = {
  workflow_dispatch: "workflow_dispatch event: manual runs test everything",
  schedule: "schedule event: scheduled runs test everything"
};
async function detectChanges(input) {
  const { event, git } = input;
  const problems = [];
  if (FULL_RUN_EVENTS[event.name] && !input.baseRef) return { files: null, source: "none", full: FULL_RUN_EVENTS[event.name], problems };
  const head = input.headRef ?? (event.headSha || "HEAD");
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    if (input.api && event.repo && event.prNumber !== void 0 && !input.baseRef) {
      try {
        const files = await input.api.listFiles(event.repo.owner, event.repo.repo, event.prNumber);
        if (files.length < API_FILE_LIMIT) {
          const base3 = event.baseSha ? await mergeBaseOrUndefined(git, event.baseSha, head) : void 0;
          return { files, source: "api", mergeBase: base3, problems };
        }
        problems.push({
          kind: "github",
          message: `the PR files API lists at most ${API_FILE_LIMIT} files and this PR reached that limit; used git diff instead`
        });
      } catch (error) {
        problems.push({ kind: "github", message: `the PR files API failed (${errorText(error)}); used git diff instead` });
      }
    }
    const base2 = input.baseRef ?? event.baseSha ?? (event.baseRef ? `origin/${event.baseRef}` : void 0);
    if (!base2) return { files: null, source: "none", full: "pull request without a base to compare with", problems };
    return { ...await diffWithGit(git, base2, head, event.baseRef, input.log), problems };
  }
  if (event.name === "push") {
    if (input.baseRef) return { ...await diffWithGit(git, input.baseRef, head, void 0, input.log), problems };
    const before = event.baseSha;
    if (before && !NULL_SHA.test(before)) await ensureHistory(git, before, void 0, input.log);
    const usable = before && !NULL_SHA.test(before) && await isAncestor(git, before, head);
    if (usable) return { ...await diffWithGit(git, before, head, void 0, input.log), problems };
    const why = !before || NULL_SHA.test(before) ? "a new branch" : "a force-push";
    if (!event.defaultBranch || event.isDefaultBranch && why === "a new branch")
      return { files: null, source: "none", full: `push of ${why} with no default branch to compare with`, problems };
    problems.push({ kind: "other", message: `push of ${why}: compared with the default branch ${event.defaultBranch}` });
    return { ...await diffWithGit(git, `origin/${event.defaultBranch}`, head, event.defaultBranch, input.log), problems };
  }
  const base = input.baseRef ?? event.baseSha ?? (event.baseRef ? event.baseRef : void 0);
  if (!base) return { files: null, source: "none", full: `${event.name} event with no base to compare with`, problems };
  return { ...await diffWithGit(git, base, head, void 0, input.log), problems };
}
function errorText(error) {
  const status = error?.status;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}
async function isAncestor(git, ancestor, descendant) {
  const resolved = (await git.run(["rev-parse", "--verify", "--quiet", `${ancestor}^{commit}`], { allowFailure: true })).trim();
  if (!resolved) return false;
  const base = (await git.run(["merge-base", resolved, descendant], { allowFailure: true })).trim();
  return base === resolved;
}
async function commitExists(git, rev) {
  const out = await git.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { allowFailure: true });
  return out.trim() !== "";
}
async function mergeBaseOrUndefined(git, base, head) {
  if (!await commitExists(git, base) || !await commitExists(git, head)) return void 0;
  const out = await git.run(["merge-base", base, head], { allowFailure: true });
  return out.trim() || void 0;
}
function missingBaseMessage(base, detail) {
  return `the base "${base}" is not in this checkout${detail ? ` (${detail})` : ""}: set "fetch-depth: 0" on actions/checkout so the history is there, or pass a base ref/commit that exists`;
}
async function diffWithGit(git, base, head, baseBranch, log) {
  await ensureHistory(git, base, baseBranch, log);
  if (!await commitExists(git, base)) throw new GitStateError(missingBaseMessage(base));
  if (!await commitExists(git, head)) throw new GitStateError(missingBaseMessage(head, "head commit"));
  const mergeBase = (await git.run(["merge-base", base, head], { allowFailure: true })).trim();
  if (!mergeBase) throw new GitStateError(missingBaseMessage(base, `no common history with ${head}`));
  const output = await git.run(["diff", "--name-status", "-z", "--find-renames", "--no-color", mergeBase, head]);
  return { files: parseNameStatus(output), source: "git", mergeBase };
}
async function ensureHistory(git, base, baseBranch, log) {
  const shallow = (await git.run(["rev-parse", "--is-shallow-repository"], { allowFailure: true })).trim() === "true";
  if (!shallow && await commitExists(git, base)) return;
  const refspecs = baseBranch ? [`+refs/heads/${baseBranch}:refs/remotes/origin/${baseBranch}`] : [];
  if (/^[0-9a-f]{7,40}$/i.test(base)) refspecs.push(base);
  log?.info(`fetching ${shallow ? "the history" : "the base"} from origin to find the merge-base with ${base}`);
  await git.run(["fetch", "--no-tags", "--quiet", ...shallow ? ["--unshallow"] : [], "origin", ...refspecs], { allowFailure: true });
}
var STATUS = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "changed",
  U: "changed",
  X: "changed"
};
function parseNameStatus(output) {
  const fields = output.split("\0");
  const files = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (!code) continue;
    const status = STATUS[code[0]] ?? "changed";
    if (status === "renamed" || status === "copied") {
      const previousPath = fields[i++];
      const path = fields[i++];
      files.push({ path, status, previousPath });
    } else files.push({ path: fields[i++], status });
  }
  return files;
}
function touchedPaths(files) {
  const paths = [];
  for (const file of files) {
    paths.push(file.path);
    if (file.previousPath && file.previousPath !== file.path) paths.push(file.previousPath);
  }
  return paths;
}
var MAX_PREVIOUS = 20;
async function previousTexts(git, base, changed) {
  const modified = (changed ?? []).filter((file) => file.status === "modified" && isJsFile(file.path));
  if (!base || modified.length === 0 || modified.length > MAX_PREVIOUS) return void 0;
  const texts = {};
  for (const file of modified) {
    try {
      texts[file.path] = await git.run(["show", `${base}:${file.path}`]);
    } catch {
    }
  }
  return texts;
}

// src/impact/imports.ts
init_define_TESTOPS_UPLOT();
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join3, posix as posix4 } from "node:path";

// src/impact/native.ts
init_define_TESTOPS_UPLOT();
var loading;
function loadOxc() {
  loading ??= (async () => {
    try {
      const parser = await import("./src-js-6YJ4NLGG.js");
      const resolver = await import("./oxc-resolver-K2KS3VHC.js");
      const Factory = resolver.ResolverFactory ?? resolver.default.ResolverFactory;
      return {
        parser: { parseSync: parser.parseSync, parse: parser.parse },
        createResolver: (options) => new Factory(options)
      };
    } catch (error) {
      const first = (error instanceof Error ? error.message : String(error)).split("\n")[0].split(/\.\s/)[0];
      return `the JS/TS parser and resolver (oxc) could not be loaded on ${process.platform}-${process.arch}: ${first}`;
    }
  })();
  return loading;
}

// src/impact/python-graph.ts
init_define_TESTOPS_UPLOT();
import { posix as posix3 } from "node:path";
var isPythonFile = (path) => path.endsWith(".py") || path.endsWith(".pyi");
function codeOnly(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (char === '"' || char === "'") {
      const triple = text.startsWith(char.repeat(3), i);
      const quote = triple ? char.repeat(3) : char;
      let j = i + quote.length;
      let body = "";
      while (j < text.length && !text.startsWith(quote, j)) {
        if (text[j] === "\\") {
          body += "  ";
          j += 2;
          continue;
        }
        if (!triple && text[j] === "\n") break;
        body += text[j] === "\n" ? "\n" : " ";
        j++;
      }
      out += triple ? quote + body + quote : quote + text.slice(i + 1, Math.min(j, text.length)) + quote;
      i = j + quote.length;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
function logicalLines(code) {
  const lines = [];
  let current = "";
  let depth = 0;
  for (const raw of code.split("\n")) {
    const line = raw.endsWith("\\") ? raw.slice(0, -1) : raw;
    current += `${line} `;
    for (const char of raw) {
      if (char === "(" || char === "[" || char === "{") depth++;
      else if ((char === ")" || char === "]" || char === "}") && depth > 0) depth--;
    }
    if (depth === 0 && !raw.endsWith("\\")) {
      lines.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}
var IMPORT = /^(?:[\w\s:]*?:\s*)?import\s+(.+)$/;
var FROM = /^(?:[\w\s:]*?:\s*)?from\s+(\.*)([\w.]*)\s+import\s+(.+)$/;
var NAME_LIST = (text) => text.replace(/[()]/g, " ").split(",").map(
  (part) => part.trim().split(/\s+as\s+/)[0].trim()
).filter((part) => /^[\w.]+$/.test(part) || part === "*");
function scanPython(path, text) {
  const modules = /* @__PURE__ */ new Set();
  const maybeModules = /* @__PURE__ */ new Set();
  let dynamic;
  const code = codeOnly(text);
  for (const line of logicalLines(code)) {
    const from = FROM.exec(line);
    if (from) {
      const module = from[1] + from[2];
      modules.add(module);
      for (const name of NAME_LIST(from[3])) if (name !== "*") maybeModules.add(from[2] ? `${module}.${name}` : `${module}${name}`);
      continue;
    }
    const plain = IMPORT.exec(line);
    if (plain && !/^\s*from\b/.test(line)) {
      for (const name of NAME_LIST(plain[1])) if (name !== "*") modules.add(name);
    }
  }
  for (const match of code.matchAll(/\b(?:importlib\.)?import_module\(\s*([^,)]*)/g)) {
    const literal = /^(['"])([\w.]+)\1$/.exec(match[1].trim());
    if (literal) modules.add(literal[2]);
    else dynamic ??= `import_module(${match[1].trim().slice(0, 60)}) in ${path} is not a literal`;
  }
  if (/\b__import__\(\s*[^'"\s]/.test(code)) dynamic ??= `__import__ with a computed name in ${path}`;
  const plugins = /^pytest_plugins\s*=\s*(.+)$/m.exec(code);
  if (plugins) for (const match of plugins[1].matchAll(/(['"])([\w.]+)\1/g)) modules.add(match[2]);
  const spawns = [...modules].find((module) => /^(subprocess|multiprocessing|pexpect)(\.|$)/.test(module)) ?? (/\bos\.(system|popen|exec\w*|spawn\w*)\(/.test(code) ? "os" : void 0);
  return { modules: [...modules], maybeModules: [...maybeModules], ...dynamic ? { dynamic } : {}, ...spawns ? { spawns } : {} };
}
function pytestConfigPlugins(text) {
  const plugins = [];
  for (const match of text.matchAll(/(?:^|[\s"'[,])-p\s*['"]?([A-Za-z_][\w.]*)/g)) if (!match[1].startsWith("no:")) plugins.push(match[1]);
  return plugins;
}
var PYTEST_CONFIGS = ["pytest.ini", ".pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini", "setup.py"];
var MODULE_EXTENSIONS = [".py", ".pyi", ".pyx", ".c", ".cpp"];
var SOURCE_ROOTS = ["", "src", "lib", "python"];
var PythonResolver = class {
  constructor(known) {
    this.known = known;
    for (const file of known) {
      let dir = posix3.dirname(file);
      while (dir !== "." && !this.dirs.has(dir)) {
        this.dirs.add(dir);
        dir = posix3.dirname(dir);
      }
    }
  }
  known;
  dirs = /* @__PURE__ */ new Set();
  isPackage(dir) {
    return this.known.has(`${dir}/__init__.py`) || this.known.has(`${dir}/__init__.pyi`);
  }
  /** The directory pytest (prepend mode) puts on sys.path for a file: the first ancestor that is not a package. */
  basedir(file) {
    let dir = posix3.dirname(file);
    while (dir !== "." && this.isPackage(dir)) dir = posix3.dirname(dir);
    return dir === "." ? "" : dir;
  }
  /** The files a module path (slash-separated, relative to a root) names: module files and its parent packages' __init__. */
  filesOf(base) {
    const found = [];
    for (const ext of MODULE_EXTENSIONS) if (this.known.has(base + ext)) found.push(base + ext);
    if (this.known.has(`${base}/__init__.py`)) found.push(`${base}/__init__.py`);
    if (this.known.has(`${base}/__init__.pyi`)) found.push(`${base}/__init__.pyi`);
    return found;
  }
  withParents(base, root, found) {
    let dir = posix3.dirname(base);
    while (dir !== "." && dir !== root && dir.length > root.length) {
      if (this.known.has(`${dir}/__init__.py`)) found.push(`${dir}/__init__.py`);
      dir = posix3.dirname(dir);
    }
    return found;
  }
  /**
   * The repository files a module name loads, or, when it names none, the paths it would have been
   * (so a deleted module still links its importers): `{ files }` or `{ missing }`.
   */
  resolve(from, module) {
    const dots = /^\.*/.exec(module)?.[0].length ?? 0;
    const rest = module.slice(dots).split(".").filter(Boolean).join("/");
    if (dots > 0) {
      let dir = posix3.dirname(from);
      for (let level = 1; level < dots; level++) dir = posix3.dirname(dir);
      const base = dir === "." ? rest : rest ? `${dir}/${rest}` : dir;
      const files = rest ? this.filesOf(base) : this.filesOf(base).filter((file) => file.endsWith("__init__.py"));
      return files.length > 0 ? { files: this.withParents(rest ? base : `${base}/x`, "", files) } : { missing: [base] };
    }
    const roots = [this.basedir(from), ...SOURCE_ROOTS];
    const missing = [];
    for (const root of new Set(roots)) {
      const base = root ? `${root}/${rest}` : rest;
      const files = this.filesOf(base);
      if (files.length > 0) return { files: this.withParents(base, root, files) };
      missing.push(base);
    }
    return { missing };
  }
  /** conftest.py files that apply to a file: those in its directory and every ancestor. */
  conftests(file) {
    const found = [];
    let dir = posix3.dirname(file);
    for (; ; ) {
      const conftest = dir === "." ? "conftest.py" : `${dir}/conftest.py`;
      if (conftest !== file && this.known.has(conftest)) found.push(conftest);
      if (dir === ".") break;
      dir = posix3.dirname(dir);
    }
    return found;
  }
};

// src/impact/imports.ts
var JS_GLOBAL = /^(?:.*\/)?(?:(?:vitest|vite|jest|babel|karma|ava|playwright|vitest\.workspace)\.config\.[cm]?[jt]s|vitest\.workspace\.[cm]?[jt]s|tsconfig(?:\.[\w-]+)?\.json|jsconfig\.json|\.babelrc(?:\.json)?|\.mocharc\.(?:js|cjs|json|ya?ml)|\.swcrc)$/;
var isCodeFile = (path) => isJsFile(path) || isPythonFile(path);
async function buildImportGraph(repoRoot, options = {}) {
  const files = (options.files ?? await listFiles(repoRoot)).filter((file) => !file.includes("node_modules/"));
  const known = new Set(files);
  const read = (path) => {
    try {
      return readFileSync2(join3(repoRoot, path), "utf8");
    } catch {
      return void 0;
    }
  };
  const graph = {
    files,
    imports: /* @__PURE__ */ new Map(),
    dynamic: /* @__PURE__ */ new Map(),
    dangling: /* @__PURE__ */ new Map(),
    global: /* @__PURE__ */ new Map(),
    spawns: /* @__PURE__ */ new Map(),
    typeImports: /* @__PURE__ */ new Map()
  };
  const jsFiles = files.filter(isJsFile);
  const pyFiles = files.filter(isPythonFile);
  if (jsFiles.length > 0) await addJs(graph, repoRoot, jsFiles, known, read);
  if (pyFiles.length > 0) addPython(graph, pyFiles, known, read);
  for (const file of files) if (JS_GLOBAL.test(file)) graph.global.set(file, `${file} configures how tests compile and run`);
  return graph;
}
async function addJs(graph, repoRoot, jsFiles, known, read) {
  const oxc = await loadOxc();
  if (typeof oxc === "string") {
    graph.jsUnavailable = oxc;
    return;
  }
  const factory = oxc.createResolver({
    tsconfig: "auto",
    conditionNames: ["source", "import", "require", "module", "node", "default", "types"],
    mainFields: ["source", "module", "main", "types"],
    extensions: [...JS_EXTENSIONS, ".json", ".node", ".d.ts"],
    extensionAlias: { ".js": [".ts", ".tsx", ".js", ".jsx"], ".mjs": [".mts", ".mjs"], ".cjs": [".cts", ".cjs"], ".jsx": [".tsx", ".jsx"] },
    mainFiles: ["index"],
    symlinks: true
  });
  const resolve2 = createJsResolver(repoRoot, factory, known, workspacePackages([...known], read));
  graph.js = { parser: oxc.parser, resolve: resolve2, scans: /* @__PURE__ */ new Map() };
  const BATCH = 512;
  for (let start = 0; start < jsFiles.length; start += BATCH) {
    const batch = jsFiles.slice(start, start + BATCH);
    const scans = await Promise.all(
      batch.map(async (file) => {
        const text = read(file);
        return text === void 0 ? void 0 : await scanJsAsync(oxc.parser, file, text);
      })
    );
    for (const [index, file] of batch.entries()) {
      const scan = scans[index];
      if (!scan) continue;
      graph.js.scans.set(file, scan);
      addJsFile(graph, file, scan, resolve2);
    }
  }
}
function addJsFile(graph, file, scan, resolve2) {
  if (scan.dynamic) graph.dynamic.set(file, scan.dynamic);
  if (scan.spawns) graph.spawns.set(file, scan.spawns);
  const targets = /* @__PURE__ */ new Set();
  for (const script of scan.spawned ?? []) {
    if (isJsFile(script) && graph.files.includes(script)) targets.add(script);
    else if (!graph.spawns.has(file)) graph.spawns.set(file, `${file} starts ${script}, which is not a JS/TS file of the repository`);
  }
  const typeOnly = new Set(scan.typeOnly ?? []);
  for (const specifier of scan.specifiers) {
    const found = resolve2(file, specifier);
    if ("file" in found) {
      if (found.file !== file) targets.add(found.file);
      if (typeOnly.has(specifier) && found.file !== file) {
        const types = graph.typeImports.get(file) ?? /* @__PURE__ */ new Set();
        types.add(found.file);
        graph.typeImports.set(file, types);
      }
    } else if ("dangling" in found) {
      addTo(graph.dangling, file, found.dangling);
      if (!graph.dynamic.has(file)) graph.dynamic.set(file, `"${specifier}" in ${file} resolves to no file (generated, or deleted?)`);
    }
  }
  graph.imports.set(file, [...targets]);
}
function addPython(graph, pyFiles, known, read) {
  const resolver = new PythonResolver(known);
  for (const file of pyFiles) {
    const text = read(file);
    if (text === void 0) continue;
    const scan = scanPython(file, text);
    if (scan.dynamic) graph.dynamic.set(file, scan.dynamic);
    if (scan.spawns) graph.spawns.set(file, `${file} starts processes (${scan.spawns}), whose commands are not read`);
    const targets = new Set(resolver.conftests(file));
    for (const module of scan.modules) {
      const found = resolver.resolve(file, module);
      if ("files" in found) for (const target of found.files) targets.add(target);
      else if (module.startsWith(".")) for (const path of found.missing) addTo(graph.dangling, file, path);
      else for (const path of found.missing.slice(0, 2)) addTo(graph.dangling, file, path);
    }
    for (const module of scan.maybeModules) {
      const found = resolver.resolve(file, module);
      if ("files" in found) for (const target of found.files) targets.add(target);
    }
    targets.delete(file);
    graph.imports.set(file, [...targets]);
  }
  for (const config of PYTEST_CONFIGS) {
    if (!known.has(config)) continue;
    graph.global.set(config, `${config} configures pytest`);
    for (const plugin of pytestConfigPlugins(read(config) ?? "")) {
      const found = resolver.resolve(config, plugin);
      if ("files" in found)
        for (const target of found.files) graph.global.set(target, `${target} is a pytest plugin (-p ${plugin} in ${config})`);
    }
  }
}
function addTo(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
async function listFiles(repoRoot) {
  const out = await createGit(repoRoot).run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  return out.split("\0").filter((path) => path && existsSync(join3(repoRoot, path)));
}
function testsReaching(graph, changed, isTest) {
  const importers = reverse(graph);
  const danglingIndex = danglingImporters(graph);
  const tests = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  const testFiles = graph.files.filter(isTest);
  const reachedBy = /* @__PURE__ */ new Map();
  const queue = [];
  const visit2 = (file, cause) => {
    if (reachedBy.has(file)) return;
    reachedBy.set(file, cause);
    queue.push(file);
  };
  let everything;
  for (const path of changed) {
    visit2(path, path);
    if (graph.global.has(path)) everything ??= path;
    for (const importer of danglingIndex(path)) visit2(importer, path);
  }
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const cause = reachedBy.get(file);
    if (graph.global.has(file)) everything ??= cause;
    for (const importer of importers.get(file) ?? []) visit2(importer, cause);
  }
  for (const [file, cause] of reachedBy) if (isTest(file)) tests.set(file, { cause });
  if (everything !== void 0) {
    for (const test of testFiles) if (!tests.has(test)) tests.set(test, { cause: everything });
  }
  const loadedByTests = forwardClosure(graph, testFiles);
  for (const path of changed)
    if (isTest(path) || loadedByTests.has(path) || graph.global.has(path) || danglingIndex(path).length > 0) claimed.add(path);
  if (everything !== void 0) claimed.add(everything);
  return { tests, claimed };
}
function forwardClosure(graph, roots) {
  const seen = new Set(roots);
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++)
    for (const target of graph.imports.get(queue[i]) ?? [])
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
  return seen;
}
function danglingImporters(graph) {
  const byStem = /* @__PURE__ */ new Map();
  for (const [file, stems] of graph.dangling)
    for (const stem of stems) {
      addTo(byStem, stem, file);
      const bare = stem.replace(/\.(m|c)?[jt]sx?$/, "");
      if (bare !== stem) addTo(byStem, bare, file);
    }
  if (byStem.size === 0) return () => [];
  return (path) => {
    const found = [];
    const stem = path.replace(/\.[^./]+$/, "");
    for (const key of /* @__PURE__ */ new Set([path, stem, posix4.dirname(path), stem.replace(/\/(index|__init__)$/, "")])) {
      const files = byStem.get(key);
      if (files && (key === path || key === stem || /\/(index|__init__)\.[^./]+$/.test(path))) pushAll(found, files);
    }
    return found;
  };
}
function reachingDynamic(graph) {
  return reaching(graph, graph.dynamic);
}
function reachingSpawns(graph) {
  return reaching(graph, graph.spawns);
}
function reaching(graph, sources) {
  const importers = reverse(graph);
  const reached = /* @__PURE__ */ new Map();
  const queue = [...sources.keys()];
  for (const file of queue) reached.set(file, sources.get(file));
  for (let i = 0; i < queue.length; i++) {
    for (const importer of importers.get(queue[i]) ?? []) {
      if (reached.has(importer)) continue;
      reached.set(importer, reached.get(queue[i]));
      queue.push(importer);
    }
  }
  return reached;
}
var reverseCache = /* @__PURE__ */ new WeakMap();
function reverse(graph) {
  const cached = reverseCache.get(graph);
  if (cached) return cached;
  const importers = /* @__PURE__ */ new Map();
  for (const [file, targets] of graph.imports) for (const target of targets) addTo(importers, target, file);
  reverseCache.set(graph, importers);
  return importers;
}
function runtimeGraph(graph) {
  if (graph.typeImports.size === 0) return graph;
  const loadedAtRuntime = /* @__PURE__ */ new Set();
  for (const [file, targets] of graph.imports) {
    const types = graph.typeImports.get(file);
    for (const target of targets) if (!types?.has(target)) loadedAtRuntime.add(target);
  }
  const imports = /* @__PURE__ */ new Map();
  let dropped = false;
  for (const [file, targets] of graph.imports) {
    const types = graph.typeImports.get(file);
    const kept = types ? targets.filter((target) => !types.has(target) || loadedAtRuntime.has(target)) : targets;
    if (kept.length !== targets.length) dropped = true;
    imports.set(file, kept);
  }
  return dropped ? { ...graph, imports } : graph;
}

// src/impact/mutants.ts
init_define_TESTOPS_UPLOT();
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
function jsFunctions(parser, path, text) {
  let result;
  try {
    result = parser.parseSync(path, text);
  } catch (error) {
    return { error: `${path} could not be parsed (${error.message.split("\n")[0]})` };
  }
  if (result.errors.some((error) => error.severity === "Error"))
    return { error: `${path} could not be parsed (${result.errors[0].message})` };
  const spans = [];
  const nodes = /* @__PURE__ */ new Map();
  const add = (name, fn) => {
    const body = fn.body;
    if (!body) return;
    const block = body.type === "BlockStatement" || body.type === "FunctionBody";
    nodes.set(fn, name);
    spans.push({
      name,
      start: fn.start,
      end: fn.end,
      insertAt: block ? body.start + 1 : body.start,
      ...block ? {} : { expression: true },
      key: treeKey(fn)
    });
  };
  for (const statement of result.program.body) {
    let node = statement;
    if ((node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration") && node.declaration)
      node = node.declaration;
    if (node.type === "FunctionDeclaration") {
      const id = node.id;
      add(id?.name ?? "default", node);
    } else if (node.type === "VariableDeclaration")
      for (const declarator of node.declarations) {
        const id = declarator.id;
        const init = declarator.init;
        if (id.type === "Identifier" && id.name && init && FUNCTION_TYPES.has(init.type)) add(id.name, init);
      }
  }
  spans.skeleton = treeKey(result.program, nodes);
  return spans;
}
function treeKey(node, replaced) {
  return JSON.stringify(node, (key, value) => {
    if (key === "start" || key === "end" || key === "range" || key === "loc" || key === "raw") return void 0;
    const name = replaced?.get(value);
    return name === void 0 ? value : `\0${name}`;
  });
}
function pythonFunctions(text, defs) {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") offsets.push(i + 1);
  const at = (line) => offsets[Math.min(line - 1, offsets.length - 1)] ?? text.length;
  const outer = defs.filter((def) => !defs.some((other) => other !== def && other.body <= def.start && def.end <= other.end));
  return outer.map((def) => ({
    name: def.name,
    start: at(def.body),
    end: def.end < offsets.length ? at(def.end + 1) : text.length,
    insertAt: at(def.body)
  }));
}
function skeleton(text, spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  for (const span of sorted) {
    if (span.start < from) continue;
    out += `${text.slice(from, span.start)}\0${span.name}\0`;
    from = span.end;
  }
  return out + text.slice(from);
}
function changeUnits(before, after) {
  if ("error" in before.spans) return { module: `at the parent: ${before.spans.error}` };
  if ("error" in after.spans) return { module: after.spans.error };
  const names = (spans) => spans.map((span) => span.name);
  if (new Set(names(before.spans)).size !== before.spans.length || new Set(names(after.spans)).size !== after.spans.length)
    return { module: "two functions share a name" };
  const outside = (text, spans) => spans.skeleton ?? skeleton(text, spans);
  if (outside(before.text, before.spans) !== outside(after.text, after.spans))
    return { module: "the change is outside any function body (module code, a signature, a function added or removed)" };
  const code = (text, span) => span.key ?? text.slice(span.start, span.end);
  const old = new Map(before.spans.map((span) => [span.name, code(before.text, span)]));
  const functions = after.spans.filter((span) => old.get(span.name) !== code(after.text, span)).map((span) => span.name);
  return { functions };
}
function mutateFunctions(path, text, spans, names) {
  const python = path.endsWith(".py");
  const chosen = spans.filter((span) => names.includes(span.name)).sort((a, b) => b.insertAt - a.insertAt);
  let out = text;
  for (const span of chosen) {
    const message = JSON.stringify(`testops replay mutant: ${path} ${span.name}()`);
    if (python) {
      const newline = out.indexOf("\n", span.insertAt);
      const line = out.slice(span.insertAt, newline < 0 ? void 0 : newline);
      const indent = /^\s*/.exec(line)?.[0] ?? "";
      out = `${out.slice(0, span.insertAt)}${indent}raise RuntimeError(${message})
${out.slice(span.insertAt)}`;
    } else if (span.expression) {
      const end = span.end;
      out = `${out.slice(0, span.insertAt)}((() => { throw new Error(${message}) })(), ${out.slice(span.insertAt, end)})${out.slice(end)}`;
    } else out = `${out.slice(0, span.insertAt)} throw new Error(${message});${out.slice(span.insertAt)}`;
  }
  return out;
}
function mutateModule(path, text) {
  return path.endsWith(".py") ? `raise RuntimeError("testops replay mutant: ${path}")
${text}` : `throw new Error("testops replay mutant: ${path}");
${text}`;
}

// src/impact/replay-shell.ts
init_define_TESTOPS_UPLOT();
import { spawn } from "node:child_process";
function runShell(command, cwd) {
  return new Promise((resolve2) => {
    const child = spawn("bash", ["-c", command], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-2e4);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve2({ code: 127, output: error.message }));
    child.on("close", (code) => resolve2({ code: code ?? 1, output }));
  });
}

// src/impact/pytest-coverage.ts
init_define_TESTOPS_UPLOT();
import { execFileSync } from "node:child_process";
import { existsSync as existsSync2, readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { delimiter, isAbsolute, join as join4 } from "node:path";
function coverageArgs(rcPath) {
  return ` --cov=. --cov-context=test --cov-config=${rcPath} --cov-report=`;
}
function writeCoverageRc(dir) {
  const rc = join4(dir, "testops-coverage.rc");
  const data = join4(dir, "testops-coverage.data");
  const json = join4(dir, "testops-coverage.json");
  writeFileSync2(rc, `[run]
data_file = ${data}
[json]
show_contexts = True
`);
  return { rc, data, json };
}
function pythonOf(command, cwd, path = process.env.PATH ?? "") {
  const first = command.trim().split(/\s+/)[0] ?? "";
  if (/(^|\/)python[\d.]*$/.test(first)) return first;
  const candidates = first.includes("/") ? [isAbsolute(first) ? first : join4(cwd, first)] : path.split(delimiter).map((dir) => join4(dir, first));
  for (const candidate of candidates) {
    if (!first || !existsSync2(candidate)) continue;
    try {
      const line = readFileSync3(candidate, "utf8").slice(0, 300).split("\n")[0];
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(line);
      if (shebang) return shebang[1].endsWith("/env") && shebang[2] ? shebang[2] : shebang[1];
    } catch {
    }
    break;
  }
  return "python3";
}
function exportCoverageJson(python, rc, json, cwd) {
  execFileSync(python, ["-m", "coverage", "json", `--rcfile=${rc}`, "-o", json], { cwd, stdio: "pipe", timeout: 12e4 });
}
function testKeyOfContext(context) {
  const bare = context.replace(/\|(?:run|setup|teardown)$/, "");
  const bracket = bare.indexOf("[");
  return bracket < 0 ? bare : bare.slice(0, bracket);
}
function testKeyOfJunit(file, classname, name) {
  const module = file.replace(/\.py$/, "").split("/").join(".");
  const classes = classname?.startsWith(`${module}.`) ? classname.slice(module.length + 1).split(".") : [];
  const bracket = name.indexOf("[");
  const bare = bracket < 0 ? name : name.slice(0, bracket);
  return [file, ...classes, bare].join("::");
}
function readCoverageJson(text, repoFiles) {
  const report = JSON.parse(text);
  const coverage = { tests: [], lines: {}, outside: {} };
  const index = /* @__PURE__ */ new Map();
  for (const [file, data] of Object.entries(report.files ?? {})) {
    if (!repoFiles.has(file)) continue;
    const lines = {};
    const outside = [];
    for (const [line, contexts] of Object.entries(data.contexts ?? {})) {
      const ids = /* @__PURE__ */ new Set();
      for (const context of contexts) {
        if (context === "") {
          outside.push(Number(line));
          continue;
        }
        const key = testKeyOfContext(context);
        let id = index.get(key);
        if (id === void 0) {
          id = coverage.tests.length;
          coverage.tests.push(key);
          index.set(key, id);
        }
        ids.add(id);
      }
      lines[line] = [...ids];
    }
    coverage.lines[file] = lines;
    coverage.outside[file] = outside;
  }
  return coverage;
}
var DEFS_SCRIPT = `
import ast, json, sys
out = {}
for key, source in json.load(sys.stdin).items():
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        out[key] = {"error": "syntax error at line %s" % error.lineno}
        continue
    defs = []
    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                start = min([child.lineno] + [d.lineno for d in child.decorator_list])
                fixture = any("fixture" in ast.dump(d) for d in child.decorator_list)
                defs.append([name, start, child.body[0].lineno, child.end_lineno, fixture])
                visit(child, name + ".<locals>.")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)
    visit(tree, "")
    out[key] = {"defs": defs}
json.dump(out, sys.stdout)
`;
function pythonDefs(python, sources) {
  const output = execFileSync(python, ["-c", DEFS_SCRIPT], {
    input: JSON.stringify(sources),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 6e4
  });
  const parsed = JSON.parse(output);
  const result = {};
  for (const [key, value] of Object.entries(parsed))
    result[key] = value.error ? { error: value.error } : (value.defs ?? []).map(([name, start, body, end, fixture]) => ({ name, start, body, end, fixture }));
  return result;
}
function parseHunks(diff) {
  const hunks = [];
  for (const match of diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm))
    hunks.push({
      oldStart: Number(match[1]),
      oldCount: match[2] === void 0 ? 1 : Number(match[2]),
      newStart: Number(match[3]),
      newCount: match[4] === void 0 ? 1 : Number(match[4])
    });
  return hunks;
}
function innermostBody(defs, line) {
  let best;
  for (const def of defs) if (def.body <= line && line <= def.end && (!best || def.body >= best.body)) best = def;
  return best;
}
function selectByCoverage(input) {
  const selection = { tests: /* @__PURE__ */ new Set(), files: /* @__PURE__ */ new Set(), reasons: [], functions: [] };
  const fall = (why) => ({ ...selection, fallback: why });
  for (const change of input.changed) {
    const path = change.path;
    if (input.isTestFile(path)) {
      if (change.status === "renamed" && change.previousPath && !input.isTestFile(change.previousPath))
        return fall(`${change.previousPath} became a test file`);
      if (change.status !== "deleted") selection.files.add(path);
      selection.reasons.push(`${path} changed: the whole file runs`);
      continue;
    }
    if (!path.endsWith(".py")) return fall(`${path} is not Python: no per-test coverage of it`);
    if (/(^|\/)conftest\.py$/.test(path))
      return fall(`${path}: conftest.py holds fixtures and hooks that run outside the tests that use them`);
    if (change.status !== "modified") return fall(`${path} was ${change.status}`);
    const lines = input.coverage.lines[path];
    if (!lines) return fall(`${path} is not in the baseline's per-test coverage (no test executed it)`);
    const before = input.defsBefore[path];
    const after = input.defsAfter[path];
    if (!before || "error" in before) return fall(`${path} at the parent: ${before && "error" in before ? before.error : "not read"}`);
    if (!after || "error" in after) return fall(`${path}: ${after && "error" in after ? after.error : "not read"}`);
    const touched = /* @__PURE__ */ new Set();
    for (const hunk of input.hunks[path] ?? []) {
      for (let line = hunk.oldStart; line < hunk.oldStart + hunk.oldCount; line++) {
        const def = innermostBody(before, line);
        if (!def) return fall(`${path}:${line} (parent) is outside any function body`);
        touched.add(def.name);
      }
      for (let line = hunk.newStart; line < hunk.newStart + hunk.newCount; line++) {
        const def = innermostBody(after, line);
        if (!def) return fall(`${path}:${line} is outside any function body`);
        touched.add(def.name);
      }
    }
    if (touched.size === 0) return fall(`${path}: no changed lines read from the diff`);
    const outside = new Set(input.coverage.outside[path] ?? []);
    for (const name of [...touched].sort()) {
      const def = before.find((candidate) => candidate.name === name);
      if (!def || !after.some((candidate) => candidate.name === name)) return fall(`${path}: ${name} is new or gone`);
      if (def.fixture) return fall(`${path}: ${name} is a fixture`);
      const tests = /* @__PURE__ */ new Set();
      for (let line = def.body; line <= def.end; line++) {
        if (outside.has(line)) return fall(`${path}: ${name} also runs outside the tests (line ${line} at import or collection)`);
        for (const id of lines[String(line)] ?? []) tests.add(id);
      }
      for (const id of tests) selection.tests.add(input.coverage.tests[id]);
      selection.functions.push({ path, name });
      selection.reasons.push(`${path} ${name} \u2192 ${tests.size} test${tests.size === 1 ? "" : "s"}`);
    }
  }
  return selection;
}

// src/impact/select.ts
init_define_TESTOPS_UPLOT();

// src/impact/bindings.ts
init_define_TESTOPS_UPLOT();
import { readFileSync as readFileSync4 } from "node:fs";
import { join as join5 } from "node:path";
var FUNCTION_TYPES2 = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
var TYPE_ONLY = /* @__PURE__ */ new Set(["TSInterfaceDeclaration", "TSTypeAliasDeclaration", "TSDeclareFunction"]);
function references(node, into) {
  walkAst(node, (current, parent, key) => {
    if (current.type !== "Identifier" && current.type !== "JSXIdentifier") return;
    if (parent?.type === "MemberExpression" && key === "property" && !parent.computed) return;
    if ((parent?.type === "Property" || parent?.type === "PropertyDefinition" || parent?.type === "MethodDefinition") && key === "key" && !parent.computed)
      return;
    if (current.name) into.add(current.name);
  });
  return into;
}
function moduleFacts(parser, path, text, specifiers) {
  let result;
  try {
    result = parser.parseSync(path, text);
  } catch (error) {
    return { why: `${path} could not be parsed (${error.message.split("\n")[0]})` };
  }
  if (result.errors.some((error) => error.severity === "Error")) return { why: `${path} could not be parsed` };
  const facts = {
    imports: [],
    reexports: [],
    exports: /* @__PURE__ */ new Map(),
    deferred: /* @__PURE__ */ new Map(),
    loadRefs: /* @__PURE__ */ new Set(),
    otherSpecifiers: [],
    loadsByCall: result.module.dynamicImports.length > 0 || /\brequire\b|\.mock\(|importActual|doMock/.test(text),
    typeOnly: /* @__PURE__ */ new Set()
  };
  const runtime = /* @__PURE__ */ new Set();
  for (const entry of result.module.staticImports) {
    const specifier = entry.moduleRequest.value;
    const values = entry.entries.filter((item) => !item.isType);
    if (entry.entries.length > 0 && values.length === 0) {
      facts.typeOnly.add(specifier);
      continue;
    }
    runtime.add(specifier);
    for (const item of values) {
      const kind = item.importName.kind;
      const imported = kind === "Default" ? "default" : kind === "NamespaceObject" ? "*" : item.importName.name ?? "";
      facts.imports.push({ specifier, imported, local: item.localName.value });
    }
  }
  for (const entry of result.module.staticExports)
    for (const item of entry.entries) {
      const exported = item.exportName.kind === "Default" ? "default" : item.exportName.name ?? "";
      if (item.moduleRequest) {
        const specifier = item.moduleRequest.value;
        if (item.isType) {
          facts.typeOnly.add(specifier);
          continue;
        }
        runtime.add(specifier);
        const kind = item.importName.kind;
        const imported = kind === "AllButDefault" ? "**" : kind === "All" ? "*" : item.importName.name ?? "";
        facts.reexports.push({ specifier, imported, exported: kind === "AllButDefault" ? "" : exported });
      } else if (!item.isType) facts.exports.set(exported, item.localName.name ?? "*default*");
    }
  for (const specifier of runtime) facts.typeOnly.delete(specifier);
  facts.otherSpecifiers = specifiers.filter((specifier) => !runtime.has(specifier) && !facts.typeOnly.has(specifier));
  const deferred = (name, node) => facts.deferred.set(name, references(node, facts.deferred.get(name) ?? /* @__PURE__ */ new Set()));
  for (const statement of result.program.body) {
    let node = statement;
    if (node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration") continue;
    if (node.type === "ExportNamedDeclaration") {
      if (!node.declaration) continue;
      node = node.declaration;
    }
    if (node.type === "ExportDefaultDeclaration") {
      const declaration = node.declaration;
      const name = declaration.id?.name ?? "*default*";
      if (FUNCTION_TYPES2.has(declaration.type)) deferred(name, declaration);
      else if (declaration.type !== "Identifier") references(declaration, facts.loadRefs);
      continue;
    }
    if (TYPE_ONLY.has(node.type) || node.type === "TSModuleDeclaration" && node.declare) continue;
    if (node.type === "FunctionDeclaration") {
      if (node.body) deferred(node.id.name ?? "*default*", node);
      continue;
    }
    if (node.type === "VariableDeclaration") {
      for (const declarator of node.declarations) {
        const id = declarator.id;
        const init = declarator.init;
        if (id.type === "Identifier" && id.name && init && FUNCTION_TYPES2.has(init.type)) deferred(id.name, init);
        else references(declarator, facts.loadRefs);
      }
      continue;
    }
    references(node, facts.loadRefs);
  }
  return facts;
}
function closure(facts, seeds) {
  const tainted = new Set(seeds);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, refs] of facts.deferred) {
      if (tainted.has(name)) continue;
      for (const ref of refs)
        if (tainted.has(ref)) {
          tainted.add(name);
          grew = true;
          break;
        }
    }
  }
  return tainted;
}
function selectByBinding(input) {
  const { parser } = input.tools;
  const read = (file) => {
    try {
      return readFileSync4(join5(input.root, file), "utf8");
    } catch {
      return void 0;
    }
  };
  const after = read(input.path);
  if (after === void 0) return { why: `${input.path} is gone` };
  const units = changeUnits(
    { text: input.before, spans: jsFunctions(parser, input.path, input.before) },
    { text: after, spans: jsFunctions(parser, input.path, after) }
  );
  if ("module" in units) return { why: `${input.path}: ${units.module}` };
  const cache = /* @__PURE__ */ new Map();
  const factsOf = (file) => {
    let facts = cache.get(file);
    if (!facts) {
      const text = read(file);
      facts = text === void 0 ? { why: `${file} could not be read` } : moduleFacts(parser, file, text, input.specifiers(file));
      cache.set(file, facts);
    }
    return facts;
  };
  const selection = { tests: /* @__PURE__ */ new Map(), byFile: /* @__PURE__ */ new Map(), functions: units.functions };
  const label = `${input.path} ${units.functions.map((name) => `${name}()`).join(", ")}`;
  const budget = input.budget ?? 2e3;
  const reached = /* @__PURE__ */ new Map();
  const queue = [];
  const byFile = (file, why) => {
    if (!selection.byFile.has(file)) selection.byFile.set(file, why);
  };
  const start = factsOf(input.path);
  if ("why" in start) return { why: start.why };
  queue.push({ file: input.path, seeds: new Set(units.functions) });
  for (let i = 0; i < queue.length; i++) {
    if (cache.size > budget) return { why: `${label} reaches more than ${budget} files` };
    const { file, seeds } = queue[i];
    if (selection.byFile.has(file)) continue;
    const facts = factsOf(file);
    if ("why" in facts) {
      byFile(file, facts.why);
      continue;
    }
    const tainted = closure(facts, seeds);
    const atLoad = [...tainted].find((name) => facts.loadRefs.has(name));
    if (atLoad) {
      byFile(file, `${atLoad} is used by code that runs when ${file} loads`);
      continue;
    }
    const exported = /* @__PURE__ */ new Set();
    for (const [name, local] of facts.exports) if (tainted.has(local)) exported.add(name);
    const known = reached.get(file) ?? /* @__PURE__ */ new Set();
    const fresh = new Set([...exported].filter((name) => !known.has(name)));
    if (fresh.size === 0) continue;
    reached.set(file, /* @__PURE__ */ new Set([...known, ...fresh]));
    for (const importer of input.importers(file)) propagate(importer, file, fresh);
  }
  return selection;
  function propagate(importer, from, names) {
    if (selection.byFile.has(importer)) return;
    const facts = factsOf(importer);
    const stop = input.spawned(importer).includes(from) ? `${importer} starts ${from}` : "why" in facts ? facts.why : void 0;
    if (stop !== void 0 || "why" in facts) {
      byFile(importer, stop ?? "");
      return;
    }
    const resolvesHere = (specifier) => {
      const found = input.tools.resolve(importer, specifier);
      return "file" in found && found.file === from;
    };
    const other = facts.otherSpecifiers.find(resolvesHere);
    if (other || facts.loadsByCall) {
      const how = other ? `loads ${from} by require, import() or a mock ("${other}")` : "also loads modules by require, import() or mocks";
      byFile(importer, `${importer} ${how}`);
      return;
    }
    const seeds = /* @__PURE__ */ new Set();
    for (const binding of facts.imports) {
      if (!resolvesHere(binding.specifier)) continue;
      if (binding.imported === "*" || names.has(binding.imported)) seeds.add(binding.local);
    }
    const reexported = /* @__PURE__ */ new Set();
    for (const entry of facts.reexports) {
      if (!resolvesHere(entry.specifier)) continue;
      if (entry.imported === "**") {
        for (const name of names) if (name !== "default") reexported.add(name);
      }
      if (entry.imported === "*") reexported.add(entry.exported);
      else if (names.has(entry.imported)) reexported.add(entry.exported);
    }
    if (seeds.size === 0 && reexported.size === 0) return;
    if (input.isTest(importer) && !selection.tests.has(importer)) selection.tests.set(importer, `${label} \u2192 used by ${importer}`);
    if (reexported.size > 0) {
      const known = reached.get(importer) ?? /* @__PURE__ */ new Set();
      const fresh = new Set([...reexported].filter((name) => !known.has(name)));
      if (fresh.size > 0) {
        reached.set(importer, /* @__PURE__ */ new Set([...known, ...fresh]));
        for (const next of input.importers(importer)) propagate(next, importer, fresh);
      }
    }
    if (seeds.size > 0) queue.push({ file: importer, seeds });
  }
}

// src/impact/runners.ts
init_define_TESTOPS_UPLOT();
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join6 } from "node:path";
var NODE_TEST_VALUES = /* @__PURE__ */ new Set([
  "--test-reporter",
  "--test-reporter-destination",
  "--test-concurrency",
  "--test-timeout",
  "--test-name-pattern",
  "--test-skip-pattern",
  "--test-shard"
]);
function runnerLoadsMore(spec) {
  if (spec.env && "NODE_OPTIONS" in spec.env) return "its env sets NODE_OPTIONS";
  const tests = new Set(spec.tests ?? []);
  for (const [field, command, own] of [
    ["command", spec.command, tests],
    ["files-arg", spec["files-arg"], /* @__PURE__ */ new Set(["{files}"])]
  ]) {
    if (command === void 0) continue;
    const words = shellWords(command, true);
    if (words?.[0] !== "node") return `its ${field} is not node --test`;
    let test = false;
    const args = [];
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      if (word === "--test") test = true;
      else if (NODE_TEST_VALUES.has(word)) i++;
      else if (/^--(?:test-[\w-]+|experimental-test-coverage|test)(?:=.*)?$/.test(word) || PLAIN_NODE_OPTIONS.test(word)) continue;
      else if (word.startsWith("-")) return `node ${word} in its ${field} may load other code`;
      else args.push(word);
    }
    if (!test) return `its ${field} is not node --test`;
    if (args.length === 0 || args.some((arg) => !own.has(arg))) return `its ${field} runs files other than its tests globs name`;
  }
  return void 0;
}
var VITEST_CONFIG = /(?:^|\/)(?:vitest|vite)\.(?:config|workspace)\.[cm]?[jt]s$|(?:^|\/)vitest\.workspace\.json$/;
function mayCheckTypes(spec, repoRoot, files) {
  const commands = [spec.command ?? "", spec["files-arg"] ?? ""].join("\n");
  if (/typecheck|\btsc\b|\btsd\b|\bjest\b/.test(commands)) return true;
  const words = shellWords(spec.command ?? "", true);
  if (words?.[0] === "node" && words.includes("--test")) return false;
  if (!/\bvitest\b/.test(spec.command ?? "")) return true;
  for (const file of files) {
    if (!VITEST_CONFIG.test(file) || file.includes("node_modules/")) continue;
    try {
      if (readFileSync5(join6(repoRoot, file), "utf8").includes("typecheck")) return true;
    } catch {
      return true;
    }
  }
  return false;
}

// src/impact/select.ts
var MAX_REASONS = 5;
function fullRunReason(config, event) {
  const fullRun = config["full-run"];
  if (fullRun["default-branch"] && event.isDefaultBranch && event.name === "push")
    return `push to the default branch${event.branch ? ` ${event.branch}` : ""}`;
  if (fullRun.label && event.prLabels?.includes(fullRun.label)) return `the pull request has the label ${fullRun.label}`;
  return null;
}
function selectSuites(input) {
  const { config } = input;
  const names = Object.keys(config.suites);
  const everything = (reason) => names.map((name) => ({ name, selected: true, reasons: [reason] }));
  const full = input.full ?? fullRunReason(config, input.event) ?? (input.changed === null ? "no list of changed files" : null);
  if (full) return everything(`full run: ${full}`);
  const paths = touchedPaths(input.changed ?? []);
  const runAll = new GlobIndex();
  runAll.add(0, [...config["run-all"] ?? DEFAULT_RUN_ALL, input.configPath.replace(/^\.\//, "")]);
  for (const path of paths) if (runAll.owners(path).length > 0) return everything(`run-all: ${path} changed`);
  const byPaths = new GlobIndex();
  const byTests = new GlobIndex();
  const byCassettes = new GlobIndex();
  names.forEach((name, index) => {
    const suite = config.suites[name];
    if (suite.paths) byPaths.add(index, suite.paths);
    if (suite.cassettes) byCassettes.add(index, suite.cassettes.path);
    if (suite.impact === "imports" && suite.tests) byTests.add(index, suite.tests);
  });
  const picks = names.map(() => ({ selected: false, reasons: [], more: 0, whole: false }));
  const note = (index, line) => {
    const pick = picks[index];
    pick.selected = true;
    if (pick.reasons.length < MAX_REASONS) pick.reasons.push(line);
    else pick.more++;
  };
  const claimed = /* @__PURE__ */ new Set();
  for (const path of paths) {
    byPaths.match(path, (index, pattern) => {
      claimed.add(path);
      picks[index].whole = true;
      note(index, `${path} \u2192 matched ${pattern}`);
    });
    byCassettes.match(path, (index) => {
      claimed.add(path);
      picks[index].whole = true;
      note(index, `${path} \u2192 a cassette it replays`);
    });
  }
  const importSuites = names.map((_, index) => index).filter((index) => byTests.has(index));
  const testFileCounts = /* @__PURE__ */ new Map();
  let existing;
  if (importSuites.length > 0) {
    if (!input.importGraph) throw new Error('suites with "impact: imports" need the import graph: call buildImportGraph first');
    const graph = input.importGraph;
    existing = new Set(graph.files);
    const testOwners = /* @__PURE__ */ new Map();
    for (const file of graph.files) {
      const owners = byTests.owners(file);
      if (owners.length > 0) {
        testOwners.set(file, owners);
        for (const index of owners) testFileCounts.set(index, (testFileCounts.get(index) ?? 0) + 1);
      }
    }
    for (const path of paths) {
      const owners = byTests.owners(path);
      if (owners.length > 0 && !testOwners.has(path)) testOwners.set(path, owners);
    }
    const addFile = (index, file, line) => {
      const pick = picks[index];
      pick.files ??= /* @__PURE__ */ new Set();
      if (pick.files.has(file)) return;
      pick.files.add(file);
      note(index, line);
    };
    const changedCode = paths.filter((path) => isCodeFile(path));
    if (graph.jsUnavailable && changedCode.some((path) => !/\.pyi?$/.test(path))) {
      for (const index of importSuites) {
        picks[index].whole = true;
        note(index, `${changedCode[0]} changed and imports cannot be followed: ${graph.jsUnavailable}`);
      }
      for (const path of changedCode) claimed.add(path);
    }
    const isTest = (file) => testOwners.has(file);
    const { tests: byFileTests, claimed: reaching2 } = testsReaching(graph, paths, isTest);
    for (const path of reaching2) claimed.add(path);
    const checksTypes = importSuites.some((index) => mayCheckTypes(config.suites[names[index]], input.repoRoot, graph.files));
    const running = checksTypes ? graph : runtimeGraph(graph);
    const byBinding = bindingSelections(input, graph, paths, isTest);
    const byFileOnly = paths.filter((path) => !byBinding.has(path));
    const tests = byBinding.size === 0 && running === graph ? byFileTests : testsReaching(running, byFileOnly, isTest).tests;
    for (const [path, selection] of byBinding) {
      const label = `${path} ${selection.functions.map((name) => `${name}()`).join(", ")}`;
      for (const [test, line] of selection.tests) for (const index of testOwners.get(test) ?? []) addFile(index, test, line);
      for (const [file, why] of selection.byFile)
        for (const [test] of testsReaching(graph, [file], isTest).tests)
          for (const index of testOwners.get(test) ?? []) addFile(index, test, `${label} \u2192 ${file}, by file (${why}) \u2192 ${test}`);
    }
    for (const path of paths) if (!existing.has(path) && isCodeFile(path)) claimed.add(path);
    for (const [test, reach] of tests) {
      const line = !existing.has(test) ? `${test} deleted (test file)` : reach.cause === test ? `${test} changed (test file)` : graph.global.has(reach.cause) ? `${reach.cause} changed: ${graph.global.get(reach.cause)}` : `${reach.cause} \u2192 imported by ${test}`;
      for (const index of testOwners.get(test) ?? []) addFile(index, test, line);
    }
    if (changedCode.length > 0) {
      for (const [file, why] of reachingSpawns(graph)) {
        const owners = testOwners.get(file);
        if (!owners) continue;
        for (const path of changedCode) claimed.add(path);
        for (const index of owners) addFile(index, file, `${changedCode[0]} changed and ${file} may run it: ${why}`);
      }
      for (const [file, why] of reachingDynamic(graph)) {
        const owners = testOwners.get(file);
        if (!owners) continue;
        for (const path of changedCode) claimed.add(path);
        for (const index of owners) addFile(index, file, `${changedCode[0]} changed and ${file} may load it: ${why}`);
      }
      const known = names.every((name) => importSuites.includes(names.indexOf(name)) && !runnerLoadsMore(config.suites[name]));
      if (known) {
        for (const path of changedCode) if (isJsFile(path) && existing.has(path)) claimed.add(path);
      }
    }
  }
  const unmatched = paths.filter((path) => !claimed.has(path));
  if (unmatched.length > 0 && config.unmatched === "run-all") {
    const more = unmatched.length > 1 ? ` (and ${unmatched.length - 1} more)` : "";
    return everything(`run-all: ${unmatched[0]}${more} matches no suite (unmatched: run-all)`);
  }
  names.forEach((name, index) => {
    if (config.suites[name].always) {
      picks[index].reasons.unshift("always");
      picks[index].selected = true;
      picks[index].whole = true;
    }
  });
  const queue = names.map((_, index) => index).filter((index) => picks[index].selected);
  for (let i = 0; i < queue.length; i++) {
    const name = names[queue[i]];
    for (const need of config.suites[name].needs) {
      const index = names.indexOf(need);
      if (index < 0) continue;
      const pick = picks[index];
      pick.reasons.push(`needed by ${name}`);
      pick.whole = true;
      if (!pick.selected) {
        pick.selected = true;
        queue.push(index);
      }
    }
  }
  return names.map((name, index) => {
    const pick = picks[index];
    const suite = config.suites[name];
    if (!pick.selected) return { name, selected: false, reasons: [skipReason(suite, paths.length)] };
    const reasons = pick.more > 0 ? [...pick.reasons, `\u2026 and ${pick.more} more`] : pick.reasons;
    const plan = { name, selected: true, reasons };
    if (!pick.whole && pick.files && suite["files-arg"]) {
      const files = [...pick.files].filter((file) => existing?.has(file)).sort();
      const total = testFileCounts.get(index) ?? files.length;
      if (files.length === 0)
        return { name, selected: false, reasons: [`only deleted test files were selected (${[...pick.files].sort().join(", ")})`] };
      plan.files = files;
      plan.testFiles = total;
      plan.reasons = [`${files.length} of ${total} test files run (imports)`, ...reasons];
    }
    return plan;
  });
}
function skipReason(suite, changedCount) {
  if (changedCount === 0) return "no files changed";
  const parts = [];
  if (suite.paths) parts.push(`no changed file matches ${suite.paths.join(", ")}`);
  if (suite.impact === "imports" && suite.tests) parts.push(`no changed file is imported by ${suite.tests.join(", ")}`);
  if (suite.cassettes) parts.push(`no cassette changed (${suite.cassettes.path.join(", ")})`);
  return parts.length > 0 ? parts.join("; ") : "no paths declared: runs only on full runs, run-all or needs";
}
function bindingSelections(input, graph, paths, isTest) {
  const found = /* @__PURE__ */ new Map();
  const tools = graph.js;
  if (!tools || !input.previous) return found;
  const importers = reverse(graph);
  for (const change of input.changed ?? []) {
    const before = input.previous[change.path];
    if (change.status !== "modified" || before === void 0 || !isJsFile(change.path) || isTest(change.path)) continue;
    if (graph.global.has(change.path) || graph.dynamic.has(change.path)) continue;
    const selection = selectByBinding({
      root: input.repoRoot,
      path: change.path,
      before,
      tools,
      importers: (file) => importers.get(file) ?? [],
      specifiers: (file) => tools.scans.get(file)?.specifiers ?? [],
      spawned: (file) => tools.scans.get(file)?.spawned ?? [],
      isTest
    });
    if (!("why" in selection) && paths.includes(change.path)) found.set(change.path, selection);
  }
  return found;
}

// src/impact/replay-engine.ts
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var itemKey = (item) => `${item.suite}\0${item.file ?? ""}`;
var MUTABLE = /\.(?:[cm]?[jt]sx?|py)$/;
var MAX_MUTANTS = 3;
function workItems(config, files) {
  const items = [];
  for (const [suite, spec] of Object.entries(config.suites)) {
    if (spec.tests && spec["files-arg"]) {
      const index = new GlobIndex();
      index.add(0, spec.tests);
      const tests = files.filter((file) => index.owners(file).length > 0).sort();
      if (tests.length > 0) {
        for (const file of tests) items.push({ suite, file });
        continue;
      }
    }
    items.push({ suite });
  }
  return items;
}
function fileFromClassname(classname, testFiles) {
  if (!classname) return void 0;
  if (testFiles.has(classname)) return classname;
  const parts = classname.split(".");
  for (let end = parts.length; end > 0; end--) {
    const path = `${parts.slice(0, end).join("/")}.py`;
    if (testFiles.has(path)) return path;
  }
  return void 0;
}
function isTestFile(config, path) {
  const index = new GlobIndex();
  for (const spec of Object.values(config.suites)) if (spec.tests) index.add(0, spec.tests);
  return index.owners(path).length > 0;
}
function isOneSource(config, changed) {
  return changed.length === 1 && isCodeFile(changed[0].path) && !isTestFile(config, changed[0].path);
}
async function changedBetween(git, parent, commit) {
  return parseNameStatus(await git.run(["diff", "--name-status", "-z", "--find-renames", parent, commit]));
}
var WHOLE_FILE = "(the whole file)";
var failing = (status) => status === "failed" || status === "errored";
var Replayer = class {
  constructor(options) {
    this.options = options;
    this.scratch = mkdtempSync(join7(tmpdir(), "testops-replay-"));
    this.worktree = join7(this.scratch, "worktree");
  }
  options;
  worktree;
  scratch;
  checkedOut;
  runs = /* @__PURE__ */ new Map();
  /** suites whose reports do not name test files: run one file at a time */
  perFile = /* @__PURE__ */ new Set();
  async open() {
    await this.options.git.run(["worktree", "add", "--detach", "--quiet", this.worktree, "HEAD"]);
  }
  async close() {
    await this.options.git.run(["worktree", "remove", "--force", this.worktree], { allowFailure: true });
    rmSync(this.scratch, { recursive: true, force: true });
  }
  async checkout(commit) {
    if (this.checkedOut === commit) return;
    const git = this.options.git;
    await git.run(["-C", this.worktree, "checkout", "--quiet", "--detach", "--force", commit]);
    await git.run(["-C", this.worktree, "clean", "-fdq"]);
    this.checkedOut = commit;
    if (this.options.setup) {
      const result = await runShell(this.options.setup, this.worktree);
      if (result.code !== 0)
        throw new UsageError(
          `--setup failed at ${commit.slice(0, 10)} (exit ${result.code}): ${result.output.trim().split("\n").slice(-3).join(" | ")}`
        );
    }
  }
  async files() {
    const out = await this.options.git.run(["-C", this.worktree, "ls-files", "-z"]);
    return out.split("\0").filter(Boolean);
  }
  /** Selection for one commit against its parent, with that commit's own graph. */
  async replay(commit, parent, subject) {
    const { config, configPath, git } = this.options;
    const changed = await changedBetween(git, parent, commit);
    const before = this.options.verify && parent !== EMPTY_TREE ? await this.fullRun(parent) : void 0;
    await this.checkout(commit);
    const files = await this.files();
    const needsGraph = Object.values(config.suites).some((suite) => suite.impact === "imports");
    const graph = needsGraph ? await buildImportGraph(this.worktree, { files }) : void 0;
    const event = { name: "replay", headSha: commit, isDefaultBranch: false, isFork: false };
    const previous = graph ? await previousTexts(git, parent, changed) : void 0;
    const plan = selectSuites({ config, configPath, changed, event, repoRoot: this.worktree, importGraph: graph, previous });
    const items = workItems(config, files);
    const chosen = selectedItems(plan, items);
    const row = {
      commit,
      subject,
      changed: changed.length,
      oneSource: isOneSource(config, changed),
      selectedItems: chosen.size,
      totalItems: items.length,
      selectedTime: 0,
      totalTime: 0,
      whole: plan.filter((suite) => suite.selected && !suite.files).map((suite) => `${suite.name}: ${suite.reasons[0] ?? ""}`),
      why: ""
    };
    row.why = whyOf(row);
    const fullReason = plan.every((suite) => suite.selected) ? plan[0]?.reasons.find((reason) => reason.startsWith("run-all") || reason.startsWith("full run")) : void 0;
    if (fullReason) row.note = fullReason;
    if (this.options.verify) {
      const after = await this.fullRun(commit);
      const seconds = new Map(after.items.map((item) => [itemKey(item), item.seconds]));
      for (const item of items) {
        const time = seconds.get(itemKey(item)) ?? 0;
        row.totalTime += time;
        if (chosen.has(itemKey(item))) row.selectedTime += time;
      }
      const changedTests = outcomeChanges(before, after);
      row.changedTests = changedTests.length;
      row.missed = changedTests.filter(
        (test) => !chosen.has(itemKey({ suite: test.suite, file: test.file })) && !chosen.has(itemKey({ suite: test.suite }))
      );
      row.selectionProblems = await this.runSelection(plan, after);
      if (this.options.mutants) {
        const { checks, mustRun, complete } = await this.mutants(commit, parent, changed, after, chosen);
        row.mutants = checks;
        if (complete) {
          row.boundTime = 0;
          row.boundItems = 0;
          for (const item of items)
            if (mustRun.has(itemKey(item)) || mustRun.has(itemKey({ suite: item.suite }))) {
              row.boundTime += seconds.get(itemKey(item)) ?? 0;
              row.boundItems++;
            }
        }
      }
      if (this.options.perTest) row.perTest = await this.perTest(commit, parent, changed, plan, before, after, chosen, changedTests);
    } else {
      const weight = weigher(this.options.baseline, items);
      for (const item of items) {
        row.totalTime += weight(item);
        if (chosen.has(itemKey(item))) row.selectedTime += weight(item);
      }
    }
    return row;
  }
  /** Every test file of every suite, one process each, at a commit (recorded runs are read, not repeated). */
  async fullRun(commit) {
    const known = this.runs.get(commit);
    if (known) return known;
    const recorded = this.options.record ? join7(this.options.record, `${commit}.json`) : void 0;
    if (recorded) {
      try {
        const run2 = JSON.parse(readFileSync6(recorded, "utf8"));
        if (run2.commit === commit && Array.isArray(run2.items) && (!this.options.perTest || this.hasCoverage(run2))) {
          this.runs.set(commit, run2);
          return run2;
        }
      } catch {
      }
    }
    await this.checkout(commit);
    const run = await this.runEverything(commit, `full-${commit.slice(0, 10)}`);
    this.options.progress(`  ran ${run.items.length} test file(s) at ${commit.slice(0, 10)}: ${Object.keys(run.tests).length} tests`);
    this.runs.set(commit, run);
    if (recorded) {
      mkdirSync2(this.options.record, { recursive: true });
      writeFileSync3(recorded, JSON.stringify(run));
    }
    return run;
  }
  /** Suites whose per-test coverage can be recorded: pytest (through pytest-cov's test contexts). */
  coverageSuites() {
    if (!this.options.perTest) return [];
    return Object.entries(this.options.config.suites).filter(([, spec]) => /\bpytest\b/.test(spec.command ?? "")).map(([name]) => name);
  }
  hasCoverage(run) {
    return this.coverageSuites().every((suite) => run.coverage?.[suite] !== void 0);
  }
  /** Every test file of every suite in the worktree as it is now (pytest suites with per-test coverage when asked). */
  async runEverything(commit, label, withCoverage = true) {
    const repoFiles = await this.files();
    const items = workItems(this.options.config, repoFiles);
    const run = { commit, items: [], tests: {} };
    const covered = withCoverage ? this.coverageSuites() : [];
    for (const suite of new Set(items.map((item) => item.suite))) {
      const own = items.filter((item) => item.suite === suite);
      const files = own.flatMap((item) => item.file ? [item.file] : []);
      if (covered.includes(suite)) {
        const dir = mkdtempSync(join7(this.scratch, "coverage-"));
        const paths = writeCoverageRc(dir);
        const whole = await this.runItems([{ suite }], label, void 0, coverageArgs(paths.rc));
        try {
          exportCoverageJson(pythonOf(this.options.config.suites[suite].command ?? "", this.worktree), paths.rc, paths.json, this.worktree);
          run.coverage = { ...run.coverage, [suite]: readCoverageJson(readFileSync6(paths.json, "utf8"), new Set(repoFiles)) };
        } catch (error) {
          whole.problems.push(`per-test coverage was not recorded: ${error.message.split("\n")[0]}`);
        }
        rmSync(dir, { recursive: true, force: true });
        const attributed = Object.values(whole.tests).every((test) => test.file !== void 0 && files.includes(test.file));
        if (files.length === 0 || attributed && whole.problems.length === 0) {
          Object.assign(run.tests, whole.tests);
          for (const item of own) run.items.push({ ...item, seconds: shareOf(whole, item), problems: item.file ? [] : whole.problems });
          continue;
        }
      }
      if (!this.perFile.has(suite)) {
        const whole = await this.runItems([{ suite }], label);
        const attributed = Object.values(whole.tests).every((test) => test.file !== void 0 && files.includes(test.file));
        if (files.length === 0 || attributed && whole.problems.length === 0) {
          Object.assign(run.tests, whole.tests);
          for (const item of own) run.items.push({ ...item, seconds: shareOf(whole, item), problems: item.file ? [] : whole.problems });
          continue;
        }
        if (!attributed) this.perFile.add(suite);
      }
      for (const item of own) {
        const result = await this.runItems([item], label);
        run.items.push({ ...item, seconds: result.seconds, problems: result.problems });
        Object.assign(run.tests, result.tests);
      }
    }
    return run;
  }
  /**
   * Mutants of the change: in each changed source file, the functions whose bodies hold every
   * difference are made to throw on entry (all of a file's at once), or the whole file throws when
   * loaded when the change is (also) outside function bodies (see mutants.ts). The tests that then
   * fail depend on the change at run time, whatever the graph says; every one must be in the
   * selection. The test files holding them are what any safe selection by file must run: the bound.
   */
  async mutants(commit, parent, changed, after, chosen) {
    const checks = [];
    const mustRun = /* @__PURE__ */ new Set();
    const sources = changed.filter((file) => !isTestFile(this.options.config, file.path) && isCodeFile(file.path));
    const candidates = sources.filter((file) => MUTABLE.test(file.path) && existsSync3(join7(this.worktree, file.path))).slice(0, MAX_MUTANTS);
    for (const file of candidates) {
      const path = file.path;
      const absolute = join7(this.worktree, path);
      const original = readFileSync6(absolute, "utf8");
      const units = await this.changeUnitsOf(file, parent, original);
      if ("functions" in units && units.functions.length === 0) {
        checks.push({ file: `${path} (comments and layout only: no mutant)`, failing: 0, files: [], missed: [] });
        continue;
      }
      const mutant = "functions" in units ? mutateFunctions(path, original, units.spans, units.functions) : mutateModule(path, original);
      writeFileSync3(absolute, mutant);
      let run;
      try {
        run = await this.runEverything(commit, `mutant-${commit.slice(0, 10)}`, false);
      } finally {
        writeFileSync3(absolute, original);
      }
      const dependents = outcomeChanges(after, run).filter((test) => test.after !== "ran");
      const missed = dependents.filter(
        (test) => !chosen.has(itemKey({ suite: test.suite, file: test.file })) && !chosen.has(itemKey({ suite: test.suite }))
      );
      for (const test of dependents) mustRun.add(itemKey({ suite: test.suite, file: test.file }));
      const label = "functions" in units ? `${path} ${units.functions.map((name) => `${name}()`).join(", ")}` : path;
      this.options.progress(
        `  mutant ${label} at ${commit.slice(0, 10)}: ${dependents.length} test(s) fail, ${missed.length} not selected`
      );
      const files = [...new Set(dependents.map((test) => test.file ?? `${test.suite} (whole suite)`))].sort();
      checks.push({ file: label, failing: dependents.length, files, missed, ..."module" in units ? { module: units.module } : {} });
    }
    return { checks, mustRun, complete: candidates.length > 0 && candidates.length === changed.length };
  }
  /** The functions a change to one file lies in (with their spans at the commit), or why it is module-level. */
  async changeUnitsOf(file, parent, now) {
    if (file.status !== "modified") return { module: `the file was ${file.status}` };
    const old = await this.options.git.run(["show", `${parent}:${file.path}`], { allowFailure: true });
    const spansOf = async (text) => {
      if (file.path.endsWith(".py")) {
        const command = Object.values(this.options.config.suites).find((spec) => /\bpytest\b/.test(spec.command ?? ""))?.command ?? "";
        try {
          const defs = pythonDefs(pythonOf(command, this.worktree), { file: text }).file;
          return "error" in defs ? defs : pythonFunctions(text, defs);
        } catch (error) {
          return { error: `the functions could not be read with python: ${error.message.split("\n")[0]}` };
        }
      }
      const oxc = await loadOxc();
      return typeof oxc === "string" ? { error: oxc } : jsFunctions(oxc.parser, file.path, text);
    };
    const after = await spansOf(now);
    const units = changeUnits({ text: old, spans: await spansOf(old) }, { text: now, spans: after });
    return "functions" in units && !("error" in after) ? { functions: units.functions, spans: after } : { module: "module" in units ? units.module : "" };
  }
  /**
   * Selection by test for the pytest suites, from the parent's per-test coverage: the changed
   * functions' tests (and changed test files whole), or selection by file where coverage cannot vouch
   * for the change. Measured in summed test durations at the commit, beside the file-level selection
   * in the same unit; the outcome changes it leaves out are its misses; with mutants, each changed
   * function is made to throw on entry and every test that then fails must be selected.
   */
  async perTest(commit, parent, changed, plan, before, after, chosen, changedTests) {
    const { config, git } = this.options;
    const covered = this.coverageSuites();
    const fallback = [];
    const reasons = [];
    const selections = /* @__PURE__ */ new Map();
    const python = covered.length > 0 ? pythonOf(config.suites[covered[0]].command ?? "", this.worktree) : "python3";
    const sources = changed.filter((file) => file.status === "modified" && file.path.endsWith(".py") && !isTestFile(config, file.path));
    const hunks = {};
    let defsBefore = {};
    let defsAfter = {};
    if (covered.length > 0 && sources.length > 0) {
      const old = {};
      const now = {};
      for (const { path } of sources) {
        hunks[path] = parseHunks(await git.run(["diff", "-U0", "--no-color", "--no-ext-diff", parent, commit, "--", path]));
        old[path] = await git.run(["show", `${parent}:${path}`]);
        now[path] = readFileSync6(join7(this.worktree, path), "utf8");
      }
      try {
        defsBefore = pythonDefs(python, old);
        defsAfter = pythonDefs(python, now);
      } catch (error) {
        const why = `the functions of the changed files could not be read with ${python}: ${error.message.split("\n")[0]}`;
        for (const path of Object.keys(old)) defsBefore[path] = { error: why };
      }
    }
    for (const suite of plan) {
      if (!suite.selected) continue;
      if (!covered.includes(suite.name)) {
        fallback.push(`${suite.name}: per-test coverage is recorded for pytest suites only`);
        continue;
      }
      const coverage = before?.coverage?.[suite.name];
      if (!coverage) {
        fallback.push(`${suite.name}: no per-test coverage at the parent`);
        continue;
      }
      if (!suite.files) {
        fallback.push(`${suite.name}: ran whole (${suite.reasons[0] ?? ""})`);
        continue;
      }
      const selection = selectByCoverage({
        changed,
        hunks,
        defsBefore,
        defsAfter,
        coverage,
        isTestFile: (path) => isTestFile(config, path)
      });
      if (selection.fallback) fallback.push(`${suite.name}: ${selection.fallback}`);
      else selections.set(suite.name, selection);
      pushAll(
        reasons,
        selection.reasons.map((reason) => `${suite.name}: ${reason}`)
      );
    }
    const fileChosen = (test) => chosen.has(itemKey({ suite: test.suite, file: test.file })) || chosen.has(itemKey({ suite: test.suite }));
    const classnames = /* @__PURE__ */ new Map();
    for (const test of Object.values(after.tests)) {
      const key = `${test.suite}\0${test.file ?? ""}\0${test.name}`;
      classnames.set(key, [...classnames.get(key) ?? [], test.classname]);
    }
    const testChosen = (test) => {
      const selection = selections.get(test.suite);
      if (!selection || !test.file) return fileChosen(test);
      if (selection.files.has(test.file)) return true;
      if (test.name === WHOLE_FILE) return [...selection.tests].some((key) => key.startsWith(`${test.file}::`));
      const file = test.file;
      const candidates = test.classname ? [test.classname] : classnames.get(`${test.suite}\0${file}\0${test.name}`) ?? [void 0];
      return candidates.every((classname) => selection.tests.has(testKeyOfJunit(file, classname, test.name)));
    };
    const row = {
      selectedTests: 0,
      totalTests: 0,
      selectedTime: 0,
      totalTime: 0,
      fileLevelTime: 0,
      fallback,
      reasons,
      missed: changedTests.filter((test) => !testChosen(test)),
      selectionProblems: []
    };
    for (const [suite, selection] of selections) {
      const ids = [...selection.files, ...[...selection.tests].filter((key) => !selection.files.has(key.split("::")[0]))].sort();
      if (ids.length === 0) continue;
      const planned = { name: suite, selected: true, reasons: ["by test"], files: ids };
      const result = await this.runItems(
        ids.map((file) => ({ suite, file })),
        `by-test-${suite}`,
        planned
      );
      pushAll(
        row.selectionProblems,
        result.problems.map((problem) => `${suite}: ${problem}`)
      );
      const id = (test) => `${test.file ?? ""}\0${test.classname ?? ""}\0${test.name}`;
      const got = new Map(Object.values(result.tests).map((test) => [id(test), test]));
      const absent = /* @__PURE__ */ new Set();
      for (const test of Object.values(after.tests)) {
        if (test.suite !== suite || !test.file || !testChosen(test)) continue;
        const key = testKeyOfJunit(test.file, test.classname, test.name);
        const ran = got.get(id(test));
        if (!ran) absent.add(key);
        else if (failing(ran.status) !== failing(test.status))
          row.selectionProblems.push(`${suite}: ${key} is ${ran.status} run by test but ${test.status} in the full run`);
      }
      if (absent.size > 0)
        row.selectionProblems.push(
          `${suite}: run by test, ${[...absent].slice(0, 3).join(", ")}${absent.size > 3 ? ` and ${absent.size - 3} more` : ""} reported nothing`
        );
    }
    for (const test of Object.values(after.tests)) {
      const seconds = test.seconds ?? 0;
      row.totalTests++;
      row.totalTime += seconds;
      if (fileChosen(test)) row.fileLevelTime += seconds;
      if (testChosen(test)) {
        row.selectedTests++;
        row.selectedTime += seconds;
      }
    }
    if (this.options.mutants && selections.size > 0) {
      row.mutants = [];
      const functions = [...selections.values()].flatMap((selection) => selection.functions).slice(0, MAX_MUTANTS);
      for (const { path, name } of functions) {
        const defs = defsAfter[path];
        const def = Array.isArray(defs) ? defs.find((candidate) => candidate.name === name) : void 0;
        const absolute = join7(this.worktree, path);
        const original = readFileSync6(absolute, "utf8");
        const lines = original.split("\n");
        if (!def || def.body <= def.start || lines[def.body - 1] === void 0) continue;
        const indent = /^\s*/.exec(lines[def.body - 1])?.[0] ?? "";
        lines.splice(def.body - 1, 0, `${indent}raise RuntimeError("testops replay mutant: ${name}")`);
        writeFileSync3(absolute, lines.join("\n"));
        let run;
        try {
          run = await this.runEverything(commit, `fn-mutant-${commit.slice(0, 10)}`, false);
        } finally {
          writeFileSync3(absolute, original);
        }
        const dependents = outcomeChanges(after, run).filter((test) => test.after !== "ran");
        const missed = dependents.filter((test) => !testChosen(test));
        this.options.progress(
          `  mutant ${path} ${name}() at ${commit.slice(0, 10)}: ${dependents.length} test(s) fail, ${missed.length} not selected by test`
        );
        row.mutants.push({ file: `${path} ${name}()`, failing: dependents.length, missed });
      }
    }
    return row;
  }
  /** Runs the selected files as the plan would (files-arg with every selected file) and compares with the full run. */
  async runSelection(plan, full) {
    const problems = [];
    for (const suite of plan) {
      if (!suite.selected || !suite.files || suite.files.length === 0) continue;
      const items = suite.files.map((file) => ({ suite: suite.name, file }));
      const result = await this.runItems(items, `selection-${suite.name}`, suite);
      for (const problem of result.problems) problems.push(`${suite.name}: ${problem}`);
      const withoutFile = (key) => key.replace(/\u0000[^\u0000]*\u0000/, "\0\0");
      const attributed = Object.values(result.tests).every((test) => test.file !== void 0);
      const got = /* @__PURE__ */ new Map();
      for (const [key, test] of Object.entries(result.tests)) got.set(attributed ? key : withoutFile(key), test);
      const selected = new Set(suite.files);
      const missingFiles = /* @__PURE__ */ new Set();
      for (const [key, expected] of Object.entries(full.tests)) {
        if (expected.suite !== suite.name || !expected.file || !selected.has(expected.file)) continue;
        const test = got.get(attributed ? key : withoutFile(key));
        if (!test) missingFiles.add(expected.file);
        else if (failing(expected.status) !== failing(test.status))
          problems.push(
            `${suite.name}: ${expected.file} \u203A ${test.name} is ${test.status} in the selection run but ${expected.status} in the full run`
          );
      }
      const missing = [...missingFiles].sort();
      if (missing.length > 0) problems.push(`${suite.name}: the selection run reported no tests of ${missing.join(", ")}`);
    }
    return problems;
  }
  /** Runs work items of one suite through the runner (files-arg when files are given) and reads their outcomes. */
  async runItems(items, label, planned, suffix) {
    const suite = items[0].suite;
    const files = items.flatMap((item) => item.file ? [item.file] : []);
    const suitePlan = planned ?? { name: suite, selected: true, reasons: ["replay"], ...files.length > 0 ? { files } : {} };
    const plan = {
      version: 1,
      createdAt: this.options.clock.now().toISOString(),
      configPath: this.options.configPath,
      repoRoot: this.worktree,
      event: { name: "replay", headSha: this.checkedOut ?? "", isDefaultBranch: false, isFork: false },
      changedFiles: null,
      changedSource: "none",
      full: false,
      suites: Object.keys(this.options.config.suites).map(
        (name) => name === suite ? suitePlan : { name, selected: false, reasons: ["not this item"] }
      ),
      seed: "1",
      cache: { key: "", restoreKeys: [] },
      problems: []
    };
    const work = mkdtempSync(join7(this.scratch, `${label}-`));
    const spec = this.options.config.suites[suite];
    const config = {
      ...this.options.config,
      suites: {
        ...this.options.config.suites,
        [suite]: { ...spec, needs: [], ...suffix && spec.command ? { command: `${spec.command}${suffix}` } : {} }
      }
    };
    const runs = await runPlan({
      plan,
      config,
      repoRoot: this.worktree,
      workDir: work,
      runsPath: join7(work, "runs.json"),
      log: this.options.log,
      clock: this.options.clock
    });
    rmSync(work, { recursive: true, force: true });
    const run = runs.suites.find((entry) => entry.name === suite);
    const tests = {};
    const paths = [...new Set(files.map((file) => file.split("::")[0]))];
    const single = paths.length === 1 ? paths[0] : void 0;
    const testFiles = new Set(
      files.length > 0 ? paths : workItems(this.options.config, await this.files()).flatMap((item) => item.suite === suite && item.file ? [item.file] : [])
    );
    for (const test of run?.tests ?? []) {
      const file = test.file ?? fileFromClassname(test.classname, testFiles) ?? single;
      tests[`${suite}\0${file ?? ""}\0${test.classname ?? ""} ${test.name}`] = {
        suite,
        file,
        name: test.name,
        status: test.status,
        seconds: test.duration,
        ...test.classname ? { classname: test.classname } : {}
      };
    }
    const problems = (run?.problems ?? []).map((problem) => problem.message);
    if (run && run.tests.length === 0 && run.status !== "passed")
      problems.push(`${files.join(" ") || suite}: ${run.status} with no test results (exit ${run.exitCode})`);
    return { seconds: run?.duration ?? 0, tests, problems };
  }
};
function shareOf(whole, item) {
  if (!item.file) return whole.seconds;
  const tests = Object.values(whole.tests);
  const total = tests.reduce((sum, test) => sum + (test.seconds ?? 0), 0);
  const mine = tests.filter((test) => test.file === item.file).reduce((sum, test) => sum + (test.seconds ?? 0), 0);
  const files = new Set(tests.map((test) => test.file)).size || 1;
  return total > 0 ? whole.seconds * mine / total : whole.seconds / files;
}
function whyOf(row) {
  if (row.whole.length > 0) return `ran whole (${row.whole[0]})`;
  if (row.selectedItems === 0) return "no test file runs the change";
  if (row.selectedItems < row.totalItems) return "some test files load it";
  return row.totalItems === 1 ? "the only test file loads it" : "every test file loads it";
}
function selectedItems(plan, items) {
  const chosen = /* @__PURE__ */ new Set();
  for (const suite of plan) {
    if (!suite.selected) continue;
    const files = suite.files ? new Set(suite.files) : void 0;
    for (const item of items) if (item.suite === suite.name && (!files || item.file && files.has(item.file))) chosen.add(itemKey(item));
  }
  return chosen;
}
function outcomeChanges(before, after) {
  if (!before) return [];
  const changes = [];
  for (const [key, test] of Object.entries(after.tests)) {
    const previous = before.tests[key]?.status ?? "absent";
    const wasFailing = failing(previous);
    if (test.status === "skipped" || previous === "skipped" && !failing(test.status)) continue;
    if (previous === "absent" ? failing(test.status) : wasFailing !== failing(test.status))
      changes.push({ suite: test.suite, file: test.file, name: test.name, before: previous, after: test.status });
  }
  const ranBefore = new Map(before.items.map((item) => [itemKey(item), item]));
  for (const item of after.items) {
    const previous = ranBefore.get(itemKey(item));
    const broken = item.problems.length > 0 && !Object.values(after.tests).some((test) => test.suite === item.suite && (item.file === void 0 || test.file === item.file));
    const wasBroken = previous ? previous.problems.length > 0 : false;
    if (broken !== wasBroken && (broken || previous))
      changes.push({
        suite: item.suite,
        file: item.file,
        name: WHOLE_FILE,
        before: wasBroken ? "no results" : "ran",
        after: broken ? item.problems[0] : "ran"
      });
  }
  return changes;
}
function weigher(baseline, items) {
  if (!baseline) return () => 1;
  const median3 = medianOf;
  const perSuite = /* @__PURE__ */ new Map();
  for (const item of items) perSuite.set(item.suite, (perSuite.get(item.suite) ?? 0) + 1);
  return (item) => (item.file ? median3(baseline.fileDurations?.[item.suite]?.[item.file]) : void 0) ?? (median3(baseline.suiteDurations?.[item.suite]) ?? 1) / (perSuite.get(item.suite) ?? 1);
}

// src/impact/replay.ts
var USAGE = "usage: testops replay-impact --from REV --to REV [--verify [--mutants] [--per-test]] [--one-source] [--setup CMD] [--record DIR] [--config FILE] [--baseline FILE] [--json]";
var quietLog = (debug) => ({
  info: debug,
  warning: debug,
  error: debug,
  notice: debug,
  group: () => {
  },
  endGroup: () => {
  },
  debug: () => {
  }
});
async function replayImpactCommand(argv, io) {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        config: { type: "string" },
        baseline: { type: "string" },
        json: { type: "boolean" },
        verify: { type: "boolean" },
        setup: { type: "string" },
        record: { type: "string" },
        verbose: { type: "boolean" },
        mutants: { type: "boolean" },
        "one-source": { type: "boolean" },
        "per-test": { type: "boolean" }
      },
      strict: true
    }).values;
  } catch (error) {
    return reportError(
      new UsageError(`replay-impact: ${error.message}; ${USAGE}`),
      "testops replay-impact",
      (line) => io.stderr(`${line}
`)
    );
  }
  let replayer;
  try {
    if (!options.from || !options.to) throw new UsageError(`replay-impact: --from and --to are required; ${USAGE}`);
    const repoRoot = (await createGit(io.cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim();
    if (!repoRoot)
      throw new GitStateError(`replay-impact: ${io.cwd} is not inside a git repository; run it in the checkout whose history to replay`);
    const git = createGit(repoRoot);
    const { config, path: configPath } = loadConfig(repoRoot, options.config ? resolve(io.cwd, options.config) : void 0);
    for (const rev of [options.from, options.to]) {
      const found = (await git.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { allowFailure: true })).trim();
      if (!found)
        throw new GitStateError(`replay-impact: ${rev} is not a commit in ${repoRoot} (fetch the history: git fetch --unshallow)`);
    }
    const baseline = options.baseline ? readBaselineFile(resolve(io.cwd, options.baseline)) : void 0;
    const log = await git.run(["log", "--first-parent", "--reverse", "--format=%H%x09%P%x09%s", `${options.from}..${options.to}`]);
    const commits = log.split("\n").filter(Boolean);
    const progress = (line) => io.stderr(`${line}
`);
    replayer = new Replayer({
      root: repoRoot,
      git,
      config,
      configPath,
      verify: Boolean(options.verify || options.mutants || options["per-test"]),
      // --one-source with --verify: the mutants of each change give the best any safe selection by file could do
      mutants: Boolean(options.mutants || options["one-source"] && options.verify),
      perTest: Boolean(options["per-test"]),
      ...options.setup ? { setup: options.setup } : {},
      ...baseline ? { baseline } : {},
      ...options.record ? { record: resolve(io.cwd, options.record) } : {},
      log: quietLog(options.verbose ? progress : () => {
      }),
      clock: systemClock,
      progress: options.verify || options.verbose ? progress : () => {
      }
    });
    await replayer.open();
    const rows = [];
    let skipped = 0;
    for (const line of commits) {
      const [commit, parents2, subject] = line.split("	");
      const parent = parents2.split(" ")[0] || EMPTY_TREE;
      if (options["one-source"] && !isOneSource(config, await changedBetween(git, parent, commit))) {
        skipped++;
        continue;
      }
      const row = await replayer.replay(commit, parent, subject);
      rows.push(row);
      if (options.verify || options["per-test"]) progress(renderRow(row, "seconds"));
    }
    const verify = Boolean(options.verify || options.mutants || options["per-test"]);
    const unit = verify || baseline ? "seconds" : "files";
    const summary = { ...summarize(rows), skipped };
    if (options.json) io.stdout(`${JSON.stringify({ unit, commits: rows, summary }, null, 2)}
`);
    else
      io.stdout(
        `${renderReplay(rows, unit, verify)}${skipped > 0 ? `(${skipped} other commit${skipped === 1 ? "" : "s"} in the range left out: --one-source)
` : ""}`
      );
    const perTestMissed = summary.perTest ? summary.perTest.missed + summary.perTest.mutantsMissed + summary.perTest.selectionProblems : 0;
    return summary.missed + summary.mutantsMissed + summary.selectionProblems + perTestMissed > 0 ? 1 : 0;
  } catch (error) {
    return reportError(error, "testops replay-impact", (line) => io.stderr(`${line}
`));
  } finally {
    await replayer?.close();
  }
}
function readBaselineFile(path) {
  let baseline;
  try {
    baseline = JSON.parse(readFileSync7(path, "utf8"));
  } catch (error) {
    throw new UsageError(`replay-impact: --baseline ${path}: expected a baseline JSON file (${error.message.split("\n")[0]})`);
  }
  if (!baseline || typeof baseline !== "object" || typeof baseline.suiteDurations !== "object" && typeof baseline.fileDurations !== "object")
    throw new UsageError(`replay-impact: --baseline ${path}: expected "suiteDurations" or "fileDurations" (suite \u2192 seconds)`);
  return baseline;
}
function summarizePerTest(rows) {
  const measured = rows.filter((row) => row.perTest);
  if (measured.length === 0) return void 0;
  const share = (list, pick) => {
    const total = list.reduce((sum, row) => sum + row.perTest.totalTime, 0);
    return total > 0 ? 1 - list.reduce((sum, row) => sum + pick(row.perTest), 0) / total : null;
  };
  const one = measured.filter((row) => row.oneSource);
  const fallbacks = {};
  for (const row of measured)
    for (const reason of row.perTest.fallback.slice(0, 1)) {
      const kind = fallbackKind(reason);
      fallbacks[kind] = (fallbacks[kind] ?? 0) + 1;
    }
  const checks = measured.flatMap((row) => row.perTest?.mutants ?? []);
  return {
    commits: measured.length,
    saved: share(measured, (row) => row.selectedTime) ?? 0,
    savedByFile: share(measured, (row) => row.fileLevelTime) ?? 0,
    oneSourceCommits: one.length,
    savedOneSource: share(one, (row) => row.selectedTime),
    savedOneSourceMedian: median2(
      one.flatMap(
        (row) => row.perTest.totalTime > 0 ? [1 - row.perTest.selectedTime / row.perTest.totalTime] : []
      )
    ),
    savedOneSourceByFile: share(one, (row) => row.fileLevelTime),
    fallbacks,
    missed: measured.reduce((sum, row) => sum + row.perTest.missed.length, 0),
    selectionProblems: measured.reduce((sum, row) => sum + (row.perTest.selectionProblems?.length ?? 0), 0),
    mutants: checks.length,
    mutantFailures: checks.reduce((sum, check) => sum + check.failing, 0),
    mutantsMissed: checks.reduce((sum, check) => sum + check.missed.length, 0)
  };
}
function fallbackKind(reason) {
  const known = [
    "outside any function body",
    "is not Python",
    "conftest.py",
    "is new or gone",
    "is a fixture",
    "also runs outside the tests",
    "not in the baseline",
    "ran whole",
    "was deleted",
    "was renamed",
    "was added",
    "no per-test coverage at the parent",
    "pytest suites only"
  ];
  return known.find((kind) => reason.includes(kind)) ?? reason;
}
function summarize(rows) {
  const total = rows.reduce((sum, row) => sum + row.totalTime, 0);
  const selected = rows.reduce((sum, row) => sum + row.selectedTime, 0);
  const one = rows.filter((row) => row.oneSource);
  const oneTotal = one.reduce((sum, row) => sum + row.totalTime, 0);
  const oneSelected = one.reduce((sum, row) => sum + row.selectedTime, 0);
  const shares = one.filter((row) => row.totalTime > 0).map((row) => 1 - row.selectedTime / row.totalTime);
  const perTest = summarizePerTest(rows);
  const why = {};
  for (const row of one) {
    const kind = row.why.split(" (")[0];
    why[kind] = (why[kind] ?? 0) + 1;
  }
  const bounded = one.filter((row) => row.boundTime !== void 0);
  const boundOf2 = (row) => row.boundTime ?? row.selectedTime;
  const bound = bounded.length > 0 ? {
    boundOneSource: oneTotal > 0 ? 1 - one.reduce((sum, row) => sum + boundOf2(row), 0) / oneTotal : null,
    boundOneSourceMedian: median2(one.filter((row) => row.totalTime > 0).map((row) => 1 - boundOf2(row) / row.totalTime)),
    boundOneSourceCommits: bounded.length
  } : {};
  return {
    commits: rows.length,
    saved: total > 0 ? 1 - selected / total : 0,
    savedOneSource: oneTotal > 0 ? 1 - oneSelected / oneTotal : null,
    oneSourceCommits: one.length,
    savedOneSourceMedian: median2(shares),
    oneSourceSelected: oneSelected,
    oneSourceTotal: oneTotal,
    oneSourceWhy: why,
    ...bound,
    changedTests: rows.reduce((sum, row) => sum + (row.changedTests ?? 0), 0),
    missed: rows.reduce((sum, row) => sum + (row.missed?.length ?? 0), 0),
    mutants: rows.reduce((sum, row) => sum + (row.mutants?.length ?? 0), 0),
    mutantFailures: rows.reduce((sum, row) => sum + (row.mutants ?? []).reduce((total2, check) => total2 + check.failing, 0), 0),
    mutantsMissed: rows.reduce((sum, row) => sum + (row.mutants ?? []).reduce((total2, check) => total2 + check.missed.length, 0), 0),
    selectionProblems: rows.reduce((sum, row) => sum + (row.selectionProblems?.length ?? 0), 0),
    ...perTest ? { perTest } : {}
  };
}
var median2 = (values) => medianOf(values) ?? null;
var percent = (fraction) => formatPct(fraction * 100, 0);
var amount = (value, unit) => unit === "seconds" ? `${value.toFixed(1)}s` : `${value}`;
function renderRow(row, unit) {
  const saved = row.totalTime > 0 ? 1 - row.selectedTime / row.totalTime : 0;
  const verified = row.missed === void 0 ? "" : `  ${row.changedTests} changed outcome${row.changedTests === 1 ? "" : "s"}, ${row.missed.length} missed${row.selectionProblems?.length ? `, ${row.selectionProblems.length} selection-run problem(s)` : ""}`;
  const lines = [
    `${row.commit.slice(0, 10)}  ${String(row.selectedItems).padStart(3)}/${row.totalItems} test files  ${amount(row.selectedTime, unit)} of ${amount(row.totalTime, unit)}  ${percent(saved).padStart(4)} saved${boundOf(row)}${verified}  ${row.subject}${row.note ? `  [${row.note}]` : ""}`
  ];
  for (const test of row.missed ?? [])
    lines.push(`    MISSED ${test.suite} \u203A ${test.file ?? "(suite)"} \u203A ${test.name}: ${test.before} \u2192 ${test.after}`);
  for (const problem of row.selectionProblems ?? []) lines.push(`    SELECTION ${problem}`);
  for (const check of row.mutants ?? []) {
    const where = check.files && check.files.length > 0 ? ` in ${check.files.join(", ")}` : "";
    lines.push(
      `    mutant ${check.file}: ${check.failing} failing test(s)${where}, ${check.missed.length} not selected${check.module ? ` (the file throws on load: ${check.module})` : ""}`
    );
    for (const test of check.missed)
      lines.push(`    MISSED (mutant of ${check.file}) ${test.suite} \u203A ${test.file ?? "(suite)"} \u203A ${test.name}`);
  }
  const by = row.perTest;
  if (by) {
    const share = (part) => by.totalTime > 0 ? percent(1 - part / by.totalTime) : "n/a";
    lines.push(
      `    by test: ${by.selectedTests}/${by.totalTests} tests, ${by.selectedTime.toFixed(2)}s of ${by.totalTime.toFixed(2)}s summed test time, ${share(by.selectedTime)} saved (by file ${share(by.fileLevelTime)})` + (by.fallback.length > 0 ? `  [by file: ${by.fallback[0]}]` : "")
    );
    for (const reason of by.fallback.length > 0 ? [] : by.reasons) lines.push(`      ${reason}`);
    for (const problem of by.selectionProblems ?? []) lines.push(`    SELECTION (by test) ${problem}`);
    for (const test of by.missed)
      lines.push(`    MISSED (by test) ${test.suite} \u203A ${test.file ?? "(suite)"} \u203A ${test.name}: ${test.before} \u2192 ${test.after}`);
    for (const check of by.mutants ?? []) {
      lines.push(`    mutant ${check.file}: ${check.failing} failing test(s), ${check.missed.length} not selected by test`);
      for (const test of check.missed)
        lines.push(`    MISSED (by test, mutant of ${check.file}) ${test.suite} \u203A ${test.file ?? "(suite)"} \u203A ${test.name}`);
    }
  }
  return lines.join("\n");
}
function boundOf(row) {
  if (row.boundTime === void 0 || row.totalTime <= 0) return "";
  return ` (best ${percent(1 - row.boundTime / row.totalTime)}: ${row.boundItems} file${row.boundItems === 1 ? "" : "s"})`;
}
function oneSourceLine(summary, unit) {
  const n = summary.oneSourceCommits;
  if (n === 0 || summary.savedOneSource === null || summary.savedOneSourceMedian === null)
    return `${n} commit${n === 1 ? "" : "s"} change${n === 1 ? "s" : ""} one source file (and nothing else)${n > 0 ? ", with no test time measured" : ""}`;
  const why = Object.entries(summary.oneSourceWhy).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, count]) => `${kind}: ${count}`).join(", ");
  return `${n} commit${n === 1 ? "" : "s"} change${n === 1 ? "s" : ""} one source file (and nothing else): ${percent(summary.savedOneSource)} of their ${unit === "seconds" ? "test time" : "test files"} saved in total (${amount(summary.oneSourceSelected, unit)} of ${amount(summary.oneSourceTotal, unit)}), median ${percent(summary.savedOneSourceMedian)} per commit (target \u2265 50%)` + (typeof summary.boundOneSource === "number" && typeof summary.boundOneSourceMedian === "number" ? `; best possible by file ${percent(summary.boundOneSource)} in total, median ${percent(summary.boundOneSourceMedian)} (only the test files a mutant of the change fails${summary.boundOneSourceCommits === n ? "" : `; ${n - (summary.boundOneSourceCommits ?? 0)} commit(s) without a mutant counted as selected`})` : "") + `; why: ${why}`;
}
function perTestLine(by) {
  const pct = (value) => value === null ? "n/a" : percent(value);
  const fallbacks = Object.entries(by.fallbacks).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, count]) => `${kind}: ${count}`).join(", ");
  return `by test (per-test coverage, summed test durations): ${pct(by.saved)} saved over ${by.commits} commit${by.commits === 1 ? "" : "s"} (by file ${pct(by.savedByFile)}); on the ${by.oneSourceCommits} one-source-file commit${by.oneSourceCommits === 1 ? "" : "s"} ${pct(by.savedOneSource)} in total, median ${pct(by.savedOneSourceMedian)} (by file ${pct(by.savedOneSourceByFile)}; target \u2265 50%); ${by.missed} missed` + (by.selectionProblems > 0 ? `, ${by.selectionProblems} by-test run problem(s)` : "") + (by.mutants > 0 ? `; ${by.mutants} function mutant${by.mutants === 1 ? "" : "s"} failed ${by.mutantFailures} test(s), ${by.mutantsMissed} not selected` : "") + (fallbacks ? `; fell back to selection by file: ${fallbacks}` : "");
}
function renderReplay(rows, unit, verified) {
  if (rows.length === 0) return "no commits in that range\n";
  const lines = rows.map((row) => renderRow(row, unit));
  const summary = summarize(rows);
  const what = unit === "seconds" ? "test time" : "test files";
  lines.push(`${summary.commits} commit${summary.commits === 1 ? "" : "s"}: ${percent(summary.saved)} of ${what} saved in total`);
  lines.push(oneSourceLine(summary, unit));
  if (verified)
    lines.push(
      `verified: ${summary.changedTests} test outcome${summary.changedTests === 1 ? "" : "s"} changed, ${summary.missed} missed by the selection${summary.selectionProblems ? `, ${summary.selectionProblems} selection-run problem(s)` : ""}` + (summary.mutants > 0 ? `; ${summary.mutants} mutant${summary.mutants === 1 ? "" : "s"} of changed source files failed ${summary.mutantFailures} test(s), ${summary.mutantsMissed} not selected` : "")
    );
  if (summary.perTest) lines.push(perTestLine(summary.perTest));
  if (unit === "files" && !verified)
    lines.push("(every test file weighs the same: pass --baseline FILE with file durations, or --verify to measure)");
  return `${lines.join("\n")}
`;
}

// src/impact/index.ts
init_define_TESTOPS_UPLOT();

// src/impact/github.ts
init_define_TESTOPS_UPLOT();
var STATUS2 = {
  added: "added",
  removed: "deleted",
  modified: "modified",
  renamed: "renamed",
  copied: "copied",
  changed: "changed",
  unchanged: "changed"
};
function fromApiFile(file) {
  const changed = { path: file.filename, status: STATUS2[file.status] ?? "changed" };
  if (file.previous_filename) changed.previousPath = file.previous_filename;
  return changed;
}
function pullFilesApi(octokit) {
  return {
    async listFiles(owner, repo, pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
      return files.map(fromApiFile);
    }
  };
}

// src/impact/merge.ts
init_define_TESTOPS_UPLOT();
var STATUS_ORDER = ["failed", "timeout", "errored", "cancelled", "passed", "skipped"];
function mergeSuite(runs) {
  const ran = runs.filter((run) => run.selected);
  if (ran.length === 0) return runs[0];
  if (ran.length === 1) return ran[0];
  const first = ran[0];
  const tests = ran.flatMap((run) => run.tests);
  const status = STATUS_ORDER.find((candidate) => ran.some((run) => run.status === candidate)) ?? first.status;
  const findings = /* @__PURE__ */ new Map();
  for (const finding of ran.flatMap((run) => run.security))
    if (!findings.has(finding.fingerprint)) findings.set(finding.fingerprint, finding);
  const startedAt = ran.map((run) => run.startedAt).filter((value) => Boolean(value)).sort()[0];
  const budgets = ran.map((run) => run.budget).filter((value) => value !== void 0);
  const merged = {
    ...first,
    reasons: [...new Set(ran.flatMap((run) => run.reasons))],
    shard: ran.map((run) => run.shard).filter(Boolean).join(", ") || void 0,
    status,
    exitCode: ran.find((run) => run.exitCode !== 0)?.exitCode ?? first.exitCode,
    duration: ran.reduce((sum, run) => sum + run.duration, 0),
    attempts: ran.flatMap((run) => run.attempts),
    services: ran.flatMap((run) => run.services),
    tests,
    totals: testTotals(tests),
    perf: ran.flatMap((run) => run.perf),
    security: [...findings.values()],
    problems: ran.flatMap((run) => run.problems)
  };
  if (startedAt) merged.startedAt = startedAt;
  merged.shards = ran.map((run) => ({
    shard: run.shard ?? "?",
    ...run.estimatedDuration !== void 0 ? { expected: run.estimatedDuration } : {},
    actual: run.duration
  }));
  const expected = ran.map((run) => run.estimatedDuration).filter((value) => value !== void 0);
  if (expected.length > 0) merged.estimatedDuration = expected.reduce((sum, value) => sum + value, 0);
  if (budgets.length > 0) merged.budget = budgets[0];
  const coverage = runCoverage(ran);
  if (coverage) merged.coverage = coverage;
  else delete merged.coverage;
  const determinism = ran.flatMap((run) => run.determinism ? [run.determinism] : []);
  if (determinism.length > 0) {
    const identical = determinism.reduce((sum, value) => sum + value.identical, 0);
    const total = determinism.reduce((sum, value) => sum + value.total, 0);
    merged.determinism = { repeats: determinism[0].repeats, identical, total, ratio: total === 0 ? 1 : identical / total };
  }
  return merged;
}
function mergeRuns(runs) {
  if (runs.length === 0)
    throw new InputError("no runs.json to merge: expected the shard results (download them with actions/download-artifact)");
  for (const [index, run] of runs.entries())
    if (run?.version !== 1 || !Array.isArray(run.suites))
      throw new InputError(
        `runs file ${index + 1}: expected a runs.json with "version": 1 and "suites", got ${JSON.stringify(run?.version)}`
      );
  const sorted = [...runs].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const byName = /* @__PURE__ */ new Map();
  for (const run of sorted) {
    for (const suite of run.suites) {
      const list = byName.get(suite.name) ?? [];
      list.push(suite);
      byName.set(suite.name, list);
    }
  }
  return {
    version: 1,
    startedAt: sorted.map((run) => run.startedAt).sort()[0],
    finishedAt: sorted.map((run) => run.finishedAt).sort().at(-1),
    cancelled: sorted.some((run) => run.cancelled),
    seed: sorted[0].seed,
    suites: [...byName.values()].map(mergeSuite)
  };
}

// src/pipeline/plan.ts
init_define_TESTOPS_UPLOT();

// src/history/rebuild.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync4 } from "node:fs";
import { join as join8 } from "node:path";
function attemptsOf(test) {
  const count = test.attempts ?? 1;
  const failures = test.failures ?? (test.status === "failed" || test.status === "errored" ? 1 : 0);
  const each = (test.duration ?? 0) / count;
  const failedStatus2 = test.status === "errored" ? "errored" : "failed";
  return Array.from({ length: count }, (_, index) => ({
    status: index < failures ? index === count - 1 ? test.status : failedStatus2 : test.status,
    duration: each
  }));
}
function testCase(test) {
  return {
    ...testNaming(test),
    status: test.status,
    attempts: attemptsOf(test),
    flaky: test.flaky === true,
    duration: test.duration ?? 0
  };
}
function runsFromRecord(record) {
  const whole = record.testsKept === "all";
  const perfBySuite = /* @__PURE__ */ new Map();
  for (const row of record.perf) {
    const { suite, scenario } = splitPerfSeriesKey(row.series);
    const scenarios = perfBySuite.get(suite) ?? /* @__PURE__ */ new Map();
    perfBySuite.set(suite, scenarios);
    const entry = scenarios.get(scenario) ?? { name: scenario, metrics: {} };
    scenarios.set(scenario, entry);
    entry.metrics[row.metric] = {
      value: row.value,
      unit: row.unit,
      biggerIsBetter: row.biggerIsBetter ?? false,
      ...row.samples && row.samples.length > 1 ? { samples: row.samples } : {}
    };
  }
  const fingerprints = record.security.fingerprints ?? [];
  const suites = record.suites.map((suite, index) => ({
    name: suite.name,
    selected: suite.selected,
    reasons: [],
    ...suite.level ? { level: suite.level } : {},
    mode: "MOCK",
    seed: "",
    command: "",
    status: suite.status,
    exitCode: null,
    duration: suite.duration,
    ...suite.budget !== void 0 ? { budget: suite.budget } : {},
    attempts: [],
    services: [],
    tests: whole ? record.tests.filter((test) => test.suite === suite.name).map(testCase) : [],
    totals: {
      tests: suite.tests,
      passed: 0,
      failed: suite.failed,
      errored: 0,
      skipped: suite.skipped,
      flaky: suite.flaky,
      attempts: suite.tests,
      duration: suite.duration
    },
    perf: [...perfBySuite.get(suite.name)?.values() ?? []],
    // the known findings ride on the first suite: updateBaseline only needs their fingerprints
    security: index === 0 && record.security.fingerprints ? fingerprints.map((fingerprint) => ({ fingerprint })) : [],
    problems: []
  }));
  const finished = Date.parse(record.run.at);
  return {
    version: 1,
    startedAt: new Date(finished - record.run.duration * 1e3).toISOString(),
    finishedAt: record.run.at,
    cancelled: false,
    seed: "",
    suites
  };
}
var provenanceOf = (record, fallbackBranch) => {
  const match = /^(\d+)-(\d+)$/.exec(record.run.id);
  return {
    commit: record.run.commit,
    branch: record.run.branch ?? fallbackBranch,
    ...match ? { runId: match[1], runAttempt: Number(match[2]) } : { runId: record.run.id },
    createdAt: record.run.at,
    schemaVersion: 1
  };
};
function baselineFromRecords(records, config, defaultBranch = "main") {
  const defaultRuns = records.filter((record) => record.run.pr === void 0 && !/^pull_request/.test(record.run.event));
  let baseline = null;
  const limits = { historyRuns: config.baseline["history-runs"], perfSamples: config.baseline["perf-samples"] };
  for (const record of defaultRuns)
    baseline = updateBaseline(baseline, runsFromRecord(record), provenanceOf(record, defaultBranch), limits);
  if (!baseline) return null;
  const covered = [...defaultRuns].reverse().find((record) => record.coverage?.files);
  if (covered?.coverage?.files)
    baseline.coverage = {
      totals: covered.coverage.totals,
      files: Object.fromEntries(Object.entries(covered.coverage.files).map(([path, [hit, total]]) => [path, { covered: hit, total }]))
    };
  else delete baseline.coverage;
  return baseline;
}
async function restoreBaselineFromHistory(input) {
  let config;
  try {
    config = loadConfig(input.repoRoot, input.configPath).config;
  } catch {
    return "off";
  }
  if (config.history.store !== "branch") return "off";
  if (existsSync4(join8(input.baselineDir, BASELINE_FILE))) return "present";
  try {
    const source = await branchSource({ repo: input.repoRoot, branch: config.history.branch });
    if (!source) {
      input.log.info(`testops history: no baseline in the cache and branch ${config.history.branch} does not exist yet`);
      return "empty";
    }
    const { records, problems } = await readHistory(source);
    for (const problem of problems) input.log.warning(`testops history: left out ${problem}`);
    const baseline = baselineFromRecords(records, config, input.defaultBranch);
    if (!baseline) {
      input.log.info(`testops history: no baseline in the cache and no default-branch run on branch ${config.history.branch}`);
      return "empty";
    }
    writeBaseline(input.baselineDir, baseline);
    const whole = records.filter((record) => record.testsKept === "all").length;
    input.log.info(
      `testops history: no baseline in the cache; rebuilt it from branch ${config.history.branch} (${records.length} runs, ${whole} with every test; newest ${baseline.provenance.commit.slice(0, 7)} at ${baseline.provenance.createdAt})`
    );
    return "rebuilt";
  } catch (error) {
    input.log.warning(
      `testops history: the baseline could not be rebuilt from branch ${config.history.branch}: ${error.message.split("\n")[0]}`
    );
    return "failed";
  }
}

// src/pipeline/plan.ts
function shardInput(text) {
  return text?.trim() ? parseShard(text) : void 0;
}
async function makePlan(input) {
  const { config, path: configPath } = loadConfig(input.repoRoot, input.configPath);
  const git = createGit(input.repoRoot);
  const problems = [];
  const { event } = input;
  const changes = await detectChanges({ event, git, api: input.pullFiles, baseRef: input.baseRef, headRef: input.headRef, log: input.log });
  pushAll(problems, changes.problems);
  const requested = input.fullRun ? `requested by ${input.fullRunSource ?? "the full-run input"}` : changes.full;
  const full = requested ?? fullRunReason(config, event) ?? void 0;
  const { baseline } = readBaseline(input.baselineDir, { maxAgeSeconds: config.baseline["max-age"], now: input.clock.now() });
  const needsGraph = Object.values(config.suites).some((suite) => suite.impact === "imports");
  const importGraph = needsGraph && !full ? await buildImportGraph(input.repoRoot) : void 0;
  const previous = importGraph ? await previousTexts(git, changes.mergeBase, changes.files) : void 0;
  const seed = deriveSeed(config, event.headSha, input.seed);
  let suites = selectSuites({
    config,
    configPath,
    changed: changes.files,
    ...requested ? { full: requested } : {},
    event,
    repoRoot: input.repoRoot,
    importGraph,
    previous
  });
  if (input.shard && input.shard.total > 1) suites = shardSuites(suites, input.shard, baseline, await listTestFiles(git, config, suites));
  suites = planEarlyRepeats({ config, suites, changed: changes.files, event, baseline, repoRoot: input.repoRoot });
  const plan = {
    version: 1,
    createdAt: input.clock.now().toISOString(),
    configPath,
    repoRoot: input.repoRoot,
    event,
    changedFiles: changes.files,
    changedSource: changes.source,
    full: full !== void 0,
    ...full !== void 0 ? { fullReason: full } : {},
    ...changes.mergeBase ? { mergeBase: changes.mergeBase } : {},
    suites,
    ...input.shard ? { shard: input.shard } : {},
    seed,
    cache: eventCacheKeys(event, input.variant),
    problems
  };
  return { plan, config, configPath };
}
function eventCacheKeys(event, variant) {
  return cacheKeys({
    branch: event.branch ?? "local",
    baseBranch: event.baseRef,
    defaultBranch: event.defaultBranch ?? "main",
    runId: event.runId ?? "local",
    runAttempt: event.runAttempt ?? 1,
    ...variant ? { variant } : {}
  });
}
async function planImpl(context, setOutputs) {
  const { log, event } = context;
  const { inputs } = context;
  const octokit = context.octokit();
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    baselineDir: context.paths.baseline,
    ...event.defaultBranch ? { defaultBranch: event.defaultBranch } : {},
    log
  });
  const { plan } = await makePlan({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    event,
    baseRef: inputs["base-ref"],
    shard: inputs.shard,
    fullRun: inputs["full-run"],
    baselineDir: context.paths.baseline,
    variant: resolveVariant(process.env),
    ...process.env.TEST_SEED ? { seed: process.env.TEST_SEED } : {},
    ...octokit && event.repo && !event.isFork ? { pullFiles: pullFilesApi(octokit) } : {},
    log,
    clock: systemClock
  });
  writeJson(context.paths.plan, plan);
  log.group(`testops plan: ${plan.suites.filter((s) => s.selected).length} of ${plan.suites.length} suites selected`);
  for (const suite of plan.suites) log.info(`${suite.selected ? "\u2713 run " : "\u2013 skip"} ${suite.name}: ${suite.reasons.join("; ")}`);
  if (plan.changedFiles) log.info(`${plan.changedFiles.length} changed files (from ${plan.changedSource})`);
  log.info(`TEST_SEED=${plan.seed}`);
  log.endGroup();
  for (const problem of plan.problems) log.warning(problem.message);
  setOutputs({
    "selected-suites": JSON.stringify(plan.suites.filter((suite) => suite.selected).map((suite) => suite.name)),
    "skipped-suites": JSON.stringify(
      plan.suites.filter((suite) => !suite.selected).map((suite) => ({ name: suite.name, reason: suite.reasons.join("; ") }))
    ),
    matrix: JSON.stringify(matrixFor(inputs.shards)),
    "cache-key": plan.cache.key,
    seed: plan.seed,
    plan: context.paths.plan
  });
  return 0;
}

export {
  readBaseline,
  observationKey,
  historyKey,
  mayBeUnstable,
  observe,
  mergeHistories,
  infraRunsOf,
  baselineHistory,
  runOf,
  judgeRelative,
  baseRunsOf,
  stepsOf,
  updateBaseline,
  writeBaseline,
  mergeRuns,
  replayImpactCommand,
  restoreBaselineFromHistory,
  shardInput,
  makePlan,
  eventCacheKeys,
  planImpl
};
