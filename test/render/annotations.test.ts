import { describe, expect, it } from 'vitest';
import { MAX_ANNOTATIONS, renderAnnotations } from '../../src/render/index.js';
import { failingReport, greenReport, oversizedReport } from './fixtures/reports.js';

describe('renderAnnotations', () => {
  it('has nothing to say about a green run', () => {
    expect(renderAnnotations(greenReport(), '.github/testops.yml')).toEqual([]);
  });

  it('puts failures at file:line, problems at their place and perf/coverage gate failures on the config', () => {
    const annotations = renderAnnotations(failingReport(), '.github/testops.yml');
    expect(annotations[0]).toEqual({
      level: 'error',
      title: 'Test failed: cart totals › rounds half-cent discounts to even',
      message:
        'unit: cart totals › rounds half-cent discounts to even\nAssertionError: expected 10.5 to equal 10.49\n    at Context.<anonymous> (packages/cart/test/totals.test.ts:57:31)\n    at processImmediate (node:internal/timers:476:21)\n    at process.callbackTrampoline (node:internal/async_hooks:130:17)\n    at async Promise.all (index 0)',
      file: 'packages/cart/test/totals.test.ts',
      line: 57,
    });
    expect(annotations[1]).toMatchObject({
      level: 'error',
      title: expect.stringMatching(/^Test errored: /),
      file: 'packages/api/test/cart.test.ts',
      line: 131,
    });
    // A quarantined failure does not fail the job: a warning, after the blocking ones.
    expect(annotations[2]).toMatchObject({
      level: 'warning',
      title: 'Quarantined test failed: session › refreshes the token before expiry',
    });
    // the new security finding sits at its own line, an error because the security gate failed
    expect(annotations[3]).toEqual({
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
    expect(notices[0].message).toBe(
      'Line coverage dropped 0.9 points (limit 0.5). (value 83.1%, baseline 84.0%, threshold ≥ 80%, drop ≤ 0.5 pts)',
    );
    expect(annotations).toHaveLength(7);
  });

  it('keeps at most 50 and summarises the rest in the last one', () => {
    const annotations = renderAnnotations(oversizedReport(120), '.github/testops.yml');
    expect(annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(annotations.slice(0, 49).every((annotation) => annotation.level === 'error' && annotation.file && annotation.line)).toBe(true);
    const last = annotations[49];
    // 120 failures, 1 new finding, 1 problem and 2 gate notices: 124 in all, 49 shown.
    expect(last).toEqual({
      level: 'error',
      title: '75 more annotations not shown',
      message: 'GitHub shows at most 50 annotations; 75 more (72 errors) are listed in the job summary.',
    });
  });
});
