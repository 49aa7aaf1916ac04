/**
 * Earlier attempts of the same workflow run ("Re-run failed jobs"), as flaky evidence: the same
 * tree failing in attempt 1 and passing in attempt 2 is a flake, not a fix. Each attempt that
 * matters leaves a slim copy of its results in a directory the action caches per run; the next
 * attempt restores it.
 */
import { checkRuns } from '../util/artifacts.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunsFile, SuiteRun, TestCase } from '../model.js';
import { redactor } from '../util/redact.js';

const FILE = /^attempt-(\d+)\.json$/;

/** Worth keeping: a run with a failure (a re-run may pass), or a re-run itself (a later one may differ). */
export function shouldRecordAttempt(runs: RunsFile, runAttempt: number): boolean {
  if (runAttempt > 1) return true;
  return runs.suites.some(
    (suite) =>
      suite.selected && (suite.status !== 'passed' || suite.tests.some((test) => test.status === 'failed' || test.status === 'errored')),
  );
}

/** Only what the flaky estimator reads: outcomes and attempts per test. */
function slimSuite(suite: SuiteRun): SuiteRun {
  const tests: TestCase[] = suite.tests.map((test) => ({
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...(test.file ? { file: test.file } : {}),
    ...(test.line ? { line: test.line } : {}),
    ...(test.classname ? { classname: test.classname } : {}),
    status: test.status,
    flaky: test.flaky,
    duration: test.duration,
    attempts: test.attempts.map((attempt) => ({
      status: attempt.status,
      duration: attempt.duration,
      ...(attempt.message ? { message: attempt.message.slice(0, 300) } : {}),
    })),
  }));
  return {
    name: suite.name,
    selected: suite.selected,
    reasons: [],
    mode: suite.mode,
    seed: suite.seed,
    command: suite.command,
    status: suite.status,
    exitCode: suite.exitCode,
    duration: suite.duration,
    attempts: [],
    services: [],
    tests,
    totals: suite.totals,
    perf: [],
    security: [],
    problems: [],
  };
}

export function recordAttempt(dir: string, runs: RunsFile, runAttempt: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `attempt-${runAttempt}.json`);
  writeFileSync(path, JSON.stringify(redactor.deep({ ...runs, suites: runs.suites.map(slimSuite) })));
  return path;
}

/**
 * The recorded attempts before `current`, oldest first, as an unbroken run ending at current − 1
 * (the estimator numbers them backwards from the current attempt). Unreadable files are skipped:
 * evidence from earlier attempts is a bonus, never a reason to fail the report.
 */
export function readEarlierAttempts(dir: string, current: number): RunsFile[] {
  if (!existsSync(dir)) return [];
  const byAttempt = new Map<number, RunsFile>();
  for (const entry of readdirSync(dir)) {
    const attempt = Number(FILE.exec(entry)?.[1]);
    if (!Number.isInteger(attempt) || attempt >= current) continue;
    try {
      const path = join(dir, entry);
      byAttempt.set(attempt, checkRuns(JSON.parse(readFileSync(path, 'utf8')), path));
    } catch {
      // a damaged (or malformed: validated like any runs.json read back) record is dropped
    }
  }
  const earlier: RunsFile[] = [];
  for (let attempt = current - 1; byAttempt.has(attempt); attempt--) earlier.unshift(byAttempt.get(attempt) as RunsFile);
  return earlier;
}
