import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  CATALOGUE
} from "./chunk-2ZN5WP2U.js";
import {
  branchSource,
  readHistory
} from "./chunk-ZSLPRR32.js";
import {
  InputError,
  escapeText,
  maxOf,
  medianOf,
  pushAll
} from "./chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/health/assess.ts
init_define_TESTOPS_UPLOT();
var MOVERS_SHOWN = 10;
var ALERT_KIND = {
  "pass-rate": "failure-spike",
  "execution-time": "perf-degradation",
  "flaky-rate": "flaky-spike",
  coverage: "coverage-drop"
};
var round1 = (value2) => Math.round(value2 * 10) / 10;
var pct = (part, whole) => whole === 0 ? null : round1(part / whole * 100);
var median = (values) => medianOf(values) ?? null;
function status(value2, target, alert, higherIsBetter) {
  if (value2 === null) return "unknown";
  if (higherIsBetter) return value2 < alert ? "alert" : value2 >= target ? "ok" : "watch";
  return value2 > alert ? "alert" : value2 <= target ? "ok" : "watch";
}
var testKey = (test) => test.id;
var passedAll = (record) => record.totals.failed + record.totals.errored === 0;
function flakyTests(records) {
  const flaky = /* @__PURE__ */ new Map();
  for (const record of records)
    for (const test of record.tests)
      if (test.flaky) {
        const known = flaky.get(testKey(test));
        if (known) known.flakes++;
        else flaky.set(testKey(test), { test, flakes: 1 });
      }
  return flaky;
}
function testsRun(records) {
  const whole = records.filter((record) => record.testsKept === "all");
  if (whole.length > 0) return new Set(whole.flatMap((record) => record.tests.map(testKey))).size;
  return maxOf(
    records.map((record) => record.totals.tests),
    0
  );
}
function flakyRate(records) {
  if (records.length === 0) return null;
  return pct(flakyTests(records).size, testsRun(records));
}
function latestCoverage(records) {
  for (const record of [...records].reverse()) {
    const lines = record.coverage?.totals.lines;
    if (lines && typeof lines.pct === "number" && lines.total > 0)
      return {
        pct: round1(lines.pct),
        covered: lines.covered,
        total: lines.total,
        ...record.coverage?.files ? { files: record.coverage.files } : {}
      };
  }
  return void 0;
}
function durations(records) {
  const out = /* @__PURE__ */ new Map();
  for (const record of records)
    for (const test of record.tests) {
      if (test.duration === void 0 || test.status === "skipped") continue;
      const known = out.get(testKey(test));
      if (known) known.values.push(test.duration);
      else out.set(testKey(test), { test, values: [test.duration] });
    }
  return out;
}
function executionTime(records, config) {
  const suites = [];
  const budgets = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const record of records)
    for (const suite of record.suites) {
      if (!suite.selected || suite.status === "skipped" || suite.status === "cancelled") continue;
      if (suite.budget !== void 0) budgets.set(suite.name, suite.budget);
      byName.set(suite.name, [...byName.get(suite.name) ?? [], suite.duration]);
    }
  for (const [suite, budget] of budgets) {
    const value2 = median(byName.get(suite) ?? []);
    if (value2 !== null && budget > 0) suites.push({ suite, median: round1(value2), budget, pct: round1(value2 / budget * 100) });
  }
  suites.sort((a, b) => b.pct - a.pct);
  const runMedian = median(records.map((record) => record.run.duration));
  if (config.sla !== void 0 && runMedian !== null)
    return {
      value: round1(runMedian / config.sla * 100),
      detail: `median run ${round1(runMedian)}s against the SLA of ${config.sla}s`,
      suites
    };
  if (suites.length > 0)
    return {
      value: suites[0].pct,
      detail: `the slowest suite against its budget: ${suites[0].suite} (median ${suites[0].median}s, budget ${suites[0].budget}s)`,
      suites
    };
  return {
    value: null,
    detail: runMedian === null ? "no runs in the window" : `median run ${round1(runMedian)}s; no SLA set (health.sla) and no suite has a budget`,
    suites
  };
}
function alertFor(metric, report) {
  const kind = ALERT_KIND[metric.name];
  const entry = CATALOGUE[kind];
  const steps = [...entry.steps];
  if (metric.name === "flaky-rate" && report.movers.newFlaky.length > 0)
    steps.push(`New this window: ${report.movers.newFlaky.map((test) => `${test.suite} \u203A ${test.name}`).join(", ")}.`);
  if (metric.name === "execution-time" && report.suitesOverBudget.length > 0)
    steps.push(`Over budget: ${report.suitesOverBudget.map((suite) => `${suite.suite} ${suite.pct}%`).join(", ")}.`);
  const comparison = metric.higherIsBetter ? `under the alert level of ${metric.alert}%` : `over the alert level of ${metric.alert}%`;
  return {
    metric: metric.name,
    kind,
    title: entry.title,
    priority: entry.priority,
    respondWithin: entry.respondWithin,
    summary: `${metric.title} is ${metric.value}%, ${comparison} (${metric.detail})`,
    steps
  };
}
function assessHealth(all, config, now) {
  const to = now.getTime();
  const from = to - config.window * 1e3;
  const before = from - config.window * 1e3;
  const defaultRuns = all.filter((record) => record.run.pr === void 0 && !/^pull_request/.test(record.run.event));
  const at = (record) => Date.parse(record.run.at);
  const current = defaultRuns.filter((record) => at(record) > from && at(record) <= to);
  const previous = defaultRuns.filter((record) => at(record) > before && at(record) <= from);
  const passNow = pct(current.filter(passedAll).length, current.length);
  const passBefore = pct(previous.filter(passedAll).length, previous.length);
  const time = executionTime(current, config);
  const timeBefore = executionTime(previous, config);
  const coverageNow = latestCoverage(current);
  const coverageBefore = latestCoverage(previous);
  const metric = (name, title, value2, prev, band, higherIsBetter, detail) => ({
    name,
    title,
    value: value2,
    previous: prev,
    target: band.target,
    alert: band.alert,
    higherIsBetter,
    status: status(value2, band.target, band.alert, higherIsBetter),
    detail
  });
  const flakyNow = flakyTests(current);
  const metrics = [
    metric(
      "pass-rate",
      "Pass rate",
      passNow,
      passBefore,
      config["pass-rate"],
      true,
      current.length === 0 ? "no runs in the window" : `${current.filter(passedAll).length} of ${current.length} runs passed every test`
    ),
    metric(
      "execution-time",
      "Execution time against SLA",
      time.value,
      timeBefore.value,
      { target: 100, alert: config["time-alert"] },
      false,
      time.detail
    ),
    metric(
      "flaky-rate",
      "Flaky rate",
      flakyRate(current),
      flakyRate(previous),
      config["flaky-rate"],
      false,
      current.length === 0 ? "no runs in the window" : `${flakyNow.size} of ${testsRun(current)} tests flaked`
    ),
    metric(
      "coverage",
      "Coverage (lines)",
      coverageNow?.pct ?? null,
      coverageBefore?.pct ?? null,
      config.coverage,
      true,
      coverageNow ? `${coverageNow.covered} of ${coverageNow.total} lines in the newest run that measured it` : "no run in the window measured coverage"
    )
  ];
  const flakyBefore = flakyTests(previous);
  const newFlaky = [...flakyNow.values()].filter(({ test }) => !flakyBefore.has(testKey(test))).map(({ test, flakes }) => ({
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...test.variant ? { variant: test.variant } : {},
    flakes,
    runs: current.length
  })).sort((a, b) => b.flakes - a.flakes || a.name.localeCompare(b.name));
  const slowBefore = durations(previous);
  const newlySlow = [];
  for (const [id, { test, values }] of durations(current)) {
    const was = median(slowBefore.get(id)?.values ?? []);
    const is = median(values);
    if (was === null || is === null || is < was * config["slow-factor"] || is - was < 0.1) continue;
    newlySlow.push({
      id,
      suite: test.suite,
      name: test.name,
      ...test.variant ? { variant: test.variant } : {},
      before: Math.round(was * 1e3) / 1e3,
      now: Math.round(is * 1e3) / 1e3
    });
  }
  newlySlow.sort((a, b) => b.now - b.before - (a.now - a.before));
  const coverageDrops = [];
  if (coverageNow && coverageBefore) {
    const total = { before: coverageBefore.pct, now: coverageNow.pct };
    if (total.now < total.before) coverageDrops.push({ file: null, ...total });
    const files = [];
    for (const [file, [covered, coverable]] of Object.entries(coverageNow.files ?? {})) {
      const was = coverageBefore.files?.[file];
      if (!was || was[1] === 0 || coverable === 0) continue;
      const beforePct = round1(was[0] / was[1] * 100);
      const nowPct = round1(covered / coverable * 100);
      if (beforePct - nowPct >= 1) files.push({ file, before: beforePct, now: nowPct });
    }
    files.sort((a, b) => b.before - b.now - (a.before - a.now) || (a.file ?? "").localeCompare(b.file ?? ""));
    pushAll(coverageDrops, files.slice(0, MOVERS_SHOWN));
  }
  const partial = {
    window: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), runs: current.length, previousRuns: previous.length },
    metrics,
    movers: { newFlaky: newFlaky.slice(0, MOVERS_SHOWN), newlySlow: newlySlow.slice(0, MOVERS_SHOWN), coverageDrops },
    suitesOverBudget: time.suites.filter((suite) => suite.pct > 100)
  };
  return { ...partial, alerts: metrics.filter((one) => one.status === "alert").map((one) => alertFor(one, partial)) };
}

