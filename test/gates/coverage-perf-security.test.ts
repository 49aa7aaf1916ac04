import { describe, expect, it } from 'vitest';
import { coverageGate } from '../../src/gates/coverage.js';
import { addedLines } from '../../src/gates/diff.js';
import { computePatchCoverage } from '../../src/gates/patch.js';
import { perfGate } from '../../src/gates/perf.js';
import { securityGate } from '../../src/gates/security.js';
import type { Finding, PerfScenario } from '../../src/model.js';
import { baseline, config, context, coverage, shown, suite } from './helpers.js';

const coverageConfig = (yaml = '') => config(yaml ? `coverage:\n${yaml.replace(/^/gm, '  ')}` : '').gates.coverage;

describe('coverage gate (min 80, warn below 85 by default)', () => {
  const lines = (covered: number, total: number, yaml = '') =>
    coverageGate(coverage(covered, total), undefined, coverageConfig(yaml), context(null)).verdicts.find((v) => v.subject === 'lines');

  it('exactly at the minimum warns; just under fails', () => {
    expect(shown(lines(80, 100))).toMatchObject({ status: 'warn', value: '80%', threshold: 'warn < 85%, fail < 80%' });
    expect(shown(lines(799, 1000))).toMatchObject({ status: 'fail', value: '79.9%' });
    // rounded, but never to the limit it missed: 79.96% reads 79.96%, not 80%
    expect(shown(lines(7996, 10000))).toMatchObject({ status: 'fail', value: '79.96%' });
    expect(lines(7996, 10000)?.value).toEqual({ value: 79.96, unit: 'percent' });
  });

  it('exactly at the warning level passes', () => {
    expect(lines(85, 100)?.status).toBe('pass');
    expect(lines(90, 100, 'min: 90\nwarn: 90')?.status).toBe('pass');
  });

  it('an empty report is skipped; no report at all is skipped', () => {
    expect(lines(0, 0)?.status).toBe('skipped');
    expect(coverageGate(undefined, undefined, coverageConfig(), context(null)).verdicts).toEqual([
      expect.objectContaining({ gate: 'coverage', status: 'skipped', reason: 'no coverage report in this run' }),
    ]);
  });

  it('branches are gated when branches-min is set', () => {
    const result = coverageGate(coverage(90, 100, 'a.ts', [7, 10]), undefined, coverageConfig('branches-min: 70'), context(null));
    expect(shown(result.verdicts.find((v) => v.subject === 'branches'))).toMatchObject({ status: 'pass', value: '70%' });
    const under = coverageGate(coverage(90, 100, 'a.ts', [6, 10]), undefined, coverageConfig('branches-min: 70'), context(null));
    expect(under.verdicts.find((v) => v.subject === 'branches')?.status).toBe('fail');
  });

  describe('max drop against the baseline', () => {
    const base = baseline({
      coverage: { totals: coverage(80, 100).totals, files: { 'src/a.ts': { covered: 80, total: 100 } } },
    });
    const drop = (covered: number, ctx = context(base)) =>
      coverageGate(coverage(covered, 1000), undefined, coverageConfig('max-drop: 0.5'), ctx).verdicts.find((v) => v.subject === 'drop');

    it('exactly at max-drop warns; just over fails', () => {
      expect(shown(drop(795))).toMatchObject({
        status: 'warn',
        baseline: '80% @ abc1234, 2d ago',
        threshold: 'warn > 0.3 pts, fail > 0.5 pts',
        reason: 'dropped 0.5 pts against the baseline',
      });
      expect(drop(794)?.status).toBe('fail');
      expect(drop(800)?.status).toBe('pass');
    });

    it('no baseline: skipped with the reason, or failed with require-baseline', () => {
      expect(drop(700, context(null))).toMatchObject({
        status: 'skipped',
        reason: 'coverage drop: no baseline: nothing was restored from the cache',
      });
      expect(drop(700, context(null, true))?.status).toBe('fail');
    });

    it('lists the files that lost the most', () => {
      const result = coverageGate(coverage(700, 1000), undefined, coverageConfig('max-drop: 0.5'), context(base));
      expect(result.coverage?.drops).toEqual([{ path: 'src/a.ts', before: 80, after: 70 }]);
      expect(result.coverage?.baseline?.lines.pct).toBe(80);
    });

    it('a run that measured only some files is compared with the baseline over those files', () => {
      // the baseline: a well-covered package (95%) and a poorly covered one (60%); the PR runs only the latter
      const repo = baseline({
        coverage: {
          totals: { ...coverage(0, 0).totals, lines: { covered: 155, total: 200, pct: 77.5 } },
          files: { 'core/a.ts': { covered: 95, total: 100 }, 'web/b.ts': { covered: 60, total: 100 } },
        },
      });
      const result = coverageGate(coverage(60, 100, 'web/b.ts'), undefined, coverageConfig('max-drop: 0.5'), context(repo));
      expect(shown(result.verdicts.find((v) => v.subject === 'drop'))).toMatchObject({
        status: 'pass',
        baseline: '60% @ abc1234, 2d ago (the file this run measured)',
        reason: 'unchanged against the baseline, over the same files',
      });
      expect(shown(result.verdicts.find((v) => v.subject === 'lines'))?.baseline).toBe(
        '60% @ abc1234, 2d ago (the file this run measured)',
      );
      expect(result.coverage?.baseline?.lines).toEqual({ covered: 60, total: 100, pct: 60 });
      // a real drop in the measured file still fails
      const worse = coverageGate(coverage(50, 100, 'web/b.ts'), undefined, coverageConfig('max-drop: 0.5'), context(repo));
      expect(worse.verdicts.find((v) => v.subject === 'drop')).toMatchObject({
        status: 'fail',
        reason: 'dropped 10.0 pts against the baseline, over the same files',
      });
      // only new files: nothing to compare with
      const fresh = coverageGate(coverage(50, 100, 'api/new.ts'), undefined, coverageConfig('max-drop: 0.5'), context(repo));
      expect(fresh.verdicts.find((v) => v.subject === 'drop')).toMatchObject({ status: 'skipped' });
    });
  });

  describe('patch coverage', () => {
    const patch = (covered: number, total: number) => ({ covered, total, pct: total ? (covered / total) * 100 : null, files: [] });
    const verdict = (covered: number, total: number) =>
      coverageGate(coverage(90, 100), patch(covered, total), coverageConfig('patch-min: 75'), context(null)).verdicts.find(
        (v) => v.gate === 'patch-coverage',
      );

    it('exactly at patch-min passes; just under fails', () => {
      expect(shown(verdict(3, 4))).toMatchObject({ status: 'pass', value: '75%' });
      expect(verdict(74, 100)?.status).toBe('fail');
    });

    it('no coverable line changed passes with "coverage not affected"', () => {
      expect(verdict(0, 0)).toMatchObject({ status: 'pass', reason: 'coverage not affected: no coverable line changed' });
    });

    it('intersects changed lines with coverable lines', () => {
      const changed = addedLines(
        [
          'diff --git a/src/a.ts b/src/a.ts',
          '--- a/src/a.ts',
          '+++ b/src/a.ts',
          '@@ -1,0 +2,3 @@',
          '+x',
          '+y',
          '+z',
          '@@ -9 +12 @@',
          '-old',
          '+new',
        ].join('\n'),
      );
      expect([...changed]).toEqual([['src/a.ts', [2, 3, 4, 12]]]);
      const report = {
        ...coverage(3, 10),
        files: [
          {
            path: 'pkg/src/a.ts',
            lines: [
              [2, 1],
              [4, 0],
              [12, 5],
            ] as [number, number][],
            branches: [],
          },
        ],
      };
      expect(computePatchCoverage(changed, report)).toEqual({
        covered: 2,
        total: 3,
        pct: (2 / 3) * 100,
        files: [{ path: 'src/a.ts', covered: 2, total: 3, missing: [4] }],
      });
    });
  });
});

