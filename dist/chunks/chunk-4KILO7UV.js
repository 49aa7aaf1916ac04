import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  baseRunsOf,
  baselineHistory,
  countAttempts,
  historyKey,
  infraRunsOf,
  issueIdOf,
  judgeRelative,
  mayBeUnstable,
  mergeHistories,
  observationKey,
  observe,
  readBaseline,
  runOf,
  updateBaseline,
  writeBaseline
} from "./chunk-BFKJSNDF.js";
import {
  fromSuiteDirectory,
  releaseMemory,
  retryRows,
  shardRows,
  testTotalsOf,
  writeJson,
  writeRunsJson,
  writeText
} from "./chunk-BZDMTUKL.js";
import {
  CATALOGUE,
  classifyFailures,
  flakyIssuesApi,
  looksOutOfMemory,
  securityPriority,
  stepsForFailures,
  tokenLogin
} from "./chunk-2ZN5WP2U.js";
import {
  appendToBranch,
  checkRuns,
  perfSeriesKey,
  recordFromReport
} from "./chunk-ZSLPRR32.js";
import {
  coverageTotals,
  describeGitHubError,
  runCoverage
} from "./chunk-6RML2HF4.js";
import {
  CLIENT_FORMAT_JS,
  DEFAULT_LEVEL_POLICIES,
  StreamRedaction,
  baselineLine,
  buildSections,
  collectAnnotations,
  compileGlobs,
  escapeText,
  fitToStep,
  footer,
  forkNote,
  formatBaselineFigure,
  formatChange,
  formatCount,
  formatFigure,
  formatMetric,
  formatPct,
  formatPoints,
  formatSeconds,
  formatThreshold,
  headline,
  linksFor,
  maxOf,
  median,
  minOf,
  normalQuantile,
  pushAll,
  redactor,
  renderTerminal,
  shellQuote,
  shortSha,
  statusWord
} from "./chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/pipeline/execute.ts
init_define_TESTOPS_UPLOT();

// src/flaky/index.ts
init_define_TESTOPS_UPLOT();

// src/flaky/analyze.ts
init_define_TESTOPS_UPLOT();

// src/flaky/assess.ts
init_define_TESTOPS_UPLOT();

// src/flaky/estimate.ts
init_define_TESTOPS_UPLOT();
function normalQuantile2(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: expected a probability strictly between 0 and 1, got ${p}`);
  return normalQuantile(p);
}
function wilson(failures, trials, confidence) {
  if (trials <= 0) return { rate: 0, low: 0, high: 1 };
  const z2 = normalQuantile2(1 - (1 - confidence) / 2);
  const p = failures / trials;
  const z22 = z2 * z2;
  const denominator = 1 + z22 / trials;
  const centre = (p + z22 / (2 * trials)) / denominator;
  const half = z2 * Math.sqrt(p * (1 - p) / trials + z22 / (4 * trials * trials)) / denominator;
  return { rate: p, low: failures === 0 ? 0 : Math.max(0, centre - half), high: failures === trials ? 1 : Math.min(1, centre + half) };
}

// src/flaky/assess.ts
var BROKEN_SHARE = 0.95;
var BROKEN_MIN_RUNS = 3;
var BREAK_ALPHA = 0.01;
var QUARANTINE_MIN_RUNS = 20;
var RELEASE_SHARE = 0.75;
var MAX_EVIDENCE = 5;
var pct = (value) => formatPct(value * 100, value < 0.1 ? 1 : 0);
var short = (sha) => sha.slice(0, 7);
var runLabel = (entry) => entry.runId ? `run ${entry.runId}${entry.runAttempt && entry.runAttempt > 1 ? ` attempt ${entry.runAttempt}` : ""}` : `commit ${short(entry.commit)}`;
var allFailed = (entry) => entry.failures > 0 && entry.failures >= entry.attempts;
var mixed = (entry) => entry.failures > 0 && entry.failures < entry.attempts;
function sameCodeAs(a2, b) {
  return a2.commit === b.commit || a2.tree !== void 0 && a2.tree === b.tree || a2.scope !== void 0 && a2.scope === b.scope;
}
function changedBetween(a2, b) {
  if (sameCodeAs(a2, b)) return false;
  return a2.scope !== void 0 && b.scope !== void 0;
}
function failureStreaks(valid) {
  const streaks = [];
  for (let index = 0; index < valid.length; index++) {
    if (!allFailed(valid[index])) continue;
    const start = index;
    while (index + 1 < valid.length && allFailed(valid[index + 1])) index++;
    streaks.push({ start, end: index + 1 });
  }
  return streaks;
}
function assess(history, config) {
  const infraRuns = history.filter((entry) => entry.infra).length;
  const valid = history.filter((entry) => !entry.infra && entry.attempts > 0);
  const level = `${Math.round(config.confidence * 100)}%`;
  const evidence = [];
  const alternations = [];
  const breakable = history.filter((entry) => entry.attempts > 0 && (!entry.infra || allFailed(entry)));
  const streaks = failureStreaks(valid);
  const totalHard = valid.filter(allFailed).length;
  const changePoints = [];
  const inBreakage = /* @__PURE__ */ new Set();
  let ongoing;
  for (const streak of failureStreaks(breakable)) {
    const members = breakable.slice(streak.start, streak.end);
    const own = members.filter((entry) => !entry.infra);
    if (own.length === 0) continue;
    const length = members.length;
    const first = members[0];
    const next = breakable[streak.end];
    const outsideRuns = valid.length - own.length;
    const hardElsewhere = wilson(totalHard - own.length, outsideRuns, 0.95).high;
    const improbable = length >= BROKEN_MIN_RUNS && own.length >= BROKEN_MIN_RUNS - 1 && (!next || hardElsewhere ** length < BREAK_ALPHA);
    const ownFirst = own[0];
    const wentAwayUnchanged = next !== void 0 && sameCodeAs(ownFirst, next) && sameCodeAs(own[own.length - 1], next);
    if (next && wentAwayUnchanged) {
      alternations.push(
        `failed ${own.length === 1 ? `in ${runLabel(ownFirst)}` : `${own.length} runs in a row from ${runLabel(ownFirst)}`} (${short(ownFirst.commit)}) and passed again in ${runLabel(next)} (${short(next.commit)}) with nothing it reaches changed`
      );
      continue;
    }
    if (!improbable) continue;
    const point = {
      brokenAt: first.commit,
      brokenAtTime: first.at,
      runs: length,
      ...next ? { fixedAt: next.commit, fixedAtTime: next.at } : {}
    };
    changePoints.push(point);
    for (const entry of members) inBreakage.add(entry);
    if (!next) ongoing = point;
  }
  const rated = valid.filter((entry) => !inBreakage.has(entry));
  let attempts = 0;
  let failures = 0;
  let failedRuns = 0;
  for (const entry of rated) {
    attempts += entry.attempts;
    failures += entry.failures;
    if (entry.failures > 0) failedRuns++;
  }
  const estimate = wilson(failedRuns, rated.length, config.confidence);
  const withinRun = rated.filter(mixed);
  const groups = /* @__PURE__ */ new Map();
  for (const entry of rated) {
    const key = entry.tree ?? entry.commit;
    groups.set(key, [...groups.get(key) ?? [], entry]);
  }
  const acrossRuns = [...groups.entries()].filter(
    ([, entries]) => entries.length > 1 && entries.some(allFailed) && entries.some((entry) => entry.failures === 0) && !entries.some(mixed)
  );
  const sameTree = withinRun.length > 0 || acrossRuns.length > 0;
  const sameCode = sameTree || alternations.length > 0;
  for (const entry of withinRun.slice(-MAX_EVIDENCE).reverse())
    evidence.push(
      entry.early && entry.early.failed > 0 && entry.early.failed < entry.early.runs ? (
        // early flake detection: the changed test file ran several times in this run
        `${rated.length === 1 ? "new test" : "changed test"} failed ${entry.early.failed} of ${entry.early.runs} repeats in ${runLabel(entry)} (${short(entry.commit)})`
      ) : `failed ${entry.failures} of ${entry.attempts} attempts and ${entry.status === "passed" ? "then passed" : "passed in another"} in ${runLabel(entry)} (${short(entry.commit)})`
    );
  if (withinRun.length > MAX_EVIDENCE) evidence.push(`\u2026 and ${withinRun.length - MAX_EVIDENCE} more runs that failed and passed`);
  for (const [tree, entries] of acrossRuns.slice(-MAX_EVIDENCE))
    evidence.push(
      `passed and failed on the same tree ${short(tree)} across ${entries.length} runs (${entries.map((entry) => `${runLabel(entry)}: ${entry.failures > 0 ? "failed" : "passed"}`).join(", ")})`
    );
  for (const sentence of alternations.slice(-MAX_EVIDENCE).reverse()) evidence.push(sentence);
  if (alternations.length > MAX_EVIDENCE)
    evidence.push(`\u2026 and ${alternations.length - MAX_EVIDENCE} more failures that went away by themselves`);
  const boundFlag = estimate.low > config.flakyAt && failedRuns < rated.length && failedRuns > 0;
  const rateSentence = `failure rate ${pct(estimate.rate)} of runs (first attempts; ${level} Wilson interval ${pct(estimate.low)}\u2013${pct(estimate.high)}) over ${rated.length} runs`;
  if (boundFlag) evidence.push(`${rateSentence}: the lower bound is above flaky-at ${pct(config.flakyAt)} and the test also passes`);
  for (const point of changePoints.slice(-MAX_EVIDENCE))
    evidence.push(
      point.fixedAt ? `broken at ${short(point.brokenAt)} (failed every attempt in ${point.runs} runs in a row), fixed at ${short(point.fixedAt)}: a breakage, not a flake` : `broken at ${short(point.brokenAt)}: failed every attempt in ${point.runs} runs in a row since`
    );
  let cleanStreak = 0;
  let cleanAttempts = 0;
  for (let index = valid.length - 1; index >= 0 && valid[index].failures === 0; index--) {
    cleanStreak++;
    cleanAttempts += valid[index].attempts;
  }
  if (infraRuns > 0) {
    const counted = history.filter((entry) => entry.infra && inBreakage.has(entry)).length;
    evidence.push(
      `${infraRuns} infrastructure run${infraRuns === 1 ? "" : "s"} (more than half of the suite failed) excluded${counted > 0 ? ` from the rate; ${counted} in which it failed every attempt counted toward the breakage` : ""}`
    );
  }
  const lastFix = changePoints.at(-1)?.fixedAt;
  const base = {
    rate: estimate.rate,
    low: estimate.low,
    high: estimate.high,
    runs: rated.length,
    attempts,
    failures,
    failedRuns,
    sameTree,
    sameCode,
    cleanStreak,
    changePoints,
    ...lastFix ? { fixedAt: lastFix } : {}
  };
  if (ongoing) {
    evidence.unshift(`broken, not flaky: failed every attempt in the last ${ongoing.runs} runs, since ${short(ongoing.brokenAt)}`);
    return { ...base, state: "broken", quarantined: false, evidence, brokenAt: ongoing.brokenAt };
  }
  const onDefault = valid.filter((entry) => entry.branch === void 0 || entry.branch === config.defaultBranch);
  const failedOnDefault = onDefault.filter((entry) => entry.status === "failed" || entry.status === "errored").length;
  if (onDefault.length >= BROKEN_MIN_RUNS && failedOnDefault / onDefault.length >= BROKEN_SHARE && allFailed(valid[valid.length - 1])) {
    const since = streaks.at(-1) ? valid[streaks.at(-1).start] : valid[0];
    evidence.unshift(
      `broken, not flaky: failed ${failedOnDefault} of ${onDefault.length} default-branch runs (\u2265 ${pct(BROKEN_SHARE)}), every attempt since ${short(since.commit)}`
    );
    return { ...base, state: "broken", quarantined: false, evidence, brokenAt: since.commit };
  }
  if (!sameCode && !boundFlag) return { ...base, state: "stable", quarantined: false, evidence };
  const streakUpper = wilson(0, cleanAttempts, config.confidence).high;
  const streakStart = valid.length - cleanStreak;
  let changeAt = -1;
  for (let index = Math.max(1, streakStart); index < valid.length && changeAt < 0; index++)
    if (changedBetween(valid[index - 1], valid[index])) changeAt = index;
  const sinceChange = changeAt < 0 ? 0 : valid.length - changeAt;
  const fixedByChange = cleanStreak > 0 && sinceChange >= config.stableRuns;
  if (cleanStreak >= config.stableRuns && (fixedByChange || streakUpper < config.clearBelow)) {
    evidence.unshift(
      fixedByChange ? `cleared: ${sinceChange} clean runs since ${short(valid[changeAt].commit)} changed what it reaches (stable-runs ${config.stableRuns})` : `cleared: ${cleanStreak} clean runs since the last failure (stable-runs ${config.stableRuns}); upper bound ${pct(streakUpper)} < clear-below ${pct(config.clearBelow)}`
    );
    return { ...base, state: "cleared", quarantined: false, evidence };
  }
  let quarantined = false;
  if (sameTree) {
    let prefixRuns = 0;
    let prefixFailed = 0;
    for (const entry of rated) {
      prefixRuns++;
      if (entry.failures > 0) prefixFailed++;
      if (prefixRuns < QUARANTINE_MIN_RUNS) continue;
      const rate = prefixFailed / prefixRuns;
      quarantined = quarantined ? rate >= config.quarantineAt * RELEASE_SHARE : rate >= config.quarantineAt;
    }
    if (quarantined)
      evidence.unshift(
        `quarantined: failure rate ${pct(estimate.rate)} of ${rated.length} runs (quarantined at ${pct(config.quarantineAt)}, released below ${pct(config.quarantineAt * RELEASE_SHARE)}); its failures are reported, not fatal`
      );
  }
  if (!boundFlag) evidence.push(rateSentence);
  if (cleanStreak > 0)
    evidence.push(
      `${cleanStreak} clean run${cleanStreak === 1 ? "" : "s"} since the last failure (needs ${config.stableRuns}, after a change to what it reaches or with an upper bound below ${pct(config.clearBelow)}, to clear)`
    );
  return { ...base, state: "flaky", quarantined, evidence };
}

// src/flaky/analyze.ts
function assessConfig(config, event) {
  return {
    flakyAt: config["flaky-at"] / 100,
    quarantineAt: config["quarantine-at"] / 100,
    clearBelow: config["clear-below"] / 100,
    stableRuns: config["stable-runs"],
    confidence: config.confidence,
    defaultBranch: event.defaultBranch
  };
}
function currentObservations(input, keep, withMessages = true) {
  const previous = input.previousAttempts ?? [];
  const attempt = input.event.runAttempt ?? previous.length + 1;
  const byKey = /* @__PURE__ */ new Map();
  const all = [
    ...previous.map(
      (runs, index) => observe(runs, input.event, input.tree, attempt - previous.length + index, input.scopes, keep, withMessages)
    ),
    observe(input.runs, input.event, input.tree, attempt, input.scopes, keep, withMessages)
  ];
  for (const observations of all)
    for (const observation of observations) {
      const key = historyKey(observation.test.id, observation.test.variant);
      const list = byKey.get(key);
      if (list) list.push(observation);
      else byKey.set(key, [observation]);
    }
  return byKey;
}
var stateOrder = { flaky: 0, broken: 1, cleared: 2, stable: 3 };
var short2 = (sha) => sha.slice(0, 7);
function summariseLegs(legs) {
  const sorted = [...legs].sort((a2, b) => stateOrder[a2.assessment.state] - stateOrder[b.assessment.state]);
  const worst2 = sorted[0];
  const { test, assessment } = worst2;
  const named = legs.filter((leg) => leg.test.variant);
  const entry = {
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...test.file ? { file: test.file } : {},
    ...test.line ? { line: test.line } : {},
    rate: assessment.rate,
    low: assessment.low,
    high: assessment.high,
    runs: assessment.runs,
    // a quarantine excuses the test only while no leg is broken
    quarantined: legs.some((leg) => leg.assessment.quarantined) && !legs.some((leg) => leg.assessment.state === "broken"),
    state: assessment.state,
    evidence: [...assessment.evidence],
    ...assessment.brokenAt ? { brokenAt: assessment.brokenAt } : {},
    ...assessment.fixedAt ? { fixedAt: assessment.fixedAt } : {}
  };
  if (named.length > 0)
    entry.variants = named.map((leg) => ({
      variant: leg.test.variant,
      state: leg.assessment.state,
      rate: leg.assessment.rate,
      runs: leg.assessment.runs,
      quarantined: leg.assessment.quarantined,
      ...leg.assessment.brokenAt ? { brokenAt: leg.assessment.brokenAt } : {}
    })).sort((a2, b) => a2.variant.localeCompare(b.variant));
  if (named.length > 1) {
    const broken = named.filter((leg) => leg.assessment.state === "broken");
    const steady = named.filter((leg) => leg.assessment.state === "stable" || leg.assessment.state === "cleared");
    const legList = (items) => items.map((leg) => leg.test.variant).join(", ");
    if (entry.state === "broken" && broken.length + steady.length === named.length && steady.length > 0)
      entry.evidence.unshift(
        `fails on ${legList(broken)} only, on every run since ${short2(broken[0].assessment.brokenAt ?? "")}, and passes on ${legList(steady)}: a platform failure, not a flake`
      );
    else if (entry.state === "flaky") {
      const flaky = named.filter((leg) => leg.assessment.state === "flaky");
      if (flaky.length < named.length) entry.evidence.unshift(`flaky on ${legList(flaky)}; steady on the other legs`);
    }
  }
  return entry;
}
function* legVerdicts(input, keep, current = currentObservations(input)) {
  const config = assessConfig(input.config, input.event);
  const infraRuns = infraRunsOf(input.baseline);
  for (const [key, observations] of current) {
    const test = observations.at(-1).test;
    if (keep && !keep(test.id)) continue;
    const past = baselineHistory(input.baseline, key, infraRuns);
    const history = mergeHistories(
      past,
      observations.map((observation) => observation.entry)
    );
    const assessment = assess(history, config);
    if (observations.some((observation) => observation.nondeterministic) && assessment.state === "stable") {
      assessment.state = "flaky";
      assessment.sameCode = true;
      assessment.evidence.unshift("outcome differed across repeats with the same seed");
    }
    yield { test, assessment };
  }
}
function quarantinedIds(entries) {
  const ids = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    if (!entry.quarantined) continue;
    if (!entry.variants || entry.variants.length === 0) ids.add(entry.id);
    else for (const leg of entry.variants) if (leg.quarantined) ids.add(historyKey(entry.id, leg.variant));
  }
  return ids;
}
function analyzeFlakiness(input) {
  const current = currentObservations(input, mayBeUnstable([...input.previousAttempts ?? [], input.runs], input.baseline), false);
  const notStable = /* @__PURE__ */ new Set();
  for (const verdict of legVerdicts(input, void 0, current)) if (verdict.assessment.state !== "stable") notStable.add(verdict.test.id);
  const byTest = /* @__PURE__ */ new Map();
  for (const verdict of legVerdicts(input, (id) => notStable.has(id), current)) {
    const legs = byTest.get(verdict.test.id);
    if (legs) legs.push(verdict);
    else byTest.set(verdict.test.id, [verdict]);
  }
  const entries = [];
  for (const legs of byTest.values()) {
    const entry = summariseLegs(legs);
    if (entry.state !== "stable") entries.push(entry);
  }
  return entries.sort((a2, b) => stateOrder[a2.state] - stateOrder[b.state] || b.rate - a2.rate || a2.id.localeCompare(b.id));
}

// src/flaky/sync.ts
init_define_TESTOPS_UPLOT();

// src/flaky/issue-body.ts
init_define_TESTOPS_UPLOT();

// node_modules/markdown-table/index.js
init_define_TESTOPS_UPLOT();
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/flaky/issue-body.ts
var BODY_LIMIT = 65536;
var BODY_BUDGET = 6e4;
var HISTORY_KEEP = 150;
var MESSAGES_KEEP = 5;
var TEST_MARKER = /^<!--\s*testops:flaky-test id=([0-9A-Za-z_-]+)\s*-->/;
var GROUP_MARKER = /^<!--\s*testops:flaky-group key=([^\s]+)\s*-->/;
var DATA_BLOCK = /<!--\s*testops:data\n([\s\S]*?)\n-->/;
var testMarker = (id) => `<!-- testops:flaky-test id=${id} -->`;
var groupMarker = (key) => `<!-- testops:flaky-group key=${key} -->`;
var embed = (value) => JSON.stringify(value).replace(/--/g, "-\\u002d");
function parseBody(body) {
  const text = body ?? "";
  const parsed = {};
  const test = TEST_MARKER.exec(text.trimStart());
  if (test) parsed.testId = test[1];
  const group = GROUP_MARKER.exec(text.trimStart());
  if (group) parsed.groupKey = group[1];
  const block = DATA_BLOCK.exec(text);
  if (block) {
    try {
      const data = JSON.parse(block[1]);
      if (data?.v !== 1 || !Array.isArray(data.history) || typeof data.id !== "string")
        parsed.problem = 'history block: expected {"v":1,"id":\u2026,"history":[\u2026]}';
      else if (parsed.testId && data.id !== parsed.testId)
        parsed.problem = `history block: id ${data.id} does not match the marker ${parsed.testId}`;
      else parsed.data = { ...data, messages: Array.isArray(data.messages) ? data.messages : [] };
    } catch (error) {
      parsed.problem = `history block: not valid JSON (${error.message})`;
    }
  }
  return parsed;
}
var fingerprint = (text) => text.split("\n")[0].replace(/0x[0-9a-f]+|\b[0-9a-f]{7,40}\b/gi, "H").replace(/\d+(\.\d+)?/g, "N").replace(/\s+/g, " ").trim();
function trimMessage(text, maxLines = 15, maxChars = 1200) {
  const lines = text.replace(/\r\n/g, "\n").trim().split("\n");
  let out = lines.slice(0, maxLines).join("\n");
  if (out.length > maxChars) out = `${out.slice(0, maxChars)}\u2026`;
  else if (lines.length > maxLines) out += `
\u2026 (${lines.length - maxLines} more lines)`;
  return out;
}
function dedupeMessages(newest, older, keep = MESSAGES_KEEP) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const text of [...newest, ...older]) {
    if (!text?.trim()) continue;
    const key = fingerprint(text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(trimMessage(text));
    if (out.length >= keep) break;
  }
  return out;
}
var pct2 = (value) => formatPct(value * 100, value < 0.1 ? 1 : 0);
var escapeCell = (text) => escapeText(text);
var location = (test) => test.file ? escapeText(`${test.file}${test.line ? `:${test.line}` : ""}`, "code") : "\u2014";
var formatTime = (iso) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 16).replace("T", " ")} UTC` : iso;
var fence = (text) => escapeText(text, "block");
function runLink(entry, links) {
  if (!entry.runId) return "\u2014";
  const base = `${links.serverUrl}/${links.owner}/${links.repo}/actions/runs/${entry.runId}`;
  const url = entry.runAttempt && entry.runAttempt > 1 ? `${base}/attempts/${entry.runAttempt}` : base;
  return `[${entry.runId}${entry.runAttempt && entry.runAttempt > 1 ? ` #${entry.runAttempt}` : ""}](${url})`;
}
function outcome(entry) {
  if (entry.infra) return "infrastructure (excluded)";
  if (entry.failures === 0) return "passed";
  if (entry.failures < entry.attempts) return `**flaky** (${entry.failures} failed, then passed)`;
  return "failed";
}
function render(input, rows, history, messages) {
  const { test, assessment, data, links } = input;
  const where = location(test);
  const verdict = assessment.state === "broken" ? `broken${assessment.brokenAt ? ` at ${assessment.brokenAt.slice(0, 7)}` : ""} (fails every attempt: needs a fix, not a retry)` : assessment.state === "cleared" ? "cleared" : assessment.state === "flaky" ? "flaky" : "no recent flakiness";
  const status3 = markdownTable([
    ["Verdict", verdict],
    [
      "Flake rate",
      `${pct2(assessment.rate)} of runs (interval ${pct2(assessment.low)}\u2013${pct2(assessment.high)}; ${assessment.failures} of ${assessment.attempts} attempts failed)`
    ],
    ["Runs observed", String(assessment.runs)],
    ["First seen", formatTime(data.firstSeen)],
    ["Last seen", formatTime(data.lastSeen)],
    ["Quarantined", assessment.quarantined ? "yes \u2014 its failures are reported, not fatal" : "no"],
    ["Suite", escapeText(test.suite, "code")],
    ["Location", where],
    ["Clean runs since the last failure", String(assessment.cleanStreak)]
  ]);
  const legs = input.variants ? markdownTable([
    ["Leg", "Verdict", "Flake rate", "Runs"],
    ...input.variants.map((leg) => [
      escapeText(leg.variant, "code"),
      `${leg.state}${leg.brokenAt ? ` at ${leg.brokenAt.slice(0, 7)}` : ""}${leg.quarantined ? " (quarantined)" : ""}`,
      pct2(leg.rate),
      String(leg.runs)
    ])
  ]) : "";
  const recent = history.slice(-rows).reverse();
  const withLeg = history.some((entry) => entry.variant);
  const table2 = markdownTable([
    ["Commit", "Run", ...withLeg ? ["Leg"] : [], "When (UTC)", "Outcome", "Attempts"],
    ...recent.map((entry) => [
      `[${entry.commit.slice(0, 7)}](${links.serverUrl}/${links.owner}/${links.repo}/commit/${entry.commit})`,
      runLink(entry, links),
      ...withLeg ? [entry.variant ? escapeText(entry.variant, "code") : "\u2014"] : [],
      entry.at.slice(0, 16).replace("T", " "),
      outcome(entry),
      String(entry.attempts)
    ])
  ]);
  const perRun = history.map((entry) => entry.message ?? "").filter(Boolean);
  const runsMatching = new Map(classifyFailures(perRun).map((hint) => [hint.kind, hint.count]));
  const hints = classifyFailures([...messages, ...perRun]).map((hint) => ({ ...hint, runs: runsMatching.get(hint.kind) ?? 0 }));
  const seenIn = (runs) => runs > 0 ? `${runs} failing run${runs === 1 ? "" : "s"}` : "in the failure texts";
  const parts = [
    testMarker(test.id),
    `The test **${escapeCell(test.name)}** in suite ${escapeText(test.suite, "code")} passes and fails without a change to its code. testops keeps this issue up to date and closes it when the test has been stable long enough.`,
    data.renamedFrom?.length ? `Formerly: ${data.renamedFrom.map((name) => `**${escapeCell(name)}**`).join(", ")}.` : "",
    "### Status",
    status3,
    legs ? "### Legs" : "",
    legs,
    // One block, so the evidence is one tight list rather than paragraphs apart.
    assessment.evidence.map((line) => `- ${line}`).join("\n"),
    input.runUrl ? `
Latest run: ${input.runUrl}` : "",
    `### Recent runs (${recent.length} of ${history.length})`,
    recent.length ? table2 : "_none yet_",
    "### Latest failures",
    messages.length ? messages.map(fence).join("\n\n") : "_no failure text was reported_",
    "### Likely causes",
    hints.length ? hints.sort((a2, b) => b.runs - a2.runs).map((hint) => `- **${hint.title}** (${seenIn(hint.runs)}, e.g. \u201C${escapeCell(hint.match)}\u201D): ${hint.suggestion}`).join("\n") : "_no known pattern in the failure texts; rerun with the same TEST_SEED to reproduce_",
    `<!-- testops:data
${embed({ ...data, history, messages })}
-->`
  ];
  return parts.filter((part) => part !== "").join("\n\n");
}
function renderBody(input) {
  let rows = input.rows ?? 20;
  let history = input.data.history.slice(-HISTORY_KEEP);
  let messages = input.data.messages.slice(0, MESSAGES_KEEP);
  let body = render(input, rows, history, messages);
  for (let round = 0; body.length > BODY_BUDGET && round < 12; round++) {
    rows = Math.max(3, Math.floor(rows / 2));
    if (round % 2 === 1) messages = messages.map((text) => trimMessage(text, 5, 300)).slice(0, Math.max(1, messages.length - 1));
    history = history.slice(-Math.max(10, Math.floor(history.length * 0.6))).map(({ message, ...rest }) => message ? { ...rest, message: message.slice(0, 120) } : rest);
    body = render(input, rows, history, messages);
  }
  return body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT - 200)}

_(trimmed to GitHub's size limit)_` : body;
}
function renderGroupBody(input) {
  const messages = input.tests.map((item) => item.message ?? "").filter(Boolean);
  const hints = classifyFailures(messages);
  const rows = input.tests.map((item) => [
    escapeCell(item.test.name),
    location(item.test),
    `${pct2(item.assessment.rate)} (${pct2(item.assessment.low)}\u2013${pct2(item.assessment.high)})`,
    escapeCell((item.message ?? "").split("\n")[0].slice(0, 160))
  ]);
  const render2 = (count3) => [
    groupMarker(input.key),
    `${input.tests.length} tests of suite ${escapeText(input.suite, "code")} flaked in ${input.runLabel} (more than group-above ${input.groupAbove}), so they are tracked together here rather than as ${input.tests.length} issues. So many at once usually means a shared cause: an overloaded runner, a slow service, or shared state.`,
    input.runUrl ? `Run: ${input.runUrl}` : "",
    markdownTable([["Test", "Location", "Flake rate", "Failure"], ...rows.slice(0, count3)]),
    count3 < rows.length ? `\u2026 and ${rows.length - count3} more` : "",
    "### Likely causes",
    hints.length ? hints.map((hint) => `- **${hint.title}** (${hint.count}): ${hint.suggestion}`).join("\n") : "_no known pattern in the failure texts_",
    `<!-- testops:data
${embed({ v: 1, id: input.key, kind: "group", suite: input.suite, tests: input.tests.map((item) => item.test.id), history: [], messages: [] })}
-->`
  ].filter(Boolean).join("\n\n");
  let count2 = rows.length;
  let body = render2(count2);
  while (body.length > BODY_BUDGET && count2 > 10) body = render2(count2 = Math.floor(count2 / 2));
  return body;
}

// src/flaky/issue-plan.ts
init_define_TESTOPS_UPLOT();

// src/flaky/lifecycle.ts
init_define_TESTOPS_UPLOT();
function pickIssues(issues) {
  const open = issues.filter((issue) => issue.state === "open").sort((a2, b) => a2.number - b.number);
  const closed = issues.filter((issue) => issue.state === "closed" && issue.stateReason !== "not_planned" && issue.stateReason !== "duplicate").sort((a2, b) => (a2.closedAt ?? "").localeCompare(b.closedAt ?? "") || a2.number - b.number).pop();
  return { open: open[0], duplicates: open.slice(1), closed };
}
function decide(input) {
  const { open, closed } = pickIssues(input.issues);
  switch (input.state) {
    case "cleared":
      return open ? { kind: "close", issue: open } : { kind: "none", reason: "cleared; no open issue", ...closed ? { issue: closed } : {} };
    case "flaky":
      if (open) return { kind: "update", issue: open };
      if (closed) {
        if (!input.flakedNow)
          return { kind: "none", reason: `#${closed.number} was closed and the test has not flaked since`, issue: closed };
        if (!input.isDefaultBranch && input.mergeBaseAt && closed.closedAt && Date.parse(input.mergeBaseAt) < Date.parse(closed.closedAt))
          return {
            kind: "none",
            reason: `#${closed.number} stays closed: this branch's merge-base (${input.mergeBaseAt}) is older than the closing (${closed.closedAt}), so it may lack the fix`,
            issue: closed
          };
        return { kind: "reopen", issue: closed };
      }
      return { kind: "create" };
    case "broken":
      return open ? { kind: "update", issue: open } : { kind: "none", reason: "broken tests get no flaky-test issue" };
    default:
      return open && input.isDefaultBranch ? { kind: "update", issue: open } : { kind: "none", reason: "stable", ...open ? { issue: open } : {} };
  }
}

