import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-I33RBGC6.js";
import {
  summary
} from "./chunks/chunk-BDDRII6Q.js";
import {
  actionExecutor,
  applyEffects,
  commentModeExecutor,
  planCommentEffects,
  pullHeadMatches,
  readEarlierAttempts,
  reportRun,
  runsForMissingResults,
  shouldRecordAttempt
} from "./chunks/chunk-4KILO7UV.js";
import {
  eventCacheKeys,
  makePlan,
  mergeRuns,
  restoreBaselineFromHistory
} from "./chunks/chunk-BFKJSNDF.js";
import {
  attemptsKeys
} from "./chunks/chunk-K7UHUZ5M.js";
import {
  COMPACT_FROM,
  CompactTests,
  compactList,
  readJson,
  systemClock
} from "./chunks/chunk-BZDMTUKL.js";
import {
  resolveVariant
} from "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-2ZN5WP2U.js";
import {
  MAX_PROBLEMS,
  checkPlan,
  checkRuns,
  readArtifact,
  readPlanArtifact,
  runsFileSchema,
  suiteRunSchema,
  testCaseSchema
} from "./chunks/chunk-ZSLPRR32.js";
import {
  createGit,
  hexId,
  loadConfig,
  testIdBucket,
  testIdLow
} from "./chunks/chunk-6RML2HF4.js";
import {
  EventError,
  InputError,
  exitCodeForVerdict,
  external_exports,
  formatPath,
  minOf,
  redactor
} from "./chunks/chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/report.ts
init_define_TESTOPS_UPLOT();