describe('perf gate', () => {
  const scenario = (p95: number, extra: PerfScenario['metrics'] = {}): PerfScenario => ({
    name: 'checkout',
    metrics: { p95: { value: p95, unit: 'ms', biggerIsBetter: false }, ...extra },
  });
  const base = baseline({
    perf: { 'unit › checkout': { p95: { unit: 'ms', biggerIsBetter: false, samples: [200, 204, 196, 202, 198, 200] } } },
  });

  it('relative default +15% with the rule that decided, and a report row', () => {
    const result = perfGate([suite({ perf: [scenario(260)] })], config().gates.perf, context(base));
    expect(result.verdicts.map((verdict) => shown(verdict))).toEqual([
      expect.objectContaining({
        gate: 'perf',
        subject: 'unit › checkout/p95',
        status: 'fail',
        rule: 'prediction-interval',
        baseline: '200 ms @ abc1234, 2d ago',
        value: '260 ms',
        threshold: '+15%',
      }),
    ]);
    expect(result.verdicts[0]).toMatchObject({ value: { value: 260, unit: 'ms' }, threshold: { change: 0.15 } });
    expect(result.rows[0]).toMatchObject({
      scenario: 'unit › checkout',
      metric: 'p95',
      head: 260,
      status: 'fail',
      runs: { used: 6, window: 6 },
    });
    expect(result.rows[0].base).toBeCloseTo(200, 0);
    expect(result.rows[0].detectable).toBeGreaterThan(0.15);
    expect(result.rows[0].change).toBeCloseTo(0.3, 3);
  });

  it('absolute limits per scenario: exactly at "< 500ms" fails, under passes; "<=" is inclusive', () => {
    const limits = (text: string) => config(`perf:\n  scenarios:\n    checkout:\n      p95: "${text}"`).gates.perf;
    expect(perfGate([suite({ perf: [scenario(500)] })], limits('< 500ms'), context(null)).verdicts[0]).toMatchObject({
      status: 'fail',
      rule: 'absolute',
    });
    expect(perfGate([suite({ perf: [scenario(499)] })], limits('< 500ms'), context(null)).verdicts[0].status).toBe('pass');
    expect(perfGate([suite({ perf: [scenario(500)] })], limits('<= 0.5s'), context(null)).verdicts[0].status).toBe('pass');
  });

  it('error rate "< 1%" compares against the fraction', () => {
    const limits = config('perf:\n  error-rate: "< 1%"').gates.perf;
    const at = (rate: number) =>
      perfGate(
        [suite({ perf: [scenario(100, { error_rate: { value: rate, unit: 'ratio', biggerIsBetter: false } })] })],
        limits,
        context(null),
      ).verdicts.find((v) => v.subject === 'unit › checkout/error_rate');
    expect(at(0.009)?.status).toBe('pass');
    expect(at(0.01)?.status).toBe('fail');
    // a rate reads as a rate: 0.0094 is "0.94%" against "< 1%", not "0.01" against "< 0.01"
    expect(shown(at(0.0094))).toMatchObject({ value: '0.94%', threshold: '< 1%' });
    expect(at(0.0094)).toMatchObject({
      value: { value: 0.0094, unit: 'ratio' },
      threshold: { limits: [{ op: '<', value: { value: 0.01, unit: 'ratio' } }] },
    });
  });

  it('no baseline: relative limits skipped with the reason, or failed with require-baseline', () => {
    expect(perfGate([suite({ perf: [scenario(260)] })], config().gates.perf, context(null)).verdicts[0]).toMatchObject({
      status: 'skipped',
      reason: 'no baseline: nothing was restored from the cache',
    });
    expect(perfGate([suite({ perf: [scenario(260)] })], config().gates.perf, context(null, true)).verdicts[0].status).toBe('fail');
  });

  it('an empty perf report gives no verdicts; a failed k6 threshold fails', () => {
    expect(perfGate([suite()], config().gates.perf, context(base))).toEqual({ verdicts: [], rows: [] });
    const failed = perfGate(
      [suite({ perf: [{ name: 'k6', metrics: {}, failedThresholds: ['http_req_duration: p(95)<500'] }] })],
      config().gates.perf,
      context(null),
    );
    expect(failed.verdicts[0]).toMatchObject({ status: 'fail', rule: 'tool-threshold' });
  });

  it('a throughput that fell reads as a fall: the reason and the Change column follow the value, not the worsening', () => {
    const throughput = (value: number): PerfScenario => ({
      name: 'checkout',
      metrics: { throughput: { value, unit: '/s', biggerIsBetter: true } },
    });
    const withRate = baseline({ perf: { 'unit › checkout': { throughput: { unit: '/s', biggerIsBetter: true, samples: [200] } } } });
    const fell = perfGate([suite({ perf: [throughput(198)] })], config().gates.perf, context(withRate));
    expect(shown(fell.verdicts[0])).toMatchObject({ status: 'pass', threshold: '−5%', reason: '-1% worse, within -5%' });
    expect(fell.rows[0].change).toBeCloseTo(-0.01, 10);
    const rose = perfGate([suite({ perf: [throughput(210)] })], config().gates.perf, context(withRate));
    expect(rose.verdicts[0].reason).toBe('+5% better, within -5%');
    expect(rose.rows[0].change).toBeCloseTo(0.05, 10);
    const dropped = perfGate([suite({ perf: [throughput(180)] })], config().gates.perf, context(withRate));
    expect(dropped.verdicts[0]).toMatchObject({ status: 'fail', rule: 'floor' });
    expect(dropped.verdicts[0].reason).toMatch(/^-10% worse, over -5%/);
  });

  it('two suites whose tools name their scenario alike keep separate series; scenarios config matches either name', () => {
    const other = (p95: number) => suite({ name: 'load-eu', perf: [scenario(p95)] });
    const result = perfGate([suite({ perf: [scenario(201)] }), other(900)], config().gates.perf, context(base));
    // unit's series has a baseline and passes; load-eu's has none and is not mixed into unit's
    expect(result.rows.map((row) => [row.scenario, row.status])).toEqual([
      ['unit › checkout', 'pass'],
      ['load-eu › checkout', 'skipped'],
    ]);
    const byPlainName = config('perf:\n  scenarios:\n    checkout:\n      p95: "< 500ms"').gates.perf;
    expect(perfGate([other(900)], byPlainName, context(null)).verdicts[0]).toMatchObject({
      subject: 'load-eu › checkout/p95',
      status: 'fail',
    });
    const bySeries = config('perf:\n  scenarios:\n    "load-eu › checkout":\n      p95: "< 1s"').gates.perf;
    expect(perfGate([other(900)], bySeries, context(null)).verdicts[0]).toMatchObject({ status: 'pass', rule: 'absolute' });
  });

  it("the head's repeats are one run: its value is their median, not more evidence", () => {
    const repeated: PerfScenario = {
      name: 'checkout',
      metrics: { p95: { value: 0, unit: 'ms', biggerIsBetter: false, samples: [231, 229, 232, 230] } },
    };
    const verdict = perfGate([suite({ perf: [repeated] })], config().gates.perf, context(base)).verdicts[0];
    expect(verdict.reason).toContain('(head: 4 repeats in one run)');
    expect(verdict.value).toEqual({ value: 230.5, unit: 'ms' });
    expect(shown(verdict)?.value).toBe('231 ms');
    expect(verdict.status).toBe('fail');
  });
});