// src/flaky/issue-plan.ts
var FLAKY_LABEL = "flaky-test";
var REMOVED_AFTER_RUNS = 20;
var RENAME_SIMILARITY = 0.6;
var short3 = (sha) => sha.slice(0, 7);
var titleFor = (test) => {
  const title = `Flaky test: ${test.name} (${test.suite})`;
  return title.length > 200 ? `${title.slice(0, 199)}\u2026` : title;
};
var recordable = (entry, event) => event.isDefaultBranch || entry.failures > 0 && entry.failures < entry.attempts;
function nameSimilarity(a2, b) {
  const pairs = (text) => {
    const clean = text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    const out = /* @__PURE__ */ new Map();
    for (let index = 0; index + 1 < clean.length; index++) {
      const pair = clean.slice(index, index + 2);
      out.set(pair, (out.get(pair) ?? 0) + 1);
    }
    return out;
  };
  const left = pairs(a2);
  const right = pairs(b);
  let both = 0;
  let total = 0;
  for (const count2 of left.values()) total += count2;
  for (const count2 of right.values()) total += count2;
  for (const [pair, count2] of left) both += Math.min(count2, right.get(pair) ?? 0);
  return total === 0 ? a2 === b ? 1 : 0 : 2 * both / total;
}
function byLeg(history) {
  const legs = /* @__PURE__ */ new Map();
  for (const entry of history) legs.set(entry.variant ?? "", [...legs.get(entry.variant ?? "") ?? [], entry]);
  return legs;
}
function planIssues(input) {
  const steps = [];
  const problems = [];
  const { event, config: flaky } = input;
  if (!flaky.issues) return { steps, problems };
  const labels = [.../* @__PURE__ */ new Set([FLAKY_LABEL, ...flaky.labels])];
  const config = assessConfig(flaky, event);
  const infraRuns = infraRunsOf(input.baseline);
  const parsedBodies = /* @__PURE__ */ new Map();
  const parsedOf = (issue) => {
    if (!issue) return {};
    let parsed = parsedBodies.get(issue.number);
    if (!parsed) parsedBodies.set(issue.number, parsed = parseBody(issue.body));
    return parsed;
  };
  const byTest = /* @__PURE__ */ new Map();
  const byGroup = /* @__PURE__ */ new Map();
  for (const issue of input.issues) {
    const parsed = parsedOf(issue);
    if (parsed.testId) byTest.set(parsed.testId, [...byTest.get(parsed.testId) ?? [], issue]);
    else if (parsed.groupKey) byGroup.set(parsed.groupKey, [...byGroup.get(parsed.groupKey) ?? [], issue]);
    if (parsed.problem && parsed.testId) problems.push(`flaky-test issue #${issue.number}: ${parsed.problem}; its history is ignored`);
  }
  const ranNow = /* @__PURE__ */ new Map();
  for (const observations of input.current.values())
    for (const observation of observations) ranNow.set(observation.test.id, [...ranNow.get(observation.test.id) ?? [], observation]);
  const suitesRan = input.ranSuites ?? new Set([...ranNow.values()].map((observations) => observations[0].test.suite));
  const entries = new Map(input.entries.map((entry) => [entry.id, entry]));
  const work = /* @__PURE__ */ new Map();
  const add = (id) => {
    if (work.has(id)) return work.get(id);
    const observations = ranNow.get(id) ?? [];
    const entry = entries.get(id);
    const issues = byTest.get(id) ?? [];
    const picked = pickIssues(issues);
    const stored = parsedOf(picked.open ?? picked.closed).data;
    const test = observations.at(-1)?.test ?? (entry ? { id, suite: entry.suite, name: entry.name, file: entry.file, line: entry.line } : void 0) ?? {
      id,
      suite: stored?.suite ?? "",
      name: stored?.name ?? id,
      ...stored?.file ? { file: stored.file } : {},
      ...stored?.line ? { line: stored.line } : {}
    };
    const item = { test, ...entry ? { entry } : {}, observations, issues };
    work.set(id, item);
    return item;
  };
  for (const id of entries.keys()) add(id);
  const claimed = /* @__PURE__ */ new Set();
  for (const [id, issues] of byTest) {
    const { open, duplicates, closed } = pickIssues(issues);
    for (const duplicate of duplicates)
      steps.push({
        kind: "close",
        number: duplicate.number,
        comment: `Duplicate of #${open?.number} (created by a parallel run); closing in favour of the older issue.`,
        reason: "not_planned",
        why: "duplicate"
      });
    const record = open ?? closed;
    if (!record) continue;
    if (ranNow.has(id)) {
      if (open) add(id);
      continue;
    }
    const data = parsedOf(record).data;
    const suite = data?.suite;
    if (!suite || !suitesRan.has(suite) || !event.isDefaultBranch) continue;
    const renamed = findRename(data, ranNow, byTest, input.baseline, claimed);
    if (renamed) {
      claimed.add(renamed.test.id);
      const item = add(renamed.test.id);
      item.renamedFrom = { id, name: data.name, issue: record };
      item.issues = [record, ...item.issues];
      continue;
    }
    if (!open) continue;
    const missing = runsMissing(id, data, input.baseline) + 1;
    if (missing >= REMOVED_AFTER_RUNS)
      steps.push({
        kind: "close",
        number: open.number,
        testId: id,
        comment: `Closing: the test has not run in the last ${missing} default-branch runs of suite ${escapeText(suite, "code")} (removed or renamed)${input.runUrl ? ` (${input.runUrl})` : ""}. testops reopens this issue if it runs and flakes again.`,
        reason: "completed",
        why: "removed"
      });
  }
  const decided = [];
  for (const item of work.values()) {
    const { test, observations } = item;
    const { open, closed } = pickIssues(item.issues);
    const record = open ?? closed;
    const stored = parsedOf(record).data;
    const storedHistory = stored?.history ?? [];
    const sinceClosing = (history2) => !open && closed?.closedAt ? history2.filter((entry) => Date.parse(entry.at) > Date.parse(closed.closedAt)) : history2;
    const variants = /* @__PURE__ */ new Set([
      ...storedHistory.map((entry) => entry.variant ?? ""),
      ...observations.map((observation) => observation.test.variant ?? "")
    ]);
    if (variants.size === 0) variants.add("");
    const now = observations.map((observation) => observation.entry);
    const histories = [];
    const legs = [];
    const storedLegs = byLeg(sinceClosing(storedHistory));
    for (const variant of variants) {
      const key = historyKey(test.id, variant || void 0);
      const fromBaseline = baselineHistory(input.baseline, key, infraRuns).map((entry) => variant ? { ...entry, variant } : entry);
      const leg = mergeHistories(
        storedLegs.get(variant) ?? [],
        sinceClosing(fromBaseline),
        now.filter((entry) => (entry.variant ?? "") === variant && recordable(entry, event))
      ).slice(-HISTORY_KEEP);
      pushAll(histories, leg);
      legs.push({ test: { ...test, ...variant ? { variant } : {} }, assessment: assess(leg, config) });
    }
    const summary = summariseLegs(legs);
    if (summary.state === "stable" && item.entry?.state === "flaky") {
      summary.state = "flaky";
      summary.evidence = item.entry.evidence;
    }
    if (item.entry?.quarantined && summary.state === "flaky") summary.quarantined = true;
    const history = mergeHistories(histories).slice(-HISTORY_KEEP * Math.max(1, variants.size));
    const lastFailure = [...history].reverse().find((entry) => entry.failures > 0 && !entry.infra);
    const data = {
      v: 1,
      id: test.id,
      suite: test.suite,
      name: test.name,
      ...test.file ? { file: test.file } : {},
      ...test.line ? { line: test.line } : {},
      firstSeen: stored?.firstSeen ?? history.find((entry) => entry.failures > 0 && !entry.infra)?.at ?? input.now,
      lastSeen: lastFailure?.at ?? stored?.lastSeen ?? input.now,
      messages: dedupeMessages(
        observations.flatMap((observation) => observation.messages),
        stored?.messages ?? []
      ),
      history,
      state: summary.state,
      ...item.renamedFrom || stored?.renamedFrom ? { renamedFrom: [.../* @__PURE__ */ new Set([...stored?.renamedFrom ?? [], ...item.renamedFrom ? [item.renamedFrom.name] : []])] } : {}
    };
    const flakedNow = now.some((entry) => !entry.infra && entry.failures > 0 && (entry.failures < entry.attempts || event.isDefaultBranch));
    decided.push({ item, summary, legs, data, flakedNow });
  }
  const actionOf = (item) => decide({
    state: item.summary.state,
    issues: item.item.issues,
    flakedNow: item.flakedNow,
    isDefaultBranch: event.isDefaultBranch,
    ...input.mergeBaseAt ? { mergeBaseAt: input.mergeBaseAt } : {}
  });
  const newBySuite = /* @__PURE__ */ new Map();
  for (const item of decided)
    if (actionOf(item).kind === "create" && item.flakedNow)
      newBySuite.set(item.item.test.suite, [...newBySuite.get(item.item.test.suite) ?? [], item]);
  const grouped = /* @__PURE__ */ new Set();
  for (const [suite, items] of newBySuite) {
    if (items.length <= flaky["group-above"]) continue;
    for (const item of items) grouped.add(item);
    const key = `${suite}@${event.runId ?? event.headSha.slice(0, 12)}`;
    const runLabel2 = event.runId ? `run ${event.runId}` : `commit ${short3(event.headSha)}`;
    const body = renderGroupBody({
      key,
      suite,
      runLabel: runLabel2,
      ...input.runUrl ? { runUrl: input.runUrl } : {},
      tests: items.map((item) => ({
        test: item.item.test,
        assessment: item.legs[0].assessment,
        message: item.data.messages[0]
      })),
      groupAbove: flaky["group-above"]
    });
    const existing = (byGroup.get(key) ?? []).find((issue) => issue.state === "open");
    steps.push({
      kind: "create-group",
      key,
      testIds: items.map((item) => item.item.test.id),
      title: `Flaky tests: ${items.length} in suite ${suite} flaked in ${runLabel2}`,
      body,
      labels,
      ...existing ? { existing: existing.number } : {}
    });
  }
  for (const item of decided) {
    if (grouped.has(item)) continue;
    const { test } = item.item;
    const shown = {
      ...worstLeg(item.legs, item.summary),
      evidence: item.summary.evidence,
      quarantined: item.summary.quarantined
    };
    const body = () => (input.render ?? renderBody)({
      test,
      assessment: shown,
      data: item.data,
      links: input.links,
      ...item.summary.variants && item.summary.variants.length > 1 ? { variants: item.summary.variants } : {}
    });
    const { open, closed } = pickIssues(item.item.issues);
    const missingLabels = (issue) => labels.filter((label) => !issue.labels.some((have) => have.toLowerCase() === label.toLowerCase()));
    if (item.item.renamedFrom) {
      const issue = item.item.renamedFrom.issue;
      const text = body();
      steps.push({
        kind: "update",
        number: issue.number,
        testId: test.id,
        title: titleFor(test),
        body: text,
        comment: `The test was renamed: **${item.item.renamedFrom.name}** is now **${test.name}** (same file); this issue follows it.`,
        why: "renamed"
      });
      continue;
    }
    const state = item.summary.state;
    if (open && (state === "stable" || state === "cleared")) {
      if (!event.isDefaultBranch || item.item.observations.length === 0) {
        steps.push({ kind: "link", number: open.number, testId: test.id });
        continue;
      }
      const why = state === "cleared" ? item.summary.evidence[0] ?? "stable long enough" : `no flakiness left in the ${item.data.history.length} runs this issue keeps`;
      steps.push({
        kind: "close",
        number: open.number,
        testId: test.id,
        body: body(),
        comment: `Closing: ${why}${input.runUrl ? ` (${input.runUrl})` : ""}. testops reopens this issue if the test flakes again.`,
        reason: "completed",
        why: "stable"
      });
      continue;
    }
    if (open) {
      const text = body();
      const before = parsedOf(open).data?.state;
      const becameBroken = state === "broken" && before !== "broken";
      const extra = missingLabels(open);
      if (text !== open.body || extra.length > 0 || becameBroken)
        steps.push({
          kind: "update",
          number: open.number,
          testId: test.id,
          ...text !== open.body ? { body: text } : {},
          ...extra.length > 0 ? { addLabels: extra } : {},
          ...becameBroken ? {
            comment: `Broken${item.summary.brokenAt ? ` at ${short3(item.summary.brokenAt)}` : ""}: ${item.summary.evidence[0] ?? "it fails every attempt"}. ${item.summary.variants?.some((leg) => leg.quarantined) || before === "flaky" ? "A quarantine no longer excuses its failures. " : ""}It needs a fix, not a retry.`
          } : {},
          why: becameBroken ? "broken" : "evidence"
        });
      else steps.push({ kind: "link", number: open.number, testId: test.id });
      continue;
    }
    if (state !== "flaky") {
      if (closed) steps.push({ kind: "link", number: closed.number, testId: test.id });
      continue;
    }
    const action = actionOf(item);
    if (action.kind === "create") steps.push({ kind: "create", testId: test.id, title: titleFor(test), body: body(), labels });
    else if (action.kind === "reopen")
      steps.push({
        kind: "reopen",
        number: action.issue.number,
        testId: test.id,
        body: body(),
        comment: `Reopened: the test flaked again${input.runUrl ? ` in ${input.runUrl}` : ""} (${short3(event.headSha)}, ${event.branch ?? "unknown branch"}).`,
        ...missingLabels(action.issue).length > 0 ? { addLabels: missingLabels(action.issue) } : {}
      });
    else if (action.issue) steps.push({ kind: "link", number: action.issue.number, testId: test.id });
  }
  return { steps, problems };
}
function worstLeg(legs, summary) {
  return (legs.find((leg) => leg.assessment.state === summary.state) ?? legs[0]).assessment;
}
function findRename(data, ranNow, byTest, baseline, claimed) {
  let best;
  for (const [id, observations] of ranNow) {
    const observation = observations[0];
    const test = observation.test;
    if (claimed.has(id) || byTest.has(id) || test.suite !== data.suite || !data.file || test.file !== data.file) continue;
    const known = observations.some((item) => baseline?.tests[historyKey(id, item.test.variant)]);
    if (known) continue;
    const similarity = nameSimilarity(test.name, data.name);
    const sameLine = data.line !== void 0 && test.line === data.line;
    const score = Math.max(similarity, sameLine ? 1 : 0);
    if (score >= RENAME_SIMILARITY && (!best || score > best.score)) best = { observation, score };
  }
  return best?.observation;
}
function runsMissing(id, data, baseline) {
  if (!baseline) return 0;
  let last = data.history.at(-1)?.at ?? "";
  const legs = /* @__PURE__ */ new Set(["", ...data.history.map((entry) => entry.variant ?? "")]);
  for (const leg of legs) {
    const at2 = baseline.tests[historyKey(id, leg || void 0)]?.history.at(-1)?.at ?? "";
    if (at2 > last) last = at2;
  }
  if (!last) return 0;
  const runs = /* @__PURE__ */ new Set();
  for (const test of Object.values(baseline.tests)) {
    if (test.suite !== data.suite) continue;
    for (const entry of test.history) if (entry.at > last) runs.add(observationKey(entry));
  }
  return runs.size;
}

// src/flaky/sync.ts
var errorText = (error) => {
  const status3 = error.status;
  const message = (error.message ?? String(error)).split("\n")[0];
  return status3 ? `HTTP ${status3}: ${message}` : message;
};
var isReadOnly = (error) => error.status === 403 && !/rate limit/i.test(error.message ?? "");
function emptyResult() {
  return { created: [], updated: [], reopened: [], closed: [], grouped: [], moved: [], problems: [], links: {} };
}
async function syncFlakyIssues(input) {
  const result = emptyResult();
  if (!input.config.issues) return result;
  const { api, event, log } = input;
  const ref = { owner: input.owner, repo: input.repo };
  const links = { serverUrl: event.serverUrl ?? "https://github.com", owner: input.owner, repo: input.repo };
  let login;
  let ours;
  try {
    login = await api.login();
    ours = (await api.listByLabel(ref, FLAKY_LABEL)).filter((issue) => issue.author === login);
  } catch (error) {
    result.problems.push(
      `flaky-test issues: could not list issues labelled ${FLAKY_LABEL} in ${input.owner}/${input.repo} (${errorText(error)})`
    );
    return finish(result, log);
  }
  const plan = planIssues({
    issues: ours,
    entries: input.entries,
    current: currentObservations(
      {
        runs: input.runs,
        event,
        ...input.tree ? { tree: input.tree } : {},
        ...input.scopes ? { scopes: input.scopes } : {}
      },
      issueRelevant(input.runs, input.baseline, ours)
    ),
    ranSuites: suitesThatRan(input.runs),
    baseline: input.baseline,
    event,
    config: input.config,
    links,
    ...input.runUrl ? { runUrl: input.runUrl } : {},
    now: input.now.toISOString(),
    ...input.mergeBaseAt ? { mergeBaseAt: input.mergeBaseAt } : {}
  });
  await applyIssuePlan(api, ref, login, plan, result, ours);
  return finish(result, log);
}
function issueRelevant(runs, baseline, issues) {
  const unstable = mayBeUnstable([runs], baseline);
  const ids = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Set();
  for (const issue of issues) {
    const parsed = parseBody(issue.body);
    if (parsed.testId) ids.add(parsed.testId);
    if (parsed.data?.suite && parsed.data.file) files.add(`${parsed.data.suite}\0${parsed.data.file}`);
  }
  return (test) => ids.has(test.id) || ids.has(issueIdOf(test)) || files.has(`${test.suite}\0${test.file ?? ""}`) || unstable(test);
}
function suitesThatRan(runs) {
  const ran = /* @__PURE__ */ new Set();
  for (const suite of runs.suites) if (suite.tests.some((test) => countAttempts(test).attempts > 0)) ran.add(suite.name);
  return ran;
}
async function applyIssuePlan(api, ref, login, plan, result, known) {
  pushAll(result.problems, plan.problems);
  const byNumber = new Map(known.map((issue) => [issue.number, issue]));
  const link = (testId, issue) => {
    if (testId && issue) result.links[testId] = { number: issue.number, url: issue.url };
  };
  for (const step of plan.steps) {
    try {
      await applyStep(api, ref, login, step, result, byNumber, link);
    } catch (error) {
      result.problems.push(`flaky-test issue ${describe(step)}: ${step.kind} failed (${errorText(error)})`);
      if (isReadOnly(error)) return;
    }
  }
}
function describe(step) {
  if (step.kind === "create") return `for ${step.title.replace(/^Flaky test: /, "")}`;
  if ("number" in step && step.number) return `#${step.number}`;
  if (step.kind === "create-group") return `group ${step.key}`;
  return `for test ${"testId" in step ? step.testId : ""}`;
}
async function applyStep(api, ref, login, step, result, byNumber, link) {
  switch (step.kind) {
    case "link":
      link(step.testId, byNumber.get(step.number));
      return;
    case "create": {
      const created = await api.create(ref, { title: step.title, body: step.body, labels: step.labels });
      const kept = await keepOldest(api, ref, login, created, (parsed) => parsed.testId === step.testId, result);
      if (kept.number === created.number) result.created.push(created.number);
      link(step.testId, kept);
      return;
    }
    case "create-group": {
      let issue;
      const known = step.existing !== void 0 ? byNumber.get(step.existing) : void 0;
      if (known && known.body === step.body) issue = known;
      else if (step.existing !== void 0) issue = await api.update(ref, step.existing, { body: step.body });
      else {
        const created = await api.create(ref, { title: step.title, body: step.body, labels: step.labels });
        issue = await keepOldest(api, ref, login, created, (parsed) => parsed.groupKey === step.key, result);
      }
      result.grouped.push(issue.number);
      for (const testId of step.testIds) link(testId, issue);
      return;
    }
    case "update": {
      let issue = byNumber.get(step.number);
      if (step.body !== void 0 || step.title !== void 0) {
        issue = await api.update(ref, step.number, {
          ...step.body !== void 0 ? { body: step.body } : {},
          ...step.title !== void 0 ? { title: step.title } : {}
        });
        (step.why === "renamed" ? result.moved : result.updated).push(step.number);
      }
      if (step.comment) await api.comment(ref, step.number, step.comment);
      if (step.addLabels?.length) await api.addLabels(ref, step.number, step.addLabels);
      link(step.testId, issue);
      return;
    }
    case "reopen": {
      const issue = await api.update(ref, step.number, { body: step.body, state: "open", stateReason: "reopened" });
      await api.comment(ref, step.number, step.comment);
      if (step.addLabels?.length) await api.addLabels(ref, step.number, step.addLabels);
      result.reopened.push(step.number);
      link(step.testId, issue);
      return;
    }
    case "close": {
      if (step.body !== void 0) await api.update(ref, step.number, { body: step.body });
      await api.comment(ref, step.number, step.comment);
      const issue = await api.update(ref, step.number, { state: "closed", stateReason: step.reason });
      result.closed.push(step.number);
      link(step.testId, issue);
      return;
    }
  }
}
function finish(result, log) {
  for (const problem of result.problems) log.info(problem);
  return result;
}
async function keepOldest(api, ref, login, created, same, result) {
  const open = (await api.listByLabel(ref, FLAKY_LABEL)).filter((issue) => issue.author === login && issue.state === "open" && same(parseBody(issue.body))).sort((a2, b) => a2.number - b.number);
  const oldest = open[0];
  if (!oldest || oldest.number === created.number) return created;
  await api.comment(
    ref,
    created.number,
    `Duplicate of #${oldest.number} (created by a parallel run); closing in favour of the older issue.`
  );
  await api.update(ref, created.number, { state: "closed", stateReason: "not_planned" });
  result.closed.push(created.number);
  return oldest;
}

// src/flaky/git-facts.ts
init_define_TESTOPS_UPLOT();
async function mergeBaseTime(git, base, rev2 = "HEAD") {
  const mergeBase = (await git.run(["merge-base", rev2, base], { allowFailure: true })).trim();
  if (!/^[0-9a-f]{40,64}$/.test(mergeBase)) return void 0;
  const time = (await git.run(["show", "-s", "--format=%cI", mergeBase], { allowFailure: true })).trim();
  return Number.isNaN(Date.parse(time)) ? void 0 : new Date(time).toISOString();
}

// src/flaky/scope.ts
init_define_TESTOPS_UPLOT();
import { createHash } from "node:crypto";
function parseLsTree(output) {
  const files = [];
  for (const line of output.split("\0")) {
    const tab = line.indexOf("	");
    if (tab < 0) continue;
    const id = line.slice(0, tab).split(" ")[2];
    if (id) files.push({ id, path: line.slice(tab + 1) });
  }
  return files;
}
function scopesOf(files, suites) {
  const scopes = {};
  for (const [name, suite] of Object.entries(suites)) {
    if (!suite.paths || suite.paths.length === 0) continue;
    const matches = compileGlobs(suite.paths);
    const hash = createHash("sha256");
    let count2 = 0;
    for (const file of files)
      if (matches(file.path)) {
        hash.update(`${file.path}\0${file.id}
`);
        count2++;
      }
    if (count2 > 0) scopes[name] = hash.digest("hex").slice(0, 16);
  }
  return scopes;
}
async function suiteScopes(git, suites, rev2 = "HEAD") {
  if (!Object.values(suites).some((suite) => suite.paths && suite.paths.length > 0)) return {};
  const output = await git.run(["ls-tree", "-r", "--full-tree", "-z", rev2], { allowFailure: true });
  return scopesOf(parseLsTree(output), suites);
}

// src/github/comments.ts
init_define_TESTOPS_UPLOT();

// src/render/marker.ts
init_define_TESTOPS_UPLOT();
var PREFIX = "<!-- testops:sticky";
function commentMarker(commentId) {
  const id = commentId?.trim() ? commentId.trim() : "default";
  return `${PREFIX} id=${encodeURIComponent(id)} -->`;
}
function hasAnyMarker(body) {
  return body.includes(PREFIX);
}
var FOOTER_MARKER = "<!-- testops:footer -->";
function commentContent(body) {
  const index = body.indexOf(FOOTER_MARKER);
  return (index === -1 ? body : body.slice(0, index)).replace(/\b[0-9a-f]{40}\b/g, "<sha>").trimEnd();
}

// src/github/comments.ts
var MAX_BODY = 65536;
var NotFoundError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "NotFoundError";
  }
};
function status(error) {
  return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}
function commentsApi(octokit, options = {}) {
  return {
    login() {
      return tokenLogin(octokit, {
        ...options.fallbackLogin ? { fallback: options.fallbackLogin } : {},
        ...options.log ? { log: options.log } : {}
      });
    },
    async list(owner, repo, issue) {
      const raw = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
      const comments = raw.map((comment) => ({
        id: comment.id,
        nodeId: comment.node_id,
        body: comment.body ?? "",
        user: comment.user?.login ?? "",
        url: comment.html_url
      }));
      const minimized = options.checkMinimized === false ? /* @__PURE__ */ new Map() : await minimizedStates(octokit, comments, options.log);
      return comments.map(({ nodeId, ...comment }) => minimized.has(nodeId) ? { ...comment, minimized: minimized.get(nodeId) } : comment);
    },
    async create(owner, repo, issue, body) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return { id: data.id, url: data.html_url };
    },
    async update(owner, repo, id, body) {
      try {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
        return { id: data.id, url: data.html_url };
      } catch (error) {
        if (status(error) === 404) throw new NotFoundError(`comment ${id} in ${owner}/${repo} no longer exists`);
        throw error;
      }
    },
    async remove(owner, repo, id) {
      try {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
      } catch (error) {
        if (status(error) !== 404) throw error;
      }
    }
  };
}
async function minimizedStates(octokit, comments, log) {
  const ids = comments.filter((comment) => hasAnyMarker(comment.body)).map((comment) => comment.nodeId);
  const states = /* @__PURE__ */ new Map();
  if (ids.length === 0) return states;
  try {
    for (let start = 0; start < ids.length; start += 100) {
      const result = await octokit.graphql(
        "query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }",
        // No retries: a server without GraphQL answers 501, and the answer will not change.
        { ids: ids.slice(start, start + 100), request: { retries: 0 } }
      );
      for (const node of result.nodes) if (node?.id && typeof node.isMinimized === "boolean") states.set(node.id, node.isMinimized);
    }
  } catch (error) {
    log?.debug(
      `could not ask GraphQL whether comments are minimized (${status(error) ?? error.message}); treating them as not minimized`
    );
  }
  return states;
}
function startsWithMarker(body, marker) {
  return body === marker || body.startsWith(`${marker}
`) || body.startsWith(`${marker}\r
`);
}
function stickyComments(comments, login, commentId) {
  const marker = commentMarker(commentId);
  return comments.filter((comment) => comment.user === login && startsWithMarker(comment.body, marker) && comment.minimized !== true).sort((a2, b) => a2.id - b.id);
}
async function removeDuplicates(input, ours, why) {
  const [oldest, ...newer] = ours;
  for (const duplicate of newer) {
    await input.api.remove(input.owner, input.repo, duplicate.id);
    input.log.info(`deleted a second testops comment (${duplicate.url}): ${why}`);
  }
  return oldest;
}
async function upsertStickyComment(input) {
  const { api, owner, repo, issue, mode, log } = input;
  const marker = commentMarker(input.commentId);
  const body = startsWithMarker(input.body, marker) ? input.body : `${marker}
${input.body}`;
  if (body.length > MAX_BODY) {
    throw new Error(`the comment body is ${body.length} characters; GitHub accepts at most ${MAX_BODY} (renderComment trims to fit)`);
  }
  const where = `${owner}/${repo}#${issue}`;
  try {
    const login = await api.login();
    const ours = stickyComments(await api.list(owner, repo, issue), login, input.commentId);
    if (mode === "off") {
      if (ours.length === 0) return { action: "skipped" };
      for (const comment of ours) await api.remove(owner, repo, comment.id);
      log.info(`comment-mode off: deleted the earlier testops comment on ${where}`);
      return { action: "deleted" };
    }
    const existing = await removeDuplicates(input, ours, "an earlier run raced another");
    if (!existing) {
      if (mode === "on-failure" && !input.failed) {
        log.info(`comment-mode on-failure: the run passed and ${where} has no testops comment; none written`);
        return { action: "skipped" };
      }
      const created = await api.create(owner, repo, issue, body);
      return settleCreated(input, login, body, created);
    }
    const unchanged = existing.body === body || mode === "on-change" && commentContent(existing.body) === commentContent(body);
    if (unchanged) {
      log.info(`the testops comment is up to date: ${existing.url}`);
      return { action: "unchanged", url: existing.url };
    }
    try {
      const updated = await api.update(owner, repo, existing.id, body);
      log.info(`updated the testops comment: ${updated.url}`);
      return { action: "updated", url: updated.url };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const created = await api.create(owner, repo, issue, body);
      log.info("the testops comment was deleted meanwhile; created it again");
      return settleCreated(input, login, body, created);
    }
  } catch (error) {
    if (status(error) === 403 && /not accessible by integration|forbidden/i.test(error.message)) {
      log.warning(`cannot write the PR comment on ${where}: the token is read-only (a fork PR?). The report is in the job summary.`);
      return { action: "skipped" };
    }
    throw error;
  }
}
async function settleCreated(input, login, body, created) {
  const { api, owner, repo, issue, log } = input;
  const oldest = stickyComments(await api.list(owner, repo, issue), login, input.commentId)[0];
  if (!oldest || oldest.id >= created.id) {
    log.info(`created the testops comment: ${created.url}`);
    return { action: "created", url: created.url };
  }
  await api.remove(owner, repo, created.id);
  log.info(`deleted the comment this run created (${created.url}): a parallel run created one first, ${oldest.url}`);
  if (oldest.body === body) return { action: "unchanged", url: oldest.url };
  try {
    const updated = await api.update(owner, repo, oldest.id, body);
    log.info(`updated the testops comment: ${updated.url}`);
    return { action: "updated", url: updated.url };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return { action: "skipped" };
  }
}
async function pullHeadMatches(octokit, input) {
  try {
    const { data } = await octokit.rest.pulls.get({ owner: input.owner, repo: input.repo, pull_number: input.pull });
    return data.head.sha.toLowerCase() === input.sha.toLowerCase();
  } catch (error) {
    if (status(error) === 404) return false;
    throw error;
  }
}

// src/history/store-step.ts
init_define_TESTOPS_UPLOT();
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function skipReason(history, event, sharded) {
  if (history.store !== "branch") return "history.store is cache";
  if (sharded) return "a shard records nothing; the report job that merges the shards does";
  if (PR_EVENTS.has(event.name)) {
    if (!history["pr-runs"]) return "a pull-request run (set history.pr-runs: true to record these)";
    if (event.isFork) return "a fork pull request has a read-only token";
    return null;
  }
  if (!event.isDefaultBranch) return `branch ${event.branch ?? "?"} is not the default branch`;
  return null;
}
async function storeRunRecord(input) {
  const { history, report, log } = input;
  const reason = skipReason(history, report.event, Boolean(input.plan?.shard));
  if (reason) {
    if (history.store === "branch") log.info(`testops history: this run is not recorded: ${reason}`);
    return null;
  }
  const record = recordFromReport(report, {
    ...input.runs ? { runs: input.runs } : {},
    ...input.plan ? { plan: input.plan } : {},
    ...input.coverage ? { coverage: input.coverage } : {}
  });
  try {
    const result = await appendToBranch(
      {
        repo: input.repoRoot,
        branch: history.branch,
        keepRuns: history["keep-runs"],
        retentionDays: history.retention / 86400,
        log,
        ...input.now ? { now: input.now } : {}
      },
      record
    );
    log.info(
      result.existed ? `testops history: run ${record.run.id} is already on branch ${history.branch}` : `testops history: run ${record.run.id} recorded on branch ${history.branch} (${result.path}, commit ${result.commit.slice(0, 7)}${result.attempts > 1 ? `, after ${result.attempts - 1} rejected push(es) from other jobs` : ""})`
    );
    return { path: result.path, commit: result.commit, attempts: result.attempts };
  } catch (error) {
    log.warning(
      `testops history: the run's record was not stored on branch ${history.branch}: ${error.message.split("\n")[0]} (the workflow needs permissions: contents: write, and the branch must accept pushes from the token)`
    );
    return null;
  }
}

// src/record/index.ts
init_define_TESTOPS_UPLOT();
import { closeSync, existsSync as existsSync2, mkdtempSync, openSync, readSync, rmSync, statSync as statSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, join as join2 } from "node:path";

// src/record/bundle.ts
init_define_TESTOPS_UPLOT();
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { StringDecoder } from "node:string_decoder";