// src/pipeline/report-step.ts
init_define_TESTOPS_UPLOT();
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// src/util/runs-read.ts
init_define_TESTOPS_UPLOT();
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var MiB = 1024 * 1024;
var WHOLE_LIMIT = 256 * MiB;
var LINE_LIMIT = 256 * MiB;
var CHUNK = 64 * 1024;
var LayoutError = class extends Error {
  constructor(line, message) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
  line;
};
function* lines(fd, lineLimit, end) {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let partial = [];
  let partialBytes = 0;
  let number = 0;
  for (; ; ) {
    const read = readSync(fd, buffer, 0, CHUNK, null);
    if (read === 0) break;
    let start = 0;
    for (; ; ) {
      const end2 = buffer.indexOf(10, start);
      if (end2 < 0 || end2 >= read) break;
      number++;
      if (partial.length === 0) yield buffer.toString("utf8", start, end2);
      else {
        partial.push(buffer.subarray(start, end2));
        const whole = Buffer.concat(partial);
        partial = [];
        partialBytes = 0;
        yield whole.toString("utf8");
      }
      start = end2 + 1;
    }
    if (start < read) {
      partialBytes += read - start;
      if (partialBytes > lineLimit) throw new LayoutError(number + 1, `a line longer than ${Math.round(lineLimit / MiB)} MiB`);
      partial.push(Buffer.from(buffer.subarray(start, read)));
    }
  }
  if (partialBytes > 0) {
    end.cut = true;
    yield Buffer.concat(partial).toString("utf8");
  }
}
function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
var COMPACT_KEYS = /* @__PURE__ */ new Set([
  "id",
  "suite",
  "suitePath",
  "variant",
  "file",
  "line",
  "classname",
  "name",
  "status",
  "attempts",
  "flaky",
  "duration"
]);
var SuiteTests = class {
  constructor(suite, compact, capacity) {
    this.suite = suite;
    this.compact = compact;
    this.capacity = capacity;
  }
  suite;
  compact;
  capacity;
  store;
  list = [];
  /** one array per distinct suite path: compact rows share their group by the path's identity */
  paths = /* @__PURE__ */ new Map();
  lastPath;
  add(test) {
    if (this.compact && this.addCompact(test)) return;
    if (this.store) this.store.entries.push(test);
    else this.list.push(test);
  }
  /** Stores `test` as a compact row when the row gives back the same test; false when it would not. */
  addCompact(test) {
    if (test.status !== "passed" || test.flaky !== false || test.suite !== this.suite) return false;
    const [attempt, more] = test.attempts;
    if (!attempt || more || attempt.status !== "passed" || attempt.duration !== test.duration) return false;
    for (const key in attempt) if (key !== "status" && key !== "duration" && key !== "run") return false;
    for (const key in test) if (!COMPACT_KEYS.has(key)) return false;
    if (!CompactTests.fits(test.line) || test.line !== void 0 && !Number.isInteger(test.line)) return false;
    if (test.variant !== void 0 && typeof test.variant !== "string") return false;
    const path = test.suitePath === void 0 ? void 0 : this.path(test.suitePath);
    if (path === null) return false;
    if (hexId(testIdBucket(test.id), testIdLow(test.id)) !== test.id) return false;
    if (!this.store) {
      this.store = new CompactTests(this.suite, test.variant, this.capacity);
      this.store.run = attempt.run;
      this.store.ownIds = false;
      for (const earlier of this.list) this.store.entries.push(earlier);
      this.list.length = 0;
    }
    if (this.store.variant !== test.variant || this.store.run !== attempt.run) return false;
    this.store.pushPassed(test.id, path, test.file, test.line, test.classname, test.name, test.duration);
    return true;
  }
  /** The shared array of a suite path (null: not a list of strings). */
  path(value) {
    if (!Array.isArray(value) || !value.every((part) => typeof part === "string")) return null;
    const last = this.lastPath;
    if (last && last.length === value.length && last.every((part, at) => part === value[at])) return last;
    const key = JSON.stringify(value);
    let shared = this.paths.get(key);
    if (!shared) {
      shared = value;
      if (this.paths.size < 1e5) this.paths.set(key, shared);
    }
    this.lastPath = shared;
    return shared;
  }
  tests() {
    return this.store ? compactList(this.store) : this.list;
  }
};
var Problems = class {
  constructor(path, what) {
    this.path = path;
    this.what = what;
  }
  path;
  what;
  lines = [];
  check(schema, value, prefix, where) {
    const result = schema.safeParse(value);
    if (result.success) return true;
    for (const issue of result.error.issues) {
      if (this.lines.length === MAX_PROBLEMS) {
        this.lines.push(`${this.path}: ${this.what}: \u2026 and more problems (reading stopped ${where})`);
        throw new InputError(this.lines.join("\n"));
      }
      this.lines.push(`${this.path}: ${this.what}: ${formatPath([...prefix, ...issue.path])} (${where}): ${issue.message}`);
    }
    return false;
  }
};
function readStreamed(fd, path, what, size, lineLimit) {
  const problems = new Problems(path, what);
  let number = 0;
  let frame;
  let suitesOpen = false;
  let done = false;
  const suites = [];
  let suite;
  const openSuite = (head, withTests) => {
    const index = suites.length;
    const name = typeof head?.name === "string" ? head.name : `#${index + 1}`;
    const where = `suite "${name}", line ${number}`;
    problems.check(suiteRunSchema, { ...head, tests: [] }, ["suites", index], where);
    const fields = head;
    if (!withTests) {
      suites.push({ ...fields });
      return;
    }
    const declared = fields.totals?.tests;
    const expected = typeof declared === "number" && Number.isInteger(declared) && declared > 0 ? declared : 0;
    const capacity = Math.max(1024, Math.min(expected, Math.floor(size / 64), 1 << 25));
    suite = { head: fields, index, name, tests: new SuiteTests(name, expected > COMPACT_FROM, capacity), count: 0 };
  };
  const closeSuite = () => {
    if (!suite) return;
    suites.push({ ...suite.head, tests: suite.tests.tests() });
    suite = void 0;
  };
  const end = { cut: false };
  const cutShort = () => new LayoutError(number, suite ? `the file ends inside suite "${suite.name}" (cut short?)` : "the file ends early (cut short?)");
  for (const raw of lines(fd, lineLimit, end)) {
    number++;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (done) {
      if (line.trim() !== "") throw new LayoutError(number, "text after the end of the file\u2019s JSON");
      continue;
    }
    if (!frame) {
      const value = line === "{" ? {} : line.startsWith("{") && line.endsWith(",") ? parse(`${line.slice(0, -1)}}`) : void 0;
      if (!value || typeof value !== "object" || Array.isArray(value))
        throw new LayoutError(number, "not the first line of a runs.json testops writes");
      frame = value;
      continue;
    }
    if (!suitesOpen) {
      if (line !== '"suites":[') throw new LayoutError(number, 'expected "suites":[');
      suitesOpen = true;
      continue;
    }
    if (!suite) {
      if (line === "]}") {
        done = true;
        continue;
      }
      const body2 = line.endsWith(",") ? line.slice(0, -1) : line;
      if (body2.endsWith('"tests":[')) {
        const head = body2.slice(0, -'"tests":['.length);
        const value = head === "{" ? {} : head.endsWith(",") ? parse(`${head.slice(0, -1)}}`) : void 0;
        if (!value || typeof value !== "object") throw new LayoutError(number, "a suite\u2019s line is not JSON");
        openSuite(value, true);
      } else {
        const value = parse(body2);
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new LayoutError(number, "a suite\u2019s line is not JSON");
        openSuite(value, false);
      }
      continue;
    }
    const body = line.endsWith(",") ? line.slice(0, -1) : line;
    let tests;
    let last = false;
    if (body.endsWith("]}")) {
      tests = parse(`[${body.slice(0, -2)}]`);
      last = tests !== void 0;
    }
    if (tests === void 0) tests = parse(`[${body}]`);
    if (!Array.isArray(tests) && end.cut) throw cutShort();
    if (!Array.isArray(tests)) throw new LayoutError(number, `a test of suite "${suite.name}" is not JSON`);
    for (const test of tests) {
      const at = suite.count++;
      if (problems.check(testCaseSchema, test, ["suites", suite.index, "tests", at], `suite "${suite.name}", line ${number}`))
        suite.tests.add(test);
    }
    if (last) closeSuite();
  }
  if (!done)
    throw new LayoutError(number, suite ? `the file ends inside suite "${suite.name}" (cut short?)` : "the file ends early (cut short?)");
  problems.check(runsFileSchema, { ...frame, suites: [] }, [], "line 1");
  if (problems.lines.length > 0) throw new InputError(problems.lines.join("\n"));
  return { ...frame, suites };
}
function readRunsArtifact(path, what = "runs.json", options = {}) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    throw new InputError(`${path}: ${what} not found`);
  }
  let size = 0;
  let layout;
  try {
    size = fstatSync(fd).size;
    return readStreamed(fd, path, what, size, options.lineLimit ?? LINE_LIMIT);
  } catch (error) {
    if (!(error instanceof LayoutError)) throw error;
    layout = error;
  } finally {
    closeSync(fd);
  }
  const wholeLimit = options.wholeLimit ?? WHOLE_LIMIT;
  const inLayout = layout.line > 2;
  if (size > wholeLimit && inLayout) throw new InputError(`${path}: ${what}: ${layout.message}`);
  if (size > wholeLimit)
    throw new InputError(
      `${path}: ${what} is ${(size / MiB).toFixed(1)} MiB, not in the layout testops writes (${layout.message}) and too big to parse whole (over ${Math.round(wholeLimit / MiB)} MiB)`
    );
  let value;
  try {
    value = readArtifact(path, what);
  } catch (error) {
    if (inLayout) throw new InputError(`${path}: ${what}: ${layout.message}`);
    throw error;
  }
  return checkRuns(value, path, what);
}