describe('security gate', () => {
  const finding = (fingerprint: string, severity: Finding['severity']): Finding => ({
    fingerprint,
    tool: 'npm-audit',
    rule: `GHSA-${fingerprint}`,
    severity,
    message: 'vulnerable',
    package: 'lodash',
  });
  const security = config().gates.security;
  const findingsVerdict = (findings: Finding[], ctx = context(baseline({ findings: ['known'] }))) =>
    securityGate([suite({ level: 'security', security: findings })], security, ctx).verdicts.find((v) => v.subject === 'findings');

  it('a new high finding fails; a new medium one does not; a known high one is reported, not failed', () => {
    expect(findingsVerdict([finding('new', 'high')])).toMatchObject({ status: 'fail' });
    expect(findingsVerdict([finding('new', 'medium')])?.status).toBe('pass');
    expect(findingsVerdict([finding('known', 'critical')])).toMatchObject({
      status: 'pass',
      reason: '1 high+ finding already in the baseline (reported, not failed)',
    });
  });

  it('no baseline: severe findings cannot be classed, so skipped (or failed with require-baseline)', () => {
    expect(findingsVerdict([finding('new', 'high')], context(null))?.status).toBe('skipped');
    expect(findingsVerdict([finding('new', 'high')], context(null, true))?.status).toBe('fail');
  });

  it('counts findings by severity in the summary', () => {
    const result = securityGate(
      [suite({ security: [finding('a', 'high'), finding('b', 'low'), finding('known', 'low')] })],
      security,
      context(baseline({ findings: ['known'] })),
    );
    expect(result.summary.counts).toEqual({ critical: 0, high: 1, medium: 0, low: 2, info: 0 });
    expect(result.summary.existing).toBe(1);
    expect(result.summary.newFindings.map((f) => f.fingerprint)).toEqual(['a', 'b']);
  });
});
