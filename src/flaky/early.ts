/**
 * Early flake detection: a test file a change adds or modifies is run `early-repeats` times in all
 * (the suite's own run and repeats of only those files, through the suite's `files-arg`), within a
 * budget of `early-budget` % of the suite's baseline duration, so a new test that flakes is caught
 * before it merges ("new test failed 1 of 3 repeats") instead of on the default branch weeks later.
 *
 * Planned here from the change (the plan knows the changed files); run by src/runner/suite.ts; the
 * outcome is same-run evidence for the estimator (a pass and a failure in one run).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ownTest } from '../ingest/test-list.js';
import type { Config } from '../config/schema.js';
import { compileGlobs } from '../impact/globs.js';
import type { Baseline, ChangedFile, EventInfo, SuitePlan, TestCase, TestStatus } from '../model.js';
import { medianOf as median } from '../util/stats.js';

/**
 * Adds `early` to each selected suite that can repeat its changed test files: a `files-arg`
 * template and `tests:` globs, on a change that is not the default branch's own run. A suite
 * that cannot is said in its reasons when it has changed test files.
 */
export function planEarlyRepeats(input: {
  config: Config;
  suites: SuitePlan[];
  changed: ChangedFile[] | null;
  event: Pick<EventInfo, 'isDefaultBranch'>;
  baseline: Pick<Baseline, 'suiteDurations'> | null;
  repoRoot: string;
}): SuitePlan[] {
  const repeats = input.config.flaky['early-repeats'];
  if (repeats < 2 || !input.changed || input.event.isDefaultBranch) return input.suites;
  const present = input.changed.filter((file) => file.status !== 'deleted' && existsSync(join(input.repoRoot, file.path)));
  return input.suites.map((plan) => {
    const suite = input.config.suites[plan.name];
    if (!plan.selected || !suite?.tests || suite.tests.length === 0) return plan;
    const isTest = compileGlobs(suite.tests);
    // on a shard, only the files this shard runs
    const mine = plan.files ? new Set(plan.files) : undefined;
    const files = present
      .map((file) => file.path)
      .filter((path) => isTest(path) && (!mine || mine.has(path)))
      .sort();
    if (files.length === 0) return plan;
    if (!suite['files-arg'])
      return {
        ...plan,
        reasons: [...plan.reasons, `changed test files not repeated (early flake detection needs files-arg): ${files.join(', ')}`],
      };
    const baselineDuration = median(input.baseline?.suiteDurations[plan.name] ?? []);
    const budget = baselineDuration !== undefined ? (baselineDuration * input.config.flaky['early-budget']) / 100 : undefined;
    return { ...plan, early: { files, repeats, ...(budget !== undefined ? { budget } : {}) } };
  });
}

const failed = (status: TestStatus | undefined) => status === 'failed' || status === 'errored';

/**
 * Folds the early repeats' tests into the suite's tests (after retries and determinism settled
 * them): each repeat's attempts are appended to the test they ran, `early` counts the runs and the
 * failed ones (the suite run's first attempt counts as the first run), and a failure beside a pass
 * makes the test flaky. The status stays the suite run's: a repeat is evidence, not the verdict.
 */
export function foldEarlyRepeats(tests: TestCase[], repeats: readonly TestCase[][]): TestCase[] {
  // the tests of the changed files are the ones the repeats ran (only those files were passed)
  const repeated = new Set<string>();
  for (const repeat of repeats) for (const ran of repeat) repeated.add(ran.id);
  // the tests changed below, taken with ownTest: a compact list keeps them as objects
  const byId = new Map<string, TestCase>();
  for (let at = 0; at < tests.length; at++) {
    const id = (tests[at] as TestCase).id;
    if (repeated.has(id)) byId.set(id, ownTest(tests, at));
  }
  const runsOf = new Map<string, TestStatus[]>();
  for (const repeat of repeats) {
    for (const ran of repeat) {
      const test = byId.get(ran.id);
      if (!test || ran.status === 'skipped') continue;
      let statuses = runsOf.get(test.id);
      if (!statuses) {
        const first = test.attempts[0]?.status ?? test.status;
        statuses = first === 'skipped' ? [] : [first];
        runsOf.set(test.id, statuses);
      }
      test.attempts = [...test.attempts, ...ran.attempts];
      test.duration += ran.duration;
      statuses.push(ran.status);
    }
  }
  for (const [id, statuses] of runsOf) {
    const test = byId.get(id) as TestCase;
    if (statuses.length < 2) continue;
    const failedRuns = statuses.filter(failed).length;
    test.early = { runs: statuses.length, failed: failedRuns };
    if (failedRuns > 0 && failedRuns < statuses.length && !test.nondeterministic) test.flaky = true;
  }
  return tests;
}
