/**
 * The `tests` gate: one verdict per selected suite. A suite passes only when its command succeeded
 * (or every failure is a quarantined test) and nothing went wrong around it: a suite whose command
 * failed with no report, timed out or crashed is a failure, never a pass.
 */
import type { Problem, SuiteRun, Verdict } from '../model.js';
import { count } from './context.js';
import { formatSeconds } from '../render/format.js';

const FATAL_PROBLEMS: ReadonlySet<Problem['kind']> = new Set([
  'no-report',
  'missing-report',
  'parse-error',
  'timeout',
  'crash',
  'service',
  'cancelled',
]);

const isFailure = (status: string) => status === 'failed' || status === 'errored';

function names(tests: Array<{ name: string }>, limit = 3): string {
  const shown = tests.slice(0, limit).map((test) => test.name);
  return tests.length > limit ? `${shown.join(', ')} and ${tests.length - limit} more` : shown.join(', ');
}

/** How a level policy judged a suite's test failures (src/gates/levels.ts); the tests gate defers to it. */
export interface DeferredRuling {
  status: Verdict['status'];
  reason: string;
}

export function suiteVerdict(suite: SuiteRun, quarantined: ReadonlySet<string>, ruling?: DeferredRuling): Verdict {
  const verdict = (status: Verdict['status'], reason: string): Verdict => ({
    gate: 'tests',
    subject: suite.name,
    status,
    value: suite.totals.tests > 0 ? count(suite.totals.passed, 'passed', suite.totals.tests - suite.totals.skipped) : null,
    baseline: null,
    threshold: { text: 'no failures' },
    reason,
  });
  if (suite.status === 'skipped') return verdict('skipped', `not run: ${suite.reasons[0] ?? 'skipped'}`);
  if (suite.status === 'cancelled') return verdict('fail', 'cancelled before it finished');
  if (suite.status === 'timeout') return verdict('fail', `timed out after ${formatSeconds(suite.duration)}`);
  const fatal = suite.problems.find((problem) => FATAL_PROBLEMS.has(problem.kind));
  const failed = suite.tests.filter((test) => isFailure(test.status));
  const blocking = failed.filter((test) => !quarantined.has(test.id));
  const excused = failed.length - blocking.length;
  // a level policy owns this suite's test failures (an adversarial suite within its tolerance fails nothing)
  if (ruling && failed.length > 0 && !fatal) return verdict(ruling.status, `${failed.length} failed, ${ruling.reason}`);
  if (blocking.length > 0) return verdict('fail', `${blocking.length} failed: ${names(blocking)}`);
  if (fatal) return verdict('fail', fatal.message);
  const exitFailed = suite.exitCode !== 0 || suite.status === 'failed' || suite.status === 'errored';
  if (exitFailed && excused === 0) {
    const how = suite.exitCode === null ? 'was killed' : `exited with code ${suite.exitCode}`;
    return verdict(
      'fail',
      suite.tests.length === 0 ? `the command ${how} and produced no test report` : `the command ${how} with no failed test in its report`,
    );
  }
  if (excused > 0) return verdict('pass', `${excused} quarantined test${excused > 1 ? 's' : ''} failed (reported, not fatal)`);
  const flaky = suite.tests.filter((test) => test.flaky).length;
  if (suite.tests.length === 0) return verdict('pass', 'the command exited with code 0 (no test report)');
  return verdict('pass', flaky > 0 ? `all passed, ${flaky} after a retry` : 'all passed');
}

export function testsGate(
  suites: SuiteRun[],
  quarantined: ReadonlySet<string>,
  rulings: ReadonlyMap<string, DeferredRuling> = new Map(),
): Verdict[] {
  return suites.filter((suite) => suite.selected).map((suite) => suiteVerdict(suite, quarantined, rulings.get(suite.name)));
}