// node_modules/fflate/esm/index.mjs
init_define_TESTOPS_UPLOT();
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l3 = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l3[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l3[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v2 = le[cd[i2] - 1]++ << r_1;
        for (var m = v2 | (1 << r_1) - 1; v2 <= m; ++v2) {
          co[rev[v2] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v2, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v2.length)
    e = v2.length;
  return new u8(v2.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt2) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt2)
    throw e;
  return e;
};
var wbits = function(d, p, v2) {
  v2 <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v2;
  d[o + 1] |= v2 >> 8;
};
var wbits16 = function(d, p, v2) {
  v2 <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v2;
  d[o + 1] |= v2 >> 8;
  d[o + 2] |= v2 >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v2 = new u8(t[0].s + 1);
    v2[t[0].s] = 1;
    return { t: v2, l: 1 };
  }
  t.sort(function(a2, b) {
    return a2.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l3 = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l3.f + r.f, l: l3, r };
  while (i1 != s - 1) {
    l3 = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l3.f + r.f, l: l3, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt2 = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a2, b) {
      return tr[b.s] - tr[a2.s] || a2.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt2 += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt2 >>= lft;
    while (dt2 > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt2 -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt2; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt2;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l3, d) {
  return n.s == -1 ? Math.max(ln(n.l, l3, d + 1), ln(n.r, l3, d + 1)) : l3[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w2 = function(v2) {
    cl[cli++] = v2;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w2(32754);
        if (cls > 2) {
          w2(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w2(cln), --cls;
        for (; cls > 6; cls -= 6)
          w2(8304);
        if (cls > 2)
          w2(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w2(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l3 = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l3 += cf[i2] * cl[i2];
  return l3;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e2 = hTree(lcfreq, 7), lct = _e2.t, mlcb = _e2.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it2 = 0; it2 < 2; ++it2) {
      var clct = lcts[it2];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st2) {
  var s = st2.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w2 = o.subarray(pre, o.length - post);
  var lst = st2.l;
  var pos = (st2.r || 0) & 7;
  if (lvl) {
    if (pos)
      w2[0] = st2.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st2.p || new u16(32768), head = st2.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st2.i || 0, li = 0, wi = st2.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w2, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l3 = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l3] == dat[i2 + l3 - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l3) {
                l3 = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l3] << 18 | revfd[d];
          var lin = revfl[l3] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l3;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w2, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st2.r = pos & 7 | w2[pos / 8 | 0] << 3;
      pos -= 7;
      st2.h = head, st2.p = prev, st2.i = i2, st2.w = wi;
    }
  } else {
    for (var i2 = st2.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w2[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w2, pos + 1, dat.subarray(i2, e));
    }
    st2.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st2) {
  if (!st2) {
    st2 = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st2.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st2.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st2);
};
var mrg = function(a2, b) {
  var o = {};
  for (var k in a2)
    o[k] = a2[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var wbytes = function(d, b, v2) {
  for (; v2; ++b)
    d[b] = v2, v2 >>>= 8;
};
var Deflate = /* @__PURE__ */ (function() {
  function Deflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    this.o = opts || {};
    this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
    this.b = new u8(98304);
    if (this.o.dictionary) {
      var dict = this.o.dictionary.subarray(-32768);
      this.b.set(dict, 32768 - dict.length);
      this.s.i = 32768 - dict.length;
    }
  }
  Deflate2.prototype.p = function(c, f) {
    this.ondata(dopt(c, this.o, 0, 0, this.s), f);
  };
  Deflate2.prototype.push = function(chunk, final) {
    if (!this.ondata)
      err(5);
    if (this.s.l)
      err(4);
    var endLen = chunk.length + this.s.z;
    if (endLen > this.b.length) {
      if (endLen > 2 * this.b.length - 32768) {
        var newBuf = new u8(endLen & -32768);
        newBuf.set(this.b.subarray(0, this.s.z));
        this.b = newBuf;
      }
      var split = this.b.length - this.s.z;
      this.b.set(chunk.subarray(0, split), this.s.z);
      this.s.z = this.b.length;
      this.p(this.b, false);
      this.b.set(this.b.subarray(-32768));
      this.b.set(chunk.subarray(split), 32768);
      this.s.z = chunk.length - split + 32768;
      this.s.i = 32766, this.s.w = 32768;
    } else {
      this.b.set(chunk, this.s.z);
      this.s.z += chunk.length;
    }
    this.s.l = final & 1;
    if (this.s.z > this.s.w + 8191 || final) {
      this.p(this.b, final || false);
      this.s.w = this.s.i, this.s.i -= 2;
    }
    if (final) {
      this.s = this.o = {};
      this.b = et;
    }
  };
  Deflate2.prototype.flush = function(sync) {
    if (!this.ondata)
      err(5);
    if (this.s.l)
      err(4);
    this.p(this.b, false);
    this.s.w = this.s.i, this.s.i -= 2;
    if (sync) {
      var c = new u8(6);
      c[0] = this.s.r >> 3;
      var ep = wfblk(c, this.s.r, et);
      this.s.r = 0;
      this.ondata(c.subarray(0, ep >> 3), false);
    }
  };
  return Deflate2;
})();
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i2 = 0; i2 < str.length; ++i2)
      ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l3 = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w2 = function(v2) {
    ar[ai++] = v2;
  };
  for (var i2 = 0; i2 < l3; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l3 - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i2);
    if (c < 128 || latin1)
      w2(c);
    else if (c < 2048)
      w2(192 | c >> 6), w2(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w2(240 | c >> 18), w2(128 | c >> 12 & 63), w2(128 | c >> 6 & 63), w2(128 | c & 63);
    else
      w2(224 | c >> 12), w2(128 | c >> 6 & 63), w2(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
var dbf = function(l3) {
  return l3 == 1 ? 3 : l3 < 6 ? 2 : l3 == 9 ? 1 : 0;
};
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l3 = ex[k].length;
      if (l3 > 65535)
        err(9);
      le += l3 + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce2, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce2 != null ? 33639248 : 67324752), b += 4;
  if (ce2 != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt2 = new Date(f.mtime == null ? Date.now() : f.mtime), y2 = dt2.getFullYear() - 1980;
  if (y2 < 0 || y2 > 119)
    err(10);
  wbytes(d, b, y2 << 25 | dt2.getMonth() + 1 << 21 | dt2.getDate() << 16 | dt2.getHours() << 11 | dt2.getMinutes() << 5 | dt2.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce2 != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce2), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l3 = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l3);
      d.set(exf, b + 4), b += 4 + l3;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
var ZipPassThrough = /* @__PURE__ */ (function() {
  function ZipPassThrough2(filename) {
    this.filename = filename;
    this.c = crc();
    this.size = 0;
    this.compression = 0;
  }
  ZipPassThrough2.prototype.process = function(chunk, final) {
    this.ondata(null, chunk, final);
  };
  ZipPassThrough2.prototype.push = function(chunk, final) {
    if (!this.ondata)
      err(5);
    this.c.p(chunk);
    this.size += chunk.length;
    if (final)
      this.crc = this.c.d();
    this.process(chunk, final || false);
  };
  return ZipPassThrough2;
})();
var ZipDeflate = /* @__PURE__ */ (function() {
  function ZipDeflate2(filename, opts) {
    var _this = this;
    if (!opts)
      opts = {};
    ZipPassThrough.call(this, filename);
    this.d = new Deflate(opts, function(dat, final) {
      _this.ondata(null, dat, final);
    });
    this.compression = 8;
    this.flag = dbf(opts.level);
  }
  ZipDeflate2.prototype.process = function(chunk, final) {
    try {
      this.d.push(chunk, final);
    } catch (e) {
      this.ondata(e, null, final);
    }
  };
  ZipDeflate2.prototype.push = function(chunk, final) {
    ZipPassThrough.prototype.push.call(this, chunk, final);
  };
  return ZipDeflate2;
})();
var Zip = /* @__PURE__ */ (function() {
  function Zip2(cb) {
    this.ondata = cb;
    this.u = [];
    this.d = 1;
  }
  Zip2.prototype.add = function(file) {
    var _this = this;
    if (!this.ondata)
      err(5);
    if (this.d & 2)
      this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
    else {
      var f = strToU8(file.filename), fl_1 = f.length;
      var com = file.comment, o = com && strToU8(com);
      var u = fl_1 != file.filename.length || o && com.length != o.length;
      var hl_1 = fl_1 + exfl(file.extra) + 30;
      if (fl_1 > 65535)
        this.ondata(err(11, 0, 1), null, false);
      var header = new u8(hl_1);
      wzh(header, 0, file, f, u, -1);
      var chks_1 = [header];
      var pAll_1 = function() {
        for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
          var chk = chks_2[_i];
          _this.ondata(null, chk, false);
        }
        chks_1 = [];
      };
      var tr_1 = this.d;
      this.d = 0;
      var ind_1 = this.u.length;
      var uf_1 = mrg(file, {
        f,
        u,
        o,
        t: function() {
          if (file.terminate)
            file.terminate();
        },
        r: function() {
          pAll_1();
          if (tr_1) {
            var nxt = _this.u[ind_1 + 1];
            if (nxt)
              nxt.r();
            else
              _this.d = 1;
          }
          tr_1 = 1;
        }
      });
      var cl_1 = 0;
      file.ondata = function(err2, dat, final) {
        if (err2) {
          _this.ondata(err2, dat, final);
          _this.terminate();
        } else {
          cl_1 += dat.length;
          chks_1.push(dat);
          if (final) {
            var dd = new u8(16);
            wbytes(dd, 0, 134695760);
            wbytes(dd, 4, file.crc);
            wbytes(dd, 8, cl_1);
            wbytes(dd, 12, file.size);
            chks_1.push(dd);
            uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
            if (tr_1)
              uf_1.r();
            tr_1 = 1;
          } else if (tr_1)
            pAll_1();
        }
      };
      this.u.push(uf_1);
    }
  };
  Zip2.prototype.end = function() {
    var _this = this;
    if (this.d & 2) {
      this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
      return;
    }
    if (this.d)
      this.e();
    else
      this.u.push({
        r: function() {
          if (!(_this.d & 1))
            return;
          _this.u.splice(-1, 1);
          _this.e();
        },
        t: function() {
        }
      });
    this.d = 3;
  };
  Zip2.prototype.e = function() {
    var bt2 = 0, l3 = 0, tl = 0;
    for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
      var f = _a2[_i];
      tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
    }
    var out = new u8(tl + 22);
    for (var _b2 = 0, _c = this.u; _b2 < _c.length; _b2++) {
      var f = _c[_b2];
      wzh(out, bt2, f, f.f, f.u, -f.c - 2, l3, f.o);
      bt2 += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l3 += f.b;
    }
    wzf(out, bt2, this.u.length, tl, l3);
    this.ondata(null, out, true);
    this.d = 2;
  };
  Zip2.prototype.terminate = function() {
    for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
      var f = _a2[_i];
      f.t();
    }
    this.d = 2;
  };
  return Zip2;
})();

// src/record/bundle.ts
var LOG_BYTES = 8 * 1024 * 1024;
var BIG_FILE = 32 * 1024 * 1024;
var PIECE = 48 * 1024;
function entryName(...parts) {
  return parts.join("/").replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== "." && segment !== "..").map((segment) => segment.replace(/[\u0000-\u001f]/g, "_")).join("/");
}
function walk(dir) {
  const found = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    let names2;
    try {
      names2 = readdirSync(current);
    } catch {
      continue;
    }
    for (const name of names2.sort()) {
      const full = join(current, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) stack.push(full);
      else if (stat?.isFile()) found.push(full);
    }
  }
  return found.sort();
}
function workDirEntries(workDir) {
  if (!existsSync(workDir)) return [];
  const entries = [];
  for (const path of walk(workDir)) {
    const [suite, first, ...rest] = relative(workDir, path).split(/[\\/]/);
    if (!suite || !first) continue;
    if (first === "services") entries.push({ name: entryName("logs", suite, "services", ...rest), path, maxBytes: LOG_BYTES });
    else if (/^\d+$/.test(first) && rest.length === 1 && rest[0] === "output.log")
      entries.push({ name: entryName("logs", suite, `attempt-${first}.log`), path, maxBytes: LOG_BYTES });
    else if (/^\d+$/.test(first) && rest.length > 0) entries.push({ name: entryName("reports", suite, `attempt-${first}`, ...rest), path });
  }
  return entries;
}
function ranges(size, maxBytes) {
  if (maxBytes === void 0 || size <= maxBytes) return [{ start: 0, end: Math.max(0, size - 1) }];
  const head = Math.floor(maxBytes / 4);
  return [
    { start: 0, end: head - 1 },
    { start: size - (maxBytes - head), end: size - 1 }
  ];
}
function bundleEntries(texts, workDir, runsFile) {
  const [report, ...rest] = Object.entries(texts).map(([name, text]) => ({ name, text }));
  return [...report ? [report] : [], { name: "runs.json", path: runsFile }, ...rest, ...workDirEntries(workDir)];
}
async function writeBundle(outPath, entries, mtime = /* @__PURE__ */ new Date()) {
  await mkdir(dirname(outPath), { recursive: true });
  const out = createWriteStream(outPath);
  let failure;
  const finished = new Promise((resolve, reject) => {
    out.on("error", reject);
    out.on("finish", resolve);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const drained = () => out.writableNeedDrain ? new Promise((resolve) => out.once("drain", resolve)) : Promise.resolve();
  const seen = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    let name = entry.name;
    for (let n = 2; seen.has(name); n++) name = `${entry.name}.${n}`;
    seen.add(name);
    const big = "path" in entry && (statSync(entry.path, { throwIfNoEntry: false })?.size ?? 0) > BIG_FILE;
    const file = new ZipDeflate(name, { level: big ? 1 : 6 });
    file.mtime = mtime;
    zip.add(file);
    const encoder = new TextEncoder();
    if ("text" in entry) {
      const text = redactor.text(entry.text);
      let start = 0;
      while (start < text.length) {
        let end = Math.min(text.length, start + PIECE);
        if (end < text.length && (text.charCodeAt(end - 1) & 64512) === 55296) end++;
        file.push(encoder.encode(text.slice(start, end)));
        start = end;
        await drained();
      }
      file.push(new Uint8Array(0), true);
    } else {
      const size = statSync(entry.path, { throwIfNoEntry: false })?.size ?? 0;
      const parts = size === 0 ? [] : ranges(size, entry.maxBytes);
      const leftOut = size - parts.reduce((sum, range) => sum + range.end - range.start + 1, 0);
      let binary;
      for (const [index, range] of parts.entries()) {
        if (index > 0)
          file.push(encoder.encode(`
\u2026 ${leftOut} bytes left out of the bundle; the whole file is in the runner's work directory \u2026
`));
        const decoder = new StringDecoder("utf8");
        const redaction = new StreamRedaction(redactor);
        for await (const chunk of createReadStream(entry.path, { ...range, highWaterMark: PIECE })) {
          const bytes = chunk;
          binary ??= bytes.subarray(0, 8192).includes(0);
          file.push(binary ? bytes : encoder.encode(redaction.push(decoder.write(bytes))));
          await drained();
        }
        if (!binary) file.push(encoder.encode(redaction.push(decoder.end()) + redaction.end()));
      }
      file.push(new Uint8Array(0), true);
    }
    await drained();
    if (failure) break;
  }
  zip.end();
  await finished;
  if (failure) throw new Error(`${outPath}: the bundle could not be written (${failure.message})`);
}

// src/record/html.ts
init_define_TESTOPS_UPLOT();
import { gzipSync } from "node:zlib";

// src/record/html-client.ts
init_define_TESTOPS_UPLOT();

// src/render/page.ts
init_define_TESTOPS_UPLOT();
function pageHead(title, styles) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeText(title, "html")}</title>
${styles.map((css) => `<style>${css}</style>`).join("\n")}
</head>`;
}
var CLIENT_DOM_JS = `
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var key in attrs) {
      if (attrs[key] === undefined || attrs[key] === null) continue;
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'cls') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    if (children) for (var i = 0; i < children.length; i++) if (children[i]) node.appendChild(children[i]);
    return node;
  }
  function safeUrl(url) { return typeof url === 'string' && /^https?:\\/\\//i.test(url) ? url : null; }
  function link(text, url) { var href = safeUrl(url); return href ? el('a', { href: href, text: text, rel: 'noopener' }) : el('span', { text: text }); }
`;

// src/record/html-client.ts
var REPORT_CSS = `
:root { color-scheme: light; --fg:#1f2328; --muted:#59636e; --border:#d1d9e0; --bg:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --link:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
header.verdict { padding: 20px 32px; color: #fff; }
header.verdict.success { background: var(--ok); }
header.verdict.failure { background: var(--bad); }
header.verdict h1 { margin: 0 0 4px; font-size: 24px; }
header.verdict p { margin: 0; opacity: .92; }
header.verdict a { color: #fff; }
nav.toc { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 8px 32px; background: #fff; border-bottom: 1px solid var(--border); }
nav.toc a { color: var(--link); text-decoration: none; }
main { max-width: 1200px; margin: 0 auto; padding: 8px 32px 48px; }
section { margin: 20px 0; padding: 16px 20px; background: #fff; border: 1px solid var(--border); border-radius: 6px; }
section > h2 { margin: 0 0 12px; font-size: 18px; }
a { color: var(--link); }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass, .passed, .success, .ok { color: var(--ok); }
.fail, .failed, .errored, .failure, .critical, .high { color: var(--bad); font-weight: 600; }
.warn, .medium, .flaky, .timeout { color: var(--warn); font-weight: 600; }
.skipped, .low, .muted { color: var(--muted); }
pre { margin: 6px 0; padding: 8px 12px; background: var(--bg); border-radius: 6px; overflow: auto; max-height: 420px; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(129,139,152,.12); padding: 1px 4px; border-radius: 4px; }
details { border: 1px solid var(--border); border-radius: 6px; margin: 6px 0; padding: 4px 10px; }
details > summary { cursor: pointer; }
details[open] > summary { margin-bottom: 6px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0 0 8px; }
.controls input[type=search] { flex: 1 1 240px; padding: 4px 8px; border: 1px solid var(--border); border-radius: 6px; }
.controls button, .controls select { padding: 3px 10px; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
.controls .count { color: var(--muted); }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; }
ul.tight { margin: 4px 0; padding-left: 20px; }
svg.spark { vertical-align: middle; }
svg.timeline { max-width: 100%; height: auto; }
.tl-label, .tl-tick { font: 11px ui-monospace, Menlo, monospace; fill: var(--muted); }
.tl-ok { fill: #4ac26b; } .tl-fail { fill: #fa7a7a; } .tl-bad { fill: var(--bad); } .tl-svc { fill: #8fb8f7; }
.badge { display: inline-block; min-width: 64px; padding: 0 6px; border-radius: 10px; font-size: 12px; text-align: center; border: 1px solid currentColor; }
`;
var REPORT_JS = `
(function () {
  'use strict';
  var holder = document.getElementById('testops-data');
  if (!holder) return;
  // Large reports embed their data gzipped and base64-encoded (COMPRESS_OVER in html.ts).
  function inflate(text) {
    var bytes;
    if (typeof Uint8Array.fromBase64 === 'function') bytes = Uint8Array.fromBase64(text.trim());
    else {
      var binary = atob(text.trim());
      bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    }
    // one chunk from memory (a Blob's stream reads through the browser process, chunk by chunk)
    var source = new ReadableStream({ start: function (controller) { controller.enqueue(bytes); controller.close(); } });
    return new Response(source.pipeThrough(new DecompressionStream('gzip'))).text();
  }
  function ready() { document.documentElement.setAttribute('data-testops-ready', ''); }
  function unreadable(reason) {
    var ids = ['failures-list', 'tests-list', 'coverage-list'];
    for (var i = 0; i < ids.length; i++) {
      var root = document.getElementById(ids[i]);
      if (root) root.textContent = 'This list cannot be shown here (' + reason + '); report.json in the bundle holds it.';
    }
    ready();
  }
  if (holder.getAttribute('data-encoding') === 'gzip-base64') {
    if (typeof DecompressionStream !== 'function') unreadable('this browser has no DecompressionStream; use one from 2023 or later');
    else inflate(holder.textContent).then(function (json) { start(JSON.parse(json)); ready(); }, function (error) { unreadable(String(error)); });
  } else {
    start(JSON.parse(holder.textContent));
    ready();
  }

  function start(D) {
${CLIENT_DOM_JS}${CLIENT_FORMAT_JS}    function pct(c, t) { return t ? fmtPct((100 * c) / t) : '\u2014'; }

    // A paged, filtered view of one array. render(item, index) returns a node.
    function pager(rootId, items, opts) {
      var root = document.getElementById(rootId);
      if (!root) return;
      var pageSize = opts.pageSize || 100;
      var page = 0;
      var shown = items;
      var search = el('input', { type: 'search', placeholder: opts.placeholder || 'Filter', 'aria-label': 'Filter' });
      var status = null;
      if (opts.statuses) {
        status = el('select', { 'aria-label': 'Status' }, [el('option', { value: '', text: 'all statuses' })].concat(
          opts.statuses.map(function (s) { return el('option', { value: s, text: s }); })));
      }
      var sort = null;
      if (opts.sorts) {
        sort = el('select', { 'aria-label': 'Order' }, opts.sorts.map(function (s, i) { return el('option', { value: String(i), text: s.label }); }));
      }
      var prev = el('button', { type: 'button', text: '\u2039 Previous', 'data-role': 'prev' });
      var next = el('button', { type: 'button', text: 'Next \u203A', 'data-role': 'next' });
      var count = el('span', { cls: 'count' });
      var body = opts.table ? el('tbody') : el('div');
      var controls = el('div', { cls: 'controls' }, [search, status, sort, prev, next, count]);
      root.textContent = '';
      root.appendChild(controls);
      if (opts.table) {
        root.appendChild(el('table', null, [el('thead', null, [el('tr', null, opts.table.map(function (h) {
          return el('th', { text: h.label, cls: h.num ? 'num' : undefined });
        }))]), body]));
      } else root.appendChild(body);
      function apply() {
        var q = search.value.trim().toLowerCase();
        var s = status ? status.value : '';
        shown = items.filter(function (item) {
          return (!s || opts.statusOf(item) === s) && (!q || opts.textOf(item).toLowerCase().indexOf(q) >= 0);
        });
        if (sort && opts.sorts[+sort.value].compare) shown = shown.slice().sort(opts.sorts[+sort.value].compare);
        page = 0;
        draw();
      }
      function draw() {
        var pages = Math.max(1, Math.ceil(shown.length / pageSize));
        if (page >= pages) page = pages - 1;
        var from = page * pageSize;
        var slice = shown.slice(from, from + pageSize);
        var fragment = document.createDocumentFragment();
        for (var i = 0; i < slice.length; i++) fragment.appendChild(opts.render(slice[i], from + i));
        body.textContent = '';
        body.appendChild(fragment);
        count.textContent = shown.length === 0 ? 'nothing matches' :
          (from + 1) + '\u2013' + (from + slice.length) + ' of ' + shown.length + (shown.length !== items.length ? ' (filtered from ' + items.length + ')' : '') +
          ' \xB7 page ' + (page + 1) + ' of ' + pages;
        prev.disabled = page === 0;
        next.disabled = page >= pages - 1;
      }
      var timer = 0;
      search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
      if (status) status.addEventListener('change', apply);
      if (sort) sort.addEventListener('change', apply);
      prev.addEventListener('click', function () { page--; draw(); });
      next.addEventListener('click', function () { page++; draw(); });
      apply();
    }

    var suites = D.suites || [];
    // failures: collapsible, with every failing attempt's message, stack and output
    pager('failures-list', D.failures || [], {
      pageSize: 50,
      placeholder: 'Filter failures by suite, name, file or message',
      textOf: function (f) { return f.suite + ' ' + f.name + ' ' + (f.file || '') + ' ' + (f.message || ''); },
      render: function (f, i) {
        var where = f.file ? f.file + (f.line ? ':' + f.line : '') : '';
        var summary = el('summary', null, [
          el('span', { cls: 'badge ' + f.status, text: f.status }), document.createTextNode(' ' + f.suite + ' \u203A '),
          el('strong', { text: f.name }), where ? document.createTextNode(' \u2014 ') : null, where ? link(where, f.href) : null,
          f.quarantined ? el('span', { cls: 'muted', text: ' (quarantined)' }) : null]);
        var parts = [summary];
        if (f.classname) parts.push(el('div', { cls: 'muted', text: f.classname }));
        var attempts = f.attempts || [];
        for (var a = 0; a < attempts.length; a++) {
          var at = attempts[a];
          parts.push(el('div', { cls: 'muted', text: 'attempt ' + (a + 1) + ': ' + at.status + (at.type ? ' \xB7 ' + at.type : '') + ' \xB7 ' + fmtSecs(at.duration || 0) }));
          if (at.message) parts.push(el('pre', { cls: 'message', text: at.message }));
          if (at.stack && at.stack !== at.message) parts.push(el('pre', { cls: 'stack', text: at.stack }));
          if (at.output) parts.push(el('details', null, [el('summary', { text: 'output' }), el('pre', { text: at.output })]));
        }
        if (!attempts.length && f.message) parts.push(el('pre', { cls: 'message', text: f.message }));
        return el('details', { cls: 'failure', id: 'failure-' + i }, parts);
      },
    });

    // every test, column by column (see html.ts): a row is an index into the columns
    var T = D.tests || {};
    var files = T.files || [];
    var names = T.name || [];
    var order = new Array(names.length);
    for (var n = 0; n < names.length; n++) order[n] = n;
    function statusAt(i) { return T.flaky[i] ? 'flaky' : T.statuses[T.status[i]]; }
    pager('tests-list', order, {
      pageSize: 100,
      placeholder: 'Filter tests by suite, name or file',
      statuses: ['passed', 'failed', 'errored', 'skipped', 'flaky'],
      statusOf: statusAt,
      textOf: function (i) { return suites[T.suite[i]] + ' ' + names[i] + ' ' + (T.file[i] >= 0 ? files[T.file[i]][0] : ''); },
      sorts: [{ label: 'report order' }, { label: 'slowest first', compare: function (a, b) { return T.duration[b] - T.duration[a] || a - b; } },
        { label: 'name', compare: function (a, b) { return names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b; } }],
      table: [{ label: 'Suite' }, { label: 'Test' }, { label: 'File' }, { label: 'Status' }, { label: 'Duration', num: true }, { label: 'Attempts', num: true }],
      render: function (i) {
        var status = statusAt(i);
        var file = T.file[i] >= 0 ? files[T.file[i]] : null;
        var line = T.line[i];
        return el('tr', null, [el('td', { text: suites[T.suite[i]] }), el('td', { text: names[i] }),
          el('td', null, [file ? link(file[0] + (line ? ':' + line : ''), file[1] && (file[1] + (line ? '#L' + line : ''))) : null]),
          el('td', { cls: status, text: status }), el('td', { cls: 'num', text: fmtSecs(T.duration[i]) }), el('td', { cls: 'num', text: String(T.attempts[i]) })]);
      },
    });

    pager('coverage-list', D.coverageFiles || [], {
      pageSize: 100,
      placeholder: 'Filter files',
      statuses: ['changed-covered', 'changed-uncovered'],
      statusOf: function (f) { return f[5] > 0 ? (f[7].length ? 'changed-uncovered' : 'changed-covered') : ''; },
      textOf: function (f) { return f[0]; },
      sorts: [{ label: 'path' }, { label: 'lowest line coverage', compare: function (a, b) { return (a[2] ? a[1] / a[2] : 1) - (b[2] ? b[1] / b[2] : 1); } }],
      table: [{ label: 'File' }, { label: 'Lines', num: true }, { label: 'Branches', num: true }, { label: 'Changed lines covered', num: true }, { label: 'Changed lines not covered' }],
      render: function (f) {
        var missing = f[7];
        return el('tr', null, [el('td', null, [link(f[0], f[8])]), el('td', { cls: 'num', text: pct(f[1], f[2]) + ' (' + f[1] + '/' + f[2] + ')' }),
          el('td', { cls: 'num', text: f[4] ? pct(f[3], f[4]) : '\u2014' }),
          el('td', { cls: 'num ' + (f[5] ? (missing.length ? 'fail' : 'pass') : ''), text: f[5] ? f[6] + '/' + f[5] : '' }),
          el('td', { cls: missing.length ? 'fail' : '', text: missing.length ? missing.join(', ') : '' })]);
      },
    });
  }
})();
`;

// src/record/reproduce.ts
init_define_TESTOPS_UPLOT();
function rerunFailedCommand(seed) {
  return `npx testops run --failed${seed ? ` --seed ${shellQuote(seed)}` : ""}`;
}
function suiteCommand(command, seed) {
  return `${seed ? `TEST_SEED=${shellQuote(seed)} ` : ""}${command}`;
}
function reproduceCommands(input) {
  const wanted = new Set(input.suites);
  const commands = input.runs.suites.filter((suite) => suite.selected && suite.command && (wanted.size === 0 || wanted.has(suite.name))).slice(0, 3).map((suite) => suiteCommand(suite.command, suite.seed || input.seed));
  return input.failedOnly ? [rerunFailedCommand(input.seed), ...commands] : commands;
}

// src/record/svg.ts
init_define_TESTOPS_UPLOT();
var escapeHtml = (text) => escapeText(text, "html");
var fmt = (value) => Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, "");
function perfChart(samples, head, biggerIsBetter, label) {
  const width = 180;
  const height = 34;
  const pad = 6;
  const values = [...samples, head].filter(Number.isFinite);
  if (values.length === 0) return "";
  const lo = minOf(values);
  const hi = maxOf(values);
  const span = hi - lo || Math.abs(hi) || 1;
  const x3 = (value) => pad + (value - lo) / span * (width - 2 * pad);
  const sorted = [...samples].sort((a2, b) => a2 - b);
  const median2 = sorted.length > 0 ? sorted[Math.floor((sorted.length - 1) / 2)] : void 0;
  const worse = sorted.length > 0 && (biggerIsBetter ? head < sorted[0] : head > sorted[sorted.length - 1]);
  const parts = [];
  if (sorted.length > 0) {
    const bandStart = x3(sorted[0]);
    const bandEnd = x3(sorted[sorted.length - 1]);
    parts.push(
      `<rect x="${bandStart.toFixed(1)}" y="8" width="${Math.max(1, bandEnd - bandStart).toFixed(1)}" height="18" fill="#d8dee4" rx="2"/>`
    );
    for (const [index, sample] of sorted.entries())
      parts.push(`<circle cx="${x3(sample).toFixed(1)}" cy="${(12 + index % 3 * 5).toFixed(1)}" r="2" fill="#8c959f"/>`);
    if (median2 !== void 0)
      parts.push(`<line x1="${x3(median2).toFixed(1)}" x2="${x3(median2).toFixed(1)}" y1="6" y2="28" stroke="#57606a" stroke-width="1.5"/>`);
  }
  parts.push(`<circle cx="${x3(head).toFixed(1)}" cy="17" r="4.5" fill="${worse ? "#cf222e" : "#1a7f37"}" stroke="#fff"/>`);
  const title = `${label}: head ${fmt(head)}${sorted.length > 0 ? `; baseline ${sorted.length} samples ${fmt(sorted[0])}\u2013${fmt(sorted[sorted.length - 1])}, median ${fmt(median2)}` : "; no baseline samples"}`;
  return `<svg class="spark" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title>${parts.join("")}</svg>`;
}
function timeline(runs) {
  const origin = Date.parse(runs.startedAt);
  const finished = Date.parse(runs.finishedAt);
  if (!Number.isFinite(origin)) return "";
  const bars = [];
  const rows = [];
  for (const suite of runs.suites.filter((candidate) => candidate.selected)) {
    const suiteStart = suite.startedAt ? (Date.parse(suite.startedAt) - origin) / 1e3 : 0;
    const servicesReady = maxOf(
      suite.services.map((service) => service.readyAfter ?? 0),
      0
    );
    for (const service of suite.services) {
      rows.push(`${suite.name} \xB7 ${service.name}`);
      const end = suiteStart + servicesReady + suite.attempts.reduce((sum, attempt) => sum + attempt.duration, 0);
      bars.push({
        row: rows.length - 1,
        start: suiteStart,
        end: Math.max(end, suiteStart + (service.readyAfter ?? 0)),
        label: `service ${service.name}: ${service.ready ? `ready after ${fmt(service.readyAfter ?? 0)} s` : "never ready"}${service.died ? ", died" : ""}`,
        cls: service.ready && !service.died ? "svc" : "bad"
      });
    }
    rows.push(suite.name);
    let at2 = suiteStart + servicesReady;
    for (const attempt of suite.attempts) {
      const failed = attempt.timedOut || attempt.exitCode !== 0;
      bars.push({
        row: rows.length - 1,
        start: at2,
        end: at2 + attempt.duration,
        label: `${suite.name} attempt ${attempt.index + 1} (${attempt.kind}): ${attempt.timedOut ? "timed out" : `exit ${attempt.exitCode ?? attempt.signal}`} in ${fmt(attempt.duration)} s`,
        cls: attempt.timedOut ? "bad" : failed ? "fail" : "ok"
      });
      at2 += attempt.duration;
    }
  }
  if (rows.length === 0) return "";
  const total = maxOf(
    bars.map((bar) => bar.end),
    Math.max(Number.isFinite(finished) ? (finished - origin) / 1e3 : 0, 1e-3)
  );
  const labelWidth = 180;
  const width = 900;
  const rowHeight = 22;
  const plot = width - labelWidth - 10;
  const x3 = (seconds2) => labelWidth + seconds2 / total * plot;
  const height = rows.length * rowHeight + 24;
  const parts = [];
  for (const [index, row] of rows.entries())
    parts.push(
      `<text x="4" y="${index * rowHeight + 15}" class="tl-label">${escapeHtml(row.length > 28 ? `${row.slice(0, 27)}\u2026` : row)}</text>`
    );
  for (const bar of bars)
    parts.push(
      `<rect class="tl-${bar.cls}" x="${x3(bar.start).toFixed(1)}" y="${bar.row * rowHeight + 4}" width="${Math.max(2, x3(bar.end) - x3(bar.start)).toFixed(1)}" height="${rowHeight - 8}" rx="2"><title>${escapeHtml(bar.label)}</title></rect>`
    );
  for (let tick = 0; tick <= 4; tick++) {
    const seconds2 = total * tick / 4;
    parts.push(
      `<text x="${x3(seconds2).toFixed(1)}" y="${height - 6}" class="tl-tick" text-anchor="${tick === 0 ? "start" : tick === 4 ? "end" : "middle"}">${fmt(Number(seconds2.toFixed(1)))} s</text>`
    );
  }
  return `<svg class="timeline" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>Timeline of suites, services and attempts</title>${parts.join("")}</svg>`;
}

// src/record/html.ts
var esc = (value) => escapeText(value, "html");
var HTML_LIMITS = {
  /** failures with every attempt's message, stack and output; the rest with their message only */
  detailedFailures: 5e3,
  stack: 2e4,
  message: 4e3,
  output: 4e3,
  /**
   * rows of the "All tests" list: past this the page lists the first ones in report order and says
   * so (runs.json in bundle.zip has every test; the totals and the failures are always complete).
   * At 6 million tests the list alone was gigabytes of memory and hundreds of megabytes of page.
   */
  listedTests: 2e5
};
var cut = (text, max) => text === void 0 ? void 0 : text.length > max ? `${text.slice(0, max)}
\u2026 (${text.length - max} more characters in report.json / the bundle)` : text;
var isFailure = (status3) => status3 === "failed" || status3 === "errored";
var EMBED_ESCAPES = { "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" };
function embedJson(value) {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (char) => EMBED_ESCAPES[char]);
}
var COMPRESS_OVER = 256 * 1024;
function dataElement(value) {
  const json = embedJson(value);
  if (json.length <= COMPRESS_OVER) return `<script type="application/json" id="testops-data">${json}</script>`;
  const packed = gzipSync(Buffer.from(json, "utf8"), { level: 6 }).toString("base64");
  return `<script type="application/octet-stream" id="testops-data" data-encoding="gzip-base64">${packed}</script>`;
}
function a(text, href) {
  return href ? `<a href="${esc(href)}" rel="noopener">${esc(text)}</a>` : esc(text);
}
function section(id, title, body) {
  return `<section id="${id}"><h2>${esc(title)}</h2>
${body}
</section>`;
}
function table(head, rows, numeric = []) {
  const th = head.map((cell, index) => `<th${numeric.includes(index) ? ' class="num"' : ""}>${esc(cell)}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell, index) => `<td${numeric.includes(index) ? ' class="num"' : ""}>${cell}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>
${body}
</tbody></table>`;
}
var statusCell = (status3) => {
  const word = statusWord(status3);
  return `<span class="${word}">${word}</span>`;
};
function coverageFiles(runs) {
  const merged = /* @__PURE__ */ new Map();
  for (const suite of runs.suites) {
    for (const file of suite.coverage?.files ?? []) {
      let entry = merged.get(file.path);
      if (!entry) {
        entry = { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map() };
        merged.set(file.path, entry);
      }
      for (const [line, hits] of file.lines) entry.lines.set(line, Math.max(entry.lines.get(line) ?? 0, hits));
      for (const [line, covered, total] of file.branches) {
        const before = entry.branches.get(line);
        entry.branches.set(line, before ? [Math.max(before[0], covered), Math.max(before[1], total)] : [covered, total]);
      }
      if (file.counts && !entry.counts) entry.counts = file.counts;
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [path, entry] of merged)
    out.set(path, {
      path,
      lines: [...entry.lines],
      branches: [...entry.branches].map(([line, [covered, total]]) => [line, covered, total]),
      ...entry.counts ? { counts: entry.counts } : {}
    });
  return out;
}
function renderReportHtml(input) {
  const { report, runs } = input;
  const event = report.event;
  const links = linksFor(event);
  const seed = input.plan?.seed ?? runs.seed;
  const ok = report.conclusion === "success";
  const failedGates = report.gates.filter((gate) => gate.status === "fail");
  const title = `testops ${ok ? "passed" : "failed"} \u2014 ${shortSha(event.headSha)}`;
  const where = [
    event.repo ? `${event.repo.owner}/${event.repo.repo}` : void 0,
    event.branch ? `branch ${event.branch}` : void 0,
    event.prNumber ? `PR #${event.prNumber}` : void 0
  ].filter(Boolean);
  const t = report.totals;
  const verdict = `<header class="verdict ${ok ? "success" : "failure"}">
<h1>${ok ? "\u2714 All gates passed" : `\u2718 ${failedGates.length} gate${failedGates.length === 1 ? "" : "s"} failed`}</h1>
<p>${esc(where.join(" \xB7 "))}${where.length ? " \xB7 " : ""}commit ${a(shortSha(event.headSha), links.commit(event.headSha))} \xB7 ${esc(report.createdAt)}${report.runUrl ? ` \xB7 ${a("workflow run", report.runUrl)}` : ""}</p>
<p>${formatCount(t.tests)} tests: ${formatCount(t.passed)} passed, ${formatCount(t.failed + t.errored)} failed, ${formatCount(t.skipped)} skipped, ${formatCount(t.flaky)} flaky \xB7 ${esc(formatSeconds(report.duration))} \xB7 seed <code>${esc(seed)}</code></p>
</header>`;
  const gates = report.gates.length ? table(
    ["", "Gate", "Value", "Baseline", "Threshold", "Why"],
    report.gates.map((gate) => [
      statusCell(gate.status),
      `${esc(gate.gate)}${gate.subject ? ` <span class="muted">${esc(gate.subject)}</span>` : ""}${gate.blocking === false ? ' <span class="muted">(not blocking)</span>' : ""}`,
      esc(formatFigure(gate.value, gate.threshold)),
      esc(formatBaselineFigure(gate.baseline, report.createdAt, gate.threshold)),
      esc(formatThreshold(gate.threshold)),
      esc(gate.reason)
    ])
  ) : '<p class="muted">No gates were evaluated.</p>';
  const baselineLine2 = `<p class="muted">Baseline: ${statusWord(report.baseline.status)}${report.baseline.provenance ? ` \u2014 commit ${a(shortSha(report.baseline.provenance.commit), links.commit(report.baseline.provenance.commit))} on ${esc(report.baseline.provenance.branch)}, ${esc(report.baseline.provenance.createdAt)}` : ""}${report.baseline.reason ? ` \u2014 ${esc(report.baseline.reason)}` : ""}</p>`;
  const byId = /* @__PURE__ */ new Map();
  let testCount = 0;
  for (const suite of runs.suites) {
    testCount += suite.tests.length;
    for (const test of suite.tests) if (isFailure(test.status)) byId.set(test.id, test);
  }
  const failures = report.failures.map((failure, index) => {
    const test = byId.get(failure.id);
    const detailed = index < HTML_LIMITS.detailedFailures;
    return {
      suite: failure.suite,
      name: failure.name,
      classname: failure.classname,
      status: failure.status,
      file: failure.file,
      line: failure.line,
      href: failure.file ? links.file(failure.file, failure.line) : void 0,
      quarantined: failure.quarantined,
      message: cut(failure.message, HTML_LIMITS.message),
      attempts: detailed ? (test?.attempts ?? []).map((attempt) => ({
        status: attempt.status,
        duration: attempt.duration,
        type: attempt.type,
        message: cut(attempt.message, HTML_LIMITS.message),
        stack: cut(attempt.stack, HTML_LIMITS.stack),
        output: cut(attempt.output, HTML_LIMITS.output)
      })) : []
    };
  });
  const failuresBody = failures.length === 0 ? '<p class="pass">No test failed.</p>' : `<div id="failures-list"><noscript>${formatCount(failures.length)} failures: this list needs JavaScript; report.json holds them too.</noscript></div>${failures.length > HTML_LIMITS.detailedFailures ? `<p class="muted">Stacks are shown for the first ${formatCount(HTML_LIMITS.detailedFailures)} failures; the others show their message (all of them are in report.json and runs.json).</p>` : ""}`;
  const flaky = report.flaky.filter((entry) => entry.state !== "stable");
  const flakyBody = flaky.length === 0 ? '<p class="muted">No flaky test.</p>' : flaky.map(
    (entry) => `<details class="flaky-test"><summary><span class="badge ${entry.state === "broken" ? "fail" : "flaky"}">${statusWord(entry.state)}</span> ${esc(entry.suite)} \u203A <strong>${esc(entry.name)}</strong> \u2014 fails ${esc(formatPct(entry.rate * 100))} of runs (${esc(formatPct(entry.low * 100))}\u2013${esc(formatPct(entry.high * 100))}, ${entry.runs} runs)${entry.quarantined ? ' <span class="muted">quarantined</span>' : ""}</summary>
${entry.file ? `<p>${a(`${entry.file}${entry.line ? `:${entry.line}` : ""}`, links.file(entry.file, entry.line))}</p>` : ""}${entry.issueUrl ? `<p>Issue: ${a(`#${entry.issueNumber ?? ""}`, entry.issueUrl)}</p>` : ""}
<ul class="tight">${entry.evidence.map((line) => `<li>${esc(line)}</li>`).join("")}</ul></details>`
  ).join("\n");
  const warroom = input.warroom ?? [];
  const anomaliesBody = warroom.length === 0 ? '<p class="pass">No anomaly.</p>' : warroom.map(
    (entry) => `<details class="anomaly"><summary><span class="badge ${esc(entry.priority)}">${esc(entry.priority)}</span> <strong>${esc(entry.kind)}</strong> \u2014 ${esc(entry.summary)} <span class="muted">(respond ${esc(entry.respondWithin)})</span></summary>
<ol>${entry.remediation.map((step) => `<li>${esc(step)}</li>`).join("")}</ol>
<pre>${esc(JSON.stringify(entry.evidence, null, 1))}</pre></details>`
  ).join("\n");
  let coverageBody = '<p class="muted">No coverage report.</p>';
  const coverageRows = [];
  if (report.coverage) {
    const files = coverageFiles(runs);
    const patchByPath = new Map((report.coverage.patch?.files ?? []).map((file) => [file.path, file]));
    for (const [path, file] of [...files].sort(([x3], [y2]) => x3 < y2 ? -1 : x3 > y2 ? 1 : 0)) {
      const lines = file.counts?.lines ?? { covered: file.lines.filter(([, hits]) => hits > 0).length, total: file.lines.length };
      const branches = file.counts?.branches ?? {
        covered: file.branches.reduce((sum, [, covered]) => sum + covered, 0),
        total: file.branches.reduce((sum, [, , total]) => sum + total, 0)
      };
      const patch2 = patchByPath.get(path);
      coverageRows.push([
        path,
        lines.covered,
        lines.total,
        branches.covered,
        branches.total,
        patch2?.total ?? 0,
        patch2?.covered ?? 0,
        (patch2?.missing ?? []).slice(0, 200),
        links.file(path) ?? null
      ]);
    }
    for (const [path, patch2] of patchByPath)
      if (!files.has(path))
        coverageRows.push([path, 0, 0, 0, 0, patch2.total, patch2.covered, patch2.missing.slice(0, 200), links.file(path) ?? null]);
    const totals = report.coverage.totals;
    const base = report.coverage.baseline;
    const patch = report.coverage.patch;
    coverageBody = `<dl class="kv"><dt>Lines</dt><dd>${esc(formatPct(totals.lines.pct))} (${formatCount(totals.lines.covered)}/${formatCount(totals.lines.total)})${base ? ` \u2014 baseline ${esc(formatPct(base.lines.pct))}` : ""}</dd>
<dt>Branches</dt><dd>${esc(formatPct(totals.branches.pct))} (${formatCount(totals.branches.covered)}/${formatCount(totals.branches.total)})${base ? ` \u2014 baseline ${esc(formatPct(base.branches.pct))}` : ""}</dd>
${patch ? `<dt>Changed lines</dt><dd>${patch.pct === null ? "no coverable changed line" : `${esc(formatPct(patch.pct))} (${patch.covered}/${patch.total})`}</dd>` : ""}</dl>
${report.coverage.drops.length ? `<p>Largest drops: ${report.coverage.drops.map((drop) => `${esc(drop.path)} ${esc(formatPct(drop.before))} \u2192 ${esc(formatPct(drop.after))}`).join("; ")}</p>` : ""}
<div id="coverage-list"><noscript>Per-file coverage needs JavaScript.</noscript></div>`;
  }
  const perfBody = report.perf.length === 0 ? '<p class="muted">No performance results.</p>' : table(
    ["", "Scenario", "Metric", "Baseline", "Head", "Change", "Against the baseline samples", "Rule"],
    report.perf.map((row) => {
      const known = input.baseline?.perf[row.scenario]?.[row.metric];
      return [
        statusCell(row.status),
        esc(row.scenario),
        esc(row.metric),
        esc(formatMetric(row.base, row.unit)),
        esc(formatMetric(row.head, row.unit)),
        esc(formatChange(row.change)),
        perfChart(
          known?.samples ?? (row.base !== null ? [row.base] : []),
          row.head,
          known?.biggerIsBetter ?? false,
          `${row.scenario} ${row.metric}`
        ),
        esc(row.rule ?? "")
      ];
    })
  );
  const counts = report.security.counts;
  const securityBody = `<p>${["critical", "high", "medium", "low", "info"].map((severity) => `${counts[severity] ?? 0} ${severity}`).join(" \xB7 ")} \xB7 ${report.security.existing} known before</p>
${report.security.newFindings.length ? table(
    ["Severity", "Tool", "Rule", "Where", "Message"],
    report.security.newFindings.map((finding) => [
      statusCell(finding.severity),
      esc(finding.tool),
      finding.url ? a(finding.rule, /^https?:\/\//i.test(finding.url) ? finding.url : void 0) : esc(finding.rule),
      finding.file ? a(`${finding.file}${finding.line ? `:${finding.line}` : ""}`, links.file(finding.file, finding.line)) : esc(finding.package ?? ""),
      esc(cut(finding.message, 600) ?? "")
    ])
  ) : '<p class="pass">No new finding.</p>'}`;
  const suitesBody = table(
    ["Suite", "Status", "Tests", "Duration", "Budget", "Why it ran or not"],
    report.suites.map((suite) => [
      `<strong>${esc(suite.name)}</strong>${suite.level ? ` <span class="muted">${esc(suite.level)}</span>` : ""}`,
      statusCell(suite.selected ? suite.status : "skipped"),
      suite.selected ? `${formatCount(suite.tests.passed)}/${formatCount(suite.tests.tests)} passed${suite.tests.flaky ? `, ${suite.tests.flaky} flaky` : ""}` : "\u2014",
      suite.selected ? esc(formatSeconds(suite.duration)) : "\u2014",
      suite.budget !== void 0 ? `<span class="${suite.duration > suite.budget ? "fail" : ""}">${esc(formatSeconds(suite.budget))}</span>` : "\u2014",
      `<ul class="tight">${suite.reasons.map((reason) => `<li>${esc(reason)}</li>`).join("")}</ul>${suite.problems.length ? `<ul class="tight fail">${suite.problems.map((problem) => `<li>${esc(problem.kind)}: ${esc(problem.message)}</li>`).join("")}</ul>` : ""}`
    ]),
    [2, 3, 4]
  );
  const determinismBody = report.determinism.length ? table(
    ["Suite", "Repeats", "Identical outcomes"],
    report.determinism.map((row) => [
      esc(row.suite),
      String(row.repeats),
      `<span class="${row.ratio < 1 ? "fail" : "pass"}">${row.identical}/${row.total} (${esc(formatPct(row.ratio * 100))})</span>`
    ]),
    [1]
  ) : "";
  const timelineSvg = timeline(runs);
  const services = runs.suites.flatMap(
    (suite) => suite.services.map((service) => [
      esc(suite.name),
      esc(service.name),
      `<code>${esc(service.command)}</code>`,
      service.ready ? `<span class="pass">ready after ${esc(formatSeconds(service.readyAfter ?? 0))}</span>` : '<span class="fail">never ready</span>',
      service.died ? `<span class="fail">died (exit ${esc(String(service.exitCode ?? "?"))})</span>` : ""
    ])
  );
  const attempts = runs.suites.flatMap(
    (suite) => suite.attempts.map((attempt) => [
      esc(suite.name),
      String(attempt.index + 1),
      esc(attempt.kind),
      `<code>${esc(attempt.command)}</code>`,
      attempt.timedOut ? '<span class="fail">timed out</span>' : `<span class="${attempt.exitCode === 0 ? "pass" : "fail"}">${esc(String(attempt.exitCode ?? attempt.signal ?? "?"))}</span>`,
      esc(formatSeconds(attempt.duration))
    ])
  );
  const timelineBody = `${timelineSvg || '<p class="muted">No suite ran.</p>'}
${services.length ? `<h3>Services</h3>${table(["Suite", "Service", "Command", "Readiness", ""], services)}` : ""}
${attempts.length ? `<h3>Attempts</h3>${table(["Suite", "#", "Kind", "Command", "Exit", "Duration"], attempts, [1, 5])}` : ""}`;
  const selected = runs.suites.filter((suite) => suite.selected && suite.command);
  const reproduceBody = `<dl class="kv"><dt>Seed</dt><dd><code>${esc(seed)}</code> (TEST_SEED)</dd><dt>Commit</dt><dd><code>${esc(event.headSha)}</code></dd>${input.plan?.mergeBase ? `<dt>Merge base</dt><dd><code>${esc(input.plan.mergeBase)}</code></dd>` : ""}</dl>
${report.failures.length ? `<p>Run again with the same seed:</p><pre>${esc(rerunFailedCommand(seed))}</pre>` : ""}
${selected.length ? `<p>Each suite as it ran:</p><pre>${esc(selected.map((suite) => suiteCommand(suite.command, suite.seed || seed)).join("\n"))}</pre>` : ""}`;
  const problemsBody = report.problems.length ? `<ul>${report.problems.map((problem) => `<li><span class="warn">${esc(problem.kind)}</span>${problem.suite ? ` [${esc(problem.suite)}]` : ""}: ${esc(problem.message)}${problem.file ? ` <span class="muted">${esc(problem.file)}${problem.line ? `:${problem.line}` : ""}</span>` : ""}</li>`).join("")}</ul>` : "";
  const listed2 = [];
  for (const suite of runs.suites) {
    if (listed2.length >= HTML_LIMITS.listedTests) break;
    for (const test of suite.tests) {
      if (listed2.length >= HTML_LIMITS.listedTests) break;
      listed2.push(test);
    }
  }
  const suiteNames = [...new Set(listed2.map((test) => test.suite))];
  const suiteIndex = new Map(suiteNames.map((name, index) => [name, index]));
  const fileIndex = /* @__PURE__ */ new Map();
  const statuses = [];
  const statusIndex = /* @__PURE__ */ new Map();
  const columns = {
    files: [],
    statuses,
    suite: [],
    name: [],
    file: [],
    line: [],
    status: [],
    duration: [],
    flaky: [],
    attempts: []
  };
  for (const test of listed2) {
    let fileAt = -1;
    if (test.file !== void 0) {
      fileAt = fileIndex.get(test.file) ?? -1;
      if (fileAt < 0) {
        fileAt = columns.files.push([test.file, links.file(test.file) ?? null]) - 1;
        fileIndex.set(test.file, fileAt);
      }
    }
    let statusAt = statusIndex.get(test.status);
    if (statusAt === void 0) {
      statusAt = statuses.push(test.status) - 1;
      statusIndex.set(test.status, statusAt);
    }
    columns.suite.push(suiteIndex.get(test.suite) ?? 0);
    columns.name.push(test.name);
    columns.file.push(fileAt);
    columns.line.push(test.line ?? 0);
    columns.status.push(statusAt);
    columns.duration.push(Number(test.duration.toFixed(4)));
    columns.flaky.push(test.flaky ? 1 : 0);
    columns.attempts.push(test.attempts.length);
  }
  const capped = listed2.length < testCount ? `<p class="muted">The list shows the first ${formatCount(listed2.length)} of ${formatCount(testCount)} tests, in report order: runs.json in the run's bundle holds every test. The totals, failures and flaky tests above count them all.</p>` : "";
  const testsBody = `${capped}<div id="tests-list"><noscript>${formatCount(testCount)} tests: this list needs JavaScript.</noscript></div>`;
  const sections = [
    ["gates", "Gates", `${gates}
${baselineLine2}`],
    ["failures", `Failures (${formatCount(failures.length)})`, failuresBody],
    ["flaky", `Flaky tests (${flaky.length})`, flakyBody],
    ["anomalies", `Anomalies (${warroom.length})`, anomaliesBody],
    ["coverage", "Coverage", coverageBody],
    ["perf", "Performance", perfBody],
    ["security", "Security", securityBody],
    ["suites", "Suites: why each ran or not", suitesBody],
    determinismBody ? ["determinism", "Determinism", determinismBody] : void 0,
    ["timeline", "Timeline", timelineBody],
    ["reproduce", "Seed and reproduce", reproduceBody],
    problemsBody ? ["problems", `Problems (${report.problems.length})`, problemsBody] : void 0,
    [
      "tests",
      listed2.length < testCount ? `Tests (first ${formatCount(listed2.length)} of ${formatCount(testCount)})` : `All tests (${formatCount(testCount)})`,
      testsBody
    ]
  ];
  const present = sections.filter((entry) => entry !== void 0);
  const nav = `<nav class="toc">${present.map(([id, heading]) => `<a href="#${id}">${esc(heading)}</a>`).join("")}</nav>`;
  const data = { suites: suiteNames, failures, tests: columns, coverageFiles: coverageRows };
  return `${pageHead(title, [REPORT_CSS])}
<body>
${verdict}
${nav}
<main>
${present.map(([id, heading, body]) => section(id, heading, body)).join("\n")}
<p class="muted">testops ${esc(report.version_testops)} \xB7 report.json, runs.json and the raw reports are in the run's bundle.</p>
</main>
${dataElement(data)}
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

// src/record/warroom.ts
init_define_TESTOPS_UPLOT();
var THRESHOLDS = {
  failureSpike: 0.05,
  infrastructure: 0.5,
  flakySpike: 0.1,
  /** head ÷ base beyond which a lower-is-better metric is "over 2× slower" */
  slowdown: 2
};
var isFailure2 = (test) => test.status === "failed" || test.status === "errored";
var pct3 = (fraction) => formatPct(fraction * 100);
var failureText = (test) => test.attempts.filter((attempt) => attempt.status === "failed" || attempt.status === "errored").map((attempt) => [attempt.type, attempt.message, attempt.stack].filter(Boolean).join("\n")).join("\n");
var SIGNAL_NAMES = { 6: "SIGABRT", 9: "SIGKILL", 11: "SIGSEGV", 15: "SIGTERM" };
function killedBy(suite) {
  for (const attempt of suite.attempts) {
    if (attempt.timedOut) continue;
    if (attempt.signal) return attempt.signal;
    if (attempt.exitCode !== null && attempt.exitCode > 128 && SIGNAL_NAMES[attempt.exitCode - 128])
      return SIGNAL_NAMES[attempt.exitCode - 128];
  }
  return void 0;
}
function detectAnomalies(input) {
  const { report, runs } = input;
  const seed = input.plan?.seed ?? runs.seed;
  const base = {
    v: 1,
    at: report.createdAt,
    commit: report.event.headSha,
    ...report.event.branch ? { branch: report.event.branch } : {},
    ...report.event.prNumber ? { pr: report.event.prNumber } : {},
    ...report.runUrl ? { runUrl: report.runUrl } : {},
    ...seed ? { seed } : {}
  };
  const entries = [];
  const add = (kind, summary, fields, evidence, extraSteps = [], override) => {
    const entry = CATALOGUE[kind];
    entries.push({
      ...base,
      kind,
      priority: override?.priority ?? entry.priority,
      respondWithin: override?.respondWithin ?? entry.respondWithin,
      summary,
      ...fields,
      evidence,
      remediation: [...extraSteps, ...entry.steps]
    });
  };
  const suites = runs.suites.filter((suite) => suite.selected);
  const reproduce = (suiteNames, failedOnly) => reproduceCommands({ runs, seed, suites: suiteNames, failedOnly }).map((command) => `Run next: ${command}`);
  let executed = 0;
  const failing = [];
  const flakyNow = [];
  for (const suite of suites)
    for (const test of suite.tests) {
      if (test.status === "skipped") continue;
      executed++;
      if (isFailure2(test)) failing.push(test);
      if (test.flaky) flakyNow.push(test);
    }
  const rate = executed > 0 ? failing.length / executed : 0;
  const failingSuites = [...new Set(failing.map((test) => test.suite))];
  if (rate > THRESHOLDS.failureSpike) {
    const texts = failing.slice(0, 2e3).map(failureText);
    const evidence = {
      failing: failing.length,
      tests: executed,
      rate: pct3(rate),
      threshold: pct3(rate > THRESHOLDS.infrastructure ? THRESHOLDS.infrastructure : THRESHOLDS.failureSpike),
      suites: failingSuites,
      firstFailures: failing.slice(0, 5).map((test) => test.id)
    };
    const steps = [...stepsForFailures(texts), ...reproduce(failingSuites, true)];
    if (rate > THRESHOLDS.infrastructure)
      add(
        "infrastructure-failure",
        `${failing.length} of ${executed} tests failed (${pct3(rate)}, over ${pct3(THRESHOLDS.infrastructure)}): an infrastructure failure, not ${failing.length} broken tests`,
        {},
        evidence,
        steps
      );
    else
      add(
        "failure-spike",
        `${failing.length} of ${executed} tests failed (${pct3(rate)}, over ${pct3(THRESHOLDS.failureSpike)})`,
        {},
        evidence,
        steps
      );
  }
  for (const suite of suites) {
    const problemText = suite.problems.map((problem) => problem.message).join("\n");
    const serviceTail = [...suite.services.flatMap((service) => service.logTail ?? []), input.logTails?.[suite.name] ?? ""].join("\n");
    const testTexts = suite.tests.filter(isFailure2).slice(0, 500).map(failureText);
    const signal = killedBy(suite);
    const oom = [problemText, serviceTail, ...testTexts].some(looksOutOfMemory);
    const crashed = suite.problems.find((problem) => problem.kind === "crash" || problem.kind === "no-report");
    if (signal || oom || crashed) {
      const cause = oom ? "ran out of memory" : signal ? `was killed by ${signal}` : "crashed";
      add(
        "infrastructure-failure",
        `suite ${suite.name} ${cause}${crashed ? `: ${crashed.message}` : ""}`,
        { suite: suite.name },
        {
          cause: oom ? "out-of-memory" : signal ? "killed" : "runner-crash",
          signal: signal ?? null,
          exitCode: suite.exitCode,
          attempts: suite.attempts.length,
          problems: suite.problems.map((problem) => `${problem.kind}: ${problem.message}`)
        },
        [
          ...oom ? stepsForFailures([problemText, serviceTail, ...testTexts].filter(looksOutOfMemory), 1) : [],
          ...reproduce([suite.name], false)
        ]
      );
    }
    const timedOut = suite.attempts.filter((attempt) => attempt.timedOut);
    if (suite.status === "timeout" || timedOut.length > 0)
      add(
        "timeout",
        `suite ${suite.name} was stopped at its timeout${timedOut.length > 1 ? ` in ${timedOut.length} attempts` : ""}`,
        { suite: suite.name },
        {
          attempts: suite.attempts.length,
          timedOutAttempts: timedOut.map((attempt) => attempt.index),
          duration: Number(suite.duration.toFixed(3)),
          budget: suite.budget ?? null,
          lastTests: suite.tests.slice(-3).map((test) => test.name)
        },
        [...stepsForFailures(testTexts, 2), ...reproduce([suite.name], false)]
      );
    for (const service of suite.services) {
      const tail = (service.logTail ?? []).slice(-20);
      if (!service.ready)
        add(
          "service-not-ready",
          `service ${service.name} of suite ${suite.name} never became ready`,
          { suite: suite.name, service: service.name },
          { command: service.command, exitCode: service.exitCode ?? null, died: service.died ?? false, logTail: tail },
          stepsForFailures([tail.join("\n")], 2)
        );
      else if (service.died)
        add(
          "service-crashed",
          `service ${service.name} of suite ${suite.name} exited while the suite ran${service.exitCode !== void 0 ? ` (exit ${service.exitCode})` : ""}`,
          { suite: suite.name, service: service.name },
          { command: service.command, exitCode: service.exitCode ?? null, readyAfter: service.readyAfter ?? null, logTail: tail },
          stepsForFailures([tail.join("\n")], 2)
        );
    }
    const leaked = suite.attempts.filter((attempt) => (attempt.leaked?.length ?? 0) > 0);
    if (leaked.length > 0) {
      const processes = [...new Set(leaked.flatMap((attempt) => attempt.leaked ?? []))];
      add(
        "leaked-process",
        `suite ${suite.name} left ${processes.length} process(es) running after its command ended`,
        { suite: suite.name },
        { attempts: leaked.map((attempt) => attempt.index), processes: processes.slice(0, 20), command: suite.command }
      );
    }
    if (suite.determinism && suite.determinism.ratio < 1) {
      const differing = suite.tests.filter((test) => test.nondeterministic);
      add(
        "determinism-break",
        `suite ${suite.name}: ${suite.determinism.total - suite.determinism.identical} of ${suite.determinism.total} tests gave different outcomes across ${suite.determinism.repeats} repeats with seed ${suite.seed}`,
        { suite: suite.name },
        {
          repeats: suite.determinism.repeats,
          identical: suite.determinism.identical,
          total: suite.determinism.total,
          ratio: Number(suite.determinism.ratio.toFixed(4)),
          tests: differing.slice(0, 10).map((test) => test.id)
        },
        [...stepsForFailures(differing.slice(0, 200).map(failureText), 2), ...reproduce([suite.name], false)]
      );
    }
  }
  const flakeRate = executed > 0 ? flakyNow.length / executed : 0;
  if (flakeRate > THRESHOLDS.flakySpike)
    add(
      "flaky-spike",
      `${flakyNow.length} of ${executed} tests flaked in this run (${pct3(flakeRate)}, over ${pct3(THRESHOLDS.flakySpike)})`,
      {},
      {
        flaky: flakyNow.length,
        tests: executed,
        rate: pct3(flakeRate),
        threshold: pct3(THRESHOLDS.flakySpike),
        flakyTests: flakyNow.slice(0, 10).map((test) => test.id)
      },
      stepsForFailures(flakyNow.slice(0, 500).map(failureText))
    );
  const baselineTests = input.baseline?.tests ?? {};
  for (const test of flakyNow.slice(0, 100)) {
    const history = baselineTests[test.id]?.history ?? [];
    const flakedBefore = history.some((entry2) => entry2.failures > 0 && entry2.status === "passed");
    if (flakedBefore) continue;
    const entry = report.flaky.find((flaky) => flaky.id === test.id);
    add(
      "new-flaky-test",
      `${test.suite} \u203A ${test.name} failed and then passed in this run, with no flaky history before`,
      { suite: test.suite, test: test.name, testId: test.id },
      {
        attempts: test.attempts.map((attempt) => attempt.status).join(" \u2192 "),
        runsInHistory: history.length,
        file: test.file ? `${test.file}${test.line ? `:${test.line}` : ""}` : null,
        ...entry ? { rate: pct3(entry.rate), interval: `${pct3(entry.low)}\u2013${pct3(entry.high)}`, issue: entry.issueUrl ?? null } : {}
      },
      [...stepsForFailures([failureText(test)], 2), ...reproduce([test.suite], false)]
    );
  }
  for (const row of report.perf) {
    const ratio = row.base && row.base !== 0 ? row.head / row.base : null;
    const known = input.baseline?.perf[row.scenario]?.[row.metric]?.biggerIsBetter;
    const lowerIsBetter = known === void 0 ? !/throughput|rps|ops|per_?s/i.test(row.metric) : !known;
    const slower = ratio !== null && (lowerIsBetter ? ratio > THRESHOLDS.slowdown : ratio < 1 / THRESHOLDS.slowdown);
    if (!slower && row.status !== "fail") continue;
    add(
      "perf-degradation",
      `${row.scenario} ${row.metric}: ${row.head} ${row.unit} against ${row.base ?? "no baseline"}${ratio !== null ? ` (${ratio.toFixed(2)}\xD7)` : ""}${row.status === "fail" ? ", perf gate failed" : ""}`,
      {},
      {
        scenario: row.scenario,
        metric: row.metric,
        head: row.head,
        base: row.base,
        ratio: ratio === null ? null : Number(ratio.toFixed(3)),
        gate: row.status,
        rule: row.rule ?? null,
        baselineCommit: report.baseline.provenance?.commit ?? null
      }
    );
  }
  const coverageGates = report.gates.filter(
    (gate) => (gate.gate === "coverage" || gate.gate === "patch-coverage") && gate.status === "fail"
  );
  if (coverageGates.length > 0 && report.coverage) {
    const totals = report.coverage.totals.lines.pct;
    const before = report.coverage.baseline?.lines.pct;
    add(
      "coverage-drop",
      coverageGates.map((gate) => `${gate.gate}: ${gate.reason}`).join("; "),
      {},
      {
        lines: totals === null ? null : Number(totals.toFixed(2)),
        baseline: before === void 0 || before === null ? null : Number(before.toFixed(2)),
        patch: report.coverage.patch?.pct ?? null,
        files: report.coverage.drops.slice(0, 5).map((drop) => `${drop.path} ${drop.before.toFixed(1)}% \u2192 ${drop.after.toFixed(1)}%`),
        baselineCommit: report.baseline.provenance?.commit ?? null
      },
      (report.coverage.patch?.files ?? []).filter((file) => file.missing.length > 0).slice(0, 5).map((file) => `Cover ${file.path} lines ${file.missing.slice(0, 12).join(", ")}${file.missing.length > 12 ? " \u2026" : ""}`)
    );
  }
  for (const finding of report.security.newFindings.slice(0, 100)) {
    add(
      "new-security-finding",
      `${finding.severity} ${finding.tool} finding ${finding.rule}${finding.file ? ` in ${finding.file}${finding.line ? `:${finding.line}` : ""}` : ""}${finding.package ? ` (${finding.package})` : ""}`,
      {},
      {
        fingerprint: finding.fingerprint,
        rule: finding.rule,
        severity: finding.severity,
        tool: finding.tool,
        message: finding.message.slice(0, 500),
        location: finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ""}` : null,
        url: finding.url ?? null
      },
      finding.package ? [`Upgrade or replace ${finding.package} (npm audit fix, or pin a fixed version).`] : [],
      securityPriority(finding.severity)
    );
  }
  return entries.sort((a2, b) => PRIORITY_ORDER[a2.priority] - PRIORITY_ORDER[b.priority]);
}
var PRIORITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 };
function toNdjson(entries) {
  return entries.map((entry) => JSON.stringify(entry)).join("\n") + (entries.length > 0 ? "\n" : "");
}

// src/record/index.ts
function logTails(workDir, runs, lines = 40) {
  const tails = {};
  for (const suite of runs.suites) {
    const texts = [];
    for (const attempt of suite.attempts) {
      const path = attempt.output?.file ?? join2(workDir, suite.name, String(attempt.index), "output.log");
      if (!existsSync2(path)) continue;
      const size = statSync2(path).size;
      const length = Math.min(size, 64 * 1024);
      const buffer = Buffer.alloc(length);
      const fd2 = openSync(path, "r");
      try {
        readSync(fd2, buffer, 0, length, size - length);
      } finally {
        closeSync(fd2);
      }
      texts.push(buffer.toString("utf8").split("\n").slice(-lines).join("\n"));
    }
    if (texts.length > 0) tails[suite.name] = texts.join("\n");
  }
  return tails;
}
async function writeRecord(outDir, input) {
  const anomalies = detectAnomalies({ ...input, logTails: logTails(input.workDir, input.runs) });
  const html = renderReportHtml({ ...input, warroom: anomalies });
  const warroom = toNdjson(anomalies);
  const paths = { html: join2(outDir, "report.html"), warroom: join2(outDir, "warroom.ndjson"), bundle: join2(outDir, "bundle.zip") };
  writeText(paths.html, html);
  writeText(paths.warroom, warroom);
  releaseMemory();
  const temporary = input.runsFile && existsSync2(input.runsFile) ? void 0 : join2(mkdtempSync(join2(tmpdir(), "testops-record-")), "runs.json");
  try {
    if (temporary) writeRunsJson(temporary, input.runs);
    await writeBundle(
      paths.bundle,
      bundleEntries(
        {
          "report.json": `${JSON.stringify(input.report, null, 1)}
`,
          "report.html": html,
          "comment.md": input.comment,
          "summary.md": input.summary,
          "warroom.ndjson": warroom
        },
        input.workDir,
        temporary ?? input.runsFile
      )
    );
  } finally {
    if (temporary) rmSync(dirname2(temporary), { recursive: true, force: true });
  }
  return { ...paths, anomalies };
}

// src/render/index.ts
init_define_TESTOPS_UPLOT();

// src/render/comment.ts
init_define_TESTOPS_UPLOT();

// src/render/budget.ts
init_define_TESTOPS_UPLOT();

// src/render/section.ts
init_define_TESTOPS_UPLOT();
function itemCount(section2) {
  if (!section2.block) return 0;
  return section2.block.kind === "table" ? section2.block.rows.length : section2.block.entries.length;
}
function renderBlock(block, limit) {
  if (block.kind === "entries") return block.entries.slice(0, limit).join("\n");
  return markdownTable([block.header, ...block.rows.slice(0, limit)], {
    align: block.align,
    padding: true,
    alignDelimiters: false
  });
}
function renderSection(section2, style, limit = Number.POSITIVE_INFINITY, omittedNote) {
  const count2 = itemCount(section2);
  const shown = Math.max(0, Math.min(limit, count2));
  const parts = [];
  if (limit <= 0) {
    if (omittedNote) parts.push(omittedNote(count2, true));
  } else {
    if (section2.intro?.length) parts.push(section2.intro.join("\n"));
    if (section2.block && shown > 0) parts.push(renderBlock(section2.block, shown));
    if (shown < count2 && omittedNote) parts.push(omittedNote(count2 - shown, false));
    if (section2.outro?.length) parts.push(section2.outro.join("\n"));
  }
  const body = parts.join("\n\n");
  if (section2.inline) return body;
  if (style === "heading") return `### ${escapeText(section2.title, "html")}

${body}`;
  return `<details${section2.open ? " open" : ""}>
<summary>${escapeText(section2.title, "html")}</summary>

${body}

</details>`;
}

// src/render/budget.ts
function partsWith(document, limits, options, trimmed, cache) {
  const sections = document.sections.map((section2) => {
    const limit = limits.get(section2.key) ?? Number.POSITIVE_INFINITY;
    const cached = cache.get(section2.key);
    if (cached?.limit === limit) return cached;
    const text = renderSection(section2, options.style, limit, (omitted, whole) => options.omittedNote(section2, omitted, whole));
    const rendered = { limit, text, size: options.measure(text) };
    cache.set(section2.key, rendered);
    return rendered;
  });
  const fixed = (text) => ({ text, size: options.measure(text) });
  return [...document.head.map(fixed), ...trimmed ? [fixed(options.trimmedNote)] : [], ...sections, ...document.tail.map(fixed)].filter(
    (part) => part.text !== ""
  );
}
var SEPARATOR = "\n\n";
function sizeOf(parts, options) {
  let size = Math.max(0, parts.length - 1) * options.measure(SEPARATOR);
  for (const part of parts) size += part.size;
  return size;
}
function composeWith(document, limits, options, trimmed, cache) {
  return partsWith(document, limits, options, trimmed, cache).map((part) => part.text).join(SEPARATOR);
}
function fitToBudget(document, options) {
  const limits = /* @__PURE__ */ new Map();
  const renderCache = /* @__PURE__ */ new Map();
  const compose = (trim) => composeWith(document, limits, options, trim, renderCache);
  if (sizeOf(partsWith(document, limits, options, false, renderCache), options) <= options.maxSize)
    return { text: compose(false), trimmed: [] };
  const fits = () => sizeOf(partsWith(document, limits, options, true, renderCache), options) <= options.maxSize;
  const byPriority = [...document.sections].sort((a2, b) => a2.priority - b.priority);
  const trimmed = [];
  for (const section2 of byPriority) {
    limits.set(section2.key, 0);
    trimmed.push(section2.key);
    if (!fits()) continue;
    let low = 0;
    let high = Math.max(1, itemCount(section2));
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      limits.set(section2.key, middle);
      if (fits()) low = middle;
      else high = middle - 1;
    }
    limits.set(section2.key, low);
    return { text: compose(true), trimmed };
  }
  const text = compose(true);
  const cut2 = `

\u2026 cut here: ${options.trimmedNote}`;
  let end = options.maxSize - options.measure(cut2);
  while (end > 0 && options.measure(text.slice(0, end)) > options.maxSize - options.measure(cut2)) end = Math.floor(end * 0.95);
  return { text: `${text.slice(0, Math.max(0, end))}${cut2}`, trimmed };
}

// src/render/comment.ts
var COMMENT_MAX_LENGTH = 65536;
function renderComment(report, options = {}) {
  const maxLength = Math.min(options.maxLength ?? COMMENT_MAX_LENGTH, COMMENT_MAX_LENGTH);
  const links = linksFor(report.event);
  const summaryUrl = options.summaryUrl ?? links.run();
  const summaryLink = summaryUrl ? `[job summary](${summaryUrl})` : "job summary of this run";
  const sections = buildSections(report);
  const result = fitToBudget(
    {
      head: [commentMarker(options.commentId), headline(report), forkNote(report) ?? "", baselineLine(report, links)],
      sections,
      tail: [FOOTER_MARKER, footer(report, links)]
    },
    {
      style: "details",
      maxSize: maxLength,
      // String length counts UTF-16 units, never fewer than GitHub's characters: a safe measure.
      measure: (text) => text.length,
      omittedNote: (_section, omitted, whole) => whole ? `_This section is only in the ${summaryLink}: the comment was too long._` : `_\u2026 and ${formatCount(omitted)} more in the ${summaryLink}._`,
      trimmedNote: `\u2702\uFE0F _This comment was trimmed to fit GitHub's ${formatCount(COMMENT_MAX_LENGTH)}-character limit; the ${summaryLink} has the full report._`
    }
  );
  return result.text;
}

// src/render/html.ts
init_define_TESTOPS_UPLOT();

// node_modules/marked/lib/marked.esm.js
init_define_TESTOPS_UPLOT();
function G() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var S = G();
function ue(l3) {
  S = l3;
}
var q = { exec: () => null };
function D(l3) {
  let e = [];
  return (t) => {
    let n = Math.max(0, Math.min(3, t - 1)), r = e[n];
    return r || (r = l3(n), e[n] = r), r;
  };
}
function g(l3, e = "") {
  let t = typeof l3 == "string" ? l3 : l3.source, n = { replace: (r, s) => {
    let o = typeof s == "string" ? s : s.source;
    return o = o.replace(O.caret, "$1"), t = t.replace(r, o), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var _e = ((l3 = "") => {
  try {
    return !!new RegExp("(?<=1)(?<!1)" + l3);
  } catch {
    return false;
  }
})();
var O = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l3) => new RegExp(`^( {0,3}${l3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: D((l3) => new RegExp(`^ {0,${l3}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:\`\`\`|~~~)`)), headingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#`)), htmlBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
var Ge = /^(?:[ \t]*(?:\n|$))+/;
var Ne = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Fe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/;
var V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var Qe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var ce = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var he = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var J = g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", he).getRegex();
var $e = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
var Le = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
var We = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
var de = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
var Ue = /^[^\n]+/;
var ge = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
var Ke = g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", ge).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
var Xe = g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, ce).getRegex();
var ke = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var Ve = g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", ke).replace("tag", he).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
var Ce = (l3) => g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l3).replace("html", J).getRegex();
var Je = Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
var Ye = Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
var et2 = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
var fe = { blockquote: et2, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
var Pe = g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
var tt = { ...fe, lheading: We, table: Pe, paragraph: g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", Pe).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
var nt = { ...fe, html: g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", ke).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: q, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: g(de).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Le).getRegex() };
var rt = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var st = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var Ie = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
var it = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var L = /[\p{P}\p{S}]/u;
var N = /[\s\p{P}\p{S}]/u;
var Y = /[^\s\p{P}\p{S}]/u;
var ot = g(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N).getRegex();
var at = /[\p{Pi}\p{Ps}"']/u;
var Ae = /(?!~)[\p{P}\p{S}]/u;
var lt = /(?!~)[\s\p{P}\p{S}]/u;
var ut = /(?:[^\s\p{P}\p{S}]|~)/u;
var pt = g(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", _e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var Ee = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ct = g(Ee, "u").replace(/punct/g, L).getRegex();
var ht = g(Ee, "u").replace(/punct/g, Ae).getRegex();
var dt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
var gt = g(dt, "u").replace(/openQuote/g, at).replace(/punct/g, L).getRegex();
var ze = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var kt = g(ze, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var ft = g(ze, "gu").replace(/notPunctSpace/g, ut).replace(/punctSpace/g, lt).replace(/punct/g, Ae).getRegex();
var mt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
var xt = g(mt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var bt = g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Rt = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
var Tt = g(Rt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Ot = g(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, L).getRegex();
var wt = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Pt = g(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var yt = g(/\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var St = g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var _t = g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var $t = g(ke).replace("(?:-->|$)", "-->").getRegex();
var Lt = g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", $t).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var Me = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
var ie = g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", Me).getRegex();
var Ct = g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", /<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
var It = g(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", ge).getRegex();
var At = g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ge).getRegex();
var ye = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
var Et = g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", Me).getRegex();
var zt = g("reflink|nolink(?!\\()", "g").replace("reflink", g(/^!?\[(label)\]\[(ref)\]/).replace("label", Et).replace("ref", ye).getRegex()).replace("nolink", g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ye).getRegex()).getRegex();
var Se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var Mt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
var Bt = g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Mt).getRegex();
var me = { _backpedal: q, anyPunctuation: yt, anyPunctuationOutsideCode: St, autolink: _t, blockSkip: pt, br: Ie, code: st, del: q, delLDelim: q, delRDelim: q, emStrongLDelim: ct, emStrongRDelimAst: kt, emStrongRDelimUnd: bt, escape: rt, link: Ct, nolink: At, punctuation: ot, reflink: It, reflinkSearch: zt, tag: Lt, text: it, url: q };
var Dt = { ...me, emStrongLDelim: gt, emStrongRDelimAst: xt, emStrongRDelimUnd: Tt, link: g(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
var pe = { ...me, emStrongRDelimAst: ft, emStrongLDelim: ht, delLDelim: Ot, delRDelim: Pt, url: g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Bt).replace("protocol", Se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", Se).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", _e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
var qt = { ...pe, br: g(Ie).replace("{2,}", "*").getRegex(), text: g(pe.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var ee = { normal: fe, gfm: tt, pedantic: nt };
var F = { normal: me, gfm: pe, breaks: qt, pedantic: Dt };
var vt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var Be = (l3) => vt[l3];
function y(l3, e) {
  if (e) {
    if (O.escapeTest.test(l3)) return l3.replace(O.escapeReplace, Be);
  } else if (O.escapeTestNoEncode.test(l3)) return l3.replace(O.escapeReplaceNoEncode, Be);
  return l3;
}
function De(l3) {
  return O.numericCharacterReference.test(l3) ? l3.replace(O.numericCharacterReferenceOrAmpersand, (e, t, n) => {
    if (t === void 0 && n === void 0) return "&amp;";
    let r = t === void 0 ? Number.parseInt(n, 16) : Number.parseInt(t, 10);
    return r === 0 || r > 1114111 || r >= 55296 && r <= 57343 ? "\uFFFD" : r === 38 ? "&amp;" : String.fromCodePoint(r);
  }) : l3;
}
function xe(l3) {
  try {
    l3 = encodeURI(l3).replace(O.percentDecode, "%");
  } catch {
    return null;
  }
  return l3;
}
function be(l3, e) {
  let t = l3.replace(O.findPipe, (s, o, i2) => {
    let a2 = false, c = o;
    for (; --c >= 0 && i2[c] === "\\"; ) a2 = !a2;
    return a2 ? "|" : " |";
  }), n = t.split(O.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(O.slashPipe, "|");
  return n;
}
function C(l3, e, t) {
  let n = l3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let s = l3.charAt(n - r - 1);
    if (s === e && !t) r++;
    else if (s !== e && t) r++;
    else break;
  }
  return l3.slice(0, n - r);
}
function Re(l3) {
  let e = l3.split(`
`), t = e.length - 1;
  for (; t >= 0 && O.blankLine.test(e[t]); ) t--;
  return e.length - t <= 2 ? l3 : e.slice(0, t + 1).join(`
`);
}
function W(l3) {
  return l3.trim().replace(O.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
}
function Te(l3, e) {
  if (l3.indexOf(e[0]) === -1 && l3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < l3.length; n++) if (l3[n] === "\\") n++;
  else if (l3[n] === e[0]) t++;
  else if (l3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
var Q = /* @__PURE__ */ new WeakMap();
function Oe(l3) {
  let e = { "*": -1, _: -1 }, t = -1, n = l3.length;
  for (let r = 0; r < n; r++) {
    let s = l3[r];
    if (s !== "*" && s !== "_" && s !== "~") continue;
    let o = r === 0 ? `
` : l3[r - 1], i2 = r + 1;
    for (; i2 < n && l3[i2] === s; ) i2++;
    o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i2 - 1;
  }
  return { maskedSrc: l3, lastPossibleEmStrongCloserIndex: e, lastPossibleDelCloserIndex: t };
}
function qe(l3, e) {
  let t = Oe(e), n = Q.get(l3);
  n ? n.push(t) : Q.set(l3, [t]);
}
function ve(l3) {
  let e = Q.get(l3);
  e && (e.pop(), e.length === 0 && Q.delete(l3));
}
function oe(l3, e, t) {
  let n = Q.get(l3)?.at(-1);
  return n && n.maskedSrc === e ? n.lastPossibleEmStrongCloserIndex[t] : Oe(e).lastPossibleEmStrongCloserIndex[t];
}
function ae(l3, e) {
  let t = Q.get(l3)?.at(-1);
  return t && t.maskedSrc === e ? t.lastPossibleDelCloserIndex : Oe(e).lastPossibleDelCloserIndex;
}
function te2(l3, e = 0) {
  let t = e, n = "";
  for (let r of l3) if (r === "	") {
    let s = 4 - t % 4;
    n += " ".repeat(s), t += s;
  } else n += r, t++;
  return n;
}
function Ht(l3, e) {
  let t = "";
  for (let n = 0; n < l3.length; n++) {
    if (l3[n] === "`") {
      let r = e.inline.code.exec(l3.slice(n));
      if (r) {
        t += r[0], n += r[0].length - 1;
        continue;
      }
    }
    if (l3[n] === "\\" && (l3[n + 1] === "[" || l3[n + 1] === "]")) {
      t += l3[n + 1], n++;
      continue;
    }
    t += l3[n];
  }
  return t;
}
function He(l3, e, t, n, r) {
  let s = e.href, o = e.title || null, i2 = Ht(l3[1], r), a2 = l3[0].charAt(0) === "!", c = n.state.inLink, u = n.state.linkEmitted, d = n.state.inRawBlock;
  n.state.inLink = true, n.state.linkEmitted = false;
  let h = n.inlineTokens(i2), p = n.state.linkEmitted;
  if (n.state.linkEmitted = u, n.state.inLink = c, !a2) {
    if (p) {
      n.state.inRawBlock = d;
      return;
    }
    n.state.linkEmitted = true;
  }
  return { type: a2 ? "image" : "link", raw: t, href: s, title: o, text: i2, tokens: h };
}
function Zt(l3, e, t) {
  let n = l3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((s) => {
    let o = s.match(t.other.beginningSpace);
    if (o === null) return s;
    let [i2] = o;
    return s.slice(Math.min(i2.length, r.length));
  }).join(`
`);
}
function Ze(l3, e, t, n) {
  if (!e.includes("<")) return false;
  for (let r = 0; r < e.length; r++) {
    if (e[r] === "\\") {
      r++;
      continue;
    }
    if (e[r] === "`") {
      let i2 = n.inline.code.exec(e.slice(r));
      if (i2) {
        r += i2[0].length - 1;
        continue;
      }
    }
    if (e[r] !== "<") continue;
    let s = l3.slice(t + r), o = n.inline.tag.exec(s) || n.inline.autolink.exec(s);
    if (o) {
      if (o[0].length > e.length - r) return true;
      r += o[0].length - 1;
    }
  }
  return false;
}
var _ = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = this.options.pedantic ? t[0] : Re(t[0]), r = n.replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: n, codeBlockStyle: "indented", text: r };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = Zt(n, t[3] || "", this.rules);
      return t[3] !== void 0 && (r === "" || r.endsWith(`
`)) && (r += `
`), { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = C(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceTabChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: C(t[0], `
`), depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: C(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = C(t[0], `
`).split(`
`), r = "", s = "", o = [];
      for (; n.length > 0; ) {
        let i2 = false, a2 = [], c;
        for (c = 0; c < n.length; c++) if (this.rules.other.blockquoteStart.test(n[c])) a2.push(n[c]), i2 = true;
        else if (!i2) a2.push(n[c]);
        else break;
        n = n.slice(c);
        let u = a2.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te2(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${u}` : u, s = s ? `${s}
${d}` : d;
        let h = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(d, o, true), this.lexer.state.top = h, n.length === 0) break;
        let p = o.at(-1);
        if (p?.type === "code" || p?.type === "heading" || p?.type === "hr" || p?.type === "html" || p?.type === "table") break;
        if (p?.type === "blockquote") {
          let k = p, m = n.join(`
`), b = k.raw + `
` + m.replace(this.rules.other.blockquoteSetextReplace2, ""), f = this.blockquote(b);
          o[o.length - 1] = f;
          let R = b.substring(f.raw.length).replace(/^\n/, ""), E = R ? R.split(`
`).length : 0, T = E ? n.slice(0, -E) : n;
          if (T.length > 0 && (r = `${r}
${T.join(`
`)}`), s = s.substring(0, s.length - k.text.length) + f.text, n = n.slice(T.length), n.length > 0 && this.rules.other.blockquoteStart.test(n[0])) continue;
          break;
        } else if (p?.type === "list") {
          let k = p, m = k.raw + `
` + n.join(`
`), b = this.list(m);
          o[o.length - 1] = b;
          let f = b.raw.length > k.raw.length ? m.slice(k.raw.length + 1, b.raw.length).split(`
`).length : 0;
          if (f > 0) {
            let R = n.slice(0, f).join(`
`);
            r = `${r}
${R}`, s = `${s}
${R}`;
          }
          if (n = n.slice(f), n.length > 0 && !this.rules.other.blockquoteStart.test(n[0])) break;
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: o, text: s };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e)) return;
      let n = e, r = () => n.length - e.length, s = t[1].trim(), o = s.length > 1, i2 = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
      s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
      let a2 = this.rules.other.listItemRegex(s), c = false;
      for (; e; ) {
        let h = false, p = "";
        if (!(t = a2.exec(e)) || this.rules.block.hr.test(e)) break;
        let k = r();
        e = e.substring(t[0].length);
        let m = t[2].split(`
`, 1)[0], b = t[1].length, f = this.options.pedantic ? te2(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te2(H, b)), R = e.split(`
`, 1)[0], E = !f.trim(), T = 0;
        if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e = e.substring(R.length + 1), h = true), !h) {
          let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
          for (; e; ) {
            let we = e.split(`
`, 1)[0], Z;
            if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te2($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
            if (Z.search(this.rules.other.nonSpaceChar) >= T || !R.trim()) p += `
` + Z.slice(T), le = false;
            else {
              if (E) break;
              let $ = f;
              if (!this.options.pedantic && !p.includes(`
`) && !f.includes("	")) {
                let j;
                for (; !K.test($) && (j = this.rules.other.nestedBlockMarker.exec($)); ) $ = $.slice(j[0].length);
                if (!$.trim()) break;
              }
              if ($.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test($) || B.test($) || X.test($) || K.test($)) break;
              if (!this.options.pedantic && !le) {
                let j = f.replace(this.rules.other.nestedContainerMarkers, "");
                if (this.rules.block.fences.test(j) || this.rules.block.heading.test(j) || this.rules.block.hr.test(j)) break;
              }
              let je = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(R) && this.rules.block.lheading.test(`${f}
${R}`) ? `    ${Z.replace(/^ {0,3}/, "")}` : R;
              p += `
` + je, le = true;
            }
            E = !R.trim(), e = e.substring(we.length + 1), f = Z.slice(T);
          }
        }
        let U = n.slice(k, r());
        i2.loose || (c ? i2.loose = true : this.rules.other.doubleBlankLine.test(U) && (c = true)), i2.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
      }
      let u = i2.items.at(-1);
      if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
      else return;
      i2.raw = n.slice(0, r()).trimEnd();
      let d = [];
      for (let h of i2.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i2.loose) {
        let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
        i2.loose = k;
      }
      for (let h = 0; h < i2.items.length; h++) {
        let p = i2.items[h], k = p.tokens[0];
        if (p.task && (k?.type === "text" || k?.type === "paragraph")) {
          p.text = p.text.replace(this.rules.other.listReplaceTask, ""), k.raw = k.raw.replace(this.rules.other.listReplaceTask, ""), k.text = k.text.replace(this.rules.other.listReplaceTask, "");
          let m = this.lexer.inlineQueue;
          for (let f = d[h]; f < m.length; f++) if (m[f].tokens === k.tokens) {
            m[f].src = m[f].src.replace(this.rules.other.listReplaceTask, "");
            break;
          }
          let b = this.rules.other.listTaskCheckbox.exec(p.raw);
          if (b) {
            let f = { type: "checkbox", raw: b[0] + " ", checked: b[0] !== "[ ]" };
            p.checked = f.checked, i2.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
          }
        } else p.task && (p.task = false);
      }
      if (i2.loose) for (let h of i2.items) {
        h.loose = true;
        for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i2;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) {
      if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e)) return;
      let n = Re(t[0]);
      return { type: "html", block: true, raw: n, pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: n };
    }
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      if (!this.rules.other.startAngleBracket.test(t[2]) && Te(t[2], "()") !== -1) return;
      let n = W(t[1]), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: C(t[0], `
`), href: r, title: s };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = be(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), s = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o = { type: "table", raw: C(t[0], `
`), header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let i2 of r) this.rules.other.tableAlignRight.test(i2) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i2) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i2) ? o.align.push("left") : o.align.push(null);
      for (let i2 = 0; i2 < n.length; i2++) o.header.push({ text: n[i2], tokens: this.lexer.inline(n[i2]), header: true, align: o.align[i2] });
      for (let i2 of s) o.rows.push(be(i2, o.header.length).map((a2, c) => ({ text: a2, tokens: this.lexer.inline(a2), header: false, align: o.align[c] })));
      return o;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n = t[1].trim();
      return { type: "heading", raw: C(t[0], `
`), depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    if (e.charCodeAt(0) !== 92) return;
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    if (this.lexer.state.linkParenPossible === false) return;
    let t = e.charCodeAt(0);
    if (t !== 91 && t !== 33) return;
    let n = this.rules.inline.link.exec(e);
    if (n) {
      let r = n[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, n[1], r, this.rules)) return;
      let s = n[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s)) {
        if (!this.rules.other.endAngleBracket.test(s)) return;
        let c = C(s.slice(0, -1), "\\");
        if ((s.length - c.length) % 2 === 0) return;
      } else {
        let c = Te(n[2], "()");
        if (c === -2) return;
        if (c > -1) {
          let d = (n[0].indexOf("!") === 0 ? 5 : 4) + n[1].length + c;
          n[2] = n[2].substring(0, c), n[0] = n[0].substring(0, d).trim(), n[3] = "";
        }
      }
      let o = C(n[0].slice(0, -1), "\\");
      if ((n[0].length - o.length) % 2 === 0) return;
      let i2 = n[2], a2 = "";
      if (this.options.pedantic) {
        let c = this.rules.other.pedanticHrefTitle.exec(i2);
        c && (i2 = c[1], a2 = c[3]);
      } else a2 = n[3] ? n[3].slice(1, -1) : "";
      return i2 = i2.trim(), this.rules.other.startAngleBracket.test(i2) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i2 = i2.slice(1) : i2 = i2.slice(1, -1)), He(n, { href: i2 && i2.replace(this.rules.inline.anyPunctuation, "$1"), title: a2 && a2.replace(this.rules.inline.anyPunctuation, "$1") }, n[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n = e.charCodeAt(0);
    if (n !== 91 && n !== 33) return;
    let r;
    if ((r = this.rules.inline.reflink.exec(e)) || (r = this.rules.inline.nolink.exec(e))) {
      let s = r[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, r[1], s, this.rules)) return;
      let o = t[W(r[2] || r[1])];
      if (!o) {
        let i2 = r[0].charAt(0);
        return { type: "text", raw: i2, text: i2 };
      }
      return He(r, o, r[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
    let s = r[0][0], o = n === s, i2 = t.length - e.length, a2 = i2;
    for (; !this.options.pedantic && a2 > 0 && t[a2 - 1] === s; ) a2--;
    let c = [...t.slice(Math.max(0, a2 - 2), a2)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
    a2 < i2 && (n = c);
    let d = a2 < i2 ? u : n === "*" || n === "_" || !!this.rules.inline.punctuation.exec(n);
    if (r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    let h = r[1] || r[3] || "";
    if (!h || !n || d) {
      let p = [...r[0]].length - 1, k, m, b = p, f = 0, R = i2 - a2 + p, E = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
      if (s !== "*" && s !== "_") return;
      let T = s === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, U = oe(this, t, s), H = t.length - e.length + p;
      if (U < H) return;
      t = t.slice(-1 * e.length + p);
      let K = U - H;
      for (T.lastIndex = 0; (r = T.exec(t)) !== null && !(r.index > K); ) {
        if (k = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !k) continue;
        if (m = [...k].length, r[3] || r[4]) {
          b += m;
          continue;
        } else if ((r[5] || r[6] || E) && R % 3 && !((R + m) % 3)) {
          if (o && (r[5] || r[6])) break;
          f += m;
          continue;
        }
        if (b -= m, b > 0) continue;
        m = Math.min(m, m + b + f);
        let re = [...r[0]][0].length, B = e.slice(0, p + r.index + re + m);
        if (Math.min(p, m) % 2) {
          let se = B.slice(1, -1);
          return { type: "em", raw: B, text: se, tokens: this.lexer.inlineTokens(se) };
        }
        let X = B.slice(2, -2);
        return { type: "strong", raw: B, text: X, tokens: this.lexer.inlineTokens(X) };
      }
    }
  }
  codespan(e) {
    if (e.charCodeAt(0) !== 96) return;
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), s = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && s && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = e.charCodeAt(0);
    if (t !== 32 && t !== 92 && t !== 10) return;
    let n = this.rules.inline.br.exec(e);
    if (n) return { type: "br", raw: n[0] };
  }
  del(e, t, n = "") {
    if (e.charCodeAt(0) !== 126) return;
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let o = [...r[0]].length - 1, i2, a2, c = o, u = this.rules.inline.delRDelim, d = ae(this, t), h = t.length - e.length + o;
      if (d < h) return;
      t = t.slice(-1 * e.length + o);
      let p = d - h;
      for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
        if (i2 = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i2 || (a2 = [...i2].length, a2 !== o)) continue;
        if (r[3] || r[4]) {
          c += a2;
          continue;
        }
        if (c -= a2, c > 0) continue;
        a2 = Math.min(a2, a2 + c);
        let k = [...r[0]][0].length, m = e.slice(0, o + r.index + k + a2), b = m.slice(o, -o);
        return { type: "del", raw: m, text: b, tokens: this.lexer.inlineTokens(b) };
      }
    }
  }
  autolink(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let s;
        do
          s = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (s !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: n ? t[0] : De(t[0]), escaped: n };
    }
  }
};
var w = class l {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || S, this.options.tokenizer = this.options.tokenizer || new _(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true };
    let t = { other: O, block: ee.normal, inline: F.normal };
    this.options.pedantic ? (t.block = ee.pedantic, t.inline = F.pedantic) : this.options.gfm && (t.block = ee.gfm, this.options.breaks ? t.inline = F.breaks : t.inline = F.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: ee, inline: F };
  }
  static lex(e, t) {
    return new l(t).lex(e);
  }
  static lexInline(e, t) {
    return new l(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(O.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.state.inRawBlock = false, this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    this.tokenizer.lexer = this;
    let r = this.state.lastToken;
    this.options.pedantic && (e = e.replace(O.tabCharGlobal, "    ").replace(O.spaceLine, ""));
    let s = 1 / 0, o, i2 = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
    for (; e; ) {
      if (e.length < s) s = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      this.state.lastToken = t.at(-1);
      let a2;
      if (this.options.extensions?.block?.some((u) => (a2 = u.call({ lexer: this }, e, t)) ? (e = e.substring(a2.raw.length), t.push(a2), true) : false)) continue;
      if (a2 = this.tokenizer.space(e)) {
        e = e.substring(a2.raw.length);
        let u = t.at(-1);
        a2.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.code(e)) {
        e = e.substring(a2.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.text, this.inlineQueue.at(-1).src = u.text) : t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.fences(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.heading(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.hr(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.blockquote(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.list(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.html(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.def(e)) {
        e = e.substring(a2.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a2.tag] || (this.tokens.links[a2.tag] = { href: a2.href, title: a2.title }), t.push(a2));
        continue;
      }
      if (a2 = this.tokenizer.table(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      if (a2 = this.tokenizer.lheading(e)) {
        e = e.substring(a2.raw.length), t.push(a2);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startBlock) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startBlock.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (this.state.top && (a2 = this.tokenizer.paragraph(c))) {
        let u = t.at(-1);
        (n || u === o && i2) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a2), o = a2), n = c.length !== e.length, e = e.substring(a2.raw.length);
        continue;
      }
      if (a2 = this.tokenizer.text(e)) {
        e = e.substring(a2.raw.length);
        let u = t.at(-1);
        u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a2);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return this.state.top = true, this.state.lastToken = r, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  linkInText(e) {
    if (!e.includes("[")) return false;
    let t = this.tokenizer.rules.inline.link;
    for (let n of e.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t.test(n[0]) && e.charAt(n.index - 1) !== "!") return true;
    for (let n of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
      let r = n[0], s = r.lastIndexOf("[");
      if (!(r.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, W(r.slice(s + 1, -1)))) && !(s > 1 && this.linkInText(r.slice(1, s - 1)))) return true;
    }
    return false;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n = this.state.linkParenPossible;
    this.state.linkParenPossible = e.includes(")");
    try {
      return this.#t(e, t);
    } finally {
      this.state.linkParenPossible = n;
    }
  }
  #t(e, t) {
    let n = e.includes("*") || e.includes("_") || e.includes("~"), r = n || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== _.prototype.emStrong || this.tokenizer.del !== _.prototype.del ? this.#r(e) : e;
    if (!n) return this.#e(e, r, t);
    qe(this.tokenizer, r);
    try {
      return this.#e(e, r, t);
    } finally {
      ve(this.tokenizer);
    }
  }
  #e(e, t, n) {
    let r = false, s = "", o = 1 / 0;
    for (; e; ) {
      if (e.length < o) o = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      r || (s = ""), r = false;
      let i2;
      if (this.options.extensions?.inline?.some((u) => (i2 = u.call({ lexer: this }, e, n)) ? (e = e.substring(i2.raw.length), n.push(i2), true) : false)) continue;
      if (i2 = this.tokenizer.escape(e)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (i2 = this.tokenizer.tag(e)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (i2 = this.tokenizer.link(e)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (i2 = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i2.raw.length);
        let u = n.at(-1);
        i2.type === "text" && u?.type === "text" ? (u.raw += i2.raw, u.text += i2.text) : n.push(i2);
        continue;
      }
      let a2 = e[0];
      if (a2 === "*" || a2 === "_") {
        let u = t.length - e.length;
        if (oe(this.tokenizer, t, a2) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a2.charCodeAt(0); ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a2, r = true;
          continue;
        }
      } else if (a2 === "~") {
        let u = t.length - e.length;
        if (ae(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a2, r = true;
          continue;
        }
      }
      if (i2 = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (i2 = this.tokenizer.codespan(e)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (i2 = this.tokenizer.br(e)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (i2 = this.tokenizer.del(e, t, s)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (i2 = this.tokenizer.autolink(e)) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      if (!this.state.inLink && (i2 = this.tokenizer.url(e))) {
        e = e.substring(i2.raw.length), n.push(i2);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i2 = this.tokenizer.inlineText(c)) {
        e = e.substring(i2.raw.length), i2.raw.slice(-1) !== "_" && (s = i2.raw.slice(-1)), r = true;
        let u = n.at(-1);
        u?.type === "text" ? (u.raw += i2.raw, u.text += i2.text) : n.push(i2);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return n;
  }
  #n(e) {
    let { blockSkip: t, tag: n, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i2;
    for (t.lastIndex = 0; i2 = t.exec(e); ) {
      let a2 = i2.index + (i2[2] ? i2[2].length : 0), c = i2.index + i2[0].length;
      if (e.charAt(a2) === "<") {
        let u = e.slice(a2), d = n.exec(u) || r.exec(u);
        if (!d) {
          t.lastIndex = a2 + 1;
          continue;
        }
        c = a2 + d[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a2) + "[" + "a".repeat(c - a2 - 2) + "]", o = c;
    }
    return s + e.slice(o);
  }
  #r(e) {
    let t = e;
    if (this.tokens.links && e.includes("[")) {
      let n = this.tokenizer.rules.inline.reflinkSearch, r = (s) => {
        let o = s.lastIndexOf("[");
        if (!Object.hasOwn(this.tokens.links, W(s.slice(o + 1, -1)))) return s;
        if (o > 1 && s.charAt(0) !== "!") {
          let i2 = s.slice(1, o - 1);
          if (this.linkInText(i2)) return "[" + i2.replace(n, r) + "][" + "a".repeat(s.length - o - 2) + "]";
        }
        return "[" + "a".repeat(s.length - 2) + "]";
      };
      t = t.replace(n, r);
    }
    return t = t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n, r, s) => s ? "+".repeat(n.length) : r ? r + n.slice(r.length, -r.length).replace(/`/g, "+") + r : n), t = this.#n(t), t = this.options.hooks?.emStrongMask?.call({ lexer: this }, t) ?? t, t;
  }
  infiniteLoopError(e) {
    let t = "Infinite loop on byte: " + e;
    if (this.options.silent) console.error(t);
    else throw new Error(t);
  }
};
var I = class {
  options;
  parser;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(O.notSpaceStart)?.[0], s = e ? e.replace(O.endingNewline, "") + `
` : "";
    return r ? '<pre><code class="language-' + y(r) + '">' + (n ? s : y(s, true)) + `</code></pre>
` : "<pre><code>" + (n ? s : y(s, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let i2 = 0; i2 < e.items.length; i2++) {
      let a2 = e.items[i2];
      r += this.listitem(a2);
    }
    let s = t ? "ol" : "ul", o = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + s + o + `>
` + r + "</" + s + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let s = 0; s < e.header.length; s++) n += this.tablecell(e.header[s]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let s = 0; s < e.rows.length; s++) {
      let o = e.rows[s];
      n = "";
      for (let i2 = 0; i2 < o.length; i2++) n += this.tablecell(o[i2]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${y(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, text: n, tokens: r, autolink: s }) {
    let o = s ? y(n, true) : this.parser.parseInline(r), i2 = xe(e);
    if (i2 === null) return o;
    e = y(i2, s);
    let a2 = '<a href="' + e + '"';
    return t && (a2 += ' title="' + y(t) + '"'), a2 += ">" + o + "</a>", a2;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let s = xe(e);
    if (s === null) return y(n);
    e = s;
    let o = `<img src="${y(e)}" alt="${y(n)}"`;
    return t && (o += ` title="${y(t)}"`), o += ">", o;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : y(e.text);
  }
};
var z = class {
  parser;
  strong({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  em({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  image({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  br() {
    return `
`;
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var P = class l2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || S, this.options.renderer = this.options.renderer || new I(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new z(), this.textRenderer.parser = this;
  }
  static parse(e, t) {
    return new l2(t).parse(e);
  }
  static parseInline(e, t) {
    return new l2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let o = r, i2 = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (i2 !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o.type)) {
          t += i2 === false ? "" : i2 ?? "";
          continue;
        }
      }
      let s = r;
      switch (s.type) {
        case "space": {
          t += this.renderer.space(s);
          break;
        }
        case "hr": {
          t += this.renderer.hr(s);
          break;
        }
        case "heading": {
          t += this.renderer.heading(s);
          break;
        }
        case "code": {
          t += this.renderer.code(s);
          break;
        }
        case "table": {
          t += this.renderer.table(s);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(s);
          break;
        }
        case "list": {
          t += this.renderer.list(s);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(s);
          break;
        }
        case "html": {
          t += this.renderer.html(s);
          break;
        }
        case "def": {
          t += this.renderer.def(s);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(s);
          break;
        }
        case "text": {
          t += this.renderer.text(s);
          break;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let s = e[r];
      if (this.options.extensions?.renderers?.[s.type]) {
        let i2 = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (i2 !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
          n += i2 === false ? "" : i2 ?? "";
          continue;
        }
      }
      let o = s;
      switch (o.type) {
        case "escape": {
          n += t.text(o);
          break;
        }
        case "html": {
          n += t.html(o);
          break;
        }
        case "link": {
          n += t.link(o);
          break;
        }
        case "image": {
          n += t.image(o);
          break;
        }
        case "checkbox": {
          n += t.checkbox(o);
          break;
        }
        case "strong": {
          n += t.strong(o);
          break;
        }
        case "em": {
          n += t.em(o);
          break;
        }
        case "codespan": {
          n += t.codespan(o);
          break;
        }
        case "br": {
          n += t.br(o);
          break;
        }
        case "del": {
          n += t.del(o);
          break;
        }
        case "text": {
          n += t.text(o);
          break;
        }
        default: {
          let i2 = 'Token with "' + o.type + '" type was not found.';
          if (this.options.silent) return console.error(i2), "";
          throw new Error(i2);
        }
      }
    }
    return n;
  }
};
var A = class {
  options;
  block;
  constructor(e) {
    this.options = e || S;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? w.lex : w.lexInline;
  }
  provideParser(e = this.block) {
    return e ? P.parse : P.parseInline;
  }
};
function M(l3, e) {
  if (Array.isArray(e)) for (let t = 0; t < e.length; t++) l3.push(e[t]);
  else l3.push(e);
}
var ne = class {
  defaults = G();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = P;
  Renderer = I;
  TextRenderer = z;
  Lexer = w;
  Tokenizer = _;
  Hooks = A;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (M(n, t.call(this, r)), r.type) {
      case "table": {
        let s = r;
        for (let o of s.header) M(n, this.walkTokens(o.tokens, t));
        for (let o of s.rows) for (let i2 of o) M(n, this.walkTokens(i2.tokens, t));
        break;
      }
      case "list": {
        let s = r;
        M(n, this.walkTokens(s.items, t));
        break;
      }
      default: {
        let s = r;
        this.defaults.extensions?.childTokens?.[s.type] ? this.defaults.extensions.childTokens[s.type].forEach((o) => {
          let i2 = s[o].flat(1 / 0);
          M(n, this.walkTokens(i2, t));
        }) : s.tokens && M(n, this.walkTokens(s.tokens, t));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((s) => {
        if (!s.name) throw new Error("extension name required");
        if ("renderer" in s) {
          let o = t.renderers[s.name];
          o ? t.renderers[s.name] = function(...i2) {
            let a2 = s.renderer.apply(this, i2);
            return a2 === false && (a2 = o.apply(this, i2)), a2;
          } : t.renderers[s.name] = s.renderer;
        }
        if ("tokenizer" in s) {
          if (!s.level || s.level !== "block" && s.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let o = t[s.level];
          o ? o.unshift(s.tokenizer) : t[s.level] = [s.tokenizer], s.start && (s.level === "block" ? t.startBlock ? t.startBlock.push(s.start) : t.startBlock = [s.start] : s.level === "inline" && (t.startInline ? t.startInline.push(s.start) : t.startInline = [s.start]));
        }
        "childTokens" in s && s.childTokens && (t.childTokens[s.name] = s.childTokens);
      }), r.extensions = t), n.renderer) {
        let s = this.defaults.renderer || new I(this.defaults);
        for (let o in n.renderer) {
          if (!(o in s)) throw new Error(`renderer '${o}' does not exist`);
          if (["options", "parser"].includes(o)) continue;
          let i2 = o, a2 = n.renderer[i2], c = s[i2];
          s[i2] = (...u) => {
            let d = a2.apply(s, u);
            return d === false && (d = c.apply(s, u)), d === false ? "" : d ?? "";
          };
        }
        r.renderer = s;
      }
      if (n.tokenizer) {
        let s = this.defaults.tokenizer || new _(this.defaults);
        for (let o in n.tokenizer) {
          if (!(o in s)) throw new Error(`tokenizer '${o}' does not exist`);
          if (["options", "rules", "lexer"].includes(o)) continue;
          let i2 = o, a2 = n.tokenizer[i2], c = s[i2];
          s[i2] = (...u) => {
            let d = a2.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.tokenizer = s;
      }
      if (n.hooks) {
        let s = this.defaults.hooks || new A();
        for (let o in n.hooks) {
          if (!(o in s)) throw new Error(`hook '${o}' does not exist`);
          if (["options", "block"].includes(o)) continue;
          let i2 = o, a2 = n.hooks[i2], c = s[i2];
          A.passThroughHooks.has(o) ? s[i2] = (u) => {
            if (s.options.async && A.passThroughHooksRespectAsync.has(o)) return (async () => {
              let h = await a2.call(s, u);
              return c.call(s, h);
            })();
            let d = a2.call(s, u);
            return c.call(s, d);
          } : s[i2] = (...u) => {
            if (s.options.async) return (async () => {
              let h = await a2.apply(s, u);
              return h === false && (h = await c.apply(s, u)), h;
            })();
            let d = a2.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.hooks = s;
      }
      if (n.walkTokens) {
        let s = this.defaults.walkTokens, o = n.walkTokens;
        r.walkTokens = function(i2) {
          let a2 = [];
          return M(a2, o.call(this, i2)), s && M(a2, s.call(this, i2)), a2;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return w.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return P.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let s = { ...r }, o = { ...this.defaults, ...s }, i2 = this.onError(!!o.silent, !!o.async);
      if (this.defaults.async === true && s.async === false) return i2(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return i2(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return i2(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
        let a2 = o.hooks ? await o.hooks.preprocess(n) : n, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a2, o), d = o.hooks ? await o.hooks.processAllTokens(u) : u;
        o.walkTokens && await Promise.all(this.walkTokens(d, o.walkTokens));
        let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(d, o);
        return o.hooks ? await o.hooks.postprocess(p) : p;
      })().catch(i2);
      try {
        o.hooks && (n = o.hooks.preprocess(n));
        let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n, o);
        o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
        let d = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
        return o.hooks && (d = o.hooks.postprocess(d)), d;
      } catch (a2) {
        return i2(a2);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + y(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var v = new ne();
function x2(l3, e) {
  return v.parse(l3, e);
}
x2.options = x2.setOptions = function(l3) {
  return v.setOptions(l3), x2.defaults = v.defaults, ue(x2.defaults), x2;
};
x2.getDefaults = G;
x2.defaults = S;
function jt(...l3) {
  return v.use(...l3), x2.defaults = v.defaults, ue(x2.defaults), x2;
}
x2.use = jt;
x2.walkTokens = function(l3, e) {
  return v.walkTokens(l3, e);
};
x2.parseInline = v.parseInline;
x2.Parser = P;
x2.parser = P.parse;
x2.Renderer = I;
x2.TextRenderer = z;
x2.Lexer = w;
x2.lexer = w.lex;
x2.Tokenizer = _;
x2.Hooks = A;
x2.parse = x2;
var En = x2.options;
var zn = x2.setOptions;
var Mn = x2.walkTokens;
var Bn = x2.parseInline;
var qn = P.parse;
var vn = w.lex;

// src/render/html.ts
var STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { max-width: 880px; margin: 24px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
.comment-header strong { color: #1f2328; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body h1, .markdown-body h2, .markdown-body h3 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body pre, .markdown-body details { margin: 0 0 16px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: 4px; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body a:hover { text-decoration: underline; }
.markdown-body code { padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; background: rgba(129,139,152,.12); border-radius: 6px; }
.markdown-body pre { padding: 12px 16px; overflow: auto; background: #f6f8fa; border-radius: 6px; line-height: 1.45; }
.markdown-body pre code { padding: 0; background: transparent; font-size: 85%; white-space: pre; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body details summary { cursor: pointer; }
.markdown-body details[open] > summary { margin-bottom: 8px; }
.markdown-body sub { color: #59636e; }
`;
var renderer;
function renderMarkdown(markdown) {
  renderer ??= new ne({ gfm: true, breaks: true, async: false });
  return renderer.parse(markdown, { async: false });
}
function renderHtmlPage(markdown, title = "testops report") {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title, "html")}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="comment">
<div class="comment-header"><strong>testops</strong> commented</div>
<div class="markdown-body">
${renderMarkdown(markdown)}
</div>
</div>
</body>
</html>
`;
}

// src/render/summary.ts
init_define_TESTOPS_UPLOT();
var SUMMARY_MAX_BYTES = 1024 * 1024;
function renderSummary(report, maxBytes = SUMMARY_MAX_BYTES) {
  const result = fitToBudget(
    {
      head: [headline(report), forkNote(report) ?? "", baselineLine(report, linksFor(report.event))],
      sections: buildSections(report),
      tail: [footer(report)]
    },
    {
      style: "heading",
      maxSize: Math.min(maxBytes, SUMMARY_MAX_BYTES),
      measure: (text) => Buffer.byteLength(text, "utf8"),
      omittedNote: (_section, omitted, whole) => whole ? "_Left out: the job summary is limited to 1 MiB._" : `_\u2026 and ${formatCount(omitted)} more, left out: the job summary is limited to 1 MiB._`,
      trimmedNote: "\u2702\uFE0F _This summary was trimmed to fit GitHub's 1 MiB limit for a job summary; the report file written by the report step has everything._"
    }
  );
  return `${result.text}
`;
}

// src/pipeline/attempts.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync3, mkdirSync, readdirSync as readdirSync2, readFileSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";
var FILE = /^attempt-(\d+)\.json$/;
function shouldRecordAttempt(runs, runAttempt) {
  if (runAttempt > 1) return true;
  return runs.suites.some(
    (suite) => suite.selected && (suite.status !== "passed" || suite.tests.some((test) => test.status === "failed" || test.status === "errored"))
  );
}
function slimSuite(suite) {
  const tests = suite.tests.map((test) => ({
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...test.file ? { file: test.file } : {},
    ...test.line ? { line: test.line } : {},
    ...test.classname ? { classname: test.classname } : {},
    status: test.status,
    flaky: test.flaky,
    duration: test.duration,
    attempts: test.attempts.map((attempt) => ({
      status: attempt.status,
      duration: attempt.duration,
      ...attempt.message ? { message: attempt.message.slice(0, 300) } : {}
    }))
  }));
  return {
    name: suite.name,
    selected: suite.selected,
    reasons: [],
    mode: suite.mode,
    seed: suite.seed,
    command: suite.command,
    status: suite.status,
    exitCode: suite.exitCode,
    duration: suite.duration,
    attempts: [],
    services: [],
    tests,
    totals: suite.totals,
    perf: [],
    security: [],
    problems: []
  };
}
function recordAttempt(dir, runs, runAttempt) {
  mkdirSync(dir, { recursive: true });
  const path = join3(dir, `attempt-${runAttempt}.json`);
  writeFileSync(path, JSON.stringify(redactor.deep({ ...runs, suites: runs.suites.map(slimSuite) })));
  return path;
}
function readEarlierAttempts(dir, current) {
  if (!existsSync3(dir)) return [];
  const byAttempt = /* @__PURE__ */ new Map();
  for (const entry of readdirSync2(dir)) {
    const attempt = Number(FILE.exec(entry)?.[1]);
    if (!Number.isInteger(attempt) || attempt >= current) continue;
    try {
      const path = join3(dir, entry);
      byAttempt.set(attempt, checkRuns(JSON.parse(readFileSync(path, "utf8")), path));
    } catch {
    }
  }
  const earlier = [];
  for (let attempt = current - 1; byAttempt.has(attempt); attempt--) earlier.unshift(byAttempt.get(attempt));
  return earlier;
}

// src/pipeline/check-run.ts
init_define_TESTOPS_UPLOT();

// src/github/checks.ts
init_define_TESTOPS_UPLOT();
var ANNOTATIONS_PER_REQUEST = 50;
var ChecksPermissionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ChecksPermissionError";
  }
};
function status2(error) {
  return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}
async function guarded(what, call) {
  try {
    return await call();
  } catch (error) {
    const code = status2(error);
    if (code === 403 || code === 401)
      throw new ChecksPermissionError(`GitHub refused to ${what} (${code}: ${error.message.split("\n")[0]})`);
    throw error;
  }
}
var listed = (run) => ({
  id: run.id,
  name: run.name,
  headSha: run.head_sha,
  externalId: run.external_id,
  url: run.html_url ?? run.url
});
function checkRunsApi(octokit) {
  return {
    list: (owner, repo, headSha, name) => guarded("list check runs", async () => {
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
        owner,
        repo,
        ref: headSha,
        check_name: name,
        filter: "all",
        per_page: 100
      });
      return runs.map(listed);
    }),
    annotations: (owner, repo, id) => guarded("list check run annotations", async () => {
      const raw = await octokit.paginate(octokit.rest.checks.listAnnotations, { owner, repo, check_run_id: id, per_page: 100 });
      return raw.map((annotation) => ({
        path: annotation.path,
        start_line: annotation.start_line,
        end_line: annotation.end_line,
        annotation_level: annotation.annotation_level ?? "notice",
        message: annotation.message ?? "",
        ...annotation.title ? { title: annotation.title } : {}
      }));
    }),
    create: (owner, repo, body) => guarded("create a check run", async () => {
      const { data } = await octokit.rest.checks.create({ owner, repo, ...body });
      return listed(data);
    }),
    update: (owner, repo, id, body) => guarded("update the check run", async () => {
      const { data } = await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body });
      return listed(data);
    })
  };
}
var annotationKey = (a2) => JSON.stringify([a2.path, a2.start_line, a2.end_line, a2.annotation_level, a2.title ?? "", a2.message.trim()]);
async function publishCheckRun(input) {
  const { api, owner, repo, headSha, content, log } = input;
  const existing = (await api.list(owner, repo, headSha, content.name)).find(
    (run2) => run2.headSha === headSha && run2.name === content.name && run2.externalId === content.externalId
  );
  let pending = content.annotations;
  if (existing) {
    const present = new Set((await api.annotations(owner, repo, existing.id)).map(annotationKey));
    pending = pending.filter((annotation) => !present.has(annotationKey(annotation)));
  }
  const output = (annotations) => ({
    title: content.title,
    summary: content.summary,
    ...annotations.length > 0 ? { annotations } : {}
  });
  const first = pending.slice(0, ANNOTATIONS_PER_REQUEST);
  const completion = {
    external_id: content.externalId,
    status: "completed",
    conclusion: content.conclusion,
    ...input.detailsUrl ? { details_url: input.detailsUrl } : {},
    output: output(first)
  };
  const run = existing ? await api.update(owner, repo, existing.id, completion) : await api.create(owner, repo, { name: content.name, head_sha: headSha, ...completion });
  let requests = 1;
  for (let start = ANNOTATIONS_PER_REQUEST; start < pending.length; start += ANNOTATIONS_PER_REQUEST) {
    await api.update(owner, repo, run.id, { output: output(pending.slice(start, start + ANNOTATIONS_PER_REQUEST)) });
    requests += 1;
  }
  log.debug(`check run ${run.id}: ${pending.length} annotation(s) in ${requests} request(s)`);
  return { action: existing ? "updated" : "created", id: run.id, url: run.url, annotations: pending.length, requests };
}

// src/render/check-run.ts
init_define_TESTOPS_UPLOT();
var CHECK_RUN_SUMMARY_MAX = 65535;
var CHECK_ANNOTATION_TITLE_MAX = 255;
var CHECK_ANNOTATION_MESSAGE_MAX = 6e4;
function identifier(text) {
  return text.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100) || "job";
}
function checkRunName(job, commentId) {
  return `testops / ${identifier(job)}${commentId ? ` (${identifier(commentId)})` : ""}`;
}
function checkRunExternalId(job, commentId) {
  return `testops:${identifier(job)}:${commentId ? identifier(commentId) : "default"}`;
}
var plainText = (markdown) => markdown.replace(/^#+\s*/gm, "").replace(/\*\*/g, "").replace(/\s*\n+\s*/g, " \u2014 ").trim();
function checkRunTitle(report) {
  return plainText(headline(report));
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function toCheckAnnotation(annotation, configPath) {
  const path = (annotation.file ?? configPath).replace(/\\/g, "/").replace(/^\.\//, "");
  const line = annotation.file && annotation.line && annotation.line > 0 ? annotation.line : 1;
  return {
    path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[annotation.level],
    message: truncate(annotation.message, CHECK_ANNOTATION_MESSAGE_MAX),
    ...annotation.title ? { title: truncate(annotation.title, CHECK_ANNOTATION_TITLE_MAX) } : {}
  };
}
function renderCheckRunSummary(report, options = {}) {
  const summaryUrl = options.summaryUrl ?? linksFor(report.event).run();
  const summaryLink = summaryUrl ? `[job summary](${summaryUrl})` : "job summary of this run";
  const result = fitToBudget(
    {
      head: [headline(report), forkNote(report) ?? "", baselineLine(report, linksFor(report.event))],
      sections: buildSections(report),
      tail: [footer(report)]
    },
    {
      style: "details",
      maxSize: Math.min(options.maxLength ?? CHECK_RUN_SUMMARY_MAX, CHECK_RUN_SUMMARY_MAX),
      // UTF-16 length is never less than GitHub's count of characters
      measure: (text) => text.length,
      omittedNote: (_section, omitted, whole) => whole ? `_This section is only in the ${summaryLink}: the check run's summary is limited to ${formatCount(CHECK_RUN_SUMMARY_MAX)} characters._` : `_\u2026 and ${formatCount(omitted)} more in the ${summaryLink}._`,
      trimmedNote: `\u2702\uFE0F _Trimmed to fit the check run's ${formatCount(CHECK_RUN_SUMMARY_MAX)}-character summary; the ${summaryLink} has the full report._`
    }
  );
  return result.text;
}
function renderCheckRun(report, options) {
  const annotations = collectAnnotations(report, options.configPath, options.changedFiles ? { changedFiles: options.changedFiles } : {});
  return {
    name: checkRunName(options.job, options.commentId),
    externalId: checkRunExternalId(options.job, options.commentId),
    title: checkRunTitle(report),
    summary: renderCheckRunSummary(report, options.summaryUrl ? { summaryUrl: options.summaryUrl } : {}),
    // a fixed vocabulary: anything but success (an uploaded report may hold any string) fails
    conclusion: report.conclusion === "success" ? "success" : "failure",
    annotations: annotations.map((annotation) => toCheckAnnotation(annotation, options.configPath))
  };
}

// src/pipeline/check-run.ts
var CHECKS_PERMISSION_LINE = "check run skipped: the token lacks checks: write (add `checks: write` to the job's permissions, or set check-run: false)";
async function publishReportCheckRun(input) {
  const { report, setting, log } = input;
  const repo = report.event.repo;
  const problems = [];
  if (setting === "false" || !repo) return { action: "skipped", problems };
  const say = (message) => {
    if (setting === "true") {
      log.warning(message);
      problems.push(message);
    } else log.info(message);
  };
  if (!input.octokit) {
    say("check run skipped: no github-token");
    return { action: "skipped", problems };
  }
  if (input.readOnly) {
    say("check run skipped: a fork PR\u2019s token is read-only (the workflow_run recipe creates it, see docs/comment.md)");
    return { action: "skipped", problems };
  }
  const headSha = input.headSha ?? report.event.prHeadSha ?? report.event.headSha;
  const runUrl = linksFor(report.event).run();
  const content = renderCheckRun(report, {
    job: report.event.job ?? input.job ?? "job",
    ...input.commentId ? { commentId: input.commentId } : {},
    configPath: input.configPath,
    ...input.changedFiles ? { changedFiles: input.changedFiles } : {},
    ...runUrl ? { summaryUrl: runUrl } : {}
  });
  try {
    const result = await publishCheckRun({
      api: checkRunsApi(input.octokit),
      owner: repo.owner,
      repo: repo.repo,
      headSha,
      content,
      ...runUrl ? { detailsUrl: runUrl } : {},
      log
    });
    log.info(
      `check run "${content.name}" ${result.action} on ${headSha.slice(0, 7)} with ${result.annotations} annotation(s) in ${result.requests} request(s): ${result.url}`
    );
    return { action: result.action, url: result.url, name: content.name, problems };
  } catch (error) {
    if (error instanceof ChecksPermissionError) {
      if (setting === "true") say(`check run not created: ${error.message} \u2014 the token needs checks: write`);
      else log.info(CHECKS_PERMISSION_LINE);
      return { action: "skipped", problems };
    }
    const message = `check run not written: ${error.message.split("\n")[0]}`;
    log.warning(message);
    return { action: "failed", problems: [...problems, message] };
  }
}

// src/pipeline/effects.ts
init_define_TESTOPS_UPLOT();
import { join as join4 } from "node:path";
function emptyOutcome() {
  return { problems: [], issueLinks: {}, baselineUpdated: false };
}
function finalReport(report, outcome2) {
  const linked = Object.keys(outcome2.issueLinks).length > 0;
  if (outcome2.problems.length === 0 && !linked) return report;
  return {
    ...report,
    problems: [...report.problems, ...outcome2.problems],
    flaky: linked ? report.flaky.map((entry) => {
      const link = outcome2.issueLinks[entry.id];
      return link ? { ...entry, issueNumber: link.number, issueUrl: link.url } : entry;
    }) : report.flaky
  };
}
function outcomeOutputs(outcome2) {
  return {
    html: outcome2.record?.html,
    bundle: outcome2.record?.bundle,
    warroom: outcome2.record?.warroom,
    "attempts-key": outcome2.attemptsKey,
    "comment-url": outcome2.commentUrl,
    "check-run-url": outcome2.checkRunUrl,
    "baseline-updated": outcome2.baselineUpdated,
    "history-commit": outcome2.historyCommit
  };
}
function refreshesBaseline(plan) {
  const { event } = plan;
  return event.isDefaultBranch && event.name !== "pull_request" && event.name !== "pull_request_target" && !plan.shard;
}
function failedGatesLine(report) {
  if (report.conclusion !== "failure") return void 0;
  const failed = report.gates.filter((gate) => gate.status === "fail" && gate.blocking !== false);
  return `testops: ${failed.length} gate${failed.length === 1 ? "" : "s"} failed \u2014 ${failed.map((gate) => `${gate.gate}${gate.subject ? ` (${gate.subject})` : ""}: ${gate.reason}`).join("; ")}`;
}
function commentEffect(repo, pr, mode, failed, comment) {
  return {
    kind: "comment",
    action: mode === "off" ? "delete" : "upsert",
    repo: { owner: repo.owner, repo: repo.repo },
    pr,
    mode,
    failed,
    comment
  };
}
function checkRunEffect(setting, configPath, commentId) {
  return { kind: "check-run", setting, configPath, changedFiles: [], readOnly: false, ...commentId ? { commentId } : {} };
}
function planEffects(report, context) {
  const { plan, config, paths } = context;
  const event = report.event;
  const repo = event.repo;
  const changedFiles = (plan.changedFiles ?? []).map((file) => file.path);
  const canWrite = context.github && repo !== void 0 && !event.isFork;
  const effects = [];
  const comment = {
    ...report.runUrl ? { summaryUrl: report.runUrl } : {},
    ...context.commentId ? { commentId: context.commentId } : {}
  };
  if (canWrite && repo && config.flaky.issues && report.flaky.some((entry) => entry.state !== "stable"))
    effects.push({
      kind: "flaky-issues",
      repo: { owner: repo.owner, repo: repo.repo },
      runs: context.runs,
      baseline: context.baseline,
      config: config.flaky,
      now: context.now,
      ...context.tree ? { tree: context.tree } : {},
      ...Object.keys(context.scopes).length > 0 ? { scopes: context.scopes } : {},
      ...context.mergeBaseAt ? { mergeBaseAt: context.mergeBaseAt } : {}
    });
  if (canWrite && repo && event.prNumber)
    effects.push(commentEffect(repo, event.prNumber, context.commentMode, report.conclusion === "failure", comment));
  if (context.checkRun !== "false" && repo)
    effects.push({ ...checkRunEffect(context.checkRun, context.configPath, context.commentId), changedFiles, readOnly: event.isFork });
  if (context.updateBaseline)
    effects.push({
      kind: "baseline-write",
      dir: paths.baseline,
      baseline: updateBaseline(
        context.baseline,
        context.runs,
        {
          commit: event.headSha,
          ...context.tree ? { tree: context.tree } : {},
          ...Object.keys(context.scopes).length > 0 ? { scopes: context.scopes } : {},
          branch: event.branch ?? event.defaultBranch ?? "main",
          ...event.runId ? { runId: event.runId } : {},
          ...event.runAttempt ? { runAttempt: event.runAttempt } : {},
          createdAt: context.now,
          schemaVersion: 1
        },
        { historyRuns: config.baseline["history-runs"], perfSamples: config.baseline["perf-samples"] },
        context.coverage
      )
    });
  effects.push(
    { kind: "file", path: paths.report, content: "report.json", comment },
    { kind: "file", path: paths.comment, content: "comment.md", comment },
    { kind: "file", path: paths.summary, content: "summary.md", comment },
    { kind: "job-summary" },
    { kind: "annotations", configPath: context.configPath, changedFiles },
    {
      kind: "record",
      dir: context.recordDir,
      workDir: paths.work,
      runs: context.runs,
      ...context.runsFile ? { runsFile: context.runsFile } : {},
      plan,
      baseline: context.baseline,
      comment
    },
    {
      kind: "history-append",
      repoRoot: context.repoRoot,
      history: config.history,
      runs: context.runs,
      plan,
      ...context.coverage ? { coverage: context.coverage } : {}
    }
  );
  if (context.attempts) effects.push({ kind: "attempts-record", ...context.attempts, runs: context.runs });
  if (context.html)
    effects.push({
      kind: "file",
      path: join4(paths.root, "comment.html"),
      content: "comment.html",
      comment,
      title: `testops \u2014 ${event.headSha.slice(0, 7)}`
    });
  const failed = failedGatesLine(report);
  if (failed) effects.push({ kind: "verdict-log", level: context.failOnGates ? "error" : "warning", message: failed });
  if (context.terminal) effects.push({ kind: "terminal", ...context.terminal });
  if (context.outputs)
    effects.push({
      kind: "outputs",
      values: { conclusion: report.conclusion, report: paths.report, "cache-key": plan.cache.key }
    });
  return effects;
}
function planCommentEffects(report, context) {
  const repo = report.event.repo;
  const effects = [];
  if (repo && context.pr) {
    const comment = context.commentId ? { commentId: context.commentId } : {};
    effects.push(commentEffect(repo, context.pr, context.commentMode, report.conclusion !== "success", comment));
    if (context.checkRun !== "false") effects.push(checkRunEffect(context.checkRun, context.configPath, context.commentId));
  }
  effects.push({ kind: "outputs", values: { conclusion: report.conclusion } });
  return effects;
}

// src/pipeline/execute.ts
function executionState(built, outcome2) {
  let merged;
  const current = () => {
    const key = `${outcome2.problems.length}/${Object.keys(outcome2.issueLinks).length}`;
    if (merged?.key !== key) merged = { key, report: finalReport(built, outcome2), renders: /* @__PURE__ */ new Map() };
    return merged;
  };
  const rendered = (key, render2) => {
    const state = current();
    let text = state.renders.get(key);
    if (text === void 0) {
      text = render2(state.report);
      state.renders.set(key, text);
    }
    return text;
  };
  return {
    built,
    outcome: outcome2,
    current: () => current().report,
    comment: (options) => rendered(`comment ${JSON.stringify(options)}`, (report) => renderComment(report, options)),
    summary: () => rendered("summary", renderSummary)
  };
}
async function applyEffects(built, effects, executor) {
  const outcome2 = emptyOutcome();
  const state = executionState(built, outcome2);
  for (const effect of effects) await executor[effect.kind](effect, state);
  return { report: state.current(), outcome: outcome2 };
}
var githubProblem = (outcome2, message) => {
  outcome2.problems.push({ kind: "github", message });
};
function localHandlers(log) {
  return {
    "baseline-write"(effect, { built, outcome: outcome2 }) {
      writeBaseline(effect.dir, effect.baseline);
      outcome2.baselineUpdated = true;
      log.info(`baseline updated for ${built.event.headSha.slice(0, 7)} \u2192 ${effect.dir}`);
    },
    file(effect, state) {
      if (effect.content === "report.json") writeJson(effect.path, state.current());
      else if (effect.content === "summary.md") writeText(effect.path, state.summary());
      else if (effect.content === "comment.md") writeText(effect.path, state.comment(effect.comment));
      else {
        writeText(effect.path, renderHtmlPage(state.comment(effect.comment), effect.title));
        log.info(`rendered comment \u2192 ${effect.path}`);
      }
    },
    // the record is for people: failing to write it is said, and never changes the verdict
    async record(effect, state) {
      releaseMemory();
      const record = await writeRecord(effect.dir, {
        report: state.current(),
        runs: effect.runs,
        ...effect.runsFile ? { runsFile: effect.runsFile } : {},
        plan: effect.plan,
        baseline: effect.baseline,
        comment: state.comment(effect.comment),
        summary: state.summary(),
        workDir: effect.workDir
      }).catch((error) => {
        log.warning(`testops report: the run's record (report.html, bundle.zip) could not be written: ${error.message}`);
        return void 0;
      });
      if (record)
        state.outcome.record = { html: record.html, warroom: record.warroom, bundle: record.bundle, anomalies: record.anomalies.length };
    },
    // bookkeeping, never the verdict
    async "history-append"(effect, state) {
      const stored = await storeRunRecord({
        repoRoot: effect.repoRoot,
        history: effect.history,
        report: state.current(),
        runs: effect.runs,
        plan: effect.plan,
        ...effect.coverage ? { coverage: effect.coverage } : {},
        log
      });
      if (stored) state.outcome.historyCommit = stored.commit;
    },
    "attempts-record"(effect, { outcome: outcome2 }) {
      recordAttempt(effect.dir, effect.runs, effect.attempt);
      outcome2.attemptsKey = effect.key;
    },
    "verdict-log"(effect) {
      log[effect.level](effect.message);
    }
  };
}
function githubHandlers(github, log, options = {}) {
  return {
    async "flaky-issues"(effect, { built, outcome: outcome2 }) {
      if (!github) return githubProblem(outcome2, "flaky-test issues not updated: no github-token");
      try {
        const result = await syncFlakyIssues({
          api: flakyIssuesApi(github),
          owner: effect.repo.owner,
          repo: effect.repo.repo,
          entries: built.flaky,
          runs: effect.runs,
          baseline: effect.baseline,
          event: built.event,
          config: effect.config,
          ...built.runUrl ? { runUrl: built.runUrl } : {},
          now: new Date(effect.now),
          log,
          ...effect.tree ? { tree: effect.tree } : {},
          ...effect.scopes ? { scopes: effect.scopes } : {},
          ...effect.mergeBaseAt ? { mergeBaseAt: effect.mergeBaseAt } : {}
        });
        Object.assign(outcome2.issueLinks, result.links);
        for (const problem of result.problems) githubProblem(outcome2, problem);
      } catch (error) {
        githubProblem(outcome2, `flaky-test issues not updated: ${describeGitHubError(error)}`);
      }
    },
    async comment(effect, state) {
      if (!github) return githubProblem(state.outcome, "PR comment not posted: no github-token");
      try {
        const result = await upsertStickyComment({
          api: commentsApi(github, options.identityLog ? { log } : {}),
          owner: effect.repo.owner,
          repo: effect.repo.repo,
          issue: effect.pr,
          body: state.comment(effect.comment),
          ...effect.comment.commentId ? { commentId: effect.comment.commentId } : {},
          mode: effect.mode,
          failed: effect.failed,
          log
        });
        if (result.url) state.outcome.commentUrl = result.url;
        state.outcome.commentAction = result.action;
        log.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ""}`);
      } catch (error) {
        githubProblem(state.outcome, `PR comment not posted: ${describeGitHubError(error)}`);
      }
    },
    async "check-run"(effect, state) {
      const result = await publishReportCheckRun({
        report: state.current(),
        setting: effect.setting,
        ...github ? { octokit: github } : {},
        ...effect.commentId ? { commentId: effect.commentId } : {},
        configPath: effect.configPath,
        changedFiles: effect.changedFiles,
        readOnly: effect.readOnly,
        log
      });
      if (result.url) state.outcome.checkRunUrl = result.url;
      if (result.name) state.outcome.checkRunName = result.name;
      for (const problem of result.problems) githubProblem(state.outcome, problem);
    }
  };
}
function actionExecutor(edges) {
  const { log } = edges;
  return {
    ...localHandlers(log),
    ...githubHandlers(edges.github, log),
    // awaited: a summary write that fails is the step's error, not an unhandled rejection after it
    "job-summary": async (_effect, state) => edges.jobSummary(state.summary()),
    annotations(effect, state) {
      const annotations = collectAnnotations(state.current(), effect.configPath, { changedFiles: effect.changedFiles });
      const name = state.outcome.checkRunName;
      const listedIn = name ? `the job summary and in the check run "${name}"` : "the job summary";
      for (const annotation of fitToStep(annotations, { listedIn, ...edges.annotationRoom ? { room: edges.annotationRoom() } : {} })) {
        log[annotation.level](annotation.message, {
          ...annotation.file ? { file: annotation.file } : {},
          ...annotation.line ? { line: annotation.line } : {},
          ...annotation.title ? { title: annotation.title } : {}
        });
      }
    },
    terminal() {
    },
    outputs: (effect, { outcome: outcome2 }) => edges.setOutputs({ ...effect.values, ...outcomeOutputs(outcome2) })
  };
}
function commentModeExecutor(edges) {
  const refuse = (effect) => {
    throw new Error(`mode comment applies no ${effect.kind} effect`);
  };
  return {
    "baseline-write": refuse,
    file: refuse,
    record: refuse,
    "history-append": refuse,
    "attempts-record": refuse,
    "verdict-log": refuse,
    "job-summary": refuse,
    annotations: refuse,
    terminal: refuse,
    // flaky-test issues are the testing run's business, never an uploaded report's
    ...githubHandlers(edges.github, edges.log, { identityLog: true }),
    "flaky-issues": refuse,
    outputs: (effect, { outcome: outcome2 }) => edges.setOutputs({ ...effect.values, "comment-url": outcome2.commentUrl, "check-run-url": outcome2.checkRunUrl })
  };
}
function cliExecutor(edges) {
  const { log } = edges;
  const local = localHandlers(log);
  const noGitHub = (effect, state) => githubProblem(state.outcome, `${effect.kind}: not written from a laptop`);
  return {
    ...local,
    async record(effect, state) {
      await local.record(effect, state);
      const written = state.outcome.record;
      if (written) log.info(`report.html, warroom.ndjson (${written.anomalies} anomalies), bundle.zip \u2192 ${effect.dir}`);
    },
    "flaky-issues": noGitHub,
    comment: noGitHub,
    "check-run": noGitHub,
    // summary.md holds it; annotations are for a workflow's log; the terminal shows the failing gates
    "job-summary"() {
    },
    annotations() {
    },
    "verdict-log"() {
    },
    outputs() {
    },
    terminal(effect, state) {
      const report = state.current();
      if (effect.format === "json") edges.stdout(`${JSON.stringify(report, null, 2)}
`);
      else if (effect.format === "md" && !effect.quiet) edges.stdout(`${state.comment({})}
`);
      else
        edges.stdout(
          renderTerminal(report, {
            color: edges.color,
            quiet: effect.quiet,
            reportPath: effect.reportPath,
            ...edges.columns ? { width: edges.columns } : {}
          })
        );
    }
  };
}

// src/version.ts
init_define_TESTOPS_UPLOT();

// package.json
var package_default = {
  name: "testops",
  version: "0.1.0",
  description: "Test impact, runs, report ingest, quality gates and a sticky PR comment \u2014 one GitHub Action step.",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20.19"
  },
  bin: {
    testops: "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "testops.schema.json"
  ],
  scripts: {
    "bench:impact": "node --import tsx bench/impact.ts",
    "bench:ingest": "node --import tsx bench/ingest.ts",
    "bench:fuzz": "node --import tsx bench/fuzz.ts",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "biome lint .",
    format: "biome format --write .",
    "format:check": "biome format .",
    test: "npm run lint && npm run format:check && npm run typecheck && npm run build && node scripts/check-fresh.mjs && vitest run",
    "test:unit": "vitest run",
    "test:e2e": "vitest run test/e2e",
    "test:offline-github": "vitest run test/openapi test/github-server test/cache-server test/harness test/fixtures-replay",
    demo: "node scripts/demo.mjs",
    bench: "node scripts/bench.mjs",
    "bench:runner": "node --import tsx bench/runner.ts",
    "bench:shard": "node --import tsx bench/shard.ts",
    "bench:history": "node --import tsx bench/history.ts",
    "bench:perf": "node --import tsx bench/perf-sim.ts",
    "bench:flaky": "node --import tsx bench/flaky-sim.ts",
    "bench:render": "node --import tsx bench/render.ts",
    "bench:offline-github": "node --import tsx test/github-server/bench.ts",
    "test:oracles": "vitest run --config vitest.oracles.config.ts",
    "bench:record": "node --import tsx bench/record.ts",
    "bench:dashboard": "node --import tsx bench/dashboard.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@lezer/python": "^1.1.19",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    fflate: "^0.8.3",
    "jsonc-parser": "^3.3.1",
    "markdown-table": "^3.1.0",
    marked: "^18.2.1",
    minimatch: "^11.0.9",
    "oxc-parser": "^0.159.0",
    "oxc-resolver": "^11.24.2",
    picocolors: "^1.1.1",
    saxes: "6.0.0",
    seedrandom: "^3.0.5",
    uplot: "^1.6.32",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  },
  devDependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/expressions": "^0.3.61",
    "@actions/workflow-parser": "^0.3.61",
    "@biomejs/biome": "2.5.15",
    "@octokit/fixtures": "^23.1.2",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    "@types/seedrandom": "^3.0.8",
    "@types/xml2js": "^0.4.14",
    esbuild: "^0.28.2",
    "fast-xml-parser": "^5.12.1",
    mermaid: "^12.3.0",
    "openapi-backend": "^5.21.2",
    "playwright-core": "^1.65.1",
    tsx: "^4.23.15",
    typescript: "^7.0.2",
    vitest: "^4.1.12",
    xml2js: "^0.6.2"
  },
  overrides: {
    "content-type": "1.0.5",
    "@apidevtools/json-schema-ref-parser": "15.5.2"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/pipeline/publish.ts
init_define_TESTOPS_UPLOT();

// src/pipeline/report.ts
init_define_TESTOPS_UPLOT();

// src/flaky/retry-time.ts
init_define_TESTOPS_UPLOT();
function suiteRetryTime(suite) {
  const retryRuns = new Set(suite.attempts.filter((attempt) => attempt.kind === "retry").map((attempt) => attempt.index));
  let seconds2 = suite.attempts.filter((attempt) => attempt.kind === "retry").reduce((sum, attempt) => sum + attempt.duration, 0);
  let tests = 0;
  for (const test of suite.tests) {
    let retried = false;
    const seen = /* @__PURE__ */ new Set();
    for (const attempt of test.attempts) {
      if (attempt.run !== void 0 && retryRuns.has(attempt.run)) {
        retried = true;
        continue;
      }
      if (seen.has(attempt.run)) {
        retried = true;
        seconds2 += attempt.duration;
      }
      seen.add(attempt.run);
    }
    if (retried) tests += 1;
  }
  if (retryRuns.size === 0 && tests === 0) return void 0;
  return { suite: suite.name, seconds: seconds2, commands: retryRuns.size, tests };
}
function retryTime(runs) {
  const selected = runs.suites.filter((suite) => suite.selected);
  const suites = selected.flatMap((suite) => suiteRetryTime(suite) ?? []).sort((a2, b) => b.seconds - a2.seconds);
  if (suites.length === 0) return void 0;
  const seconds2 = suites.reduce((sum, suite) => sum + suite.seconds, 0);
  const total = selected.reduce((sum, suite) => sum + suite.duration, 0);
  return {
    seconds: seconds2,
    share: total > 0 ? Math.min(1, seconds2 / total) : 0,
    commands: suites.reduce((sum, suite) => sum + suite.commands, 0),
    tests: suites.reduce((sum, suite) => sum + suite.tests, 0),
    suites
  };
}

// src/gates/index.ts
init_define_TESTOPS_UPLOT();

// src/gates/baseline-gate.ts
init_define_TESTOPS_UPLOT();

// src/gates/context.ts
init_define_TESTOPS_UPLOT();
var percent = (value) => ({ value, unit: "percent" });
var seconds = (value) => ({ value, unit: "seconds" });
var count = (value, label, of) => ({
  value,
  unit: "count",
  ...of !== void 0 ? { of } : {},
  ...label ? { label } : {}
});
function baselineFigure(value, context, files) {
  const provenance = context.baseline?.provenance ?? context.info.provenance;
  return {
    value,
    ...provenance ? { commit: provenance.commit, createdAt: provenance.createdAt } : {},
    ...files !== void 0 ? { files } : {}
  };
}
function floorThreshold(failBelow, warnBelow) {
  const limits = warnBelow && warnBelow.value > failBelow.value ? [
    { op: "<", value: warnBelow, status: "warn" },
    { op: "<", value: failBelow, status: "fail" }
  ] : [{ op: "<", value: failBelow, status: "fail" }];
  return { limits };
}
function ceilingThreshold(failAbove, warnAbove) {
  const limits = warnAbove && warnAbove.value < failAbove.value ? [
    { op: ">", value: warnAbove, status: "warn" },
    { op: ">", value: failAbove, status: "fail" }
  ] : [{ op: ">", value: failAbove, status: "fail" }];
  return { limits };
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
function countRan(suites, excused, marked) {
  let ran = 0;
  let picked = 0;
  for (const suite of suites)
    for (const test of suite.tests) {
      if (test.status === "skipped" || excused.has(test.id)) continue;
      ran++;
      if (marked(test)) picked++;
    }
  return { ran, marked: picked };
}

// src/gates/baseline-gate.ts
function baselineVerdict(context) {
  if (context.info.status === "ok" && context.baseline) {
    const provenance = context.baseline.provenance;
    return {
      gate: "baseline",
      status: "pass",
      value: { text: provenance.branch },
      baseline: baselineFigure({ text: provenance.branch }, context),
      threshold: null,
      reason: `baseline from ${provenance.branch} at ${provenance.commit.slice(0, 7)}${provenance.runId ? `, run ${provenance.runId}` : ""}${context.info.key ? ` (cache key ${context.info.key})` : ""}`
    };
  }
  return {
    gate: "baseline",
    status: context.requireBaseline ? "fail" : "skipped",
    value: { text: context.info.status },
    baseline: null,
    threshold: context.requireBaseline ? { text: "required" } : null,
    reason: `${context.info.reason ?? `baseline ${context.info.status}`}${context.requireBaseline ? " (require-baseline is set)" : ""}`
  };
}

// src/gates/coverage.ts
init_define_TESTOPS_UPLOT();
var MAX_DROPS = 5;
function levelVerdict(gate, subject, pct4, failBelow, warnBelow, detail) {
  const status3 = pct4 < failBelow ? "fail" : pct4 < warnBelow ? "warn" : "pass";
  const reason = status3 === "fail" ? `${detail}, below the minimum of ${failBelow}%` : status3 === "warn" ? `${detail}, below the warning level of ${warnBelow}%` : `${detail}, at or above ${warnBelow}%`;
  return {
    gate,
    subject,
    status: status3,
    value: percent(pct4),
    baseline: null,
    threshold: floorThreshold(percent(failBelow), percent(warnBelow)),
    reason
  };
}
function scopedBaseLines(base, coverage) {
  const baseFiles = Object.keys(base.files);
  if (baseFiles.length === 0 || coverage.files.some((file) => file.lines.length === 0)) return void 0;
  const measured2 = new Set(coverage.files.map((file) => file.path));
  if (baseFiles.every((path) => measured2.has(path))) return void 0;
  let covered = 0;
  let total = 0;
  let files = 0;
  for (const path of baseFiles) {
    const entry = base.files[path];
    if (!measured2.has(path) || !entry || entry.total === 0) continue;
    covered += entry.covered;
    total += entry.total;
    files += 1;
  }
  return { covered, total, pct: total === 0 ? 100 : covered / total * 100, files };
}
function partialRun(plan) {
  const narrowed = plan.suites.filter((suite) => suite.selected && suite.files !== void 0);
  if (narrowed.length === 0) return void 0;
  const ran = narrowed.reduce((sum, suite) => sum + (suite.files?.length ?? 0), 0);
  const total = narrowed.reduce((sum, suite) => sum + Math.max(suite.testFiles ?? 0, suite.files?.length ?? 0), 0);
  return { ran, total, suites: narrowed.map((suite) => suite.name) };
}
var touched = (file) => file.lines.some(([, hits]) => hits > 0) || (file.counts?.lines.covered ?? 0) > 0;
function coveredFilesOnly(coverage) {
  const files = coverage.files.filter(touched);
  return files.length === coverage.files.length ? coverage : { ...coverage, files, totals: coverageTotals(files) };
}
function narrowRunsCoverage(runs, partial) {
  if (!partial) return runs;
  const narrowed = new Set(partial.suites);
  return {
    ...runs,
    suites: runs.suites.map(
      (suite) => narrowed.has(suite.name) && suite.coverage ? { ...suite, coverage: coveredFilesOnly(suite.coverage) } : suite
    )
  };
}
var partialNote = (partial, files) => ` in the ${files === 1 ? "file" : `${files} files`} the selected tests cover (${partial.ran} of ${partial.total} test files ran)`;
function coverageGate(coverage, patch, config, context, partial) {
  if (!coverage)
    return {
      verdicts: [
        {
          gate: "coverage",
          status: "skipped",
          value: null,
          baseline: null,
          threshold: floorThreshold(percent(config.min)),
          reason: "no coverage report in this run"
        }
      ]
    };
  const verdicts = [];
  const { lines, branches } = coverage.totals;
  const linesPct = lines.pct ?? 0;
  const base = context.info.status === "ok" ? context.baseline?.coverage : void 0;
  const scoped = base ? scopedBaseLines(base, coverage) : void 0;
  const baseLinesPct = scoped ? scoped.total > 0 ? scoped.pct : void 0 : base?.totals.lines.pct ?? void 0;
  const baseLinesLabel = (pct4) => baselineFigure(percent(pct4), context, scoped?.files);
  if (lines.total === 0)
    verdicts.push({
      gate: "coverage",
      subject: "lines",
      status: "skipped",
      value: null,
      baseline: null,
      threshold: floorThreshold(percent(config.min)),
      reason: "the coverage report has no coverable lines"
    });
  else {
    const verdict = levelVerdict(
      "coverage",
      "lines",
      linesPct,
      config.min,
      Math.min(100, config.warn ?? config.min + 5),
      `${lines.covered} of ${lines.total} lines covered${partial ? partialNote(partial, coverage.files.length) : ""}`
    );
    if (baseLinesPct !== void 0) verdict.baseline = baseLinesLabel(baseLinesPct);
    verdicts.push(verdict);
  }
  const branchesMin = config["branches-min"];
  if (branchesMin !== void 0) {
    if (branches.total === 0)
      verdicts.push({
        gate: "coverage",
        subject: "branches",
        status: "skipped",
        value: null,
        baseline: null,
        threshold: floorThreshold(percent(branchesMin)),
        reason: "the coverage report has no branch data"
      });
    else {
      const verdict = levelVerdict(
        "coverage",
        "branches",
        branches.pct ?? 0,
        branchesMin,
        config["branches-warn"] ?? branchesMin,
        `${branches.covered} of ${branches.total} branches covered`
      );
      if (base && base.totals.branches.pct !== null) verdict.baseline = baselineFigure(percent(base.totals.branches.pct), context);
      verdicts.push(verdict);
    }
  }
  const maxDrop = config["max-drop"];
  if (maxDrop !== void 0 && lines.total > 0) {
    const warnDrop = config["max-drop-warn"] ?? maxDrop / 2;
    const threshold = ceilingThreshold({ value: maxDrop, unit: "points" }, { value: warnDrop, unit: "points" });
    if (!base)
      verdicts.push(withoutBaseline("coverage", context, { subject: "drop", value: percent(linesPct), threshold, what: "coverage drop" }));
    else if (baseLinesPct === void 0)
      verdicts.push({
        gate: "coverage",
        subject: "drop",
        status: "skipped",
        value: percent(linesPct),
        baseline: null,
        threshold,
        reason: "none of the files this run measured has coverage in the baseline"
      });
    else {
      const drop = baseLinesPct - linesPct;
      const tenths = Math.round(drop * 1e6) / 1e6;
      const status3 = tenths > maxDrop ? "fail" : tenths > warnDrop ? "warn" : "pass";
      verdicts.push({
        gate: "coverage",
        subject: "drop",
        status: status3,
        value: percent(linesPct),
        baseline: baseLinesLabel(baseLinesPct),
        threshold,
        reason: `${drop > 0 ? `dropped ${formatPoints(drop)} against the baseline` : drop < 0 ? `rose ${formatPoints(-drop)} against the baseline` : "unchanged against the baseline"}${partial ? `, over the ${coverage.files.length === 1 ? "file" : `${coverage.files.length} files`} the selected tests cover and the same files in the baseline (${partial.ran} of ${partial.total} test files ran)` : scoped ? ", over the same files" : ""}`
      });
    }
  }
  const patchMin = config["patch-min"] ?? config.min;
  const patchWarn = config["patch-warn"] ?? patchMin;
  const patchThreshold = floorThreshold(percent(patchMin), percent(patchWarn));
  if (!patch)
    verdicts.push({
      gate: "patch-coverage",
      status: "skipped",
      value: null,
      baseline: null,
      threshold: patchThreshold,
      reason: "no diff against a merge-base in this run"
    });
  else if (patch.pct === null)
    verdicts.push({
      gate: "patch-coverage",
      status: "pass",
      value: null,
      baseline: null,
      threshold: patchThreshold,
      reason: "coverage not affected: no coverable line changed"
    });
  else
    verdicts.push(
      levelVerdict(
        "patch-coverage",
        "changed lines",
        patch.pct,
        patchMin,
        patchWarn,
        `${patch.covered} of ${patch.total} changed coverable lines covered${partial ? partialNote(partial, coverage.files.length) : ""}`
      )
    );
  const drops = [];
  if (base)
    for (const file of coverage.files) {
      const before = base.files[file.path];
      if (!before || before.total === 0 || file.lines.length === 0) continue;
      const beforePct = before.covered / before.total * 100;
      const afterPct = file.lines.filter(([, hits]) => hits > 0).length / file.lines.length * 100;
      if (afterPct < beforePct) drops.push({ path: file.path, before: beforePct, after: afterPct });
    }
  drops.sort((a2, b) => b.before - b.after - (a2.before - a2.after));
  return {
    verdicts,
    coverage: {
      totals: coverage.totals,
      // the details table compares lines with the same scope as the gates
      ...base ? { baseline: scoped ? { ...base.totals, lines: { covered: scoped.covered, total: scoped.total, pct: scoped.pct } } : base.totals } : {},
      ...patch ? { patch } : {},
      drops: drops.slice(0, MAX_DROPS)
    }
  };
}

// src/gates/duration.ts
init_define_TESTOPS_UPLOT();
var TOTAL_FLOOR_SECONDS = 10;
function durationGate(runs, config, context) {
  const verdicts = [];
  for (const suite of runs.suites) {
    if (!suite.selected || suite.status === "skipped" || suite.budget === void 0 || suite.budget <= 0) continue;
    const share = suite.duration / suite.budget * 100;
    const status4 = share > config.fail ? "fail" : share > config.warn ? "warn" : "pass";
    verdicts.push({
      gate: "duration",
      subject: suite.name,
      status: status4,
      value: seconds(suite.duration),
      baseline: null,
      threshold: {
        limits: [
          { op: ">", value: seconds(suite.budget * config.warn / 100), status: "warn" },
          { op: ">", value: seconds(suite.budget * config.fail / 100), status: "fail" }
        ]
      },
      reason: `${Math.round(share)}% of its budget`
    });
  }
  const wallClock = (Date.parse(runs.finishedAt) - Date.parse(runs.startedAt)) / 1e3;
  if (!Number.isFinite(wallClock) || runs.cancelled) return verdicts;
  const warn = config["total-warn"];
  const fail = config["total-fail"];
  const threshold = {
    relative: true,
    limits: [
      { op: ">", value: percent(warn * 100), status: "warn" },
      ...fail !== void 0 ? [{ op: ">", value: percent(fail * 100), status: "fail" }] : []
    ]
  };
  const partial = runs.suites.some((suite) => !suite.selected || suite.status === "skipped");
  let total = wallClock;
  let history = context.baseline?.totalDurations ?? [];
  let scope = "";
  if (partial) {
    const ran = runs.suites.filter((suite) => suite.selected && suite.status !== "skipped");
    const known = ran.filter((suite) => (context.baseline?.suiteDurations[suite.name]?.length ?? 0) > 0);
    total = ran.reduce((sum, suite) => sum + (known.includes(suite) ? suite.duration : 0), 0);
    const baseTotal = known.reduce((sum, suite) => sum + median(context.baseline?.suiteDurations[suite.name] ?? []), 0);
    history = known.length > 0 ? [baseTotal] : [];
    scope = ` (the ${known.length} suite${known.length === 1 ? "" : "s"} that ran${known.length < ran.length ? ` and have a history; ${ran.length - known.length} new` : ""})`;
  }
  if (partial && history.length === 0 && context.baseline) {
    verdicts.push({
      gate: "duration",
      subject: "total",
      status: "skipped",
      value: seconds(total),
      baseline: null,
      threshold,
      reason: "none of the suites that ran has a duration history in the baseline yet"
    });
    return verdicts;
  }
  if (history.length === 0) {
    verdicts.push(withoutBaseline("duration", context, { subject: "total", value: seconds(total), threshold, what: "total run time" }));
    const last = verdicts.at(-1);
    if (last.status === "fail" && fail === void 0) last.status = "skipped";
    return verdicts;
  }
  const base = median(history);
  const change = base > 0 ? total / base - 1 : 0;
  const grew = total - base > TOTAL_FLOOR_SECONDS;
  const status3 = grew && fail !== void 0 && change > fail ? "fail" : grew && change > warn ? "warn" : "pass";
  verdicts.push({
    gate: "duration",
    subject: "total",
    status: status3,
    value: seconds(total),
    baseline: baselineFigure(seconds(base), context),
    threshold,
    reason: `${change >= 0 ? "+" : ""}${Math.round(change * 100)}% against the baseline median${scope}${!grew && change > warn ? ` (under the ${TOTAL_FLOOR_SECONDS}s noise floor)` : ""}`
  });
  return verdicts;
}

// src/gates/flakiness.ts
init_define_TESTOPS_UPLOT();
function flakinessGate(suites, flaky, config) {
  const excused = quarantinedIds(flaky);
  const { ran: tests, marked: evidence } = countRan(suites, excused, (test) => test.flaky === true || test.nondeterministic === true);
  const warnAt = config.warn ?? config.budget / 2;
  const threshold = ceilingThreshold(percent(config.budget), percent(warnAt));
  const quarantined = flaky.filter((entry) => entry.quarantined);
  const listed2 = quarantined.length > 0 ? `; quarantined: ${quarantined.map((entry) => entry.name).slice(0, 3).join(", ")}${quarantined.length > 3 ? ` and ${quarantined.length - 3} more` : ""}` : "";
  if (tests === 0)
    return { gate: "flakiness", status: "skipped", value: null, baseline: null, threshold, reason: `no test results in this run${listed2}` };
  const pct4 = evidence / tests * 100;
  const status3 = pct4 > config.budget ? "fail" : pct4 > warnAt ? "warn" : "pass";
  return {
    gate: "flakiness",
    status: status3,
    value: percent(pct4),
    baseline: null,
    threshold,
    reason: `${evidence} of ${tests} tests flaked in this run${status3 === "fail" ? `, over the ${config.budget}% budget` : ""}${listed2}`
  };
}

// src/gates/levels.ts
init_define_TESTOPS_UPLOT();
var RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
var worst = (statuses) => statuses.reduce((a2, b) => RANK[b] > RANK[a2] ? b : a2, "pass");
var isFailure3 = (status3) => status3 === "failed" || status3 === "errored";
var DEFAULT_FLAKY_WARN = 2;
var hasJudge = (policy) => policy["must-pass"] === true || policy["max-failure-rate"] !== void 0 || policy["pass-rate"] !== void 0;
function withoutJudge(policy) {
  const { "must-pass": _mustPass, "max-failure-rate": _maxFailureRate, "pass-rate": _passRate, ...rest } = policy;
  return rest;
}
function mergePolicy(base, override) {
  if (!override) return base;
  if (!base) return override;
  const kept = hasJudge(override) ? withoutJudge(base) : base;
  const flaky = base["flaky-rate"] || override["flaky-rate"] ? { ...base["flaky-rate"], ...override["flaky-rate"] } : void 0;
  return { ...kept, ...override, ...flaky ? { "flaky-rate": flaky } : {} };
}
function levelPolicy(level, config) {
  const defaults = level === "adversarial" ? { "max-failure-rate": config.gates.security["adversarial-max-failure-rate"] } : DEFAULT_LEVEL_POLICIES[level];
  return mergePolicy(defaults, config.levels[level]);
}
function thresholdText(policy) {
  const parts = [];
  if (policy["must-pass"]) parts.push("must pass");
  if (policy["max-failure-rate"] !== void 0) parts.push(`\u2264 ${policy["max-failure-rate"]}% failed`);
  const passRate = policy["pass-rate"];
  if (passRate)
    parts.push(
      passRate.warn !== void 0 && passRate.warn > passRate.fail ? `pass rate warn < ${passRate.warn}%, fail < ${passRate.fail}%` : `pass rate \u2265 ${passRate.fail}%`
    );
  if (policy.budget !== void 0) parts.push(`SLA ${formatSeconds(policy.budget)}`);
  return parts.length > 0 ? parts.join(" \xB7 ") : "no policy";
}
function judgeGroup(group, quarantined, flakyIds, durations) {
  const { policy, level } = group;
  const mustPass = policy["must-pass"] === true;
  let ran = 0;
  let flakyTests = 0;
  let counted = 0;
  let failed = 0;
  for (const suite of group.suites)
    for (const test of suite.tests) {
      if (test.status === "skipped") continue;
      ran++;
      if (test.flaky || test.nondeterministic || flakyIds.has(test.id)) flakyTests++;
      if (!mustPass && quarantined.has(test.id)) continue;
      counted++;
      if (isFailure3(test.status)) failed++;
    }
  const passed = counted - failed;
  const passPct = counted > 0 ? passed / counted * 100 : null;
  const failPct = counted > 0 ? failed / counted * 100 : 0;
  const name = group.suite ? `the ${level} policy of ${group.suite}` : `the ${level} level`;
  const judged = [];
  if (mustPass) {
    const broken = group.suites.filter((suite) => suite.status !== "passed" || suite.exitCode !== null && suite.exitCode !== 0);
    if (failed > 0)
      judged.push({
        status: "fail",
        text: `${failed} of ${counted} failed; every ${level} test must pass (quarantine does not apply)`
      });
    else if (broken.length > 0)
      judged.push({
        status: "fail",
        text: `${broken.map((suite) => `${suite.name} ${suite.status}${suite.exitCode ? ` (exit code ${suite.exitCode})` : ""}`).join(", ")}; ${level} suites must pass`
      });
    else judged.push({ status: "pass", text: counted > 0 ? `all ${counted} passed` : "passed" });
  }
  const maxFailureRate = policy["max-failure-rate"];
  if (maxFailureRate !== void 0) {
    if (counted === 0) judged.push({ status: "skipped", text: "no test results" });
    else if (failPct > maxFailureRate)
      judged.push({
        status: "fail",
        text: `${failed} of ${counted} failed (${formatPct(failPct)}), over the ${maxFailureRate}% tolerance`
      });
    else
      judged.push({
        status: "pass",
        text: failed > 0 ? `${failed} of ${counted} failed, within the ${maxFailureRate}% tolerance` : `all ${counted} passed`
      });
  }
  const passRate = policy["pass-rate"];
  if (passRate && passPct !== null) {
    const warnAt = passRate.warn ?? passRate.fail;
    const status4 = passPct < passRate.fail ? "fail" : passPct < warnAt ? "warn" : "pass";
    const level2 = status4 === "fail" ? `under the ${passRate.fail}% required` : status4 === "warn" ? `under the ${warnAt}% warning level` : `at or above ${warnAt}%`;
    judged.push({ status: status4, text: `${passed} of ${counted} passed (${formatPct(passPct)}), ${level2}` });
  } else if (passRate) judged.push({ status: "skipped", text: "no test results" });
  const judge = judged.length > 0 ? worst(judged.map((entry) => entry.status)) : void 0;
  if (!judge && counted > 0) judged.push({ status: "pass", text: `${passed} of ${counted} passed` });
  const seconds2 = group.suites.reduce((sum, suite) => sum + suite.duration, 0);
  if (policy.budget !== void 0 && policy.budget > 0) {
    const share = seconds2 / policy.budget * 100;
    const status4 = share > durations.fail ? "fail" : share > durations.warn ? "warn" : "pass";
    judged.push({ status: status4, text: `took ${formatSeconds(seconds2)} of its ${formatSeconds(policy.budget)} SLA (${Math.round(share)}%)` });
  } else judged.push({ status: "pass", text: `took ${formatSeconds(seconds2)}` });
  let flakyRate = null;
  if (ran > 0) {
    const pct4 = flakyTests / ran * 100;
    flakyRate = pct4;
    const warnAt = policy["flaky-rate"]?.warn ?? DEFAULT_FLAKY_WARN;
    const failAt = policy["flaky-rate"]?.fail;
    const status4 = failAt !== void 0 && pct4 > failAt ? "fail" : pct4 > warnAt ? "warn" : "pass";
    judged.push({
      status: status4,
      text: `flaky ${formatPct(pct4)}${status4 === "fail" ? `, over ${failAt}%` : status4 === "warn" ? `, over ${warnAt}%` : ""}`
    });
  }
  const status3 = worst(judged.map((entry) => entry.status).filter((entry) => entry !== "skipped"));
  const suites = group.suites.map((suite) => suite.name);
  const verdict = {
    gate: "level",
    subject: group.suite ? `${level} \u203A ${group.suite}` : level,
    status: judged.every((entry) => entry.status === "skipped") ? "skipped" : status3,
    value: passPct === null ? null : percent(passPct),
    baseline: null,
    threshold: { text: thresholdText(policy) },
    reason: `${judged.map((entry) => entry.text).join("; ")} \u2014 ${suites.length === 1 ? "suite" : "suites"} ${suites.join(", ")}`
  };
  const row = {
    subject: verdict.subject,
    suites,
    tests: counted,
    failed,
    passRate: passPct,
    policy: thresholdText(policy),
    seconds: seconds2,
    ...policy.budget !== void 0 ? { budget: policy.budget } : {},
    flakyRate,
    status: verdict.status,
    reason: judged.map((entry) => entry.text).join("; ")
  };
  if (!judge) return { verdict, row };
  return { verdict, row, ruling: { status: judge, reason: `judged by ${name}: ${judged[0].text}` } };
}
function levelGate(suites, config, quarantined, flaky) {
  const ran = suites.filter((suite) => suite.selected && suite.status !== "skipped" && suite.level !== void 0);
  const flakyIds = new Set(flaky.filter((entry) => entry.state === "flaky").map((entry) => entry.id));
  const groups = /* @__PURE__ */ new Map();
  for (const suite of ran) {
    const level = suite.level;
    const base = levelPolicy(level, config) ?? {};
    const own = config.suites[suite.name]?.policy;
    const key = own ? `${level} \u203A ${suite.name}` : level;
    let group = groups.get(key);
    if (!group)
      groups.set(key, group = { level, ...own ? { suite: suite.name } : {}, suites: [], policy: mergePolicy(base, own) ?? {} });
    group.suites.push(suite);
  }
  const verdicts = [];
  const rows = [];
  const rulings = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    const judged = judgeGroup(group, quarantined, flakyIds, config.gates.duration);
    verdicts.push(judged.verdict);
    rows.push(judged.row);
    if (judged.ruling) for (const suite of group.suites) rulings.set(suite.name, judged.ruling);
  }
  return { verdicts, rulings, rows };
}

// src/gates/pass-rate.ts
init_define_TESTOPS_UPLOT();
function passRateGate(suites, quarantined, config, deferred = /* @__PURE__ */ new Set()) {
  const own = suites.filter((suite) => !deferred.has(suite.name));
  const { ran: counted, marked: passed } = countRan(own, quarantined, (test) => test.status === "passed");
  const threshold = floorThreshold(percent(config.fail), percent(config.warn));
  const left = suites.length - own.length;
  const leftOut = left > 0 ? ` (${left} suite${left === 1 ? "" : "s"} judged by ${left === 1 ? "its" : "their"} level policy)` : "";
  if (counted === 0)
    return {
      gate: "pass-rate",
      status: "skipped",
      value: null,
      baseline: null,
      threshold,
      reason: left > 0 && own.length === 0 ? "every suite that ran is judged by its level policy" : (
        // with deferred suites, name the ones it judged: "no test results" alone read as if no test ran
        `no test results ${left > 0 ? `from ${own.map((suite) => suite.name).join(", ")}` : "in this run"}${leftOut}`
      )
    };
  const pct4 = passed / counted * 100;
  const status3 = pct4 < config.fail ? "fail" : pct4 < config.warn ? "warn" : "pass";
  const level = status3 === "fail" ? `below ${config.fail}%` : status3 === "warn" ? `below ${config.warn}%` : `at or above ${config.warn}%`;
  return {
    gate: "pass-rate",
    status: status3,
    value: percent(pct4),
    baseline: null,
    threshold,
    reason: `${passed} of ${counted} tests passed, ${level}${leftOut}`
  };
}

// src/gates/perf.ts
init_define_TESTOPS_UPLOT();
var RANK2 = { skipped: 0, pass: 1, warn: 2, fail: 3 };
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
        if (known) pushAll(known.samples, samples);
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
var measured = (value, unit) => ({ value, unit });
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
          threshold: { text: failed },
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
      let worst2;
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
            value: measured(headValue, head.unit),
            baseline: baseValue === null ? null : baselineFigure(measured(baseValue, head.unit), context),
            threshold: { limits: [{ op, value: measured(bound, head.unit) }] },
            reason: ok ? `within the absolute limit ${limit.text}` : `breaks the absolute limit ${limit.text}`,
            rule: "absolute"
          };
        } else if (baseSamples.length === 0) {
          const missing = !context.baseline || context.info.status !== "ok";
          verdict = {
            gate: "perf",
            subject,
            status: missing && context.requireBaseline ? "fail" : "skipped",
            value: measured(headValue, head.unit),
            baseline: null,
            threshold: { change: head.biggerIsBetter ? -limit.change : limit.change },
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
            value: measured(headValue, head.unit),
            baseline: judged.base === null ? null : baselineFigure(measured(judged.base, head.unit), context),
            threshold: { change: head.biggerIsBetter ? -limit.change : limit.change },
            reason: head.samples.length > 1 ? `${judged.reason} (head: ${head.samples.length} repeats in one run)` : judged.reason,
            rule: judged.rule
          };
        }
        if (!worst2 || RANK2[verdict.status] > RANK2[worst2.status]) worst2 = verdict;
      }
      if (!worst2) continue;
      verdicts.push(worst2);
      rows.push({
        scenario,
        metric,
        unit: head.unit,
        base: baseValue,
        head: headValue,
        change,
        status: worst2.status,
        ...worst2.rule ? { rule: worst2.rule } : {},
        ...judgement ? { detectable: judgement.detectable, runs: judgement.runs } : {},
        ...judgement?.step ? { step: judgement.step } : {}
      });
    }
  }
  return { verdicts, rows };
}

// src/gates/resilience.ts
init_define_TESTOPS_UPLOT();
var inSeconds = (value) => `${value.toFixed(1)} s`;
function describeFaults(suite) {
  const parts = [];
  for (const service of suite.services) {
    const events = service.faults ?? [];
    for (const [index, event] of events.entries()) {
      if (event.kind === "kill") {
        const back = events.slice(index + 1).find((later) => later.kind === "ready" || later.kind === "not-ready" || later.kind === "kill");
        parts.push(
          `${event.target} killed (${event.detail}) at ${inSeconds(event.at)}${back?.kind === "ready" ? `, ready again at ${inSeconds(back.at)}` : back?.kind === "not-ready" ? ", never ready again" : ""}`
        );
      } else if (event.kind === "pause") parts.push(`${event.target} paused at ${inSeconds(event.at)} for ${event.detail}`);
      else if (event.kind === "partition") parts.push(`${event.target} partitioned at ${inSeconds(event.at)} for ${event.detail}`);
    }
    for (const proxy of service.proxies ?? []) {
      if (proxy.dropped + proxy.reset > 0)
        parts.push(
          `${service.name} via ${proxy.listen}: ${proxy.dropped} of ${proxy.connections} connections dropped, ${proxy.reset} reset`
        );
    }
  }
  return parts.join("; ");
}
var faulted = (suite) => suite.level === "chaos" || suite.services.some((service) => (service.faults ?? []).length > 0 || service.proxies);
function resilienceGate(suites, config) {
  const verdicts = [];
  for (const suite of suites) {
    if (faulted(suite)) {
      verdicts.push(passRateRow(suite, config["pass-rate"]));
      pushAll(verdicts, recoveryRows(suite, config["recovery-max"]));
    }
    if (suite.cassettes && config["stale-cassettes"] !== "off") verdicts.push(cassetteRow(suite, config["stale-cassettes"]));
  }
  return verdicts;
}
function passRateRow(suite, min) {
  const threshold = floorThreshold(percent(min));
  const faults = describeFaults(suite);
  const under = faults ? ` under faults: ${faults}` : "";
  const counted = suite.tests.filter((test) => test.status !== "skipped");
  const base = { gate: "resilience", subject: `${suite.name} pass rate`, baseline: null, threshold };
  if (counted.length === 0) {
    const passed2 = suite.status === "passed";
    return {
      ...base,
      status: passed2 ? "pass" : "fail",
      value: null,
      reason: `no test results; the suite ${passed2 ? "passed" : suite.status}${under}`
    };
  }
  const passed = counted.filter((test) => test.status === "passed").length;
  const pct4 = passed / counted.length * 100;
  return {
    ...base,
    status: pct4 < min ? "fail" : "pass",
    value: percent(pct4),
    reason: `${passed} of ${counted.length} tests passed${under}`
  };
}
function recoveryRows(suite, max) {
  const rows = [];
  for (const service of suite.services) {
    const events = service.faults ?? [];
    events.forEach((event, index) => {
      if (event.kind !== "kill") return;
      const next = events.slice(index + 1).find((later) => later.kind === "restart" || later.kind === "kill");
      if (next?.kind !== "restart") return;
      const base = {
        gate: "resilience",
        subject: `${suite.name}/${service.name} recovery`,
        baseline: null,
        threshold: { limits: [{ op: "<=", value: seconds(max) }] }
      };
      if (event.recovery === void 0) {
        const why = events.slice(index + 1).find((later) => later.kind === "not-ready");
        rows.push({
          ...base,
          status: "fail",
          value: null,
          reason: `killed at ${inSeconds(event.at)} and never ready again${why?.detail ? ` (${why.detail})` : ""}`
        });
        return;
      }
      rows.push({
        ...base,
        status: event.recovery > max ? "fail" : "pass",
        value: seconds(event.recovery),
        reason: `killed at ${inSeconds(event.at)}, ready again at ${inSeconds(event.at + event.recovery)}${event.recovery > max ? `, slower than ${inSeconds(max)}` : ""}`
      });
    });
  }
  return rows;
}
function cassetteRow(suite, onStale) {
  const audit = suite.cassettes;
  const parts = [];
  if (audit.staleCount > 0) {
    const first = audit.stale[0];
    parts.push(
      `${audit.staleCount} of ${audit.files} cassettes recorded before the last change to ${first?.code ?? "their code"}${first ? ` (${first.codeChangedAt.slice(0, 10)})` : ""}: re-record them`
    );
  } else parts.push(`${audit.files} cassettes, none older than their code`);
  if (audit.staleUnknown) parts.push(audit.staleUnknown);
  if (audit.readBy === "unknown") parts.push("which were read is unknown (write TESTOPS_CASSETTE_MANIFEST)");
  else if (audit.unusedCount > 0) parts.push(`${audit.unusedCount} not read by this run (by ${audit.readBy})`);
  return {
    gate: "resilience",
    subject: `${suite.name} cassettes`,
    status: audit.staleCount > 0 ? onStale : "pass",
    value: count(audit.staleCount, "stale"),
    baseline: null,
    threshold: { limits: [{ op: ">", value: count(0, "stale"), status: onStale }] },
    reason: parts.join("; ")
  };
}

// src/gates/security.ts
init_define_TESTOPS_UPLOT();
var SEVERITY_ORDER = ["info", "low", "medium", "high", "critical"];
var atLeast = (severity, floor) => SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(floor);
function describe2(findings) {
  const first = findings.slice(0, 2).map(
    (finding) => `${finding.severity} ${finding.rule}${finding.package ? ` in ${finding.package}` : finding.file ? ` at ${finding.file}${finding.line ? `:${finding.line}` : ""}` : ""}`
  );
  return findings.length > 2 ? `${first.join(", ")} and ${findings.length - 2} more` : first.join(", ");
}
function securityGate(suites, config, context) {
  const verdicts = [];
  const ran = suites.filter((suite) => suite.selected && suite.status !== "skipped");
  const findings = ran.flatMap((suite) => suite.security).filter((finding) => !finding.suppressed);
  const unique = [...new Map(findings.map((finding) => [finding.fingerprint, finding])).values()];
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of unique) counts[finding.severity]++;
  const floor = config["fail-on-severity"];
  const threshold = { limits: [{ op: ">", status: "fail", value: count(0, `new ${floor}${floor === "critical" ? "" : "+"}`) }] };
  const known = context.baseline && context.info.status === "ok" ? new Set(context.baseline.findings) : null;
  const severe = unique.filter((finding) => atLeast(finding.severity, floor));
  let newFindings;
  if (known) {
    newFindings = unique.filter((finding) => !known.has(finding.fingerprint));
    const blocking = newFindings.filter((finding) => atLeast(finding.severity, floor));
    if (unique.length > 0 || ran.some((suite) => suite.level === "security"))
      verdicts.push({
        gate: "security",
        subject: "findings",
        status: blocking.length > 0 ? "fail" : "pass",
        value: { parts: [count(newFindings.length, "new"), count(unique.length - newFindings.length, "known")] },
        baseline: baselineFigure(count(known.size, "known"), context),
        threshold,
        reason: blocking.length > 0 ? `${blocking.length} new finding${blocking.length > 1 ? "s" : ""} at or above ${floor}: ${describe2(blocking)}` : severe.length > 0 ? `${severe.length} ${floor}+ finding${severe.length > 1 ? "s" : ""} already in the baseline (reported, not failed)` : `no new finding at or above ${floor}`
      });
  } else {
    newFindings = unique.filter((finding) => finding.baselineState !== "unchanged" && finding.baselineState !== "updated");
    const blockingUnknown = newFindings.filter((finding) => atLeast(finding.severity, floor));
    if (blockingUnknown.length > 0)
      verdicts.push(
        withoutBaseline("security", context, {
          subject: "findings",
          value: count(blockingUnknown.length, `${floor}+`),
          threshold,
          what: `${blockingUnknown.length} ${floor}+ finding${blockingUnknown.length > 1 ? "s" : ""} cannot be classed as new or known`
        })
      );
    else if (unique.length > 0)
      verdicts.push({
        gate: "security",
        subject: "findings",
        status: "pass",
        value: count(unique.length, "found"),
        baseline: null,
        threshold,
        reason: `no finding at or above ${floor} that could be new`
      });
  }
  return { verdicts, summary: { newFindings, existing: unique.length - newFindings.length, counts } };
}

// src/gates/tests.ts
init_define_TESTOPS_UPLOT();
var FATAL_PROBLEMS = /* @__PURE__ */ new Set([
  "no-report",
  "missing-report",
  "parse-error",
  "timeout",
  "crash",
  "service",
  "cancelled"
]);
var isFailure4 = (status3) => status3 === "failed" || status3 === "errored";
function names(tests, limit = 3) {
  const shown = tests.slice(0, limit).map((test) => test.name);
  return tests.length > limit ? `${shown.join(", ")} and ${tests.length - limit} more` : shown.join(", ");
}
function suiteVerdict(suite, quarantined, ruling) {
  const verdict = (status3, reason) => ({
    gate: "tests",
    subject: suite.name,
    status: status3,
    value: suite.totals.tests > 0 ? count(suite.totals.passed, "passed", suite.totals.tests - suite.totals.skipped) : null,
    baseline: null,
    threshold: { text: "no failures" },
    reason
  });
  if (suite.status === "skipped") return verdict("skipped", `not run: ${suite.reasons[0] ?? "skipped"}`);
  if (suite.status === "cancelled") return verdict("fail", "cancelled before it finished");
  if (suite.status === "timeout") return verdict("fail", `timed out after ${formatSeconds(suite.duration)}`);
  const fatal = suite.problems.find((problem) => FATAL_PROBLEMS.has(problem.kind));
  const failed = suite.tests.filter((test) => isFailure4(test.status));
  const blocking = failed.filter((test) => !quarantined.has(test.id));
  const excused = failed.length - blocking.length;
  if (ruling && failed.length > 0 && !fatal) return verdict(ruling.status, `${failed.length} failed, ${ruling.reason}`);
  if (blocking.length > 0) return verdict("fail", `${blocking.length} failed: ${names(blocking)}`);
  if (fatal) return verdict("fail", fatal.message);
  const exitFailed = suite.exitCode !== 0 || suite.status === "failed" || suite.status === "errored";
  if (exitFailed && excused === 0) {
    const how = suite.exitCode === null ? "was killed" : `exited with code ${suite.exitCode}`;
    return verdict(
      "fail",
      suite.tests.length === 0 ? `the command ${how} and produced no test report` : `the command ${how} with no failed test in its report`
    );
  }
  if (excused > 0) return verdict("pass", `${excused} quarantined test${excused > 1 ? "s" : ""} failed (reported, not fatal)`);
  const flaky = suite.tests.filter((test) => test.flaky).length;
  if (suite.tests.length === 0) return verdict("pass", "the command exited with code 0 (no test report)");
  return verdict("pass", flaky > 0 ? `all passed, ${flaky} after a retry` : "all passed");
}
function testsGate(suites, quarantined, rulings = /* @__PURE__ */ new Map()) {
  return suites.filter((suite) => suite.selected).map((suite) => suiteVerdict(suite, quarantined, rulings.get(suite.name)));
}

// src/gates/diff.ts
init_define_TESTOPS_UPLOT();
function unquote(path) {
  if (!path.startsWith('"')) return path;
  const bytes = [];
  const body = path.slice(1, -1);
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[++index];
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(index, index + 3), 8));
      index += 2;
    } else
      bytes.push(
        { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 }[next] ?? next.charCodeAt(0)
      );
  }
  return Buffer.from(bytes).toString("utf8");
}
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function addedLines(diff) {
  const files = /* @__PURE__ */ new Map();
  let current = null;
  let next = 0;
  let inHunk = false;
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = null;
      inHunk = false;
      continue;
    }
    if (!inHunk && line.startsWith("+++ ")) {
      const target = line.slice(4).replace(/\t$/, "");
      if (target === "/dev/null") current = null;
      else {
        const path = unquote(target).replace(/^b\//, "");
        current = files.get(path) ?? [];
        files.set(path, current);
      }
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      inHunk = true;
      next = Number(hunk[1]);
      continue;
    }
    if (!inHunk || current === null) continue;
    if (line.startsWith("+")) current.push(next++);
    else if (line.startsWith(" ")) next++;
  }
  for (const [path, lines] of files) if (lines.length === 0) files.delete(path);
  return files;
}

// src/gates/patch.ts
init_define_TESTOPS_UPLOT();
function findFile(byPath, files, path) {
  const exact = byPath.get(path);
  if (exact) return exact;
  const candidates = files.filter((file) => file.path.endsWith(`/${path}`) || path.endsWith(`/${file.path}`));
  return candidates.length === 1 ? candidates[0] : void 0;
}
function computePatchCoverage(changed, coverage) {
  const byPath = new Map(coverage.files.map((file) => [file.path.replace(/^\.\//, ""), file]));
  const files = [];
  for (const [path, lines] of [...changed.entries()].sort(([a2], [b]) => a2 < b ? -1 : a2 > b ? 1 : 0)) {
    const file = findFile(byPath, coverage.files, path);
    if (!file) continue;
    const hits = new Map(file.lines);
    let covered2 = 0;
    let total2 = 0;
    const missing = [];
    for (const line of lines) {
      const count2 = hits.get(line);
      if (count2 === void 0) continue;
      total2++;
      if (count2 > 0) covered2++;
      else missing.push(line);
    }
    if (total2 > 0) files.push({ path, covered: covered2, total: total2, missing });
  }
  const covered = files.reduce((sum, file) => sum + file.covered, 0);
  const total = files.reduce((sum, file) => sum + file.total, 0);
  return { covered, total, pct: total === 0 ? null : covered / total * 100, files };
}
async function patchChanges(git, mergeBase, head) {
  const range = head ? [`${mergeBase}...${head}`] : [mergeBase];
  const diff = await git.run([
    "-c",
    "diff.mnemonicprefix=no",
    "-c",
    "diff.noprefix=no",
    "-c",
    "core.quotepath=off",
    "diff",
    "--no-color",
    "--no-ext-diff",
    "-U0",
    ...range,
    "--"
  ]);
  return addedLines(diff);
}

// src/gates/index.ts
function evaluateGates(input) {
  const { runs, config } = input;
  const gates = config.gates;
  const finished = Date.parse(runs.finishedAt);
  const context = {
    baseline: input.baselineInfo.status === "ok" ? input.baseline : null,
    info: input.baselineInfo,
    requireBaseline: gates["require-baseline"],
    now: new Date(Number.isFinite(finished) ? finished : 0)
  };
  const quarantined = quarantinedIds(input.flaky);
  const ran = runs.suites.filter((suite) => suite.selected && suite.status !== "skipped");
  const coverage = coverageGate(
    "coverage" in input ? input.coverage : runCoverage(ran),
    input.patch,
    gates.coverage,
    context,
    input.partial
  );
  const perf = perfGate(ran, gates.perf, context);
  const security = securityGate(ran, gates.security, context);
  const levels = levelGate(runs.suites, config, quarantined, input.flaky);
  const verdicts = [
    baselineVerdict(context),
    ...testsGate(runs.suites, quarantined, levels.rulings),
    passRateGate(ran, quarantined, gates["pass-rate"], new Set(levels.rulings.keys())),
    ...levels.verdicts,
    ...coverage.verdicts,
    ...perf.verdicts,
    ...security.verdicts,
    ...resilienceGate(ran, gates.resilience),
    flakinessGate(ran, input.flaky, gates.flakiness),
    ...durationGate(runs, gates.duration, context)
  ];
  if (runs.cancelled)
    verdicts.push({ gate: "tests", status: "fail", value: null, baseline: null, threshold: null, reason: "the run was cancelled" });
  const failOn = gates["fail-on"];
  const blocks = (verdict) => failOn === "all" || failOn.includes(verdict.gate) || verdict.gate === "level" && /^(security|adversarial)\b/.test(verdict.subject ?? "") && failOn.includes("security");
  for (const verdict of verdicts) verdict.blocking = blocks(verdict);
  const failed = verdicts.some((verdict) => verdict.status === "fail" && verdict.blocking);
  return {
    verdicts,
    ...coverage.coverage ? { coverage: coverage.coverage } : {},
    perf: perf.rows,
    security: security.summary,
    levels: levels.rows,
    conclusion: failed ? "failure" : "success"
  };
}

// src/pipeline/locate.ts
init_define_TESTOPS_UPLOT();
import { isAbsolute, relative as relative2, sep } from "node:path";
import { fileURLToPath } from "node:url";
var FRAME = /(?:^|[\s(])((?:file:\/\/)?(?:\/|[A-Za-z]:\\)[^\s():]+|[^\s():]+\.[cm]?[jt]sx?|[^\s():]+\.(?:py|rb|go|java|kt|scala|cs|php)):(\d+)(?::\d+)?\)?/gm;
function locateInStack(stack, repoRoot) {
  if (!stack) return void 0;
  for (const match of stack.matchAll(FRAME)) {
    let path = match[1];
    const line = Number(match[2]);
    if (!Number.isInteger(line) || line < 1) continue;
    if (path.startsWith("file://")) {
      try {
        path = fileURLToPath(path);
      } catch {
        continue;
      }
    }
    if (path.startsWith("node:") || path.includes(`${sep}node_modules${sep}`) || path.includes("/node_modules/")) continue;
    const inRepo = isAbsolute(path) ? relative2(repoRoot, path) : path;
    if (!inRepo || inRepo.startsWith("..") || isAbsolute(inRepo)) continue;
    return { file: inRepo.split(sep).join("/"), line, relative: !isAbsolute(path) };
  }
  return void 0;
}

// src/pipeline/report.ts
function runsForMissingResults(plan, reason, now) {
  const at2 = now.toISOString();
  const suites = plan.suites.map((suite) => ({
    name: suite.name,
    selected: suite.selected,
    reasons: suite.reasons,
    mode: "",
    seed: plan.seed,
    command: "",
    status: suite.selected ? "errored" : "skipped",
    exitCode: null,
    duration: 0,
    attempts: [],
    services: [],
    tests: [],
    totals: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 },
    perf: [],
    security: [],
    problems: suite.selected ? [{ kind: "crash", suite: suite.name, message: reason }] : []
  }));
  return { version: 1, startedAt: at2, finishedAt: at2, cancelled: false, seed: plan.seed, suites };
}
function baselineFor(input) {
  const read = readBaseline(input.baselineDir, {
    maxAgeSeconds: input.config.baseline["max-age"],
    now: input.clock.now(),
    restoredKey: input.baselineKey || void 0
  });
  if (read.info.status === "missing" && input.baselineOutcome === "failure")
    return {
      baseline: null,
      info: { status: "unavailable", reason: "no baseline: the cache service could not be reached, so nothing was restored" }
    };
  if (read.info.status === "missing" && input.missingBaselineReason)
    return { baseline: null, info: { ...read.info, reason: input.missingBaselineReason } };
  return read;
}
function flakyAndRetries(lists, runs) {
  const flakyTests = [];
  for (const tests of lists)
    for (const test of tests) {
      if (!test.flaky || test.status !== "passed") continue;
      const failing = test.attempts.find((attempt) => attempt.status === "failed" || attempt.status === "errored");
      flakyTests.push({
        id: test.id,
        suite: test.suite,
        name: test.name,
        ...test.classname ? { classname: test.classname } : {},
        ...test.file ? { file: test.file } : {},
        ...test.line ? { line: test.line } : {},
        ...failing?.message ? { message: failing.message } : {}
      });
    }
  const retries = retryRows(runs);
  const shards = shardRows(runs);
  return {
    ...flakyTests.length > 0 ? { flakyTests } : {},
    ...retries.length > 0 ? { retries } : {},
    ...shards.length > 0 ? { shards } : {}
  };
}
async function readReportFacts(input) {
  const { plan, runs, git } = input;
  const { baseline, info } = baselineFor(input);
  let changed = {};
  if (git && plan.mergeBase && runs.suites.some((suite) => suite.coverage)) {
    try {
      changed = { changedLines: await patchChanges(git, plan.mergeBase, plan.event.headSha) };
    } catch (error) {
      changed = { changedLinesProblem: error.message };
    }
  }
  return {
    baseline,
    baselineInfo: info,
    ...changed,
    scopes: git ? await suiteScopes(git, input.config.suites, plan.event.headSha) : {},
    ...input.tree ? { tree: input.tree } : {},
    ...input.previousAttempts ? { previousAttempts: input.previousAttempts } : {},
    createdAt: input.clock.now().toISOString()
  };
}
function buildReport(input) {
  const { plan, runs, config, baseline, baselineInfo: info, scopes } = input;
  const problems = [...plan.problems];
  if (info.status !== "ok") problems.push({ kind: "baseline", message: info.reason ?? `baseline ${info.status}` });
  const partial = partialRun(plan);
  const judged = narrowRunsCoverage(runs, partial);
  const measured2 = runCoverage(runs.suites);
  const coverage = judged === runs ? measured2 : runCoverage(judged.suites);
  const patch = coverage && input.changedLines ? computePatchCoverage(input.changedLines, coverage) : void 0;
  if (coverage && input.changedLinesProblem)
    problems.push({ kind: "other", message: `patch coverage could not be computed: ${input.changedLinesProblem}` });
  const flaky = analyzeFlakiness({
    runs,
    baseline,
    config: config.flaky,
    event: plan.event,
    scopes,
    ...input.tree ? { tree: input.tree } : {},
    ...input.previousAttempts ? { previousAttempts: input.previousAttempts } : {}
  });
  const gates = evaluateGates({ runs: judged, coverage, baseline, baselineInfo: info, config, patch, flaky, partial });
  const testLists = runs.suites.map((suite) => suite.tests);
  const quarantined = quarantinedIds(flaky);
  for (const suite of runs.suites) pushAll(problems, suite.problems);
  if (runs.cancelled) problems.push({ kind: "cancelled", message: "the run was cancelled; the report holds what was gathered before" });
  if (plan.event.isFork)
    problems.push({
      kind: "github",
      message: "fork PR: the token is read-only, so the report goes to the job summary and report.json only"
    });
  const started = Date.parse(runs.startedAt);
  const finished = Date.parse(runs.finishedAt);
  const event = plan.event;
  const addedByRetries = retryTime(runs);
  const report = {
    version: 1,
    conclusion: gates.conclusion,
    createdAt: input.createdAt,
    event,
    gates: gates.verdicts,
    suites: runs.suites.map((suite) => ({
      name: suite.name,
      selected: suite.selected,
      reasons: suite.reasons,
      status: suite.status,
      duration: suite.duration,
      exitCode: suite.exitCode,
      ...suite.mode ? { mode: suite.mode } : {},
      ...suite.level ? { level: suite.level } : {},
      ...suite.budget !== void 0 ? { budget: suite.budget } : {},
      ...suite.early ? { early: suite.early } : {},
      tests: suite.totals,
      problems: suite.problems,
      ...withHistory(baseline?.suiteDurations?.[suite.name]?.slice(-CHART_HISTORY))
    })),
    seed: runs.seed || plan.seed,
    totals: testTotalsOf(testLists),
    failures: testLists.flatMap((tests) => tests.filter((test) => test.status === "failed" || test.status === "errored")).map((test) => {
      const failing = [...test.attempts].reverse().find((attempt) => attempt.status === "failed" || attempt.status === "errored");
      const suite = config.suites[test.suite] ?? {};
      const testFile = test.file === void 0 ? void 0 : fromSuiteDirectory(suite, test.file);
      const found = test.file && test.line ? void 0 : locateInStack(failing?.stack, plan.repoRoot);
      const located = found && (found.relative ? { ...found, file: fromSuiteDirectory(suite, found.file) } : found);
      const file = testFile ?? located?.file;
      const line = test.line ?? (located && (!testFile || located.file === testFile) ? located.line : void 0);
      return {
        id: test.id,
        suite: test.suite,
        name: test.name,
        status: test.status,
        ...test.classname ? { classname: test.classname } : {},
        ...file ? { file } : {},
        ...line ? { line } : {},
        ...failing?.message || failing?.stack ? { message: failing.message || failing.stack } : {},
        ...quarantined.has(test.id) ? { quarantined: true } : {}
      };
    }),
    ...gates.coverage ? { coverage: gates.coverage } : {},
    perf: gates.perf.map((entry) => ({ ...entry, ...withHistory(perfHistory(baseline, entry.scenario, entry.metric)) })),
    security: gates.security,
    ...gates.levels.length > 0 ? { levels: gates.levels } : {},
    flaky,
    ...flakyAndRetries(testLists, runs),
    determinism: runs.suites.flatMap((suite) => suite.determinism ? [{ suite: suite.name, ...suite.determinism }] : []),
    baseline: info,
    problems,
    changedFiles: plan.changedFiles ? plan.changedFiles.length : null,
    duration: Number.isFinite(finished - started) ? Math.max(0, (finished - started) / 1e3) : 0,
    ...addedByRetries ? { retryTime: addedByRetries } : {},
    ...event.runId && event.repo ? { runUrl: `${event.serverUrl ?? "https://github.com"}/${event.repo.owner}/${event.repo.repo}/actions/runs/${event.runId}` } : {},
    version_testops: VERSION
  };
  return { report, baseline, scopes, ...measured2 ? { coverage: measured2 } : {} };
}
var CHART_HISTORY = 20;
var withHistory = (history) => history && history.length > 0 ? { history } : {};
function perfHistory(baseline, scenario, metric) {
  const series = baseline?.perf?.[scenario]?.[metric];
  if (!series) return void 0;
  const runs = series.runs?.length ? series.runs.map((run) => ({ value: run.value, ...run.commit ? { commit: run.commit } : {} })) : series.samples.map((value) => ({ value }));
  return runs.filter((run) => Number.isFinite(run.value)).slice(-CHART_HISTORY);
}

// src/pipeline/publish.ts
async function reportRun(input, executor) {
  const { plan, runs, config, git, publish } = input;
  const tree = (await git.run(["rev-parse", `${plan.event.headSha}^{tree}`], { allowFailure: true })).trim() || void 0;
  const facts = await readReportFacts({
    plan,
    runs,
    config,
    baselineDir: input.paths.baseline,
    ...input.baselineKey ? { baselineKey: input.baselineKey } : {},
    ...input.baselineOutcome ? { baselineOutcome: input.baselineOutcome } : {},
    ...input.missingBaselineReason ? { missingBaselineReason: input.missingBaselineReason } : {},
    ...input.previousAttempts && input.previousAttempts.length > 0 ? { previousAttempts: input.previousAttempts } : {},
    git,
    ...tree ? { tree } : {},
    clock: input.clock
  });
  const { report, baseline, scopes, coverage } = buildReport({ plan, runs, config, ...facts });
  releaseMemory();
  const issues = publish.github && config.flaky.issues && report.flaky.some((entry) => entry.state !== "stable");
  const mergeBaseAt = issues && plan.mergeBase ? await mergeBaseTime(git, plan.mergeBase) : void 0;
  const attempts = publish.attempts?.(runs);
  const effects = planEffects(report, {
    repoRoot: input.repoRoot,
    plan,
    runs,
    ...input.runsFile ? { runsFile: input.runsFile } : {},
    config,
    configPath: input.configPath,
    baseline,
    scopes,
    ...coverage ? { coverage } : {},
    ...tree ? { tree } : {},
    ...mergeBaseAt ? { mergeBaseAt } : {},
    now: input.clock.now().toISOString(),
    paths: input.paths,
    recordDir: input.recordDir,
    github: publish.github,
    commentMode: publish.commentMode,
    ...publish.commentId ? { commentId: publish.commentId } : {},
    checkRun: publish.checkRun,
    updateBaseline: publish.updateBaseline === "default-branch" ? refreshesBaseline(plan) : publish.updateBaseline,
    ...attempts ? { attempts } : {},
    failOnGates: publish.failOnGates,
    outputs: publish.outputs,
    ...publish.terminal ? { terminal: publish.terminal } : {},
    ...publish.html ? { html: true } : {}
  });
  const applied = await applyEffects(report, effects, executor);
  return { report: applied.report, built: report, effects, outcome: applied.outcome };
}

export {
  shouldRecordAttempt,
  readEarlierAttempts,
  pullHeadMatches,
  planCommentEffects,
  markdownTable,
  pageHead,
  CLIENT_DOM_JS,
  applyEffects,
  actionExecutor,
  commentModeExecutor,
  cliExecutor,
  VERSION,
  runsForMissingResults,
  reportRun
};