// src/pipeline/comment.ts
init_define_TESTOPS_UPLOT();

// src/gates/verdict-schema.ts
init_define_TESTOPS_UPLOT();
var quantity = external_exports.object({
  value: external_exports.number(),
  unit: external_exports.string(),
  of: external_exports.number().optional(),
  label: external_exports.string().optional()
});
var figureSchema = external_exports.union([quantity, external_exports.object({ parts: external_exports.array(quantity) }), external_exports.object({ text: external_exports.string() })]);
var thresholdSchema = external_exports.object({
  limits: external_exports.array(external_exports.object({ op: external_exports.string(), value: quantity, status: external_exports.string().optional() })).optional(),
  change: external_exports.number().optional(),
  relative: external_exports.boolean().optional(),
  text: external_exports.string().optional()
});
var baselineFigureSchema = external_exports.object({
  value: figureSchema,
  commit: external_exports.string().optional(),
  createdAt: external_exports.string().optional(),
  files: external_exports.number().optional()
});

// src/pipeline/comment.ts
var sha = external_exports.string().regex(/^[0-9a-f]{40,64}$/i, "expected a commit SHA");
var num = external_exports.number();
var str = external_exports.string();
var optStr = str.optional();
var optNum = num.optional();
var totals = external_exports.object({
  tests: num,
  passed: num,
  failed: num,
  errored: num,
  skipped: num,
  flaky: num,
  attempts: optNum,
  duration: optNum
});
var problem = external_exports.object({ kind: str, message: str, suite: optStr, file: optStr, line: optNum, column: optNum });
var ratio = external_exports.object({ covered: num, total: num, pct: num.nullable() });
var coverageTotals = external_exports.object({ lines: ratio, branches: ratio, functions: ratio });
var uploadedReport = external_exports.object({
  version: external_exports.literal(1),
  conclusion: str,
  createdAt: str,
  // job: the testing job, which names the check run (reduced to a job id's characters there)
  event: external_exports.object({ headSha: sha, prHeadSha: sha.optional(), prNumber: num.int().positive().optional(), job: optStr }),
  gates: external_exports.array(
    external_exports.object({
      gate: str,
      subject: optStr,
      status: str,
      value: figureSchema.nullable(),
      baseline: baselineFigureSchema.nullable(),
      threshold: thresholdSchema.nullable(),
      reason: str,
      blocking: external_exports.boolean().optional(),
      rule: optStr
    })
  ),
  suites: external_exports.array(
    external_exports.object({
      name: str,
      selected: external_exports.boolean(),
      reasons: external_exports.array(str),
      status: str,
      duration: num,
      level: optStr,
      budget: optNum,
      exitCode: num.nullable().optional(),
      mode: optStr,
      tests: totals,
      problems: external_exports.array(problem),
      early: external_exports.object({ files: external_exports.array(str), repeats: num, planned: num, seconds: num, budget: num, stopped: optStr }).optional(),
      history: external_exports.array(num).max(100).optional()
    })
  ),
  seed: optStr,
  totals,
  failures: external_exports.array(
    external_exports.object({
      id: str,
      suite: str,
      name: str,
      classname: optStr,
      file: optStr,
      line: optNum,
      status: str,
      message: optStr,
      quarantined: external_exports.boolean().optional()
    })
  ),
  coverage: external_exports.object({
    totals: coverageTotals,
    baseline: coverageTotals.optional(),
    patch: external_exports.object({
      covered: num,
      total: num,
      pct: num.nullable(),
      files: external_exports.array(external_exports.object({ path: str, covered: num, total: num, missing: external_exports.array(num) }))
    }).optional(),
    drops: external_exports.array(external_exports.object({ path: str, before: num, after: num }))
  }).optional(),
  perf: external_exports.array(
    external_exports.object({
      scenario: str,
      metric: str,
      unit: str,
      base: num.nullable(),
      head: num,
      change: num.nullable(),
      status: str,
      rule: optStr,
      detectable: num.nullable().optional(),
      runs: external_exports.object({ used: num, window: num }).optional(),
      step: external_exports.object({ runsAgo: num, change: num }).optional(),
      history: external_exports.array(external_exports.object({ value: num, commit: sha.optional() })).max(100).optional()
    })
  ),
  security: external_exports.object({
    newFindings: external_exports.array(
      external_exports.object({ fingerprint: str, tool: str, rule: str, severity: str, message: str, file: optStr, line: optNum, package: optStr })
    ),
    existing: num,
    counts: external_exports.record(str, num)
  }),
  levels: external_exports.array(
    external_exports.object({
      subject: str,
      suites: external_exports.array(str),
      tests: num,
      failed: num,
      passRate: num.nullable(),
      policy: str,
      seconds: num,
      budget: optNum,
      flakyRate: num.nullable(),
      status: str,
      reason: str
    })
  ).optional(),
  flaky: external_exports.array(
    external_exports.object({
      id: str,
      suite: str,
      name: str,
      file: optStr,
      line: optNum,
      rate: num,
      low: num,
      high: num,
      runs: num,
      quarantined: external_exports.boolean(),
      state: str,
      evidence: external_exports.array(str),
      issueNumber: num.int().positive().optional()
    })
  ),
  flakyTests: external_exports.array(external_exports.object({ id: str, suite: str, name: str, classname: optStr, file: optStr, line: optNum, message: optStr })).optional(),
  retries: external_exports.array(
    external_exports.object({
      suite: str,
      attempt: num,
      reason: str,
      scope: str,
      result: str,
      failure: external_exports.object({ name: str, message: optStr }).optional(),
      duration: num
    })
  ).optional(),
  shards: external_exports.array(external_exports.object({ suite: str, shard: str, expected: optNum, actual: num })).optional(),
  determinism: external_exports.array(external_exports.object({ suite: str, repeats: num, identical: num, total: num, ratio: num })),
  baseline: external_exports.object({
    status: str,
    reason: optStr,
    provenance: external_exports.object({ commit: sha, branch: str, createdAt: str }).optional()
  }),
  problems: external_exports.array(problem),
  changedFiles: num.nullable(),
  duration: num,
  retryTime: external_exports.object({
    seconds: num,
    share: num,
    commands: num,
    tests: num,
    suites: external_exports.array(external_exports.object({ suite: str, seconds: num, commands: num, tests: num }))
  }).optional(),
  version_testops: str
});
var MAX_PROBLEMS2 = 20;
function checkUploadedReport(value, file) {
  const result = uploadedReport.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const lines2 = issues.slice(0, MAX_PROBLEMS2).map(
    (issue) => `report-file: ${file} is not a testops report: ${issue.path.length ? formatPath(issue.path) : "the top level"}: ${issue.message}`
  );
  if (issues.length > MAX_PROBLEMS2) lines2.push(`report-file: ${file}: \u2026 and ${issues.length - MAX_PROBLEMS2} more problems`);
  throw new InputError(lines2.join("\n"));
}
async function pullForHead(octokit, owner, repo, sha2, log) {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "open", per_page: 100 });
  const matching = pulls.filter((pull) => pull.head.sha.toLowerCase() === sha2.toLowerCase()).map((pull) => pull.number);
  if (matching.length > 1)
    log.info(
      `pull requests ${matching.map((n) => `#${n}`).join(", ")} all have head ${sha2.slice(0, 7)}; commenting on #${minOf(matching)}`
    );
  return matching.length > 0 ? minOf(matching) : void 0;
}
async function resolveCommentTarget(input) {
  const { report, trusted, log } = input;
  const repo = trusted.event.repo;
  if (!input.octokit) throw new InputError("github-token: mode comment needs a token with pull-requests: write");
  if (!repo) throw new EventError("GITHUB_REPOSITORY: mode comment needs the repository to comment in (set by the runner)");
  const trustedHead = trusted.event.prHeadSha ?? trusted.event.headSha;
  const testedHead = report.event.prHeadSha ?? report.event.headSha;
  if (trusted.event.name === "workflow_run" && testedHead.toLowerCase() !== trustedHead.toLowerCase())
    throw new InputError(
      `report-file: the report is for commit ${testedHead.slice(0, 7)}, but the workflow run is for ${trustedHead.slice(0, 7)}; refusing to comment`
    );
  const pull = trusted.event.prNumber ?? (trusted.event.name === "workflow_run" && trustedHead ? await pullForHead(input.octokit, repo.owner, repo.repo, trustedHead, log) : void 0);
  if (!pull && report.event.prNumber !== void 0)
    throw new InputError(
      `report-file: PR #${report.event.prNumber}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`
    );
  if (!pull) {
    log.info(`the workflow run is not for an open pull request of ${repo.owner}/${repo.repo}: nothing to comment on`);
    return {};
  }
  if (report.event.prNumber !== void 0 && report.event.prNumber !== pull)
    log.info(`report.json names PR #${report.event.prNumber}; the workflow run is for #${pull}, where the comment goes`);
  if (!await pullHeadMatches(input.octokit, { owner: repo.owner, repo: repo.repo, pull, sha: trustedHead }))
    throw new InputError(
      `report-file: PR #${pull}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`
    );
  const event = {
    ...trusted.event,
    prNumber: pull,
    prHeadSha: trustedHead,
    headSha: trustedHead,
    ...trusted.runId ? { runId: trusted.runId } : {},
    ...trusted.runAttempt ? { runAttempt: trusted.runAttempt } : {}
  };
  return { pull, event };
}

