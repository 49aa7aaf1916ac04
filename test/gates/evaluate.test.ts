import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { evaluateGates } from '../../src/gates/index.js';
import { baseline, config, coverage, MISSING, OK, runs, suite, tests } from './helpers.js';

describe('evaluateGates', () => {
  it('a clean run succeeds and every verdict carries value, threshold and a reason', () => {
    const result = evaluateGates({
      runs: runs([suite({ tests: tests(20), coverage: coverage(90, 100) })]),
      baseline: baseline(),
      baselineInfo: OK,
      config: config(),
      flaky: [],
    });
    expect(result.conclusion).toBe('success');
    expect(result.verdicts.map((v) => `${v.gate}:${v.status}`)).toEqual([
      'baseline:pass',
      'tests:pass',
      'pass-rate:pass',
      'coverage:pass',
      'patch-coverage:skipped',
      'flakiness:pass',
      'duration:skipped',
    ]);
    for (const verdict of result.verdicts) {
      expect(verdict.reason.length).toBeGreaterThan(0);
      expect(verdict.reason).not.toContain('\n');
      expect(verdict.blocking).toBe(true);
    }
    expect(result.verdicts[0].reason).toBe('baseline from main at abc1234, run 42');
  });

  it('a failing test fails the job unless fail-on leaves the tests gate out', () => {
    const input = { runs: runs([suite({ tests: tests(20, 1) })]), baseline: null, baselineInfo: MISSING, flaky: [] };
    expect(evaluateGates({ ...input, config: config() }).conclusion).toBe('failure');
    const lenient = evaluateGates({ ...input, config: config('fail-on: [coverage]') });
    expect(lenient.conclusion).toBe('success');
    expect(lenient.verdicts.find((v) => v.gate === 'tests')).toMatchObject({ status: 'fail', blocking: false });
  });

  it('a missing baseline is said plainly, and fails the job only with require-baseline', () => {
    const input = { runs: runs([suite({ tests: tests(5) })]), baseline: null, baselineInfo: MISSING, flaky: [] };
    const plain = evaluateGates({ ...input, config: config() });
    expect(plain.verdicts[0]).toMatchObject({ gate: 'baseline', status: 'skipped', reason: MISSING.reason });
    expect(plain.conclusion).toBe('success');
    const strict = evaluateGates({ ...input, config: config('require-baseline: true') });
    expect(strict.verdicts[0].status).toBe('fail');
    expect(strict.conclusion).toBe('failure');
  });

  it('a baseline that is present but not ok (too old) is not used', () => {
    const result = evaluateGates({
      runs: runs([suite({ tests: tests(5), coverage: coverage(70, 100) })]),
      baseline: baseline({ coverage: { totals: coverage(90, 100).totals, files: {} } }),
      baselineInfo: { status: 'too-old', reason: 'baseline ignored: made 40d ago' },
      config: config('coverage:\n  min: 60\n  max-drop: 1'),
      flaky: [],
    });
    expect(result.verdicts.find((v) => v.subject === 'drop')).toMatchObject({
      status: 'skipped',
      reason: 'coverage drop: baseline ignored: made 40d ago',
    });
  });

  it('a suite that crashed without a report fails the job', () => {
    const crashed = suite({ status: 'errored', exitCode: null, problems: [{ kind: 'crash', message: 'runner crashed: ENOMEM' }] });
    const result = evaluateGates({ runs: runs([crashed]), baseline: null, baselineInfo: MISSING, config: config(), flaky: [] });
    expect(result.conclusion).toBe('failure');
    expect(result.verdicts.find((v) => v.gate === 'tests')?.reason).toBe('runner crashed: ENOMEM');
  });
});

describe('gates config', () => {
  const error = (gates: string) => {
    try {
      parseConfigText(`version: 1\nsuites:\n  unit:\n    command: x\ngates:\n${gates}\n`, '.github/testops.yml');
    } catch (caught) {
      return (caught as Error).message;
    }
    return 'no error';
  };

  it('names the field for unknown metrics, negative limits and percentages over 100', () => {
    expect(error('  perf:\n    p96: "+15%"')).toBe('.github/testops.yml: gates.perf.p96: unknown field; did you mean "p90"?');
    expect(error('  perf:\n    scenarios:\n      checkout:\n        p95: -5')).toMatch(
      /^\.github\/testops\.yml: gates\.perf\.scenarios\.checkout\.p95: .*cannot be negative/,
    );
    expect(error('  perf:\n    error-rate: "< 150%"')).toBe(
      '.github/testops.yml: gates.perf.error-rate: expected a percentage from 0 to 100 (e.g. "< 1%"), got "< 150%"',
    );
    expect(error('  pass-rate:\n    fail: 101')).toMatch(/gates\.pass-rate\.fail: expected a percentage from 0 to 100/);
    expect(error('  coverage:\n    min: 80\n    warn: 70')).toMatch(/gates\.coverage\.warn: expected at least min \(80\)/);
    expect(error('  duration:\n    total-warn: "-5%"')).toMatch(/gates\.duration\.total-warn: expected an allowed growth/);
  });

  it('parses limits: relative, absolute with units, bare numbers, lists, custom metrics, false', () => {
    const perf = config('perf:\n  p50: false\n  p95: ["+10%", "< 1.5s"]\n  custom:\n    cost: 0.25\n  floor: 5ms').gates.perf;
    expect(perf.floor).toBeCloseTo(0.005, 10);
    expect(perf.limits.p50).toEqual([]);
    expect(perf.limits.p95).toEqual([
      { kind: 'relative', change: 0.1, text: '+10%' },
      { kind: 'absolute', op: '<', value: 1500, unit: 'ms', text: '< 1.5s' },
    ]);
    expect(perf.limits.cost).toEqual([{ kind: 'absolute', value: 0.25, unit: '', text: '0.25' }]);
    expect(perf.limits.throughput).toEqual([{ kind: 'relative', change: 0.05, text: '-5%' }]);
  });

  it('defaults follow the issue', () => {
    const gates = config().gates;
    expect(gates['pass-rate']).toEqual({ warn: 95, fail: 90 });
    expect(gates.duration).toEqual({ warn: 100, fail: 150, 'total-warn': 0.25 });
    expect(gates.coverage.min).toBe(80);
    expect(gates.flakiness.budget).toBe(5);
    expect(gates.security).toEqual({ 'fail-on-severity': 'high', 'adversarial-max-failure-rate': 15 });
    expect(Object.fromEntries(Object.entries(gates.perf.limits).map(([metric, limits]) => [metric, limits[0].text]))).toEqual({
      p50: '+10%',
      p95: '+15%',
      p99: '+20%',
      throughput: '-5%',
    });
  });
});
