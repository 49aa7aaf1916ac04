/** The `pass-rate` gate: passed tests over tests that ran, quarantined tests left out. */
import type { GatesConfig } from '../config/schema.js';
import type { SuiteRun, Verdict } from '../model.js';
import { formatPct } from './context.js';

export function passRateGate(suites: SuiteRun[], quarantined: ReadonlySet<string>, config: GatesConfig['pass-rate']): Verdict {
  const counted = suites.flatMap((suite) => suite.tests).filter((test) => test.status !== 'skipped' && !quarantined.has(test.id));
  const threshold = `warn < ${config.warn}%, fail < ${config.fail}%`;
  if (counted.length === 0)
    return { gate: 'pass-rate', status: 'skipped', value: null, baseline: null, threshold, reason: 'no test results in this run' };
  const passed = counted.filter((test) => test.status === 'passed').length;
  const pct = (passed / counted.length) * 100;
  const status = pct < config.fail ? 'fail' : pct < config.warn ? 'warn' : 'pass';
  const level = status === 'fail' ? `below ${config.fail}%` : status === 'warn' ? `below ${config.warn}%` : `at or above ${config.warn}%`;
  return {
    gate: 'pass-rate',
    status,
    value: formatPct(pct),
    baseline: null,
    threshold,
    reason: `${passed} of ${counted.length} tests passed, ${level}`,
  };
}
