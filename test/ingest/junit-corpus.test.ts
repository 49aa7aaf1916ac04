/**
 * Every JUnit file of the corpus, file by file. The publish-unit-test-result-action files carry
 * the upstream action's own figures (.results.json); we match them, except where a runner counts
 * differently from upstream (noted per file): a repeated <testcase> (same identity) in one report is
 * a distinct test, as the runner that wrote it counts it, where upstream merges (classname, name).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import { finalStatus } from '../../src/ingest/tests.js';
import type { TestReport } from '../../src/model.js';
import { CORPUS } from './helpers.js';

const PUBLISH = join(CORPUS, 'junit/publish-unit-test-result-action');
const CTRF = join(CORPUS, 'junit/junit-to-ctrf');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Deliberate differences from the upstream figures, by file: said here and in docs/formats.md. */
const NOTES: Record<string, string> = {
  'mocha/latex-utensils.xml':
    'upstream: 101 distinct (classname, name) pairs, 109 runs. Ours: 109 tests, as mocha counts them — a repeated identity in one report is a distinct test (occurrence 1), not a retry.',
  'no-cases-but-tests.xml':
    'the suite only declares tests="6" failures="1" skipped="2": we add 6 placeholder tests "(unlisted test i of 6)" so the declared failure is not lost.',
  'tst/disabled.xml': 'status="disabled" is skipped (upstream: tests_skip 5; its runs_skip 0 comes from the suite attribute skipped="0").',
};

/** Where our figures differ from upstream's for the reason in NOTES. */
const OVERRIDES: Record<string, { tests: number; passed: number }> = {
  'mocha/latex-utensils.xml': { tests: 109, passed: 109 },
};

const expectations = walk(PUBLISH).filter((path) => path.endsWith('.results.json'));

async function parseTests(path: string): Promise<TestReport> {
  const report = await parseReportFile(path);
  expect(report.kind).toBe('tests');
  return report as TestReport;
}

