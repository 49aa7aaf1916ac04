/**
 * The war-room catalogue: for each anomaly kind, its priority, the response time the runbook
 * gives, and the incident steps. The health check quotes the same steps for its alerts, so there
 * is one place that says what to do when something goes wrong.
 *
 * Runbook priorities: test failures above 5% — high, immediate; tests over 2× slower — medium,
 * within 4 hours; flaky above 10% — medium, within a week; infrastructure outage — critical.
 */
import { classifyFailures } from '../flaky/hints.js';

export type Priority = 'critical' | 'high' | 'medium' | 'low';

export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'medium', 'low'];

export type AnomalyKind =
  | 'infrastructure-failure'
  | 'failure-spike'
  | 'timeout'
  | 'service-not-ready'
  | 'service-crashed'
  | 'perf-degradation'
  | 'flaky-spike'
  | 'new-flaky-test'
  | 'determinism-break'
  | 'coverage-drop'
  | 'new-security-finding'
  | 'leaked-process';

export const ANOMALY_KINDS: readonly AnomalyKind[] = [
  'infrastructure-failure',
  'failure-spike',
  'timeout',
  'service-not-ready',
  'service-crashed',
  'perf-degradation',
  'flaky-spike',
  'new-flaky-test',
  'determinism-break',
  'coverage-drop',
  'new-security-finding',
  'leaked-process',
];

export interface CatalogueEntry {
  title: string;
  priority: Priority;
  /** the response time the runbook gives */
  respondWithin: string;
  /** incident steps, in order */
  steps: string[];
}

export const CATALOGUE: Readonly<Record<AnomalyKind, CatalogueEntry>> = {
  'infrastructure-failure': {
    title: 'Infrastructure failure',
    priority: 'critical',
    respondWithin: 'immediately',
    steps: [
      'Treat the run as an outage, not as test results: do not merge on it and do not mark its tests flaky (infrastructure runs are excluded from flaky rates).',
      'Read the suite log tail and its services’ logs in the bundle (bundle.zip → logs/) for the first error: runner crash, out of memory, a killed process, a full disk.',
      'Check the runner (disk, memory, network) and the services it depends on; re-run the job once the cause is fixed.',
    ],
  },
  'failure-spike': {
    title: 'Failure spike',
    priority: 'high',
    respondWithin: 'immediately',
    steps: [
      'Open the first failure in report.html and compare its message with the others: one shared cause (a broken fixture, a changed API) explains most spikes.',
      'Bisect from the last green commit of the base branch if the failures are not explained by this change.',
    ],
  },
  timeout: {
    title: 'Timeout',
    priority: 'high',
    respondWithin: 'immediately',
    steps: [
      'Find the test that was running when the suite was stopped (the last lines of the suite log) and run it alone.',
      'Look for a hang: an unawaited promise, a server that was never closed, a wait on a service that is not ready. Raise the suite timeout only if the work genuinely grew.',
    ],
  },
  'service-not-ready': {
    title: 'Service not ready',
    priority: 'high',
    respondWithin: 'immediately',
    steps: [
      'Read the service log in the bundle (logs/SUITE/services/): a missing variable, a port in use or a failed migration stops most services before they listen.',
      'Check the readiness probe (URL, port, command) against what the service prints when it is up, and its ready-timeout against its usual start time.',
    ],
  },
  'service-crashed': {
    title: 'Service crashed',
    priority: 'high',
    respondWithin: 'immediately',
    steps: [
      'Read the last lines of the service log in the bundle for the crash (an uncaught error, out of memory, a lost database connection).',
      'Reproduce with the service started by hand and the suite’s failing tests run against it.',
    ],
  },
  'perf-degradation': {
    title: 'Performance degradation',
    priority: 'medium',
    respondWithin: 'within 4 hours',
    steps: [
      'Confirm with repeated runs (suite repeat: 5 or more) that the change is beyond the noise shown in the report’s chart.',
      'Profile the scenario on this commit and on the baseline commit; look at the diff for new queries, loops over growing data, removed caches or added synchronous I/O.',
    ],
  },
  'flaky-spike': {
    title: 'Flaky spike',
    priority: 'medium',
    respondWithin: 'within a week',
    steps: [
      'Many tests flaking at once usually share one cause: a slow or overloaded runner, a shared service, a test-order change. Compare the flaky tests’ messages.',
      'Quarantine the worst offenders (flaky.quarantine) so they stop blocking merges while they are fixed; track each in its flaky-test issue.',
    ],
  },
  'new-flaky-test': {
    title: 'New flaky test',
    priority: 'medium',
    respondWithin: 'within a week',
    steps: [
      'Reproduce by running the test repeatedly with the run’s seed, then in shuffled order.',
      'Fix the cause named below, or quarantine the test with an owner and a date.',
    ],
  },
  'determinism-break': {
    title: 'Determinism break',
    priority: 'medium',
    respondWithin: 'within a week',
    steps: [
      'The same seed gave different outcomes: look for unseeded randomness, wall-clock time, unordered iteration or shared state between repeats.',
      'Run the suite with repeat and the run’s TEST_SEED locally until the outcomes differ, then compare the two runs’ failures.',
    ],
  },
  'coverage-drop': {
    title: 'Coverage drop',
    priority: 'low',
    respondWithin: 'before merging',
    steps: [
      'Open the coverage section of report.html: changed lines not covered are listed per file.',
      'Add tests for the uncovered changed lines, or remove the dead code that lowered the total.',
    ],
  },
  'new-security-finding': {
    title: 'New security finding',
    priority: 'high',
    respondWithin: 'before merging',
    steps: [
      'Read the finding’s rule and location; upgrade the vulnerable package or fix the flagged code.',
      'If it is a false positive, suppress it in the tool’s own config with a reason, so the next scan agrees.',
    ],
  },
  'leaked-process': {
    title: 'Leaked process',
    priority: 'low',
    respondWithin: 'within a week',
    steps: [
      'The suite’s command left processes running after it exited (testops stopped them). Close servers, workers and child processes in the test teardown (afterAll).',
      'Run the suite locally and list processes afterwards (ps -o pid,pgid,cmd) to find which one survives.',
    ],
  },
};

