#!/usr/bin/env node
import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  VERSION,
  buildReport,
  checkUploadedReport,
  markdownTable,
  publishReport,
  renderHtmlPage,
  writeRecord
} from "./chunks/chunk-LMTZW3QT.js";
import {
  makePlan,
  readBaseline,
  replayImpactCommand,
  shardInput,
  updateBaseline,
  writeBaseline
} from "./chunks/chunk-KMCRIZIO.js";
import {
  FORMATS,
  ReplayError,
  ReportError,
  createGit,
  failingEntries,
  parseReportFile,
  readReplay,
  redactSecrets,
  replayPlan,
  runPlan,
  seedProblem,
  systemClock,
  writeJson,
  writeText
} from "./chunks/chunk-6WET3F3X.js";
import {
  LOCAL_HISTORY_DIR,
  NoHistoryError,
  assessHealth,
  healthMarkdown,
  loadHistory
} from "./chunks/chunk-4TI4CGHP.js";
import {
  ANOMALY_KINDS,
  PRIORITIES
} from "./chunks/chunk-ZHOAPUSW.js";
import {
  archivePath,
  archiveRecords,
  parseRecord,
  planCompaction,
  readHistory,
  recordFromReport,
  recordPath,
  serializeRecord
} from "./chunks/chunk-XP6SEY4W.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATHS,
  configProblems,
  consoleLog,
  escapeText,
  findConfig,
  healthSchema,
  historySchema,
  loadConfig,
  pathsUnder,
  readConfigFile,
  redactor,
  renderTerminal,
  shellQuote,
  terminalText
} from "./chunks/chunk-EV4KVHPX.js";
import "./chunks/chunk-AV3JBR2K.js";

// src/cli.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join3, relative as relative3, resolve as resolve6 } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";

// src/ingest/command.ts
import { resolve } from "node:path";
var USAGE = "usage: testops parse FILE\u2026 [--format F] [--files] [--suite NAME] [--repo-root DIR]";
function summarize(report, files) {
  const head = { file: report.file, format: report.format, kind: report.kind };
  switch (report.kind) {
    case "tests":
      return { ...head, totals: report.totals };
    case "coverage":
      return { ...head, totals: report.totals, ...files ? { files: report.files } : { fileCount: report.files.length } };
    case "perf":
      return { ...head, scenarios: report.scenarios };
    case "security": {
      const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
      for (const finding of report.findings) counts[finding.severity]++;
      return { ...head, totals: { findings: report.findings.length, ...counts }, ...files ? { findings: report.findings } : {} };
    }
  }
}
async function parseCommand(argv, io2) {
  const paths = [];
  let format;
  let files = false;
  let suite = "";
  let repoRoot = io2.cwd;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === void 0 || next.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    try {
      if (arg === "--format" || arg === "-f") format = value();
      else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
      else if (arg === "--files") files = true;
      else if (arg === "--suite") suite = value();
      else if (arg === "--repo-root") repoRoot = resolve(io2.cwd, value());
      else if (arg === "--help" || arg === "-h") {
        io2.stdout(`${USAGE}
formats: auto, ${Object.keys(FORMATS).join(", ")}
`);
        return 0;
      } else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
      else paths.push(arg);
    } catch (error) {
      io2.stderr(`testops parse: ${error.message}
${USAGE}
`);
      return 2;
    }
  }
  if (paths.length === 0) {
    io2.stderr(`testops parse: no report file given
${USAGE}
`);
    return 2;
  }
  if (format !== void 0 && format !== "auto" && !(format in FORMATS)) {
    io2.stderr(`testops parse: unknown format "${format}" (known: auto, ${Object.keys(FORMATS).join(", ")})
`);
    return 2;
  }
  const results = [];
  let failed = false;
  for (const path of paths) {
    try {
      const report = await parseReportFile(resolve(io2.cwd, path), { format, repoRoot, suite });
      const warnings = report.kind === "coverage" || report.kind === "perf" ? report.warnings ?? [] : [];
      for (const warning of warnings) io2.stderr(`${path}: warning: ${warning}
`);
      results.push({ ...summarize(report, files), file: path, ...warnings.length > 0 ? { warnings } : {} });
    } catch (error) {
      failed = true;
      const message = error instanceof ReportError ? error.message.replace(resolve(io2.cwd, path), path) : `${path}: ${error.message}`;
      io2.stderr(`${message}
`);
      results.push({ file: path, error: message });
    }
  }
  io2.stdout(`${JSON.stringify(redactSecrets(results), null, 2)}
`);
  return failed ? 1 : 0;
}
var UsageError = class extends Error {
};

// src/pipeline/local.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function resolve2(git, rev) {
  const out = await git.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { allowFailure: true });
  return out.trim() || void 0;
}
var UsageError2 = class extends Error {
  exitCode = 2;
};
async function localEvent(git, options) {
  const headRev = options.head ?? "HEAD";
  const headSha = await resolve2(git, headRev);
  if (!headSha)
    throw new UsageError2(
      `--head: "${headRev}" is not a commit in ${git.cwd}${headRev === "HEAD" ? " (is this a git repository with a commit?)" : ""}`
    );
  let baseRev = options.base;
  if (!baseRev) {
    for (const candidate of DEFAULT_BASES) {
      if (await resolve2(git, candidate)) {
        baseRev = candidate;
        break;
      }
    }
  }
  if (!baseRev) throw new UsageError2("--base: no default branch (origin/HEAD, main, master) found; pass --base REV");
  const baseSha = await resolve2(git, baseRev);
  if (!baseSha) throw new UsageError2(`--base: "${baseRev}" is not a commit; fetch it (git fetch origin ${baseRev}) or pass another --base`);
  const branch = (await git.run(["rev-parse", "--abbrev-ref", "HEAD"], { allowFailure: true })).trim() || "local";
  return {
    name: "local",
    headSha,
    baseSha,
    baseRef: baseRev,
    branch,
    isDefaultBranch: false,
    isFork: false
  };
}