describe('publish-unit-test-result-action corpus: upstream .results.json figures', () => {
  it('finds the corpus', () => expect(expectations.length).toBeGreaterThanOrEqual(28));

  for (const expectation of expectations) {
    const xml = expectation.replace(/\.results\.json$/, '.xml');
    const name = relative(PUBLISH, xml);
    if (name === 'non-junit.xml') continue; // an error case, below
    it(`${name}${NOTES[name] ? ` (${NOTES[name]})` : ''}`, async () => {
      const { stats } = JSON.parse(readFileSync(expectation, 'utf8'));
      const report = await parseTests(xml);
      expect(report.format).toBe('junit');
      expect({
        tests: report.totals.tests,
        passed: report.totals.passed,
        skipped: report.totals.skipped,
        failed: report.totals.failed,
        errored: report.totals.errored,
        attempts: report.totals.attempts,
      }).toEqual({
        tests: OVERRIDES[name]?.tests ?? stats.tests,
        passed: OVERRIDES[name]?.passed ?? stats.tests_succ,
        skipped: stats.tests_skip,
        failed: stats.tests_fail,
        errored: stats.tests_error,
        // upstream "runs" are the suite-declared counts; where they are given they equal the executions
        attempts: stats.runs,
      });
      // the model keeps ids unique and the totals consistent with the tests
      expect(new Set(report.tests.map((test) => test.id)).size).toBe(report.tests.length);
      for (const test of report.tests) {
        expect(test.attempts.length).toBeGreaterThan(0);
        expect(test.status).toBe(finalStatus(test.attempts));
      }
    });
  }

  it('non-junit.xml: root <suites> is rejected with its position (upstream: "Invalid format.")', async () => {
    const path = join(PUBLISH, 'non-junit.xml');
    await expect(parseReportFile(path)).rejects.toThrow(/non-junit\.xml:2:1: root element <suites> is not a report format testops reads/);
    await expect(parseReportFile(path, { format: 'junit' })).rejects.toThrow(
      /non-junit\.xml:2:\d+: root element <suites> is not JUnit XML \(expected <testsuites> or <testsuite>\)/,
    );
  });

  it('pytest/corrupt-xml.xml: truncated XML names the line and the unclosed tag (upstream: line 11, column 22)', async () => {
    const error = await parseReportFile(join(PUBLISH, 'pytest/corrupt-xml.xml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).line).toBe(11);
    expect((error as ReportError).message).toMatch(/corrupt-xml\.xml:11:\d+: unclosed tag: skipped$/);
  });

  it('mocha/latex-utensils.xml: a repeated testcase is a distinct test with the next occurrence index', async () => {
    const report = await parseTests(join(PUBLISH, 'mocha/latex-utensils.xml'));
    const repeats = report.tests.filter((test) => test.occurrence !== undefined);
    expect(repeats).toHaveLength(8);
    expect(report.tests.every((test) => test.attempts.length === 1 && test.status === 'passed' && !test.flaky)).toBe(true);
    const first = report.tests.find((test) => test.name === repeats[0]!.name && test.classname === repeats[0]!.classname)!;
    expect(first.occurrence).toBeUndefined();
    expect(first.id).not.toBe(repeats[0]!.id);
  });

  it('with-xml-entities.xml and unsupported-unicode.xml: entities and non-BMP characters survive', async () => {
    const entities = await parseTests(join(PUBLISH, 'with-xml-entities.xml'));
    expect(entities.tests.map((test) => test.name)).toEqual([
      'Test with "quotes" in the test name',
      "Test with 'apostrophe' in the test name",
      'Test with & in the test name',
      'Test with < and > in the test name',
    ]);
    expect(entities.tests[1]!.attempts[0]).toMatchObject({
      status: 'failed',
      message: "A message with 'apostrophes'",
      stack: "Content with 'apostrophes'",
    });
    const unicode = await parseTests(join(PUBLISH, 'unsupported-unicode.xml'));
    expect(unicode.tests[0]!.name).toBe('test 1 헴䜝헱홐㣇㿷䔭𒍺𡓿𠄉㦓');
    expect(unicode.tests[0]).toMatchObject({ file: 'test/test-1.py', line: 1 });
    expect(unicode.tests[4]!.attempts[0]!.stack).toBe('Some unsupported unicode characters: 헴䜝헱홐㣇㿷䔭𒍺𡓿𠄉㦓');
  });

  it('bazel/suite-logs.xml: status="run" with an <error> is errored; suite-level output is not a test', async () => {
    const report = await parseTests(join(PUBLISH, 'bazel/suite-logs.xml'));
    expect(report.tests).toHaveLength(1);
    expect(report.tests[0]!.attempts[0]).toMatchObject({ status: 'errored', message: 'exited with error code 1' });
  });

  it('jest/jest-junit.xml: classname="" falls back to the suite name', async () => {
    const report = await parseTests(join(PUBLISH, 'jest/jest-junit.xml'));
    const xml = readFileSync(join(PUBLISH, 'jest/jest-junit.xml'), 'utf8');
    const suiteName = /<testsuite name="([^"]*)"/.exec(xml)![1];
    expect(report.tests.every((test) => test.classname === suiteName)).toBe(true);
  });
});

