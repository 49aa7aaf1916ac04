import { describe, expect, it } from 'vitest';
import { commentMarker, renderComment, renderSummary } from '../../src/render/index.js';
import { failingReport, forkReport, greenReport, missingBaselineReport, oversizedReport } from './fixtures/reports.js';

/** The rows of the first markdown table after `heading` (header excluded). */
function tableRows(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, `table starting with ${header}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\u00a0/g, ' ')),
    );
  }
  return rows;
}

describe('renderComment', () => {
  it('puts the verdict first for an all-green run, with the gates table and the sections', () => {
    const body = renderComment(greenReport(), { commentId: 'unit' });
    const lines = body.split('\n');
    expect(lines[0]).toBe(commentMarker('unit'));
    expect(lines[2]).toBe('### ✅ testops: All checks passed');
    expect(body).toContain('**0** gates failed · **0** warned · **0** of 1,214 tests failed · **0** flaky');
    const gates = tableRows(body, '| Gate |');
    expect(gates).toHaveLength(6);
    // A no-break space keeps the icon with its word.
    expect(body).toContain('| ✅\u00a0pass |');
    expect(gates.map((row) => row.length)).toEqual(Array(6).fill(6));
    // Baseline cells name the commit and the age of the baseline.
    const coverageRow = gates.find((row) => row[0] === 'coverage')!;
    expect(coverageRow[3]).toBe('84%<br><sub>9a8b7c6, 2d ago</sub>');
    expect(body).toContain(
      'Baseline: `main` at [`9a8b7c6`](https://github.com/acme/shop/commit/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b), 2d ago.',
    );
    // No failures section when nothing failed; impact, coverage, perf and security are there.
    expect(body).not.toContain('Failed tests');
    expect(body).toContain('<summary>🎯 Impact: 3 of 4 suites run, 6 changed files</summary>');
    expect(body).toContain('<summary>📊 Coverage: 84.2%, patch 91.3%</summary>');
    expect(body).toContain('<summary>⏱️ Performance: 3 metrics, 0 regressions</summary>');
    expect(body).toContain('<summary>🔒 Security: 0 new findings</summary>');
    const impact = tableRows(body, '| Suite |');
    expect(impact.map((row) => row[0])).toEqual(['unit', 'integration', 'load', 'e2e']);
    expect(impact[3]).toEqual(['e2e', '⏭️ not run', '—', '—', 'no changed file matches packages/web/\\*\\*']);
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      '<sub>commit [4f1c2d9](https://github.com/acme/shop/commit/4f1c2d9e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d) · [run 11873450112](https://github.com/acme/shop/actions/runs/11873450112) · [artifacts](https://github.com/acme/shop/actions/runs/11873450112#artifacts) · took 4m 09s · testops 0.1.0</sub>',
    );
    expect(body).not.toContain('trimmed');
  });

  it('lists failures with suite, linked file:line and the first lines of the message, untrusted text escaped', () => {
    const body = renderComment(failingReport());
    expect(body).toContain('### ❌ testops: Failed');
    expect(body).toContain('**4** gates failed · **1** warned · **3** of 1,214 tests failed · **1** flaky');
    expect(body).toContain('<details open>\n<summary>❌ Failed tests (3, 1 quarantined)</summary>');
    expect(body).toContain(
      '- **cart totals › rounds half-cent discounts to even** · unit · [`packages/cart/test/totals.test.ts:57`](https://github.com/acme/shop/blob/4f1c2d9e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d/packages/cart/test/totals.test.ts#L57)',
    );
    // Four lines of the stack, then how many more there were.
    expect(body).toContain(
      '  ```text\n  AssertionError: expected 10.5 to equal 10.49\n    at Context.<anonymous> (packages/cart/test/totals.test.ts:57:31)\n    at processImmediate (node:internal/timers:476:21)\n    at process.callbackTrampoline (node:internal/async_hooks:130:17)\n  … 1 more line\n  ```'.replace(
        /\n {4}at/g,
        '\n      at',
      ),
    );
    // A pipe and bold markers in a test name cannot break the layout.
    expect(body).toContain('**api › POST /cart/items \\| rejects negative quantities with \\*\\*422\\*\\***');
    // A mention in a failure message must never notify anyone.
    expect(body).not.toMatch(/@octocat/);
    expect(body).toContain('@\u200boctocat');
    expect(body).toContain('_quarantined: does not fail the job_');
    // Perf: regressions first, base → head, change and verdict.
    const perf = tableRows(body, '| Scenario |');
    expect(perf[0]).toEqual([
      'checkout',
      'p95',
      '176 ms',
      '231 ms',
      '+31.3%',
      '❌ fail <sub>mann-whitney</sub>',
      '±18.0%, 8 of 20 runs, step +30.0% 8 runs ago',
    ]);
    expect(perf[1]).toEqual(['browse', 'p50', '41 ms', '44.5 ms', '+8.5%', '⚠️ warn', '—']);
    // Coverage: files that lost the most, biggest loss first; uncovered changed lines as ranges.
    const drops = tableRows(body, '| File |');
    expect(drops.map((row) => row[3])).toEqual(['−16.2 pts', '−4.5 pts', '−0.5 pts']);
    expect(body).toContain('lines 61-64, 88-89, 101, 140');
    // Security and flaky tests, with the issue link.
    expect(tableRows(body, '| Severity |')[0].slice(0, 2)).toEqual([
      'high',
      '[js/sql-injection](https://codeql.github.com/codeql-query-help/javascript/js-sql-injection/)',
    ]);
    const flaky = tableRows(body, '| Test |');
    expect(flaky[0].slice(2)).toEqual(['14% <sub>(8%–23%)</sub>', '57', 'flaky', 'no', '[#431](https://github.com/acme/shop/issues/431)']);
    expect(body).toContain('<summary>🔁 Determinism: 99.7% identical outcomes at worst</summary>');
    expect(body).toContain('- **missing-report** in integration');
  });

  it('stays within 65,536 characters for an oversized report, trimming low-priority sections first and linking the summary', () => {
    const report = oversizedReport();
    const full = renderSummary(report);
    expect(full.length).toBeGreaterThan(300_000);
    const body = renderComment(report, { summaryUrl: 'https://github.com/acme/shop/actions/runs/11873450112#summary-1' });
    expect(body.length).toBeLessThanOrEqual(65_536);
    // The budget is used, not wasted.
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toContain(
      "✂️ _This comment was trimmed to fit GitHub's 65,536-character limit; the [job summary](https://github.com/acme/shop/actions/runs/11873450112#summary-1) has the full report._",
    );
    // Lowest priority first: determinism and impact become stubs, failures keep as many as fit.
    expect(body).toMatch(/<summary>🔁 Determinism[^<]*<\/summary>\n\n_This section is only in the \[job summary\]/);
    expect(body).toMatch(/<summary>🎯 Impact[^<]*<\/summary>\n\n_This section is only in the \[job summary\]/);
    const shown = body.match(/^- \*\*generated property/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(50);
    expect(body).toContain(`_… and ${(1500 - shown).toLocaleString('en-US')} more in the [job summary]`);
    // The verdict, the gates and the footer are never cut.
    expect(body).toContain('### ❌ testops: Failed');
    expect(tableRows(body, '| Gate |')).toHaveLength(6);
    expect(body).toContain('testops 0.1.0</sub>');
    // Every <details> that opens also closes.
    expect(body.match(/<details/g)?.length).toBe(body.match(/<\/details>/g)?.length);
  });

  it('never exceeds a smaller maxLength either', () => {
    const report = oversizedReport(400);
    for (const maxLength of [3000, 5000, 12_000, 30_000]) {
      const body = renderComment(report, { maxLength });
      expect(body.length, `maxLength ${maxLength}`).toBeLessThanOrEqual(maxLength);
      expect(body).toContain('### ❌ testops: Failed');
    }
  });

  it('says plainly that there is no baseline, and does not call the run green', () => {
    const body = renderComment(missingBaselineReport());
    expect(body).toContain('### ⚠️ testops: Passed with warnings (no baseline yet)');
    expect(body).toContain(
      '⚠️ **No baseline was found**: no cache entry for testops-v1-main-\\* (caches unused for 7 days are evicted). Gates that compare with the default branch were skipped: they did not pass, they were not checked.',
    );
    const gates = tableRows(body, '| Gate |');
    expect(gates.filter((row) => row[1] === '⏭️ skipped').map((row) => row[0])).toEqual([
      'coverage',
      'perf · checkout · p95',
      'security',
      'duration · unit',
    ]);
    expect(gates.every((row) => row[1] === '⏭️ skipped' || row[3] === '—')).toBe(true);
    expect(body).toContain('(no baseline to compare with)');
    expect(tableRows(body, '| Scenario |')[0].slice(2)).toEqual(['no baseline', '182 ms', '—', '⏭️ skipped', '—']);
  });

  it('without a baseline, findings are not called new (not in the baseline): the gate could not tell', () => {
    const report = missingBaselineReport();
    report.security = {
      newFindings: [{ fingerprint: 'f1', tool: 'CodeQL', rule: 'js/sql-injection', severity: 'high', message: 'query from user input' }],
      existing: 0,
      counts: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
    };
    const body = renderComment(report);
    expect(body).toContain('<summary>🔒 Security: 1 finding, no baseline</summary>');
    expect(body).toContain(
      '1 finding that may be new: there is no baseline to tell new findings from known ones. All findings by severity: 1 high.',
    );
    expect(body).not.toContain('not in the baseline');
  });

  it('coverage figures are rounded like the gates table, never to a limit they missed: 22 of 24 is 91.7%, 79.96% is not 80%', () => {
    const report = greenReport();
    report.coverage!.totals.lines = { covered: 22, total: 24, pct: (22 / 24) * 100 };
    report.coverage!.baseline!.lines = { covered: 7996, total: 10000, pct: 79.96 };
    const body = renderComment(report);
    expect(body).toContain('<summary>📊 Coverage: 91.7%, patch 91.3%</summary>');
    expect(body).toContain('Total line coverage **91.7%** (baseline 79.96%)');
  });

  it('leaves out suites with no tests from the determinism section (a load test repeated for perf samples)', () => {
    const report = failingReport();
    report.determinism = [...report.determinism, { suite: 'load', repeats: 3, identical: 0, total: 0, ratio: 1 }];
    const body = renderComment(report);
    expect(tableRows(body, '| Suite | Repeats |').map((row) => row[0])).toEqual(['unit']);
    report.determinism = [{ suite: 'load', repeats: 3, identical: 0, total: 0, ratio: 1 }];
    expect(renderComment(report)).not.toContain('Determinism');
  });

  it('says a missing baseline once above the table, not again among the problems', () => {
    const report = missingBaselineReport();
    const reason = report.baseline.reason as string;
    const withProblem = { ...report, problems: [...report.problems, { kind: 'baseline' as const, message: reason }] };
    const body = renderComment(withProblem);
    expect(body).not.toContain('**baseline**');
    expect(body).toContain('⚠️ **No baseline was found**');
  });

  it('notes a fork PR in the comment and the summary', () => {
    const note = 'ℹ️ This pull request comes from a fork, so this run has a read-only token';
    expect(renderComment(forkReport())).toContain(note);
    expect(renderSummary(forkReport())).toContain(note);
    expect(renderComment(failingReport())).not.toContain(note);
  });

  it('gives each comment-id its own marker, and any id is safe inside the HTML comment', () => {
    expect(commentMarker()).toBe(commentMarker('default'));
    expect(commentMarker('a')).not.toBe(commentMarker('b'));
    expect(commentMarker('evil --> <b>x</b>')).toBe('<!-- testops:sticky id=evil%20--%3E%20%3Cb%3Ex%3C%2Fb%3E -->');
  });
});

describe('renderSummary', () => {
  it('keeps every failure below 1 MiB', () => {
    const summary = renderSummary(oversizedReport());
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary.match(/^- \*\*generated property/gm)).toHaveLength(1500);
    expect(summary).toContain('### ❌ Failed tests (1,500)');
    expect(summary).not.toContain('trimmed');
    expect(summary).not.toContain('<details');
  });

  it('trims beyond 1 MiB and says so', () => {
    const summary = renderSummary(oversizedReport(6000));
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(1000 * 1024);
    expect(summary).toContain("✂️ _This summary was trimmed to fit GitHub's 1 MiB limit");
    expect(summary).toMatch(/_… and [\d,]+ more, left out: the job summary is limited to 1 MiB\._/);
  });
});

describe('retries, shards and the seed', () => {
  it('the comment and the summary show each retry with its reason and result, each shard expected against actual, and the seed in the footer', () => {
    const report = {
      ...failingReport(),
      seed: '4242',
      retries: [
        {
          suite: 'unit',
          attempt: 2,
          reason: 'attempt 1 had 2 failed test(s)',
          scope: 'the failed test(s) alone (rerun: vitest)',
          result: '1 still failed',
          failure: { name: 'cart | total <b>', message: 'expected 3 to be 4\nat line 9' },
          duration: 1.5,
        },
        {
          suite: 'api',
          attempt: 2,
          reason: 'attempt 1 exited with 1 and named no failed test',
          scope: 'the whole suite',
          result: 'passed',
          duration: 3,
        },
      ],
      shards: [
        { suite: 'unit', shard: '1/2', expected: 60, actual: 75 },
        { suite: 'unit', shard: '2/2', actual: 58 },
      ],
    };
    for (const body of [renderComment(report, { commentId: 'unit' }), renderSummary(report)]) {
      expect(body).toContain('Retries (2, 1 still failing)');
      const retries = tableRows(body, '| Suite | Attempt | Why |');
      expect(retries.map((row) => row.slice(0, 4))).toEqual([
        ['unit', '2', 'attempt 1 had 2 failed test(s)', 'the failed test(s) alone (rerun: vitest)'],
        ['api', '2', 'attempt 1 exited with 1 and named no failed test', 'the whole suite'],
      ]);
      expect(retries[0]?.[4]).toContain('❌ 1 still failed');
      expect(retries[0]?.[4]).toContain('expected 3 to be 4');
      expect(retries[0]?.[4]).not.toContain('<b>');
      expect(retries[1]?.[4]).toBe('✅ passed');
      expect(tableRows(body, '| Suite | Shard |')).toEqual([
        ['unit', '1/2', '1m', '1m 15s'],
        ['unit', '2/2', '—', '58s'],
      ]);
      expect(body).toContain('seed `4242`');
    }
  });
});
