/** CTRF JSON: samples written from the documented schema (test/ingest/fixtures/ctrf), and malformed reports. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import type { TestReport } from '../../src/model.js';
import { legacyTestId, testId } from '../../src/util/id.js';
import { tempFiles } from './helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/ctrf');
const write = tempFiles();

async function parse(path: string, options: Parameters<typeof parseReportFile>[1] = {}): Promise<TestReport> {
  const report = await parseReportFile(path, options);
  expect(report.kind).toBe('tests');
  return report as TestReport;
}

async function failure(content: unknown, name = 'bad.json'): Promise<ReportError> {
  const path = write(name, typeof content === 'string' ? content : JSON.stringify(content));
  const error = await parseReportFile(path, { format: 'ctrf' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportError);
  return error as ReportError;
}

describe('CTRF reader', () => {
  it('playwright-retries.json: detected from the content; retries become attempts; file/line/suite kept', async () => {
    const report = await parse(join(FIXTURES, 'playwright-retries.json'), { repoRoot: '/home/runner/work/shop/shop', suite: 'e2e' });
    expect(report.format).toBe('ctrf');
    expect(report.totals).toEqual({ tests: 5, passed: 2, failed: 1, errored: 0, skipped: 2, flaky: 1, attempts: 8, duration: 19.442 });

    const discount = report.tests.find((test) => test.name === 'checkout > applies a discount code')!;
    expect(discount).toMatchObject({
      id: testId('e2e', 'e2e/checkout.spec.ts', 'checkout.spec.ts > checkout', 'checkout > applies a discount code', [
        'checkout.spec.ts > checkout',
      ]),
      // a string suite is a one-element path
      suitePath: ['checkout.spec.ts > checkout'],
      file: 'e2e/checkout.spec.ts',
      line: 14,
      classname: 'checkout.spec.ts > checkout',
      status: 'passed',
      flaky: true,
    });
    // retryAttempts holds 3 entries for retries: 2 — it includes the final run, which is not doubled
    expect(discount.attempts.map((attempt) => [attempt.status, attempt.duration])).toEqual([
      ['failed', 5.012],
      ['failed', 5.007],
      ['passed', 1.84],
    ]);
    expect(discount.attempts[0]).toMatchObject({
      message: expect.stringMatching(/^Error: expect\(locator\)\.toHaveText/),
      stack: expect.stringContaining('checkout.spec.ts:22:41'),
      output: 'cart id 4821',
    });
    expect(Object.keys(discount.attempts[2]!)).toEqual(['status', 'duration']);
    // the id before suite paths were part of the identity, for adopting old history
    expect(legacyTestId(discount)).toBe(
      testId('e2e', 'e2e/checkout.spec.ts', 'checkout.spec.ts > checkout', 'checkout > applies a discount code'),
    );

    const expired = report.tests.find((test) => test.name === 'checkout > rejects an expired card')!;
    expect(expired.attempts.map((attempt) => attempt.status)).toEqual(['failed', 'failed']);
    expect(expired).toMatchObject({ status: 'failed', flaky: false, duration: 6.421 });
    expect(expired.attempts[1]).toMatchObject({ message: 'Error: expected status 402, got 500', output: 'POST /api/pay 500' });

    const skipped = report.tests.find((test) => test.name.includes('webkit only'))!;
    expect(skipped.attempts).toEqual([{ status: 'skipped', duration: 0, message: 'test.skip: not supported on chromium' }]);
    // "other" is not a pass: counted as skipped, the raw status kept as the message
    const interrupted = report.tests.find((test) => test.name === 'account > logs out everywhere')!;
    expect(interrupted.attempts).toEqual([{ status: 'skipped', duration: 0.25, message: 'status "other" (interrupted)' }]);
  });

  it('jest-minimal.json: suite paths as arrays, pending is skipped, a failure keeps message and trace', async () => {
    const report = await parse(join(FIXTURES, 'jest-minimal.json'));
    expect(report.totals).toMatchObject({ tests: 4, passed: 2, failed: 1, skipped: 1, flaky: 0, attempts: 4 });
    const divide = report.tests.find((test) => test.name === 'divide throws on zero')!;
    expect(divide).toMatchObject({ classname: 'math.test.js > divide', file: 'src/math.test.js', status: 'failed' });
    expect(divide.attempts[0]).toMatchObject({
      message: 'expect(received).toThrow()\n\nReceived function did not throw',
      stack: expect.stringContaining('src/math.test.js:21:32'),
      duration: 0.012,
    });
  });

  it('flaky-retries-only.json: retries without details are failed runs; the flaky mark is kept', async () => {
    const report = await parse(join(FIXTURES, 'flaky-retries-only.json'));
    const [login, logout] = report.tests;
    expect(login!.attempts.map((attempt) => attempt.status)).toEqual(['failed', 'failed', 'passed']);
    expect(login).toMatchObject({ flaky: true, status: 'passed' });
    expect(logout!.attempts).toHaveLength(1);
    expect(logout).toMatchObject({ flaky: true, status: 'passed' });
    expect(report.totals).toMatchObject({ tests: 2, flaky: 2, attempts: 4 });
  });

  it('the same test listed twice is two tests (CTRF lists retries in retryAttempts, never as entries)', async () => {
    const path = write(
      'repeated.json',
      JSON.stringify({
        results: {
          tool: { name: 'vitest' },
          summary: { tests: 2 },
          tests: [
            { name: 'a', status: 'failed', duration: 10, message: 'boom', filePath: 'a.test.ts' },
            { name: 'a', status: 'passed', duration: 5, filePath: 'a.test.ts' },
          ],
        },
      }),
    );
    const report = await parse(path);
    expect(report.totals).toMatchObject({ tests: 2, failed: 1, passed: 1, flaky: 0 });
    expect(report.tests.map((test) => test.occurrence)).toEqual([undefined, 1]);
    expect(new Set(report.tests.map((test) => test.id)).size).toBe(2);
  });

  describe('malformed CTRF names the field', () => {
    it('a wrong status', async () => {
      const error = await failure({
        results: {
          tool: { name: 'x' },
          tests: [
            { name: 'a', status: 'passed' },
            { name: 'b', status: 'ok' },
          ],
        },
      });
      expect(error.message).toMatch(
        /bad\.json:\d+:\d+: not a CTRF report: results\.tests\[1\]\.status: expected one of passed, failed, skipped, pending, other, got "ok"$/,
      );
    });

    it('tests is not an array', async () => {
      const error = await failure({ results: { tool: { name: 'x' }, summary: { tests: 1 }, tests: { name: 'a' } } });
      expect(error.message).toMatch(/not a CTRF report: results\.tests: expected array, got \{"name":"a"\}$/);
    });

    it('a missing test name, a duration that is not a number, a retry attempt without status', async () => {
      expect((await failure({ results: { tool: { name: 'x' }, tests: [{ status: 'passed' }] } })).message).toMatch(
        /results\.tests\[0\]\.name: missing \(expected string\)$/,
      );
      expect(
        (await failure({ results: { tool: { name: 'x' }, tests: [{ name: 'a', status: 'passed', duration: '12ms' }] } })).message,
      ).toMatch(/results\.tests\[0\]\.duration: expected number, got "12ms"$/);
      const retry = { name: 'a', status: 'passed', retryAttempts: [{ attempt: 1, duration: 3 }] };
      expect((await failure({ results: { tool: { name: 'x' }, tests: [retry] } })).message).toMatch(
        /results\.tests\[0\]\.retryAttempts\[0\]\.status: missing \(expected one of passed, failed, skipped, pending, other\)$/,
      );
    });

    it('no tool, or no results at all', async () => {
      expect((await failure({ results: { tests: [] } })).message).toMatch(/not a CTRF report: results\.tool: missing \(expected object\)$/);
      expect((await failure({ tests: [] })).message).toMatch(/not a CTRF report: results: missing \(expected object\)$/);
    });

    it('a summary that declares tests with an empty list is an error, not zero tests', async () => {
      const error = await failure({ results: { tool: { name: 'x' }, summary: { tests: 3 }, tests: [] } });
      expect(error.message).toMatch(/results\.summary\.tests is 3 but results\.tests is empty$/);
    });

    it('truncated JSON gives the line and column', async () => {
      const error = await failure('{\n  "results": {\n    "tool": { "name": "x" },\n    "tests": [\n', 'truncated.json');
      expect(error.message).toMatch(/truncated\.json:\d+:\d+: unexpected end of the JSON \(truncated file\?\) \(expected CTRF JSON\)$/);
    });
  });
});