describe('junit-to-ctrf corpus (expectations read from the files)', () => {
  it('test-junit.xml: 2 suites, 10 tests', async () => {
    const report = await parseTests(join(CTRF, 'test-junit.xml'));
    expect(report.totals).toMatchObject({ tests: 10, passed: 7, failed: 1, errored: 1, skipped: 1, attempts: 10 });
    const failed = report.tests.find((test) => test.name === 'testMultiplication')!;
    expect(failed.attempts[0]).toMatchObject({
      message: 'Expected 10 but was 9',
      type: 'AssertionError',
      stack: 'Stack trace details...',
      duration: 0.02,
    });
    // passed attempts keep no text
    expect(Object.keys(report.tests.find((test) => test.name === 'testAddition')!.attempts[0]!)).toEqual(['status', 'duration']);
  });

  it('test-junit-nested.xml: nested suites give the same tests', async () => {
    const report = await parseTests(join(CTRF, 'test-junit-nested.xml'));
    expect(report.totals).toMatchObject({ tests: 10, passed: 7, failed: 1, errored: 1, skipped: 1 });
  });

  it('test-surefire-flaky.xml: two flakyFailure runs then a pass = 3 attempts, flaky, passed', async () => {
    const [test] = (await parseTests(join(CTRF, 'test-surefire-flaky.xml'))).tests;
    expect(test!.attempts.map((attempt) => attempt.status)).toEqual(['failed', 'failed', 'passed']);
    expect(test).toMatchObject({ status: 'passed', flaky: true, duration: 3.456 });
    expect(test!.attempts[0]!.message).toBe('Run 1 failed: expected true but was false');
    expect(test!.attempts[1]!.output).toMatch(/^Run 2 output: Retrying testFlakyFeature/);
  });

  it('test-surefire-retry.xml: failure then rerunFailure/rerunError = 3 failed attempts, not flaky', async () => {
    const [test] = (await parseTests(join(CTRF, 'test-surefire-retry.xml'))).tests;
    expect(test!.attempts.map((attempt) => attempt.status)).toEqual(['failed', 'failed', 'errored']);
    expect(test).toMatchObject({ flaky: false });
    expect(test!.attempts[0]).toMatchObject({ message: 'expected true but was false', type: 'java.lang.AssertionError', duration: 0.123 });
  });

  it('test-surefire.xml: root <testsuite> with properties', async () => {
    const report = await parseTests(join(CTRF, 'test-surefire.xml'));
    expect(report.totals).toMatchObject({ tests: 10, passed: 6, failed: 2, errored: 1, skipped: 1 });
  });

  it('test-minitest-junit.xml: lineno and file attributes', async () => {
    const report = await parseTests(join(CTRF, 'test-minitest-junit.xml'));
    expect(report.totals.tests).toBe(33);
    expect(report.tests[0]).toMatchObject({
      name: 'test_should_1',
      line: 30,
      file: 'test/example_one_test.rb',
      classname: 'MinitestExample::ExampleOne',
    });
  });

  it('test-junit-problem-string.xml: BOMs, blank messages, colour codes, surrogates', async () => {
    const report = await parseTests(join(CTRF, 'test-junit-problem-string.xml'));
    const byName = new Map(report.tests.map((test) => [test.name, test]));
    expect(byName.get('multipliesNumbers')!.attempts[0]!.message).toBe('Expected 10 but was 9');
    expect(byName.get('multipliesNumbers')!.attempts[0]!.stack).toMatch(/Stack trace with ANSI colors: RED$/);
    expect(byName.get('multipliesNumbers')!.attempts[0]!.output).toBe('stdout line 1\nstdout line 2\nstderr warns...ERROR');
    expect(byName.has('dividesNumbers𝐀WithSurrogate')).toBe(true);
    const flaky = byName.get('flakyThenPasses')!;
    expect(flaky.attempts.map((attempt) => attempt.status)).toEqual(['failed', 'errored', 'passed']);
    expect(flaky.attempts[0]!.message).toBe('intermittent failure stack'); // a blank message attribute falls back to the text
    expect(flaky.attempts[1]!.message).toBe('java.lang.RuntimeException');
    expect(flaky.flaky).toBe(true);
    const reruns = byName.get('retriesThenFails\uFFFD')!;
    expect(reruns.attempts.map((attempt) => attempt.status)).toEqual(['failed', 'errored']);
    expect(reruns.classname).toBe('com.example.RetryTests');
    expect(report.totals).toMatchObject({ tests: 7, flaky: 1, attempts: 10 });
  });

  it('not-junit.xml: a well-formed XML file that is not JUnit is an error, not zero tests', async () => {
    await expect(parseReportFile(join(CTRF, 'not-junit.xml'))).rejects.toThrow(
      /not-junit\.xml:\d+:\d+: root element <\w+> is not a report format testops reads/,
    );
  });
});