/** Response time for a security finding by severity: the catalogue's default is for high. */
export function securityPriority(severity: string): { priority: Priority; respondWithin: string } {
  if (severity === 'critical') return { priority: 'critical', respondWithin: 'immediately' };
  if (severity === 'high') return { priority: 'high', respondWithin: 'before merging' };
  if (severity === 'medium') return { priority: 'medium', respondWithin: 'within a week' };
  return { priority: 'low', respondWithin: 'within a week' };
}

/** Out of memory, in the words runtimes use; the flaky hints cover the other classes. */
const OUT_OF_MEMORY =
  /out of memory|heap out of memory|JavaScript heap|OutOfMemoryError|MemoryError|Cannot allocate memory|ENOMEM|oom-kill|Killed process/i;

export function looksOutOfMemory(text: string): boolean {
  return OUT_OF_MEMORY.test(text);
}

const OOM_STEP =
  'Out of memory: find what grows (a cache without a bound, fixtures kept alive between tests, a leak in a long-lived worker); lower the test workers, or raise the heap (NODE_OPTIONS=--max-old-space-size) only once the growth is understood.';

/**
 * The failure classes testops recognises (timeout, connection refused, port in use, order
 * dependence, time and date, randomness and seed, unordered data, out of memory) as steps, most
 * frequent first, each with the fragment that matched.
 */
export function stepsForFailures(texts: string[], limit = 3): string[] {
  const steps = classifyFailures(texts)
    .slice(0, limit)
    .map((hint) => `${hint.title} (${hint.count} of ${texts.length}, e.g. “${hint.match}”): ${hint.suggestion}`);
  const oom = texts.filter(looksOutOfMemory).length;
  if (oom > 0) steps.unshift(`${OOM_STEP} (${oom} of ${texts.length})`);
  return steps;
}
