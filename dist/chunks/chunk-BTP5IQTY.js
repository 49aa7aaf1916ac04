import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM,
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    init_define_TESTOPS_UPLOT();
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/errors.ts
init_define_TESTOPS_UPLOT();
var EXIT = { passed: 0, gateFailed: 1, userError: 2, internal: 3 };
var UserError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
    this.name = "UserError";
  }
  kind;
  exitCode = EXIT.userError;
};
var ConfigError = class extends UserError {
  constructor(message) {
    super("config", message);
    this.name = "ConfigError";
  }
};
var UsageError = class extends UserError {
  constructor(message) {
    super("usage", message);
    this.name = "UsageError";
  }
};
var InputError = class extends UserError {
  constructor(message) {
    super("input", message);
    this.name = "InputError";
  }
};
var EventError = class extends UserError {
  constructor(message) {
    super("event", message);
    this.name = "EventError";
  }
};
var GitStateError = class extends UserError {
  constructor(message) {
    super("git", message);
    this.name = "GitStateError";
  }
};
function isParseArgsError(error) {
  return error instanceof TypeError && String(error.code ?? "").startsWith("ERR_PARSE_ARGS");
}
function isUserError(error) {
  return error instanceof UserError || isParseArgsError(error) || error instanceof Error && error.exitCode === 2;
}
function exitCodeForVerdict(conclusion, failOnGates = true) {
  return conclusion === "failure" && failOnGates ? EXIT.gateFailed : EXIT.passed;
}
function describeError(error, where) {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() || "no message";
  const stack = error instanceof Error && error.stack ? error.stack : void 0;
  if (error instanceof UserError) {
    return { code: EXIT.userError, line: error.message.trim(), title: `${where}: ${error.kind} error`, ...stack ? { stack } : {} };
  }
  if (isUserError(error) && !isParseArgsError(error))
    return { code: EXIT.userError, line: message, title: `${where}: usage error`, ...stack ? { stack } : {} };
  if (isParseArgsError(error))
    return {
      code: EXIT.userError,
      line: `${where}: ${message} (see testops --help)`,
      title: `${where}: usage error`,
      ...stack ? { stack } : {}
    };
  const name = error instanceof Error && error.name && error.name !== "Error" ? `${error.name}: ` : "";
  return {
    code: EXIT.internal,
    line: `${where}: internal error, a bug in testops (please report it with this line): ${name}${message}; re-run with debug logging (RUNNER_DEBUG=1, or --debug on the command line) for the stack`,
    title: `${where}: internal error`,
    ...stack ? { stack } : {}
  };
}
function debugEnabled(env = process.env, argv = []) {
  return env.RUNNER_DEBUG === "1" || Boolean(env.TESTOPS_DEBUG) || argv.includes("--debug");
}
function reportError(error, where, write, debug = debugEnabled()) {
  const described = describeError(error, where);
  write(described.line);
  if (debug && described.stack) write(described.stack);
  return described.code;
}

// src/pipeline/paths.ts
init_define_TESTOPS_UPLOT();
import { join } from "node:path";
function pathsUnder(root, baselineDir) {
  return {
    root,
    plan: join(root, "plan.json"),
    runs: join(root, "runs.json"),
    report: join(root, "report.json"),
    comment: join(root, "comment.md"),
    summary: join(root, "summary.md"),
    baseline: baselineDir ?? join(root, "baseline"),
    work: join(root, "work")
  };
}

// src/render/terminal.ts
init_define_TESTOPS_UPLOT();
var import_picocolors = __toESM(require_picocolors(), 1);

// src/render/format.ts
init_define_TESTOPS_UPLOT();

// src/util/rate.ts
init_define_TESTOPS_UPLOT();
function formatRate(fraction) {
  const pct = fraction * 100;
  if (!Number.isFinite(pct)) return "\u2014";
  const text = pct.toFixed(Math.abs(pct) < 10 ? 2 : 1).replace(/\.?0+$/, "");
  return `${text === "-0" ? "0" : text}%`;
}