// src/health/render.ts
init_define_TESTOPS_UPLOT();
var escapeMarkdown = (text) => escapeText(text);
var inlineCode = (text) => escapeText(text, "code");
var HEALTH_MARKER = "<!-- testops-health -->";
var ICON = { ok: "\u{1F7E2}", watch: "\u{1F7E1}", alert: "\u{1F534}", unknown: "\u26AA" };
var WORD = { ok: "on target", watch: "watch", alert: "ALERT", unknown: "no data" };
var day = (iso) => iso.slice(0, 10);
var value = (number) => number === null ? "\u2014" : `${number}%`;
function change(metric) {
  if (metric.value === null || metric.previous === null) return "\u2014";
  const delta = Math.round((metric.value - metric.previous) * 10) / 10;
  if (delta === 0) return `${metric.previous}% (=)`;
  return `${metric.previous}% (${delta > 0 ? "+" : ""}${delta})`;
}
function threshold(metric, which) {
  const number = metric[which];
  if (metric.higherIsBetter) return which === "target" ? `\u2265 ${number}%` : `< ${number}%`;
  return which === "target" ? `\u2264 ${number}%` : `> ${number}%`;
}
function healthTitle(report) {
  const alerts = report.alerts.length;
  return alerts === 0 ? "testops health: on target" : `testops health: ${alerts} alert${alerts === 1 ? "" : "s"} (${report.alerts.map((alert) => alert.title.toLowerCase()).join(", ")})`;
}
var testName = (test) => `${escapeMarkdown(test.suite)} \u203A ${escapeMarkdown(test.name)}${test.variant ? ` (${escapeMarkdown(test.variant)})` : ""}`;
function healthMarkdown(report, options = {}) {
  const lines = [HEALTH_MARKER, `## ${healthTitle(report)}`, ""];
  const { window } = report;
  lines.push(
    `Default-branch runs from ${day(window.from)} to ${day(window.to)}: **${window.runs}** (the ${window.previousRuns} of the window before are the comparison).`,
    "",
    "| Metric | Now | Window before | Target | Alert | Status |",
    "|---|---:|---:|---:|---:|---|"
  );
  for (const metric of report.metrics)
    lines.push(
      `| ${metric.title} | ${value(metric.value)} | ${change(metric)} | ${threshold(metric, "target")} | ${threshold(metric, "alert")} | ${ICON[metric.status]} ${WORD[metric.status]} |`
    );
  lines.push("");
  for (const metric of report.metrics) lines.push(`- ${metric.title}: ${escapeMarkdown(metric.detail)}`);
  lines.push("");
  if (report.alerts.length > 0) {
    lines.push("### Alerts", "");
    for (const alert of report.alerts) {
      lines.push(`#### ${alert.title} \u2014 ${alert.priority}, respond ${alert.respondWithin}`, "", escapeMarkdown(alert.summary), "");
      for (const [index, step] of alert.steps.entries()) lines.push(`${index + 1}. ${escapeMarkdown(step)}`);
      lines.push("");
    }
  }
  const { newFlaky, newlySlow, coverageDrops } = report.movers;
  lines.push("### This window's movers", "");
  if (newFlaky.length + newlySlow.length + coverageDrops.length === 0)
    lines.push("No new flaky tests, newly slow tests or coverage drops.", "");
  if (newFlaky.length > 0) {
    lines.push("**New flaky tests**", "", "| Test | Flaked in |", "|---|---:|");
    for (const test of newFlaky) lines.push(`| ${testName(test)} | ${test.flakes} of ${test.runs} runs |`);
    lines.push("");
  }
  if (newlySlow.length > 0) {
    lines.push("**Newly slow tests** (median duration)", "", "| Test | Before | Now |", "|---|---:|---:|");
    for (const test of newlySlow) lines.push(`| ${testName(test)} | ${test.before}s | ${test.now}s |`);
    lines.push("");
  }
  if (coverageDrops.length > 0) {
    lines.push("**Coverage drops** (lines)", "", "| File | Before | Now |", "|---|---:|---:|");
    for (const drop of coverageDrops)
      lines.push(`| ${drop.file === null ? "**total**" : inlineCode(drop.file)} | ${drop.before}% | ${drop.now}% |`);
    lines.push("");
  }
  if (report.suitesOverBudget.length > 0) {
    lines.push("**Suites over their budget** (median)", "", "| Suite | Median | Budget | |", "|---|---:|---:|---:|");
    for (const suite of report.suitesOverBudget)
      lines.push(`| ${escapeMarkdown(suite.suite)} | ${suite.median}s | ${suite.budget}s | ${suite.pct}% |`);
    lines.push("");
  }
  lines.push(
    `<sub>Updated ${report.window.to.replace("T", " ").slice(0, 16)} UTC by testops health${options.runUrl ? ` ([run](${options.runUrl}))` : ""}. Thresholds: \`health:\` in .github/testops.yml.</sub>`,
    ""
  );
  return lines.join("\n");
}

