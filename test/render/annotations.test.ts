import { describe, expect, it } from 'vitest';
import { collectAnnotations, fitToStep, renderAnnotations, STEP_LIMIT_PER_LEVEL } from '../../src/render/index.js';
import { failingReport, greenReport, oversizedReport } from './fixtures/reports.js';

describe('renderAnnotations', () => {
  it('has nothing to say about a green run', () => {
    expect(renderAnnotations(greenReport(), '.github/testops.yml')).toEqual([]);
  });

  it('puts failures at file:line, problems at their place and perf/coverage gate failures on the config', () => {
    const annotations = renderAnnotations(failingReport(), '.github/testops.yml');
    // with no changed files known, the new finding leads; then the failures in the report's order
    expect(annotations[1]).toEqual({
      level: 'error',
      title: 'Test failed: cart totals › rounds half-cent discounts to even',
      message:
        'unit: cart totals › rounds half-cent discounts to even\nAssertionError: expected 10.5 to equal 10.49\n    at Context.<anonymous> (packages/cart/test/totals.test.ts:57:31)\n    at processImmediate (node:internal/timers:476:21)\n    at process.callbackTrampoline (node:internal/async_hooks:130:17)\n    at async Promise.all (index 0)',
      file: 'packages/cart/test/totals.test.ts',
      line: 57,
    });
    expect(annotations[2]).toMatchObject({
      level: 'error',
      title: expect.stringMatching(/^Test errored: /),
      file: 'packages/api/test/cart.test.ts',
      line: 131,
    });
    // A quarantined failure does not fail the job: a warning.
    expect(annotations[3]).toMatchObject({
      level: 'warning',
      title: 'Quarantined test failed: session › refreshes the token before expiry',
    });
    // the new security finding sits at its own line, an error because the security gate failed
    expect(annotations[0]).toEqual({
      level: 'error',
      title: 'New high finding: js/sql-injection',
      message: 'CodeQL: This query string depends on a user-provided value.',
      file: 'packages/api/src/db/cart.ts',
      line: 23,
    });
    expect(annotations[4]).toEqual({
      level: 'warning',
      title: 'testops: missing-report in integration',
      message: 'No file matched reports/int/*.xml after the suite ran.',
      file: '.github/testops.yml',
      line: 14,
    });
    const notices = annotations.filter((annotation) => annotation.level === 'notice');
    // coverage and perf failed (notices); security and tests failures are not config notices; patch-coverage only warned.
    expect(notices.map((notice) => notice.title)).toEqual(['Gate failed: coverage', 'Gate failed: perf (checkout · p95)']);
    expect(notices.every((notice) => notice.file === '.github/testops.yml' && notice.line === undefined)).toBe(true);
    expect(notices[0].message).toBe('Line coverage dropped 0.9 points (limit 0.5). (value 83.1%, baseline 84%, threshold fail < 80%)');
    expect(annotations).toHaveLength(7);
  });

  it('collects every annotation: failures in changed files first, then new findings, then the rest', () => {
    const report = failingReport();
    const all = collectAnnotations(report, '.github/testops.yml', { changedFiles: ['./packages/api/test/cart.test.ts'] });
    const errors = all.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.file);
    // the failure in a changed file leads, the new finding comes before the unchanged file's failure
    expect(errors).toEqual(['packages/api/test/cart.test.ts', 'packages/api/src/db/cart.ts', 'packages/cart/test/totals.test.ts']);
    expect(all).toHaveLength(7);
  });

  it('writes at most 10 of a level from one step, the tenth naming how many more and where they are', () => {
    const report = oversizedReport(120);
    const all = collectAnnotations(report, '.github/testops.yml');
    // 120 failures and 1 new high finding (the security gate failed): 121 errors
    expect(all.filter((annotation) => annotation.level === 'error')).toHaveLength(121);
    const shown = fitToStep(all, { listedIn: 'the job summary and the check run "testops / test"' });
    const count = (level: string) => shown.filter((annotation) => annotation.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([STEP_LIMIT_PER_LEVEL, 1, 2]);
    const errors = shown.filter((annotation) => annotation.level === 'error');
    expect(errors.slice(0, 9).every((annotation) => !annotation.message.includes('more error'))).toBe(true);
    const tenth = errors[9];
    expect(tenth?.title).toMatch(/\(\+111 more errors\)$/);
    expect(tenth?.message).toMatch(
      /\n\n111 more errors are not annotated here \(GitHub shows at most 10 errors from one step\); every one is listed in the job summary and the check run "testops \/ test"\.$/,
    );
    // still at its own place in the diff
    expect(tenth?.file).toBeTruthy();
    expect(tenth?.line).toBeGreaterThan(0);
  });

  it('fits into the room an earlier step left, and writes none of a level with no room', () => {
    const all = collectAnnotations(oversizedReport(30), '.github/testops.yml');
    const shown = fitToStep(all, { listedIn: 'the job summary', room: { error: 4, warning: 0, notice: 10 } });
    expect(shown.filter((annotation) => annotation.level === 'error')).toHaveLength(4);
    expect(shown.filter((annotation) => annotation.level === 'error')[3]?.message).toMatch(/27 more errors are not annotated here/);
    expect(shown.filter((annotation) => annotation.level === 'warning')).toEqual([]);
    // exactly the limit: no note
    const exact = fitToStep(all.slice(0, 10), { listedIn: 'the job summary' });
    expect(exact.every((annotation) => !/more error/.test(annotation.message))).toBe(true);
  });
});
