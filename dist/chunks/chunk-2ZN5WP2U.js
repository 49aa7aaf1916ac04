import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/github/issues.ts
init_define_TESTOPS_UPLOT();

// src/github/identity.ts
init_define_TESTOPS_UPLOT();
var ACTIONS_BOT = "github-actions[bot]";
var known = /* @__PURE__ */ new WeakMap();
function status(error) {
  return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}
function tokenLogin(octokit, options = {}) {
  let login = known.get(octokit);
  if (!login) {
    login = resolve(octokit, options);
    known.set(octokit, login);
  }
  return login;
}
async function resolve(octokit, options) {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (![401, 403, 404].includes(status(error) ?? 0)) throw error;
  }
  try {
    const result = await octokit.graphql("query { viewer { login } }", {
      // a server without GraphQL answers 501, and asking again will not change it
      request: { retries: 0 }
    });
    const login = result.viewer?.login;
    if (login) {
      options.log?.debug(`GET /user was refused: an installation token, acting as ${login}`);
      return login;
    }
  } catch (error) {
    options.log?.debug(`GraphQL viewer could not be read (${status(error) ?? error.message})`);
  }
  const fallback = options.fallback ?? ACTIONS_BOT;
  options.log?.debug(`the token's login is unknown; assuming comments and issues are written as ${fallback}`);
  return fallback;
}

