import { describe, expect, it } from 'vitest';
import { durationGate } from '../../src/gates/duration.js';
import { flakinessGate } from '../../src/gates/flakiness.js';
import { passRateGate } from '../../src/gates/pass-rate.js';
import { testsGate } from '../../src/gates/tests.js';
import type { FlakyEntry } from '../../src/model.js';
import { baseline, config, context, runs, shown, suite, test, tests } from './helpers.js';

const none = new Set<string>();

describe('tests gate', () => {
  it('passes a suite whose tests all passed', () => {
    const [verdict] = testsGate([suite({ tests: tests(3) })], none);
    expect(shown(verdict)).toMatchObject({ gate: 'tests', subject: 'unit', status: 'pass', value: '3/3 passed' });
  });

  it('fails on one failed test and names it', () => {
    const [verdict] = testsGate([suite({ tests: tests(3, 1) })], none);
    expect(verdict.status).toBe('fail');
    expect(verdict.reason).toBe('1 failed: t0');
  });

  it('a command that failed with no report is a failure, never a pass', () => {
    const [verdict] = testsGate([suite({ status: 'failed', exitCode: 2, tests: [] })], none);
    expect(verdict).toMatchObject({ status: 'fail', reason: 'the command exited with code 2 and produced no test report' });
  });

  it('a missing report fails even when the command exited 0', () => {
    const problems = [{ kind: 'missing-report' as const, suite: 'unit', message: 'no file matched reports/unit/*.xml' }];
    const [verdict] = testsGate([suite({ tests: [], problems })], none);
    expect(verdict).toMatchObject({ status: 'fail', reason: 'no file matched reports/unit/*.xml' });
  });

  it('timeouts and cancellations fail', () => {
    expect(testsGate([suite({ status: 'timeout', exitCode: null, duration: 90 })], none)[0]).toMatchObject({
      status: 'fail',
      reason: 'timed out after 1m 30s',
    });
    expect(testsGate([suite({ status: 'cancelled', exitCode: null })], none)[0].status).toBe('fail');
  });

  it('quarantined failures are reported, not fatal; others still fail', () => {
    const list = tests(4, 2);
    expect(testsGate([suite({ tests: list })], new Set([list[0].id, list[1].id]))[0]).toMatchObject({
      status: 'pass',
      reason: '2 quarantined tests failed (reported, not fatal)',
    });
    expect(testsGate([suite({ tests: list })], new Set([list[0].id]))[0]).toMatchObject({ status: 'fail', reason: '1 failed: t1' });
  });

  it('a non-zero exit with a clean report fails', () => {
    expect(testsGate([suite({ tests: tests(2), exitCode: 1, status: 'failed' })], none)[0].reason).toBe(
      'the command exited with code 1 with no failed test in its report',
    );
  });

  it('lists unselected suites not at all and skipped ones as skipped', () => {
    expect(testsGate([suite({ selected: false, status: 'skipped' })], none)).toEqual([]);
    expect(testsGate([suite({ status: 'skipped', reasons: ['needs api, which failed'] })], none)[0]).toMatchObject({
      status: 'skipped',
      reason: 'not run: needs api, which failed',
    });
  });
});

describe('pass-rate gate (warn < 95, fail < 90)', () => {
  const gate = (n: number, failed: number) => passRateGate([suite({ tests: tests(n, failed) })], none, config().gates['pass-rate']);

  it('exactly at the warn level passes; just under warns', () => {
    expect(shown(gate(20, 1))).toMatchObject({ status: 'pass', value: '95%', threshold: 'warn < 95%, fail < 90%' });
    expect(shown(gate(1000, 51))).toMatchObject({ status: 'warn', value: '94.9%' });
  });

  it('exactly at the fail level warns; just under fails', () => {
    expect(gate(10, 1).status).toBe('warn');
    expect(shown(gate(1000, 101))).toMatchObject({ status: 'fail', value: '89.9%' });
  });

  it('rounds the rate, never cuts it: 20 of 30 is 66.7%, and a rate just under a limit never reads as the limit', () => {
    expect(gate(30, 10).value).toEqual({ value: (20 / 30) * 100, unit: 'percent' });
    expect(shown(gate(30, 10))?.value).toBe('66.7%');
    // 9,499 of 10,000 is 94.99%: one decimal would read "95%", the level it missed
    expect(shown(gate(10000, 501))).toMatchObject({ status: 'warn', value: '94.99%' });
  });

  it('an empty report is skipped, not a pass', () => {
    expect(gate(0, 0)).toMatchObject({ status: 'skipped', reason: 'no test results in this run' });
  });

  it('with a suite judged by its level policy, names the suites it judged that reported no tests', () => {
    const judged = suite({ name: 'web', tests: tests(4, 0) });
    const reportless = suite({ name: 'smoke', tests: [] });
    expect(passRateGate([judged, reportless], new Set(), config().gates['pass-rate'], new Set(['web']))).toMatchObject({
      status: 'skipped',
      reason: 'no test results from smoke (1 suite judged by its level policy)',
    });
  });

  it('quarantined tests are left out of the rate', () => {
    const list = tests(10, 2);
    expect(shown(passRateGate([suite({ tests: list })], new Set([list[0].id, list[1].id]), config().gates['pass-rate']))).toMatchObject({
      status: 'pass',
      value: '100%',
    });
  });
});