// src/runner/failing-command.ts
import { isAbsolute, join, relative, resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";
var FAILING_HELP = `testops failing [--report FILE] [--config F] [--seed S] [--format text|json]
      Lists the failed and flaky tests of a run (FILE defaults to .testops/out/report.json) with
      suite, seed, mode and the command that reproduces each; testops run --failed reruns them.`;
async function reportPathOf(given, cwd) {
  if (given) {
    const path2 = isAbsolute(given) ? given : resolve3(cwd, given);
    return { path: path2, shown: given };
  }
  const top = (await createGit(cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim() || cwd;
  const path = join(top, ".testops/out/report.json");
  return { path, shown: relative(cwd, path) || path };
}
function seedOverride(flag, env) {
  const seed = flag ?? (env.TEST_SEED || void 0);
  if (seed === void 0) return void 0;
  const problem = seedProblem(seed.trim());
  if (problem) throw new ReplayError(`${flag !== void 0 ? "--seed" : "TEST_SEED"}: ${problem}`);
  return seed.trim();
}
async function failingCommand(argv, io2) {
  const { values } = parseArgs({
    args: argv,
    options: {
      report: { type: "string" },
      config: { type: "string" },
      seed: { type: "string" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: false
  });
  if (values.help) {
    io2.stdout(`${FAILING_HELP}
`);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new ReplayError(`--format: expected text or json, got "${format}"`);
  const { path, shown } = await reportPathOf(values.report, io2.cwd);
  const replay = readReplay(path, shown);
  const top = (await createGit(io2.cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim() || io2.cwd;
  const { config } = loadConfig(top, values.config);
  const entries = failingEntries(replay, config, seedOverride(values.seed, process.env));
  const all = `npx testops run --failed${values.report ? ` --report ${shellQuote(shown)}` : ""}`;
  if (format === "json") {
    io2.stdout(
      `${JSON.stringify({ report: shown, seed: entries[0]?.seed ?? replay.seed, tests: entries, rerun: entries.length > 0 ? all : null }, null, 2)}
`
    );
    return 0;
  }
  if (entries.length === 0) {
    io2.stdout(`No failed or flaky test in ${terminalText(shown)} (seed ${replay.seed}).
`);
    return 0;
  }
  const failed = entries.filter((entry) => entry.status !== "flaky").length;
  const flaky = entries.length - failed;
  const lines = [
    `${[failed ? `${failed} failed` : "", flaky ? `${flaky} flaky` : ""].filter(Boolean).join(" and ")} test(s) in ${terminalText(shown)} (seed ${entries[0]?.seed}):`,
    ""
  ];
  for (const entry of entries) {
    const where = entry.file ? ` (${terminalText(entry.file)}${entry.line ? `:${entry.line}` : ""})` : "";
    lines.push(`${entry.status.padEnd(7)} ${terminalText(entry.suite)} \u203A ${terminalText(entry.name)}${where}`);
    if (entry.message) lines.push(`        ${terminalText(entry.message.split("\n")[0]?.slice(0, 200) ?? "")}`);
    lines.push(`        seed ${entry.seed}, mode ${terminalText(entry.mode)}`);
    lines.push(`        reproduce: ${terminalText(entry.reproduce)}`);
    if (entry.note) lines.push(`        (${terminalText(entry.note)})`);
  }
  lines.push("", `Rerun them all with the same seed and mode: ${all}`);
  io2.stdout(`${lines.join("\n")}
`);
  return 0;
}

// src/record/warroom-command.ts
import { readFileSync } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/record/warroom-summary.ts
function parseWarroom(text, file) {
  const entries = [];
  const problems = [];
  const lines = text.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const where = `${file}:${index + 1}`;
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: not JSON (${error.message})`);
      continue;
    }
    const entry = value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`${where}: expected an object with kind, priority and at`);
      continue;
    }
    if (!ANOMALY_KINDS.includes(entry.kind)) {
      problems.push(`${where}: kind ${JSON.stringify(entry.kind)} is not one of ${ANOMALY_KINDS.join(", ")}`);
      continue;
    }
    if (!PRIORITIES.includes(entry.priority)) {
      problems.push(`${where}: priority ${JSON.stringify(entry.priority)} is not one of ${PRIORITIES.join(", ")}`);
      continue;
    }
    if (typeof entry.at !== "string" || !Number.isFinite(Date.parse(entry.at))) {
      problems.push(`${where}: at ${JSON.stringify(entry.at)} is not an ISO 8601 time`);
      continue;
    }
    entries.push({
      ...entry,
      summary: typeof entry.summary === "string" ? entry.summary : "",
      remediation: Array.isArray(entry.remediation) ? entry.remediation.filter((step) => typeof step === "string") : [],
      evidence: entry.evidence && typeof entry.evidence === "object" ? entry.evidence : {}
    });
  }
  return { entries, problems };
}
var RANK = { critical: 0, high: 1, medium: 2, low: 3 };
function summariseWarroom(entries, top = 5) {
  const byPriority = { critical: 0, high: 0, medium: 0, low: 0 };
  const kinds = /* @__PURE__ */ new Map();
  const suites = /* @__PURE__ */ new Map();
  const tests = /* @__PURE__ */ new Map();
  const runs = /* @__PURE__ */ new Set();
  let firstSeen = null;
  let lastSeen = null;
  for (const entry of entries) {
    byPriority[entry.priority]++;
    runs.add(`${entry.commit}|${entry.runUrl ?? ""}|${entry.at}`);
    if (firstSeen === null || entry.at < firstSeen) firstSeen = entry.at;
    if (lastSeen === null || entry.at > lastSeen) lastSeen = entry.at;
    const kind = kinds.get(entry.kind);
    if (!kind) kinds.set(entry.kind, { kind: entry.kind, count: 1, priority: entry.priority, firstSeen: entry.at, lastSeen: entry.at });
    else {
      kind.count++;
      if (RANK[entry.priority] < RANK[kind.priority]) kind.priority = entry.priority;
      if (entry.at < kind.firstSeen) kind.firstSeen = entry.at;
      if (entry.at > kind.lastSeen) kind.lastSeen = entry.at;
    }
    if (entry.suite) suites.set(entry.suite, (suites.get(entry.suite) ?? 0) + 1);
    if (entry.test) {
      const key = `${entry.suite ?? ""}\0${entry.test}`;
      const known = tests.get(key) ?? { test: entry.test, ...entry.suite ? { suite: entry.suite } : {}, count: 0 };
      known.count++;
      tests.set(key, known);
    }
  }
  const byCount = (list) => list.sort((x, y) => y.count - x.count).slice(0, top);
  const urgent = [...entries].sort((x, y) => RANK[x.priority] - RANK[y.priority] || (x.at < y.at ? 1 : x.at > y.at ? -1 : 0)).slice(0, top).map(({ at, kind, priority, respondWithin, summary, remediation, commit }) => ({
    at,
    kind,
    priority,
    respondWithin,
    summary,
    remediation,
    commit
  }));
  return {
    entries: entries.length,
    runs: runs.size,
    firstSeen,
    lastSeen,
    byPriority,
    byKind: [...kinds.values()].sort((x, y) => RANK[x.priority] - RANK[y.priority] || y.count - x.count),
    topSuites: byCount([...suites].map(([suite, count]) => ({ suite, count }))),
    topTests: byCount([...tests.values()]),
    urgent
  };
}
function warroomText(summary, paint = (_p, text) => text) {
  if (summary.entries === 0) return "No anomalies in the war-room log.\n";
  const lines = [];
  lines.push(`${summary.entries} anomalies from ${summary.runs} run(s), first ${summary.firstSeen}, last ${summary.lastSeen}`);
  lines.push(PRIORITIES.map((priority) => paint(priority, `${summary.byPriority[priority]} ${priority}`)).join(" \xB7 "));
  lines.push("");
  const width = Math.max(4, ...summary.byKind.map((kind) => kind.kind.length));
  lines.push(`${"kind".padEnd(width)}  count  priority  first seen                last seen`);
  for (const kind of summary.byKind)
    lines.push(
      `${kind.kind.padEnd(width)}  ${String(kind.count).padStart(5)}  ${paint(kind.priority, kind.priority.padEnd(8))}  ${kind.firstSeen.padEnd(24)}  ${kind.lastSeen}`
    );
  if (summary.topSuites.length)
    lines.push("", `top suites: ${summary.topSuites.map((suite) => `${suite.suite} (${suite.count})`).join(", ")}`);
  if (summary.topTests.length)
    lines.push(
      `top tests: ${summary.topTests.map((test) => `${test.suite ? `${test.suite} \u203A ` : ""}${test.test} (${test.count})`).join(", ")}`
    );
  lines.push("", "most urgent:");
  for (const entry of summary.urgent) {
    lines.push(
      `  ${paint(entry.priority, `[${entry.priority}]`)} ${entry.kind}: ${entry.summary} \u2014 respond ${entry.respondWithin} (${entry.at}, ${entry.commit.slice(0, 7)})`
    );
    for (const step of entry.remediation.slice(0, 3)) lines.push(`      - ${step}`);
  }
  return `${lines.join("\n")}
`;
}
function warroomMarkdown(summary) {
  if (summary.entries === 0) return "### War room\n\nNo anomalies.\n";
  const cell = (text) => escapeText(text);
  const parts = [
    "### War room",
    "",
    `${summary.entries} anomalies from ${summary.runs} run(s), first ${summary.firstSeen}, last ${summary.lastSeen}: ${PRIORITIES.map((priority) => `${summary.byPriority[priority]} ${priority}`).join(", ")}.`,
    "",
    markdownTable([
      ["Kind", "Count", "Priority", "First seen", "Last seen"],
      ...summary.byKind.map((kind) => [kind.kind, String(kind.count), kind.priority, kind.firstSeen, kind.lastSeen])
    ])
  ];
  if (summary.topSuites.length)
    parts.push("", `**Top suites:** ${summary.topSuites.map((suite) => `${cell(suite.suite)} (${suite.count})`).join(", ")}`);
  if (summary.topTests.length)
    parts.push(
      "",
      `**Top tests:** ${summary.topTests.map((test) => `${cell(`${test.suite ? `${test.suite} \u203A ` : ""}${test.test}`)} (${test.count})`).join(", ")}`
    );
  parts.push("", "**Most urgent**", "");
  for (const entry of summary.urgent) {
    parts.push(`- **${entry.priority}** ${entry.kind}: ${cell(entry.summary)} \u2014 respond ${entry.respondWithin}`);
    for (const step of entry.remediation.slice(0, 3)) parts.push(`  - ${cell(step)}`);
  }
  return `${parts.join("\n")}
`;
}

// src/record/warroom-command.ts
var USAGE2 = `usage: testops warroom [FILE\u2026] [--format text|markdown|json] [--top N]
  Summarises war-room logs (warroom.ndjson; default .testops/out/warroom.ndjson): counts by kind
  and priority, top suites and tests, first and last seen, the most urgent anomalies and their steps.`;
var COLORS = {
  critical: ["\x1B[1;31m", "\x1B[0m"],
  high: ["\x1B[31m", "\x1B[39m"],
  medium: ["\x1B[33m", "\x1B[39m"],
  low: ["\x1B[2m", "\x1B[22m"]
};
async function warroomCommand(argv, io2) {
  const { values, positionals } = parseArgs2({
    args: argv,
    options: { format: { type: "string", short: "f" }, top: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true
  });
  if (values.help) {
    io2.stdout(`${USAGE2}
`);
    return 0;
  }
  const format = values.format ?? "text";
  if (!["text", "markdown", "json"].includes(format)) {
    io2.stderr(`testops warroom: --format must be text, markdown or json, got "${format}"
`);
    return 2;
  }
  const top = values.top === void 0 ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    io2.stderr(`testops warroom: --top must be a positive whole number, got "${values.top}"
`);
    return 2;
  }
  const files = positionals.length > 0 ? positionals : [".testops/out/warroom.ndjson"];
  const entries = [];
  let bad = 0;
  let read = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(resolve4(io2.cwd, file), "utf8");
    } catch (error) {
      io2.stderr(
        `${file}: cannot be read (${error.code ?? error.message}); a war-room log is written by testops run as warroom.ndjson
`
      );
      continue;
    }
    read++;
    const parsed = parseWarroom(text, file);
    entries.push(...parsed.entries);
    for (const problem of parsed.problems.slice(0, 20)) io2.stderr(`${problem}
`);
    if (parsed.problems.length > 20) io2.stderr(`${file}: ${parsed.problems.length - 20} more bad lines
`);
    bad += parsed.problems.length;
  }
  if (read === 0) return 2;
  const summary = summariseWarroom(entries, top);
  if (format === "json") io2.stdout(`${JSON.stringify(summary, null, 2)}
`);
  else if (format === "markdown") io2.stdout(warroomMarkdown(summary));
  else io2.stdout(warroomText(summary, io2.color ? (priority, text) => `${COLORS[priority][0]}${text}${COLORS[priority][1]}` : void 0));
  return bad > 0 ? 1 : 0;
}

// src/health/command.ts
import { parseArgs as parseArgs4 } from "node:util";

// src/history/command.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/history/import.ts
import { existsSync, mkdirSync, readdirSync, readFileSync as readFileSync2, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join as join2, relative as relative2 } from "node:path";
function findReports(dir) {
  const found = [];
  const walk = (current) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join2(current, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== ".git") walk(full);
      else if (entry.isFile() && entry.name === "report.json") found.push(full);
    }
  };
  if (statSync(dir).isFile()) return [dir];
  walk(dir);
  return found.sort();
}
function readJsonFile(file) {
  const text = readFileSync2(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error.message.split("\n")[0]})`);
  }
}
function recordFromFiles(file) {
  const report = checkUploadedReport(readJsonFile(file), file);
  const runsFile = join2(dirname(file), "runs.json");
  const planFile = join2(dirname(file), "plan.json");
  const runs = existsSync(runsFile) ? readJsonFile(runsFile) : void 0;
  const plan = existsSync(planFile) ? readJsonFile(planFile) : void 0;
  let record;
  try {
    record = recordFromReport(report, { ...runs?.suites ? { runs } : {}, ...plan?.suites ? { plan } : {} });
  } catch (error) {
    throw new Error(`${file}: not a testops report.json this version can read (${error.message.split("\n")[0]})`);
  }
  const checked = parseRecord(JSON.parse(JSON.stringify(record)), file);
  if ("problem" in checked) throw new Error(checked.problem.replace(/^report-file: /, ""));
  return { record: checked.record, whole: checked.record.testsKept === "all" };
}
var writeAtomic = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
};
async function importHistory(input) {
  const result = { imported: [], already: [], problems: [], compacted: 0 };
  const existing = await readHistory(input.out);
  const known = new Set(existing.records.map((record) => record.run.id));
  for (const file of findReports(input.from)) {
    const shown = relative2(input.cwd, file) || file;
    let made;
    try {
      made = recordFromFiles(file);
    } catch (error) {
      result.problems.push(error.message.replace(file, shown).replace(/^report-file: /, ""));
      continue;
    }
    const path = recordPath(made.record);
    if (known.has(made.record.run.id)) {
      result.already.push(shown);
      continue;
    }
    known.add(made.record.run.id);
    writeAtomic(join2(input.out, path), serializeRecord(made.record));
    result.imported.push({ file: shown, path, whole: made.whole });
  }
  const paths = [];
  const walk = (dir, prefix) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join2(dir, entry.name), `${prefix}${entry.name}/`);
      else paths.push(`${prefix}${entry.name}`);
    }
  };
  walk(join2(input.out, "runs"), "runs/");
  const plan = planCompaction(paths, { keepRuns: input.keepRuns, now: input.now ?? /* @__PURE__ */ new Date() });
  if (plan.compact.length > 0) {
    const old = [];
    for (const path of plan.compact) {
      const parsed = parseRecord(readJsonFile(join2(input.out, path)), path);
      if ("record" in parsed) old.push(parsed.record);
    }
    const archives = /* @__PURE__ */ new Map();
    for (const record of old) {
      const path = archivePath(record);
      const file = join2(input.out, path);
      if (!archives.has(path) && existsSync(file)) archives.set(path, readFileSync2(file, "utf8"));
    }
    for (const [path, text] of archiveRecords(old, archives, { now: input.now ?? /* @__PURE__ */ new Date() })) writeAtomic(join2(input.out, path), text);
    for (const path of plan.compact) rmSync(join2(input.out, path));
    result.compacted = old.length;
  }
  return result;
}

// src/history/command.ts
var USAGE3 = `usage: testops history import DIR [--out DIR] [--keep-runs N]
  Builds a local history from every report.json under DIR (with the runs.json and plan.json beside
  each, when there, every test is kept). Records go to --out (default ${LOCAL_HISTORY_DIR}) in the data
  branch's layout; testops health and testops dashboard read it.`;
function historySettings(repoRoot, configPath) {
  const exists = configPath ? true : DEFAULT_CONFIG_PATHS.some((path) => existsSync2(resolve5(repoRoot, path)));
  if (!exists) return { history: historySchema.parse(void 0), health: healthSchema.parse(void 0) };
  const { config } = loadConfig(repoRoot, configPath);
  return { history: config.history, health: config.health };
}
async function historyCommand(argv, io2) {
  const [sub, ...rest] = argv;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help") {
    io2.stdout(`${USAGE3}
`);
    return sub === void 0 ? 2 : 0;
  }
  if (sub !== "import") {
    io2.stderr(`testops history: unknown subcommand "${sub}" (expected import)
${USAGE3}
`);
    return 2;
  }
  const { values, positionals } = parseArgs3({
    args: rest,
    options: {
      out: { type: "string" },
      "keep-runs": { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: true
  });
  if (values.help) {
    io2.stdout(`${USAGE3}
`);
    return 0;
  }
  if (positionals.length !== 1) {
    io2.stderr(`testops history import: expected one directory of report.json files, got ${positionals.length}
${USAGE3}
`);
    return 2;
  }
  const from = resolve5(io2.cwd, positionals[0]);
  if (!existsSync2(from)) {
    io2.stderr(`testops history import: ${positionals[0]} not found
`);
    return 2;
  }
  let keepRuns;
  if (values["keep-runs"] !== void 0) {
    keepRuns = Number(values["keep-runs"]);
    if (!Number.isInteger(keepRuns) || keepRuns < 1) {
      io2.stderr(`testops history import: --keep-runs must be a whole number of 1 or more, got "${values["keep-runs"]}"
`);
      return 2;
    }
  }
  const { history } = historySettings(io2.cwd, values.config);
  const out = resolve5(io2.cwd, values.out ?? LOCAL_HISTORY_DIR);
  const result = await importHistory({ from, out, keepRuns: keepRuns ?? history["keep-runs"], cwd: io2.cwd });
  for (const problem of result.problems) io2.stderr(`${problem}
`);
  const whole = result.imported.filter((item) => item.whole).length;
  io2.stdout(
    `imported ${result.imported.length} run${result.imported.length === 1 ? "" : "s"} into ${values.out ?? LOCAL_HISTORY_DIR} (${whole} with every test, ${result.imported.length - whole} failures only: no runs.json beside the report)${result.already.length > 0 ? `; ${result.already.length} already there` : ""}${result.compacted > 0 ? `; ${result.compacted} older run(s) compacted into the archive` : ""}${result.problems.length > 0 ? `; ${result.problems.length} file(s) could not be read` : ""}
`
  );
  return result.problems.length > 0 ? 1 : 0;
}

// src/health/command.ts
var USAGE4 = `usage: testops health [--history DIR] [--config F] [--format md|json] [--now TIME]
  The health check over the last window (health.window, default 7d) of the history: pass rate,
  execution time against SLA, flaky rate, coverage, the window's movers and each alert's steps.
  Reads DIR, else the data branch (history.store: branch), else .testops/history.
  Exit 0 when nothing alerts, 1 when something does.`;
async function healthCommand(argv, io2) {
  const { values } = parseArgs4({
    args: argv,
    options: {
      history: { type: "string" },
      config: { type: "string" },
      format: { type: "string", short: "f" },
      now: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io2.stdout(`${USAGE4}
`);
    return 0;
  }
  const format = values.format ?? "md";
  if (format !== "md" && format !== "json") {
    io2.stderr(`testops health: --format must be md or json, got "${format}"
`);
    return 2;
  }
  const now = values.now === void 0 ? /* @__PURE__ */ new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    io2.stderr(`testops health: --now must be a time like 2026-12-01T08:00:00Z, got "${values.now}"
`);
    return 2;
  }
  const repoRoot = (await createGit(io2.cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim() || io2.cwd;
  const { history, health } = historySettings(repoRoot, values.config);
  let loaded;
  try {
    loaded = await loadHistory({ repoRoot, history, ...values.history ? { dir: values.history } : {} });
  } catch (error) {
    if (!(error instanceof NoHistoryError)) throw error;
    io2.stderr(`testops health: ${error.message}
`);
    return 2;
  }
  for (const problem of loaded.problems) io2.stderr(`testops health: left out ${problem}
`);
  const report = assessHealth(loaded.records, health, now);
  io2.stdout(format === "json" ? `${JSON.stringify(report, null, 2)}
` : healthMarkdown(report));
  return report.alerts.length > 0 ? 1 : 0;
}

// src/render/progress.ts
var clock = (seconds) => {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor(whole % 3600 / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
};
function progressLine(state) {
  const running = Math.min(state.done + 1, state.total);
  const position = state.done >= state.total ? `${state.total} of ${state.total} suites done` : `suite ${running} of ${state.total}`;
  const expected = state.expectedSeconds === null ? " \xB7 no expected time yet (no baseline durations)" : ` \xB7 about ${clock(state.expectedSeconds)} expected${state.unknown > 0 ? ` (+${state.unknown} suite${state.unknown === 1 ? "" : "s"} never timed)` : ""}`;
  return `testops: ${position} \xB7 ${clock(state.elapsedSeconds)} elapsed${expected}`;
}
var median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
function expectedDuration(baseline, suites, maxParallel) {
  let total = 0;
  let known = 0;
  for (const suite of suites) {
    const durations = baseline?.suiteDurations[suite] ?? [];
    if (durations.length === 0) continue;
    total += median(durations);
    known++;
  }
  return { seconds: known === 0 ? null : total / Math.max(1, Math.min(maxParallel, known)), unknown: suites.length - known };
}
var TerminalProgress = class {
  constructor(write, now, total, expected) {
    this.write = write;
    this.now = now;
    this.total = total;
    this.expected = expected;
    this.started = now();
  }
  write;
  now;
  total;
  expected;
  done = 0;
  timer;
  started;
  shown = false;
  start() {
    this.draw();
    this.timer = setInterval(() => this.draw(), 1e3);
    this.timer.unref();
  }
  suiteDone() {
    this.done++;
    this.draw();
  }
  /** A log line: printed above the progress line, which is drawn again below it. */
  print(line) {
    this.clear();
    this.write(`${line}
`);
    if (this.timer) this.draw();
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
    this.clear();
  }
  clear() {
    if (this.shown) this.write("\r\x1B[2K");
    this.shown = false;
  }
  draw() {
    this.clear();
    this.write(
      progressLine({
        done: this.done,
        total: this.total,
        elapsedSeconds: (this.now() - this.started) / 1e3,
        expectedSeconds: this.expected.seconds,
        unknown: this.expected.unknown
      })
    );
    this.shown = true;
  }
};

// src/cli.ts
var HELP = `testops ${VERSION} \u2014 test impact, runs, gates and reports on your machine

Usage:
  testops run   [--config F] [--base REV] [--head REV] [--out DIR] [--baseline DIR]
                [--update-baseline] [--shard i/n] [--full] [--seed S] [--html] [--quiet]
                [--format terminal|md|json] [--failed [--report FILE]]
      plan \u2192 run \u2192 report. Writes DIR/comment.md, DIR/summary.md, DIR/report.json,
      DIR/report.html, DIR/warroom.ndjson, DIR/bundle.zip (DIR defaults to .testops/out) and prints the report: for the terminal (default;
      colours on a TTY unless NO_COLOR), as the PR comment's markdown (md) or as JSON.
      --quiet prints only the verdict and the failing gates.
      Exit 0 when every gate passes, 1 when one fails, 2 on a usage or config error.
      --seed S (or TEST_SEED in the environment) replaces the seed derived from the commit.
      --failed [--report FILE] reruns only the failed and flaky tests of FILE (default
      .testops/out/report.json) with its seed and modes, through each suite's rerun: preset.
${FAILING_HELP.replace(/^/gm, "  ")}
  testops plan  [--config F] [--base REV] [--head REV] [--shard i/n] [--full]
      Prints the plan as JSON: which suites run and why.
  testops parse FILE\u2026 [--format auto|junit|ctrf|lcov|cobertura|jacoco|go|istanbul-summary|
                istanbul-final|k6|locust|autocannon|benchmark|sarif|npm-audit] [--files]
      Prints the normalized model of report files as JSON.
  testops replay-impact --from REV --to REV [--verify [--mutants]] [--setup CMD] [--config F] [--baseline F] [--json]
      Replays selection over a range of commits: suites selected and suite-time saved.
  testops validate [--config F]
      Checks the config and prints every problem, one line each.
  testops warroom [FILE\u2026] [--format text|markdown|json]
      Summarises war-room logs (warroom.ndjson): anomalies by kind and priority, top suites
      and tests, first and last seen, and what to do.
  testops history import DIR [--out DIR] [--keep-runs N]
      Builds a local history (.testops/history) from the report.json files under DIR.
  testops health [--history DIR] [--format md|json] [--now TIME]
      The health check over the last week of the history (the data branch with history.store:
      branch, else .testops/history): pass rate, time against SLA, flaky rate, coverage, movers.
      Exit 1 when something alerts.

The baseline directory (default .testops/baseline) holds what a run is compared with;
--update-baseline refreshes it from this run (as the action does on the default branch).`;
function ignoreLocalDir(dir) {
  const file = join3(dir, ".gitignore");
  if (existsSync3(file)) return;
  mkdirSync2(dir, { recursive: true });
  writeFileSync2(file, "# written by testops: local run outputs and baseline\n*\n");
}
var common = {
  config: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  shard: { type: "string" },
  full: { type: "boolean" },
  seed: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function repoRootOf(cwd) {
  const top = (await createGit(cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim();
  if (!top) throw new UsageError2(`${cwd} is not inside a git repository: testops compares commits, so run it in a git checkout`);
  return top;
}
async function localPlan(values, repoRoot, baselineDir, log) {
  const git = createGit(repoRoot);
  const event = await localEvent(git, { ...values.base ? { base: values.base } : {}, ...values.head ? { head: values.head } : {} });
  const planned = await makePlan({
    repoRoot,
    configPath: values.config,
    event,
    ...values.base ? { baseRef: values.base } : {},
    ...values.head ? { headRef: values.head } : {},
    shard: shardInput(values.shard),
    fullRun: values.full,
    fullRunSource: "--full",
    baselineDir,
    ...values.seed ?? process.env.TEST_SEED ? { seed: values.seed ?? process.env.TEST_SEED } : {},
    log,
    clock: systemClock
  });
  return { ...planned, event, git };
}
async function planCommand(argv, io2) {
  const { values } = parseArgs5({ args: argv, options: common, allowPositionals: false });
  if (values.help) return help(io2);
  const repoRoot = await repoRootOf(io2.cwd);
  const { plan } = await localPlan(
    values,
    repoRoot,
    join3(repoRoot, ".testops/baseline"),
    consoleLog((line) => io2.stderr(`${line}
`))
  );
  io2.stdout(`${JSON.stringify(plan, null, 2)}
`);
  return 0;
}
async function runCommand(argv, io2) {
  const { values } = parseArgs5({
    args: argv,
    options: {
      ...common,
      out: { type: "string" },
      baseline: { type: "string" },
      "update-baseline": { type: "boolean" },
      html: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      format: { type: "string" },
      failed: { type: "boolean" },
      report: { type: "string" }
    },
    allowPositionals: false
  });
  if (values.help) return help(io2);
  if (values.report && !values.failed) throw new UsageError2("--report: only with --failed (the report whose failed tests to rerun)");
  if (values.failed && values["update-baseline"])
    throw new UsageError2(
      "--failed with --update-baseline: a rerun of some tests is not a baseline; run testops run --full --update-baseline"
    );
  const replay = values.failed ? await reportPathOf(values.report, io2.cwd).then(({ path, shown }) => readReplay(path, shown)) : void 0;
  const format = values.format ?? "terminal";
  if (!["terminal", "md", "json"].includes(format)) throw new UsageError2(`--format: expected terminal, md or json, got "${values.format}"`);
  const repoRoot = await repoRootOf(io2.cwd);
  const at = (path) => isAbsolute2(path) ? path : resolve6(io2.cwd, path);
  if (!values.out || !values.baseline) ignoreLocalDir(join3(repoRoot, ".testops"));
  const paths = pathsUnder(at(values.out ?? join3(repoRoot, ".testops/out")), at(values.baseline ?? join3(repoRoot, ".testops/baseline")));
  let progress;
  const log = consoleLog((line) => progress ? progress.print(line) : io2.stderr(`${line}
`));
  const clock2 = systemClock;
  const planned = await localPlan(
    replay ? { ...values, full: true, seed: values.seed ?? (process.env.TEST_SEED || replay.seed) } : values,
    repoRoot,
    paths.baseline,
    log
  );
  const { configPath, event, git } = planned;
  let { plan, config } = planned;
  if (replay) {
    const replayed = replayPlan(plan, config, replay);
    ({ plan, config } = replayed);
    log.info(`testops: rerunning ${replay.tests.length} failed or flaky test(s) of ${replay.source} with seed ${plan.seed}`);
    for (const name of replayed.missing)
      log.warning(`testops: suite ${name} of ${replay.source} is not in the config; its tests are not rerun`);
  }
  writeJson(paths.plan, plan);
  log.info(
    `testops: ${plan.suites.filter((suite) => suite.selected).length} of ${plan.suites.length} suites selected (TEST_SEED=${plan.seed})`
  );
  for (const suite of plan.suites) log.info(`  ${suite.selected ? "run " : "skip"} ${suite.name}: ${suite.reasons.join("; ")}`);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const selected = plan.suites.filter((suite) => suite.selected).map((suite) => suite.name);
  if (io2.isTTY?.stderr && format === "terminal" && !values.quiet && selected.length > 0) {
    const { baseline: previous } = readBaseline(paths.baseline, { maxAgeSeconds: Number.POSITIVE_INFINITY, now: clock2.now() });
    progress = new TerminalProgress(
      io2.stderr,
      () => clock2.monotonic(),
      selected.length,
      expectedDuration(previous, selected, config["max-parallel"])
    );
    progress.start();
  }
  const runs = await runPlan({
    plan,
    config,
    repoRoot,
    workDir: paths.work,
    runsPath: paths.runs,
    log,
    clock: clock2,
    signal: controller.signal,
    onSuiteDone: () => progress?.suiteDone()
  }).finally(() => {
    progress?.stop();
    progress = void 0;
  });
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
  const tree = (await git.run(["rev-parse", `${event.headSha}^{tree}`], { allowFailure: true })).trim() || void 0;
  const { report, baseline, scopes } = await buildReport({
    plan,
    runs,
    config,
    baselineDir: paths.baseline,
    missingBaselineReason: values["update-baseline"] ? `no baseline in ${relative3(io2.cwd, paths.baseline) || "."} yet: this run records it (--update-baseline)` : `no baseline in ${relative3(io2.cwd, paths.baseline) || "."}: record one by running testops run --full --update-baseline on the base commit (or pass --baseline DIR)`,
    git,
    ...tree ? { tree } : {},
    clock: clock2
  });
  const published = await publishReport({
    report,
    runs,
    plan,
    config,
    configPath,
    baseline,
    baselineDir: paths.baseline,
    commentMode: "off",
    git,
    ...tree ? { tree } : {},
    scopes,
    log: { ...log, error: () => {
    }, warning: () => {
    }, notice: () => {
    } },
    clock: clock2,
    writeSummary: (markdown) => writeText(paths.summary, markdown)
  });
  if (values["update-baseline"]) {
    const next = updateBaseline(
      baseline,
      runs,
      {
        commit: event.headSha,
        ...tree ? { tree } : {},
        ...Object.keys(scopes).length > 0 ? { scopes } : {},
        branch: event.branch ?? "local",
        createdAt: clock2.now().toISOString(),
        schemaVersion: 1
      },
      { historyRuns: config.baseline["history-runs"], perfSamples: config.baseline["perf-samples"] }
    );
    writeBaseline(paths.baseline, next);
    log.info(`baseline updated \u2192 ${paths.baseline}`);
  }
  writeJson(paths.report, report);
  writeText(paths.comment, published.comment);
  const record = await writeRecord(paths.root, {
    report,
    runs,
    plan,
    baseline,
    comment: published.comment,
    summary: published.summary,
    workDir: paths.work
  });
  log.info(`report.html, warroom.ndjson (${record.anomalies.length} anomalies), bundle.zip \u2192 ${paths.root}`);
  if (values.html) {
    const htmlPath = join3(paths.root, "comment.html");
    writeText(htmlPath, renderHtmlPage(published.comment, `testops \u2014 ${event.headSha.slice(0, 7)}`));
    log.info(`rendered comment \u2192 ${htmlPath}`);
  }
  if (format === "json") io2.stdout(`${JSON.stringify(report, null, 2)}
`);
  else if (format === "md" && !values.quiet) io2.stdout(`${published.comment}
`);
  else
    io2.stdout(
      renderTerminal(report, {
        color: Boolean(io2.isTTY?.stdout) && !process.env.NO_COLOR,
        quiet: Boolean(values.quiet),
        reportPath: relative3(io2.cwd, paths.report) || paths.report,
        ...io2.columns ? { width: io2.columns } : {}
      })
    );
  log.info(`report \u2192 ${paths.report}`);
  return report.conclusion === "success" ? 0 : 1;
}
async function validateCommand(argv, io2) {
  const { values } = parseArgs5({ args: argv, options: { config: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) return help(io2);
  const repoRoot = (await createGit(io2.cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim() || io2.cwd;
  const path = findConfig(repoRoot, values.config);
  const problems = configProblems(readConfigFile(isAbsolute2(path) ? path : join3(repoRoot, path), path), path);
  if (problems.length === 0) {
    io2.stdout(`${path}: valid
`);
    return 0;
  }
  for (const problem of problems) io2.stderr(`${problem}
`);
  return 2;
}
function help(io2) {
  io2.stdout(`${HELP}
`);
  return 0;
}
async function main(argv, io2) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "run":
        return await runCommand(rest, io2);
      case "plan":
        return await planCommand(rest, io2);
      case "parse":
        return await parseCommand(rest, io2);
      case "replay-impact":
        return await replayImpactCommand(rest, io2);
      case "validate":
        return await validateCommand(rest, io2);
      case "failing":
        return await failingCommand(rest, io2);
      case "history":
        return await historyCommand(rest, io2);
      case "health":
        return await healthCommand(rest, io2);
      case "warroom":
        return await warroomCommand(rest, { ...io2, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
      case "--version":
      case "-v":
        io2.stdout(`${VERSION}
`);
        return 0;
      case void 0:
      case "help":
      case "--help":
      case "-h":
        return help(io2);
      default:
        io2.stderr(
          `testops: unknown command "${command}" (expected run, failing, plan, parse, replay-impact, validate, warroom, history or health; see testops --help)
`
        );
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError2) {
      io2.stderr(`${error.message}
`);
      return 2;
    }
    if (error instanceof TypeError && error.code?.startsWith("ERR_PARSE_ARGS")) {
      io2.stderr(`testops ${command}: ${error.message} (see testops --help)
`);
      return 2;
    }
    io2.stderr(`testops ${command}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}
`);
    if (process.env.TESTOPS_DEBUG && error instanceof Error) io2.stderr(`${error.stack}
`);
    return 2;
  }
}
redactor.addEnv(process.env);
var io = {
  stdout: (text) => process.stdout.write(redactor.text(text)),
  stderr: (text) => process.stderr.write(redactor.text(text)),
  cwd: process.cwd(),
  isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
  ...process.stdout.columns ? { columns: process.stdout.columns } : {}
};
process.exitCode = await main(process.argv.slice(2), io);
export {
  main
};
