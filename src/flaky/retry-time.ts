/**
 * The time retries added to a run, said in the report and the comment: the wall time of every
 * retry command testops ran (suite attempts of kind `retry`, which rerun only the failed tests
 * where the runner can name them), plus the time of retries a runner made itself inside one
 * command (vitest --retry, pytest --reruns: a test's second and later attempts within one suite
 * attempt). Repeats (determinism, early flake detection) are not retries and are left out.
 */
import type { RunsFile, SuiteRun } from '../model.js';

export interface SuiteRetryTime {
  suite: string;
  /** seconds the retries of this suite took */
  seconds: number;
  /** retry commands testops ran */
  commands: number;
  /** tests that had a retry */
  tests: number;
}

export interface RetryTime {
  /** seconds over all suites */
  seconds: number;
  /** seconds ÷ the selected suites' total duration (0–1) */
  share: number;
  commands: number;
  tests: number;
  /** suites with a retry, most time first */
  suites: SuiteRetryTime[];
}

export function suiteRetryTime(suite: SuiteRun): SuiteRetryTime | undefined {
  const retryRuns = new Set(suite.attempts.filter((attempt) => attempt.kind === 'retry').map((attempt) => attempt.index));
  let seconds = suite.attempts.filter((attempt) => attempt.kind === 'retry').reduce((sum, attempt) => sum + attempt.duration, 0);
  let tests = 0;
  for (const test of suite.tests) {
    let retried = false;
    const seen = new Set<number | undefined>();
    for (const attempt of test.attempts) {
      if (attempt.run !== undefined && retryRuns.has(attempt.run)) {
        retried = true; // counted in the retry command's wall time
        continue;
      }
      if (seen.has(attempt.run)) {
        // a later attempt within the same command: the runner's own retry
        retried = true;
        seconds += attempt.duration;
      }
      seen.add(attempt.run);
    }
    if (retried) tests += 1;
  }
  if (retryRuns.size === 0 && tests === 0) return undefined;
  return { suite: suite.name, seconds, commands: retryRuns.size, tests };
}

/** undefined when nothing was retried */
export function retryTime(runs: RunsFile): RetryTime | undefined {
  const selected = runs.suites.filter((suite) => suite.selected);
  const suites = selected.flatMap((suite) => suiteRetryTime(suite) ?? []).sort((a, b) => b.seconds - a.seconds);
  if (suites.length === 0) return undefined;
  const seconds = suites.reduce((sum, suite) => sum + suite.seconds, 0);
  const total = selected.reduce((sum, suite) => sum + suite.duration, 0);
  return {
    seconds,
    share: total > 0 ? Math.min(1, seconds / total) : 0,
    commands: suites.reduce((sum, suite) => sum + suite.commands, 0),
    tests: suites.reduce((sum, suite) => sum + suite.tests, 0),
    suites,
  };
}