describe('flakiness gate (budget 5%, warn above half of it)', () => {
  const flaky: FlakyEntry[] = [];
  const gate = (n: number, flakyCount: number) =>
    flakinessGate([suite({ tests: tests(n, 0, flakyCount) })], flaky, config().gates.flakiness);

  it('exactly at the budget warns; just over fails', () => {
    expect(shown(gate(20, 1))).toMatchObject({ status: 'warn', value: '5%', threshold: 'warn > 2.5%, fail > 5%' });
    expect(shown(gate(1000, 51))).toMatchObject({ status: 'fail', value: '5.1%' });
  });

  it('under the warn level passes; an empty run is skipped', () => {
    expect(gate(100, 2).status).toBe('pass');
    expect(gate(0, 0).status).toBe('skipped');
  });

  it('lists quarantined tests', () => {
    const entry: FlakyEntry = {
      id: 'x',
      suite: 'unit',
      name: 'slow socket test',
      rate: 0.3,
      low: 0.2,
      high: 0.4,
      runs: 30,
      quarantined: true,
      state: 'flaky',
      evidence: [],
    };
    expect(flakinessGate([suite({ tests: tests(10) })], [entry], config().gates.flakiness).reason).toContain(
      'quarantined: slow socket test',
    );
  });
});

describe('duration gate (budget warn > 100%, fail > 150%)', () => {
  const gates = config().gates.duration;
  const one = (seconds: number) => durationGate(runs([suite({ budget: 100, duration: seconds })]), gates, context(null))[0];

  it('exactly at the budget passes; just over warns', () => {
    expect(one(100).status).toBe('pass');
    expect(one(100.5).status).toBe('warn');
  });

  it('exactly at 150% warns; just over fails', () => {
    expect(one(150).status).toBe('warn');
    expect(one(151)).toMatchObject({ status: 'fail', reason: '151% of its budget' });
  });

  it('total run time without a baseline is skipped with the reason', () => {
    const total = durationGate(runs([suite()], 300), gates, context(null)).find((verdict) => verdict.subject === 'total');
    expect(total).toMatchObject({ status: 'skipped', reason: 'total run time: no baseline: nothing was restored from the cache' });
  });

  it('total run time against the baseline median: at +25% passes, over warns, under the floor never', () => {
    const base = baseline({ totalDurations: [100, 100, 100] });
    const total = (seconds: number) =>
      durationGate(runs([suite()], seconds), gates, context(base)).find((verdict) => verdict.subject === 'total');
    expect(total(125)?.status).toBe('pass');
    expect(shown(total(126))).toMatchObject({ status: 'warn', baseline: '1m 40s @ abc1234, 2d ago', threshold: 'warn > +25%' });
    const small = baseline({ totalDurations: [20] });
    expect(durationGate(runs([suite()], 29), gates, context(small)).find((verdict) => verdict.subject === 'total')?.status).toBe('pass');
  });

  it('a partial run compares the suites that ran with their own history, not a full run total', () => {
    const base = baseline({ totalDurations: [600], suiteDurations: { unit: [100, 100], web: [40] } });
    const partial = (seconds: number) =>
      durationGate(
        runs(
          [suite({ name: 'unit', duration: seconds }), suite({ name: 'api', selected: false, status: 'skipped', duration: 0 })],
          seconds,
        ),
        gates,
        context(base),
      ).find((verdict) => verdict.subject === 'total');
    // 130s is +30% on unit's own 100s median (not −78% against the 600s full run)
    expect(shown(partial(130))).toMatchObject({ status: 'warn', value: '2m 10s' });
    expect(partial(130)?.reason).toContain('+30% against the baseline median (the 1 suite that ran)');
    expect(partial(100)?.status).toBe('pass');
    const unknown = durationGate(
      runs([suite({ name: 'fresh', duration: 50 }), suite({ name: 'api', selected: false, status: 'skipped' })], 50),
      gates,
      context(base),
    ).find((verdict) => verdict.subject === 'total');
    expect(unknown).toMatchObject({ status: 'skipped', reason: 'none of the suites that ran has a duration history in the baseline yet' });
  });

  it('total-fail fails past its level', () => {
    const base = baseline({ totalDurations: [100] });
    const strict = config('duration:\n  total-fail: "+50%"').gates.duration;
    const total = durationGate(runs([suite()], 151), strict, context(base)).find((verdict) => verdict.subject === 'total');
    expect(total?.status).toBe('fail');
  });
});

describe('test helpers', () => {
  it('build failing and flaky tests as asked', () => {
    const list = tests(5, 1, 2);
    expect(list.map((entry) => [entry.status, entry.flaky])).toEqual([
      ['failed', false],
      ['passed', true],
      ['passed', true],
      ['passed', false],
      ['passed', false],
    ]);
    expect(test('x', 'failed').attempts[0].message).toBe('x failed');
  });
});
