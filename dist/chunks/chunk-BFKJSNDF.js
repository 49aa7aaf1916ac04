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
} from "./chunk-BZDMTUKL.js";
import {
  resolveVariant
} from "./chunk-7WHL3PWO.js";
import {
  branchSource,
  perfSeriesKey,
  readHistory,
  splitPerfSeriesKey
} from "./chunk-ZSLPRR32.js";
import {
  createGit,
  legacyTestId,
  loadConfig,
  runCoverage,
  testIdOf,
  testNaming,
  withVariant
} from "./chunk-6RML2HF4.js";
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
} from "./chunk-HUNNWOYD.js";
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
function historyKey(id2, variant) {
  return withVariant(id2, variant);
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
        const id2 = issueIdOf(test);
        const key = historyKey(id2, test.variant);
        if (test.nondeterministic || countAttempts(test).failures > 0 || past && Object.hasOwn(past, key)) {
          ids.add(id2);
          keys.add(key);
        }
      }
  return (test) => {
    const id2 = issueIdOf(test);
    return ids.has(id2) || keys.has(historyKey(id2, test.variant));
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
  const t2 = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t2) - t2 + Math.log(sum);
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
    const t2 = error > 0 ? Math.abs(change) / error : Math.abs(change) > 0 ? Number.POSITIVE_INFINITY : 0;
    if (!best || t2 > best.t) best = { at, t: t2, change };
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
  for (const id2 of adopted) if (!current.has(id2)) delete next.tests[id2];
  const now = Date.parse(provenance.createdAt);
  for (const [id2, test] of Object.entries(next.tests)) {
    const newest = test.history.at(-1);
    if (!newest || now - Date.parse(newest.at) > FORGET_AFTER_SECONDS * 1e3) delete next.tests[id2];
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
      for (const [name2, metric] of Object.entries(scenario.metrics)) {
        const series = addPerfRun(metrics[name2], metric, provenance, limits.perfSamples);
        if (series) metrics[name2] = series;
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
import { readFileSync as readFileSync8 } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/impact/replay-engine.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync3, mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync7, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join8 } from "node:path";

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
    onObjectProperty: (name2) => {
      currentProperty = name2;
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
      const id2 = node.id;
      const init = node.init;
      if (id2.type === "Identifier" && id2.name) {
        if (isChildRequire(init)) namespaces.add(id2.name);
        else declared.set(id2.name, declared.has(id2.name) ? null : init);
      } else if (id2.type === "ObjectPattern" && isChildRequire(init)) {
        for (const property of id2.properties) {
          const key = property.key.name ?? "";
          const value = property.value;
          if (property.type === "Property" && value.type === "Identifier" && value.name && API.has(key)) spawners.set(value.name, key);
          else fail(`${snippet(property)} from child_process is not followed`);
        }
      } else for (const name2 of boundNames(id2)) declared.set(name2, null);
    } else if (FUNCTIONS.has(node.type) || node.type === "CatchClause") {
      for (const name2 of boundNames(node.type === "CatchClause" ? node.param : node.params)) declared.set(name2, null);
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
  for (const [name2, init] of declared) {
    const kind = spawnerOf(init);
    if (kind) spawners.set(name2, kind);
  }
  walkAst(program, (node, parent, key) => {
    if (node.type !== "Identifier") return;
    const name2 = node.name ?? "";
    if (!namespaces.has(name2) && !spawners.has(name2)) return;
    if (!parent || isDeclarationPosition(parent, key)) return;
    const aliasOf = (declarator) => declarator?.type === "VariableDeclarator" && spawners.has(declarator.id.name ?? "");
    if (parent.type === "VariableDeclarator" && key === "init" && aliasOf(parent)) return;
    let reference = node;
    let holder = parent;
    if (namespaces.has(name2)) {
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
      const words3 = shellWords(command);
      return words3 ? nodeScript(words3[0], words3.slice(1)) : { why: "the command uses the shell beyond words and quotes" };
    }
    const file = evaluate(args[0]);
    if (file === void 0) return { why: "the program is not known" };
    const list = args[1];
    if (args.some((arg) => arg.type === "ObjectExpression" && /\bshell\b/.test(snippet(arg)))) return { why: "runs through a shell" };
    if (list && list.type !== "ArrayExpression") return { why: "the arguments are not a literal list" };
    const words2 = [];
    for (const element of list?.elements ?? []) {
      const value = element ? evaluate(element) : void 0;
      words2.push(value ?? "\0unknown");
    }
    return nodeScript(file, words2);
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
        const name2 = node.name ?? "";
        if (name2 === "__dirname") return posix.dirname(here);
        if (name2 === "__filename") return here;
        const init = declared.get(name2);
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
        const name2 = calleeName(node.callee)?.split(".").pop();
        const values = node.arguments.map((arg) => evaluate(arg, depth + 1));
        if (values.some((value) => value === void 0)) return void 0;
        const strings2 = values;
        if (name2 === "fileURLToPath" && strings2[0]?.startsWith("file://")) return strings2[0].slice("file://".length);
        if (name2 === "join" && strings2.length > 0) return posix.join(...strings2);
        if (name2 === "resolve" && strings2.some((value) => value.startsWith("/")))
          return posix.resolve(...strings2.slice(strings2.findLastIndex((value) => value.startsWith("/"))));
        if (name2 === "dirname" && strings2.length === 1) return posix.dirname(strings2[0]);
        if (name2 === "String" && strings2.length === 1) return strings2[0];
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
  const words2 = [];
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
      if (has) words2.push(current);
      current = "";
      has = false;
    } else if ("|&;<>()$`\\\n*?[]{}~#=".includes(char) && !(char === "=" && has) && !(globs && "*?[]{}".includes(char))) return void 0;
    else {
      current += char;
      has = true;
    }
  }
  if (has) words2.push(current);
  return words2.length > 0 && !words2[0].includes("=") ? words2 : void 0;
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
async function scanJsAsync(parser2, path, text) {
  try {
    return scanParsed(path, text, await parser2.parse(path, text));
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
    const literal2 = LITERAL.exec(argument);
    if (literal2) specifiers.add(literal2[2] ?? literal2[3]);
    else dynamic ??= `import(${argument.slice(0, 60)}) in ${path} is not a literal`;
  }
  if (/\brequire\b|\.mock\(|importActual|import\.meta\.glob/.test(text)) {
    walkAst(result.program, (current) => {
      if (current.type === "CallExpression") {
        const name2 = calleeName(current.callee);
        const first = current.arguments?.[0];
        if (name2 === "import.meta.glob") dynamic ??= `import.meta.glob in ${path} loads files by pattern`;
        else if (name2 && MODULE_CALLS.has(name2) && first) {
          const literal2 = LITERAL.exec(text.slice(first.start ?? 0, first.end ?? 0));
          if (literal2) specifiers.add(literal2[2] ?? literal2[3]);
          else if (name2 === "require")
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
    const name2 = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    const pkg = packages.get(name2);
    if (!pkg) return { external: true };
    const base = pkg.dir === "." ? "package.json" : `${pkg.dir}/package.json`;
    const self = attempt(base, specifier);
    if (self && known.has(self)) return { file: self };
    const subpath = specifier.length > name2.length ? `.${specifier.slice(name2.length)}` : ".";
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
  const modified = (changed ?? []).filter((file) => file.status === "modified" && (isJsFile(file.path) || file.path.endsWith(".py")));
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
      const parser2 = await import("./src-js-6YJ4NLGG.js");
      const resolver = await import("./oxc-resolver-K2KS3VHC.js");
      const Factory = resolver.ResolverFactory ?? resolver.default.ResolverFactory;
      return {
        parser: { parseSync: parser2.parseSync, parse: parser2.parse },
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
      for (const name2 of NAME_LIST(from[3])) if (name2 !== "*") maybeModules.add(from[2] ? `${module}.${name2}` : `${module}${name2}`);
      continue;
    }
    const plain = IMPORT.exec(line);
    if (plain && !/^\s*from\b/.test(line)) {
      for (const name2 of NAME_LIST(plain[1])) if (name2 !== "*") modules.add(name2);
    }
  }
  for (const match of code.matchAll(/\b(?:importlib\.)?import_module\(\s*([^,)]*)/g)) {
    const literal2 = /^(['"])([\w.]+)\1$/.exec(match[1].trim());
    if (literal2) modules.add(literal2[2]);
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
function jsFunctions(parser2, path, text) {
  let result;
  try {
    result = parser2.parseSync(path, text);
  } catch (error) {
    return { error: `${path} could not be parsed (${error.message.split("\n")[0]})` };
  }
  if (result.errors.some((error) => error.severity === "Error"))
    return { error: `${path} could not be parsed (${result.errors[0].message})` };
  const spans = [];
  const nodes = /* @__PURE__ */ new Map();
  const add = (name2, fn) => {
    const body = fn.body;
    if (!body) return;
    const block = body.type === "BlockStatement" || body.type === "FunctionBody";
    nodes.set(fn, name2);
    spans.push({
      name: name2,
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
      const id2 = node.id;
      add(id2?.name ?? "default", node);
    } else if (node.type === "VariableDeclaration")
      for (const declarator of node.declarations) {
        const id2 = declarator.id;
        const init = declarator.init;
        if (id2.type === "Identifier" && id2.name && init && FUNCTION_TYPES.has(init.type)) add(id2.name, init);
      }
  }
  spans.skeleton = treeKey(result.program, nodes);
  return spans;
}
function treeKey(node, replaced) {
  return JSON.stringify(node, (key, value) => {
    if (key === "start" || key === "end" || key === "range" || key === "loc" || key === "raw") return void 0;
    const name2 = replaced?.get(value);
    return name2 === void 0 ? value : `\0${name2}`;
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
      const newline2 = out.indexOf("\n", span.insertAt);
      const line = out.slice(span.insertAt, newline2 < 0 ? void 0 : newline2);
      const indent2 = /^\s*/.exec(line)?.[0] ?? "";
      out = `${out.slice(0, span.insertAt)}${indent2}raise RuntimeError(${message})
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
  const bracket2 = bare.indexOf("[");
  return bracket2 < 0 ? bare : bare.slice(0, bracket2);
}
function testKeyOfJunit(file, classname, name2) {
  const module = file.replace(/\.py$/, "").split("/").join(".");
  const classes = classname?.startsWith(`${module}.`) ? classname.slice(module.length + 1).split(".") : [];
  const bracket2 = name2.indexOf("[");
  const bare = bracket2 < 0 ? name2 : name2.slice(0, bracket2);
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
        let id2 = index.get(key);
        if (id2 === void 0) {
          id2 = coverage.tests.length;
          coverage.tests.push(key);
          index.set(key, id2);
        }
        ids.add(id2);
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
    result[key] = value.error ? { error: value.error } : (value.defs ?? []).map(([name2, start, body, end, fixture]) => ({ name: name2, start, body, end, fixture }));
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
    for (const name2 of [...touched].sort()) {
      const def = before.find((candidate) => candidate.name === name2);
      if (!def || !after.some((candidate) => candidate.name === name2)) return fall(`${path}: ${name2} is new or gone`);
      if (def.fixture) return fall(`${path}: ${name2} is a fixture`);
      const tests = /* @__PURE__ */ new Set();
      for (let line = def.body; line <= def.end; line++) {
        if (outside.has(line)) return fall(`${path}: ${name2} also runs outside the tests (line ${line} at import or collection)`);
        for (const id2 of lines[String(line)] ?? []) tests.add(id2);
      }
      for (const id2 of tests) selection.tests.add(input.coverage.tests[id2]);
      selection.functions.push({ path, name: name2 });
      selection.reasons.push(`${path} ${name2} \u2192 ${tests.size} test${tests.size === 1 ? "" : "s"}`);
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
function moduleFacts(parser2, path, text, specifiers) {
  let result;
  try {
    result = parser2.parseSync(path, text);
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
  const deferred = (name2, node) => facts.deferred.set(name2, references(node, facts.deferred.get(name2) ?? /* @__PURE__ */ new Set()));
  for (const statement of result.program.body) {
    let node = statement;
    if (node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration") continue;
    if (node.type === "ExportNamedDeclaration") {
      if (!node.declaration) continue;
      node = node.declaration;
    }
    if (node.type === "ExportDefaultDeclaration") {
      const declaration = node.declaration;
      const name2 = declaration.id?.name ?? "*default*";
      if (FUNCTION_TYPES2.has(declaration.type)) deferred(name2, declaration);
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
        const id2 = declarator.id;
        const init = declarator.init;
        if (id2.type === "Identifier" && id2.name && init && FUNCTION_TYPES2.has(init.type)) deferred(id2.name, init);
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
    for (const [name2, refs] of facts.deferred) {
      if (tainted.has(name2)) continue;
      for (const ref of refs)
        if (tainted.has(ref)) {
          tainted.add(name2);
          grew = true;
          break;
        }
    }
  }
  return tainted;
}
function selectByBinding(input) {
  const { parser: parser2 } = input.tools;
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
    { text: input.before, spans: jsFunctions(parser2, input.path, input.before) },
    { text: after, spans: jsFunctions(parser2, input.path, after) }
  );
  if ("module" in units) return { why: `${input.path}: ${units.module}` };
  const cache = /* @__PURE__ */ new Map();
  const factsOf = (file) => {
    let facts = cache.get(file);
    if (!facts) {
      const text = read(file);
      facts = text === void 0 ? { why: `${file} could not be read` } : moduleFacts(parser2, file, text, input.specifiers(file));
      cache.set(file, facts);
    }
    return facts;
  };
  const selection = { tests: /* @__PURE__ */ new Map(), byFile: /* @__PURE__ */ new Map(), functions: units.functions };
  const label = `${input.path} ${units.functions.map((name2) => `${name2}()`).join(", ")}`;
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
    const atLoad = [...tainted].find((name2) => facts.loadRefs.has(name2));
    if (atLoad) {
      byFile(file, `${atLoad} is used by code that runs when ${file} loads`);
      continue;
    }
    const exported = /* @__PURE__ */ new Set();
    for (const [name2, local] of facts.exports) if (tainted.has(local)) exported.add(name2);
    const known = reached.get(file) ?? /* @__PURE__ */ new Set();
    const fresh = new Set([...exported].filter((name2) => !known.has(name2)));
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
        for (const name2 of names) if (name2 !== "default") reexported.add(name2);
      }
      if (entry.imported === "*") reexported.add(entry.exported);
      else if (names.has(entry.imported)) reexported.add(entry.exported);
    }
    if (seeds.size === 0 && reexported.size === 0) return;
    if (input.isTest(importer) && !selection.tests.has(importer)) selection.tests.set(importer, `${label} \u2192 used by ${importer}`);
    if (reexported.size > 0) {
      const known = reached.get(importer) ?? /* @__PURE__ */ new Set();
      const fresh = new Set([...reexported].filter((name2) => !known.has(name2)));
      if (fresh.size > 0) {
        reached.set(importer, /* @__PURE__ */ new Set([...known, ...fresh]));
        for (const next of input.importers(importer)) propagate(next, importer, fresh);
      }
    }
    if (seeds.size > 0) queue.push({ file: importer, seeds });
  }
}

// src/impact/python-names.ts
init_define_TESTOPS_UPLOT();
import { readFileSync as readFileSync5 } from "node:fs";
import { posix as posix5 } from "node:path";
import { join as join6 } from "node:path";

// node_modules/@lezer/python/dist/index.js
init_define_TESTOPS_UPLOT();

// node_modules/@lezer/lr/dist/index.js
init_define_TESTOPS_UPLOT();

// node_modules/@lezer/common/dist/index.js
init_define_TESTOPS_UPLOT();
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed2 = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed2;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id2, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id2;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id2 in this.props)
        result.push([+id2, this.props[id2]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer;
    this.length = length;
    this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id2 = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id2], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    while (scan) {
      let last = scan.lastChild;
      if (!last || last.to != scan.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan;
        scan = last.prevSibling;
      } else {
        scan = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id: id2, start, end, size } = cursor;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id2];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id2;
        return;
      } else if (size == -4) {
        lookAhead = id2;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types[id2], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id2 >= minRepeatType ? id2 : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextHash);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id: id2, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id2, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type) {
    return (children2, positions2, length2) => {
      var _a2;
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      let contextHash2 = 0;
      for (let i = 0; i < children2.length; i++)
        if (children2[i] instanceof Tree) {
          contextHash2 = (_a2 = children2[i].prop(NodeProp.contextHash)) !== null && _a2 !== void 0 ? _a2 : 0;
          break;
        }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id: id2, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id2 < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id2;
    } else if (size == -3) {
      contextHash = id2;
    } else if (size == -4) {
      lookAhead = id2;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse3 = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse3.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base];
    } else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type, true);
    }
    while (this.stack.length > base)
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
          if (this.buffer[scan - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type, start);
      if (type <= parser2.maxNode)
        this.buffer.push(type, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type, start);
      if (type <= this.p.parser.maxNode)
        this.buffer.push(type, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream, this.pos - value.length));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    while (parent && base == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    if (isNode)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v, i2) => i2 & 1 && v == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream, start));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream, start));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to;
      range = next;
    }
    while (assoc < 0 ? pos > range.to : pos >= range.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to;
      range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range = this.range;
        while (range.to <= pos)
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range.to)
          this.chunk2 = this.chunk2.slice(0, range.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id2) {
    this.data = data;
    this.id = id2;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable;
    this.elseToken = elseToken;
    this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      readToken(this.data, input, stack, 0, this.data, this.precTable);
      if (input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (!atEof)
        skipped++;
      if (nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    if (skipped) {
      input.reset(start, input.token);
      input.acceptToken(this.elseToken, skipped);
    }
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var ExternalTokenizer = class {
  /**
  Create a tokenizer. The first argument is the function that,
  given an input stream, scans for the types of tokens it
  recognizes at the stream's position, and calls
  [`acceptToken`](#lr.InputStream.acceptToken) when it finds
  one.
  */
  constructor(token, options = {}) {
    this.token = token;
    this.contextual = !!options.contextual;
    this.fallback = !!options.fallback;
    this.extend = !!options.extend;
  }
};
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main && stack.pos == this.stream.end) {
      main = new CachedToken();
      main.value = stack.p.parser.eofTerm;
      main.start = main.end = stack.pos;
      actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
    }
    this.mainToken = main;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p } = stack;
    main.start = pos;
    main.end = Math.min(pos + 1, p.stream.end);
    main.value = pos == p.stream.end ? p.parser.eofTerm : 0;
    return main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set = 0; set < 2; set++) {
      for (let i = parser2.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b) => b.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b) => b.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this;
    let base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last = i == actions.length || !split;
      let localStack = last ? stack : stack.split();
      let main = this.tokens.mainToken;
      localStack.apply(action, term, main ? main.start : localStack.pos, end);
      if (verbose)
        console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base;
      for (let j = 0; j < 10 && force.forceReduce(); j++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id2 = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id2)
      stackIDs.set(stack, id2 = String.fromCodePoint(this.nextStackID++));
    return id2 + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var id = (x) => x;
function wrapContextOp(op) {
  if (!op)
    return id;
  if (op.length < 3)
    return op;
  return (context, arg, stack, input, pos) => op(context, arg, stack, input.reset(pos));
}
var ContextTracker = class {
  /**
  Define a context tracker.
  */
  constructor(spec) {
    this.start = spec.start;
    this.shift = wrapContextOp(spec.shift);
    this.reduce = wrapContextOp(spec.reduce);
    this.reuse = wrapContextOp(spec.reuse);
    this.hash = spec.hash || (() => 0);
    this.strict = spec.strict !== false;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse3 = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse3 = w(parse3, input, fragments, ranges);
    return parse3;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1;
      let target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set = 0; set < 2; set++) {
      for (let i = this.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v, i2) => i2 & 1 && v == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props)
      copy.nodeSet = this.nodeSet.extend(...config.props);
    if (config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    if (config.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config.contextTracker)
      copy.context = config.contextTracker;
    if (config.dialect)
      copy.dialect = this.parseDialect(config.dialect);
    if (config.strict != null)
      copy.strict = config.strict;
    if (config.wrap)
      copy.wrappers = copy.wrappers.concat(config.wrap);
    if (config.bufferLength != null)
      copy.bufferLength = config.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id2 = values.indexOf(part);
        if (id2 >= 0)
          flags[id2] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j = this.dialects[values[i]], id2; (id2 = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id2] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
init_define_TESTOPS_UPLOT();
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base, modified) {
    this.name = name2;
    this.set = set;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@lezer/python/dist/index.js
var printKeyword = 1;
var indent = 194;
var dedent = 195;
var newline$1 = 196;
var blankLineStart = 197;
var newlineBracketed = 198;
var eof = 199;
var stringContent = 200;
var Escape = 2;
var replacementStart = 3;
var stringEnd = 201;
var ParenL = 24;
var ParenthesizedExpression = 25;
var TupleExpression = 49;
var ComprehensionExpression = 50;
var BracketL = 55;
var ArrayExpression = 56;
var ArrayComprehensionExpression = 57;
var BraceL = 59;
var DictionaryExpression = 60;
var DictionaryComprehensionExpression = 61;
var SetExpression = 62;
var SetComprehensionExpression = 63;
var ArgList = 65;
var subscript = 238;
var String$1 = 71;
var stringStart = 241;
var stringStartD = 242;
var stringStartL = 243;
var stringStartLD = 244;
var stringStartR = 245;
var stringStartRD = 246;
var stringStartRL = 247;
var stringStartRLD = 248;
var FormatString = 72;
var stringStartF = 249;
var stringStartFD = 250;
var stringStartFL = 251;
var stringStartFLD = 252;
var stringStartFR = 253;
var stringStartFRD = 254;
var stringStartFRL = 255;
var stringStartFRLD = 256;
var FormatReplacement = 73;
var nestedFormatReplacement = 77;
var importList = 263;
var TypeParamList = 112;
var ParamList = 130;
var SequencePattern = 151;
var MappingPattern = 152;
var PatternArgList = 155;
var newline = 10;
var carriageReturn = 13;
var space = 32;
var tab = 9;
var hash = 35;
var parenOpen = 40;
var dot = 46;
var braceOpen = 123;
var braceClose = 125;
var singleQuote = 39;
var doubleQuote = 34;
var backslash = 92;
var letter_o = 111;
var letter_x = 120;
var letter_N = 78;
var letter_u = 117;
var letter_U = 85;
var bracketed = /* @__PURE__ */ new Set([
  ParenthesizedExpression,
  TupleExpression,
  ComprehensionExpression,
  importList,
  ArgList,
  ParamList,
  ArrayExpression,
  ArrayComprehensionExpression,
  subscript,
  SetExpression,
  SetComprehensionExpression,
  FormatString,
  FormatReplacement,
  nestedFormatReplacement,
  DictionaryExpression,
  DictionaryComprehensionExpression,
  SequencePattern,
  MappingPattern,
  PatternArgList,
  TypeParamList
]);
function isLineBreak2(ch) {
  return ch == newline || ch == carriageReturn;
}
function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
var newlines = new ExternalTokenizer((input, stack) => {
  let prev;
  if (input.next < 0) {
    input.acceptToken(eof);
  } else if (stack.context.flags & cx_Bracketed) {
    if (isLineBreak2(input.next)) input.acceptToken(newlineBracketed, 1);
  } else if (((prev = input.peek(-1)) < 0 || isLineBreak2(prev)) && stack.canShift(blankLineStart)) {
    let spaces = 0;
    while (input.next == space || input.next == tab) {
      input.advance();
      spaces++;
    }
    if (input.next == newline || input.next == carriageReturn || input.next == hash)
      input.acceptToken(blankLineStart, -spaces);
  } else if (isLineBreak2(input.next)) {
    input.acceptToken(newline$1, 1);
  }
}, { contextual: true });
var indentation = new ExternalTokenizer((input, stack) => {
  let context = stack.context;
  if (context.flags) return;
  let prev = input.peek(-1);
  if (prev == newline || prev == carriageReturn) {
    let depth = 0, chars = 0;
    for (; ; ) {
      if (input.next == space) depth++;
      else if (input.next == tab) depth += 8 - depth % 8;
      else break;
      input.advance();
      chars++;
    }
    if (depth != context.indent && input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth < context.indent) input.acceptToken(dedent, -chars);
      else input.acceptToken(indent);
    }
  }
});
var cx_Bracketed = 1;
var cx_String = 2;
var cx_DoubleQuote = 4;
var cx_Long = 8;
var cx_Raw = 16;
var cx_Format = 32;
function Context(parent, indent2, flags) {
  this.parent = parent;
  this.indent = indent2;
  this.flags = flags;
  this.hash = (parent ? parent.hash + parent.hash << 8 : 0) + indent2 + (indent2 << 4) + flags + (flags << 6);
}
var topIndent = new Context(null, 0, 0);
function countIndent(space2) {
  let depth = 0;
  for (let i = 0; i < space2.length; i++)
    depth += space2.charCodeAt(i) == tab ? 8 - depth % 8 : 1;
  return depth;
}
var stringFlags = new Map([
  [stringStart, 0],
  [stringStartD, cx_DoubleQuote],
  [stringStartL, cx_Long],
  [stringStartLD, cx_Long | cx_DoubleQuote],
  [stringStartR, cx_Raw],
  [stringStartRD, cx_Raw | cx_DoubleQuote],
  [stringStartRL, cx_Raw | cx_Long],
  [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
  [stringStartF, cx_Format],
  [stringStartFD, cx_Format | cx_DoubleQuote],
  [stringStartFL, cx_Format | cx_Long],
  [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
  [stringStartFR, cx_Format | cx_Raw],
  [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
  [stringStartFRL, cx_Format | cx_Raw | cx_Long],
  [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
].map(([term, flags]) => [term, flags | cx_String]));
var trackIndent = new ContextTracker({
  start: topIndent,
  reduce(context, term, _, input) {
    if (context.flags & cx_Bracketed && bracketed.has(term) || (term == String$1 || term == FormatString) && context.flags & cx_String)
      return context.parent;
    return context;
  },
  shift(context, term, stack, input) {
    if (term == indent)
      return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0);
    if (term == dedent)
      return context.parent;
    if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
      return new Context(context, 0, cx_Bracketed);
    if (stringFlags.has(term))
      return new Context(context, 0, stringFlags.get(term) | context.flags & cx_Bracketed);
    return context;
  },
  hash(context) {
    return context.hash;
  }
});
var legacyPrint = new ExternalTokenizer((input) => {
  for (let i = 0; i < 5; i++) {
    if (input.next != "print".charCodeAt(i)) return;
    input.advance();
  }
  if (/\w/.test(String.fromCharCode(input.next))) return;
  for (let off = 0; ; off++) {
    let next = input.peek(off);
    if (next == space || next == tab) continue;
    if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
      input.acceptToken(printKeyword);
    return;
  }
});
var strings = new ExternalTokenizer((input, stack) => {
  let { flags } = stack.context;
  let quote = flags & cx_DoubleQuote ? doubleQuote : singleQuote;
  let long = (flags & cx_Long) > 0;
  let escapes = !(flags & cx_Raw);
  let format2 = (flags & cx_Format) > 0;
  let start = input.pos;
  for (; ; ) {
    if (input.next < 0) {
      break;
    } else if (format2 && input.next == braceOpen) {
      if (input.peek(1) == braceOpen) {
        input.advance(2);
      } else {
        if (input.pos == start) {
          input.acceptToken(replacementStart, 1);
          return;
        }
        break;
      }
    } else if (escapes && input.next == backslash) {
      if (input.pos == start) {
        input.advance();
        let escaped = input.next;
        if (escaped >= 0) {
          input.advance();
          skipEscape(input, escaped);
        }
        input.acceptToken(Escape);
        return;
      }
      break;
    } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
      input.advance(2);
    } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
      if (input.pos == start) {
        input.acceptToken(stringEnd, long ? 3 : 1);
        return;
      }
      break;
    } else if (input.next == newline) {
      if (long) {
        input.advance();
      } else if (input.pos == start) {
        input.acceptToken(stringEnd);
        return;
      }
      break;
    } else {
      input.advance();
    }
  }
  if (input.pos > start) input.acceptToken(stringContent);
});
function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch == letter_x) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_u) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_U) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote && input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}
var pythonHighlighting = styleTags({
  'async "*" "**" FormatConversion FormatSpec': tags.modifier,
  "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
  "in not and or is del": tags.operatorKeyword,
  "from def class global nonlocal lambda": tags.definitionKeyword,
  import: tags.moduleKeyword,
  "with as print": tags.keyword,
  Boolean: tags.bool,
  None: tags.null,
  VariableName: tags.variableName,
  "CallExpression/VariableName": tags.function(tags.variableName),
  "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
  "ClassDefinition/VariableName": tags.definition(tags.className),
  PropertyName: tags.propertyName,
  "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
  Comment: tags.lineComment,
  Number: tags.number,
  String: tags.string,
  FormatString: tags.special(tags.string),
  Escape: tags.escape,
  UpdateOp: tags.updateOperator,
  "ArithOp!": tags.arithmeticOperator,
  BitOp: tags.bitwiseOperator,
  CompareOp: tags.compareOperator,
  AssignOp: tags.definitionOperator,
  Ellipsis: tags.punctuation,
  At: tags.meta,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  ".": tags.derefOperator,
  ", ;": tags.separator
});
var spec_identifier = { __proto__: null, await: 44, or: 54, and: 56, in: 60, not: 62, is: 64, if: 70, else: 72, lambda: 76, yield: 94, from: 96, async: 102, for: 104, None: 162, True: 164, False: 164, del: 178, pass: 182, break: 186, continue: 190, return: 194, raise: 202, import: 206, as: 208, global: 212, nonlocal: 214, assert: 218, type: 223, elif: 236, while: 240, try: 246, except: 248, finally: 250, with: 254, def: 258, class: 268, match: 279, case: 285 };
var parser = LRParser.deserialize({
  version: 14,
  states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
  stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
  goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
  nodeNames: "\u26A0 print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
  maxTerm: 277,
  context: trackIndent,
  nodeProps: [
    ["isolate", -5, 4, 71, 72, 73, 77, ""],
    ["group", -15, 6, 85, 87, 88, 90, 92, 94, 96, 98, 99, 100, 102, 105, 108, 110, "Statement Statement", -22, 8, 18, 21, 25, 40, 49, 50, 56, 57, 60, 61, 62, 63, 64, 67, 70, 71, 72, 79, 80, 81, 82, "Expression", -10, 114, 116, 119, 121, 122, 126, 128, 133, 135, 138, "Statement", -9, 143, 144, 147, 148, 150, 151, 152, 153, 154, "Pattern"],
    ["openedBy", 23, "(", 54, "[", 58, "{"],
    ["closedBy", 24, ")", 55, "]", 59, "}"]
  ],
  propSources: [pythonHighlighting],
  skippedNodes: [0, 4],
  repeatNodeCount: 34,
  tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
  tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
  topRules: { "Script": [0, 5] },
  specialized: [{ term: 221, get: (value) => spec_identifier[value] || -1 }],
  tokenPrec: 7668
});

// src/impact/python-names.ts
var BUILTIN_METHODS = {
  str: "capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill",
  bytes: "capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill",
  int: "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes",
  float: "as_integer_ratio conjugate fromhex hex imag is_integer real",
  tuple: "count index",
  object: ""
};
var PROTOCOL = "keys items values get read readline readlines readinto write writelines flush close fileno seek tell truncate isatty readable writable seekable send throw copy update append extend pop add discard remove clear index count default emit handle filter run isoformat utcoffset tzname dst fromutc find_spec exec_module create_module load_module get_data";
var CALLED_BY_NAME = new Set(PROTOCOL.split(" "));
var RUNNER_HOOK = /^(?:pytest_\w+|setUp\w*|tearDown\w*|setup_\w+|teardown_\w+|setup|teardown|load_tests)$/;
var DUNDER = /^__\w+__$/;
var BY_NAME_AT = /* @__PURE__ */ new Map([
  ["getattr", 1],
  ["setattr", 1],
  ["hasattr", 1],
  ["delattr", 1],
  ["attrgetter", 0],
  ["methodcaller", 0]
]);
var ALWAYS_DYNAMIC = /* @__PURE__ */ new Set([
  "eval",
  "exec",
  "vars",
  "globals",
  "locals",
  "__import__",
  "import_module",
  "__getattribute__",
  "__getattr__"
]);
function hasError(tree) {
  let at;
  tree.iterate({
    enter(node) {
      if (at !== void 0) return false;
      if (node.type.isError) at = node.from;
      return void 0;
    }
  });
  return at;
}
var words = (text, into) => {
  for (const match of text.matchAll(/[A-Za-z_]\w*/g)) into.add(match[0]);
};
function calleeName2(node, text) {
  if (node.name === "VariableName") return text.slice(node.from, node.to);
  if (node.name === "MemberExpression") {
    const last = node.lastChild;
    if (last?.name === "PropertyName") return text.slice(last.from, last.to);
  }
  return void 0;
}
function dynamicCall(call, text) {
  const callee = call.firstChild;
  const args = call.lastChild;
  if (!callee || args?.name !== "ArgList") return void 0;
  const name2 = calleeName2(callee, text);
  if (!name2) return void 0;
  const line = text.slice(call.from, call.to).split("\n")[0].slice(0, 60);
  if (ALWAYS_DYNAMIC.has(name2)) return `${line} (line ${lineOf(text, call.from)})`;
  const at = BY_NAME_AT.get(name2);
  if (at === void 0) return void 0;
  const values = [];
  for (let child = args.firstChild; child; child = child.nextSibling) if (!["(", ")", ","].includes(child.name)) values.push(child);
  const arg = values[at];
  return arg && arg.name === "String" ? void 0 : `${line} (line ${lineOf(text, call.from)})`;
}
var lineOf = (text, offset) => text.slice(0, offset).split("\n").length;
function mentions(tree, text, from, to, options) {
  const names = /* @__PURE__ */ new Set();
  let dynamic;
  let global;
  tree.iterate({
    from,
    to,
    enter(ref) {
      if (ref.to <= from || ref.from >= to) return false;
      const node = ref.node;
      if (ref.from >= from && ref.to <= to && options.skip?.(node)) return false;
      const name2 = ref.name;
      if (ref.from < from || ref.to > to) return void 0;
      if (name2 === "Comment") return false;
      if (name2 === "VariableName" || name2 === "PropertyName") {
        const word = text.slice(ref.from, ref.to);
        names.add(word);
        if (word === "__dict__") dynamic ??= `__dict__ (line ${lineOf(text, ref.from)})`;
      } else if (name2 === "String" || name2 === "FormatString") {
        if (options.strings) words(text.slice(ref.from, ref.to), names);
        return name2 === "FormatString" ? void 0 : false;
      } else if (name2 === "CallExpression") dynamic ??= dynamicCall(node, text);
      else if (name2 === "ScopeStatement" && text.startsWith("global", ref.from))
        global ??= `${text.slice(ref.from, ref.to)} (line ${lineOf(text, ref.from)})`;
      return void 0;
    }
  });
  return { names, ...dynamic ? { dynamic } : {}, ...global ? { global } : {} };
}
function bodyRange(def, text) {
  const body = def.getChild("Body");
  if (!body) return void 0;
  const statements = [];
  for (let child = body.firstChild; child; child = child.nextSibling)
    if (child.name !== ":" && child.name !== "Comment") statements.push(child);
  if (statements.length === 0) return void 0;
  const first = statements[0];
  const lineStart = text.lastIndexOf("\n", first.from - 1) + 1;
  const from = text.slice(body.from, first.from).includes("\n") ? lineStart : first.from;
  return { from, to: statements[statements.length - 1].to };
}
function pythonFacts(path, text) {
  let tree;
  try {
    tree = parser.parse(text);
  } catch (error) {
    return { why: `${path} could not be parsed (${error.message.split("\n")[0]})` };
  }
  const bad = hasError(tree);
  if (bad !== void 0) return { why: `${path} could not be parsed (line ${lineOf(text, bad)})` };
  const units = [];
  const classes = /* @__PURE__ */ new Map();
  const addDef = (def, decorated, cls) => {
    const nameNode = def.getChild("VariableName");
    const range = bodyRange(def, text);
    if (!nameNode || !range) return;
    const name2 = text.slice(nameNode.from, nameNode.to);
    units.push({ qual: cls ? `${cls}.${name2}` : name2, name: name2, ...cls ? { cls } : {}, ...range, decorated });
  };
  const addClass = (def, decorated) => {
    const nameNode = def.getChild("VariableName");
    if (!nameNode) return;
    const name2 = text.slice(nameNode.from, nameNode.to);
    const facts = {};
    const bases = [];
    const args = def.getChild("ArgList");
    let keyword2 = false;
    for (let child = args?.firstChild; child; child = child.nextSibling) {
      if (child.name === "AssignOp") keyword2 = true;
      if (["(", ")", ",", "AssignOp"].includes(child.name)) continue;
      bases.push(text.slice(child.from, child.to));
    }
    const outside = bases.filter((base) => !(base in BUILTIN_METHODS) && !classes.has(base));
    const inherited = bases.map((base) => classes.get(base)).find((base) => base?.hooks);
    if (decorated) facts.hooks = `class ${name2} is decorated`;
    else if (keyword2) facts.hooks = `class ${name2} has a metaclass or class keywords`;
    else if (outside.length > 0) facts.hooks = `${name2} subclasses ${outside[0]}, which may call its methods by name`;
    else if (inherited?.hooks) facts.hooks = inherited.hooks;
    const builtin = bases.find((base) => base in BUILTIN_METHODS) ?? bases.map((base) => classes.get(base)?.builtin).find(Boolean);
    if (builtin) facts.builtin = builtin;
    classes.set(name2, facts);
    const body = def.getChild("Body");
    for (let child = body?.firstChild; child; child = child.nextSibling) {
      if (child.name === "FunctionDefinition") addDef(child, false, name2);
      else if (child.name === "DecoratedStatement") {
        const inner = child.getChild("FunctionDefinition");
        if (inner) addDef(inner, true, name2);
      }
    }
  };
  for (let child = tree.topNode.firstChild; child; child = child.nextSibling) {
    if (child.name === "FunctionDefinition") addDef(child, false);
    else if (child.name === "ClassDefinition") addClass(child, false);
    else if (child.name === "DecoratedStatement") {
      const fn = child.getChild("FunctionDefinition");
      const cls = child.getChild("ClassDefinition");
      if (fn) addDef(fn, true);
      else if (cls) addClass(cls, true);
    }
  }
  let skeleton2 = "";
  let at = 0;
  for (const unit of [...units].sort((a, b) => a.from - b.from)) {
    skeleton2 += `${text.slice(at, unit.from)}\0${unit.qual}\0`;
    at = unit.to;
  }
  skeleton2 += text.slice(at);
  const bodies = new Set(units.map((unit) => `${unit.from}:${unit.to}`));
  const aliases = [];
  const inBody = (node) => units.some((unit) => node.from >= unit.from && node.to <= unit.to);
  const load = mentions(tree, text, 0, text.length, {
    strings: false,
    skip: (node) => {
      if (bodies.has(`${node.from}:${node.to}`) || inBody(node)) return true;
      if (node.name === "VariableName" && (node.parent?.name === "FunctionDefinition" || node.parent?.name === "ClassDefinition"))
        return true;
      if (node.name === "VariableName" && node.parent?.name === "ParamList" && node.prevSibling?.name !== "AssignOp") return true;
      if (node.name !== "ImportStatement") return false;
      const parts = [];
      for (let child = node.firstChild; child; child = child.nextSibling) parts.push(text.slice(child.from, child.to));
      const start = parts.indexOf("import");
      if (parts[0] === "from") {
        for (let i = start + 1; i < parts.length; i++)
          if (parts[i + 1] === "as" && parts[i + 2]) aliases.push({ imported: parts[i], local: parts[i + 2] });
      }
      return true;
    }
  });
  const unitMentions = units.map((unit) => mentions(tree, text, unit.from, unit.to, { strings: true }));
  return {
    units,
    classes,
    skeleton: skeleton2,
    loadNames: load.names,
    aliases,
    unitNames: unitMentions.map((found) => found.names),
    unitDynamic: unitMentions.map((found) => found.dynamic),
    unitGlobal: unitMentions.map((found) => found.global),
    ...load.dynamic ? { loadDynamic: load.dynamic } : {}
  };
}
function allMentions(text) {
  const tree = parser.parse(text);
  const bad = hasError(tree);
  if (bad !== void 0) return { why: `line ${lineOf(text, bad)} could not be parsed` };
  return mentions(tree, text, 0, text.length, { strings: true });
}
function selectPythonByName(input) {
  const budget = input.budget ?? 3e3;
  const { path, graph } = input;
  if (posix5.basename(path) === "conftest.py") return { why: `${path} is a conftest.py` };
  const read = (file) => {
    try {
      return readFileSync5(join6(input.root, file), "utf8");
    } catch {
      return void 0;
    }
  };
  const after = read(path);
  if (after === void 0) return { why: `${path} is gone` };
  const old = pythonFacts(path, input.before);
  if ("why" in old) return { why: `at the parent: ${old.why}` };
  const now = pythonFacts(path, after);
  if ("why" in now) return now;
  if (old.skeleton !== now.skeleton)
    return {
      why: `${path}: the change is outside any function body (module or class code, a signature, a decorator, a function added or removed)`
    };
  const quals = now.units.map((unit) => unit.qual);
  if (new Set(quals).size !== quals.length) return { why: `${path}: two functions share a name` };
  const oldBody = new Map(old.units.map((unit) => [unit.qual, input.before.slice(unit.from, unit.to)]));
  const changed = now.units.filter((unit) => oldBody.get(unit.qual) !== after.slice(unit.from, unit.to));
  const selection = { tests: /* @__PURE__ */ new Map(), byFile: /* @__PURE__ */ new Map(), functions: changed.map((unit) => unit.qual) };
  const label = `${path} ${selection.functions.map((name2) => `${name2}()`).join(", ")}`;
  const tainted = /* @__PURE__ */ new Set();
  const queue = [];
  const taint = (name2) => {
    if (tainted.has(name2)) return;
    tainted.add(name2);
    queue.push(name2);
  };
  const byFile = (file, why) => {
    if (!selection.byFile.has(file)) selection.byFile.set(file, why);
  };
  const addUnit = (file, facts2, unit, cause = "") => {
    const who = cause ? `${unit.qual} (${cause})` : unit.qual;
    if (DUNDER.test(unit.name)) return byFile(file, `${who} is a dunder method: operators and the interpreter call it without its name`);
    if (unit.decorated) return byFile(file, `${who} is decorated: the decorator may register or wrap it`);
    if (RUNNER_HOOK.test(unit.name)) return byFile(file, `${who} is a name a test runner calls`);
    const global = facts2.unitGlobal[facts2.units.indexOf(unit)];
    if (global) return byFile(file, `${who} writes module state (${global}): what reads it later is not followed by name`);
    taint(unit.name);
    if (!unit.cls) return;
    const cls = facts2.classes.get(unit.cls);
    const builtin = cls?.builtin ? BUILTIN_METHODS[cls.builtin].split(" ").includes(unit.name) : false;
    if (cls?.hooks || builtin || CALLED_BY_NAME.has(unit.name)) taint(unit.cls);
  };
  for (const unit of changed) addUnit(path, now, unit);
  const pythonFiles = graph.files.filter((file) => file.endsWith(".py"));
  const nativeFiles = graph.files.filter((file) => /\.(?:pyx|c|cpp)$/.test(file));
  const texts = /* @__PURE__ */ new Map();
  const facts = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    let text = texts.get(file);
    if (text === void 0) {
      text = file === path ? after : read(file) ?? "";
      texts.set(file, text);
    }
    return text;
  };
  const index = /* @__PURE__ */ new Map();
  for (const file of pythonFiles) {
    const seen = /* @__PURE__ */ new Set();
    words(textOf(file), seen);
    for (const word of seen) {
      const files = index.get(word);
      if (files) files.push(file);
      else index.set(word, [file]);
    }
  }
  const factsOf = (file) => {
    let found = facts.get(file);
    if (!found) {
      if (facts.size >= budget) return void 0;
      found = pythonFacts(file, textOf(file));
      facts.set(file, found);
    }
    return found;
  };
  const visit2 = (file, name2) => {
    if (selection.byFile.has(file)) return true;
    const found = factsOf(file);
    if (!found) return false;
    if ("why" in found) {
      byFile(file, found.why);
      return true;
    }
    if (name2 === void 0) {
      if (found.loadDynamic) byFile(file, `${file} reaches attributes by a computed name when it loads: ${found.loadDynamic}`);
      else
        for (const [at, unit] of found.units.entries()) {
          const dynamic = found.unitDynamic[at];
          if (dynamic) addUnit(file, found, unit, `reaches attributes by a computed name: ${dynamic}`);
        }
      return true;
    }
    if (posix5.basename(file) === "conftest.py") {
      if (found.loadNames.has(name2) || found.unitNames.some((names2) => names2.has(name2)))
        byFile(file, `${file} (a conftest.py: its fixtures and hooks run without being named) uses ${name2}`);
      return true;
    }
    if (found.loadNames.has(name2)) {
      byFile(file, `${name2} is used by code that runs when ${file} loads`);
      return true;
    }
    for (const alias of found.aliases) if (alias.imported === name2) taint(alias.local);
    for (const [at, unit] of found.units.entries()) if (found.unitNames[at].has(name2)) addUnit(file, found, unit, `uses ${name2}`);
    return true;
  };
  const tooMany = { why: `${label} reaches more than ${budget} Python files that may name it` };
  const dynamicFiles = /* @__PURE__ */ new Set();
  for (const word of [...BY_NAME_AT.keys(), ...ALWAYS_DYNAMIC, "__dict__"])
    for (const file of index.get(word) ?? []) dynamicFiles.add(file);
  for (const file of pythonFiles) if (dynamicFiles.has(file) && !visit2(file, void 0)) return tooMany;
  for (let i = 0; i < queue.length; i++) for (const file of index.get(queue[i]) ?? []) if (!visit2(file, queue[i])) return tooMany;
  for (const file of nativeFiles) {
    const text = read(file) ?? "";
    const name2 = [...tainted].find((candidate) => new RegExp(`\\b${candidate}\\b`).test(text));
    if (name2) byFile(file, `${file} (native code) mentions ${name2}`);
  }
  const reaching2 = testsReaching(graph, [path], input.isTest).tests;
  const names = [...tainted].sort();
  for (const test of [...reaching2.keys()].sort()) {
    if (selection.byFile.has(test)) continue;
    const found = allMentions(textOf(test));
    if ("why" in found) {
      byFile(test, `${test}: ${found.why}`);
      continue;
    }
    const name2 = names.find((candidate) => found.names.has(candidate));
    if (name2) selection.tests.set(test, `${label} \u2192 ${test} uses ${name2}`);
    else if (found.dynamic) selection.tests.set(test, `${label} \u2192 ${test} reaches attributes by a computed name: ${found.dynamic}`);
  }
  return selection;
}

// src/impact/runners.ts
init_define_TESTOPS_UPLOT();
import { readFileSync as readFileSync6 } from "node:fs";
import { join as join7 } from "node:path";
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
    const words2 = shellWords(command, true);
    if (words2?.[0] !== "node") return `its ${field} is not node --test`;
    let test = false;
    const args = [];
    for (let i = 1; i < words2.length; i++) {
      const word = words2[i];
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
  const words2 = shellWords(spec.command ?? "", true);
  if (words2?.[0] === "node" && words2.includes("--test")) return false;
  if (!/\bvitest\b/.test(spec.command ?? "")) return true;
  for (const file of files) {
    if (!VITEST_CONFIG.test(file) || file.includes("node_modules/")) continue;
    try {
      if (readFileSync6(join7(repoRoot, file), "utf8").includes("typecheck")) return true;
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
  const everything = (reason) => names.map((name2) => ({ name: name2, selected: true, reasons: [reason] }));
  const full = input.full ?? fullRunReason(config, input.event) ?? (input.changed === null ? "no list of changed files" : null);
  if (full) return everything(`full run: ${full}`);
  const paths = touchedPaths(input.changed ?? []);
  const runAll = new GlobIndex();
  runAll.add(0, [...config["run-all"] ?? DEFAULT_RUN_ALL, input.configPath.replace(/^\.\//, "")]);
  for (const path of paths) if (runAll.owners(path).length > 0) return everything(`run-all: ${path} changed`);
  const byPaths = new GlobIndex();
  const byTests = new GlobIndex();
  const byCassettes = new GlobIndex();
  names.forEach((name2, index) => {
    const suite = config.suites[name2];
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
      const label = `${path} ${selection.functions.map((name2) => `${name2}()`).join(", ")}`;
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
      const known = names.every((name2) => importSuites.includes(names.indexOf(name2)) && !runnerLoadsMore(config.suites[name2]));
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
  names.forEach((name2, index) => {
    if (config.suites[name2].always) {
      picks[index].reasons.unshift("always");
      picks[index].selected = true;
      picks[index].whole = true;
    }
  });
  const queue = names.map((_, index) => index).filter((index) => picks[index].selected);
  for (let i = 0; i < queue.length; i++) {
    const name2 = names[queue[i]];
    for (const need of config.suites[name2].needs) {
      const index = names.indexOf(need);
      if (index < 0) continue;
      const pick = picks[index];
      pick.reasons.push(`needed by ${name2}`);
      pick.whole = true;
      if (!pick.selected) {
        pick.selected = true;
        queue.push(index);
      }
    }
  }
  return names.map((name2, index) => {
    const pick = picks[index];
    const suite = config.suites[name2];
    if (!pick.selected) return { name: name2, selected: false, reasons: [skipReason(suite, paths.length)] };
    const reasons = pick.more > 0 ? [...pick.reasons, `\u2026 and ${pick.more} more`] : pick.reasons;
    const plan = { name: name2, selected: true, reasons };
    if (!pick.whole && pick.files && suite["files-arg"]) {
      const files = [...pick.files].filter((file) => existing?.has(file)).sort();
      const total = testFileCounts.get(index) ?? files.length;
      if (files.length === 0)
        return { name: name2, selected: false, reasons: [`only deleted test files were selected (${[...pick.files].sort().join(", ")})`] };
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
  if (!input.previous) return found;
  const importers = reverse(graph);
  for (const change of input.changed ?? []) {
    const before = input.previous[change.path];
    if (change.status !== "modified" || before === void 0 || isTest(change.path) || !paths.includes(change.path)) continue;
    if (graph.global.has(change.path) || graph.dynamic.has(change.path)) continue;
    let selection;
    if (change.path.endsWith(".py")) {
      try {
        selection = selectPythonByName({ root: input.repoRoot, path: change.path, before, graph, isTest });
      } catch {
        selection = void 0;
      }
    } else if (tools && isJsFile(change.path))
      selection = selectByBinding({
        root: input.repoRoot,
        path: change.path,
        before,
        tools,
        importers: (file) => importers.get(file) ?? [],
        specifiers: (file) => tools.scans.get(file)?.specifiers ?? [],
        spawned: (file) => tools.scans.get(file)?.spawned ?? [],
        isTest
      });
    if (selection && !("why" in selection)) found.set(change.path, selection);
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
    this.scratch = mkdtempSync(join8(tmpdir(), "testops-replay-"));
    this.worktree = join8(this.scratch, "worktree");
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
    const recorded = this.options.record ? join8(this.options.record, `${commit}.json`) : void 0;
    if (recorded) {
      try {
        const run2 = JSON.parse(readFileSync7(recorded, "utf8"));
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
    return Object.entries(this.options.config.suites).filter(([, spec]) => /\bpytest\b/.test(spec.command ?? "")).map(([name2]) => name2);
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
        const dir = mkdtempSync(join8(this.scratch, "coverage-"));
        const paths = writeCoverageRc(dir);
        const whole = await this.runItems([{ suite }], label, void 0, coverageArgs(paths.rc));
        try {
          exportCoverageJson(pythonOf(this.options.config.suites[suite].command ?? "", this.worktree), paths.rc, paths.json, this.worktree);
          run.coverage = { ...run.coverage, [suite]: readCoverageJson(readFileSync7(paths.json, "utf8"), new Set(repoFiles)) };
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
    const candidates = sources.filter((file) => MUTABLE.test(file.path) && existsSync3(join8(this.worktree, file.path))).slice(0, MAX_MUTANTS);
    for (const file of candidates) {
      const path = file.path;
      const absolute = join8(this.worktree, path);
      const original = readFileSync7(absolute, "utf8");
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
      const label = "functions" in units ? `${path} ${units.functions.map((name2) => `${name2}()`).join(", ")}` : path;
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
        now[path] = readFileSync7(join8(this.worktree, path), "utf8");
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
      const id2 = (test) => `${test.file ?? ""}\0${test.classname ?? ""}\0${test.name}`;
      const got = new Map(Object.values(result.tests).map((test) => [id2(test), test]));
      const absent = /* @__PURE__ */ new Set();
      for (const test of Object.values(after.tests)) {
        if (test.suite !== suite || !test.file || !testChosen(test)) continue;
        const key = testKeyOfJunit(test.file, test.classname, test.name);
        const ran = got.get(id2(test));
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
      for (const { path, name: name2 } of functions) {
        const defs = defsAfter[path];
        const def = Array.isArray(defs) ? defs.find((candidate) => candidate.name === name2) : void 0;
        const absolute = join8(this.worktree, path);
        const original = readFileSync7(absolute, "utf8");
        const lines = original.split("\n");
        if (!def || def.body <= def.start || lines[def.body - 1] === void 0) continue;
        const indent2 = /^\s*/.exec(lines[def.body - 1])?.[0] ?? "";
        lines.splice(def.body - 1, 0, `${indent2}raise RuntimeError("testops replay mutant: ${name2}")`);
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
          `  mutant ${path} ${name2}() at ${commit.slice(0, 10)}: ${dependents.length} test(s) fail, ${missed.length} not selected by test`
        );
        row.mutants.push({ file: `${path} ${name2}()`, failing: dependents.length, missed });
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
        (name2) => name2 === suite ? suitePlan : { name: name2, selected: false, reasons: ["not this item"] }
      ),
      seed: "1",
      cache: { key: "", restoreKeys: [] },
      problems: []
    };
    const work = mkdtempSync(join8(this.scratch, `${label}-`));
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
      runsPath: join8(work, "runs.json"),
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
    baseline = JSON.parse(readFileSync8(path, "utf8"));
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
import { join as join9 } from "node:path";
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
  if (existsSync4(join9(input.baselineDir, BASELINE_FILE))) return "present";
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
  countAttempts,
  observationKey,
  historyKey,
  issueIdOf,
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
  parse2 as parse,
  loadOxc,
  mergeRuns,
  replayImpactCommand,
  restoreBaselineFromHistory,
  shardInput,
  makePlan,
  eventCacheKeys,
  planImpl
};