// src/github/issues.ts
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
  return {
    login: () => tokenLogin(octokit),
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

// src/flaky/hints.ts
init_define_TESTOPS_UPLOT();
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

// src/record/catalogue.ts
init_define_TESTOPS_UPLOT();
var PRIORITIES = ["critical", "high", "medium", "low"];
var ANOMALY_KINDS = [
  "infrastructure-failure",
  "failure-spike",
  "timeout",
  "service-not-ready",
  "service-crashed",
  "perf-degradation",
  "flaky-spike",
  "new-flaky-test",
  "determinism-break",
  "coverage-drop",
  "new-security-finding",
  "leaked-process"
];
var CATALOGUE = {
  "infrastructure-failure": {
    title: "Infrastructure failure",
    priority: "critical",
    respondWithin: "immediately",
    steps: [
      "Treat the run as an outage, not as test results: do not merge on it and do not mark its tests flaky (infrastructure runs are excluded from flaky rates).",
      "Read the suite log tail and its services\u2019 logs in the bundle (bundle.zip \u2192 logs/) for the first error: runner crash, out of memory, a killed process, a full disk.",
      "Check the runner (disk, memory, network) and the services it depends on; re-run the job once the cause is fixed."
    ]
  },
  "failure-spike": {
    title: "Failure spike",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Open the first failure in report.html and compare its message with the others: one shared cause (a broken fixture, a changed API) explains most spikes.",
      "Bisect from the last green commit of the base branch if the failures are not explained by this change."
    ]
  },
  timeout: {
    title: "Timeout",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Find the test that was running when the suite was stopped (the last lines of the suite log) and run it alone.",
      "Look for a hang: an unawaited promise, a server that was never closed, a wait on a service that is not ready. Raise the suite timeout only if the work genuinely grew."
    ]
  },
  "service-not-ready": {
    title: "Service not ready",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Read the service log in the bundle (logs/SUITE/services/): a missing variable, a port in use or a failed migration stops most services before they listen.",
      "Check the readiness probe (URL, port, command) against what the service prints when it is up, and its ready-timeout against its usual start time."
    ]
  },
  "service-crashed": {
    title: "Service crashed",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Read the last lines of the service log in the bundle for the crash (an uncaught error, out of memory, a lost database connection).",
      "Reproduce with the service started by hand and the suite\u2019s failing tests run against it."
    ]
  },
  "perf-degradation": {
    title: "Performance degradation",
    priority: "medium",
    respondWithin: "within 4 hours",
    steps: [
      "Confirm with repeated runs (suite repeat: 5 or more) that the change is beyond the noise shown in the report\u2019s chart.",
      "Profile the scenario on this commit and on the baseline commit; look at the diff for new queries, loops over growing data, removed caches or added synchronous I/O."
    ]
  },
  "flaky-spike": {
    title: "Flaky spike",
    priority: "medium",
    respondWithin: "within a week",
    steps: [
      "Many tests flaking at once usually share one cause: a slow or overloaded runner, a shared service, a test-order change. Compare the flaky tests\u2019 messages.",
      "Quarantine the worst offenders (flaky.quarantine) so they stop blocking merges while they are fixed; track each in its flaky-test issue."
    ]
  },
  "new-flaky-test": {
    title: "New flaky test",
    priority: "medium",
    respondWithin: "within a week",
    steps: [
      "Reproduce by running the test repeatedly with the run\u2019s seed, then in shuffled order.",
      "Fix the cause named below, or quarantine the test with an owner and a date."
    ]
  },
  "determinism-break": {
    title: "Determinism break",
    priority: "medium",
    respondWithin: "within a week",
    steps: [
      "The same seed gave different outcomes: look for unseeded randomness, wall-clock time, unordered iteration or shared state between repeats.",
      "Run the suite with repeat and the run\u2019s TEST_SEED locally until the outcomes differ, then compare the two runs\u2019 failures."
    ]
  },
  "coverage-drop": {
    title: "Coverage drop",
    priority: "low",
    respondWithin: "before merging",
    steps: [
      "Open the coverage section of report.html: changed lines not covered are listed per file.",
      "Add tests for the uncovered changed lines, or remove the dead code that lowered the total."
    ]
  },
  "new-security-finding": {
    title: "New security finding",
    priority: "high",
    respondWithin: "before merging",
    steps: [
      "Read the finding\u2019s rule and location; upgrade the vulnerable package or fix the flagged code.",
      "If it is a false positive, suppress it in the tool\u2019s own config with a reason, so the next scan agrees."
    ]
  },
  "leaked-process": {
    title: "Leaked process",
    priority: "low",
    respondWithin: "within a week",
    steps: [
      "The suite\u2019s command left processes running after it exited (testops stopped them). Close servers, workers and child processes in the test teardown (afterAll).",
      "Run the suite locally and list processes afterwards (ps -o pid,pgid,cmd) to find which one survives."
    ]
  }
};
function securityPriority(severity) {
  if (severity === "critical") return { priority: "critical", respondWithin: "immediately" };
  if (severity === "high") return { priority: "high", respondWithin: "before merging" };
  if (severity === "medium") return { priority: "medium", respondWithin: "within a week" };
  return { priority: "low", respondWithin: "within a week" };
}
var OUT_OF_MEMORY = /out of memory|heap out of memory|JavaScript heap|OutOfMemoryError|MemoryError|Cannot allocate memory|ENOMEM|oom-kill|Killed process/i;
function looksOutOfMemory(text) {
  return OUT_OF_MEMORY.test(text);
}
var OOM_STEP = "Out of memory: find what grows (a cache without a bound, fixtures kept alive between tests, a leak in a long-lived worker); lower the test workers, or raise the heap (NODE_OPTIONS=--max-old-space-size) only once the growth is understood.";
function stepsForFailures(texts, limit = 3) {
  const steps = classifyFailures(texts).slice(0, limit).map((hint) => `${hint.title} (${hint.count} of ${texts.length}, e.g. \u201C${hint.match}\u201D): ${hint.suggestion}`);
  const oom = texts.filter(looksOutOfMemory).length;
  if (oom > 0) steps.unshift(`${OOM_STEP} (${oom} of ${texts.length})`);
  return steps;
}

export {
  tokenLogin,
  classifyFailures,
  flakyIssuesApi,
  PRIORITIES,
  ANOMALY_KINDS,
  CATALOGUE,
  securityPriority,
  looksOutOfMemory,
  stepsForFailures
};
