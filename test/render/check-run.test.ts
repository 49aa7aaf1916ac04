import { describe, expect, it } from 'vitest';
import {
  CHECK_ANNOTATION_TITLE_MAX,
  CHECK_RUN_SUMMARY_MAX,
  checkRunName,
  renderCheckRun,
  toCheckAnnotation,
} from '../../src/render/check-run.js';
import { failingReport, greenReport, oversizedReport } from './fixtures/reports.js';

describe('renderCheckRun', () => {
  it('names the check run after the job and comment-id, never the job’s own check name', () => {
    expect(checkRunName('test')).toBe('testops / test');
    expect(checkRunName('test', 'api')).toBe('testops / test (api)');
    expect(checkRunName('a job/with spaces', 'x y')).toBe('testops / a-job-with-spaces (x-y)');
  });

  it('title is the verdict line as plain text, conclusion from the gates, summary the report', () => {
    const content = renderCheckRun(failingReport(), { job: 'test', configPath: '.github/testops.yml' });
    expect(content.conclusion).toBe('failure');
    expect(content.title).toMatch(/^❌ testops: Failed — \d+ gates? failed · \d+ warned · [\d,]+ of [\d,]+ tests failed · \d+ flaky$/);
    expect(content.title).not.toMatch(/[*#]/);
    expect(content.summary).toContain('testops: Failed');
    expect(content.summary).toContain('rounds half-cent discounts to even');
    expect(content.externalId).toBe('testops:test:default');
    const green = renderCheckRun(greenReport(), { job: 'test', commentId: 'api', configPath: '.github/testops.yml' });
    expect(green.conclusion).toBe('success');
    expect(green.title).toMatch(/^✅ testops: All checks passed/);
    expect(green.annotations).toEqual([]);
    expect(green.externalId).toBe('testops:test:api');
    // an uploaded report may hold any string: only success succeeds
    const forged = { ...greenReport(), conclusion: 'ENUMVALUE' } as unknown as Parameters<typeof renderCheckRun>[0];
    expect(renderCheckRun(forged, { job: 'test', configPath: 'testops.yml' }).conclusion).toBe('failure');
  });

  it('keeps every annotation, in the Checks API’s shape (error → failure; no file → line 1 of the config)', () => {
    const content = renderCheckRun(failingReport(), { job: 'test', configPath: '.github/testops.yml' });
    expect(content.annotations[1]).toMatchObject({
      path: 'packages/cart/test/totals.test.ts',
      start_line: 57,
      end_line: 57,
      annotation_level: 'failure',
      title: 'Test failed: cart totals › rounds half-cent discounts to even',
    });
    expect(content.annotations.some((a) => a.annotation_level === 'notice' && a.path === '.github/testops.yml' && a.start_line === 1)).toBe(
      true,
    );
    expect(toCheckAnnotation({ level: 'warning', message: 'm', title: 'x'.repeat(400) }, 'testops.yml')).toEqual({
      path: 'testops.yml',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'm',
      title: `${'x'.repeat(CHECK_ANNOTATION_TITLE_MAX - 1)}…`,
    });
  });

  it('fits an oversized report into the Checks API’s 65,535-character summary', () => {
    const report = oversizedReport();
    const content = renderCheckRun(report, { job: 'test', configPath: 'testops.yml', summaryUrl: 'https://example.test/run/1' });
    expect(content.summary.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_MAX);
    expect(content.summary.length).toBeGreaterThan(CHECK_RUN_SUMMARY_MAX * 0.9);
    expect(content.summary).toContain('[job summary](https://example.test/run/1)');
    // the check run carries every failure as an annotation even when the summary is cut
    expect(content.annotations.filter((a) => a.annotation_level === 'failure').length).toBeGreaterThanOrEqual(
      report.failures.filter((f) => !f.quarantined).length,
    );
  });
});
