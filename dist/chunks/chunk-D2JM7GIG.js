import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  baselineHistory,
  baselineLabel,
  formatPct,
  formatPoints,
  formatRate,
  historyKey,
  infraRunsOf,
  median,
  mergeCoverageReports,
  mergeHistories,
  observationKey,
  observe,
  perfGate,
  readBaseline,
  updateBaseline,
  withoutBaseline,
  writeBaseline
} from "./chunk-J65WUQWT.js";
import {
  DEFAULT_LEVEL_POLICIES,
  compileGlobs,
  coverageTotals,
  formatDuration,
  mergeCoverage,
  testTotals
} from "./chunk-MPD3WWKK.js";
import {
  __commonJS,
  __toESM
} from "./chunk-AV3JBR2K.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
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

// src/render/terminal.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/render/format.ts
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]);
}
function escapeMarkdown(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`).replace(/[&<>]/g, (char) => HTML_ESCAPES[char]).replace(
    /^(\s*)([-+]|#{1,6}|\d{1,9}[.)])(?=\s|$)/,
    (_all, space, mark) => /\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`
  ).replace(/@(?=\w)/g, NO_MENTION);
}
var NO_MENTION = "@\u200B";
function noMentions(text) {
  return text.replace(/@(?=\w)/g, NO_MENTION);
}
function inlineCode(text) {
  const flat = text.replace(/[\r\n\t]+/g, " ");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence2 = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence2}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence2}`;
}
function codeBlock(text, language = "text") {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence2 = "`".repeat(longestRun + 1);
  return `${fence2}${language}
${text.replace(/\r\n?/g, "\n")}
${fence2}`;
}
function firstLines(text, count = 4, width = 200) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trimEnd()).filter((line) => line.trim() !== "");
  const kept = lines.slice(0, count).map((line) => line.length > width ? `${line.slice(0, width - 1)}\u2026` : line);
  if (lines.length > count) kept.push(`\u2026 ${lines.length - count} more line${lines.length - count === 1 ? "" : "s"}`);
  return kept.join("\n");
}
function statusIcon(status2) {
  return { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skipped: "\u23ED\uFE0F" }[status2];
}
function plural(count, word, pluralWord = `${word}s`) {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
var NUMBER_FORMATS = [0, 1, 2].map((digits) => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }));
function formatCount(count) {
  return NUMBER_FORMATS[0].format(count);
}
function formatPct2(pct3) {
  if (pct3 === null || pct3 === void 0 || Number.isNaN(pct3)) return "\u2014";
  const rounded = Math.round(pct3 * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}
function formatCoveragePct(pct3) {
  if (pct3 === null || pct3 === void 0 || Number.isNaN(pct3)) return "\u2014";
  const cut2 = Math.floor(pct3 * 10 + 1e-9) / 10;
  return `${Number.isInteger(cut2) ? cut2.toFixed(0) : cut2.toFixed(1)}%`;
}
function formatSeconds(seconds2) {
  if (!Number.isFinite(seconds2) || seconds2 < 0) return "\u2014";
  if (seconds2 < 1) return `${Math.round(seconds2 * 1e3)}ms`;
  if (seconds2 < 60) return `${(Math.round(seconds2 * 10) / 10).toFixed(1)}s`;
  const totalSeconds = Math.round(seconds2);
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
  const pct3 = change * 100;
  const text = Math.abs(pct3).toFixed(1);
  if (text === "0.0") return "\xB10.0%";
  return `${pct3 > 0 ? "+" : "\u2212"}${text}%`;
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
  const paint = (status2, text) => status2 === "fail" ? c.red(text) : status2 === "warn" ? c.yellow(text) : status2 === "pass" ? c.green(text) : c.dim(text);
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
  const section = (title, body) => {
    if (body.length === 0) return;
    lines.push("", c.bold(title), ...body);
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
    )
  );
  const flaky = report.flaky.filter((entry) => entry.state === "flaky" || entry.state === "broken");
  section(
    "Flaky",
    alignColumns(
      flaky.slice(0, 10).map((entry) => [
        terminalText(entry.suite),
        cut(terminalText(entry.name), 60),
        `${(entry.rate * 100).toFixed(0)}% of ${entry.runs} runs`,
        entry.quarantined ? "quarantined" : entry.state
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
    const pct3 = (value) => value === null || value === void 0 ? "\u2014" : `${value.toFixed(1)}%`;
    const rows = [
      [`lines ${pct3(totals.lines.pct)}`, baseline ? `base ${pct3(baseline.lines.pct)}` : "", `branches ${pct3(totals.branches?.pct)}`]
    ];
    if (report.coverage.patch)
      rows.push([
        `patch ${pct3(report.coverage.patch.pct)}`,
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

// node_modules/marked/lib/marked.esm.js
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
var et = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
var fe = { blockquote: et, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
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
  let t = l3.replace(O.findPipe, (s, o, i) => {
    let a = false, c = o;
    for (; --c >= 0 && i[c] === "\\"; ) a = !a;
    return a ? "|" : " |";
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
` : l3[r - 1], i = r + 1;
    for (; i < n && l3[i] === s; ) i++;
    o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i - 1;
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
function te(l3, e = 0) {
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
  let s = e.href, o = e.title || null, i = Ht(l3[1], r), a = l3[0].charAt(0) === "!", c = n.state.inLink, u = n.state.linkEmitted, d = n.state.inRawBlock;
  n.state.inLink = true, n.state.linkEmitted = false;
  let h = n.inlineTokens(i), p = n.state.linkEmitted;
  if (n.state.linkEmitted = u, n.state.inLink = c, !a) {
    if (p) {
      n.state.inRawBlock = d;
      return;
    }
    n.state.linkEmitted = true;
  }
  return { type: a ? "image" : "link", raw: t, href: s, title: o, text: i, tokens: h };
}
function Zt(l3, e, t) {
  let n = l3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((s) => {
    let o = s.match(t.other.beginningSpace);
    if (o === null) return s;
    let [i] = o;
    return s.slice(Math.min(i.length, r.length));
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
      let i = n.inline.code.exec(e.slice(r));
      if (i) {
        r += i[0].length - 1;
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
        let i = false, a = [], c;
        for (c = 0; c < n.length; c++) if (this.rules.other.blockquoteStart.test(n[c])) a.push(n[c]), i = true;
        else if (!i) a.push(n[c]);
        else break;
        n = n.slice(c);
        let u = a.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
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
      let n = e, r = () => n.length - e.length, s = t[1].trim(), o = s.length > 1, i = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
      s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
      let a = this.rules.other.listItemRegex(s), c = false;
      for (; e; ) {
        let h = false, p = "";
        if (!(t = a.exec(e)) || this.rules.block.hr.test(e)) break;
        let k = r();
        e = e.substring(t[0].length);
        let m = t[2].split(`
`, 1)[0], b = t[1].length, f = this.options.pedantic ? te(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te(H, b)), R = e.split(`
`, 1)[0], E = !f.trim(), T = 0;
        if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e = e.substring(R.length + 1), h = true), !h) {
          let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
          for (; e; ) {
            let we = e.split(`
`, 1)[0], Z;
            if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
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
        i.loose || (c ? i.loose = true : this.rules.other.doubleBlankLine.test(U) && (c = true)), i.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
      }
      let u = i.items.at(-1);
      if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
      else return;
      i.raw = n.slice(0, r()).trimEnd();
      let d = [];
      for (let h of i.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i.loose) {
        let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
        i.loose = k;
      }
      for (let h = 0; h < i.items.length; h++) {
        let p = i.items[h], k = p.tokens[0];
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
            p.checked = f.checked, i.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
          }
        } else p.task && (p.task = false);
      }
      if (i.loose) for (let h of i.items) {
        h.loose = true;
        for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
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
      for (let i of r) this.rules.other.tableAlignRight.test(i) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i) ? o.align.push("left") : o.align.push(null);
      for (let i = 0; i < n.length; i++) o.header.push({ text: n[i], tokens: this.lexer.inline(n[i]), header: true, align: o.align[i] });
      for (let i of s) o.rows.push(be(i, o.header.length).map((a, c) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: o.align[c] })));
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
      let i = n[2], a = "";
      if (this.options.pedantic) {
        let c = this.rules.other.pedanticHrefTitle.exec(i);
        c && (i = c[1], a = c[3]);
      } else a = n[3] ? n[3].slice(1, -1) : "";
      return i = i.trim(), this.rules.other.startAngleBracket.test(i) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i = i.slice(1) : i = i.slice(1, -1)), He(n, { href: i && i.replace(this.rules.inline.anyPunctuation, "$1"), title: a && a.replace(this.rules.inline.anyPunctuation, "$1") }, n[0], this.lexer, this.rules);
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
        let i = r[0].charAt(0);
        return { type: "text", raw: i, text: i };
      }
      return He(r, o, r[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
    let s = r[0][0], o = n === s, i = t.length - e.length, a = i;
    for (; !this.options.pedantic && a > 0 && t[a - 1] === s; ) a--;
    let c = [...t.slice(Math.max(0, a - 2), a)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
    a < i && (n = c);
    let d = a < i ? u : n === "*" || n === "_" || !!this.rules.inline.punctuation.exec(n);
    if (r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    let h = r[1] || r[3] || "";
    if (!h || !n || d) {
      let p = [...r[0]].length - 1, k, m, b = p, f = 0, R = i - a + p, E = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
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
      let o = [...r[0]].length - 1, i, a, c = o, u = this.rules.inline.delRDelim, d = ae(this, t), h = t.length - e.length + o;
      if (d < h) return;
      t = t.slice(-1 * e.length + o);
      let p = d - h;
      for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
        if (i = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i || (a = [...i].length, a !== o)) continue;
        if (r[3] || r[4]) {
          c += a;
          continue;
        }
        if (c -= a, c > 0) continue;
        a = Math.min(a, a + c);
        let k = [...r[0]][0].length, m = e.slice(0, o + r.index + k + a), b = m.slice(o, -o);
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
    let s = 1 / 0, o, i = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
    for (; e; ) {
      if (e.length < s) s = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      this.state.lastToken = t.at(-1);
      let a;
      if (this.options.extensions?.block?.some((u) => (a = u.call({ lexer: this }, e, t)) ? (e = e.substring(a.raw.length), t.push(a), true) : false)) continue;
      if (a = this.tokenizer.space(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        a.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a);
        continue;
      }
      if (a = this.tokenizer.code(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (a = this.tokenizer.fences(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.heading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.hr(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.blockquote(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.list(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.html(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.def(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a.tag] || (this.tokens.links[a.tag] = { href: a.href, title: a.title }), t.push(a));
        continue;
      }
      if (a = this.tokenizer.table(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.lheading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startBlock) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startBlock.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (this.state.top && (a = this.tokenizer.paragraph(c))) {
        let u = t.at(-1);
        (n || u === o && i) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a), o = a), n = c.length !== e.length, e = e.substring(a.raw.length);
        continue;
      }
      if (a = this.tokenizer.text(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a);
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
      let i;
      if (this.options.extensions?.inline?.some((u) => (i = u.call({ lexer: this }, e, n)) ? (e = e.substring(i.raw.length), n.push(i), true) : false)) continue;
      if (i = this.tokenizer.escape(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.tag(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.link(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i.raw.length);
        let u = n.at(-1);
        i.type === "text" && u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      let a = e[0];
      if (a === "*" || a === "_") {
        let u = t.length - e.length;
        if (oe(this.tokenizer, t, a) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a.charCodeAt(0); ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      } else if (a === "~") {
        let u = t.length - e.length;
        if (ae(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      }
      if (i = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.codespan(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.br(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.del(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.autolink(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (!this.state.inLink && (i = this.tokenizer.url(e))) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i = this.tokenizer.inlineText(c)) {
        e = e.substring(i.raw.length), i.raw.slice(-1) !== "_" && (s = i.raw.slice(-1)), r = true;
        let u = n.at(-1);
        u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
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
    let { blockSkip: t, tag: n, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i;
    for (t.lastIndex = 0; i = t.exec(e); ) {
      let a = i.index + (i[2] ? i[2].length : 0), c = i.index + i[0].length;
      if (e.charAt(a) === "<") {
        let u = e.slice(a), d = n.exec(u) || r.exec(u);
        if (!d) {
          t.lastIndex = a + 1;
          continue;
        }
        c = a + d[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a) + "[" + "a".repeat(c - a - 2) + "]", o = c;
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
          let i = s.slice(1, o - 1);
          if (this.linkInText(i)) return "[" + i.replace(n, r) + "][" + "a".repeat(s.length - o - 2) + "]";
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
    for (let i = 0; i < e.items.length; i++) {
      let a = e.items[i];
      r += this.listitem(a);
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
      for (let i = 0; i < o.length; i++) n += this.tablecell(o[i]);
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
    let o = s ? y(n, true) : this.parser.parseInline(r), i = xe(e);
    if (i === null) return o;
    e = y(i, s);
    let a = '<a href="' + e + '"';
    return t && (a += ' title="' + y(t) + '"'), a += ">" + o + "</a>", a;
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
        let o = r, i = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (i !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o.type)) {
          t += i === false ? "" : i ?? "";
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
        let i = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (i !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
          n += i === false ? "" : i ?? "";
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
          let i = 'Token with "' + o.type + '" type was not found.';
          if (this.options.silent) return console.error(i), "";
          throw new Error(i);
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
        for (let o of s.rows) for (let i of o) M(n, this.walkTokens(i.tokens, t));
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
          let i = s[o].flat(1 / 0);
          M(n, this.walkTokens(i, t));
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
          o ? t.renderers[s.name] = function(...i) {
            let a = s.renderer.apply(this, i);
            return a === false && (a = o.apply(this, i)), a;
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
          let i = o, a = n.renderer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
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
          let i = o, a = n.tokenizer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
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
          let i = o, a = n.hooks[i], c = s[i];
          A.passThroughHooks.has(o) ? s[i] = (u) => {
            if (s.options.async && A.passThroughHooksRespectAsync.has(o)) return (async () => {
              let h = await a.call(s, u);
              return c.call(s, h);
            })();
            let d = a.call(s, u);
            return c.call(s, d);
          } : s[i] = (...u) => {
            if (s.options.async) return (async () => {
              let h = await a.apply(s, u);
              return h === false && (h = await c.apply(s, u)), h;
            })();
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.hooks = s;
      }
      if (n.walkTokens) {
        let s = this.defaults.walkTokens, o = n.walkTokens;
        r.walkTokens = function(i) {
          let a = [];
          return M(a, o.call(this, i)), s && M(a, s.call(this, i)), a;
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
      let s = { ...r }, o = { ...this.defaults, ...s }, i = this.onError(!!o.silent, !!o.async);
      if (this.defaults.async === true && s.async === false) return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return i(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return i(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
        let a = o.hooks ? await o.hooks.preprocess(n) : n, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a, o), d = o.hooks ? await o.hooks.processAllTokens(u) : u;
        o.walkTokens && await Promise.all(this.walkTokens(d, o.walkTokens));
        let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(d, o);
        return o.hooks ? await o.hooks.postprocess(p) : p;
      })().catch(i);
      try {
        o.hooks && (n = o.hooks.preprocess(n));
        let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n, o);
        o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
        let d = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
        return o.hooks && (d = o.hooks.postprocess(d)), d;
      } catch (a) {
        return i(a);
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
function x(l3, e) {
  return v.parse(l3, e);
}
x.options = x.setOptions = function(l3) {
  return v.setOptions(l3), x.defaults = v.defaults, ue(x.defaults), x;
};
x.getDefaults = G;
x.defaults = S;
function jt(...l3) {
  return v.use(...l3), x.defaults = v.defaults, ue(x.defaults), x;
}
x.use = jt;
x.walkTokens = function(l3, e) {
  return v.walkTokens(l3, e);
};
x.parseInline = v.parseInline;
x.Parser = P;
x.parser = P.parse;
x.Renderer = I;
x.TextRenderer = z;
x.Lexer = w;
x.lexer = w.lex;
x.Tokenizer = _;
x.Hooks = A;
x.parse = x;
var En = x.options;
var zn = x.setOptions;
var Mn = x.walkTokens;
var Bn = x.parseInline;
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
<title>${escapeHtml(title)}</title>
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

// src/render/links.ts
function linksFor(event) {
  const server = (event.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const repo = event.repo ? `${server}/${encodeURIComponent(event.repo.owner)}/${encodeURIComponent(event.repo.repo)}` : void 0;
  return {
    file(path, line) {
      const sha = event.prHeadSha ?? event.headSha;
      if (!repo || !sha || /^(\/|[a-zA-Z]:)/.test(path)) return void 0;
      const encoded = path.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
      return `${repo}/blob/${sha}/${encoded}${line ? `#L${line}` : ""}`;
    },
    commit(sha) {
      return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `${repo}/commit/${sha}` : void 0;
    }
  };
}

// src/render/sections.ts
var STATUS_ORDER = { fail: 0, warn: 1, skipped: 2, pass: 3 };
var SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
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
  determinism: 20
};
function overallVerdict(report) {
  if (report.conclusion === "failure") return "failure";
  const warned = report.gates.some((gate) => gate.status === "warn" || gate.status === "fail") || report.failures.length > 0 || report.problems.length > 0 || report.baseline.status !== "ok" || report.flaky.some((entry) => entry.state === "flaky" || entry.state === "broken");
  return warned ? "warning" : "success";
}
function headline(report) {
  const verdict = overallVerdict(report);
  const icon = { success: "\u2705", warning: "\u26A0\uFE0F", failure: "\u274C" }[verdict];
  const because = verdict === "warning" ? verdictOf(report).because : [];
  const text = `${{ success: "All checks passed", warning: "Passed with warnings", failure: "Failed" }[verdict]}${because.length > 0 ? ` (${because.join(", ")})` : ""}`;
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
    const commit = commitLink ? `[${inlineCode(shortSha(provenance.commit))}](${commitLink})` : inlineCode(shortSha(provenance.commit));
    return `Baseline: ${inlineCode(provenance.branch)} at ${commit}, ${formatAge(provenance.createdAt, report.createdAt)}.`;
  }
  const what = {
    ok: "Baseline information is incomplete",
    missing: "No baseline was found",
    corrupt: "The baseline could not be read",
    "too-old": "The baseline is too old to compare with",
    unavailable: "The baseline is unavailable"
  }[info.status];
  const reason = info.reason ? `: ${escapeMarkdown(info.reason)}` : "";
  return `\u26A0\uFE0F **${what}**${reason}. Gates that compare with the default branch were skipped: they did not pass, they were not checked.`;
}
function gatesSection(report) {
  const provenance = report.baseline.status === "ok" ? report.baseline.provenance : void 0;
  const baselineNote = provenance ? `<br><sub>${escapeMarkdown(shortSha(provenance.commit))}, ${formatAge(provenance.createdAt, report.createdAt)}</sub>` : "";
  const gates = [...report.gates].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
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
        escapeMarkdown(gate.subject ? `${gate.gate} \xB7 ${gate.subject}` : gate.gate),
        `${statusIcon(gate.status)}\xA0${gate.status}${gate.blocking === false && gate.status === "fail" ? " (not blocking)" : ""}`,
        escapeMarkdown(gate.value ?? "\u2014"),
        // the gates already write "value @ commit, age"; add the provenance only where they did not
        gate.baseline === null ? "\u2014" : `${escapeMarkdown(gate.baseline)}${provenance && gate.baseline.includes(shortSha(provenance.commit)) ? "" : baselineNote}`,
        escapeMarkdown(gate.threshold ?? "\u2014"),
        escapeMarkdown(gate.reason)
      ])
    }
  };
}
function location(links, file, line) {
  if (!file) return "";
  const text = inlineCode(line ? `${file}:${line}` : file);
  const url = links.file(file, line);
  return url ? `[${text}](${url})` : text;
}
function failuresSection(report, links) {
  if (report.failures.length === 0) return void 0;
  const failures = [...report.failures].sort((a, b) => Number(a.quarantined ?? false) - Number(b.quarantined ?? false));
  const entries = failures.map((failure) => {
    const where = location(links, failure.file, failure.line);
    const head = [
      `- **${escapeMarkdown(failure.name)}**`,
      escapeMarkdown(failure.suite),
      where,
      failure.status === "errored" ? "errored" : "",
      failure.quarantined ? "_quarantined: does not fail the job_" : ""
    ].filter(Boolean).join(" \xB7 ");
    if (!failure.message?.trim()) return `${head}
  <sub>no failure message in the report</sub>`;
    return `${head}
${codeBlock(noMentions(firstLines(failure.message))).split("\n").map((line) => `  ${line}`).join("\n")}`;
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
          `- **${escapeMarkdown(problem.kind)}**`,
          problem.suite ? `in ${escapeMarkdown(problem.suite)}` : "",
          location(links, problem.file, problem.line),
          `: ${escapeMarkdown(problem.message)}`
        ].filter(Boolean).join(" ").replace(/ : /, ": ")
      )
    }
  };
}
function impactSection(report) {
  const run = report.suites.filter((suite) => suite.selected);
  const skipped = report.suites.filter((suite) => !suite.selected);
  const changed = report.changedFiles === null ? "full run (no diff computed)" : `${plural(report.changedFiles, "changed file")}`;
  const reasons = (list) => {
    const shown = list.slice(0, 3).map((reason) => escapeMarkdown(reason));
    if (list.length > 3) shown.push(`\u2026 ${list.length - 3} more`);
    return shown.join("<br>") || "\u2014";
  };
  const suiteStatus = {
    passed: "\u2705\xA0passed",
    failed: "\u274C\xA0failed",
    timeout: "\u23F1\uFE0F\xA0timed out",
    errored: "\u274C\xA0errored",
    skipped: "\u23ED\uFE0F\xA0skipped",
    cancelled: "\u{1F6AB}\xA0cancelled"
  };
  return {
    key: "impact",
    priority: PRIORITY.impact,
    title: `\u{1F3AF} Impact: ${run.length} of ${plural(report.suites.length, "suite")} run, ${changed}`,
    block: {
      kind: "table",
      header: ["Suite", "Result", "Tests", "Duration", "Why"],
      rows: [...run, ...skipped].map((suite) => [
        escapeMarkdown(suite.name),
        suite.selected ? suiteStatus[suite.status] ?? escapeMarkdown(suite.status) : "\u23ED\uFE0F\xA0not run",
        suite.selected ? `${formatCount(suite.tests.passed)} passed, ${formatCount(suite.tests.failed + suite.tests.errored)} failed, ${formatCount(suite.tests.skipped)} skipped` : "\u2014",
        suite.selected ? `${formatSeconds(suite.duration)}${suite.budget ? ` of ${formatSeconds(suite.budget)} budget` : ""}` : "\u2014",
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
    if (base === void 0) return "\u2014";
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
  const perf = [...report.perf].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const regressions = perf.filter((entry) => entry.status === "fail" || entry.status === "warn").length;
  return {
    key: "perf",
    priority: PRIORITY.perf,
    title: `\u23F1\uFE0F Performance: ${plural(perf.length, "metric")}, ${plural(regressions, "regression")}`,
    block: {
      kind: "table",
      header: ["Scenario", "Metric", "Base", "Head", "Change", "Verdict", "Can detect"],
      align: ["l", "l", "r", "r", "r", "l", "l"],
      rows: perf.map((entry) => [
        escapeMarkdown(entry.scenario),
        escapeMarkdown(entry.metric),
        entry.base === null ? "no baseline" : formatMetric(entry.base, entry.unit),
        formatMetric(entry.head, entry.unit),
        formatChange(entry.change),
        `${statusIcon(entry.status)}\xA0${entry.status}${entry.rule ? ` <sub>${escapeMarkdown(entry.rule)}</sub>` : ""}`,
        perfNoise(entry)
      ])
    }
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
  const findings = [...security.newFindings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const bySeverity = Object.keys(SEVERITY_ORDER).filter((severity) => security.counts[severity] > 0).map((severity) => `${security.counts[severity]} ${severity}`).join(", ");
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
        finding.severity,
        finding.url ? `[${escapeMarkdown(finding.rule)}](${finding.url})` : escapeMarkdown(finding.rule),
        finding.file ? location(links, finding.file, finding.line) : finding.package ? inlineCode(finding.package) : "\u2014",
        escapeMarkdown(firstLines(finding.message, 1, 160)),
        escapeMarkdown(finding.tool)
      ])
    } : void 0
  };
}
function flakySection(report, links) {
  if (report.flaky.length === 0 && report.totals.flaky === 0) return void 0;
  const flaky = [...report.flaky].sort((a, b) => b.rate - a.rate);
  const intro = [
    report.totals.flaky > 0 ? `${plural(report.totals.flaky, "test")} failed and then passed on retry in this run.` : "No test failed and then passed on retry in this run."
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
        `${escapeMarkdown(entry.name)}${entry.file ? `<br>${location(links, entry.file, entry.line)}` : ""}`,
        escapeMarkdown(entry.suite),
        `${formatPct2(entry.rate * 100)} <sub>(${formatPct2(entry.low * 100)}\u2013${formatPct2(entry.high * 100)})</sub>`,
        formatCount(entry.runs),
        entry.state,
        entry.quarantined ? "yes" : "no",
        entry.issueUrl ? `[${entry.issueNumber ? `#${entry.issueNumber}` : "issue"}](${entry.issueUrl})` : "\u2014"
      ])
    } : void 0
  };
}
function levelsSection(report) {
  const rows = Array.isArray(report.levels) ? report.levels.filter((row) => row && typeof row.subject === "string") : [];
  if (rows.length === 0) return void 0;
  const number = (value) => typeof value === "number" && Number.isFinite(value) ? value : null;
  const known = (status2) => typeof status2 === "string" && status2 in STATUS_ORDER;
  const failing = rows.filter((row) => row.status === "fail").length;
  return {
    key: "levels",
    priority: PRIORITY.levels,
    title: `\u{1F9EA} Test levels: ${plural(rows.length, "level")}${failing > 0 ? `, ${failing} failing` : ""}`,
    block: {
      kind: "table",
      header: ["Level", "Suites", "Pass rate", "Policy", "Time", "Flaky", "Verdict"],
      align: ["l", "l", "r", "l", "r", "r", "l"],
      rows: [...rows].sort((a, b) => known(a.status) && known(b.status) ? STATUS_ORDER[a.status] - STATUS_ORDER[b.status] : 0).map((row) => {
        const tests = number(row.tests);
        const failed = number(row.failed);
        const passRate = number(row.passRate);
        const seconds2 = number(row.seconds);
        const budget = number(row.budget);
        const flaky = number(row.flakyRate);
        return [
          escapeMarkdown(row.subject),
          escapeMarkdown(Array.isArray(row.suites) ? row.suites.filter((suite) => typeof suite === "string").join(", ") : ""),
          passRate === null ? "\u2014" : `${formatPct2(passRate)}${tests !== null && failed !== null ? ` (${formatCount(failed)} of ${formatCount(tests)} failed)` : ""}`,
          escapeMarkdown(typeof row.policy === "string" ? row.policy : ""),
          seconds2 === null ? "\u2014" : budget !== null && budget > 0 ? `${formatSeconds(seconds2)} of ${formatSeconds(budget)} (${Math.round(seconds2 / budget * 100)}%)` : formatSeconds(seconds2),
          flaky === null ? "\u2014" : formatPct2(flaky),
          known(row.status) ? `${statusIcon(row.status)}\xA0${row.status}${typeof row.reason === "string" ? ` <sub>${escapeMarkdown(row.reason)}</sub>` : ""}` : "\u2754\xA0unknown"
        ];
      })
    }
  };
}
function determinismSection(report) {
  const measured = report.determinism.filter((entry) => entry.total > 0);
  if (measured.length === 0) return void 0;
  const worst2 = Math.min(...measured.map((entry) => entry.ratio));
  return {
    key: "determinism",
    priority: PRIORITY.determinism,
    title: `\u{1F501} Determinism: ${formatPct2(worst2 * 100)} identical outcomes at worst`,
    block: {
      kind: "table",
      header: ["Suite", "Repeats", "Identical outcomes", "Ratio"],
      rows: measured.sort((a, b) => a.ratio - b.ratio).map((entry) => [
        escapeMarkdown(entry.suite),
        formatCount(entry.repeats),
        `${formatCount(entry.identical)} of ${formatCount(entry.total)}`,
        formatPct2(entry.ratio * 100)
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
    coverageSection(report, links),
    levelsSection(report),
    perfSection(report),
    securitySection(report, links),
    flakySection(report, links),
    determinismSection(report)
  ].filter((section) => section !== void 0);
}
function footer(report) {
  const links = linksFor(report.event);
  const sha = report.event.prHeadSha ?? report.event.headSha;
  const commitUrl = sha ? links.commit(sha) : void 0;
  const parts = [
    sha ? commitUrl ? `commit [${shortSha(sha)}](${commitUrl})` : `commit ${escapeMarkdown(shortSha(sha))}` : "",
    report.runUrl ? `[run ${escapeMarkdown(report.event.runId ?? "log")}${report.event.runAttempt && report.event.runAttempt > 1 ? ` (attempt ${report.event.runAttempt})` : ""}](${report.runUrl})` : "",
    `took ${formatSeconds(report.duration)}`,
    `testops ${escapeMarkdown(report.version_testops)}`
  ].filter(Boolean);
  return `<sub>${noMentions(parts.join(" \xB7 "))}</sub>`;
}
function forkNote(report) {
  if (!report.event.isFork) return void 0;
  return "\u2139\uFE0F This pull request comes from a fork, so this run has a read-only token: the full report is in the job summary and in the uploaded report artifact, and the PR comment is posted by a follow-up `workflow_run` job.";
}

// src/render/annotations.ts
var MAX_ANNOTATIONS = 50;
var CONFIG_GATES = /* @__PURE__ */ new Set(["coverage", "patch-coverage", "perf"]);
function at2(file, line) {
  if (!file) return {};
  return line && line > 0 ? { file, line } : { file };
}
function renderAnnotations(report, configPath) {
  const all = [];
  const failures = [...report.failures].sort((a, b) => Number(a.quarantined ?? false) - Number(b.quarantined ?? false));
  for (const failure of failures) {
    all.push({
      level: failure.quarantined ? "warning" : "error",
      title: `${failure.quarantined ? "Quarantined test failed" : failure.status === "errored" ? "Test errored" : "Test failed"}: ${failure.name}`,
      message: `${failure.suite}: ${failure.name}${failure.message?.trim() ? `
${firstLines(failure.message, 6, 300)}` : ""}`,
      ...at2(failure.file, failure.line)
    });
  }
  const blocking = report.gates.some((gate) => gate.gate === "security" && gate.status === "fail");
  for (const finding of report.security.newFindings) {
    all.push({
      level: blocking && (finding.severity === "critical" || finding.severity === "high") ? "error" : "warning",
      title: `New ${finding.severity} finding: ${finding.rule}`,
      message: `${finding.tool}: ${finding.message}`,
      ...at2(finding.file, finding.line)
    });
  }
  for (const problem of allProblems(report)) {
    all.push({
      level: "warning",
      title: `testops: ${problem.kind}${problem.suite ? ` in ${problem.suite}` : ""}`,
      message: problem.message,
      ...at2(problem.file, problem.line)
    });
  }
  for (const gate of report.gates) {
    if (gate.status !== "fail" || !CONFIG_GATES.has(gate.gate)) continue;
    const values = [
      gate.value && `value ${gate.value}`,
      gate.baseline && `baseline ${gate.baseline}`,
      gate.threshold && `threshold ${gate.threshold}`
    ].filter(Boolean).join(", ");
    all.push({
      level: "notice",
      title: `Gate failed: ${gate.gate}${gate.subject ? ` (${gate.subject})` : ""}`,
      message: `${gate.reason}${values ? ` (${values})` : ""}`,
      file: configPath
    });
  }
  if (all.length <= MAX_ANNOTATIONS) return all;
  const kept = all.slice(0, MAX_ANNOTATIONS - 1);
  const rest = all.slice(MAX_ANNOTATIONS - 1);
  const errors = rest.filter((annotation) => annotation.level === "error").length;
  kept.push({
    level: errors > 0 ? "error" : "warning",
    title: `${plural(rest.length, "more annotation")} not shown`,
    message: `GitHub shows at most ${MAX_ANNOTATIONS} annotations; ${rest.length} more (${plural(errors, "error")}) are listed in the job summary.`
  });
  return kept;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
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

// src/render/section.ts
function itemCount(section) {
  if (!section.block) return 0;
  return section.block.kind === "table" ? section.block.rows.length : section.block.entries.length;
}
function renderBlock(block, limit) {
  if (block.kind === "entries") return block.entries.slice(0, limit).join("\n");
  return markdownTable([block.header, ...block.rows.slice(0, limit)], {
    align: block.align,
    padding: true,
    alignDelimiters: false
  });
}
function renderSection(section, style, limit = Number.POSITIVE_INFINITY, omittedNote) {
  const count = itemCount(section);
  const shown = Math.max(0, Math.min(limit, count));
  const parts = [];
  if (limit <= 0) {
    if (omittedNote) parts.push(omittedNote(count, true));
  } else {
    if (section.intro?.length) parts.push(section.intro.join("\n"));
    if (section.block && shown > 0) parts.push(renderBlock(section.block, shown));
    if (shown < count && omittedNote) parts.push(omittedNote(count - shown, false));
    if (section.outro?.length) parts.push(section.outro.join("\n"));
  }
  const body = parts.join("\n\n");
  if (section.inline) return body;
  if (style === "heading") return `### ${escapeHtml(section.title)}

${body}`;
  return `<details${section.open ? " open" : ""}>
<summary>${escapeHtml(section.title)}</summary>

${body}

</details>`;
}

// src/render/budget.ts
function composeWith(document, limits, options, trimmed, cache) {
  const sections = document.sections.map((section) => {
    const limit = limits.get(section.key) ?? Number.POSITIVE_INFINITY;
    const key = `${section.key}\0${limit}`;
    let text = cache.get(key);
    if (text === void 0) {
      text = renderSection(section, options.style, limit, (omitted, whole) => options.omittedNote(section, omitted, whole));
      cache.set(key, text);
    }
    return text;
  });
  return [...document.head, ...trimmed ? [options.trimmedNote] : [], ...sections, ...document.tail].filter(Boolean).join("\n\n");
}
function fitToBudget(document, options) {
  const limits = /* @__PURE__ */ new Map();
  const renderCache = /* @__PURE__ */ new Map();
  const compose = (trim) => composeWith(document, limits, options, trim, renderCache);
  const full = compose(false);
  if (options.measure(full) <= options.maxSize) return { text: full, trimmed: [] };
  const fits = () => options.measure(compose(true)) <= options.maxSize;
  const byPriority = [...document.sections].sort((a, b) => a.priority - b.priority);
  const trimmed = [];
  for (const section of byPriority) {
    limits.set(section.key, 0);
    trimmed.push(section.key);
    if (!fits()) continue;
    let low = 0;
    let high = Math.max(1, itemCount(section));
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      limits.set(section.key, middle);
      if (fits()) low = middle;
      else high = middle - 1;
    }
    limits.set(section.key, low);
    return { text: compose(true), trimmed };
  }
  const text = compose(true);
  const cut2 = `

\u2026 cut here: ${options.trimmedNote}`;
  let end = options.maxSize - options.measure(cut2);
  while (end > 0 && options.measure(text.slice(0, end)) > options.maxSize - options.measure(cut2)) end = Math.floor(end * 0.95);
  return { text: `${text.slice(0, Math.max(0, end))}${cut2}`, trimmed };
}

// src/render/marker.ts
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

// src/render/comment.ts
var COMMENT_MAX_LENGTH = 65536;
function renderComment(report, options = {}) {
  const maxLength = Math.min(options.maxLength ?? COMMENT_MAX_LENGTH, COMMENT_MAX_LENGTH);
  const summaryUrl = options.summaryUrl ?? report.runUrl;
  const summaryLink = summaryUrl ? `[job summary](${summaryUrl})` : "job summary of this run";
  const sections = buildSections(report);
  const result = fitToBudget(
    {
      head: [commentMarker(options.commentId), headline(report), forkNote(report) ?? "", baselineLine2(report, linksFor(report.event))],
      sections,
      tail: [FOOTER_MARKER, footer(report)]
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

// src/render/summary.ts
var SUMMARY_MAX_BYTES = 1024 * 1024;
function renderSummary(report, maxBytes = SUMMARY_MAX_BYTES) {
  const result = fitToBudget(
    {
      head: [headline(report), forkNote(report) ?? "", baselineLine2(report, linksFor(report.event))],
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

// src/flaky/estimate.ts
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: expected a probability strictly between 0 and 1, got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q3 = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q3 + c[1]) * q3 + c[2]) * q3 + c[3]) * q3 + c[4]) * q3 + c[5]) / ((((d[0] * q3 + d[1]) * q3 + d[2]) * q3 + d[3]) * q3 + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q2 = p - 0.5;
  const r = q2 * q2;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q2 / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
function wilson(failures, trials, confidence) {
  if (trials <= 0) return { rate: 0, low: 0, high: 1 };
  const z2 = normalQuantile(1 - (1 - confidence) / 2);
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
var pct = (value) => {
  const p = value * 100;
  return `${p < 10 && p !== 0 && p !== Math.round(p) ? p.toFixed(1) : Math.round(p)}%`;
};
var short = (sha) => sha.slice(0, 7);
var runLabel = (entry) => entry.runId ? `run ${entry.runId}${entry.runAttempt && entry.runAttempt > 1 ? ` attempt ${entry.runAttempt}` : ""}` : `commit ${short(entry.commit)}`;
var allFailed = (entry) => entry.failures > 0 && entry.failures >= entry.attempts;
var mixed = (entry) => entry.failures > 0 && entry.failures < entry.attempts;
function sameCodeAs(a, b) {
  return a.commit === b.commit || a.tree !== void 0 && a.tree === b.tree || a.scope !== void 0 && a.scope === b.scope;
}
function changedBetween(a, b) {
  if (sameCodeAs(a, b)) return false;
  return a.scope !== void 0 && b.scope !== void 0;
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
  const streaks = failureStreaks(valid);
  const totalHard = valid.filter(allFailed).length;
  const changePoints = [];
  const inBreakage = /* @__PURE__ */ new Set();
  let ongoing;
  for (const streak of streaks) {
    const length = streak.end - streak.start;
    const first = valid[streak.start];
    const next = valid[streak.end];
    const outsideRuns = valid.length - length;
    const hardElsewhere = wilson(totalHard - length, outsideRuns, 0.95).high;
    const improbable = length >= BROKEN_MIN_RUNS && (!next || hardElsewhere ** length < BREAK_ALPHA);
    const wentAwayUnchanged = next !== void 0 && sameCodeAs(first, next) && sameCodeAs(valid[streak.end - 1], next);
    if (next && wentAwayUnchanged) {
      alternations.push(
        `failed ${length === 1 ? `in ${runLabel(first)}` : `${length} runs in a row from ${runLabel(first)}`} (${short(first.commit)}) and passed again in ${runLabel(next)} (${short(next.commit)}) with nothing it reaches changed`
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
    for (let index = streak.start; index < streak.end; index++) inBreakage.add(index);
    if (!next) ongoing = point;
  }
  const rated = valid.filter((_2, index) => !inBreakage.has(index));
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
      `failed ${entry.failures} of ${entry.attempts} attempts and ${entry.status === "passed" ? "then passed" : "passed in another"} in ${runLabel(entry)} (${short(entry.commit)})`
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
  if (infraRuns > 0)
    evidence.push(`${infraRuns} infrastructure run${infraRuns === 1 ? "" : "s"} (more than half of the suite failed) excluded`);
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
function currentObservations(input) {
  const previous = input.previousAttempts ?? [];
  const attempt = input.event.runAttempt ?? previous.length + 1;
  const byKey = /* @__PURE__ */ new Map();
  const all = [
    ...previous.map((runs, index) => observe(runs, input.event, input.tree, attempt - previous.length + index, input.scopes)),
    observe(input.runs, input.event, input.tree, attempt, input.scopes)
  ];
  for (const observations of all)
    for (const observation of observations) {
      const key = historyKey(observation.test.id, observation.test.variant);
      byKey.set(key, [...byKey.get(key) ?? [], observation]);
    }
  return byKey;
}
var stateOrder = { flaky: 0, broken: 1, cleared: 2, stable: 3 };
var short2 = (sha) => sha.slice(0, 7);
function summariseLegs(legs) {
  const sorted = [...legs].sort((a, b) => stateOrder[a.assessment.state] - stateOrder[b.assessment.state]);
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
    })).sort((a, b) => a.variant.localeCompare(b.variant));
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
function assessLegs(input) {
  const config = assessConfig(input.config, input.event);
  const infraRuns = infraRunsOf(input.baseline);
  const byTest = /* @__PURE__ */ new Map();
  for (const [key, observations] of currentObservations(input)) {
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
    const test = observations.at(-1).test;
    byTest.set(test.id, [...byTest.get(test.id) ?? [], { test, assessment }]);
  }
  return byTest;
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
  const entries = [];
  for (const legs of assessLegs(input).values()) {
    const entry = summariseLegs(legs);
    if (entry.state !== "stable") entries.push(entry);
  }
  return entries.sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || b.rate - a.rate || a.id.localeCompare(b.id));
}

// src/flaky/hints.ts
var RULES = [
  {
    kind: "timeout",
    title: "Timeout",
    pattern: /\btimed? ?out\b|\btimeout\b|exceeded (the )?\d+ ?m?s|ETIMEDOUT|deadline exceeded/i,
    suggestion: "Wait for the condition the test needs (poll with a deadline, await the event or promise) instead of a fixed sleep; look for an unawaited promise; raise the timeout only for the one slow step."
  },
  {
    kind: "network",
    title: "Network or connection",
    pattern: /ECONNREFUSED|ECONNRESET|EPIPE|EAI_AGAIN|ENOTFOUND|socket hang up|fetch failed|connection (refused|reset|closed)|network (error|is unreachable)|\b50[234]\b/i,
    suggestion: "Start dependent services before the test and wait for their readiness endpoint; replace calls to outside hosts with a local stub; retry idempotent requests with backoff."
  },
  {
    kind: "order",
    title: "Order dependence or shared state",
    pattern: /already (exists|registered|defined|in use by)|duplicate key|unique constraint|is not defined|cannot redefine|leaked|state from a previous test|before(All|Each)|after(All|Each)/i,
    suggestion: "Run the file alone and in shuffled order (vitest --sequence.shuffle, jest --randomize, pytest -p random_order) to reproduce; reset shared state, mocks and databases in beforeEach, and give each test its own fixtures."
  },
  {
    kind: "resource",
    title: "Resource or port in use",
    pattern: /EADDRINUSE|address already in use|port \d+ (is )?(already )?in use|EBUSY|resource busy|database is locked|EMFILE|too many open files|ENOSPC|lock file/i,
    suggestion: "Listen on port 0 and read back the assigned port; use a fresh temporary directory per test (fs.mkdtemp); close servers, handles and files in afterEach."
  },
  {
    kind: "time",
    title: "Time or date",
    pattern: /time ?zone|\bTZ\b|daylight|\bDST\b|Date\.now|new Date\(|midnight|leap (year|second)|\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|clock skew/i,
    suggestion: "Inject the clock (or use fake timers) and pin the time zone (TZ=UTC) in the test; never assert on the wall clock or on durations measured in the test."
  },
  {
    kind: "randomness",
    title: "Randomness or seed",
    pattern: /Math\.random|random(ly)?\b|\bseed\b|uuid|shuffle/i,
    suggestion: "Seed every random source from TEST_SEED and print the seed on failure, so the failing case can be replayed exactly."
  },
  {
    kind: "unordered",
    title: "Assertion on unordered data",
    pattern: /expected \[[^\]]*\] to (deep(ly)? )?equal \[|toEqual\(\s*\[|arrays? (differ|order)|\border(ing)? of\b|unordered|Set \{|Map \{|Object\.keys/i,
    suggestion: "Sort both sides before comparing, or compare as sets (expect.arrayContaining plus a length check); results from parallel work, hash maps and directory listings have no stable order."
  }
];
var snippet = (text, index, length) => {
  const start = Math.max(0, index - 30);
  return `${start > 0 ? "\u2026" : ""}${text.slice(start, index + length + 30).replace(/\s+/g, " ").trim()}${index + length + 30 < text.length ? "\u2026" : ""}`;
};
function classifyFailures(failures) {
  const hints = [];
  for (const rule of RULES) {
    let count = 0;
    let match = "";
    for (const text of failures) {
      const found = rule.pattern.exec(text);
      if (!found) continue;
      count++;
      if (!match) match = snippet(text, found.index, found[0].length);
    }
    if (count > 0) hints.push({ kind: rule.kind, title: rule.title, suggestion: rule.suggestion, match, count });
  }
  return hints.sort((a, b) => b.count - a.count);
}

// src/flaky/issue-body.ts
var BODY_LIMIT = 65536;
var BODY_BUDGET = 6e4;
var HISTORY_KEEP = 150;
var MESSAGES_KEEP = 5;
var TEST_MARKER = /<!--\s*testops:flaky-test id=([0-9A-Za-z_-]+)\s*-->/;
var GROUP_MARKER = /<!--\s*testops:flaky-group key=([^\s]+)\s*-->/;
var DATA_BLOCK = /<!--\s*testops:data\n([\s\S]*?)\n-->/;
var testMarker = (id) => `<!-- testops:flaky-test id=${id} -->`;
var groupMarker = (key) => `<!-- testops:flaky-group key=${key} -->`;
var embed = (value) => JSON.stringify(value).replace(/--/g, "-\\u002d");
function parseBody(body) {
  const text = body ?? "";
  const parsed = {};
  const test = TEST_MARKER.exec(text);
  if (test) parsed.testId = test[1];
  const group = GROUP_MARKER.exec(text);
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
var pct2 = (value) => `${(value * 100).toFixed(value < 0.1 && value > 0 ? 1 : 0)}%`;
var escapeCell = (text) => escapeMarkdown(text);
var formatTime = (iso) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 16).replace("T", " ")} UTC` : iso;
var fence = (text) => {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((ticks2) => ticks2.length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}text
${text}
${ticks}`;
};
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
  const where = test.file ? `\`${test.file}${test.line ? `:${test.line}` : ""}\`` : "\u2014";
  const verdict = assessment.state === "broken" ? `broken${assessment.brokenAt ? ` at ${assessment.brokenAt.slice(0, 7)}` : ""} (fails every attempt: needs a fix, not a retry)` : assessment.state === "cleared" ? "cleared" : assessment.state === "flaky" ? "flaky" : "no recent flakiness";
  const status2 = markdownTable([
    ["Verdict", verdict],
    [
      "Flake rate",
      `${pct2(assessment.rate)} of runs (interval ${pct2(assessment.low)}\u2013${pct2(assessment.high)}; ${assessment.failures} of ${assessment.attempts} attempts failed)`
    ],
    ["Runs observed", String(assessment.runs)],
    ["First seen", formatTime(data.firstSeen)],
    ["Last seen", formatTime(data.lastSeen)],
    ["Quarantined", assessment.quarantined ? "yes \u2014 its failures are reported, not fatal" : "no"],
    ["Suite", `\`${test.suite}\``],
    ["Location", where],
    ["Clean runs since the last failure", String(assessment.cleanStreak)]
  ]);
  const legs = input.variants ? markdownTable([
    ["Leg", "Verdict", "Flake rate", "Runs"],
    ...input.variants.map((leg) => [
      `\`${escapeCell(leg.variant)}\``,
      `${leg.state}${leg.brokenAt ? ` at ${leg.brokenAt.slice(0, 7)}` : ""}${leg.quarantined ? " (quarantined)" : ""}`,
      pct2(leg.rate),
      String(leg.runs)
    ])
  ]) : "";
  const recent = history.slice(-rows).reverse();
  const withLeg = history.some((entry) => entry.variant);
  const table = markdownTable([
    ["Commit", "Run", ...withLeg ? ["Leg"] : [], "When (UTC)", "Outcome", "Attempts"],
    ...recent.map((entry) => [
      `[${entry.commit.slice(0, 7)}](${links.serverUrl}/${links.owner}/${links.repo}/commit/${entry.commit})`,
      runLink(entry, links),
      ...withLeg ? [entry.variant ? `\`${escapeCell(entry.variant)}\`` : "\u2014"] : [],
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
    `The test **${escapeCell(test.name)}** in suite \`${test.suite}\` passes and fails without a change to its code. testops keeps this issue up to date and closes it when the test has been stable long enough.`,
    data.renamedFrom?.length ? `Formerly: ${data.renamedFrom.map((name) => `**${escapeCell(name)}**`).join(", ")}.` : "",
    "### Status",
    status2,
    legs ? "### Legs" : "",
    legs,
    // One block, so the evidence is one tight list rather than paragraphs apart.
    assessment.evidence.map((line) => `- ${line}`).join("\n"),
    input.runUrl ? `
Latest run: ${input.runUrl}` : "",
    `### Recent runs (${recent.length} of ${history.length})`,
    recent.length ? table : "_none yet_",
    "### Latest failures",
    messages.length ? messages.map(fence).join("\n\n") : "_no failure text was reported_",
    "### Likely causes",
    hints.length ? hints.sort((a, b) => b.runs - a.runs).map((hint) => `- **${hint.title}** (${seenIn(hint.runs)}, e.g. \u201C${escapeCell(hint.match)}\u201D): ${hint.suggestion}`).join("\n") : "_no known pattern in the failure texts; rerun with the same TEST_SEED to reproduce_",
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
    item.test.file ? `\`${item.test.file}${item.test.line ? `:${item.test.line}` : ""}\`` : "\u2014",
    `${pct2(item.assessment.rate)} (${pct2(item.assessment.low)}\u2013${pct2(item.assessment.high)})`,
    escapeCell((item.message ?? "").split("\n")[0].slice(0, 160))
  ]);
  const render2 = (count2) => [
    groupMarker(input.key),
    `${input.tests.length} tests of suite \`${input.suite}\` flaked in ${input.runLabel} (more than group-above ${input.groupAbove}), so they are tracked together here rather than as ${input.tests.length} issues. So many at once usually means a shared cause: an overloaded runner, a slow service, or shared state.`,
    input.runUrl ? `Run: ${input.runUrl}` : "",
    markdownTable([["Test", "Location", "Flake rate", "Failure"], ...rows.slice(0, count2)]),
    count2 < rows.length ? `\u2026 and ${rows.length - count2} more` : "",
    "### Likely causes",
    hints.length ? hints.map((hint) => `- **${hint.title}** (${hint.count}): ${hint.suggestion}`).join("\n") : "_no known pattern in the failure texts_",
    `<!-- testops:data
${embed({ v: 1, id: input.key, kind: "group", suite: input.suite, tests: input.tests.map((item) => item.test.id), history: [], messages: [] })}
-->`
  ].filter(Boolean).join("\n\n");
  let count = rows.length;
  let body = render2(count);
  while (body.length > BODY_BUDGET && count > 10) body = render2(count = Math.floor(count / 2));
  return body;
}

// src/flaky/lifecycle.ts
function pickIssues(issues) {
  const open = issues.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
  const closed = issues.filter((issue) => issue.state === "closed" && issue.stateReason !== "not_planned" && issue.stateReason !== "duplicate").sort((a, b) => (a.closedAt ?? "").localeCompare(b.closedAt ?? "") || a.number - b.number).pop();
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
function nameSimilarity(a, b) {
  const pairs = (text) => {
    const clean = text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    const out = /* @__PURE__ */ new Map();
    for (let index = 0; index + 1 < clean.length; index++) {
      const pair = clean.slice(index, index + 2);
      out.set(pair, (out.get(pair) ?? 0) + 1);
    }
    return out;
  };
  const left = pairs(a);
  const right = pairs(b);
  let both = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const count of right.values()) total += count;
  for (const [pair, count] of left) both += Math.min(count, right.get(pair) ?? 0);
  return total === 0 ? a === b ? 1 : 0 : 2 * both / total;
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
  const suitesRan = new Set([...ranNow.values()].map((observations) => observations[0].test.suite));
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
    const { open, duplicates } = pickIssues(issues);
    for (const duplicate of duplicates)
      steps.push({
        kind: "close",
        number: duplicate.number,
        comment: `Duplicate of #${open?.number} (created by a parallel run); closing in favour of the older issue.`,
        reason: "not_planned",
        why: "duplicate"
      });
    if (!open) continue;
    if (ranNow.has(id)) {
      add(id);
      continue;
    }
    const data = parsedOf(open).data;
    const suite = data?.suite;
    if (!suite || !suitesRan.has(suite) || !event.isDefaultBranch) continue;
    const renamed = findRename(data, ranNow, byTest, input.baseline, claimed);
    if (renamed) {
      claimed.add(renamed.test.id);
      const item = add(renamed.test.id);
      item.renamedFrom = { id, name: data.name, issue: open };
      item.issues = [open, ...item.issues];
      continue;
    }
    const missing = runsMissing(id, data, input.baseline) + 1;
    if (missing >= REMOVED_AFTER_RUNS)
      steps.push({
        kind: "close",
        number: open.number,
        testId: id,
        comment: `Closing: the test has not run in the last ${missing} default-branch runs of suite \`${suite}\` (removed or renamed)${input.runUrl ? ` (${input.runUrl})` : ""}. testops reopens this issue if it runs and flakes again.`,
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
      histories.push(...leg);
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
    const at3 = baseline.tests[historyKey(id, leg || void 0)]?.history.at(-1)?.at ?? "";
    if (at3 > last) last = at3;
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
  const status2 = error.status;
  const message = (error.message ?? String(error)).split("\n")[0];
  return status2 ? `HTTP ${status2}: ${message}` : message;
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
    current: currentObservations({
      runs: input.runs,
      event,
      ...input.tree ? { tree: input.tree } : {},
      ...input.scopes ? { scopes: input.scopes } : {}
    }),
    baseline: input.baseline,
    event,
    config: input.config,
    links,
    ...input.runUrl ? { runUrl: input.runUrl } : {},
    now: input.now.toISOString(),
    ...input.mergeBaseAt ? { mergeBaseAt: input.mergeBaseAt } : {}
  });
  await applyIssuePlan(api, ref, login, plan, result, ours);
  for (const entry of input.entries) {
    const link = result.links[entry.id];
    if (link) {
      entry.issueNumber = link.number;
      entry.issueUrl = link.url;
    }
  }
  return finish(result, log);
}
async function applyIssuePlan(api, ref, login, plan, result, known) {
  result.problems.push(...plan.problems);
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
  for (const problem of result.problems) log.warning(problem);
  return result;
}
async function keepOldest(api, ref, login, created, same, result) {
  const open = (await api.listByLabel(ref, FLAKY_LABEL)).filter((issue) => issue.author === login && issue.state === "open" && same(parseBody(issue.body))).sort((a, b) => a.number - b.number);
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
async function mergeBaseTime(git, base, rev = "HEAD") {
  const mergeBase = (await git.run(["merge-base", rev, base], { allowFailure: true })).trim();
  if (!/^[0-9a-f]{40,64}$/.test(mergeBase)) return void 0;
  const time = (await git.run(["show", "-s", "--format=%cI", mergeBase], { allowFailure: true })).trim();
  return Number.isNaN(Date.parse(time)) ? void 0 : new Date(time).toISOString();
}

// src/flaky/scope.ts
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
    let count = 0;
    for (const file of files)
      if (matches(file.path)) {
        hash.update(`${file.path}\0${file.id}
`);
        count++;
      }
    if (count > 0) scopes[name] = hash.digest("hex").slice(0, 16);
  }
  return scopes;
}
async function suiteScopes(git, suites, rev = "HEAD") {
  if (!Object.values(suites).some((suite) => suite.paths && suite.paths.length > 0)) return {};
  const output = await git.run(["ls-tree", "-r", "--full-tree", "-z", rev], { allowFailure: true });
  return scopesOf(parseLsTree(output), suites);
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
  let login;
  return {
    login() {
      login ??= octokit.rest.users.getAuthenticated().then(
        (response) => response.data.login,
        (error) => {
          if (status(error) !== 403 && status(error) !== 401) throw error;
          const fallback = options.fallbackLogin ?? "github-actions[bot]";
          options.log?.debug(`GET /user was refused (${status(error)}); assuming comments are written as ${fallback}`);
          return fallback;
        }
      );
      return login;
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
function findStickyComment(comments, login, commentId) {
  const marker = commentMarker(commentId);
  return comments.find((comment) => comment.user === login && comment.body.includes(marker) && comment.minimized !== true);
}
async function upsertStickyComment(input) {
  const { api, owner, repo, issue, mode, log } = input;
  const marker = commentMarker(input.commentId);
  const body = input.body.includes(marker) ? input.body : `${marker}
${input.body}`;
  if (body.length > MAX_BODY) {
    throw new Error(`the comment body is ${body.length} characters; GitHub accepts at most ${MAX_BODY} (renderComment trims to fit)`);
  }
  const where = `${owner}/${repo}#${issue}`;
  try {
    const login = await api.login();
    const comments = await api.list(owner, repo, issue);
    const existing = findStickyComment(comments, login, input.commentId);
    if (mode === "off") {
      if (!existing) return { action: "skipped" };
      await api.remove(owner, repo, existing.id);
      log.info(`comment-mode off: deleted the earlier testops comment on ${where}`);
      return { action: "deleted" };
    }
    if (!existing) {
      if (mode === "on-failure" && !input.failed) {
        log.info(`comment-mode on-failure: the run passed and ${where} has no testops comment; none written`);
        return { action: "skipped" };
      }
      const created = await api.create(owner, repo, issue, body);
      log.info(`created the testops comment: ${created.url}`);
      return { action: "created", url: created.url };
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
      log.info(`the testops comment was deleted meanwhile; created it again: ${created.url}`);
      return { action: "created", url: created.url };
    }
  } catch (error) {
    if (status(error) === 403 && /not accessible by integration|forbidden/i.test(error.message)) {
      log.warning(`cannot write the PR comment on ${where}: the token is read-only (a fork PR?). The report is in the job summary.`);
      return { action: "skipped" };
    }
    throw error;
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

// src/github/issues.ts
var ACTIONS_BOT = "github-actions[bot]";
function toIssueRecord(raw) {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    stateReason: raw.state_reason ?? null,
    author: raw.user?.login ?? null,
    labels: raw.labels.map((label) => typeof label === "string" ? label : label.name ?? "").filter(Boolean),
    url: raw.html_url,
    createdAt: raw.created_at,
    closedAt: raw.closed_at
  };
}
function flakyIssuesApi(octokit) {
  let login;
  return {
    login() {
      login ??= octokit.rest.users.getAuthenticated().then(
        (response) => response.data.login,
        (error) => {
          if (error.status === 403 || error.status === 401 || error.status === 404) return ACTIONS_BOT;
          throw error;
        }
      );
      return login;
    },
    async listByLabel(ref, label) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...ref,
        labels: label,
        state: "all",
        sort: "created",
        direction: "asc",
        per_page: 100
      });
      return issues.filter((issue) => !issue.pull_request).map(toIssueRecord).sort((a, b) => a.number - b.number);
    },
    async create(ref, issue) {
      const response = await octokit.rest.issues.create({ ...ref, title: issue.title, body: issue.body, labels: issue.labels });
      return toIssueRecord(response.data);
    },
    async update(ref, number, change) {
      const response = await octokit.rest.issues.update({
        ...ref,
        issue_number: number,
        ...change.title !== void 0 ? { title: change.title } : {},
        ...change.body !== void 0 ? { body: change.body } : {},
        ...change.state ? { state: change.state } : {},
        ...change.stateReason ? { state_reason: change.stateReason } : {}
      });
      return toIssueRecord(response.data);
    },
    async comment(ref, number, body) {
      await octokit.rest.issues.createComment({ ...ref, issue_number: number, body });
    },
    async addLabels(ref, number, labels) {
      if (labels.length > 0) await octokit.rest.issues.addLabels({ ...ref, issue_number: number, labels });
    }
  };
}

// src/pipeline/publish.ts
function refreshesBaseline(plan) {
  const { event } = plan;
  return event.isDefaultBranch && event.name !== "pull_request" && event.name !== "pull_request_target" && !plan.shard;
}
function describeGitHubError(error) {
  const status2 = error.status;
  const message = error.message?.split("\n")[0] ?? String(error);
  if (status2 === 403 || status2 === 401)
    return `GitHub refused the write (${status2}): the token is read-only (a fork PR?) or lacks pull-requests/issues: write \u2014 the report is in the job summary`;
  return status2 ? `GitHub API error ${status2}: ${message}` : message;
}
async function publishReport(input) {
  const { report, plan, config, log } = input;
  const event = plan.event;
  const repo = event.repo;
  const canWrite = Boolean(input.octokit && repo && !event.isFork);
  if (event.isFork)
    report.problems.push({
      kind: "github",
      message: "fork PR: the token is read-only, so the report goes to the job summary and report.json only"
    });
  if (canWrite && config.flaky.issues && report.flaky.some((entry) => entry.state !== "stable") && input.octokit && repo) {
    try {
      const mergeBaseAt = plan.mergeBase && input.git ? await mergeBaseTime(input.git, plan.mergeBase) : void 0;
      const result = await syncFlakyIssues({
        api: flakyIssuesApi(input.octokit),
        owner: repo.owner,
        repo: repo.repo,
        entries: report.flaky,
        runs: input.runs,
        baseline: input.baseline,
        event,
        config: config.flaky,
        ...report.runUrl ? { runUrl: report.runUrl } : {},
        now: input.clock.now(),
        log,
        ...input.tree ? { tree: input.tree } : {},
        ...input.scopes ? { scopes: input.scopes } : {},
        ...mergeBaseAt ? { mergeBaseAt } : {}
      });
      for (const problem of result.problems) report.problems.push({ kind: "github", message: problem });
    } catch (error) {
      const message = `flaky-test issues not updated: ${describeGitHubError(error)}`;
      log.warning(message);
      report.problems.push({ kind: "github", message });
    }
  }
  const summaryUrl = report.runUrl;
  let commentUrl;
  let commentAction;
  if (canWrite && event.prNumber && input.octokit && repo) {
    try {
      const body = renderComment(report, {
        ...summaryUrl ? { summaryUrl } : {},
        ...input.commentId ? { commentId: input.commentId } : {}
      });
      const result = await upsertStickyComment({
        api: commentsApi(input.octokit),
        owner: repo.owner,
        repo: repo.repo,
        issue: event.prNumber,
        body,
        ...input.commentId ? { commentId: input.commentId } : {},
        mode: input.commentMode,
        failed: report.conclusion === "failure",
        log
      });
      commentUrl = result.url;
      commentAction = result.action;
      log.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ""}`);
    } catch (error) {
      const message = `PR comment not posted: ${describeGitHubError(error)}`;
      log.warning(message);
      report.problems.push({ kind: "github", message });
    }
  }
  let baselineUpdated = false;
  if (refreshesBaseline(plan)) {
    const next = updateBaseline(
      input.baseline,
      input.runs,
      {
        commit: event.headSha,
        ...input.tree ? { tree: input.tree } : {},
        ...input.scopes && Object.keys(input.scopes).length > 0 ? { scopes: input.scopes } : {},
        branch: event.branch ?? event.defaultBranch ?? "main",
        ...event.runId ? { runId: event.runId } : {},
        ...event.runAttempt ? { runAttempt: event.runAttempt } : {},
        createdAt: input.clock.now().toISOString(),
        schemaVersion: 1
      },
      { historyRuns: config.baseline["history-runs"], perfSamples: config.baseline["perf-samples"] }
    );
    writeBaseline(input.baselineDir, next);
    baselineUpdated = true;
    log.info(`baseline updated for ${event.headSha.slice(0, 7)} \u2192 ${input.baselineDir}`);
  }
  const summary = renderSummary(report);
  input.writeSummary(summary);
  for (const annotation of renderAnnotations(report, input.configPath)) {
    const location2 = {
      ...annotation.file ? { file: annotation.file } : {},
      ...annotation.line ? { line: annotation.line } : {},
      ...annotation.title ? { title: annotation.title } : {}
    };
    log[annotation.level](annotation.message, location2);
  }
  const comment = renderComment(report, {
    ...summaryUrl ? { summaryUrl } : {},
    ...input.commentId ? { commentId: input.commentId } : {}
  });
  return { ...commentUrl ? { commentUrl } : {}, ...commentAction ? { commentAction } : {}, baselineUpdated, comment, summary };
}

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
    "bench:perf": "node --import tsx bench/perf-sim.ts",
    "bench:flaky": "node --import tsx bench/flaky-sim.ts",
    "bench:render": "node --import tsx bench/render.ts",
    "bench:offline-github": "node --import tsx test/github-server/bench.ts",
    "test:oracles": "vitest run --config vitest.oracles.config.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "jsonc-parser": "^3.3.1",
    "markdown-table": "^3.1.0",
    minimatch: "^11.0.9",
    "oxc-parser": "^0.159.0",
    "oxc-resolver": "^11.24.2",
    picocolors: "^1.1.1",
    saxes: "6.0.0",
    seedrandom: "^3.0.5",
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
    marked: "^18.2.1",
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

// src/gates/baseline-gate.ts
function baselineVerdict(context) {
  if (context.info.status === "ok" && context.baseline) {
    const provenance = context.baseline.provenance;
    return {
      gate: "baseline",
      status: "pass",
      value: provenance.branch,
      baseline: baselineLabel(provenance.branch, context),
      threshold: null,
      reason: `baseline from ${provenance.branch} at ${provenance.commit.slice(0, 7)}${provenance.runId ? `, run ${provenance.runId}` : ""}${context.info.key ? ` (cache key ${context.info.key})` : ""}`
    };
  }
  return {
    gate: "baseline",
    status: context.requireBaseline ? "fail" : "skipped",
    value: context.info.status,
    baseline: null,
    threshold: context.requireBaseline ? "required" : null,
    reason: `${context.info.reason ?? `baseline ${context.info.status}`}${context.requireBaseline ? " (require-baseline is set)" : ""}`
  };
}

// src/gates/coverage.ts
var MAX_DROPS = 5;
function levelVerdict(gate, subject, pct3, failBelow, warnBelow, detail) {
  const status2 = pct3 < failBelow ? "fail" : pct3 < warnBelow ? "warn" : "pass";
  const reason = status2 === "fail" ? `${detail}, below the minimum of ${failBelow}%` : status2 === "warn" ? `${detail}, below the warning level of ${warnBelow}%` : `${detail}, at or above ${warnBelow}%`;
  return {
    gate,
    subject,
    status: status2,
    value: formatPct(pct3),
    baseline: null,
    threshold: warnBelow > failBelow ? `warn < ${warnBelow}%, fail < ${failBelow}%` : `fail < ${failBelow}%`,
    reason
  };
}
function scopedBaseLines(base, coverage) {
  const baseFiles = Object.keys(base.files);
  if (baseFiles.length === 0 || coverage.files.some((file) => file.lines.length === 0)) return void 0;
  const measured = new Set(coverage.files.map((file) => file.path));
  if (baseFiles.every((path) => measured.has(path))) return void 0;
  let covered = 0;
  let total = 0;
  let files = 0;
  for (const path of baseFiles) {
    const entry = base.files[path];
    if (!measured.has(path) || !entry || entry.total === 0) continue;
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
          threshold: `fail < ${config.min}%`,
          reason: "no coverage report in this run"
        }
      ]
    };
  const verdicts = [];
  const { lines, branches } = coverage.totals;
  const base = context.info.status === "ok" ? context.baseline?.coverage : void 0;
  const scoped = base ? scopedBaseLines(base, coverage) : void 0;
  const baseLinesPct = scoped ? scoped.total > 0 ? scoped.pct : void 0 : base?.totals.lines.pct;
  const baseLinesLabel = (pct3) => `${baselineLabel(formatPct(pct3), context)}${scoped ? ` (the ${scoped.files === 1 ? "file" : `${scoped.files} files`} this run measured)` : ""}`;
  if (lines.total === 0)
    verdicts.push({
      gate: "coverage",
      subject: "lines",
      status: "skipped",
      value: null,
      baseline: null,
      threshold: `fail < ${config.min}%`,
      reason: "the coverage report has no coverable lines"
    });
  else {
    const verdict = levelVerdict(
      "coverage",
      "lines",
      lines.pct,
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
        threshold: `fail < ${branchesMin}%`,
        reason: "the coverage report has no branch data"
      });
    else {
      const verdict = levelVerdict(
        "coverage",
        "branches",
        branches.pct,
        branchesMin,
        config["branches-warn"] ?? branchesMin,
        `${branches.covered} of ${branches.total} branches covered`
      );
      if (base) verdict.baseline = baselineLabel(formatPct(base.totals.branches.pct), context);
      verdicts.push(verdict);
    }
  }
  const maxDrop = config["max-drop"];
  if (maxDrop !== void 0 && lines.total > 0) {
    const warnDrop = config["max-drop-warn"] ?? maxDrop / 2;
    const threshold = `warn > ${warnDrop} pts, fail > ${maxDrop} pts`;
    if (!base)
      verdicts.push(
        withoutBaseline("coverage", context, { subject: "drop", value: formatPct(lines.pct), threshold, what: "coverage drop" })
      );
    else if (baseLinesPct === void 0)
      verdicts.push({
        gate: "coverage",
        subject: "drop",
        status: "skipped",
        value: formatPct(lines.pct),
        baseline: null,
        threshold,
        reason: "none of the files this run measured has coverage in the baseline"
      });
    else {
      const drop = baseLinesPct - lines.pct;
      const tenths = Math.round(drop * 1e6) / 1e6;
      const status2 = tenths > maxDrop ? "fail" : tenths > warnDrop ? "warn" : "pass";
      verdicts.push({
        gate: "coverage",
        subject: "drop",
        status: status2,
        value: formatPct(lines.pct),
        baseline: baseLinesLabel(baseLinesPct),
        threshold,
        reason: `${drop > 0 ? `dropped ${formatPoints(drop)} against the baseline` : drop < 0 ? `rose ${formatPoints(-drop)} against the baseline` : "unchanged against the baseline"}${partial ? `, over the ${coverage.files.length === 1 ? "file" : `${coverage.files.length} files`} the selected tests cover and the same files in the baseline (${partial.ran} of ${partial.total} test files ran)` : scoped ? ", over the same files" : ""}`
      });
    }
  }
  const patchMin = config["patch-min"] ?? config.min;
  const patchWarn = config["patch-warn"] ?? patchMin;
  const patchThreshold = patchWarn > patchMin ? `warn < ${patchWarn}%, fail < ${patchMin}%` : `fail < ${patchMin}%`;
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
  drops.sort((a, b) => b.before - b.after - (a.before - a.after));
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
var TOTAL_FLOOR_SECONDS = 10;
function durationGate(runs, config, context) {
  const verdicts = [];
  for (const suite of runs.suites) {
    if (!suite.selected || suite.status === "skipped" || suite.budget === void 0 || suite.budget <= 0) continue;
    const share = suite.duration / suite.budget * 100;
    const status3 = share > config.fail ? "fail" : share > config.warn ? "warn" : "pass";
    verdicts.push({
      gate: "duration",
      subject: suite.name,
      status: status3,
      value: formatDuration(suite.duration),
      baseline: null,
      threshold: `budget ${formatDuration(suite.budget)} (warn > ${config.warn}%, fail > ${config.fail}%)`,
      reason: `${Math.round(share)}% of its budget`
    });
  }
  const wallClock = (Date.parse(runs.finishedAt) - Date.parse(runs.startedAt)) / 1e3;
  if (!Number.isFinite(wallClock) || runs.cancelled) return verdicts;
  const warn = config["total-warn"];
  const fail = config["total-fail"];
  const threshold = `warn > +${Math.round(warn * 100)}%${fail !== void 0 ? `, fail > +${Math.round(fail * 100)}%` : ""}`;
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
      value: formatDuration(total),
      baseline: null,
      threshold,
      reason: "none of the suites that ran has a duration history in the baseline yet"
    });
    return verdicts;
  }
  if (history.length === 0) {
    verdicts.push(
      withoutBaseline("duration", context, { subject: "total", value: formatDuration(total), threshold, what: "total run time" })
    );
    const last = verdicts.at(-1);
    if (last.status === "fail" && fail === void 0) last.status = "skipped";
    return verdicts;
  }
  const base = median(history);
  const change = base > 0 ? total / base - 1 : 0;
  const grew = total - base > TOTAL_FLOOR_SECONDS;
  const status2 = grew && fail !== void 0 && change > fail ? "fail" : grew && change > warn ? "warn" : "pass";
  verdicts.push({
    gate: "duration",
    subject: "total",
    status: status2,
    value: formatDuration(total),
    baseline: baselineLabel(formatDuration(base), context),
    threshold,
    reason: `${change >= 0 ? "+" : ""}${Math.round(change * 100)}% against the baseline median${scope}${!grew && change > warn ? ` (under the ${TOTAL_FLOOR_SECONDS}s noise floor)` : ""}`
  });
  return verdicts;
}

// src/gates/flakiness.ts
function flakinessGate(suites, flaky, config) {
  const excused = quarantinedIds(flaky);
  const tests = suites.flatMap((suite) => suite.tests).filter((test) => test.status !== "skipped" && !excused.has(test.id));
  const warnAt = config.warn ?? config.budget / 2;
  const threshold = `warn > ${warnAt}%, fail > ${config.budget}%`;
  const quarantined = flaky.filter((entry) => entry.quarantined);
  const listed = quarantined.length > 0 ? `; quarantined: ${quarantined.map((entry) => entry.name).slice(0, 3).join(", ")}${quarantined.length > 3 ? ` and ${quarantined.length - 3} more` : ""}` : "";
  if (tests.length === 0)
    return { gate: "flakiness", status: "skipped", value: null, baseline: null, threshold, reason: `no test results in this run${listed}` };
  const evidence = tests.filter((test) => test.flaky || test.nondeterministic).length;
  const pct3 = evidence / tests.length * 100;
  const status2 = pct3 > config.budget ? "fail" : pct3 > warnAt ? "warn" : "pass";
  return {
    gate: "flakiness",
    status: status2,
    value: formatPct(pct3),
    baseline: null,
    threshold,
    reason: `${evidence} of ${tests.length} tests flaked in this run${status2 === "fail" ? `, over the ${config.budget}% budget` : ""}${listed}`
  };
}

// src/gates/levels.ts
var RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
var worst = (statuses) => statuses.reduce((a, b) => RANK[b] > RANK[a] ? b : a, "pass");
var isFailure = (status2) => status2 === "failed" || status2 === "errored";
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
  if (policy.budget !== void 0) parts.push(`SLA ${formatDuration(policy.budget)}`);
  return parts.length > 0 ? parts.join(" \xB7 ") : "no policy";
}
function judgeGroup(group, quarantined, flakyIds, durations) {
  const { policy, level } = group;
  const mustPass = policy["must-pass"] === true;
  const tests = group.suites.flatMap((suite) => suite.tests).filter((test) => test.status !== "skipped");
  const counted = mustPass ? tests : tests.filter((test) => !quarantined.has(test.id));
  const failed = counted.filter((test) => isFailure(test.status)).length;
  const passed = counted.length - failed;
  const passPct = counted.length > 0 ? passed / counted.length * 100 : null;
  const failPct = counted.length > 0 ? failed / counted.length * 100 : 0;
  const name = group.suite ? `the ${level} policy of ${group.suite}` : `the ${level} level`;
  const judged = [];
  if (mustPass) {
    const broken = group.suites.filter((suite) => suite.status !== "passed" || suite.exitCode !== null && suite.exitCode !== 0);
    if (failed > 0)
      judged.push({
        status: "fail",
        text: `${failed} of ${counted.length} failed; every ${level} test must pass (quarantine does not apply)`
      });
    else if (broken.length > 0)
      judged.push({
        status: "fail",
        text: `${broken.map((suite) => `${suite.name} ${suite.status}${suite.exitCode ? ` (exit code ${suite.exitCode})` : ""}`).join(", ")}; ${level} suites must pass`
      });
    else judged.push({ status: "pass", text: counted.length > 0 ? `all ${counted.length} passed` : "passed" });
  }
  const maxFailureRate = policy["max-failure-rate"];
  if (maxFailureRate !== void 0) {
    if (counted.length === 0) judged.push({ status: "skipped", text: "no test results" });
    else if (failPct > maxFailureRate)
      judged.push({
        status: "fail",
        text: `${failed} of ${counted.length} failed (${formatPct(failPct)}), over the ${maxFailureRate}% tolerance`
      });
    else
      judged.push({
        status: "pass",
        text: failed > 0 ? `${failed} of ${counted.length} failed, within the ${maxFailureRate}% tolerance` : `all ${counted.length} passed`
      });
  }
  const passRate = policy["pass-rate"];
  if (passRate && passPct !== null) {
    const warnAt = passRate.warn ?? passRate.fail;
    const status3 = passPct < passRate.fail ? "fail" : passPct < warnAt ? "warn" : "pass";
    const level2 = status3 === "fail" ? `under the ${passRate.fail}% required` : status3 === "warn" ? `under the ${warnAt}% warning level` : `at or above ${warnAt}%`;
    judged.push({ status: status3, text: `${passed} of ${counted.length} passed (${formatPct(passPct)}), ${level2}` });
  } else if (passRate) judged.push({ status: "skipped", text: "no test results" });
  const judge = judged.length > 0 ? worst(judged.map((entry) => entry.status)) : void 0;
  if (!judge && counted.length > 0) judged.push({ status: "pass", text: `${passed} of ${counted.length} passed` });
  const seconds2 = group.suites.reduce((sum, suite) => sum + suite.duration, 0);
  if (policy.budget !== void 0 && policy.budget > 0) {
    const share = seconds2 / policy.budget * 100;
    const status3 = share > durations.fail ? "fail" : share > durations.warn ? "warn" : "pass";
    judged.push({ status: status3, text: `took ${formatDuration(seconds2)} of its ${formatDuration(policy.budget)} SLA (${Math.round(share)}%)` });
  } else judged.push({ status: "pass", text: `took ${formatDuration(seconds2)}` });
  let flakyRate = null;
  if (tests.length > 0) {
    const flaky = tests.filter((test) => test.flaky || test.nondeterministic || flakyIds.has(test.id)).length;
    const pct3 = flaky / tests.length * 100;
    flakyRate = pct3;
    const warnAt = policy["flaky-rate"]?.warn ?? DEFAULT_FLAKY_WARN;
    const failAt = policy["flaky-rate"]?.fail;
    const status3 = failAt !== void 0 && pct3 > failAt ? "fail" : pct3 > warnAt ? "warn" : "pass";
    judged.push({
      status: status3,
      text: `flaky ${formatPct(pct3)}${status3 === "fail" ? `, over ${failAt}%` : status3 === "warn" ? `, over ${warnAt}%` : ""}`
    });
  }
  const status2 = worst(judged.map((entry) => entry.status).filter((entry) => entry !== "skipped"));
  const suites = group.suites.map((suite) => suite.name);
  const verdict = {
    gate: "level",
    subject: group.suite ? `${level} \u203A ${group.suite}` : level,
    status: judged.every((entry) => entry.status === "skipped") ? "skipped" : status2,
    value: passPct === null ? null : formatPct(passPct),
    baseline: null,
    threshold: thresholdText(policy),
    reason: `${judged.map((entry) => entry.text).join("; ")} \u2014 ${suites.length === 1 ? "suite" : "suites"} ${suites.join(", ")}`
  };
  const row = {
    subject: verdict.subject,
    suites,
    tests: counted.length,
    failed,
    passRate: passPct,
    policy: verdict.threshold,
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
function passRateGate(suites, quarantined, config, deferred = /* @__PURE__ */ new Set()) {
  const own = suites.filter((suite) => !deferred.has(suite.name));
  const counted = own.flatMap((suite) => suite.tests).filter((test) => test.status !== "skipped" && !quarantined.has(test.id));
  const threshold = `warn < ${config.warn}%, fail < ${config.fail}%`;
  const left = suites.length - own.length;
  const leftOut = left > 0 ? ` (${left} suite${left === 1 ? "" : "s"} judged by ${left === 1 ? "its" : "their"} level policy)` : "";
  if (counted.length === 0)
    return {
      gate: "pass-rate",
      status: "skipped",
      value: null,
      baseline: null,
      threshold,
      reason: left > 0 && own.length === 0 ? "every suite that ran is judged by its level policy" : `no test results in this run${leftOut}`
    };
  const passed = counted.filter((test) => test.status === "passed").length;
  const pct3 = passed / counted.length * 100;
  const status2 = pct3 < config.fail ? "fail" : pct3 < config.warn ? "warn" : "pass";
  const level = status2 === "fail" ? `below ${config.fail}%` : status2 === "warn" ? `below ${config.warn}%` : `at or above ${config.warn}%`;
  return {
    gate: "pass-rate",
    status: status2,
    value: formatPct(pct3),
    baseline: null,
    threshold,
    reason: `${passed} of ${counted.length} tests passed, ${level}${leftOut}`
  };
}

// src/gates/resilience.ts
var seconds = (value) => `${value.toFixed(1)} s`;
function describeFaults(suite) {
  const parts = [];
  for (const service of suite.services) {
    const events = service.faults ?? [];
    for (const [index, event] of events.entries()) {
      if (event.kind === "kill") {
        const back = events.slice(index + 1).find((later) => later.kind === "ready" || later.kind === "not-ready" || later.kind === "kill");
        parts.push(
          `${event.target} killed (${event.detail}) at ${seconds(event.at)}${back?.kind === "ready" ? `, ready again at ${seconds(back.at)}` : back?.kind === "not-ready" ? ", never ready again" : ""}`
        );
      } else if (event.kind === "pause") parts.push(`${event.target} paused at ${seconds(event.at)} for ${event.detail}`);
      else if (event.kind === "partition") parts.push(`${event.target} partitioned at ${seconds(event.at)} for ${event.detail}`);
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
      verdicts.push(...recoveryRows(suite, config["recovery-max"]));
    }
    if (suite.cassettes && config["stale-cassettes"] !== "off") verdicts.push(cassetteRow(suite, config["stale-cassettes"]));
  }
  return verdicts;
}
function passRateRow(suite, min) {
  const threshold = `fail < ${min}%`;
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
  const pct3 = passed / counted.length * 100;
  return {
    ...base,
    status: pct3 < min ? "fail" : "pass",
    value: formatPct(pct3),
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
        threshold: `\u2264 ${seconds(max)}`
      };
      if (event.recovery === void 0) {
        const why = events.slice(index + 1).find((later) => later.kind === "not-ready");
        rows.push({
          ...base,
          status: "fail",
          value: null,
          reason: `killed at ${seconds(event.at)} and never ready again${why?.detail ? ` (${why.detail})` : ""}`
        });
        return;
      }
      rows.push({
        ...base,
        status: event.recovery > max ? "fail" : "pass",
        value: seconds(event.recovery),
        reason: `killed at ${seconds(event.at)}, ready again at ${seconds(event.at + event.recovery)}${event.recovery > max ? `, slower than ${seconds(max)}` : ""}`
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
    value: `${audit.staleCount} stale`,
    baseline: null,
    threshold: `${onStale} on stale`,
    reason: parts.join("; ")
  };
}

// src/gates/security.ts
var SEVERITY_ORDER2 = ["info", "low", "medium", "high", "critical"];
var atLeast = (severity, floor) => SEVERITY_ORDER2.indexOf(severity) >= SEVERITY_ORDER2.indexOf(floor);
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
  const threshold = `no new ${floor}${floor === "critical" ? "" : "+"} findings`;
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
        value: `${newFindings.length} new, ${unique.length - newFindings.length} known`,
        baseline: baselineLabel(`${known.size} known`, context),
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
          value: `${blockingUnknown.length} ${floor}+`,
          threshold,
          what: `${blockingUnknown.length} ${floor}+ finding${blockingUnknown.length > 1 ? "s" : ""} cannot be classed as new or known`
        })
      );
    else if (unique.length > 0)
      verdicts.push({
        gate: "security",
        subject: "findings",
        status: "pass",
        value: `${unique.length} found`,
        baseline: null,
        threshold,
        reason: `no finding at or above ${floor} that could be new`
      });
  }
  return { verdicts, summary: { newFindings, existing: unique.length - newFindings.length, counts } };
}

// src/gates/tests.ts
var FATAL_PROBLEMS = /* @__PURE__ */ new Set([
  "no-report",
  "missing-report",
  "parse-error",
  "timeout",
  "crash",
  "service",
  "cancelled"
]);
var isFailure2 = (status2) => status2 === "failed" || status2 === "errored";
function names(tests, limit = 3) {
  const shown = tests.slice(0, limit).map((test) => test.name);
  return tests.length > limit ? `${shown.join(", ")} and ${tests.length - limit} more` : shown.join(", ");
}
function suiteVerdict(suite, quarantined, ruling) {
  const verdict = (status2, reason) => ({
    gate: "tests",
    subject: suite.name,
    status: status2,
    value: suite.totals.tests > 0 ? `${suite.totals.passed}/${suite.totals.tests - suite.totals.skipped} passed` : null,
    baseline: null,
    threshold: "no failures",
    reason
  });
  if (suite.status === "skipped") return verdict("skipped", `not run: ${suite.reasons[0] ?? "skipped"}`);
  if (suite.status === "cancelled") return verdict("fail", "cancelled before it finished");
  if (suite.status === "timeout") return verdict("fail", `timed out after ${formatDuration(suite.duration)}`);
  const fatal = suite.problems.find((problem) => FATAL_PROBLEMS.has(problem.kind));
  const failed = suite.tests.filter((test) => isFailure2(test.status));
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
function findFile(byPath, files, path) {
  const exact = byPath.get(path);
  if (exact) return exact;
  const candidates = files.filter((file) => file.path.endsWith(`/${path}`) || path.endsWith(`/${file.path}`));
  return candidates.length === 1 ? candidates[0] : void 0;
}
function computePatchCoverage(changed, coverage) {
  const byPath = new Map(coverage.files.map((file) => [file.path.replace(/^\.\//, ""), file]));
  const files = [];
  for (const [path, lines] of [...changed.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const file = findFile(byPath, coverage.files, path);
    if (!file) continue;
    const hits = new Map(file.lines);
    let covered2 = 0;
    let total2 = 0;
    const missing = [];
    for (const line of lines) {
      const count = hits.get(line);
      if (count === void 0) continue;
      total2++;
      if (count > 0) covered2++;
      else missing.push(line);
    }
    if (total2 > 0) files.push({ path, covered: covered2, total: total2, missing });
  }
  const covered = files.reduce((sum, file) => sum + file.covered, 0);
  const total = files.reduce((sum, file) => sum + file.total, 0);
  return { covered, total, pct: total === 0 ? null : covered / total * 100, files };
}
async function patchCoverage(input) {
  const range = input.head ? [`${input.mergeBase}...${input.head}`] : [input.mergeBase];
  const diff = await input.git.run([
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
  return computePatchCoverage(addedLines(diff), input.coverage);
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
    mergeCoverageReports(ran.flatMap((suite) => suite.coverage ? [suite.coverage] : [])),
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
import { isAbsolute, relative, sep } from "node:path";
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
    const inRepo = isAbsolute(path) ? relative(repoRoot, path) : path;
    if (!inRepo || inRepo.startsWith("..") || isAbsolute(inRepo)) continue;
    return { file: inRepo.split(sep).join("/"), line };
  }
  return void 0;
}

// src/pipeline/report.ts
function runsForMissingResults(plan, reason, now) {
  const at3 = now.toISOString();
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
  return { version: 1, startedAt: at3, finishedAt: at3, cancelled: false, seed: plan.seed, suites };
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
async function buildReport(input) {
  const { plan, runs, config } = input;
  const problems = [...plan.problems];
  const { baseline, info } = baselineFor(input);
  if (info.status !== "ok") problems.push({ kind: "baseline", message: info.reason ?? `baseline ${info.status}` });
  const partial = partialRun(plan);
  const judged = narrowRunsCoverage(runs, partial);
  const coverages = judged.suites.flatMap((suite) => suite.coverage ? [suite.coverage] : []);
  const coverage = coverages.length > 0 ? mergeCoverage(coverages) : void 0;
  let patch;
  if (coverage && plan.mergeBase && input.git) {
    try {
      patch = await patchCoverage({ git: input.git, mergeBase: plan.mergeBase, head: plan.event.headSha, coverage });
    } catch (error) {
      problems.push({ kind: "other", message: `patch coverage could not be computed: ${error.message}` });
    }
  }
  const scopes = input.git ? await suiteScopes(input.git, config.suites, plan.event.headSha) : {};
  const flaky = analyzeFlakiness({
    runs,
    baseline,
    config: config.flaky,
    event: plan.event,
    scopes,
    ...input.tree ? { tree: input.tree } : {},
    ...input.previousAttempts ? { previousAttempts: input.previousAttempts } : {}
  });
  const gates = evaluateGates({ runs: judged, baseline, baselineInfo: info, config, patch, flaky, partial });
  const allTests = runs.suites.flatMap((suite) => suite.tests);
  const quarantined = quarantinedIds(flaky);
  for (const suite of runs.suites) problems.push(...suite.problems);
  if (runs.cancelled) problems.push({ kind: "cancelled", message: "the run was cancelled; the report holds what was gathered before" });
  const started = Date.parse(runs.startedAt);
  const finished = Date.parse(runs.finishedAt);
  const event = plan.event;
  const report = {
    version: 1,
    conclusion: gates.conclusion,
    createdAt: input.clock.now().toISOString(),
    event,
    gates: gates.verdicts,
    suites: runs.suites.map((suite) => ({
      name: suite.name,
      selected: suite.selected,
      reasons: suite.reasons,
      status: suite.status,
      duration: suite.duration,
      exitCode: suite.exitCode,
      ...suite.level ? { level: suite.level } : {},
      ...suite.budget !== void 0 ? { budget: suite.budget } : {},
      tests: suite.totals,
      problems: suite.problems
    })),
    totals: testTotals(allTests),
    failures: allTests.filter((test) => test.status === "failed" || test.status === "errored").map((test) => {
      const failing = [...test.attempts].reverse().find((attempt) => attempt.status === "failed" || attempt.status === "errored");
      const located = test.file && test.line ? void 0 : locateInStack(failing?.stack, plan.repoRoot);
      const file = test.file ?? located?.file;
      const line = test.line ?? (located && (!test.file || located.file === test.file) ? located.line : void 0);
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
    perf: gates.perf,
    security: gates.security,
    ...gates.levels.length > 0 ? { levels: gates.levels } : {},
    flaky,
    determinism: runs.suites.flatMap((suite) => suite.determinism ? [{ suite: suite.name, ...suite.determinism }] : []),
    baseline: info,
    problems,
    changedFiles: plan.changedFiles ? plan.changedFiles.length : null,
    duration: Number.isFinite(finished - started) ? Math.max(0, (finished - started) / 1e3) : 0,
    ...event.runId && event.repo ? { runUrl: `${event.serverUrl ?? "https://github.com"}/${event.repo.owner}/${event.repo.repo}/actions/runs/${event.runId}` } : {},
    version_testops: VERSION
  };
  return { report, baseline, scopes };
}

export {
  commentsApi,
  upsertStickyComment,
  pullHeadMatches,
  renderTerminal,
  renderComment,
  renderHtmlPage,
  publishReport,
  VERSION,
  runsForMissingResults,
  buildReport
};
