/** The `pass-rate` gate: passed tests over tests that ran, quarantined tests left out. */
import type { GatesConfig } from '../config/schema.js';
import type { SuiteRun, Verdict } from '../model.js';
import { countRan, floorThreshold, percent } from './context.js';

/** `deferred`: suites whose level policy judges their failures (src/gates/levels.ts); they are left out here. */
export function passRateGate(
  suites: SuiteRun[],
  quarantined: ReadonlySet<string>,
  config: GatesConfig['pass-rate'],
  deferred: ReadonlySet<string> = new Set(),
): Verdict {
  const own = suites.filter((suite) => !deferred.has(suite.name));
  const { ran: counted, marked: passed } = countRan(own, quarantined, (test) => test.status === 'passed');
  const threshold = floorThreshold(percent(config.fail), percent(config.warn));
  const left = suites.length - own.length;
  const leftOut = left > 0 ? ` (${left} suite${left === 1 ? '' : 's'} judged by ${left === 1 ? 'its' : 'their'} level policy)` : '';
  if (counted === 0)
    return {
      gate: 'pass-rate',
      status: 'skipped',
      value: null,
      baseline: null,
      threshold,
      reason:
        left > 0 && own.length === 0
          ? 'every suite that ran is judged by its level policy'
          : // with deferred suites, name the ones it judged: "no test results" alone read as if no test ran
            `no test results ${left > 0 ? `from ${own.map((suite) => suite.name).join(', ')}` : 'in this run'}${leftOut}`,
    };
  const pct = (passed / counted) * 100;
  const status = pct < config.fail ? 'fail' : pct < config.warn ? 'warn' : 'pass';
  const level = status === 'fail' ? `below ${config.fail}%` : status === 'warn' ? `below ${config.warn}%` : `at or above ${config.warn}%`;
  return {
    gate: 'pass-rate',
    status,
    value: percent(pct),
    baseline: null,
    threshold,
    reason: `${passed} of ${counted} tests passed, ${level}${leftOut}`,
  };
}