// src/pipeline/report-step.ts
function triggeringRun(env) {
  if (env.GITHUB_EVENT_NAME !== "workflow_run" || !env.GITHUB_EVENT_PATH) return {};
  const payload = readJson(env.GITHUB_EVENT_PATH, "the event payload");
  const id = payload.workflow_run?.id;
  const attempt = payload.workflow_run?.run_attempt;
  return {
    ...typeof id === "number" && Number.isInteger(id) ? { runId: String(id) } : {},
    ...typeof attempt === "number" && Number.isInteger(attempt) ? { runAttempt: attempt } : {}
  };
}
function filesUnder(dir, name) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.test(entry)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}
async function commentImpl(context, setOutputs2) {
  const { log, inputs } = context;
  const file = inputs["report-file"];
  if (!file) throw new InputError("input report-file: mode comment needs the path of the downloaded report.json");
  const uploaded = checkUploadedReport(readJson(file, "report.json (download the testing workflow's artifact first)"), file);
  const github = context.octokit();
  const target = await resolveCommentTarget({
    report: uploaded,
    trusted: { event: context.event, ...triggeringRun(process.env) },
    ...github ? { octokit: github } : {},
    log
  });
  const report = target.event ? { ...uploaded, event: { ...target.event, ...uploaded.event.job ? { job: uploaded.event.job } : {} } } : uploaded;
  const commentId = inputs["comment-id"];
  const effects = planCommentEffects(report, {
    ...target.pull ? { pr: target.pull } : {},
    commentMode: inputs["comment-mode"] ?? "always",
    ...commentId ? { commentId } : {},
    checkRun: inputs["check-run"],
    configPath: ".github/testops.yml"
  });
  await applyEffects(report, effects, commentModeExecutor({ ...github ? { github } : {}, log, setOutputs: setOutputs2 }));
  return 0;
}
async function planAndRuns(context) {
  const { inputs, paths, log } = context;
  const runsDir = inputs.runs;
  if (inputs.mode === "report" && runsDir) {
    if (!existsSync(runsDir))
      throw new InputError(`input runs: directory ${runsDir} not found (download the shards' artifacts into it first)`);
    const files = filesUnder(runsDir, /^runs.*\.json$/);
    if (files.length === 0)
      throw new InputError(`input runs: no runs*.json files under ${runsDir} (download the shards' artifacts into it first)`);
    const runs = mergeRuns(files.map((file) => readRunsArtifact(file, "a shard's runs.json")));
    log.info(`testops report: merged ${files.length} shard result files`);
    const [planFile] = filesUnder(runsDir, /^plan\.json$/);
    if (!planFile) {
      const { plan: plan3 } = await makePlan({
        repoRoot: context.repoRoot,
        configPath: inputs.config,
        event: context.event,
        baseRef: inputs["base-ref"],
        fullRun: inputs["full-run"],
        baselineDir: paths.baseline,
        variant: resolveVariant(process.env),
        log,
        clock: systemClock
      });
      return { plan: plan3, runs };
    }
    const { shard: _shard, ...shardPlan } = readPlanArtifact(planFile, "a shard's plan.json");
    const event = context.event;
    const plan2 = {
      ...shardPlan,
      // the config this job checked out (its input, or the default), never a path the artifact names
      configPath: loadConfig(context.repoRoot, inputs.config).path,
      event,
      cache: eventCacheKeys(event, resolveVariant(process.env)),
      suites: shardPlan.suites.map((suite) => ({
        ...suite,
        selected: runs.suites.some((run) => run.name === suite.name && run.selected) || suite.selected
      }))
    };
    return { plan: plan2, runs };
  }
  const plan = checkPlan(readJson(paths.plan, "plan.json (the plan step did not run or failed)"), paths.plan);
  if (!existsSync(paths.runs)) {
    const outcome = process.env.TESTOPS_RUN_OUTCOME;
    const reason = `the run step produced no results${outcome ? ` (its outcome: ${outcome})` : ""}`;
    return { plan, runs: runsForMissingResults(plan, reason, systemClock.now()) };
  }
  return { plan, runs: readRunsArtifact(paths.runs, "runs.json"), runsFile: paths.runs };
}
async function reportImpl(context, setOutputs2) {
  const { log, paths, inputs } = context;
  const { plan, runs, runsFile } = await planAndRuns(context);
  const { config, path: configPath } = loadConfig(context.repoRoot, plan.configPath);
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: plan.configPath,
    baselineDir: paths.baseline,
    ...plan.event.defaultBranch ? { defaultBranch: plan.event.defaultBranch } : {},
    log
  });
  const attemptsDir = join(paths.root, "attempts");
  const runAttempt = plan.event.runAttempt ?? 1;
  const previousAttempts = readEarlierAttempts(attemptsDir, runAttempt);
  if (previousAttempts.length > 0) log.info(`testops report: comparing with ${previousAttempts.length} earlier attempt(s) of this run`);
  const commentId = inputs["comment-id"];
  const runId = plan.event.runId;
  const github = context.octokit();
  const { report } = await reportRun(
    {
      repoRoot: context.repoRoot,
      plan,
      runs,
      ...runsFile ? { runsFile } : {},
      config,
      configPath,
      paths,
      recordDir: join(paths.root, "out"),
      ...process.env.TESTOPS_BASELINE_KEY ? { baselineKey: process.env.TESTOPS_BASELINE_KEY } : {},
      ...process.env.TESTOPS_BASELINE_OUTCOME ? { baselineOutcome: process.env.TESTOPS_BASELINE_OUTCOME } : {},
      previousAttempts,
      git: createGit(context.repoRoot),
      clock: systemClock,
      publish: {
        github: github !== void 0,
        commentMode: inputs["comment-mode"] ?? config.comment.mode,
        ...commentId ? { commentId } : {},
        checkRun: inputs["check-run"],
        updateBaseline: "default-branch",
        attempts: (ran) => runId && shouldRecordAttempt(ran, runAttempt) ? {
          dir: attemptsDir,
          attempt: runAttempt,
          key: attemptsKeys({
            runId,
            job: process.env.GITHUB_JOB || "job",
            commentId,
            runAttempt,
            variant: resolveVariant(process.env)
          }).key
        } : void 0,
        failOnGates: inputs["fail-on-gates"],
        outputs: true
      }
    },
    actionExecutor({
      ...github ? { github } : {},
      log,
      jobSummary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(redactor.text(markdown), true).write({ overwrite: false });
      },
      setOutputs: setOutputs2,
      annotationRoom: context.annotationRoom
    })
  );
  return exitCodeForVerdict(report.conclusion, inputs["fail-on-gates"]);
}

// src/steps/report.ts
await runStep("report", async () => {
  const context = stepContext();
  return context.inputs.mode === "comment" ? commentImpl(context, setOutputs) : reportImpl(context, setOutputs);
});
