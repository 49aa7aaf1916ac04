#!/usr/bin/env node
import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  CLIENT_DOM_JS,
  VERSION,
  cliExecutor,
  markdownTable,
  pageHead,
  reportRun
} from "./chunks/chunk-4KILO7UV.js";
import {
  loadOxc,
  makePlan,
  parse,
  readBaseline,
  replayImpactCommand,
  shardInput,
  stepsOf
} from "./chunks/chunk-BFKJSNDF.js";
import "./chunks/chunk-K7UHUZ5M.js";
import {
  FORMATS,
  ReplayError,
  ReportError,
  failingEntries,
  parseJsonText,
  parseReportFile,
  readReplay,
  redactSecrets,
  replayPlan,
  reportSpecs,
  runPlan,
  seedProblem,
  systemClock,
  writeJson
} from "./chunks/chunk-BZDMTUKL.js";
import "./chunks/chunk-7WHL3PWO.js";
import {
  LOCAL_HISTORY_DIR,
  NoHistoryError,
  assessHealth,
  healthMarkdown,
  loadHistory
} from "./chunks/chunk-ECPKYRBZ.js";
import {
  ANOMALY_KINDS,
  PRIORITIES
} from "./chunks/chunk-2ZN5WP2U.js";
import {
  archivePath,
  archiveRecords,
  branchSource,
  directorySource,
  parseRecord,
  planCompaction,
  readHistory,
  recordFromReport,
  recordPath,
  serializeRecord
} from "./chunks/chunk-ZSLPRR32.js";
import {
  DEFAULT_CONFIG_PATHS,
  configProblems,
  createGit,
  findConfig,
  loadConfig,
  parseConfigText,
  readConfigFile,
  require_dist
} from "./chunks/chunk-6RML2HF4.js";
import {
  CLIENT_FORMAT_JS,
  EXIT,
  GitStateError,
  InputError,
  Minimatch,
  SCHEMA_URL,
  UsageError,
  consoleLog,
  debugEnabled,
  describeError,
  escapeText,
  exitCodeForVerdict,
  external_exports,
  healthSchema,
  historySchema,
  maxOf,
  median,
  minimatch,
  pathsUnder,
  pushAll,
  redactor,
  reportError,
  shellQuote,
  terminalText
} from "./chunks/chunk-HUNNWOYD.js";
import {
  __toESM,
  define_TESTOPS_UPLOT_default,
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/cli.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync6, mkdirSync as mkdirSync4, writeFileSync as writeFileSync4 } from "node:fs";
import { isAbsolute as isAbsolute3, join as join7, relative as relative4, resolve as resolve7 } from "node:path";
import { parseArgs as parseArgs7 } from "node:util";

// src/ingest/command.ts
init_define_TESTOPS_UPLOT();
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
  let code = EXIT.passed;
  for (const path of paths) {
    try {
      const report = await parseReportFile(resolve(io2.cwd, path), { format, repoRoot, suite });
      const warnings = report.kind === "coverage" || report.kind === "perf" ? report.warnings ?? [] : [];
      for (const warning of warnings) io2.stderr(`${path}: warning: ${warning}
`);
      results.push({ ...summarize(report, files), file: path, ...warnings.length > 0 ? { warnings } : {} });
    } catch (error) {
      const described = describeError(error, `testops parse ${path}`);
      const message = error instanceof ReportError ? error.message.replace(resolve(io2.cwd, path), path) : described.line;
      code = Math.max(code, described.code);
      io2.stderr(`${message}
`);
      results.push({ file: path, error: message });
    }
  }
  io2.stdout(`${JSON.stringify(redactSecrets(results), null, 2)}
`);
  return code;
}