// src/render/format.ts
function firstLines(text, count = 4, width = 200) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trimEnd()).filter((line) => line.trim() !== "");
  const kept = lines.slice(0, count).map((line) => line.length > width ? `${line.slice(0, width - 1)}\u2026` : line);
  if (lines.length > count) kept.push(`\u2026 ${lines.length - count} more line${lines.length - count === 1 ? "" : "s"}`);
  return kept.join("\n");
}
function plural(count, word, pluralWord = `${word}s`) {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
var NUMBER_FORMATS = [0, 1, 2].map((digits) => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }));
function formatCount(count) {
  return NUMBER_FORMATS[0].format(count);
}
function formatPct(pct) {
  if (pct === null || pct === void 0 || Number.isNaN(pct)) return "\u2014";
  const rounded = Math.round(pct * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}
function formatCoveragePct(pct) {
  if (pct === null || pct === void 0 || Number.isNaN(pct)) return "\u2014";
  const cut2 = Math.floor(pct * 10 + 1e-9) / 10;
  return `${Number.isInteger(cut2) ? cut2.toFixed(0) : cut2.toFixed(1)}%`;
}
function formatSeconds(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "\u2014";
  if (seconds < 1) return `${Math.round(seconds * 1e3)}ms`;
  if (seconds < 60) return `${(Math.round(seconds * 10) / 10).toFixed(1)}s`;
  const totalSeconds = Math.round(seconds);
  if (totalSeconds < 3600) return `${Math.floor(totalSeconds / 60)}m ${String(totalSeconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(totalSeconds / 3600)}h ${String(Math.floor(totalSeconds % 3600 / 60)).padStart(2, "0")}m`;
}
function formatMetric(value, unit) {
  if (value === null || !Number.isFinite(value)) return "\u2014";
  if (unit === "fraction" || unit === "ratio") return formatRate(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const number = NUMBER_FORMATS[digits].format(Number(value.toFixed(digits)));
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}
function formatChange(change) {
  if (change === null || !Number.isFinite(change)) return "\u2014";
  const pct = change * 100;
  const text = Math.abs(pct).toFixed(1);
  if (text === "0.0") return "\xB10.0%";
  return `${pct > 0 ? "+" : "\u2212"}${text}%`;
}
function formatAge(from, to) {
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms)) return "age unknown";
  const minutes = Math.max(0, Math.round(ms / 6e4));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min old`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h old`;
  return `${Math.round(hours / 24)} days old`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function retrySentence(report) {
  const retries = report.retryTime;
  if (!retries) return void 0;
  const commands = retries.commands > 0 ? ` (${plural(retries.commands, "rerun command")})` : "";
  return `Retrying ${plural(retries.tests, "test")}${commands} added ${formatSeconds(retries.seconds)}, ${formatPct(retries.share * 100)} of the suites' time.`;
}
function earlySentence(report) {
  const early = report.suites.flatMap((suite) => suite.early ? [suite.early] : []);
  if (early.length === 0) return void 0;
  const files = early.reduce((sum, entry) => sum + entry.files.length, 0);
  const repeats = early.reduce((sum, entry) => sum + entry.repeats, 0);
  const planned = early.reduce((sum, entry) => sum + entry.planned, 0);
  const seconds = early.reduce((sum, entry) => sum + entry.seconds, 0);
  const budget = early.reduce((sum, entry) => sum + entry.budget, 0);
  const stopped = early.find((entry) => entry.stopped)?.stopped;
  return `Early flake detection: ${plural(files, "changed test file")} repeated ${repeats} of ${plural(planned, "planned time")} (${formatSeconds(seconds)} of a ${formatSeconds(budget)} budget)${stopped ? `; stopped: ${stopped}` : ""}.`;
}
function earlyEvidence(evidence) {
  return evidence.find((line) => /^(new|changed) test failed \d+ of \d+ repeats\b/.test(line));
}

// src/util/arrays.ts
init_define_TESTOPS_UPLOT();
function pushAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function maxOf(values, floor = Number.NEGATIVE_INFINITY) {
  let max = floor;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}
function minOf(values, ceiling = Number.POSITIVE_INFINITY) {
  let min = ceiling;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}

// src/render/terminal.ts
function terminalText(text) {
  return text.replace(/\r\n|\r|\n|\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var baselineReason = (report) => report.baseline.status !== "ok" ? report.baseline.reason : void 0;
function ownProblems(report) {
  const reason = baselineReason(report);
  return report.problems.filter((problem) => !reason || problem.message !== reason);
}
var cut = (text, width) => text.length > width ? `${text.slice(0, Math.max(1, width - 1))}\u2026` : text;
function alignColumns(rows, indent = "  ") {
  const widths = [];
  for (const row of rows) for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, [...cell].length);
  return rows.map(
    (row) => `${indent}${row.map((cell, index) => index === row.length - 1 ? cell : cell + " ".repeat((widths[index] ?? 0) - [...cell].length)).join("  ")}`.trimEnd()
  );
}
var ICON = { pass: "\u2713", warn: "!", fail: "\u2717", skipped: "-" };
function verdictOf(report) {
  const failedGates = report.gates.filter((gate) => gate.status === "fail");
  const blockingFailed = failedGates.filter((gate) => gate.blocking !== false);
  const warned = report.gates.filter((gate) => gate.status === "warn").length;
  const because = [];
  if (report.conclusion === "failure") {
    because.push(
      `${blockingFailed.length || failedGates.length} ${(blockingFailed.length || failedGates.length) === 1 ? "gate" : "gates"} failed`
    );
    return { word: "failed", because };
  }
  if (failedGates.length > 0) because.push(`${failedGates.length} non-blocking ${failedGates.length === 1 ? "gate" : "gates"} failed`);
  if (warned > 0) because.push(`${warned} ${warned === 1 ? "gate" : "gates"} warned`);
  const quarantined = report.failures.filter((failure) => failure.quarantined).length;
  if (quarantined > 0) because.push(`${quarantined} quarantined ${quarantined === 1 ? "test" : "tests"} failed`);
  const unblocking = report.failures.length - quarantined;
  if (unblocking > 0) because.push(`${unblocking} ${unblocking === 1 ? "test" : "tests"} failed without failing a blocking gate`);
  const problems = ownProblems(report).length;
  if (problems > 0) because.push(`${problems} ${problems === 1 ? "problem" : "problems"}`);
  const flaky = report.flaky.filter((entry) => entry.state === "flaky" || entry.state === "broken").length;
  if (flaky > 0) because.push(`${flaky} flaky`);
  if (report.baseline.status !== "ok")
    because.push(report.baseline.status === "missing" ? "no baseline yet" : `baseline ${report.baseline.status}`);
  return { word: because.length > 0 ? "passed with warnings" : "passed", because };
}
function renderTerminal(report, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const width = options.width ?? 100;
  const paint = (status, text) => status === "fail" ? c.red(text) : status === "warn" ? c.yellow(text) : status === "pass" ? c.green(text) : c.dim(text);
  const lines = [];
  const missing = baselineReason(report);
  const shorten = (reason) => missing && reason.includes(missing) ? reason.replace(missing, "no baseline") : reason;
  const verdict = verdictOf(report);
  const icon = verdict.word === "failed" ? c.red("\u2717") : verdict.word === "passed" ? c.green("\u2713") : c.yellow("!");
  const failedTests = report.totals.failed + report.totals.errored;
  const counts = `${formatCount(report.totals.tests - failedTests - report.totals.skipped)} passed, ${formatCount(failedTests)} failed, ${formatCount(report.totals.skipped)} skipped`;
  const word = verdict.word === "failed" ? c.bold(c.red("failed")) : verdict.word === "passed" ? c.bold(c.green("passed")) : c.bold(c.yellow(verdict.word));
  lines.push(`${icon} testops: ${word}${verdict.because.length > 0 ? ` \u2014 ${verdict.because.join(", ")}` : ""} \xB7 ${counts}`);
  const failing = report.gates.filter((gate) => gate.status === "fail");
  if (options.quiet) {
    for (const gate of failing) lines.push(`  ${paint("fail", ICON.fail)} ${gateName(gate)}: ${cut(terminalText(gate.reason), width)}`);
    return `${lines.join("\n")}
`;
  }
  lines.push(c.dim(baselineLine(report)));
  if (typeof report.event.headLabel === "string") lines.push(c.dim(`Tested: ${terminalText(report.event.headLabel)}`));
  const section = (title, body) => {
    if (body.length === 0) return;
    lines.push("", c.bold(title));
    pushAll(lines, body);
  };
  const order = { fail: 0, warn: 1, pass: 2, skipped: 3 };
  const gates = [...report.gates].sort((a, b) => order[a.status] - order[b.status]);
  section(
    "Gates",
    alignColumns(
      gates.map((gate) => [
        ICON[gate.status],
        gateName(gate),
        terminalText(gate.value ?? "\u2014"),
        gate.baseline ? `base ${terminalText(gate.baseline)}` : "",
        terminalText(gate.threshold ?? ""),
        cut(terminalText(shorten(gate.reason)), Math.max(30, width - 60))
      ])
    ).map((line, index) => {
      const gate = gates[index];
      return gate ? paint(gate.status, line.slice(0, 3)) + line.slice(3) : line;
    })
  );
  const failures = report.failures.slice(0, 20).flatMap((failure) => {
    const where = failure.file ? `  ${terminalText(failure.file)}${failure.line ? `:${failure.line}` : ""}` : "";
    const head = `  ${c.red("\u2717")} ${terminalText(failure.suite)} \u203A ${cut(terminalText(failure.name), width - 10)}${c.dim(where)}${failure.quarantined ? c.dim(" (quarantined)") : ""}`;
    const message = failure.message ? [`      ${c.dim(cut(terminalText(failure.message), width - 6))}`] : [];
    return [head, ...message];
  });
  if (report.failures.length > 20) failures.push(c.dim(`  \u2026 and ${report.failures.length - 20} more in report.json`));
  section(`Failures (${formatCount(report.failures.length)})`, failures);
  section(
    "Problems",
    ownProblems(report).slice(0, 20).map(
      (problem) => `  ${c.yellow("!")} ${cut(terminalText(`${problem.suite ? `${problem.suite}: ` : ""}${problem.message}`), width - 4)}`
    )
  );
  section(
    "Suites",
    alignColumns(
      report.suites.map((suite) => [
        suite.selected ? suite.status === "passed" ? "\u2713" : suite.status === "skipped" ? "-" : "\u2717" : "-",
        terminalText(suite.name),
        suite.selected ? suite.status : "skipped",
        suite.selected && suite.status !== "skipped" ? formatSeconds(suite.duration) : "",
        suite.selected && suite.status !== "skipped" ? `${formatCount(suite.tests.tests)} tests` : "",
        cut(terminalText(suite.reasons.join("; ")), Math.max(30, width - 50))
      ])
    ).concat(report.retryTime ? [`  ${retrySentence(report)}`] : [])
  );
  const flaky = report.flaky.filter((entry) => entry.state === "flaky" || entry.state === "broken");
  section(
    "Flaky",
    alignColumns(
      flaky.slice(0, 10).map((entry) => [
        terminalText(entry.suite),
        cut(terminalText(entry.name), 60),
        `${(entry.rate * 100).toFixed(0)}% of ${entry.runs} runs`,
        `${entry.quarantined ? "quarantined" : entry.state}${earlyEvidence(entry.evidence) ? ` (${terminalText(earlyEvidence(entry.evidence))})` : ""}`
      ])
    )
  );
  const perf = report.perf.filter((row) => row.status !== "pass" && row.status !== "skipped").slice(0, 10);
  section(
    "Perf",
    alignColumns(
      perf.map((row) => [
        ICON[row.status],
        `${terminalText(row.scenario)} ${terminalText(row.metric)}`,
        formatMetric(row.head, terminalText(row.unit)),
        row.base === null ? "" : `base ${formatMetric(row.base, terminalText(row.unit))}`,
        formatChange(row.change)
      ])
    )
  );
  if (report.coverage) {
    const { totals, baseline } = report.coverage;
    const pct = (value) => value === null || value === void 0 ? "\u2014" : `${value.toFixed(1)}%`;
    const rows = [
      [`lines ${pct(totals.lines.pct)}`, baseline ? `base ${pct(baseline.lines.pct)}` : "", `branches ${pct(totals.branches?.pct)}`]
    ];
    if (report.coverage.patch)
      rows.push([
        `patch ${pct(report.coverage.patch.pct)}`,
        `${report.coverage.patch.covered} of ${report.coverage.patch.total} changed lines`,
        ""
      ]);
    section("Coverage", alignColumns(rows));
  }
  if (options.reportPath) lines.push("", c.dim(`report: ${options.reportPath}`));
  return `${lines.join("\n")}
`;
}
function gateName(gate) {
  return terminalText(gate.subject ? `${gate.gate} \xB7 ${gate.subject}` : gate.gate);
}
function baselineLine(report) {
  const info = report.baseline;
  const provenance = info.provenance;
  if (info.status === "ok" && provenance)
    return `baseline: ${terminalText(provenance.branch)} at ${shortSha(provenance.commit)}, recorded ${provenance.createdAt.slice(0, 16).replace("T", " ")} UTC`;
  return `baseline: ${terminalText(info.reason ?? info.status)}`;
}

// src/util/redact.ts
init_define_TESTOPS_UPLOT();
var REDACTED = "[redacted]";
var SECRET_SHAPES = [
  /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g,
  // JWT (header.payload.signature, base64url)
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  // GitHub tokens: personal, OAuth, user-to-server, server-to-server, refresh
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  // fine-grained personal tokens
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g,
  // AWS access key ids
  /\bxox[abeoprs]-[A-Za-z0-9-]{10,}/g,
  // Slack tokens
  /\bxapp-\d-[A-Za-z0-9-]{10,}/g,
  // Slack app-level tokens
  /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,}/g,
  // Slack webhooks
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  // PEM, even cut short
  /\b(?:Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{16,}/g
  // Authorization header values
];
var AFTER_NAME = [
  [/(\/\/[^/\s:@]+:)[^@\s/]+@/g, `$1${REDACTED}@`],
  // user:password@ in a URL
  [/(aws_secret_access_key["']?\s*[=:]\s*["']?)[A-Za-z0-9/+]{40}/gi, `$1${REDACTED}`]
  // an AWS secret key after its name
];
var MAY_HOLD_SHAPE = /eyJ|gh[pousr]_|github_pat_|A[A-Z]{3}[0-9A-Z]{16}|xox|xapp-|hooks\.slack|PRIVATE KEY|Bearer|Basic|token|aws_secret|\/\/[^/\s:@]+:/i;
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY/i;
var OWN_VARIABLE = /^TESTOPS_/i;
var MIN_SECRET_LENGTH = 6;
var escapeRegExp = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var Redactor = class {
  values = /* @__PURE__ */ new Set();
  valuePattern;
  /** A secret value to replace wherever it appears; short values are ignored (see MIN_SECRET_LENGTH). */
  add(value) {
    for (const line of (value ?? "").split(/\r?\n/)) {
      const secret = line.trim();
      if (secret.length < MIN_SECRET_LENGTH || this.values.has(secret)) continue;
      this.values.add(secret);
      this.valuePattern = void 0;
    }
  }
  /** The values of variables named like secrets (…_TOKEN, …SECRET…, …PASSWORD…, …KEY…). */
  addEnv(env) {
    for (const [name, value] of Object.entries(env)) if (SECRET_NAME.test(name) && !OWN_VARIABLE.test(name)) this.add(value);
  }
  /** Remember the values of `::add-mask::` commands in a text (a suite's output, say). */
  seeMasks(text) {
    if (!text.includes("::add-mask::")) return;
    for (const match of text.matchAll(/::add-mask::([^\r\n]*)/g)) this.add(match[1]);
  }
  /** Known values plus shapes, replaced. */
  text(text) {
    if (text.length < MIN_SECRET_LENGTH) return text;
    let out = text;
    if (this.values.size > 0) {
      this.valuePattern ??= new RegExp(
        [...this.values].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|"),
        "g"
      );
      out = out.replace(this.valuePattern, REDACTED);
    }
    if (!MAY_HOLD_SHAPE.test(out)) return out;
    for (const shape of SECRET_SHAPES) out = out.replace(shape, REDACTED);
    for (const [pattern, replacement] of AFTER_NAME) out = out.replace(pattern, replacement);
    return out;
  }
  /** A deep copy with every string (keys too) redacted; numbers, booleans and null as they were. */
  deep(value) {
    return this.walk(value);
  }
  walk(value) {
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((entry) => this.walk(entry));
    if (!value || typeof value !== "object") return value;
    const out = {};
    for (const [key, entry] of Object.entries(value)) out[this.text(key)] = this.walk(entry);
    return out;
  }
};
var MAX_HOLD = 1 << 20;
var LONG_LINE_TAIL = 4096;
var StreamRedaction = class {
  constructor(redactor2) {
    this.redactor = redactor2;
  }
  redactor;
  pending = "";
  /** The redacted text that is complete so far. */
  push(text) {
    this.pending += text;
    let cut2 = this.pending.lastIndexOf("\n") + 1;
    const key = this.pending.lastIndexOf("-----BEGIN ");
    if (key !== -1 && key < cut2 && !/-----END [A-Z ]*PRIVATE KEY-----/.test(this.pending.slice(key, cut2))) cut2 = key;
    if (cut2 === 0 && this.pending.length > MAX_HOLD) {
      const space = this.pending.lastIndexOf(" ", this.pending.length - LONG_LINE_TAIL);
      cut2 = space > 0 ? space + 1 : this.pending.length - LONG_LINE_TAIL;
    }
    const out = this.pending.slice(0, cut2);
    this.pending = this.pending.slice(cut2);
    this.redactor.seeMasks(out);
    return out ? this.redactor.text(out) : "";
  }
  /** The rest, redacted. */
  end() {
    this.redactor.seeMasks(this.pending);
    const out = this.pending;
    this.pending = "";
    return out ? this.redactor.text(out) : "";
  }
};
var redactor = new Redactor();

// src/util/log.ts
init_define_TESTOPS_UPLOT();
var escapeData = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (value) => escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(name, message, location2) {
  const props = location2 ? Object.entries({ file: location2.file, line: location2.line, title: location2.title }).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",") : "";
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function actionsLog(writeLine = (line) => process.stdout.write(`${line}
`)) {
  const write = (line) => writeLine(redactor.text(line));
  return {
    info: (message) => write(message),
    warning: (message, location2) => write(command("warning", message, location2)),
    error: (message, location2) => write(command("error", message, location2)),
    notice: (message, location2) => write(command("notice", message, location2)),
    group: (title) => write(`::group::${escapeData(title)}`),
    endGroup: () => write("::endgroup::"),
    debug: (message) => write(`::debug::${escapeData(message)}`)
  };
}
function consoleLog(writeLine = (line) => process.stderr.write(`${line}
`), verbose = false) {
  const write = (line) => writeLine(redactor.text(line));
  const at2 = (location2) => location2?.file ? ` (${location2.file}${location2.line ? `:${location2.line}` : ""})` : "";
  return {
    info: (message) => write(message),
    warning: (message, location2) => write(`warning: ${message}${at2(location2)}`),
    error: (message, location2) => write(`error: ${message}${at2(location2)}`),
    notice: (message, location2) => write(`notice: ${message}${at2(location2)}`),
    group: (title) => write(`\u2500\u2500 ${title}`),
    endGroup: () => {
    },
    debug: (message) => {
      if (verbose) write(`debug: ${message}`);
    }
  };
}

// src/render/escape.ts
init_define_TESTOPS_UPLOT();
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var ZWSP = "\u200B";
function asText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value) || typeof value === "boolean") return String(value);
  return "";
}
function escapeText(value, as = "text") {
  const text = asText(value);
  switch (as) {
    case "html":
      return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
    case "code":
      return codeSpan(text);
    case "block":
      return fencedBlock(text);
    default:
      return markdownText(text);
  }
}
function markdownText(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`).replace(/[&<>]/g, (char) => HTML_ESCAPES[char]).replace(
    /^(\s*)([-+]|#{1,6}|\d{1,9}[.)])(?=\s|$)/,
    (_all, space, mark) => /\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`
  ).replace(/@(?=\w)/g, `@${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`).replace(/(#|\bGH-)(?=\d)/gi, (mark) => `${mark}${ZWSP}`);
}
var inertCode = (text) => text.replace(/<!--/g, `<${ZWSP}!--`).replace(/@(?=\w)/g, `@${ZWSP}`);
function longestBacktickRun(text, floor) {
  let longest = floor;
  for (const run of text.matchAll(/`+/g)) if (run[0].length > longest) longest = run[0].length;
  return longest;
}
function codeSpan(text) {
  const flat = inertCode(text.replace(/[\r\n\t]+/g, " "));
  const longestRun = longestBacktickRun(flat, 0);
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function fencedBlock(text) {
  const longestRun = longestBacktickRun(text, 2);
  const fence = "`".repeat(longestRun + 1);
  return `${fence}text
${inertCode(text.replace(/\r\n?/g, "\n"))}
${fence}`;
}

// src/render/links.ts
init_define_TESTOPS_UPLOT();
function serverOf(event) {
  const server = (event.serverUrl ?? "").replace(/\/+$/, "");
  return /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) ? server : "https://github.com";
}
function linksFor(event) {
  const server = serverOf(event);
  const repo = event.repo ? `${server}/${encodeURIComponent(event.repo.owner)}/${encodeURIComponent(event.repo.repo)}` : void 0;
  const runId = typeof event.runId === "string" && /^\d+$/.test(event.runId) ? event.runId : void 0;
  const run = repo && runId ? `${repo}/actions/runs/${runId}` : void 0;
  return {
    file(path, line) {
      const sha = event.prHeadSha ?? event.headSha;
      if (!repo || !sha || !/^[0-9a-f]{7,64}$/i.test(sha) || typeof path !== "string" || /^(\/|[a-zA-Z]:)/.test(path)) return void 0;
      const encoded = path.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
      const lineNumber = Number.isInteger(line) && line > 0 ? line : void 0;
      return `${repo}/blob/${sha}/${encoded}${lineNumber ? `#L${lineNumber}` : ""}`;
    },
    commit(sha) {
      return repo && typeof sha === "string" && /^[0-9a-f]{7,64}$/i.test(sha) ? `${repo}/commit/${sha}` : void 0;
    },
    run: () => run,
    artifacts: () => run ? `${run}#artifacts` : void 0,
    issue(number) {
      return repo && Number.isInteger(number) && number > 0 ? `${repo}/issues/${number}` : void 0;
    }
  };
}
function externalUrl(url) {
  if (typeof url !== "string") return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password) return void 0;
  return parsed.href.replace(/[()<>\s"'`\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

// src/render/annotations.ts
init_define_TESTOPS_UPLOT();

// src/render/sections.ts
init_define_TESTOPS_UPLOT();

// src/render/mermaid.ts
init_define_TESTOPS_UPLOT();
var CHART_POINTS = 20;
function chartLabel(text, max = 40) {
  const clean = text.replace(/[^\p{L}\p{N} _.,:/()+\-·›]/gu, " ").replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean || "?" : `${clean.slice(0, max - 1)}\u2026`;
}
function num(value) {
  if (!Number.isFinite(value)) return "0";
  const rounded = Number(value.toPrecision(4));
  return Math.abs(rounded) < 1e-6 ? "0" : String(rounded).replace(/e\+?(-?\d+)$/, (_, exp) => `e${exp}`);
}
var list = (values) => `[${values.join(", ")}]`;
var quoted = (labels) => list(labels.map((label) => `"${chartLabel(label, 16)}"`));
var PALETTE = { history: "#0969da", baseline: "#8c959f", bars: "#54aeff", budget: "#cf222e", typical: "#8c959f" };
function block(palette, lines) {
  return [
    "```mermaid",
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${palette.join(", ")}"`,
    "---",
    "xychart-beta",
    ...lines.map((line) => `  ${line}`),
    "```"
  ].join("\n");
}
function perfChart(entry) {
  const history = (entry.history ?? []).filter((point) => Number.isFinite(point.value)).slice(-CHART_POINTS);
  if (history.length === 0 || !Number.isFinite(entry.head)) return void 0;
  const labels = [...history.map((_, index) => `-${history.length - index}`), "this run"];
  const values = [...history.map((point) => point.value), entry.head];
  const lines = [
    `title "${chartLabel(`${entry.scenario} \xB7 ${entry.metric} (${entry.unit})`, 60)}"`,
    `x-axis ${quoted(labels)}`,
    `y-axis "${chartLabel(entry.unit, 16)}"`,
    `line ${list(values.map(num))}`
  ];
  if (entry.base !== null && Number.isFinite(entry.base)) lines.push(`line ${list(values.map(() => num(entry.base)))}`);
  return block([PALETTE.history, PALETTE.baseline], lines);
}
function perfChartCaption(entry) {
  const count = Math.min(entry.history?.length ?? 0, CHART_POINTS);
  const base = entry.base !== null && Number.isFinite(entry.base) ? `; the flat line is the baseline it was compared with (${formatMetric(entry.base, entry.unit)})` : "";
  return `*${chartLabel(entry.scenario, 60)} \xB7 ${chartLabel(entry.metric, 40)}: the last ${count} default-branch runs, then this run (${formatMetric(entry.head, entry.unit)})${base}.*`;
}
function perfCharts(report) {
  return report.perf.flatMap((entry) => {
    const chart = perfChart(entry);
    return chart ? [`${chart}

${perfChartCaption(entry)}`] : [];
  });
}
var median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
function timedSuites(report) {
  return report.suites.filter(
    (suite) => suite.selected && Number.isFinite(suite.duration) && (suite.budget !== void 0 || (suite.history?.length ?? 0) > 0)
  );
}
function durationChart(report) {
  const suites = timedSuites(report).filter((suite) => (suite.history?.length ?? 0) > 0);
  if (suites.length === 0) return void 0;
  const budgets = suites.every((suite) => suite.budget !== void 0);
  const typical = suites.map((suite) => median((suite.history ?? []).slice(-CHART_POINTS)));
  const top = maxOf(typical, maxOf(suites.map((suite) => Math.max(suite.duration, budgets ? suite.budget : 0)))) * 1.1;
  const lines = [
    `title "Suite times (seconds)"`,
    `x-axis ${quoted(suites.map((suite) => suite.name))}`,
    `y-axis "seconds" 0 --> ${num(top > 0 ? top : 1)}`,
    `bar ${list(suites.map((suite) => num(suite.duration)))}`
  ];
  if (budgets) lines.push(`line ${list(suites.map((suite) => num(suite.budget)))}`);
  lines.push(`line ${list(typical.map(num))}`);
  return block(budgets ? [PALETTE.bars, PALETTE.budget, PALETTE.typical] : [PALETTE.bars, PALETTE.typical], lines);
}
function durationChartCaption(report) {
  const suites = timedSuites(report).filter((suite) => (suite.history?.length ?? 0) > 0);
  const budgets = suites.every((suite) => suite.budget !== void 0);
  const budgetNote = budgets ? "the first line is each suite\u2019s budget, the second its typical time (the median of its last 20 default-branch runs)" : `the line is each suite\u2019s typical time (the median of its last 20 default-branch runs)${suites.some((suite) => suite.budget !== void 0) ? `; budgets: ${suites.filter((suite) => suite.budget !== void 0).map((suite) => `${chartLabel(suite.name, 40)} ${formatSeconds(suite.budget)}`).join(", ")}` : ""}`;
  return `*Bars are this run\u2019s times; ${budgetNote}.*`;
}

// src/render/mermaid-sections.ts
init_define_TESTOPS_UPLOT();
var DURATION_PRIORITY = 35;
var used = (duration, budget) => budget && budget > 0 ? `${Math.round(duration / budget * 100)}\xA0%` : "\u2014";
function durationSection(report) {
  const suites = timedSuites(report);
  if (suites.length === 0) return void 0;
  const over = suites.filter((suite) => suite.budget !== void 0 && suite.duration > suite.budget).length;
  const title = `\u23F2\uFE0F Duration: ${plural(suites.length, "suite")} timed${over > 0 ? `, ${over} over budget` : ""}`;
  const chart = durationChart(report);
  if (chart) return { key: "durations", priority: DURATION_PRIORITY, title, intro: [chart, "", durationChartCaption(report)] };
  return {
    key: "durations",
    priority: DURATION_PRIORITY,
    title,
    block: {
      kind: "table",
      header: ["Suite", "This run", "Budget", "Used"],
      align: ["l", "r", "r", "r"],
      rows: suites.map((suite) => [
        escapeText(suite.name),
        formatSeconds(suite.duration),
        suite.budget !== void 0 ? formatSeconds(suite.budget) : "\u2014",
        used(suite.duration, suite.budget)
      ])
    },
    outro: ["_No default-branch history of these suites yet: the chart appears once the baseline has some._"]
  };
}

// src/render/vocabulary.ts
init_define_TESTOPS_UPLOT();
var NBSP = "\xA0";
function lookup(words, fallback) {
  return (value) => typeof value === "string" && Object.hasOwn(words, value) ? words[value] : fallback;
}
function isOneOf(words, value) {
  return typeof value === "string" && Object.hasOwn(words, value);
}
var gateStatus = lookup(
  { pass: `\u2705${NBSP}pass`, warn: `\u26A0\uFE0F${NBSP}warn`, fail: `\u274C${NBSP}fail`, skipped: `\u23ED\uFE0F${NBSP}skipped` },
  `\u2754${NBSP}unknown`
);
var GATE_NAMES = {
  baseline: "baseline",
  coverage: "coverage",
  duration: "duration",
  flakiness: "flakiness",
  level: "level",
  "pass-rate": "pass-rate",
  "patch-coverage": "patch-coverage",
  perf: "perf",
  resilience: "resilience",
  security: "security",
  tests: "tests"
};
var gateName2 = lookup(GATE_NAMES, "unknown gate");
var SEVERITIES = { critical: "critical", high: "high", medium: "medium", low: "low", info: "info" };
var severity = lookup(SEVERITIES, "unknown");
var statusWord = lookup(
  Object.fromEntries(
    [
      ...["pass", "warn", "fail", "skipped"],
      ...["passed", "failed", "errored", "timeout", "cancelled", "flaky", "broken", "stable", "cleared"],
      ...["critical", "high", "medium", "low", "info"],
      ...["ok", "missing", "corrupt", "too-old", "unavailable"]
    ].map((word) => [word, word])
  ),
  "unknown"
);
var flakyState = lookup(
  { flaky: "flaky", broken: "broken", stable: "stable", cleared: "cleared" },
  "unknown"
);
var suiteStatus = lookup(
  {
    passed: `\u2705${NBSP}passed`,
    failed: `\u274C${NBSP}failed`,
    timeout: `\u23F1\uFE0F${NBSP}timed out`,
    errored: `\u274C${NBSP}errored`,
    skipped: `\u23ED\uFE0F${NBSP}skipped`,
    cancelled: `\u{1F6AB}${NBSP}cancelled`
  },
  `\u2754${NBSP}unknown`
);
var problemKind = lookup(
  {
    "parse-error": "parse-error",
    "missing-report": "missing-report",
    "no-report": "no-report",
    timeout: "timeout",
    crash: "crash",
    service: "service",
    cancelled: "cancelled",
    config: "config",
    baseline: "baseline",
    github: "github",
    other: "other"
  },
  "problem"
);
var baselineStatus = lookup(
  {
    ok: "Baseline information is incomplete",
    missing: "No baseline was found",
    corrupt: "The baseline could not be read",
    "too-old": "The baseline is too old to compare with",
    unavailable: "The baseline is unavailable"
  },
  "The baseline is in an unknown state"
);

// src/render/sections.ts
var STATUS_ORDER = { fail: 0, warn: 1, skipped: 2, pass: 3 };
var SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
var rank = (order, value) => isOneOf(order, value) ? order[value] : 99;
var PRIORITY = {
  gates: 95,
  failures: 90,
  problems: 85,
  security: 70,
  flaky: 60,
  levels: 65,
  perf: 50,
  coverage: 45,
  impact: 30,
  determinism: 20,
  retries: 55,
  shards: 25
};
function overallVerdict(report) {
  if (report.conclusion !== "success") return "failure";
  const warned = report.gates.some((gate) => gate.status === "warn" || gate.status === "fail") || report.failures.length > 0 || report.problems.length > 0 || report.baseline.status !== "ok" || report.flaky.some((entry) => entry.state === "flaky" || entry.state === "broken");
  return warned ? "warning" : "success";
}
function headline(report) {
  const verdict = overallVerdict(report);
  const icon = { success: "\u2705", warning: "\u26A0\uFE0F", failure: "\u274C" }[verdict];
  const because = verdict === "warning" ? verdictOf(report).because : [];
  const text = `${{ success: "All checks passed", warning: "Passed with warnings", failure: "Failed" }[verdict]}${because.length > 0 ? ` (${because.map((reason) => escapeText(reason)).join(", ")})` : ""}`;
  const failedGates = report.gates.filter((gate) => gate.status === "fail").length;
  const warnedGates = report.gates.filter((gate) => gate.status === "warn").length;
  const failedTests = report.totals.failed + report.totals.errored;
  const flaky = report.flaky.filter((entry) => entry.state === "flaky").length;
  const counts = [
    `**${failedGates}** ${failedGates === 1 ? "gate" : "gates"} failed`,
    `**${warnedGates}** warned`,
    `**${formatCount(failedTests)}** of ${formatCount(report.totals.tests)} tests failed`,
    `**${flaky}** flaky`
  ];
  return `### ${icon} testops: ${text}

${counts.join(" \xB7 ")}`;
}
function baselineLine2(report, links) {
  const info = report.baseline;
  const provenance = info.provenance;
  if (info.status === "ok" && provenance) {
    const commitLink = links.commit(provenance.commit);
    const commit = commitLink ? `[${escapeText(shortSha(provenance.commit), "code")}](${commitLink})` : escapeText(shortSha(provenance.commit), "code");
    return `Baseline: ${escapeText(provenance.branch, "code")} at ${commit}, ${formatAge(provenance.createdAt, report.createdAt)}.`;
  }
  const what = baselineStatus(info.status);
  const reason = info.reason ? `: ${escapeText(info.reason)}` : "";
  return `\u26A0\uFE0F **${what}**${reason}. Gates that compare with the default branch were skipped: they did not pass, they were not checked.`;
}
function gatesSection(report) {
  const provenance = report.baseline.status === "ok" ? report.baseline.provenance : void 0;
  const baselineNote = provenance ? `<br><sub>${escapeText(shortSha(provenance.commit))}, ${formatAge(provenance.createdAt, report.createdAt)}</sub>` : "";
  const gates = [...report.gates].sort((a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status));
  return {
    key: "gates",
    priority: PRIORITY.gates,
    title: "Quality gates",
    inline: true,
    intro: gates.length === 0 ? ["No quality gates were evaluated."] : void 0,
    block: gates.length === 0 ? void 0 : {
      kind: "table",
      header: ["Gate", "Status", "Value", "Baseline", "Threshold", "Why"],
      rows: gates.map((gate) => [
        `${gateName2(gate.gate)}${gate.subject ? ` \xB7 ${escapeText(gate.subject)}` : ""}`,
        `${gateStatus(gate.status)}${gate.blocking === false && gate.status === "fail" ? " (not blocking)" : ""}`,
        escapeText(gate.value ?? "\u2014"),
        // the gates already write "value @ commit, age"; add the provenance only where they did not
        gate.baseline === null ? "\u2014" : `${escapeText(gate.baseline)}${provenance && String(gate.baseline).includes(shortSha(provenance.commit)) ? "" : baselineNote}`,
        escapeText(gate.threshold ?? "\u2014"),
        escapeText(gate.reason)
      ])
    }
  };
}
function location(links, file, line) {
  if (!file) return "";
  const text = escapeText(line ? `${file}:${line}` : file, "code");
  const url = links.file(file, line);
  return url ? `[${text}](${url})` : text;
}
function failuresSection(report, links) {
  if (report.failures.length === 0) return void 0;
  const failures = [...report.failures].sort((a, b) => Number(a.quarantined ?? false) - Number(b.quarantined ?? false));
  const entries = failures.map((failure) => {
    const where = location(links, failure.file, failure.line);
    const head = [
      `- **${escapeText(failure.name)}**`,
      escapeText(failure.suite),
      where,
      failure.status === "errored" ? "errored" : "",
      failure.quarantined ? "_quarantined: does not fail the job_" : ""
    ].filter(Boolean).join(" \xB7 ");
    if (!failure.message?.trim()) return `${head}
  <sub>no failure message in the report</sub>`;
    return `${head}
${escapeText(firstLines(failure.message), "block").split("\n").map((line) => `  ${line}`).join("\n")}`;
  });
  const quarantined = failures.filter((failure) => failure.quarantined).length;
  return {
    key: "failures",
    priority: PRIORITY.failures,
    title: `\u274C Failed tests (${formatCount(failures.length)}${quarantined ? `, ${quarantined} quarantined` : ""})`,
    open: true,
    block: { kind: "entries", entries }
  };
}
function allProblems(report) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const problem of [...report.problems, ...report.suites.flatMap((suite) => suite.problems)]) {
    const key = `${problem.kind}\0${problem.suite ?? ""}\0${problem.file ?? ""}\0${problem.line ?? ""}\0${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
function problemsSection(report, links) {
  const problems = allProblems(report).filter((problem) => problem.kind !== "baseline" || report.baseline.status === "ok");
  if (problems.length === 0) return void 0;
  return {
    key: "problems",
    priority: PRIORITY.problems,
    title: `\u26A0\uFE0F ${plural(problems.length, "problem")} while running or reading reports`,
    open: true,
    block: {
      kind: "entries",
      entries: problems.map(
        (problem) => [
          `- **${problemKind(problem.kind)}**`,
          problem.suite ? `in ${escapeText(problem.suite)}` : "",
          location(links, problem.file, problem.line),
          `: ${escapeText(problem.message)}`
        ].filter(Boolean).join(" ").replace(/ : /, ": ")
      )
    }
  };
}
function impactSection(report) {
  const run = report.suites.filter((suite) => suite.selected);
  const skipped = report.suites.filter((suite) => !suite.selected);
  const changed = report.changedFiles === null ? "full run (no diff computed)" : `${plural(report.changedFiles, "changed file")}`;
  const reasons = (list2) => {
    const shown = list2.slice(0, 3).map((reason) => escapeText(reason));
    if (list2.length > 3) shown.push(`\u2026 ${list2.length - 3} more`);
    return shown.join("<br>") || "\u2014";
  };
  const retriesOf = (name) => {
    const retried = report.retryTime?.suites.find((entry) => entry.suite === name);
    return retried ? `<br><sub>${formatSeconds(retried.seconds)} of it retries</sub>` : "";
  };
  return {
    key: "impact",
    priority: PRIORITY.impact,
    title: `\u{1F3AF} Impact: ${run.length} of ${plural(report.suites.length, "suite")} run, ${changed}`,
    block: {
      kind: "table",
      header: ["Suite", "Result", "Tests", "Duration", "Why"],
      rows: [...run, ...skipped].map((suite) => [
        escapeText(suite.name),
        suite.selected ? suiteStatus(suite.status) : "\u23ED\uFE0F\xA0not run",
        suite.selected ? `${formatCount(suite.tests.passed)} passed, ${formatCount(suite.tests.failed + suite.tests.errored)} failed, ${formatCount(suite.tests.skipped)} skipped` : "\u2014",
        suite.selected ? `${formatSeconds(suite.duration)}${suite.budget ? ` of ${formatSeconds(suite.budget)} budget` : ""}${retriesOf(suite.name)}` : "\u2014",
        reasons(suite.reasons)
      ])
    }
  };
}
function lineRanges(lines, max = 20) {
  const ranges = [];
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    ranges.push(end === index ? `${sorted[index]}` : `${sorted[index]}-${sorted[end]}`);
    index = end + 1;
  }
  return ranges.length > max ? `${ranges.slice(0, max).join(", ")}, \u2026 ${ranges.length - max} more` : ranges.join(", ");
}
function coverageSection(report, links) {
  const coverage = report.coverage;
  if (!coverage) return void 0;
  const delta = (head, base) => {
    if (base === void 0 || base === null || head === null) return "\u2014";
    const points = head - base;
    if (Math.abs(points) < 0.05) return "\xB10.0";
    return `${points > 0 ? "+" : "\u2212"}${Math.abs(points).toFixed(1)} pts`;
  };
  const ratio = (covered, total) => `${formatCount(covered)} / ${formatCount(total)}`;
  const rows = ["lines", "branches", "functions"].filter((kind) => coverage.totals[kind].total > 0 || (coverage.baseline?.[kind].total ?? 0) > 0).map((kind) => [
    kind[0].toUpperCase() + kind.slice(1),
    `${formatCoveragePct(coverage.totals[kind].pct)} (${ratio(coverage.totals[kind].covered, coverage.totals[kind].total)})`,
    coverage.baseline ? formatCoveragePct(coverage.baseline[kind].pct) : "\u2014",
    delta(coverage.totals[kind].pct, coverage.baseline?.[kind].pct)
  ]);
  const patch = coverage.patch;
  if (patch) {
    rows.push([
      "Patch (changed lines)",
      patch.pct === null ? "no coverable changed lines" : `${formatCoveragePct(patch.pct)} (${ratio(patch.covered, patch.total)})`,
      "\u2014",
      "\u2014"
    ]);
  }
  const intro = [
    `Total line coverage **${formatCoveragePct(coverage.totals.lines.pct)}**${coverage.baseline ? ` (baseline ${formatCoveragePct(coverage.baseline.lines.pct)})` : " (no baseline to compare with)"}${patch && patch.pct !== null ? `, patch coverage **${formatCoveragePct(patch.pct)}**` : ""}.`,
    "",
    ["| Coverage | Head | Baseline | Change |", "| --- | --- | --- | --- |", ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n")
  ];
  const uncovered = (patch?.files ?? []).filter((file) => file.missing.length > 0);
  if (uncovered.length > 0) {
    intro.push("", "**Changed lines not covered**", "");
    for (const file of uncovered.slice(0, 10)) {
      intro.push(`- ${location(links, file.path, file.missing[0])}: lines ${lineRanges(file.missing)}`);
    }
    if (uncovered.length > 10) intro.push(`- \u2026 ${uncovered.length - 10} more files`);
  }
  const drops = [...coverage.drops].sort((a, b) => b.before - b.after - (a.before - a.after));
  if (drops.length > 0) intro.push("", "**Files that lost the most**");
  return {
    key: "coverage",
    priority: PRIORITY.coverage,
    title: `\u{1F4CA} Coverage: ${formatCoveragePct(coverage.totals.lines.pct)}${patch && patch.pct !== null ? `, patch ${formatCoveragePct(patch.pct)}` : ""}`,
    intro,
    block: drops.length > 0 ? {
      kind: "table",
      header: ["File", "Before", "After", "Change"],
      rows: drops.map((drop) => [
        location(links, drop.path),
        formatCoveragePct(drop.before),
        formatCoveragePct(drop.after),
        delta(drop.after, drop.before)
      ])
    } : void 0
  };
}
function perfSection(report) {
  if (report.perf.length === 0) return void 0;
  const perf = [...report.perf].sort((a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status));
  const regressions = perf.filter((entry) => entry.status === "fail" || entry.status === "warn").length;
  const charts = perfCharts({ ...report, perf });
  return {
    key: "perf",
    priority: PRIORITY.perf,
    title: `\u23F1\uFE0F Performance: ${plural(perf.length, "metric")}, ${plural(regressions, "regression")}`,
    block: {
      kind: "table",
      header: ["Scenario", "Metric", "Base", "Head", "Change", "Verdict", "Can detect"],
      align: ["l", "l", "r", "r", "r", "l", "l"],
      rows: perf.map((entry) => [
        escapeText(entry.scenario),
        escapeText(entry.metric),
        entry.base === null ? "no baseline" : escapeText(formatMetric(entry.base, entry.unit)),
        escapeText(formatMetric(entry.head, entry.unit)),
        formatChange(entry.change),
        `${gateStatus(entry.status)}${entry.rule ? ` <sub>${escapeText(entry.rule)}</sub>` : ""}`,
        perfNoise(entry)
      ])
    },
    // each gated metric with default-branch history as a chart (none without history: the table is it)
    ...charts.length > 0 ? { outro: charts.flatMap((chart, index) => index > 0 ? ["", chart] : [chart]) } : {}
  };
}
function perfNoise(entry) {
  const detectable = typeof entry.detectable === "number" && Number.isFinite(entry.detectable) ? entry.detectable : null;
  const parts = [];
  if (detectable !== null)
    parts.push(`${entry.rule === "too-noisy" ? "too noisy: " : ""}\xB1${formatChange(detectable).replace(/^[+−-]/, "")}`);
  const runs = entry.runs;
  if (runs && Number.isFinite(runs.used) && Number.isFinite(runs.window)) parts.push(`${runs.used} of ${runs.window} runs`);
  const step = entry.step;
  if (step && Number.isFinite(step.change) && Number.isFinite(step.runsAgo))
    parts.push(`step ${formatChange(step.change)} ${step.runsAgo} runs ago`);
  return parts.length > 0 ? parts.join(", ") : "\u2014";
}
function securitySection(report, links) {
  const security = report.security;
  const total = Object.values(security.counts).reduce((sum, count) => sum + count, 0);
  if (security.newFindings.length === 0 && total === 0 && security.existing === 0) return void 0;
  const findings = [...security.newFindings].sort((a, b) => rank(SEVERITY_ORDER, a.severity) - rank(SEVERITY_ORDER, b.severity));
  const bySeverity = Object.keys(SEVERITY_ORDER).filter((level) => Number.isFinite(security.counts[level]) && security.counts[level] > 0).map((level) => `${formatCount(security.counts[level])} ${level}`).join(", ");
  const classed = report.baseline.status === "ok";
  const summary = classed ? `${plural(findings.length, "new finding")} (not in the baseline), ${formatCount(security.existing)} already known.` : `${plural(findings.length, "finding")} that may be new: there is no baseline to tell new findings from known ones${security.existing > 0 ? ` (${formatCount(security.existing)} marked known by the tool's baselineState)` : ""}.`;
  return {
    key: "security",
    priority: PRIORITY.security,
    title: classed ? `\u{1F512} Security: ${plural(findings.length, "new finding")}` : `\u{1F512} Security: ${plural(findings.length, "finding")}, no baseline`,
    intro: [`${summary}${bySeverity ? ` All findings by severity: ${bySeverity}.` : ""}`],
    block: findings.length > 0 ? {
      kind: "table",
      header: ["Severity", "Rule", "Where", "Message", "Tool"],
      rows: findings.map((finding) => [
        severity(finding.severity),
        ruleLink(finding.rule, finding.url),
        finding.file ? location(links, finding.file, finding.line) : finding.package ? escapeText(finding.package, "code") : "\u2014",
        escapeText(firstLines(finding.message, 1, 160)),
        escapeText(finding.tool)
      ])
    } : void 0
  };
}
function flakySection(report, links) {
  if (report.flaky.length === 0 && report.totals.flaky === 0) return void 0;
  const flaky = [...report.flaky].sort((a, b) => b.rate - a.rate);
  const retried = Array.isArray(report.retries) && report.retries.length > 0 ? void 0 : retrySentence(report);
  const early = earlySentence(report);
  const intro = [
    `${report.totals.flaky > 0 ? `${plural(report.totals.flaky, "test")} failed and then passed on retry in this run.` : "No test failed and then passed on retry in this run."}${retried ? ` ${retried}` : ""}${early ? ` ${escapeText(early)}` : ""}`
  ];
  return {
    key: "flaky",
    priority: PRIORITY.flaky,
    title: `\u{1F3B2} Flaky tests (${flaky.filter((entry) => entry.state === "flaky").length})`,
    intro,
    block: flaky.length > 0 ? {
      kind: "table",
      header: ["Test", "Suite", "Failure rate", "Runs", "State", "Quarantined", "Issue"],
      rows: flaky.map((entry) => [
        `${escapeText(entry.name)}${entry.file ? `<br>${location(links, entry.file, entry.line)}` : ""}`,
        escapeText(entry.suite),
        `${formatPct(entry.rate * 100)} <sub>(${formatPct(entry.low * 100)}\u2013${formatPct(entry.high * 100)})</sub>`,
        formatCount(entry.runs),
        `${flakyState(entry.state)}${earlyEvidence(entry.evidence) ? `<br><sub>${escapeText(earlyEvidence(entry.evidence))}</sub>` : ""}`,
        entry.quarantined === true ? "yes" : "no",
        issueLink(links, entry.issueNumber)
      ])
    } : void 0
  };
}
function levelsSection(report) {
  const rows = Array.isArray(report.levels) ? report.levels.filter((row) => row && typeof row.subject === "string") : [];
  if (rows.length === 0) return void 0;
  const number = (value) => typeof value === "number" && Number.isFinite(value) ? value : null;
  const failing = rows.filter((row) => row.status === "fail").length;
  return {
    key: "levels",
    priority: PRIORITY.levels,
    title: `\u{1F9EA} Test levels: ${plural(rows.length, "level")}${failing > 0 ? `, ${failing} failing` : ""}`,
    block: {
      kind: "table",
      header: ["Level", "Suites", "Pass rate", "Policy", "Time", "Flaky", "Verdict"],
      align: ["l", "l", "r", "l", "r", "r", "l"],
      rows: [...rows].sort((a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status)).map((row) => {
        const tests = number(row.tests);
        const failed = number(row.failed);
        const passRate = number(row.passRate);
        const seconds = number(row.seconds);
        const budget = number(row.budget);
        const flaky = number(row.flakyRate);
        return [
          escapeText(row.subject),
          escapeText(Array.isArray(row.suites) ? row.suites.filter((suite) => typeof suite === "string").join(", ") : ""),
          passRate === null ? "\u2014" : `${formatPct(passRate)}${tests !== null && failed !== null ? ` (${formatCount(failed)} of ${formatCount(tests)} failed)` : ""}`,
          escapeText(row.policy),
          seconds === null ? "\u2014" : budget !== null && budget > 0 ? `${formatSeconds(seconds)} of ${formatSeconds(budget)} (${Math.round(seconds / budget * 100)}%)` : formatSeconds(seconds),
          flaky === null ? "\u2014" : formatPct(flaky),
          `${gateStatus(row.status)}${typeof row.reason === "string" ? ` <sub>${escapeText(row.reason)}</sub>` : ""}`
        ];
      })
    }
  };
}
function retriesSection(report) {
  const rows = Array.isArray(report.retries) ? report.retries.filter((row) => row && typeof row.suite === "string" && typeof row.result === "string") : [];
  if (rows.length === 0) return void 0;
  const stillFailing = rows.filter((row) => row.result !== "passed").length;
  const str = (value) => typeof value === "string" ? value : "";
  const added = retrySentence(report);
  return {
    key: "retries",
    priority: PRIORITY.retries,
    title: `\u{1F502} Retries (${formatCount(rows.length)}${stillFailing > 0 ? `, ${formatCount(stillFailing)} still failing` : ""})`,
    ...added ? { intro: [added] } : {},
    block: {
      kind: "table",
      header: ["Suite", "Attempt", "Why", "Reran", "Result"],
      rows: rows.map((row) => {
        const failure = row.failure && typeof row.failure.name === "string" ? `<br><sub>${escapeText(row.failure.name)}${row.failure.message ? `: ${escapeText(firstLines(str(row.failure.message), 1, 160))}` : ""}</sub>` : "";
        return [
          escapeText(row.suite),
          typeof row.attempt === "number" ? formatCount(row.attempt) : "\u2014",
          escapeText(str(row.reason)),
          escapeText(str(row.scope)),
          `${row.result === "passed" ? "\u2705" : "\u274C"}\xA0${escapeText(row.result)}${failure}`
        ];
      })
    }
  };
}
function shardsSection(report) {
  const rows = Array.isArray(report.shards) ? report.shards.filter((row) => row && typeof row.suite === "string" && typeof row.shard === "string" && typeof row.actual === "number") : [];
  if (rows.length === 0) return void 0;
  const longest = rows.reduce((most, row) => Math.max(most, row.actual), 0);
  return {
    key: "shards",
    priority: PRIORITY.shards,
    title: `\u{1F9E9} Shards: ${plural(rows.length, "shard")}, longest ${formatSeconds(longest)}`,
    block: {
      kind: "table",
      header: ["Suite", "Shard", "Expected", "Actual"],
      align: ["l", "l", "r", "r"],
      rows: rows.map((row) => [
        escapeText(row.suite),
        escapeText(row.shard),
        typeof row.expected === "number" && Number.isFinite(row.expected) ? formatSeconds(row.expected) : "\u2014",
        formatSeconds(row.actual)
      ])
    }
  };
}
function determinismSection(report) {
  const measured = report.determinism.filter((entry) => entry.total > 0);
  if (measured.length === 0) return void 0;
  const worst = minOf(measured.map((entry) => entry.ratio));
  return {
    key: "determinism",
    priority: PRIORITY.determinism,
    title: `\u{1F501} Determinism: ${formatPct(worst * 100)} identical outcomes at worst`,
    block: {
      kind: "table",
      header: ["Suite", "Repeats", "Identical outcomes", "Ratio"],
      rows: measured.sort((a, b) => a.ratio - b.ratio).map((entry) => [
        escapeText(entry.suite),
        formatCount(entry.repeats),
        `${formatCount(entry.identical)} of ${formatCount(entry.total)}`,
        formatPct(entry.ratio * 100)
      ])
    }
  };
}
function buildSections(report) {
  const links = linksFor(report.event);
  return [
    gatesSection(report),
    failuresSection(report, links),
    problemsSection(report, links),
    impactSection(report),
    durationSection(report),
    coverageSection(report, links),
    levelsSection(report),
    perfSection(report),
    securitySection(report, links),
    flakySection(report, links),
    retriesSection(report),
    shardsSection(report),
    determinismSection(report)
  ].filter((section) => section !== void 0);
}
function footer(report, links = linksFor(report.event)) {
  const sha = report.event.prHeadSha ?? report.event.headSha;
  const commitUrl = sha ? links.commit(sha) : void 0;
  const runUrl = links.run();
  const attempt = report.event.runAttempt;
  const parts = [
    sha ? commitUrl ? `commit [${escapeText(shortSha(sha))}](${commitUrl})` : `commit ${escapeText(shortSha(sha))}` : "",
    runUrl ? `[run ${escapeText(report.event.runId)}${Number.isInteger(attempt) && attempt > 1 ? ` (attempt ${attempt})` : ""}](${runUrl})` : "",
    // the run's page lists its artifacts: the bundle with report.html, when the workflow uploads it
    runUrl ? `[artifacts](${links.artifacts()})` : "",
    `took ${formatSeconds(report.duration)}${report.retryTime ? ` (retries ${formatSeconds(report.retryTime.seconds)})` : ""}`,
    // the seed replays the run: TEST_SEED=… or testops run --failed (which reads it from report.json)
    typeof report.seed === "string" && report.seed ? `seed ${escapeText(report.seed, "code")}` : "",
    `testops ${escapeText(report.version_testops)}`
  ].filter(Boolean);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function ruleLink(rule, url) {
  const href = externalUrl(url);
  return href ? `[${escapeText(rule)}](${href})` : escapeText(rule);
}
function issueLink(links, number) {
  const url = links.issue(number);
  return url ? `[#${number}](${url})` : "\u2014";
}
function forkNote(report) {
  if (!report.event.isFork) return void 0;
  return "\u2139\uFE0F This pull request comes from a fork, so this run has a read-only token: the full report is in the job summary and in the uploaded report artifact, and the PR comment is posted by a follow-up `workflow_run` job.";
}

// src/render/annotations.ts
var ANNOTATION_LEVELS = ["error", "warning", "notice"];
var STEP_LIMIT_PER_LEVEL = 10;
var FULL_STEP_ROOM = { error: STEP_LIMIT_PER_LEVEL, warning: STEP_LIMIT_PER_LEVEL, notice: STEP_LIMIT_PER_LEVEL };
var CONFIG_GATES = /* @__PURE__ */ new Set(["coverage", "patch-coverage", "perf"]);
var RANK = { changedFailure: 0, newFinding: 1, failure: 2, problem: 3, gate: 4 };
function at(file, line) {
  if (!file) return {};
  return line && line > 0 ? { file, line } : { file };
}
var normalisePath = (path) => path.replace(/\\/g, "/").replace(/^\.\//, "");
function collectAnnotations(report, configPath, options = {}) {
  const changed = new Set((options.changedFiles ?? []).map(normalisePath));
  const ranked = [];
  for (const failure of report.failures) {
    const inChange = failure.file !== void 0 && changed.has(normalisePath(failure.file));
    ranked.push({
      rank: inChange ? RANK.changedFailure : RANK.failure,
      annotation: {
        // a quarantined failure does not fail the job: a warning
        level: failure.quarantined ? "warning" : "error",
        title: `${failure.quarantined ? "Quarantined test failed" : failure.status === "errored" ? "Test errored" : "Test failed"}: ${failure.name}`,
        message: `${failure.suite}: ${failure.name}${failure.message?.trim() ? `
${firstLines(failure.message, 6, 300)}` : ""}`,
        ...at(failure.file, failure.line)
      }
    });
  }
  const blocking = report.gates.some((gate) => gate.gate === "security" && gate.status === "fail");
  for (const finding of report.security.newFindings) {
    ranked.push({
      rank: RANK.newFinding,
      annotation: {
        level: blocking && (finding.severity === "critical" || finding.severity === "high") ? "error" : "warning",
        title: `New ${finding.severity} finding: ${finding.rule}`,
        message: `${finding.tool}: ${finding.message}`,
        ...at(finding.file, finding.line)
      }
    });
  }
  for (const problem of allProblems(report)) {
    ranked.push({
      rank: RANK.problem,
      annotation: {
        level: "warning",
        title: `testops: ${problem.kind}${problem.suite ? ` in ${problem.suite}` : ""}`,
        message: problem.message,
        ...at(problem.file, problem.line)
      }
    });
  }
  for (const gate of report.gates) {
    if (gate.status !== "fail" || !CONFIG_GATES.has(gate.gate)) continue;
    const values = [
      gate.value && `value ${gate.value}`,
      gate.baseline && `baseline ${gate.baseline}`,
      gate.threshold && `threshold ${gate.threshold}`
    ].filter(Boolean).join(", ");
    ranked.push({
      rank: RANK.gate,
      annotation: {
        level: "notice",
        title: `Gate failed: ${gate.gate}${gate.subject ? ` (${gate.subject})` : ""}`,
        message: `${gate.reason}${values ? ` (${values})` : ""}`,
        file: configPath
      }
    });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.annotation);
}
function fitToStep(all, options) {
  const room = options.room ?? FULL_STEP_ROOM;
  const byLevel = new Map(ANNOTATION_LEVELS.map((level) => [level, []]));
  for (const annotation of all) byLevel.get(annotation.level)?.push(annotation);
  const kept = /* @__PURE__ */ new Set();
  const notes = /* @__PURE__ */ new Map();
  for (const level of ANNOTATION_LEVELS) {
    const ofLevel = byLevel.get(level) ?? [];
    const limit = Math.max(0, Math.floor(room[level]));
    if (ofLevel.length <= limit) {
      for (const annotation of ofLevel) kept.add(annotation);
      continue;
    }
    if (limit === 0) continue;
    const shown = ofLevel.slice(0, limit);
    for (const annotation of shown) kept.add(annotation);
    const last = shown[shown.length - 1];
    const more = ofLevel.length - limit;
    const noun = { error: "error", warning: "warning", notice: "notice" }[level];
    notes.set(last, {
      ...last,
      title: `${last.title ?? noun} (+${plural(more, `more ${noun}`)})`,
      message: `${last.message}

${plural(more, `more ${noun}`)} ${more === 1 ? "is" : "are"} not annotated here (GitHub shows at most ${STEP_LIMIT_PER_LEVEL} ${noun}s from one step); every one is listed in ${options.listedIn}.`
    });
  }
  return all.filter((annotation) => kept.has(annotation)).map((annotation) => notes.get(annotation) ?? annotation);
}

export {
  EXIT,
  ConfigError,
  UsageError,
  InputError,
  EventError,
  GitStateError,
  exitCodeForVerdict,
  describeError,
  debugEnabled,
  reportError,
  pathsUnder,
  formatRate,
  formatCount,
  formatPct,
  formatCoveragePct,
  formatSeconds,
  formatMetric,
  formatChange,
  shortSha,
  escapeText,
  linksFor,
  pushAll,
  maxOf,
  minOf,
  terminalText,
  renderTerminal,
  statusWord,
  headline,
  baselineLine2 as baselineLine,
  buildSections,
  footer,
  forkNote,
  STEP_LIMIT_PER_LEVEL,
  collectAnnotations,
  fitToStep,
  REDACTED,
  StreamRedaction,
  redactor,
  actionsLog,
  consoleLog
};