// src/history/source.ts
init_define_TESTOPS_UPLOT();
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
var LOCAL_HISTORY_DIR = ".testops/history";
var NoHistoryError = class extends InputError {
  constructor(message) {
    super(message);
    this.name = "NoHistoryError";
  }
};
async function loadHistory(input) {
  const options = input.since ? { since: input.since } : {};
  if (input.dir) {
    const dir = resolve(input.repoRoot, input.dir);
    if (!existsSync(dir)) throw new NoHistoryError(`history directory ${dir} not found (build one with testops history import DIR)`);
    return { ...await readHistory(dir, options), from: dir };
  }
  if (input.history.store === "branch") {
    const source = await branchSource({ repo: input.repoRoot, branch: input.history.branch });
    if (!source)
      throw new NoHistoryError(
        `branch ${input.history.branch} does not exist on origin yet: a default-branch run with history.store: branch creates it`
      );
    return { ...await readHistory(source, options), from: `branch ${input.history.branch} of origin` };
  }
  const local = join(input.repoRoot, LOCAL_HISTORY_DIR);
  if (existsSync(local)) return { ...await readHistory(local, options), from: LOCAL_HISTORY_DIR };
  throw new NoHistoryError(
    `no history: set history.store: branch in the config (the data branch), or build a local one with testops history import DIR (${LOCAL_HISTORY_DIR})`
  );
}

export {
  assessHealth,
  HEALTH_MARKER,
  healthTitle,
  healthMarkdown,
  LOCAL_HISTORY_DIR,
  NoHistoryError,
  loadHistory
};