// src/pipeline/local.ts
init_define_TESTOPS_UPLOT();
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
function gitWith(cwd, args, env) {
  return new Promise((resolve8, reject) => {
    execFile(
      "git",
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...env }, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => error ? reject(new Error(`git ${args.join(" ")}: ${stderr.trim() || error.message}`)) : resolve8(stdout)
    );
  });
}
function gitWithInput(cwd, args, env, input) {
  return new Promise((resolve8, reject) => {
    const child = execFile(
      "git",
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...env }, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => error ? reject(new Error(`git ${args.join(" ")}: ${stderr.trim() || error.message}`)) : resolve8(stdout)
    );
    child.stdin?.end(input);
  });
}
async function workingTreeCommit(git, exclude = []) {
  const cwd = git.cwd;
  const head = (await git.run(["rev-parse", "--verify", "HEAD^{commit}"])).trim();
  const gitIndex = (await git.run(["rev-parse", "--git-path", "index"])).trim();
  const index = join(tmpdir(), `testops-index-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    const source = isAbsolute(gitIndex) ? gitIndex : join(cwd, gitIndex);
    if (existsSync(source)) {
      copyFileSync(source, index);
      const { atime, mtime } = statSync(source);
      utimesSync(index, atime, mtime);
    }
    const env = { GIT_INDEX_FILE: index };
    if (!existsSync(source)) await gitWith(cwd, ["read-tree", head], env);
    await gitWith(cwd, ["add", "-A", "--", "."], env);
    if (exclude.length > 0) {
      const matchers = exclude.map((glob) => new Minimatch(glob, { dot: true }));
      const written = (await gitWith(cwd, ["diff", "--cached", "--name-only", "-z", "--no-renames", head], env)).split("\0").filter((path) => path && matchers.some((matcher) => matcher.match(path)));
      if (written.length > 0)
        await gitWithInput(cwd, ["reset", "-q", head, "--pathspec-from-file=-", "--pathspec-file-nul"], env, written.join("\0"));
    }
    const tree = (await gitWith(cwd, ["write-tree"], env)).trim();
    const headTree = (await git.run(["rev-parse", `${head}^{tree}`])).trim();
    if (tree === headTree) return { sha: head, changed: 0 };
    const [date = "", name = "testops", email = "testops@localhost"] = (await git.run(["log", "-1", "--format=%cI%x00%cn%x00%ce", head])).trim().split("\0");
    const sha = (await gitWith(cwd, ["commit-tree", tree, "-p", head, "-m", "testops: the working tree"], {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
      GIT_COMMITTER_DATE: date
    })).trim();
    const changed = (await git.run(["diff", "--name-only", "-z", "--no-renames", head, sha])).split("\0").filter(Boolean).length;
    return { sha, changed };
  } finally {
    rmSync(index, { force: true });
  }
}
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function resolve2(git, rev) {
  const out = await git.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { allowFailure: true });
  return out.trim() || void 0;
}
async function localEvent(git, options) {
  const headRev = options.head ?? "HEAD";
  let headSha = await resolve2(git, headRev);
  if (!headSha)
    throw new UsageError(
      `--head: "${headRev}" is not a commit in ${git.cwd}${headRev === "HEAD" ? " (is this a git repository with a commit?)" : ""}`
    );
  let headLabel = `commit ${headSha.slice(0, 7)} (--head ${headRev})`;
  if (options.head === void 0) {
    const tree = await workingTreeCommit(git, options.exclude);
    headSha = tree.sha;
    headLabel = tree.changed > 0 ? `the working tree: HEAD ${(await resolve2(git, "HEAD"))?.slice(0, 7)} and ${tree.changed} uncommitted file${tree.changed === 1 ? "" : "s"} (staged, unstaged, untracked)` : `the working tree: HEAD ${headSha.slice(0, 7)}, nothing uncommitted`;
  }
  let baseRev = options.base;
  if (!baseRev) {
    for (const candidate of DEFAULT_BASES) {
      if (await resolve2(git, candidate)) {
        baseRev = candidate;
        break;
      }
    }
  }
  if (!baseRev) throw new UsageError("--base: no default branch (origin/HEAD, main, master) found; pass --base REV");
  const baseSha = await resolve2(git, baseRev);
  if (!baseSha) throw new UsageError(`--base: "${baseRev}" is not a commit; fetch it (git fetch origin ${baseRev}) or pass another --base`);
  const branch = (await git.run(["rev-parse", "--abbrev-ref", "HEAD"], { allowFailure: true })).trim() || "local";
  return {
    name: "local",
    headSha,
    headLabel,
    baseSha,
    baseRef: baseRev,
    branch,
    isDefaultBranch: false,
    isFork: false
  };
}

// src/runner/failing-command.ts
init_define_TESTOPS_UPLOT();
import { isAbsolute as isAbsolute2, join as join2, relative, resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";
var FAILING_HELP = `testops failing [--report FILE] [--config F] [--seed S] [--format text|json]
      Lists the failed and flaky tests of a run (FILE defaults to .testops/out/report.json) with
      suite, seed, mode and the command that reproduces each; testops run --failed reruns them.`;
async function reportPathOf(given, cwd) {
  if (given) {
    const path2 = isAbsolute2(given) ? given : resolve3(cwd, given);
    return { path: path2, shown: given };
  }
  const top = (await createGit(cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim() || cwd;
  const path = join2(top, ".testops/out/report.json");
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

// src/dashboard/command.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync2 } from "node:fs";
import { relative as relative2, resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/dashboard/index.ts
init_define_TESTOPS_UPLOT();
import { mkdirSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";

// src/dashboard/aggregate.ts
init_define_TESTOPS_UPLOT();
var round = (value, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
var pctOf = (covered, total) => total > 0 ? round(100 * covered / total, 2) : null;
function median2(values, count2) {
  return count2 === 0 ? 0 : median(Array.from({ length: count2 }, (_, index) => values[index]));
}
function packageOf(path) {
  const parts = path.replace(/\\/g, "/").replace(/^\.\//, "").split("/");
  parts.pop();
  return parts.length === 0 ? "." : parts.slice(0, 2).join("/");
}
function packages(files) {
  const out = /* @__PURE__ */ new Map();
  for (const [path, [covered, total]] of Object.entries(files)) {
    const name = packageOf(path);
    const entry = out.get(name) ?? { covered: 0, total: 0, files: 0 };
    entry.covered += covered;
    entry.total += total;
    entry.files++;
    out.set(name, entry);
  }
  return out;
}
function aggregate(records, options = {}) {
  const window = options.window ?? 20;
  const top = options.top ?? 100;
  const runs = {
    at: [],
    id: [],
    commit: [],
    branch: [],
    url: [],
    ok: [],
    tests: [],
    failed: [],
    flaky: [],
    skipped: [],
    passRate: [],
    flakyRate: [],
    duration: [],
    testTime: [],
    coverageLines: [],
    coverageBranches: [],
    saved: [],
    selected: [],
    suites: []
  };
  const suiteIndex = /* @__PURE__ */ new Map();
  const suiteDurations = [];
  const suiteRecent = /* @__PURE__ */ new Map();
  const tests = /* @__PURE__ */ new Map();
  const perf = /* @__PURE__ */ new Map();
  let latest;
  let firstPackages;
  let lastFiles;
  let fullRecords = 0;
  const selection = { runs: 0, known: 0, savedSeconds: 0, skippedSuites: 0 };
  for (const record of records) {
    const index = runs.at.length;
    const at = Math.round(Date.parse(record.run.at) / 1e3);
    const t = record.totals;
    const ran = t.tests - t.skipped;
    runs.at.push(at);
    runs.id.push(record.run.id);
    runs.commit.push(record.run.commit);
    runs.branch.push(record.run.branch ?? null);
    runs.url.push(record.run.url ?? null);
    runs.ok.push(record.run.conclusion === "success" ? 1 : 0);
    runs.tests.push(t.tests);
    runs.failed.push(t.failed + t.errored);
    runs.flaky.push(t.flaky);
    runs.skipped.push(t.skipped);
    runs.passRate.push(ran > 0 ? round(100 * t.passed / ran, 2) : null);
    runs.flakyRate.push(ran > 0 ? round(100 * t.flaky / ran, 2) : null);
    runs.duration.push(round(record.run.duration, 1));
    runs.testTime.push(round(t.duration, 1));
    runs.coverageLines.push(record.coverage?.totals.lines.pct ?? null);
    runs.coverageBranches.push(record.coverage?.totals.branches.pct ?? null);
    runs.saved.push(record.selection.savedSeconds);
    runs.selected.push(record.selection.selected);
    runs.suites.push(record.selection.suites);
    selection.runs++;
    selection.skippedSuites += record.selection.skipped;
    if (record.selection.savedSeconds !== null) {
      selection.known++;
      selection.savedSeconds += record.selection.savedSeconds;
    }
    for (const suite of record.suites) {
      let at2 = suiteIndex.get(suite.name);
      if (at2 === void 0) {
        at2 = suiteDurations.push(new Array(index).fill(null)) - 1;
        suiteIndex.set(suite.name, at2);
      }
      const column = suiteDurations[at2];
      column[index] = suite.selected ? round(suite.duration, 1) : null;
      if (suite.selected) {
        const recent = suiteRecent.get(suite.name) ?? [];
        recent.push(suite.duration);
        if (recent.length > window) recent.shift();
        suiteRecent.set(suite.name, recent);
      }
    }
    for (const column of suiteDurations) if (column.length <= index) column.push(null);
    if (record.testsKept === "all") {
      fullRecords++;
      for (const test of record.tests) {
        const key = test.variant ? `${test.id}\0${test.variant}` : test.id;
        let acc = tests.get(key);
        if (!acc) {
          acc = {
            suite: test.suite,
            name: test.name,
            file: test.file ?? null,
            variant: test.variant ?? null,
            runs: 0,
            flakyRuns: 0,
            failedRuns: 0,
            lastSeen: null,
            recent: new Float64Array(window),
            recentCount: 0,
            last: 0
          };
          tests.set(key, acc);
        }
        if (test.status === "skipped") continue;
        acc.runs++;
        acc.name = test.name;
        const flaky2 = test.flaky === true || test.status === "passed" && (test.failures ?? 0) > 0;
        const failed = test.status === "failed" || test.status === "errored";
        if (flaky2) acc.flakyRuns++;
        if (failed) acc.failedRuns++;
        if (flaky2 || failed) acc.lastSeen = at;
        if (test.duration !== void 0) {
          acc.recent[acc.recentCount % window] = test.duration;
          acc.recentCount++;
          acc.last = test.duration;
        }
      }
    }
    if (record.coverage?.files) {
      lastFiles = { at, files: record.coverage.files };
      if (!firstPackages) firstPackages = packages(record.coverage.files);
    }
    for (const row of record.perf) {
      const key = `${row.series}\0${row.metric}`;
      let entry = perf.get(key);
      if (!entry) {
        entry = {
          row: {
            series: row.series,
            metric: row.metric,
            unit: row.unit,
            biggerIsBetter: false,
            run: [],
            value: [],
            lo: [],
            hi: [],
            steps: [],
            status: []
          },
          bigger: row.biggerIsBetter
        };
        perf.set(key, entry);
      }
      if (row.biggerIsBetter !== void 0) entry.bigger = row.biggerIsBetter;
      entry.row.run.push(index);
      entry.row.value.push(row.value);
      entry.row.status.push(row.status ?? null);
    }
    latest = record;
  }
  const perfRows = [...perf.values()].map(({ row, bigger }) => {
    row.biggerIsBetter = bigger ?? /throughput|rps|ops|per.?s/i.test(`${row.metric} ${row.unit}`);
    row.steps = stepsOf(row.value, row.biggerIsBetter);
    let segmentStart = 0;
    let step = 0;
    for (let at = 0; at < row.value.length; at++) {
      if (row.steps[step] === at) {
        segmentStart = at;
        step++;
      }
      const from = Math.max(segmentStart, at - window);
      if (at - from < 3) {
        row.lo.push(null);
        row.hi.push(null);
        continue;
      }
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let k = from; k < at; k++) {
        const value = row.value[k];
        if (value < lo) lo = value;
        if (value > hi) hi = value;
      }
      row.lo.push(lo);
      row.hi.push(hi);
    }
    return row;
  }).sort((a, b) => (b.run.at(-1) ?? 0) - (a.run.at(-1) ?? 0) || a.series.localeCompare(b.series) || a.metric.localeCompare(b.metric)).slice(0, options.perfCharts ?? 24);
  const latestFlaky = new Map((latest?.flaky ?? []).map((entry) => [entry.id, entry]));
  const flaky = [];
  const listed = /* @__PURE__ */ new Set();
  for (const [key, acc] of tests) {
    const id = key.split("\0")[0];
    const known = latestFlaky.get(id);
    if (acc.flakyRuns === 0 && !(known && known.state !== "stable" && known.state !== "cleared")) continue;
    listed.add(id);
    flaky.push({
      id,
      suite: acc.suite,
      name: acc.name,
      file: acc.file,
      variant: acc.variant,
      estimate: known ? known.rate : null,
      state: known ? known.state : null,
      quarantined: known?.quarantined ?? false,
      issue: known?.issue ?? null,
      issueUrl: known?.url ?? null,
      runs: acc.runs,
      flakyRuns: acc.flakyRuns,
      failedRuns: acc.failedRuns,
      observed: acc.runs > 0 ? acc.flakyRuns / acc.runs : null,
      lastSeen: acc.lastSeen
    });
  }
  for (const entry of latest?.flaky ?? [])
    if (!listed.has(entry.id) && entry.state !== "stable" && entry.state !== "cleared")
      flaky.push({
        id: entry.id,
        suite: entry.suite,
        name: entry.name,
        file: null,
        variant: null,
        estimate: entry.rate,
        state: entry.state,
        quarantined: entry.quarantined,
        issue: entry.issue ?? null,
        issueUrl: entry.url ?? null,
        runs: 0,
        flakyRuns: 0,
        failedRuns: 0,
        observed: null,
        lastSeen: null
      });
  flaky.sort(
    (a, b) => (b.estimate ?? -1) - (a.estimate ?? -1) || (b.observed ?? 0) - (a.observed ?? 0) || b.flakyRuns - a.flakyRuns || a.name.localeCompare(b.name)
  );
  const slowest = [];
  for (const [key, acc] of tests) {
    if (acc.recentCount === 0) continue;
    const value = median2(acc.recent, Math.min(acc.recentCount, window));
    if (slowest.length >= top && value <= slowest[slowest.length - 1].median) continue;
    const row = {
      id: key.split("\0")[0],
      suite: acc.suite,
      name: acc.name,
      file: acc.file,
      variant: acc.variant,
      median: round(value),
      last: round(acc.last),
      runs: acc.runs
    };
    let at = slowest.length;
    while (at > 0 && slowest[at - 1].median < row.median) at--;
    slowest.splice(at, 0, row);
    if (slowest.length > top) slowest.pop();
  }
  const suites = (latest?.suites ?? []).map((suite) => {
    const recent = suiteRecent.get(suite.name) ?? [];
    const last = suite.selected ? suite.duration : null;
    return {
      name: suite.name,
      status: suite.selected ? suite.status : "skipped",
      last: last === null ? null : round(last, 1),
      median: recent.length ? round(median2(recent, recent.length), 1) : null,
      budget: suite.budget ?? null,
      ofBudget: last !== null && suite.budget ? round(last / suite.budget, 3) : null,
      tests: suite.tests
    };
  });
  suites.sort((a, b) => (b.ofBudget ?? -1) - (a.ofBudget ?? -1) || (b.last ?? 0) - (a.last ?? 0));
  const packageRows = lastFiles ? [...packages(lastFiles.files)].map(([name, entry]) => {
    const first = firstPackages?.get(name);
    return {
      name,
      covered: entry.covered,
      total: entry.total,
      pct: pctOf(entry.covered, entry.total),
      firstPct: first ? pctOf(first.covered, first.total) : null,
      files: entry.files
    };
  }).sort((a, b) => (a.pct ?? 101) - (b.pct ?? 101) || a.name.localeCompare(b.name)) : [];
  return {
    title: options.title ?? "testops dashboard",
    generatedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    records: runs.at.length,
    fullRecords,
    window,
    runs,
    suiteNames: [...suiteIndex.keys()],
    suiteDurations,
    suites,
    flaky: flaky.slice(0, top),
    slowest,
    coverageAt: lastFiles?.at ?? null,
    packages: packageRows,
    perf: perfRows,
    selection: { ...selection, savedSeconds: round(selection.savedSeconds, 1) }
  };
}

// src/dashboard/html.ts
init_define_TESTOPS_UPLOT();

// src/dashboard/assets.ts
init_define_TESTOPS_UPLOT();
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
var cached;
function uplotAssets() {
  if (typeof define_TESTOPS_UPLOT_default !== "undefined") return define_TESTOPS_UPLOT_default;
  if (!cached) {
    const require2 = createRequire(import.meta.url);
    cached = {
      js: readFileSync(require2.resolve("uplot/dist/uPlot.iife.min.js"), "utf8"),
      css: readFileSync(require2.resolve("uplot/dist/uPlot.min.css"), "utf8")
    };
  }
  return cached;
}

// src/dashboard/client.ts
init_define_TESTOPS_UPLOT();
var DASHBOARD_CSS = `
:root { color-scheme: light; --fg:#1f2328; --muted:#59636e; --border:#d1d9e0; --bg:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --link:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
header.top { padding: 16px 32px; background: #24292f; color: #fff; }
header.top h1 { margin: 0 0 2px; font-size: 22px; }
header.top p { margin: 0; opacity: .85; }
nav.toc { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 8px 32px; background: #fff; border-bottom: 1px solid var(--border); }
nav.toc a, a { color: var(--link); text-decoration: none; }
main { max-width: 1240px; margin: 0 auto; padding: 8px 32px 48px; }
section { margin: 20px 0; padding: 16px 20px; background: #fff; border: 1px solid var(--border); border-radius: 6px; }
section > h2 { margin: 0 0 4px; font-size: 18px; }
section > p.note { margin: 0 0 10px; color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; }
.tile { padding: 10px 14px; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
.tile .label { color: var(--muted); font-size: 12px; }
.tile .value { font-size: 22px; font-weight: 600; }
.chart { margin: 8px 0; min-height: 60px; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 8px 20px; }
.grid2 > div { min-width: 0; overflow: hidden; }
.grid2 h3 { margin: 6px 0 0; font-size: 13px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pass, .passed, .ok { color: var(--ok); }
.fail, .failed, .errored, .broken, .over { color: var(--bad); font-weight: 600; }
.warn, .flaky, .near { color: var(--warn); font-weight: 600; }
.muted, .skipped, .cleared, .stable { color: var(--muted); }
.bar { position: relative; height: 10px; min-width: 120px; background: var(--bg); border-radius: 5px; overflow: hidden; }
.bar > span { position: absolute; left: 0; top: 0; bottom: 0; background: #4ac26b; }
.bar.over > span { background: #fa7a7a; }
.bar.near > span { background: #e3b341; }
.empty { color: var(--muted); font-style: italic; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
`;
var DASHBOARD_JS = `
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('dashboard-data').textContent);
  var R = D.runs;
${CLIENT_DOM_JS}${CLIENT_FORMAT_JS}  function date(t) { return t ? new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ') : '\u2014'; }
  function empty(id, text) { var root = document.getElementById(id); if (root) root.appendChild(el('p', { cls: 'empty', text: text })); }
  function table(id, head, rows) {
    var root = document.getElementById(id);
    if (!root) return;
    root.appendChild(el('table', null, [
      el('thead', null, [el('tr', null, head.map(function (h) { return el('th', { text: h.label, cls: h.num ? 'num' : undefined }); }))]),
      el('tbody', null, rows.map(function (cells) {
        return el('tr', null, cells.map(function (cell, i) {
          var td = el('td', { cls: head[i].num ? 'num' : undefined });
          if (cell && cell.nodeType) td.appendChild(cell); else td.textContent = cell === null || cell === undefined ? '' : String(cell);
          return td;
        }));
      })),
    ]));
  }

  var palette = ['#0969da', '#cf222e', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#1b7c83', '#953800', '#57606a', '#0550ae', '#6639ba', '#116329'];
  var charts = [];
  function chart(id, opts, data) {
    var root = document.getElementById(id);
    if (!root) return;
    var width = Math.max(280, root.clientWidth || 600);
    opts.width = width;
    opts.height = opts.height || 220;
    opts.legend = opts.legend || { live: true };
    opts.cursor = opts.cursor || { drag: { x: true, y: false } };
    charts.push(new uPlot(opts, data, root));
  }
  function line(label, color, extra) {
    var s = { label: label, stroke: color, width: 2, spanGaps: true, points: { show: false } };
    if (extra) for (var k in extra) s[k] = extra[k];
    return s;
  }
  function valueFmt(fn) { return function (u, v) { return v === null || v === undefined ? '\u2014' : fn(v); }; }

  // summary tiles
  var n = R.at.length;
  var lastIndex = n - 1;
  function lastNonNull(values) { for (var i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i]; return null; }
  var tiles = document.getElementById('tiles');
  if (tiles) {
    var items = [
      ['Runs', String(n) + (n ? ' since ' + date(R.at[0]).slice(0, 10) : '')],
      ['Pass rate (last run)', fmtPct(lastNonNull(R.passRate))],
      ['Flaky rate (last run)', fmtRate(lastNonNull(R.flakyRate))],
      ['Run time (last run)', n ? fmtSecs(R.duration[lastIndex]) : '\u2014'],
      ['Line coverage', fmtPct(lastNonNull(R.coverageLines))],
      ['Time saved by selection', fmtSecs(D.selection.savedSeconds)],
    ];
    for (var t = 0; t < items.length; t++) tiles.appendChild(el('div', { cls: 'tile' }, [el('div', { cls: 'label', text: items[t][0] }), el('div', { cls: 'value', text: items[t][1] })]));
  }

  if (n === 0) {
    empty('passrate-chart', 'The history holds no run yet.');
  } else {
    chart('passrate-chart', {
      series: [{}, line('pass rate %', palette[2], { value: valueFmt(fmtPct) }),
        line('flaky %', palette[3], { value: valueFmt(fmtRate), scale: 'flaky' })],
      axes: [{}, { label: 'pass %', values: function (u, vals) { return vals.map(function (v) { return v + '%'; }); } },
        { scale: 'flaky', side: 1, label: 'flaky %', grid: { show: false } }],
      scales: { y: { range: function (u, min, max) { return [Math.min(min === null ? 90 : min, 90), 100]; } } },
    }, [R.at, R.passRate, R.flakyRate]);

    chart('duration-chart', {
      series: [{}, line('run (wall clock)', palette[0], { value: valueFmt(fmtSecs) }), line('tests (summed)', palette[8], { value: valueFmt(fmtSecs), scale: 'tests' })],
      axes: [{}, { label: 'run s' }, { scale: 'tests', side: 1, label: 'test time s', grid: { show: false } }],
    }, [R.at, R.duration, R.testTime]);

    var suiteOrder = D.suiteNames.map(function (name, i) {
      var total = 0; var col = D.suiteDurations[i]; for (var k = 0; k < col.length; k++) total += col[k] || 0; return [i, total];
    }).sort(function (a, b) { return b[1] - a[1]; }).slice(0, 12);
    if (suiteOrder.length) chart('suites-chart', {
      series: [{}].concat(suiteOrder.map(function (entry, k) { return line(D.suiteNames[entry[0]], palette[k % palette.length], { value: valueFmt(fmtSecs), width: 1.5 }); })),
      axes: [{}, { label: 'suite s' }],
    }, [R.at].concat(suiteOrder.map(function (entry) { return D.suiteDurations[entry[0]]; })));

    if (R.coverageLines.some(function (v) { return v !== null; })) chart('coverage-chart', {
      series: [{}, line('lines %', palette[0], { value: valueFmt(fmtPct) }),
        line('branches %', palette[4], { value: valueFmt(fmtPct) })],
      axes: [{}, { label: '%' }],
    }, [R.at, R.coverageLines, R.coverageBranches]);
    else empty('coverage-chart', 'No run in the history recorded coverage.');

    var cumulative = []; var sum = 0;
    for (var s = 0; s < n; s++) { sum += R.saved[s] || 0; cumulative.push(Math.round(sum / 36) / 100); }
    chart('selection-chart', {
      series: [{}, line('saved this run', palette[2], { value: valueFmt(fmtSecs), width: 0, points: { show: true, size: 5, fill: palette[2] }, paths: function () { return null; } }),
        line('saved in total (h)', palette[0], { scale: 'total', value: valueFmt(function (v) { return v.toFixed(2) + ' h'; }) })],
      axes: [{}, { label: 'per run s' }, { scale: 'total', side: 1, label: 'total h', grid: { show: false } }],
    }, [R.at, R.saved, cumulative]);
  }

  // flaky tests ranked
  if (D.flaky.length) table('flaky-table', [
    { label: '#', num: true }, { label: 'Test' }, { label: 'Suite' }, { label: 'State' }, { label: 'Estimate', num: true },
    { label: 'Flaky runs', num: true }, { label: 'Failed runs', num: true }, { label: 'Last seen' }, { label: 'Issue' }],
    D.flaky.map(function (f, i) {
      return [String(i + 1), el('span', null, [el('strong', { text: f.name }), f.file ? el('div', { cls: 'muted', text: f.file + (f.variant ? ' \xB7 ' + f.variant : '') }) : null]),
        f.suite, el('span', { cls: f.state || 'muted', text: (f.state || 'observed') + (f.quarantined ? ' \xB7 quarantined' : '') }),
        f.estimate === null ? '\u2014' : fmtPct(f.estimate * 100),
        f.runs ? f.flakyRuns + ' / ' + f.runs + ' (' + fmtPct(100 * f.observed) + ')' : '\u2014', f.runs ? String(f.failedRuns) : '\u2014',
        date(f.lastSeen), f.issue !== null ? link('#' + f.issue, f.issueUrl) : (f.issueUrl ? link('issue', f.issueUrl) : '')];
    }));
  else empty('flaky-table', 'No flaky test in the history.');

  // suites against their budgets
  if (D.suites.length) table('suites-table', [{ label: 'Suite' }, { label: 'Status' }, { label: 'Last', num: true }, { label: 'Median', num: true }, { label: 'Budget', num: true }, { label: 'Of budget' }],
    D.suites.map(function (s) {
      var bar = null;
      if (s.ofBudget !== null) {
        var state = s.ofBudget > 1 ? 'over' : s.ofBudget > 0.8 ? 'near' : 'ok';
        bar = el('div', { title: fmtPct(100 * s.ofBudget, 0) + ' of the budget' }, [el('div', { cls: 'bar ' + state }, [el('span', { style: 'width:' + Math.min(100, 100 * s.ofBudget).toFixed(1) + '%' })]), el('span', { cls: state === 'ok' ? 'muted' : state, text: fmtPct(100 * s.ofBudget, 0) })]);
      }
      return [s.name, el('span', { cls: s.status, text: s.status }), fmtSecs(s.last), fmtSecs(s.median), s.budget === null ? 'none' : fmtSecs(s.budget), bar || el('span', { cls: 'muted', text: 'no budget' })];
    }));
  else empty('suites-table', 'No suite recorded.');

  if (D.slowest.length) table('slowest-table', [{ label: '#', num: true }, { label: 'Test' }, { label: 'Suite' }, { label: 'Median (recent)', num: true }, { label: 'Last', num: true }, { label: 'Runs', num: true }],
    D.slowest.map(function (t, i) {
      return [String(i + 1), el('span', null, [el('strong', { text: t.name }), t.file ? el('div', { cls: 'muted', text: t.file + (t.variant ? ' \xB7 ' + t.variant : '') }) : null]), t.suite, fmtSecs(t.median), fmtSecs(t.last), String(t.runs)];
    }));
  else empty('slowest-table', 'No per-test durations in the history (records from report.json alone keep failures only).');

  // coverage per package
  if (D.packages.length) table('packages-table', [{ label: 'Package' }, { label: 'Files', num: true }, { label: 'Lines', num: true }, { label: 'Coverage', num: true }, { label: 'Since the first run', num: true }],
    D.packages.map(function (p) {
      var change = p.pct !== null && p.firstPct !== null ? p.pct - p.firstPct : null;
      return [el('code', { text: p.name }), String(p.files), p.covered + ' / ' + p.total, fmtPct(p.pct),
        change === null ? '\u2014' : el('span', { cls: change < -0.05 ? 'fail' : change > 0.05 ? 'pass' : 'muted', text: (change > 0 ? '+' : '') + change.toFixed(1) + ' pts' })];
    }));
  else empty('packages-table', 'No per-file coverage in the history.');

  // perf: one chart per metric, with the band of the values before each run and the change points
  var perfRoot = document.getElementById('perf-charts');
  if (D.perf.length && perfRoot) {
    // every holder first, so each grid cell has its width before its chart is sized
    D.perf.forEach(function (p, i) {
      perfRoot.appendChild(el('div', null, [el('h3', { text: p.series + ' \xB7 ' + p.metric + (p.unit ? ' (' + p.unit + ')' : '') + (p.biggerIsBetter ? ' \u2191 better' : ' \u2193 better') }), el('div', { cls: 'chart', id: 'perf-chart-' + i })]));
    });
    D.perf.forEach(function (p, i) {
      var id = 'perf-chart-' + i;
      var xs = p.run.map(function (r) { return R.at[r]; });
      var steps = p.value.map(function (v, k) { return p.steps.indexOf(k) >= 0 ? v : null; });
      var fmt = valueFmt(function (v) { return (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) + (p.unit ? ' ' + p.unit : ''); });
      chart(id, {
        height: 170,
        series: [{}, line('value', palette[0], { value: fmt }), line('band high', 'rgba(87,96,106,.5)', { width: 1, value: fmt }), line('band low', 'rgba(87,96,106,.5)', { width: 1, value: fmt }),
          line('change point', palette[1], { width: 0, paths: function () { return null; }, points: { show: true, size: 9, fill: palette[1], stroke: palette[1] }, value: fmt })],
        bands: [{ series: [2, 3], fill: 'rgba(140,149,159,.18)' }],
        axes: [{}, {}],
      }, [xs, p.value, p.hi, p.lo, steps]);
    });
    table('perf-table', [{ label: 'Series' }, { label: 'Metric' }, { label: 'Last', num: true }, { label: 'Band before it', num: true }, { label: 'Status' }, { label: 'Change points' }],
      D.perf.map(function (p) {
        var k = p.value.length - 1;
        var status = p.status[k];
        return [p.series, p.metric, p.value[k] + (p.unit ? ' ' + p.unit : ''), p.lo[k] === null ? '\u2014' : p.lo[k] + '\u2013' + p.hi[k], el('span', { cls: status || 'muted', text: status || '\u2014' }),
          p.steps.length ? p.steps.map(function (s) { return date(R.at[p.run[s]]).slice(0, 10); }).join(', ') : 'none'];
      }));
  } else empty('perf-charts', 'No perf results in the history.');

  // the last runs, newest first
  var recent = [];
  for (var r = n - 1; r >= 0 && recent.length < 20; r--) recent.push(r);
  if (recent.length) table('runs-table', [{ label: 'When' }, { label: 'Run' }, { label: 'Commit' }, { label: 'Verdict' }, { label: 'Tests', num: true }, { label: 'Failed', num: true }, { label: 'Flaky', num: true }, { label: 'Duration', num: true }],
    recent.map(function (i) {
      return [date(R.at[i]), link(R.id[i], R.url[i]), el('code', { text: R.commit[i].slice(0, 7) + (R.branch[i] ? ' \xB7 ' + R.branch[i] : '') }), el('span', { cls: R.ok[i] ? 'pass' : 'fail', text: R.ok[i] ? 'passed' : 'failed' }),
        String(R.tests[i]), String(R.failed[i]), String(R.flaky[i]), fmtSecs(R.duration[i])];
    }));

  window.addEventListener('resize', function () {
    for (var c = 0; c < charts.length; c++) {
      var parent = charts[c].root.parentNode;
      if (parent && parent.clientWidth) charts[c].setSize({ width: Math.max(280, parent.clientWidth), height: charts[c].height });
    }
  });
  document.documentElement.setAttribute('data-dashboard-ready', String(charts.length));
})();
`;

// src/dashboard/html.ts
var esc = (value) => escapeText(value, "html");
function embedJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
var inlineScript = (source) => source.replace(/<\/(script)/gi, "<\\/$1");
var SECTIONS = [
  [
    "pass-rate",
    "Pass rate",
    "Tests that passed, of those that ran, in each run; flaky tests (failed, then passed on a retry) on the right axis.",
    '<div class="chart" id="passrate-chart"></div>'
  ],
  [
    "flaky",
    "Flaky tests",
    "Ranked by testops\u2019 estimate in the latest run (state and issue from there), then by how often they were flaky in the runs that keep every test.",
    '<div id="flaky-table"></div>'
  ],
  [
    "slowest",
    "Slowest suites and tests",
    "Suites in the latest run against their budgets (median over the recent runs); tests by their median duration over the recent runs.",
    '<div id="suites-table"></div><div class="chart" id="suites-chart"></div><h3>Slowest tests</h3><div id="slowest-table"></div>'
  ],
  [
    "durations",
    "Durations",
    "The run\u2019s wall-clock time and the time its tests took, summed.",
    '<div class="chart" id="duration-chart"></div>'
  ],
  [
    "coverage",
    "Coverage",
    "Line and branch coverage of each run; per package (a file\u2019s directory, two levels deep) in the latest run with per-file data, lowest first.",
    '<div class="chart" id="coverage-chart"></div><div id="packages-table"></div>'
  ],
  [
    "perf",
    "Performance",
    "Each metric\u2019s value per run, the band (min\u2013max) of the values before it since its last change point, and the change points (a new level that held).",
    '<div class="grid2" id="perf-charts"></div><div id="perf-table"></div>'
  ],
  [
    "selection",
    "Time saved by selection",
    "Suite time impact analysis skipped: per run, and in total.",
    '<div class="chart" id="selection-chart"></div>'
  ],
  ["runs", "Latest runs", "", '<div id="runs-table"></div>']
];
function renderDashboard(data) {
  const { js, css } = uplotAssets();
  const first = data.runs.at[0];
  const last = data.runs.at.at(-1);
  const span = first !== void 0 && last !== void 0 ? `${new Date(first * 1e3).toISOString().slice(0, 10)} \u2013 ${new Date(last * 1e3).toISOString().slice(0, 10)}` : "no runs yet";
  const nav = `<nav class="toc">${SECTIONS.map(([id, title]) => `<a href="#${id}">${esc(title)}</a>`).join("")}</nav>`;
  const sections = SECTIONS.map(
    ([id, title, note, body]) => `<section id="${id}"><h2>${esc(title)}</h2>${note ? `<p class="note">${esc(note)}</p>` : ""}
${body}
</section>`
  ).join("\n");
  return `${pageHead(data.title, [css, DASHBOARD_CSS])}
<body>
<header class="top"><h1>${esc(data.title)}</h1>
<p>${data.records} runs (${esc(span)}), ${data.fullRecords} with every test \xB7 built ${esc(data.generatedAt.slice(0, 16).replace("T", " "))} UTC by testops</p></header>
${nav}
<main>
<div class="tiles" id="tiles"></div>
${sections}
<noscript><p>The charts and tables need JavaScript.</p></noscript>
</main>
<script type="application/json" id="dashboard-data">${embedJson(data)}</script>
<script>${inlineScript(js)}</script>
<script>${DASHBOARD_JS}</script>
</body>
</html>
`;
}

// src/dashboard/index.ts
function buildDashboard(records, outDir, options = {}) {
  const data = aggregate(records, options);
  const html = renderDashboard(data);
  mkdirSync(outDir, { recursive: true });
  const path = join3(outDir, "index.html");
  writeFileSync(path, html);
  writeFileSync(join3(outDir, ".nojekyll"), "");
  return { path, data, bytes: Buffer.byteLength(html) };
}

// src/dashboard/command.ts
var USAGE2 = `usage: testops dashboard [--history DIR | --branch NAME] [--out DIR] [--since YYYY-MM-DD] [--title TEXT]
  Builds a static dashboard (DIR/index.html, self-contained) from the history: pass rate, flaky
  tests, slowest suites and tests against budgets, durations, coverage per package, perf with
  baseline bands and change points, time saved by selection.
  --history DIR   a local history (default .testops/history; see testops history import)
  --branch NAME   the data branch of the repository here (history: store: branch), e.g. testops-data
  --out DIR       where to write (default .testops/dashboard)`;
async function dashboardCommand(argv, io2) {
  const { values } = parseArgs2({
    args: argv,
    options: {
      history: { type: "string" },
      branch: { type: "string" },
      out: { type: "string", short: "o" },
      since: { type: "string" },
      title: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io2.stdout(`${USAGE2}
`);
    return 0;
  }
  if (values.history && values.branch) {
    io2.stderr("testops dashboard: give --history DIR or --branch NAME, not both\n");
    return 2;
  }
  let since;
  if (values.since !== void 0) {
    since = new Date(values.since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.since) || Number.isNaN(since.getTime())) {
      io2.stderr(`testops dashboard: --since must be a date (YYYY-MM-DD), got "${values.since}"
`);
      return 2;
    }
  }
  let source;
  if (values.branch) {
    const branch = await branchSource({ repo: io2.cwd, branch: values.branch });
    if (!branch) {
      io2.stderr(`testops dashboard: branch ${values.branch} was not found on origin; a run with history: { store: branch } creates it
`);
      return 2;
    }
    source = branch;
  } else {
    const dir = resolve4(io2.cwd, values.history ?? ".testops/history");
    if (!existsSync2(dir)) {
      io2.stderr(
        `testops dashboard: no history at ${values.history ?? ".testops/history"} (expected a directory with runs/ and archive/; build one with testops history import, or read the data branch with --branch)
`
      );
      return 2;
    }
    source = { ...directorySource(dir), label: values.history ?? ".testops/history" };
  }
  const started = performance.now();
  const { records, problems } = await readHistory(source, since ? { since } : {});
  for (const problem of problems.slice(0, 20)) io2.stderr(`${problem}
`);
  if (problems.length > 20) io2.stderr(`\u2026 and ${problems.length - 20} more records left out
`);
  const out = resolve4(io2.cwd, values.out ?? ".testops/dashboard");
  const built = buildDashboard(records, out, values.title ? { title: values.title } : {});
  const shown = relative2(io2.cwd, built.path) || built.path;
  io2.stdout(
    `dashboard: ${records.length} runs (${built.data.fullRecords} with every test) \u2192 ${shown} (${(built.bytes / 1024).toFixed(0)} KB, ${((performance.now() - started) / 1e3).toFixed(1)} s)
`
  );
  return problems.length > 0 ? 1 : 0;
}

// src/record/warroom-command.ts
init_define_TESTOPS_UPLOT();
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/record/warroom-summary.ts
init_define_TESTOPS_UPLOT();
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
    topSuites: byCount([...suites].map(([suite, count2]) => ({ suite, count: count2 }))),
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
  const width = maxOf(
    summary.byKind.map((kind) => kind.kind.length),
    4
  );
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
var USAGE3 = `usage: testops warroom [FILE\u2026] [--format text|markdown|json] [--top N]
  Summarises war-room logs (warroom.ndjson; default .testops/out/warroom.ndjson): counts by kind
  and priority, top suites and tests, first and last seen, the most urgent anomalies and their steps.`;
var COLORS = {
  critical: ["\x1B[1;31m", "\x1B[0m"],
  high: ["\x1B[31m", "\x1B[39m"],
  medium: ["\x1B[33m", "\x1B[39m"],
  low: ["\x1B[2m", "\x1B[22m"]
};
async function warroomCommand(argv, io2) {
  const { values, positionals } = parseArgs3({
    args: argv,
    options: { format: { type: "string", short: "f" }, top: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true
  });
  if (values.help) {
    io2.stdout(`${USAGE3}
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
      text = readFileSync2(resolve5(io2.cwd, file), "utf8");
    } catch (error) {
      io2.stderr(
        `${file}: cannot be read (${error.code ?? error.message}); a war-room log is written by testops run as warroom.ndjson
`
      );
      continue;
    }
    read++;
    const parsed = parseWarroom(text, file);
    pushAll(entries, parsed.entries);
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
  return bad > 0 ? 2 : 0;
}

// src/health/command.ts
init_define_TESTOPS_UPLOT();
import { parseArgs as parseArgs5 } from "node:util";

// src/history/command.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync4 } from "node:fs";
import { join as join5, resolve as resolve6 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";

// src/history/import.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readdirSync, readFileSync as readFileSync3, renameSync, rmSync as rmSync2, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname, join as join4, relative as relative3 } from "node:path";
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
      const full = join4(current, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== ".git") walk(full);
      else if (entry.isFile() && entry.name === "report.json") found.push(full);
    }
  };
  if (statSync2(dir).isFile()) return [dir];
  walk(dir);
  return found.sort();
}
var count = external_exports.number().int().min(0);
var testCounts = external_exports.looseObject({ tests: count, passed: count, failed: count, errored: count, skipped: count, flaky: count });
var reportShape = external_exports.looseObject({
  version: external_exports.literal(1),
  createdAt: external_exports.string().refine((value) => !Number.isNaN(Date.parse(value)), "expected an ISO 8601 time"),
  conclusion: external_exports.enum(["success", "failure"]),
  duration: external_exports.number().min(0),
  event: external_exports.looseObject({ name: external_exports.string(), headSha: external_exports.string() }),
  totals: testCounts.extend({ attempts: count, duration: external_exports.number().min(0) }),
  suites: external_exports.array(external_exports.looseObject({ name: external_exports.string(), selected: external_exports.boolean(), status: external_exports.string(), duration: external_exports.number(), tests: testCounts })),
  failures: external_exports.array(external_exports.looseObject({ id: external_exports.string(), suite: external_exports.string(), name: external_exports.string(), status: external_exports.string() })),
  perf: external_exports.array(external_exports.looseObject({ scenario: external_exports.string(), metric: external_exports.string(), unit: external_exports.string(), head: external_exports.number() })),
  security: external_exports.looseObject({ counts: external_exports.record(external_exports.string(), external_exports.number()), newFindings: external_exports.array(external_exports.unknown()), existing: count }),
  changedFiles: count.nullable(),
  flaky: external_exports.array(external_exports.looseObject({ id: external_exports.string(), suite: external_exports.string(), name: external_exports.string(), state: external_exports.string(), rate: external_exports.number(), runs: count }))
});
function checkReport(value, file) {
  const parsed = reportShape.safeParse(value);
  if (parsed.success) return value;
  const issue = parsed.error.issues[0];
  throw new InputError(`${file} is not a testops report.json: ${issue.path.map(String).join(".") || "the top level"}: ${issue.message}`);
}
function readJsonFile(file) {
  const text = readFileSync3(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${error.message.split("\n")[0]})`);
  }
}
function recordFromFiles(file) {
  const report = checkReport(readJsonFile(file), file);
  const runsFile = join4(dirname(file), "runs.json");
  const planFile = join4(dirname(file), "plan.json");
  const runs = existsSync3(runsFile) ? readJsonFile(runsFile) : void 0;
  const plan = existsSync3(planFile) ? readJsonFile(planFile) : void 0;
  let record;
  try {
    record = recordFromReport(report, { ...runs?.suites ? { runs } : {}, ...plan?.suites ? { plan } : {} });
  } catch (error) {
    throw new InputError(`${file}: not a testops report.json this version can read (${error.message.split("\n")[0]})`);
  }
  const checked = parseRecord(JSON.parse(JSON.stringify(record)), file);
  if ("problem" in checked) throw new InputError(checked.problem);
  return { record: checked.record, whole: checked.record.testsKept === "all" };
}
var writeAtomic = (file, text) => {
  mkdirSync2(dirname(file), { recursive: true });
  writeFileSync2(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
};
async function importHistory(input) {
  const result = { imported: [], already: [], problems: [], compacted: 0 };
  const existing = await readHistory(input.out);
  const known = new Set(existing.records.map((record) => record.run.id));
  for (const file of findReports(input.from)) {
    const shown = relative3(input.cwd, file) || file;
    let made;
    try {
      made = recordFromFiles(file);
    } catch (error) {
      result.problems.push(error.message.split("\n")[0].replace(file, shown));
      continue;
    }
    const path = recordPath(made.record);
    if (known.has(made.record.run.id)) {
      result.already.push(shown);
      continue;
    }
    known.add(made.record.run.id);
    writeAtomic(join4(input.out, path), serializeRecord(made.record));
    result.imported.push({ file: shown, path, whole: made.whole });
  }
  const paths = [];
  const walk = (dir, prefix) => {
    if (!existsSync3(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join4(dir, entry.name), `${prefix}${entry.name}/`);
      else paths.push(`${prefix}${entry.name}`);
    }
  };
  walk(join4(input.out, "runs"), "runs/");
  const plan = planCompaction(paths, { keepRuns: input.keepRuns, now: input.now ?? /* @__PURE__ */ new Date() });
  if (plan.compact.length > 0) {
    const old = [];
    for (const path of plan.compact) {
      const parsed = parseRecord(readJsonFile(join4(input.out, path)), path);
      if ("record" in parsed) old.push(parsed.record);
    }
    const archives = /* @__PURE__ */ new Map();
    for (const record of old) {
      const path = archivePath(record);
      const file = join4(input.out, path);
      if (!archives.has(path) && existsSync3(file)) archives.set(path, readFileSync3(file, "utf8"));
    }
    for (const [path, text] of archiveRecords(old, archives, { now: input.now ?? /* @__PURE__ */ new Date() })) writeAtomic(join4(input.out, path), text);
    for (const path of plan.compact) rmSync2(join4(input.out, path));
    result.compacted = old.length;
  }
  return result;
}

// src/history/command.ts
var USAGE4 = `usage: testops history import DIR [--out DIR] [--keep-runs N]
  Builds a local history from every report.json under DIR (with the runs.json and plan.json beside
  each, when there, every test is kept). Records go to --out (default ${LOCAL_HISTORY_DIR}) in the data
  branch's layout; testops health and testops dashboard read it.`;
function historySettings(repoRoot, configPath) {
  const exists = configPath ? true : DEFAULT_CONFIG_PATHS.some((path) => existsSync4(resolve6(repoRoot, path)));
  if (!exists) return { history: historySchema.parse(void 0), health: healthSchema.parse(void 0) };
  const { config } = loadConfig(repoRoot, configPath);
  return { history: config.history, health: config.health };
}
async function historyCommand(argv, io2) {
  const [sub, ...rest] = argv;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help") {
    io2.stdout(`${USAGE4}
`);
    return sub === void 0 ? 2 : 0;
  }
  if (sub !== "import") {
    io2.stderr(`testops history: unknown subcommand "${sub}" (expected import)
${USAGE4}
`);
    return 2;
  }
  const { values, positionals } = parseArgs4({
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
    io2.stdout(`${USAGE4}
`);
    return 0;
  }
  if (positionals.length !== 1) {
    io2.stderr(`testops history import: expected one directory of report.json files, got ${positionals.length}
${USAGE4}
`);
    return 2;
  }
  const from = resolve6(io2.cwd, positionals[0]);
  if (!existsSync4(from)) {
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
  const repoRoot = (await createGit(io2.cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim() || io2.cwd;
  const { history } = historySettings(repoRoot, values.config);
  const out = values.out ? resolve6(io2.cwd, values.out) : join5(repoRoot, LOCAL_HISTORY_DIR);
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
var USAGE5 = `usage: testops health [--history DIR] [--config F] [--format md|json] [--now TIME]
  The health check over the last window (health.window, default 7d) of the history: pass rate,
  execution time against SLA, flaky rate, coverage, the window's movers and each alert's steps.
  Reads DIR, else the data branch (history.store: branch), else .testops/history.
  Exit 0 when nothing alerts, 1 when something does.`;
async function healthCommand(argv, io2) {
  const { values } = parseArgs5({
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
    io2.stdout(`${USAGE5}
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

// src/init/command.ts
init_define_TESTOPS_UPLOT();
import { accessSync, constants, existsSync as existsSync5, mkdirSync as mkdirSync3, readFileSync as readFileSync4, statSync as statSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { delimiter, dirname as dirname2, join as join6 } from "node:path";
import { parseArgs as parseArgs6 } from "node:util";

// src/init/go.ts
init_define_TESTOPS_UPLOT();
import { posix as posix2 } from "node:path";

// src/init/paths.ts
init_define_TESTOPS_UPLOT();
import { posix } from "node:path";

// src/init/types.ts
init_define_TESTOPS_UPLOT();
var under = (dir, rest) => dir ? `${dir}/${rest}` : rest;

// src/init/paths.ts
var NOT_CODE = /* @__PURE__ */ new Set([".github", ".vscode", ".idea", "node_modules", "dist", "build", "coverage", "reports", ".testops"]);
function suitePaths(files, input) {
  const prefix = input.dir ? `${input.dir}/` : "";
  const exts = new Set(input.extensions);
  const dirs = /* @__PURE__ */ new Set();
  const top = /* @__PURE__ */ new Set();
  const seenExts = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    if (input.exclude?.some((dir) => file === dir || file.startsWith(`${dir}/`))) continue;
    const rest = file.slice(prefix.length);
    const ext = posix.extname(rest).slice(1);
    if (!exts.has(ext)) continue;
    seenExts.add(ext);
    const slash = rest.indexOf("/");
    if (slash < 0) top.add(rest);
    else if (!NOT_CODE.has(rest.slice(0, slash)) && !rest.startsWith(".")) dirs.add(rest.slice(0, slash));
  }
  const topFiles = input.imports ? [] : [...top].sort();
  const globs = [...[...dirs].sort().map((dir) => under(input.dir, `${dir}/**`)), ...topFiles.map((file) => under(input.dir, file))];
  for (const file of input.also ?? []) if (!globs.includes(file)) globs.push(file);
  if (input.imports && seenExts.size > 0 && dirs.size > 0) {
    const list = [...seenExts].sort();
    const pattern = list.length === 1 ? `*.${list[0]}` : `*.{${list.join(",")}}`;
    globs.push(`!${under(input.dir, `**/${pattern}`)}`);
  }
  return globs;
}
var JS_EXTENSIONS = ["js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx"];

// src/init/go.ts
var GOTESTSUM_NOTE = "needs gotestsum on PATH (go install gotest.tools/gotestsum@latest): testops reads its JUnit, not go test -json";
function detectGo(files, name) {
  const modules = files.paths.filter((file) => posix2.basename(file) === "go.mod").map((file) => posix2.dirname(file).replace(/^\.$/, ""));
  return modules.map((dir) => {
    const inModule = (file) => (dir === "" || file.startsWith(`${dir}/`)) && !modules.some((other) => other !== dir && other.startsWith(dir) && file.startsWith(`${other}/`));
    const tests = files.paths.filter((file) => file.endsWith("_test.go") && inModule(file));
    if (tests.length === 0) return `${under(dir, "go.mod")}: a Go module without _test.go files`;
    const suite = name(dir ? `go-${posix2.basename(dir)}` : "go");
    const junit = `reports/${suite}/junit.xml`;
    const command = `gotestsum --format testname --junitfile ${junit} -- ./...`;
    const nested = modules.filter((other) => other !== dir && (dir === "" || other.startsWith(`${dir}/`)));
    return {
      name: suite,
      runner: "go",
      dir,
      fields: {
        command,
        ...dir ? { "working-directory": dir } : {},
        paths: suitePaths(files.paths, {
          dir,
          extensions: ["go"],
          also: [under(dir, "go.mod"), ...files.has(under(dir, "go.sum")) ? [under(dir, "go.sum")] : []],
          exclude: nested
        }),
        // the go preset appends -run and the packages; after ./... they would run everything again
        rerun: `gotestsum --format testname --junitfile ${junit} -- {go-run} {go-packages}`,
        reports: { junit: under(dir, junit) }
      },
      detected: [`${under(dir, "go.mod")}, ${tests.length} _test.go file${tests.length === 1 ? "" : "s"}`],
      notes: [GOTESTSUM_NOTE, "coverage: left out; go test writes none unless asked (-coverprofile=FILE, then reports.coverage: FILE)"]
    };
  });
}

// src/init/index.ts
init_define_TESTOPS_UPLOT();

// src/init/gradle.ts
init_define_TESTOPS_UPLOT();
import { posix as posix3 } from "node:path";
var BUILD_FILES = /* @__PURE__ */ new Set(["build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"]);
function detectGradle(files, name) {
  const build = ["build.gradle.kts", "build.gradle", "settings.gradle.kts", "settings.gradle"].filter((file) => files.has(file));
  if (build.length === 0) return void 0;
  const tests = files.paths.filter((file) => /(^|\/)src\/test\//.test(file) && /\.(java|kt|groovy|scala)$/.test(file));
  if (tests.length === 0) return `${build[0]}: a Gradle build without files under src/test/`;
  const projects = new Set(files.paths.filter((file) => BUILD_FILES.has(posix3.basename(file))).map((file) => posix3.dirname(file)));
  const multi = [...projects].some((dir) => dir !== ".");
  const wrapper = files.has("gradlew");
  const notes = [];
  const text = build.map((file) => files.read(file) ?? "").join("\n");
  if (/\bjacoco\b/.test(text))
    notes.push("coverage: left out; the jacoco plugin is applied, but jacocoTestReport is a task of its own that `test` does not run");
  return {
    name: name("gradle"),
    runner: "gradle",
    dir: "",
    fields: {
      // --continue: every project's tests run and report even when one project's fail
      command: `${wrapper ? "./gradlew" : "gradle"} test --continue`,
      paths: suitePaths(files.paths, {
        dir: "",
        extensions: ["java", "kt", "kts", "groovy", "scala", "gradle", "properties", "xml"],
        also: build
      }),
      rerun: "gradle",
      reports: { junit: multi ? "**/build/test-results/test/TEST-*.xml" : "build/test-results/test/TEST-*.xml" }
    },
    detected: [`${build.join(", ")}${wrapper ? ", gradlew" : ""}`, `${tests.length} file${tests.length === 1 ? "" : "s"} under src/test/`],
    notes
  };
}

// src/init/js.ts
init_define_TESTOPS_UPLOT();
import { posix as posix6 } from "node:path";
var import_yaml2 = __toESM(require_dist(), 1);

// src/init/js-coverage.ts
init_define_TESTOPS_UPLOT();

// src/init/js-config.ts
init_define_TESTOPS_UPLOT();
var import_yaml = __toESM(require_dist(), 1);
var NOT_LITERAL = /* @__PURE__ */ Symbol("not a literal");
function literalOf(node) {
  if (!node) return NOT_LITERAL;
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean" || node.value === null ? node.value : NOT_LITERAL;
    case "TemplateLiteral": {
      const quasis = node.quasis;
      return node.expressions.length === 0 && quasis.length === 1 ? String(quasis[0].value.cooked ?? "") : NOT_LITERAL;
    }
    case "ArrayExpression":
      return node.elements.map((element) => element ? literalOf(element) : NOT_LITERAL);
    case "ObjectExpression": {
      const object = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.computed) continue;
        const key = property.key;
        const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : void 0;
        if (name !== void 0) object[name] = literalOf(property.value);
      }
      if (node.properties.some((property) => property.type !== "Property" || property.computed)) object["..."] = NOT_LITERAL;
      return object;
    }
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "ParenthesizedExpression":
      return literalOf(node.expression);
    default:
      return NOT_LITERAL;
  }
}
function exported(node, bindings) {
  for (let depth2 = 0; node && depth2 < 5; depth2++) {
    if (node.type === "ObjectExpression") return node;
    if (node.type === "Identifier") node = bindings.get(node.name);
    else if (node.type === "CallExpression") node = node.arguments[0];
    else if (node.type === "ArrowFunctionExpression" && node.body.type !== "BlockStatement") node = node.body;
    else if (node.type === "TSAsExpression" || node.type === "TSSatisfiesExpression" || node.type === "ParenthesizedExpression")
      node = node.expression;
    else return void 0;
  }
  return void 0;
}
function readJsConfig(parse2, file, text) {
  if (!parse2) return NOT_LITERAL;
  let program;
  try {
    const result = parse2(file, text);
    if (result.errors.length > 0) return NOT_LITERAL;
    program = result.program;
  } catch {
    return NOT_LITERAL;
  }
  const bindings = /* @__PURE__ */ new Map();
  let found;
  for (const statement of program.body) {
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations)
        if (declarator.id.type === "Identifier" && declarator.init)
          bindings.set(declarator.id.name, declarator.init);
    }
    if (statement.type === "ExportDefaultDeclaration") found = statement.declaration;
    if (statement.type === "ExpressionStatement") {
      const expression = statement.expression;
      const left = expression.type === "AssignmentExpression" ? expression.left : void 0;
      if (left?.type === "MemberExpression" && left.object.name === "module" && left.property.name === "exports")
        found = expression.right;
    }
  }
  const object = exported(found, bindings);
  return object ? literalOf(object) : NOT_LITERAL;
}
function field(value, key) {
  if (value === void 0) return void 0;
  if (value === NOT_LITERAL) return NOT_LITERAL;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  if (key in value) return value[key];
  return "..." in value ? NOT_LITERAL : void 0;
}
function stringList(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string")) return value;
  return void 0;
}
function readRcFile(files, parse2, file) {
  const text = files.read(file);
  if (text === void 0) return void 0;
  if (/\.[cm]?[jt]s$/.test(file)) return readJsConfig(parse2, file, text);
  try {
    if (/\.ya?ml$/.test(file)) return (0, import_yaml.parse)(text) ?? void 0;
  } catch {
    return void 0;
  }
  const errors = [];
  const value = parse(text, errors, { allowTrailingComma: true });
  return errors.length > 0 ? void 0 : value;
}

// src/init/js-coverage.ts
var TAKES_VALUE = /* @__PURE__ */ new Set([
  "-r",
  "--reporter",
  "-o",
  "--report-dir",
  "--reports-dir",
  "--temp-directory",
  "-x",
  "--exclude",
  "-n",
  "--include",
  "-e",
  "--extension",
  "--lines",
  "--branches",
  "--functions",
  "--statements",
  "--src",
  "--cwd",
  "--config",
  "--nycrc-path"
]);
function splitWrapper(words) {
  const tool = words[0];
  if (tool !== "c8" && tool !== "nyc") return { words };
  const args = [];
  let i = 1;
  for (; i < words.length && words[i].startsWith("-"); i++) {
    args.push(words[i]);
    if (!words[i].includes("=") && TAKES_VALUE.has(words[i]) && i + 1 < words.length) args.push(words[++i]);
  }
  return { wrapper: { tool, args }, words: words.slice(i) };
}
function optionValues(args, names) {
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const [name, value] = args[i].includes("=") ? [args[i].slice(0, args[i].indexOf("=")), args[i].slice(args[i].indexOf("=") + 1)] : [args[i]];
    if (!names.includes(name)) continue;
    if (value !== void 0) values.push(value);
    else if (i + 1 < args.length) values.push(args[++i]);
  }
  return values;
}
function rcOf(files, pkg, tool) {
  const names = tool === "c8" ? [".c8rc", ".c8rc.json"] : [".nycrc", ".nycrc.json", ".nycrc.yml", ".nycrc.yaml"];
  for (const name of names) {
    const file = under(pkg.dir, name);
    if (!files.has(file)) continue;
    const value = readRcFile(files, void 0, file);
    return value && typeof value === "object" && !Array.isArray(value) ? { settings: value, file } : void 0;
  }
  const field2 = pkg.json[tool];
  return field2 && typeof field2 === "object" ? { settings: field2, file: `${pkg.file} "${tool}"` } : void 0;
}
function wrapperCoverage(files, pkg, wrapper) {
  const rc = rcOf(files, pkg, wrapper.tool);
  const fromArgs = optionValues(wrapper.args, ["-r", "--reporter"]);
  const rcReporters = rc?.settings.reporter;
  const reporters = fromArgs.length > 0 ? fromArgs : Array.isArray(rcReporters) ? rcReporters.filter((item) => typeof item === "string") : typeof rcReporters === "string" ? [rcReporters] : [];
  const dirArg = optionValues(wrapper.args, ["-o", "--report-dir", "--reports-dir"]).at(-1);
  const dirRc = rc?.settings["report-dir"] ?? rc?.settings.reportDir ?? rc?.settings["reports-dir"];
  const dir = (dirArg ?? (typeof dirRc === "string" ? dirRc : "coverage")).replace(/^\.\//, "").replace(/\/+$/, "");
  const from = fromArgs.length > 0 ? `${wrapper.tool} ${fromArgs.map((name) => `--reporter=${name}`).join(" ")} in a test script of ${pkg.file}` : rc?.file;
  const file = reporters.includes("lcov") || reporters.includes("lcovonly") ? "lcov.info" : reporters.includes("json") ? "coverage-final.json" : void 0;
  if (!file || !from)
    return {
      why: `coverage: left out; ${wrapper.tool} writes ${reporters.length > 0 ? reporters.join(", ") : "text only"} here (add --reporter=lcov, then reports.coverage: ${under(pkg.dir, `${dir}/lcov.info`)})`
    };
  return { path: under(pkg.dir, `${dir}/${file}`), from };
}

// src/init/jest.ts
init_define_TESTOPS_UPLOT();

// src/init/js-suite.ts
init_define_TESTOPS_UPLOT();
import { posix as posix4 } from "node:path";
function evidence(pkg, context, options, spec) {
  const detected = [];
  const kind = pkg.deps.get(spec.dep);
  const configs = configFiles(context.files, pkg.dir, spec.configs);
  const commands = testCommands(pkg).filter((command) => spec.word(command.words));
  if (kind) detected.push(`${kind} in ${pkg.file}`);
  const keyed = spec.key !== void 0 && typeof pkg.json[spec.key] === "object" && pkg.json[spec.key] !== null;
  if (keyed) detected.push(`"${spec.key}" in ${pkg.file}`);
  if (configs.length > 0) detected.push(`config ${configs.join(", ")}`);
  const scripts = [...new Set(commands.map((command) => command.script))].map((script) => `"${script}"`);
  if (scripts.length === 1) detected.push(`${scripts[0]} script in ${pkg.file}`);
  else if (scripts.length > 1)
    detected.push(`${scripts.slice(0, 3).join(", ")}${scripts.length > 3 ? ` (+${scripts.length - 3})` : ""} scripts in ${pkg.file}`);
  const strong = configs.length > 0 || commands.length > 0 || keyed;
  if (!strong && (!kind || options.workspaceRoot)) return void 0;
  return { detected, configs, commands };
}
var firstWord = (name) => (words) => words[0] === name || words[0]?.endsWith(`/.bin/${name}`) === true;
function testFiles(pkg, globs, ignore = []) {
  const prefix = pkg.dir ? `${pkg.dir}/` : "";
  const compile = (glob) => new Minimatch(glob.replace(/^\.\//, ""), { dot: true });
  const patterns = globs.map(compile);
  const ignored = ignore.map(compile);
  return pkg.files.filter((file) => {
    const rest = file.slice(prefix.length);
    return patterns.some((glob) => glob.match(rest)) && !ignored.some((glob) => glob.match(rest));
  });
}
function baseSuite(pkg, options, name, command, tests, extra) {
  const fields = {
    command,
    ...options.workspace ? { "working-directory": pkg.dir } : {},
    ...extra.env ? { env: extra.env } : {},
    paths: [],
    // filled in by finish()
    impact: "imports",
    tests: tests.map((glob) => under(pkg.dir, glob.replace(/^\.\//, ""))),
    // in a package directory too: the runner hands files-arg the files relative to it
    ...extra.filesArg ? { "files-arg": extra.filesArg } : {},
    ...extra.rerun ? { rerun: extra.rerun } : {},
    reports: { junit: under(pkg.dir, `reports/${name}/junit.xml`) }
  };
  return fields;
}
function finish(pkg, found) {
  const fields = found.fields;
  fields.paths = suitePaths(pkg.files, { dir: pkg.dir, extensions: JS_EXTENSIONS, also: [pkg.file, ...found.also], imports: true });
  const notes = [...found.notes];
  return { name: found.name, runner: found.runner, dir: pkg.dir, fields, detected: found.detected, notes };
}
var suiteName = (context, pkg, runner, options) => context.name(options.workspace ? posix4.basename(pkg.dir) : runner);
function noTests(pkg, runner, globs, detected) {
  return `${pkg.dir || "."}: ${runner} (${detected.join(", ")}) but no test file matches ${globs.join(", ")}`;
}
function configOf(context, configs) {
  const file = configs.find((path) => /\.[cm]?[jt]s$/.test(path));
  if (!file) return { value: void 0 };
  const text = context.files.read(file);
  return { value: text === void 0 ? NOT_LITERAL : readJsConfig(context.parse, file, text), file };
}
var reporterNames = (value) => Array.isArray(value) ? value.map((entry) => Array.isArray(entry) ? entry[0] : entry).filter((entry) => typeof entry === "string") : typeof value === "string" ? [value] : void 0;
var cleanDir = (dir) => dir.replace(/^<rootDir>\/?/, "").replace(/^\.\//, "").replace(/\/+$/, "") || ".";
function wrapped(context, pkg, commands, detected, notes) {
  const command = commands.find((one) => one.wrapper);
  if (!command?.wrapper) return { prefix: "" };
  const coverage = wrapperCoverage(context.files, pkg, command.wrapper);
  if ("why" in coverage) {
    notes.push(coverage.why);
    return { prefix: "" };
  }
  detected.push(`coverage: ${coverage.from}`);
  return { prefix: `npx ${[command.wrapper.tool, ...command.wrapper.args].map(shellWord).join(" ")} `, coverage: coverage.path };
}
function coverageFile(reporters, dir) {
  const base = dir === "." ? "" : dir;
  if (reporters.includes("lcov") || reporters.includes("lcovonly")) return under(base, "lcov.info");
  if (reporters.includes("json")) return under(base, "coverage-final.json");
  return void 0;
}
var shellWord = (word) => /^[\w./@=:-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
function filesGlob(arg, inDir) {
  const trimmed = arg.replace(/^\.\//, "").replace(/\/+$/, "");
  const last = trimmed.split("/").at(-1) ?? "";
  if (!arg.endsWith("/") && last.includes(".")) return trimmed;
  return last === "**" ? `${trimmed}/${inDir.replace(/^\*\*\//, "")}` : `${trimmed}/${inDir}`;
}

// src/init/jest.ts
var JEST_TEST_MATCH = ["**/__tests__/**/*.?([mc])[jt]s?(x)", "**/?(*.)+(spec|test).?([mc])[jt]s?(x)"];
var jestSuite = (pkg, context, options) => {
  const found = evidence(pkg, context, options, { dep: "jest", configs: ["jest.config"], word: firstWord("jest"), key: "jest" });
  if (!found) return void 0;
  const fromFile = configOf(context, found.configs);
  const inPackage = typeof pkg.json.jest === "object" && pkg.json.jest !== null;
  const config = inPackage ? pkg.json.jest : fromFile.value;
  const configName = inPackage ? `${pkg.file} "jest"` : fromFile.file ?? found.configs[0];
  const detected = found.detected;
  const notes = [];
  const match = stringList(field(config, "testMatch"))?.map((glob) => glob.replace(/^<rootDir>\//, ""));
  if (field(config, "testRegex") !== void 0 && !match)
    notes.push(`tests: ${configName} uses testRegex; jest's default testMatch is used for selection`);
  else if (!match) notes.push(`tests: jest's default testMatch ${JEST_TEST_MATCH.join(", ")}`);
  const roots = stringList(field(config, "roots"))?.map(
    (root) => root.replace(/^<rootDir>\/?/, "").replace(/^\.\//, "").replace(/\/+$/, "")
  ).filter((root) => root !== "" && root !== ".");
  if (roots && roots.length > 0) detected.push(`roots ${roots.join(", ")} in ${configName}`);
  const tests = (match ?? JEST_TEST_MATCH).flatMap(
    (glob) => roots && roots.length > 0 && glob.startsWith("**/") ? roots.map((root) => `${root}/${glob}`) : [glob]
  );
  const files = testFiles(pkg, tests);
  if (files.length === 0) return noTests(pkg, "jest", tests, detected);
  const name = suiteName(context, pkg, "jest", options);
  const fromRoot = options.workspace && options.rootBin?.("jest") === true;
  if (fromRoot) options = { ...options, workspace: false };
  const configArg = fromRoot ? ` --config ${found.configs.find((file) => /\.(c|m)?[jt]s$|\.json$/.test(file)) ?? pkg.file}` : "";
  let command = `npx jest --ci --reporters=default --reporters=jest-junit${configArg}`;
  if (!pkg.deps.has("jest-junit"))
    notes.push("needs jest-junit for its JUnit report: npm i -D jest-junit (the command names it as a reporter)");
  const flag = found.commands.some((command2) => command2.words.includes("--coverage"));
  const collect = field(config, "collectCoverage") === true;
  let coveragePath;
  if (collect || flag) {
    const reportersField = field(config, "coverageReporters");
    const reporters = reportersField === void 0 ? ["clover", "json", "lcov", "text"] : reporterNames(reportersField);
    const directory = field(config, "coverageDirectory");
    const dir = directory === void 0 ? "coverage" : typeof directory === "string" ? cleanDir(directory) : void 0;
    const file = reporters && dir ? coverageFile(reporters, dir) : void 0;
    if (file) {
      coveragePath = under(pkg.dir, file);
      if (flag && !collect) command += " --coverage";
      detected.push(collect ? `collectCoverage in ${configName}` : `--coverage in a test script of ${pkg.file}`);
    } else
      notes.push(`coverage: left out; coverageReporters or coverageDirectory in ${configName} are not plain literals naming lcov or json`);
  }
  const fields = baseSuite(pkg, options, name, command, tests, {
    env: { JEST_JUNIT_OUTPUT_DIR: fromRoot ? under(pkg.dir, `reports/${name}`) : `reports/${name}`, JEST_JUNIT_ADD_FILE_ATTRIBUTE: "true" },
    rerun: "jest",
    filesArg: `${command} -- {files}`
  });
  if (coveragePath) fields.reports.coverage = coveragePath;
  return finish(pkg, { runner: "jest", name, fields, detected, notes, also: found.configs });
};

// src/init/mocha.ts
init_define_TESTOPS_UPLOT();
var MOCHA_SPEC = ["test/*.{js,cjs,mjs}"];
function specArgs(words) {
  const specs = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith("-")) {
      if (!word.includes("=") && [
        "--reporter",
        "-R",
        "--require",
        "-r",
        "--config",
        "--timeout",
        "-t",
        "--ui",
        "-u",
        "--grep",
        "-g",
        "--reporter-option",
        "--reporter-options",
        "-O",
        "--extension",
        "--spec",
        "--ignore",
        "--file",
        "--slow",
        "-s",
        "--retries",
        "--jobs",
        "-j"
      ].includes(word)) {
        if (word === "--spec") specs.push(words[i + 1]);
        i++;
      }
      continue;
    }
    if (/[/*]|\.[cm]?[jt]s$/.test(word)) specs.push(word);
  }
  return specs.filter(Boolean);
}
var mochaSuite = (pkg, context, options) => {
  const found = evidence(pkg, context, options, { dep: "mocha", configs: [".mocharc"], word: firstWord("mocha"), key: "mocha" });
  if (!found) return void 0;
  const detected = found.detected;
  const notes = [];
  const rc = found.configs[0];
  const rcValue = rc ? readRcFile(context.files, context.parse, rc) : pkg.json.mocha;
  const rcSpec = stringList(field(rcValue, "spec"));
  const scriptSpec = found.commands.map((command2) => specArgs(command2.words)).find((specs2) => specs2.length > 0);
  const specs = scriptSpec ?? rcSpec;
  const tests = specs ? specs.map((spec) => filesGlob(spec, "*.{js,cjs,mjs}")) : MOCHA_SPEC;
  if (!specs) notes.push(`tests: mocha's default spec ${MOCHA_SPEC[0]}`);
  const files = testFiles(pkg, tests);
  if (files.length === 0) return noTests(pkg, "mocha", tests, detected);
  const name = suiteName(context, pkg, "mocha", options);
  const junit = `reports/${name}/junit.xml`;
  const hasReporter = pkg.deps.has("mocha-junit-reporter");
  const reporter = hasReporter ? `--reporter mocha-junit-reporter --reporter-options mochaFile=${junit},includePending=true` : `--reporter xunit --reporter-option output=${junit}`;
  if (!hasReporter)
    notes.push(
      "JUnit from mocha's built-in xunit reporter; npm i -D mocha-junit-reporter gives file names and full titles (then rerun: mocha reruns failed tests alone)"
    );
  const wrap = wrapped(context, pkg, found.commands, detected, notes);
  const base = `${wrap.prefix || "npx "}mocha ${reporter}`;
  const command = specs && scriptSpec ? `${base} ${specs.map(shellWord).join(" ")}` : base;
  const fields = baseSuite(pkg, options, name, command, tests, {
    ...hasReporter ? { rerun: "mocha" } : {},
    filesArg: `${base} {files}`
  });
  if (wrap.coverage) fields.reports.coverage = wrap.coverage;
  return finish(pkg, { runner: "mocha", name, fields, detected, notes, also: found.configs });
};

// src/init/node-test.ts
init_define_TESTOPS_UPLOT();
var BNT_FILES = ["**/*.{test,spec}.{js,ts}"];
var NODE_TEST_FILES = [
  "**/*.test.{cjs,mjs,js}",
  "**/*-test.{cjs,mjs,js}",
  "**/*_test.{cjs,mjs,js}",
  "**/test-*.{cjs,mjs,js}",
  "**/test.{cjs,mjs,js}",
  "**/test/**/*.{cjs,mjs,js}"
];
function shellGlobs(files, dir) {
  const globs = /* @__PURE__ */ new Set();
  for (const file of files) {
    const rest = dir ? file.slice(dir.length + 1) : file;
    const match = /^(.*\/)?[^/]*?((?:\.|-|_)(?:test|spec)\.[cm]?[jt]s)$/.exec(rest);
    globs.add(match ? `${match[1] ?? ""}*${match[2]}` : rest);
  }
  return [...globs].sort();
}
function asWritten(script, word) {
  if (script.includes(`'${word}'`) || script.includes(`"${word}"`)) return `'${word.replace(/'/g, `'\\''`)}'`;
  return /^[\w./@=:*?{},[\]-]+$/.test(word) ? word : shellWord(word);
}
var NODE_VALUE_OPTIONS = /^(--import|--require|-r|--loader|--experimental-loader|--test-reporter|--test-reporter-destination|--test-name-pattern|--test-skip-pattern|--test-concurrency|--coverage-exclude|--coverage-include|--coverage|-t|--env-file)$/;
var nodeTestSuite = (pkg, context, options) => {
  const commands = testCommands(pkg);
  const node = commands.find((command) => (command.words[0] === "node" || command.words[0] === "tsx") && command.words.includes("--test"));
  const bnt = commands.find((command) => command.words[0] === "bnt");
  if (!node && !bnt) return void 0;
  const which = node ?? bnt;
  const launcher = node?.words[0] === "tsx" ? "tsx" : "node";
  const detected = [
    node ? `${launcher} --test in the "${which.script}" script of ${pkg.file}` : `bnt (better-node-test) in the "${which.script}" script of ${pkg.file}`
  ];
  const notes = [];
  const at = node ? which.words.indexOf("--test") : 0;
  const before = node ? which.words.slice(1, at) : [];
  const args = which.words.slice(at + 1).filter((word, index, all) => !word.startsWith("-") && !NODE_VALUE_OPTIONS.test(all[index - 1] ?? ""));
  const ts = launcher === "tsx" || bnt !== void 0;
  let tests;
  if (args.length > 0) tests = args.map((arg) => filesGlob(arg, `**/*.{cjs,mjs,js${ts ? ",cts,mts,ts" : ""}}`));
  else {
    tests = bnt ? BNT_FILES : ts ? NODE_TEST_FILES.map((glob) => glob.replace("{cjs,mjs,js}", "{cjs,mjs,js,cts,mts,ts}")) : NODE_TEST_FILES;
    notes.push(`tests: ${bnt ? "bnt's files" : `${launcher} --test's default patterns`} ${tests.join(", ")}`);
  }
  const files = testFiles(pkg, tests);
  if (files.length === 0) return noTests(pkg, "node:test", tests, detected);
  const typescript = files.some((file) => /\.[cm]?ts$/.test(file));
  if (bnt && typescript && pkg.deps.has("tsx")) before.push("--import", "tsx");
  if (typescript && launcher === "node" && !before.some((word) => /^--(import|loader|experimental-loader|require|experimental-strip-types)/.test(word)))
    notes.push("TypeScript test files need a loader: add --import tsx (or run on a Node that strips types) to the command");
  const name = suiteName(context, pkg, "node-test", options);
  const wrap = wrapped(context, pkg, [which], detected, notes);
  const program = launcher === "tsx" ? `${wrap.prefix ? "" : "npx "}tsx` : "node";
  const base = [
    `${wrap.prefix}${program}`,
    ...before.map(shellWord),
    `--test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/${name}/junit.xml`
  ].join(" ");
  const script = pkg.scripts.get(which.script) ?? "";
  const named = args.length > 0 ? args.map((arg) => asWritten(script, arg)) : shellGlobs(files, pkg.dir);
  const fields = baseSuite(pkg, options, name, `${base} ${named.join(" ")}`, tests, {
    rerun: "node",
    filesArg: `${base} {files}`
  });
  if (wrap.coverage) fields.reports.coverage = wrap.coverage;
  return finish(pkg, { runner: "node:test", name, fields, detected, notes, also: [] });
};

// src/init/vitest.ts
init_define_TESTOPS_UPLOT();
import { posix as posix5 } from "node:path";
var VITEST_INCLUDE = ["**/*.{test,spec}.?(c|m)[jt]s?(x)"];
var VITEST_DEFAULT_REPORTERS = ["text", "html", "clover", "json"];
var vitestSuite = (pkg, context, options) => {
  const found = evidence(pkg, context, options, {
    dep: "vitest",
    configs: ["vitest.config", "vite.config", "vitest.workspace", "vitest.projects"],
    word: firstWord("vitest")
  });
  if (!found) return void 0;
  const vitestConfigs = found.configs.filter((file) => !posix5.basename(file).startsWith("vite."));
  const viteOnly = vitestConfigs.length === 0 && found.configs.length > 0;
  const { value: config, file: configFile } = configOf(context, vitestConfigs.length > 0 ? vitestConfigs : found.configs);
  const test = field(config, "test");
  if (viteOnly && test === void 0 && !pkg.deps.has("vitest") && found.commands.length === 0) return void 0;
  const detected = found.detected;
  const notes = [];
  const projectsField = field(test, "projects") ?? field(test, "workspace");
  const projects = found.configs.some((file) => /vitest\.(workspace|projects)/.test(file)) || projectsField !== void 0 && projectsField !== NOT_LITERAL || config === NOT_LITERAL && configFile !== void 0 && /\b(projects|workspace)\s*:/.test(context.files.read(configFile) ?? "");
  if (projects) {
    notes.push(
      `vitest projects: this suite runs every project${pkg.workspace ? "; the workspace packages get no vitest suites of their own" : ""}`
    );
    pkg = { ...pkg, files: [...context.files.paths] };
  }
  const include = stringList(field(test, "include"));
  const testDir = field(test, "dir");
  const base = typeof testDir === "string" ? testDir.replace(/^\.\//, "").replace(/\/+$/, "") : "";
  if (base) detected.push(`test.dir ${base} in ${configFile}`);
  const tests = (include ?? VITEST_INCLUDE).map((glob) => base && base !== "." ? `${base}/${glob.replace(/^\.\//, "")}` : glob);
  if (!include)
    notes.push(
      field(test, "include") === NOT_LITERAL ? `tests: ${configFile}'s test.include is not a plain list; vitest's default ${VITEST_INCLUDE[0]} is used` : `tests: vitest's default ${VITEST_INCLUDE[0]}`
    );
  const exclude = (stringList(field(test, "exclude")) ?? []).map(
    (glob) => base && base !== "." ? `${base}/${glob.replace(/^\.\//, "")}` : glob
  );
  const files = testFiles(pkg, tests, exclude);
  if (files.length === 0) return noTests(pkg, "vitest", tests, detected);
  const name = suiteName(context, pkg, "vitest", options);
  const junit = `reports/${name}/junit.xml`;
  const fromRoot = options.workspace && options.rootBin?.("vitest") === true;
  if (fromRoot) options = { ...options, workspace: false };
  let command = `npx vitest run${fromRoot ? ` --root ${pkg.dir}` : ""} --reporter=default --reporter=junit --outputFile.junit=${junit}`;
  const coverage = field(test, "coverage");
  const flag = found.commands.some((command2) => command2.words.some((word) => word === "--coverage" || word === "--coverage.enabled"));
  const enabled = field(coverage, "enabled") === true;
  let coveragePath;
  const provider = field(coverage, "provider");
  const providerName = typeof provider === "string" ? provider : "v8";
  if (enabled || flag) {
    const reporters = field(coverage, "reporter") === void 0 ? VITEST_DEFAULT_REPORTERS : reporterNames(field(coverage, "reporter"));
    const directory = field(coverage, "reportsDirectory");
    const dir = directory === void 0 ? "coverage" : typeof directory === "string" ? cleanDir(directory) : void 0;
    const file = reporters && dir ? coverageFile(reporters, dir) : void 0;
    if (file) {
      coveragePath = under(pkg.dir, file);
      if (flag && !enabled) command += " --coverage";
      detected.push(enabled ? `coverage.enabled in ${configFile}` : `--coverage in a test script of ${pkg.file}`);
    } else
      notes.push(`coverage: left out; the coverage reporters or directory in ${configFile} are not plain literals naming lcov or json`);
    if (!pkg.deps.has(`@vitest/coverage-${providerName}`) && providerName !== "custom")
      notes.push(`coverage needs @vitest/coverage-${providerName} (npm i -D @vitest/coverage-${providerName})`);
  } else if (pkg.deps.has("@vitest/coverage-v8") || pkg.deps.has("@vitest/coverage-istanbul"))
    notes.push(
      "coverage: left out; a coverage provider is installed but nothing turns coverage on (add --coverage to the command and reports.coverage)"
    );
  const fields = baseSuite(pkg, options, name, command, tests, {
    rerun: "vitest",
    filesArg: `${command} {files}`
  });
  if (coveragePath) fields.reports.coverage = coveragePath;
  const suite = finish(pkg, { runner: "vitest", name, fields, detected, notes, also: found.configs });
  return projects ? { ...suite, projects } : suite;
};

// src/init/js.ts
var DEP_FIELDS = [
  ["devDependencies", "devDependency"],
  ["dependencies", "dependency"],
  ["peerDependencies", "peerDependency"],
  ["optionalDependencies", "optionalDependency"]
];
function readPackage(files, file) {
  const text = files.read(file);
  if (text === void 0) return `${file}: cannot be read (not a regular file, or over 4 MiB)`;
  let json;
  try {
    json = parseJsonText(text, file, "package.json to be JSON");
  } catch (error) {
    return error.message;
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return `${file}: expected a JSON object`;
  const record = json;
  const deps = /* @__PURE__ */ new Map();
  for (const [key, kind] of DEP_FIELDS) {
    const value = record[key];
    if (value && typeof value === "object") {
      for (const name of Object.keys(value)) if (!deps.has(name)) deps.set(name, kind);
    }
  }
  const scripts = /* @__PURE__ */ new Map();
  if (record.scripts && typeof record.scripts === "object") {
    for (const [name, text2] of Object.entries(record.scripts))
      if (typeof text2 === "string" && /^test($|[:\-_])/.test(name)) scripts.set(name, text2);
  }
  const dir = posix6.dirname(file) === "." ? "" : posix6.dirname(file);
  return { dir, file, json: record, deps, scripts, files: [] };
}
function workspaceGlobs(files, root) {
  const field2 = root?.json.workspaces;
  const list = Array.isArray(field2) ? field2 : field2 && typeof field2 === "object" ? field2.packages : void 0;
  if (Array.isArray(list))
    return { globs: list.filter((item) => typeof item === "string"), from: "package.json workspaces" };
  const pnpm = files.read("pnpm-workspace.yaml");
  if (pnpm === void 0) return void 0;
  try {
    const packages2 = (0, import_yaml2.parse)(pnpm)?.packages;
    if (Array.isArray(packages2))
      return { globs: packages2.filter((item) => typeof item === "string"), from: "pnpm-workspace.yaml packages" };
  } catch {
  }
  return void 0;
}
function findPackages(files) {
  const problems = [];
  const packages2 = [];
  const rootRead = files.has("package.json") ? readPackage(files, "package.json") : void 0;
  if (typeof rootRead === "string") problems.push(rootRead);
  const root = typeof rootRead === "object" ? rootRead : void 0;
  const workspaces = workspaceGlobs(files, root);
  if (workspaces) {
    const clean = (glob) => glob.replace(/^\.\//, "").replace(/\/+$/, "");
    const include = workspaces.globs.filter((glob) => !glob.startsWith("!")).map(clean);
    const exclude = workspaces.globs.filter((glob) => glob.startsWith("!")).map((glob) => clean(glob.slice(1)));
    for (const file of files.paths) {
      if (!file.endsWith("/package.json") || file.split("/").includes("node_modules")) continue;
      const dir = posix6.dirname(file);
      if (!include.some((glob) => minimatch(dir, glob)) || exclude.some((glob) => minimatch(dir, glob))) continue;
      const read = readPackage(files, file);
      if (typeof read === "string") problems.push(read);
      else packages2.push(read);
    }
  }
  if (root) {
    if (packages2.length > 0) root.workspace = true;
    packages2.unshift(root);
  }
  const byDir = new Map(packages2.map((pkg) => [pkg.dir, pkg]));
  for (const file of files.paths) {
    if (file.split("/").includes("node_modules")) continue;
    for (let dir = posix6.dirname(file); ; dir = posix6.dirname(dir)) {
      const owner = byDir.get(dir === "." ? "" : dir);
      if (owner) {
        owner.files.push(file);
        break;
      }
      if (dir === "." || dir === "/") break;
    }
  }
  return { packages: packages2, problems, ...workspaces ? { workspaces: workspaces.from } : {} };
}
function scriptCommands(script) {
  return script.split(/&&|\|\||[;|&\n]/).map(
    (part) => [...part.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]).filter((word) => word !== "")
  ).filter((words) => words.length > 0);
}
function runnerWords(words) {
  let rest = words;
  for (let guard = 0; guard < 6 && rest.length > 0; guard++) {
    const [first, second] = rest;
    if (first === "npx" || first === "bunx") rest = rest.slice(1).filter((word, index) => index > 0 || !word.startsWith("-"));
    else if ((first === "pnpm" || first === "yarn" || first === "npm") && (second === "exec" || second === "dlx")) rest = rest.slice(2);
    else if ((first === "pnpm" || first === "yarn") && second && /^[a-z@]/.test(second) && !["run", "test", "install"].includes(second))
      rest = rest.slice(1);
    else if (first === "cross-env" || first === "env") rest = rest.slice(1);
    else if (/^[A-Z_][A-Z0-9_]*=/.test(first)) rest = rest.slice(1);
    else break;
  }
  return rest;
}
function testCommands(pkg) {
  const found = [];
  for (const [script, text] of pkg.scripts)
    for (const words of scriptCommands(text)) {
      const split = splitWrapper(runnerWords(words));
      found.push({ script, words: runnerWords(split.words), ...split.wrapper ? { wrapper: split.wrapper } : {} });
    }
  return found;
}
function configFiles(files, dir, stems) {
  const found = [];
  for (const stem of stems)
    for (const ext of ["ts", "mts", "cts", "js", "mjs", "cjs", "json", "jsonc", "yml", "yaml", ""])
      if (files.has(under(dir, ext ? `${stem}.${ext}` : stem))) found.push(under(dir, ext ? `${stem}.${ext}` : stem));
  return found;
}
var OTHER_RUNNERS = [
  ["@playwright/test", "browser tests against a running app: add a suite with the services it needs (rerun: playwright)"],
  ["cypress", "browser tests against a running app, which init does not write suites for"],
  ["ava", "a runner init does not write suites for"],
  ["tap", "a runner init does not write suites for"],
  ["uvu", "a runner init does not write suites for"],
  ["jasmine", "a runner init does not write suites for"],
  ["karma", "a runner init does not write suites for"]
];
var DELEGATES = /(--workspaces?\b|\s-r\b|--recursive|\bturbo\b|\blerna\b|\bnx\b|--filter\b|workspaces\s+(foreach|run)|\bwsrun\b)/;
function detectJs(context) {
  const { packages: packages2, problems, workspaces } = findPackages(context.files);
  const suites = [];
  const unrecognised = [...problems];
  const covered = [];
  const inWorkspace = packages2.length > 1 || Boolean(workspaces);
  const root = packages2.find((pkg) => pkg.dir === "");
  const hoists = context.files.has("package-lock.json") || context.files.has("yarn.lock") && !context.files.has(".pnp.cjs");
  const rootBin = (name) => Boolean(root?.deps.has(name)) || hoists;
  for (const pkg of packages2) {
    const isRoot = pkg.dir === "";
    if (isRoot && inWorkspace && [...pkg.scripts.values()].every((text) => DELEGATES.test(text)) && pkg.scripts.size > 0) continue;
    const before = suites.length;
    const notRecognised = [];
    for (const build of [vitestSuite, jestSuite, mochaSuite, nodeTestSuite]) {
      if (build === vitestSuite && !isRoot && suites.some((suite) => suite.dir === "" && suite.runner === "vitest" && suite.projects)) {
        if (vitestSuite(pkg, { ...context, name: (base) => base }, { workspace: true, workspaceRoot: false }))
          covered.push(
            `${pkg.dir}: its vitest tests run in suite ${suites.find((one) => one.projects)?.name} (the root's vitest projects)`
          );
        continue;
      }
      const result = build(pkg, context, { workspace: inWorkspace && !isRoot, workspaceRoot: inWorkspace && isRoot, rootBin });
      if (!result) continue;
      if (typeof result === "string") notRecognised.push(result);
      else suites.push(result);
    }
    for (const [dep, what] of OTHER_RUNNERS) {
      const kind = pkg.deps.get(dep);
      if (kind) notRecognised.push(`${pkg.file}: ${dep} (${kind}), ${what}`);
    }
    pushAll(unrecognised, notRecognised);
    if (suites.length === before && notRecognised.length === 0) {
      const script = pkg.scripts.get("test");
      if (script && !/no test specified/.test(script))
        unrecognised.push(`${pkg.file}: test script "${script}" runs no runner testops knows`);
    }
  }
  return { suites, unrecognised, covered };
}

// src/init/maven.ts
init_define_TESTOPS_UPLOT();
function detectMaven(files, name) {
  const pom = files.read("pom.xml");
  if (pom === void 0 || !files.has("pom.xml")) return void 0;
  const tests = files.paths.filter((file) => /(^|\/)src\/test\//.test(file) && /\.(java|kt|groovy|scala)$/.test(file));
  if (tests.length === 0) return "pom.xml: a Maven project without files under src/test/";
  const modules = [...pom.matchAll(/<module>\s*([^<]+?)\s*<\/module>/g)].map((match) => match[1]);
  const suite = name("maven");
  const wrapper = files.has("mvnw");
  const notes = [];
  if (/jacoco-maven-plugin/.test(pom))
    notes.push("coverage: left out; jacoco-maven-plugin is configured, but its report goal is not known to run in the test phase");
  return {
    name: suite,
    runner: "maven",
    dir: "",
    fields: {
      command: `${wrapper ? "./mvnw" : "mvn"} -B test`,
      paths: suitePaths(files.paths, {
        dir: "",
        extensions: ["java", "kt", "groovy", "scala", "xml", "properties"],
        also: ["pom.xml"]
      }),
      rerun: "maven",
      reports: { junit: modules.length > 0 ? "**/target/surefire-reports/TEST-*.xml" : "target/surefire-reports/TEST-*.xml" }
    },
    detected: [
      `pom.xml${modules.length > 0 ? ` (modules ${modules.join(", ")})` : ""}${wrapper ? ", mvnw" : ""}`,
      `${tests.length} file${tests.length === 1 ? "" : "s"} under src/test/`
    ],
    notes
  };
}

// src/init/python.ts
init_define_TESTOPS_UPLOT();
import { posix as posix7 } from "node:path";

// src/init/toml.ts
init_define_TESTOPS_UPLOT();
function readSections(text) {
  const sections = /* @__PURE__ */ new Map();
  let current = /* @__PURE__ */ new Map();
  sections.set("", current);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\s+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      current = sections.get(header[1]) ?? /* @__PURE__ */ new Map();
      sections.set(header[1], current);
      continue;
    }
    const pair = /^("[^"]+"|'[^']+'|[\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (!pair) {
      const last = [...current.keys()].at(-1);
      if (last !== void 0 && /^\s/.test(lines[i])) current.set(last, `${current.get(last)}
${line}`);
      continue;
    }
    let value = pair[2];
    if (value.startsWith("[")) {
      while (depth(value) > 0 && i + 1 < lines.length) value += `
${lines[++i]}`;
    }
    current.set(pair[1].replace(/^["']|["']$/g, ""), value.trim());
  }
  return { sections };
}
function depth(text) {
  let level = 0;
  let quote = "";
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "#") break;
    else if (char === "[") level++;
    else if (char === "]") level--;
  }
  return level;
}
function listValue(raw) {
  if (raw === void 0) return void 0;
  const text = raw.trim();
  if (text.startsWith("[")) return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2]);
  if (/^["']/.test(text)) return [text.slice(1, -1)];
  return text.split(/\s+/).filter(Boolean);
}
function section(sections, name) {
  return sections.sections.get(name);
}

// src/init/python.ts
var CONFIGS = [
  ["pytest.ini", "pytest"],
  [".pytest.ini", "pytest"],
  ["pyproject.toml", "tool.pytest.ini_options"],
  ["tox.ini", "pytest"],
  ["setup.cfg", "tool:pytest"]
];
var PROJECT_FILES = /* @__PURE__ */ new Set(["pyproject.toml", "setup.py", "setup.cfg", "pytest.ini", "tox.ini"]);
var DEFAULT_PYTHON_FILES = ["test_*.py", "*_test.py"];
var DEPENDENCY_FILES = /^(pyproject\.toml|setup\.cfg|setup\.py|tox\.ini|(requirements|dev-requirements|test-requirements)[^/]*\.(txt|in)|requirements\/[^/]+\.(txt|in))$/;
var sample = (list, count2) => `${list.slice(0, count2).join(", ")}${list.length > count2 ? ", \u2026" : ""}`;
function detectPytest(files, name) {
  const pyFiles = files.paths.filter((file) => file.endsWith(".py"));
  if (pyFiles.length === 0) return [];
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const file of files.paths)
    if (PROJECT_FILES.has(posix7.basename(file)) && !file.split("/").includes("node_modules"))
      dirs.add(posix7.dirname(file) === "." ? "" : posix7.dirname(file));
  const projects = [...dirs].sort();
  const owned = new Map(projects.map((dir) => [dir, []]));
  for (const file of pyFiles) {
    for (let dir = posix7.dirname(file); ; dir = posix7.dirname(dir)) {
      const list = owned.get(dir === "." ? "" : dir);
      if (list) {
        list.push(file);
        break;
      }
      if (dir === "." || dir === "/") break;
    }
  }
  const results = [];
  for (const dir of projects) {
    const nested = projects.filter((other) => other !== dir && (dir === "" || other.startsWith(`${dir}/`)));
    const result = detectProject(files, dir, owned.get(dir) ?? [], nested, name);
    if (result) results.push(result);
  }
  return results;
}
function detectProject(files, dir, pyFiles, nested, name) {
  const detected = [];
  const notes = [];
  let settings;
  let configFile;
  for (const [file, header] of CONFIGS) {
    const path = under(dir, file);
    const text = files.has(path) ? files.read(path) : void 0;
    if (text === void 0) continue;
    const found = section(readSections(text), header);
    if (found) {
      settings = found;
      configFile = path;
      detected.push(`[${header}] in ${path}`);
      break;
    }
  }
  const prefix = dir ? `${dir}/` : "";
  const local = (file) => file.slice(prefix.length);
  const conftests = pyFiles.filter((file) => posix7.basename(file) === "conftest.py");
  if (conftests.length > 0) detected.push(`conftest.py (${sample(conftests, 3)})`);
  const patterns = listValue(settings?.get("python_files")) ?? DEFAULT_PYTHON_FILES;
  const testpaths = listValue(settings?.get("testpaths"))?.map((path) => path.replace(/^\.\//, "").replace(/\/+$/, ""));
  const tests = (testpaths ?? ["**"]).flatMap(
    (path) => patterns.map((pattern) => path === "**" || path === "." ? `**/${pattern}` : `${path}/**/${pattern}`)
  );
  const matchers = tests.map((glob) => new Minimatch(glob));
  const testFiles2 = pyFiles.filter((file) => matchers.some((glob) => glob.match(local(file))));
  if (!settings && conftests.length === 0 && testFiles2.length === 0) return void 0;
  if (testFiles2.length > 0 && !settings && conftests.length === 0) detected.push(`test files ${sample(testFiles2, 2)}`);
  if (testFiles2.length === 0)
    return `${dir || "."}: pytest (${detected.join(", ")}) but no test file matches ${tests.map((glob) => under(dir, glob)).join(", ")}`;
  if (!testpaths) notes.push(`tests: pytest's default python_files ${patterns.join(", ")} anywhere`);
  const suite = name(dir ? posix7.basename(dir) : "pytest");
  const junit = `reports/${suite}/junit.xml`;
  let command = `python3 -m pytest -o junit_family=xunit1 --junitxml=${junit}`;
  const env = {};
  const srcPackages = [...new Set(pyFiles.map(local).filter((file) => /^src\/[^/]+\/__init__\.py$/.test(file)))].map(
    (file) => file.split("/")[1]
  );
  if (srcPackages.length > 0 && !settings?.has("pythonpath")) {
    env.PYTHONPATH = "src";
    detected.push(`src layout (${under(dir, `src/${srcPackages[0]}/__init__.py`)})`);
    notes.push("env PYTHONPATH=src tests the checkout without installing it; drop it if CI runs pip install -e .");
  }
  const dependencyFiles = files.paths.filter((file) => file.startsWith(prefix) && DEPENDENCY_FILES.test(local(file)));
  if (!settings && !dependencyFiles.some((file) => /(^|["'\s,[])pytest(?![\w-])/m.test(files.read(file) ?? "")))
    notes.push("pytest is not a declared dependency: install it (pytest also runs unittest tests)");
  const declaring = dependencyFiles.find((file) => /(^|["'\s,[])pytest-cov\b/m.test(files.read(file) ?? ""));
  let coverage;
  if (declaring) {
    const rootPackages = [...new Set(pyFiles.map(local).filter((file) => /^[^/]+\/__init__\.py$/.test(file))).values()].map((file) => file.split("/")[0]).filter((name2) => !/^tests?$/.test(name2));
    const packages2 = srcPackages.length > 0 ? srcPackages : rootPackages;
    const configured = files.has(under(dir, ".coveragerc")) || /\[tool\.coverage\.run\][^[]*\bsource\s*=/.test(files.read(under(dir, "pyproject.toml")) ?? "");
    const target = configured || packages2.length !== 1 ? "--cov" : `--cov=${packages2[0]}`;
    coverage = `reports/${suite}/coverage.xml`;
    command += ` ${target} --cov-report=xml:${coverage}`;
    detected.push(`pytest-cov declared in ${declaring}`);
  } else notes.push("coverage: left out; pytest-cov is not a declared dependency");
  const managers = [
    ["uv.lock", "uv sync, then uv run testops \u2026"],
    ["poetry.lock", "poetry install, then poetry run testops \u2026"],
    ["Pipfile.lock", "pipenv install --dev, then pipenv run testops \u2026"]
  ];
  const manager = managers.find(([lock]) => files.has(under(dir, lock)));
  if (manager)
    notes.push(`${under(dir, manager[0])}: python3 -m pytest needs the project's dependencies where python3 finds them (${manager[1]})`);
  return {
    name: suite,
    runner: "pytest",
    dir,
    fields: {
      command,
      ...dir ? { "working-directory": dir } : {},
      ...Object.keys(env).length > 0 ? { env } : {},
      paths: suitePaths(pyFiles, { dir, extensions: ["py"], also: configFile ? [configFile] : [], exclude: nested, imports: true }),
      impact: "imports",
      tests: tests.map((glob) => under(dir, glob)),
      "files-arg": `${command} {files}`,
      rerun: "pytest",
      reports: { junit: under(dir, junit), ...coverage ? { coverage: under(dir, coverage) } : {} }
    },
    detected,
    notes
  };
}

// src/init/writer.ts
init_define_TESTOPS_UPLOT();
var import_yaml3 = __toESM(require_dist(), 1);
var CONFIG_PATH = ".github/testops.yml";
var detectedLine = (suite) => `${suite.name}${suite.runner === suite.name ? "" : ` (${suite.runner})`}: ${suite.detected.join(", ")}`;
function configText(suites, label = CONFIG_PATH) {
  const data = {
    version: 1,
    suites: Object.fromEntries(suites.map((suite) => [suite.name, suite.fields]))
  };
  const document = new import_yaml3.Document(data);
  document.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_URL}`,
    " Written by `testops init` from what it found in this repository; each suite says from where.",
    ' Check with `testops validate` and `testops plan`; every field is in the README ("Configuration").'
  ].join("\n");
  const suitesNode = document.get("suites", true);
  if ((0, import_yaml3.isMap)(suitesNode))
    for (const pair of suitesNode.items) {
      const key = (0, import_yaml3.isPair)(pair) && (0, import_yaml3.isScalar)(pair.key) ? pair.key : void 0;
      const suite = key && suites.find((one) => one.name === key.value);
      if (!key || !suite) continue;
      const lines = [`${suite.runner}: ${suite.detected.join(", ")}`, ...suite.notes];
      key.commentBefore = lines.map((line) => ` ${line}`).join("\n");
    }
  const text = document.toString({ lineWidth: 0 });
  parseConfigText(text, label);
  return text;
}

// src/init/index.ts
var OTHER_SETUPS = [
  [/^(.*\/)?Cargo\.toml$/, "Cargo (Rust)"],
  [/^(.*\/)?Gemfile$/, "Bundler (Ruby)"],
  [/^(.*\/)?composer\.json$/, "Composer (PHP)"],
  [/^(.*\/)?[^/]+\.(csproj|fsproj|sln)$/, ".NET"],
  [/^(.*\/)?CMakeLists\.txt$/, "CMake"],
  [/^(.*\/)?deno\.jsonc?$/, "Deno"],
  [/^(.*\/)?mix\.exs$/, "Mix (Elixir)"]
];
var LOOKED_FOR = "package.json test runners (vitest, jest, mocha, node --test; workspaces too), pytest (pytest.ini, pyproject.toml, tox.ini, setup.cfg, conftest.py, test_*.py), go.mod with _test.go files, pom.xml or build.gradle with src/test";
function detect(files, parse2) {
  const taken = /* @__PURE__ */ new Set();
  const name = (base) => {
    const clean = base.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "") || "tests";
    let candidate = clean;
    for (let n = 2; taken.has(candidate); n++) candidate = `${clean}-${n}`;
    taken.add(candidate);
    return candidate;
  };
  const suites = [];
  const unrecognised = [];
  const add = (result) => {
    if (typeof result === "string") unrecognised.push(result);
    else if (result) suites.push(result);
  };
  const js = detectJs({ files, parse: parse2, name });
  pushAll(suites, js.suites);
  pushAll(unrecognised, js.unrecognised);
  for (const result of detectPytest(files, name)) add(result);
  for (const result of detectGo(files, name)) add(result);
  add(detectMaven(files, name));
  add(detectGradle(files, name));
  const others = /* @__PURE__ */ new Map();
  for (const file of files.paths)
    for (const [pattern, what] of OTHER_SETUPS)
      if (pattern.test(file) && !file.split("/").includes("node_modules")) others.set(what, [...others.get(what) ?? [], file]);
  for (const [what, found] of others)
    unrecognised.push(`${found.slice(0, 2).join(", ")}${found.length > 2 ? ", \u2026" : ""}: ${what}, which init does not write suites for`);
  return { suites, unrecognised, covered: js.covered };
}

// src/init/workflow.ts
init_define_TESTOPS_UPLOT();
var WORKFLOW_PATH = ".github/workflows/testops.yml";
var NODE_VERSION_FILES = [".nvmrc", ".node-version", ".tool-versions"];
function jsInstall(files) {
  const pinned = NODE_VERSION_FILES.find((file) => files.has(file));
  const node = pinned ? ["      - uses: actions/setup-node@v4", `        with: { node-version-file: ${pinned} }`] : [];
  if (files.has("pnpm-lock.yaml")) return [...node, "      - run: corepack enable", "      - run: pnpm install --frozen-lockfile"];
  if (files.has("yarn.lock")) return [...node, "      - run: corepack enable", "      - run: yarn install"];
  if (files.has("package-lock.json")) return [...node, "      - run: npm ci"];
  return [...node, "      - run: npm install"];
}
function workflowText(files, suites, branch) {
  const runners = new Set(suites.map((suite) => suite.runner));
  const steps = [];
  if (["vitest", "jest", "mocha", "node:test"].some((runner) => runners.has(runner))) pushAll(steps, jsInstall(files));
  if (runners.has("pytest")) {
    const pinned = files.has(".python-version");
    steps.push(
      "      - uses: actions/setup-python@v5",
      `        with: { ${pinned ? "python-version-file: .python-version" : "python-version: '3.x'"} }`
    );
    for (const suite of suites.filter((one) => one.runner === "pytest")) {
      const project = files.has(under(suite.dir, "pyproject.toml")) || files.has(under(suite.dir, "setup.py"));
      const packages2 = [
        project ? `-e ${suite.dir ? `./${suite.dir}` : "."}` : "",
        "pytest",
        suite.fields.reports.coverage ? "pytest-cov" : ""
      ].filter(Boolean).join(" ");
      steps.push(`      - run: python3 -m pip install ${packages2}`);
    }
  }
  const goModule = suites.find((suite) => suite.runner === "go");
  if (goModule)
    steps.push(
      "      - uses: actions/setup-go@v5",
      `        with: { go-version-file: ${under(goModule.dir, "go.mod")} }`,
      "      - run: go install gotest.tools/gotestsum@latest"
    );
  const branchText = /^[\w./-]+$/.test(branch) ? branch : "main";
  return [
    "# Written by `testops init --workflow`: testops on every pull request and on pushes to the default branch.",
    '# Replace OWNER/testops@v1 with where you use testops from. Permissions: see the README ("Permissions").',
    "name: testops",
    "on:",
    "  pull_request: {}",
    `  push: { branches: [${branchText}] }`,
    "permissions:",
    "  contents: read        # check out the code",
    "  pull-requests: write  # the sticky PR comment",
    "  issues: write         # flaky-test issues",
    "  checks: write         # the check run with every annotation",
    "jobs:",
    "  test:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v5",
    "        with: { fetch-depth: 0 }   # testops diffs against the merge-base",
    ...steps,
    "      - uses: OWNER/testops@v1     # reads .github/testops.yml",
    "        id: testops",
    "      - uses: actions/upload-artifact@v4   # report.html, report.json, logs, raw reports",
    "        if: always()",
    "        with: { name: testops-record, path: '${{ steps.testops.outputs.bundle }}' }",
    ""
  ].join("\n");
}

// src/init/command.ts
var INIT_HELP = `testops init  [--force] [--print] [--workflow]
    Looks at the repository (package.json and workspaces, pytest, go.mod, pom.xml, Gradle;
    nothing is run) and writes .github/testops.yml with one suite per test setup found, each
    reporting JUnit, and says per suite what was found in which file. --print writes the config
    to stdout instead; --force replaces an existing config; --workflow also writes
    .github/workflows/testops.yml. Exit 2 when no test setup is found.`;
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
function diskFiles(root, paths) {
  const cache = /* @__PURE__ */ new Map();
  const set = new Set(paths);
  return {
    paths,
    has: (path) => set.has(path),
    read(path) {
      if (!cache.has(path)) {
        let text;
        try {
          const stats = statSync3(join6(root, path));
          text = stats.isFile() && stats.size <= MAX_CONFIG_BYTES ? readFileSync4(join6(root, path), "utf8") : void 0;
        } catch {
          text = void 0;
        }
        cache.set(path, text);
      }
      return cache.get(path);
    }
  };
}
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join6(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
async function jsParser() {
  const oxc = await loadOxc();
  return typeof oxc === "string" ? void 0 : (file, text) => oxc.parser.parseSync(file, text);
}
async function initCommand(argv, io2) {
  const { values } = parseArgs6({
    args: argv,
    options: {
      force: { type: "boolean" },
      print: { type: "boolean" },
      workflow: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: false
  });
  if (values.help) {
    io2.stdout(`${INIT_HELP}
`);
    return 0;
  }
  const git = createGit(io2.cwd);
  const root = (await git.run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim();
  if (!root) throw new UsageError(`${io2.cwd} is not inside a git repository: run testops init in your repository's checkout`);
  const existing = DEFAULT_CONFIG_PATHS.find((path) => existsSync5(join6(root, path)));
  const target = existing ?? CONFIG_PATH;
  if (existing && !values.force && !values.print)
    throw new UsageError(`${existing} already exists; testops init --force replaces it (or --print to see what it would write)`);
  if (values.workflow && !values.force && existsSync5(join6(root, WORKFLOW_PATH)))
    throw new UsageError(`${WORKFLOW_PATH} already exists; testops init --workflow --force replaces it`);
  const listed = await createGit(root).run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  const paths = [...new Set(listed.split("\0").filter(Boolean))].sort();
  const files = diskFiles(root, paths);
  const found = detect(files, await jsParser());
  const gotestsum = onPath("gotestsum");
  for (const suite of found.suites)
    if (suite.runner === "go")
      suite.notes = suite.notes.map(
        (note) => note === GOTESTSUM_NOTE ? gotestsum ? `runs gotestsum (here: ${gotestsum}); testops reads its JUnit, not go test -json` : `${note}; it is not on PATH here` : note
      );
  if (found.suites.length === 0) {
    const seen = found.unrecognised.length > 0 ? ` (found but not recognised: ${found.unrecognised.join("; ")})` : "";
    throw new InputError(`testops init: no tests found in ${root}; looked for ${LOOKED_FOR}${seen}`);
  }
  let text;
  try {
    text = configText(found.suites, target);
  } catch (error) {
    throw new Error(`testops init wrote a config its own loader rejects (a testops bug): ${error.message}`);
  }
  const say = values.print ? io2.stderr : io2.stdout;
  if (values.print) io2.stdout(text);
  else {
    mkdirSync3(dirname2(join6(root, target)), { recursive: true });
    writeFileSync3(join6(root, target), text);
  }
  say(`testops init: ${found.suites.length} suite${found.suites.length === 1 ? "" : "s"}${values.print ? "" : ` \u2192 ${target}`}
`);
  for (const suite of found.suites) {
    say(`  ${detectedLine(suite)}
`);
    for (const note of suite.notes) say(`      ${note}
`);
  }
  for (const line of found.covered) say(`  covered: ${line}
`);
  for (const line of found.unrecognised) say(`  not recognised: ${line}
`);
  if (values.workflow) {
    const branch = (await git.run(["rev-parse", "--abbrev-ref", "HEAD"], { allowFailure: true })).trim();
    const workflow = workflowText(files, found.suites, branch && branch !== "HEAD" ? branch : "main");
    if (values.print) io2.stdout(`---
${workflow}`);
    else {
      mkdirSync3(dirname2(join6(root, WORKFLOW_PATH)), { recursive: true });
      writeFileSync3(join6(root, WORKFLOW_PATH), workflow);
      say(`  workflow \u2192 ${WORKFLOW_PATH} (replace OWNER/testops@v1 with where you use testops from)
`);
    }
  }
  const reports = found.suites.map((suite) => suite.fields.reports.junit).filter((path) => !/[*?[{]/.test(path));
  const ignored = new Set((await git.run(["-C", root, "check-ignore", "--no-index", ...reports], { allowFailure: true })).split("\n"));
  const reportDir = (path) => {
    const parts = path.split("/");
    const at = parts.indexOf("reports");
    return at >= 0 ? `${parts.slice(0, at + 1).join("/")}/` : path;
  };
  const exposed = [...new Set(reports.filter((path) => !ignored.has(path)).map(reportDir))];
  if (exposed.length > 0)
    say(
      `  ${exposed.join(", ")} (where the suites write their reports) ${exposed.length > 1 ? "are" : "is"} not ignored by git: add to .gitignore
`
    );
  if (!values.print) say(`Next: testops validate, then testops plan (which suites a change selects) and testops run --full
`);
  return 0;
}

// src/render/progress.ts
init_define_TESTOPS_UPLOT();
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
var median3 = (values) => {
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
    total += median3(durations);
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
${INIT_HELP.replace(/^/gm, "  ")}
  testops run   [--config F] [--base REV] [--head REV] [--out DIR] [--baseline DIR]
                [--update-baseline] [--shard i/n] [--full] [--seed S] [--html] [--quiet]
                [--format terminal|md|json] [--failed [--report FILE]]
      plan \u2192 run \u2192 report. Writes DIR/comment.md, DIR/summary.md, DIR/report.json,
      DIR/report.html, DIR/warroom.ndjson, DIR/bundle.zip (DIR defaults to .testops/out) and
      prints the report: for the terminal (default; colours on a TTY unless NO_COLOR), as the PR
      comment's markdown (md) or as JSON.
      --quiet prints only the verdict and the failing gates.
      Exit 0 when every gate passes, 1 when one fails, 2 on a user error (config, usage, input,
      event, git), 3 on an internal error (a testops bug; --debug prints its stack).
      --seed S (or TEST_SEED in the environment) replaces the seed derived from the commit.
      --failed [--report FILE] reruns only the failed and flaky tests of FILE (default
      .testops/out/report.json) with its seed and modes, through each suite's rerun: preset.
${FAILING_HELP.replace(/^/gm, "  ")}
  testops plan  [--config F] [--base REV] [--head REV] [--shard i/n] [--full]
      Prints the plan as JSON: which suites run and why.
  testops parse FILE\u2026 [--format auto|junit|ctrf|lcov|cobertura|jacoco|go|istanbul-summary|
                istanbul-final|k6|locust|autocannon|benchmark|sarif|npm-audit] [--files]
      Prints the normalized model of report files as JSON.
  testops replay-impact --from REV --to REV [--verify [--mutants] [--per-test]] [--one-source]
                [--setup CMD] [--config F] [--baseline F] [--json]
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
  testops dashboard [--history DIR | --branch NAME] [--out DIR] [--since YYYY-MM-DD] [--title T]
      Builds a static dashboard (DIR/index.html, default .testops/dashboard) from the history:
      pass rate, flaky tests, slowest suites and tests, durations, coverage, perf, time saved.

The baseline directory (default .testops/baseline) holds what a run is compared with;
--update-baseline refreshes it from this run (as the action does on the default branch).`;
function ignoreLocalDir(dir) {
  const file = join7(dir, ".gitignore");
  if (existsSync6(file)) return;
  mkdirSync4(dir, { recursive: true });
  writeFileSync4(file, "# written by testops: local run outputs and baseline\n*\n");
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
  if (!top) throw new GitStateError(`${cwd} is not inside a git repository: testops compares commits, so run it in a git checkout`);
  return top;
}
function writtenByRuns(repoRoot, configPath) {
  let config;
  try {
    ({ config } = loadConfig(repoRoot, configPath));
  } catch {
    return [];
  }
  return Object.values(config.suites).flatMap(
    (suite) => [...reportSpecs(suite).flatMap((spec) => spec.patterns), ...suite.outputs ?? []].filter((glob) => !glob.startsWith("!"))
  );
}
async function localPlan(values, repoRoot, baselineDir, log) {
  const git = createGit(repoRoot);
  const event = await localEvent(git, {
    ...values.base ? { base: values.base } : {},
    ...values.head ? { head: values.head } : {},
    exclude: writtenByRuns(repoRoot, values.config)
  });
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
  const { values } = parseArgs7({ args: argv, options: common, allowPositionals: false });
  if (values.help) return help(io2);
  const repoRoot = await repoRootOf(io2.cwd);
  const { plan } = await localPlan(
    values,
    repoRoot,
    join7(repoRoot, ".testops/baseline"),
    consoleLog((line) => io2.stderr(`${line}
`))
  );
  io2.stdout(`${JSON.stringify(plan, null, 2)}
`);
  return 0;
}
async function runCommand(argv, io2) {
  const { values } = parseArgs7({
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
  if (values.report && !values.failed) throw new UsageError("--report: only with --failed (the report whose failed tests to rerun)");
  if (values.failed && values["update-baseline"])
    throw new UsageError(
      "--failed with --update-baseline: a rerun of some tests is not a baseline; run testops run --full --update-baseline"
    );
  const replay = values.failed ? await reportPathOf(values.report, io2.cwd).then(({ path, shown }) => readReplay(path, shown)) : void 0;
  const format = values.format ?? "terminal";
  if (!["terminal", "md", "json"].includes(format)) throw new UsageError(`--format: expected terminal, md or json, got "${values.format}"`);
  const repoRoot = await repoRootOf(io2.cwd);
  const at = (path) => isAbsolute3(path) ? path : resolve7(io2.cwd, path);
  if (!values.out || !values.baseline) ignoreLocalDir(join7(repoRoot, ".testops"));
  const paths = pathsUnder(at(values.out ?? join7(repoRoot, ".testops/out")), at(values.baseline ?? join7(repoRoot, ".testops/baseline")));
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
  if (event.headLabel) log.info(`testops: testing ${event.headLabel} against ${event.baseRef ?? "the base"}`);
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
  const where = relative4(io2.cwd, paths.baseline) || ".";
  const { report } = await reportRun(
    {
      repoRoot,
      plan,
      runs,
      runsFile: paths.runs,
      config,
      configPath,
      paths,
      recordDir: paths.root,
      missingBaselineReason: values["update-baseline"] ? `no baseline in ${where} yet: this run records it (--update-baseline)` : `no baseline in ${where}: record one by running testops run --full --update-baseline on the base commit (or pass --baseline DIR)`,
      git,
      clock: clock2,
      publish: {
        github: false,
        commentMode: "off",
        checkRun: "false",
        updateBaseline: Boolean(values["update-baseline"]),
        failOnGates: true,
        outputs: false,
        terminal: {
          format,
          quiet: Boolean(values.quiet),
          reportPath: relative4(io2.cwd, paths.report) || paths.report
        },
        ...values.html ? { html: true } : {}
      }
    },
    cliExecutor({
      log,
      stdout: io2.stdout,
      color: Boolean(io2.isTTY?.stdout) && !process.env.NO_COLOR,
      ...io2.columns ? { columns: io2.columns } : {}
    })
  );
  log.info(`report \u2192 ${paths.report}`);
  return exitCodeForVerdict(report.conclusion);
}
async function validateCommand(argv, io2) {
  const { values } = parseArgs7({ args: argv, options: { config: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) return help(io2);
  const repoRoot = (await createGit(io2.cwd).run(["rev-parse", "--show-toplevel"], { allowFailure: true })).trim() || io2.cwd;
  const path = findConfig(repoRoot, values.config);
  const problems = configProblems(readConfigFile(isAbsolute3(path) ? path : join7(repoRoot, path), path), path);
  if (problems.length === 0) {
    io2.stdout(`${path}: valid
`);
    return 0;
  }
  for (const problem of problems) io2.stderr(`${problem}
`);
  return EXIT.userError;
}
function help(io2) {
  io2.stdout(`${HELP}
`);
  return 0;
}
async function main(given, io2) {
  const debug = debugEnabled(process.env, given);
  const argv = given.filter((arg) => arg !== "--debug");
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "init":
        return await initCommand(rest, io2);
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
      case "dashboard":
        return await dashboardCommand(rest, io2);
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
        throw new UsageError(
          `testops: unknown command "${command}" (expected run, failing, plan, parse, replay-impact, validate, warroom, history, health, dashboard or init; see testops --help)`
        );
    }
  } catch (error) {
    return reportError(error, `testops ${command}`, (line) => io2.stderr(`${line}
`), debug);
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
