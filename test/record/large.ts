/**
 * A report.html input of any size, built in memory: the failing fixture report (gates, perf, a
 * finding, a flaky test) with `tests` tests in its four suites (in blocks, so report order is index order), one in a hundred failing
 * with a message and a stack. Shared by the browser oracle test and `npm run bench:record`.
 */
import type { Report, RunsFile, SuiteRun, TestCase } from '../../src/model.js';
import { failingReport } from '../render/fixtures/reports.js';

export interface LargeRecord {
  report: Report;
  runs: RunsFile;
}

const zero = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 };

/** The name of test `index`: unique, so a filter for it finds exactly one row. */
export const largeTestName = (index: number) => `cart › computes totals for basket ${index} <b>&amp;</b>`;

export function largeRecord(tests: number): LargeRecord {
  const report = failingReport();
  const suiteNames = report.suites.map((suite) => suite.name);
  const suites: SuiteRun[] = suiteNames.map((name, index) => ({
    name,
    selected: true,
    reasons: ['changed files reach it'],
    mode: 'full',
    seed: '8',
    command: `npm run test:${name}`,
    status: 'passed',
    exitCode: 0,
    duration: 60 + index * 10,
    startedAt: new Date(Date.UTC(2026, 11, 1, 8, 0, index * 5)).toISOString(),
    attempts: [{ index: 0, kind: 'initial', command: `npm run test:${name}`, exitCode: 0, timedOut: false, duration: 60, reportFiles: [] }],
    services: [],
    tests: [],
    totals: { ...zero },
    perf: [],
    security: [],
    problems: [],
  }));
  const failures: Report['failures'] = [];
  for (let index = 0; index < tests; index++) {
    const suite = suites[Math.floor((index * suites.length) / tests)]!;
    const failed = index % 100 === 7;
    const file = `packages/cart/test/basket-${Math.floor(index / 40)}.test.ts`;
    const line = 10 + (index % 40) * 6;
    const message = `AssertionError: expected ${index} to equal ${index + 1}`;
    const test: TestCase = {
      id: `t${index.toString(16).padStart(15, '0')}`,
      suite: suite.name,
      file,
      line,
      classname: 'cart.spec',
      name: largeTestName(index),
      status: failed ? 'failed' : index % 50 === 3 ? 'skipped' : 'passed',
      attempts: [
        failed
          ? { status: 'failed', duration: 0.05, message, stack: `${message}\n    at Context.<anonymous> (${file}:${line}:11)` }
          : { status: 'passed', duration: (index % 997) / 1000 },
      ],
      flaky: false,
      duration: failed ? 0.05 : (index % 997) / 1000,
    };
    suite.tests.push(test);
    if (failed) {
      suite.status = 'failed';
      suite.exitCode = 1;
      failures.push({ id: test.id, suite: suite.name, name: test.name, file, line, status: 'failed', message });
    }
  }
  for (const suite of suites) {
    const counts = { ...zero, tests: suite.tests.length, attempts: suite.tests.length };
    for (const test of suite.tests) {
      counts[test.status === 'failed' ? 'failed' : test.status === 'skipped' ? 'skipped' : 'passed']++;
      counts.duration += test.duration;
    }
    suite.totals = counts;
  }
  report.failures = failures;
  report.totals = {
    ...zero,
    tests,
    failed: failures.length,
    passed: suites.reduce((sum, suite) => sum + suite.totals.passed, 0),
    skipped: suites.reduce((sum, suite) => sum + suite.totals.skipped, 0),
    attempts: tests,
    duration: suites.reduce((sum, suite) => sum + suite.totals.duration, 0),
  };
  const runs: RunsFile = {
    version: 1,
    startedAt: '2026-12-01T08:00:00.000Z',
    finishedAt: '2026-12-01T08:02:00.000Z',
    cancelled: false,
    seed: '8',
    suites,
  };
  return { report, runs };
}
