/**
 * The `flakiness` gate: the share of tests with flaky evidence in this run, against the budget.
 * Quarantined tests are left out of both counts: their flakiness is already known and tracked, and
 * counting them made a quarantined test that passed on retry fail the gate while the same test
 * failing every attempt passed it.
 */
import { quarantinedIds } from '../flaky/analyze.js';
import type { GatesConfig } from '../config/schema.js';
import type { FlakyEntry, SuiteRun, Verdict } from '../model.js';
import { ceilingThreshold, countRan, percent } from './context.js';

export function flakinessGate(suites: SuiteRun[], flaky: FlakyEntry[], config: GatesConfig['flakiness']): Verdict {
  const excused = quarantinedIds(flaky);
  const { ran: tests, marked: evidence } = countRan(suites, excused, (test) => test.flaky === true || test.nondeterministic === true);
  const warnAt = config.warn ?? config.budget / 2;
  const threshold = ceilingThreshold(percent(config.budget), percent(warnAt));
  const quarantined = flaky.filter((entry) => entry.quarantined);
  const listed =
    quarantined.length > 0
      ? `; quarantined: ${quarantined
          .map((entry) => entry.name)
          .slice(0, 3)
          .join(', ')}${quarantined.length > 3 ? ` and ${quarantined.length - 3} more` : ''}`
      : '';
  if (tests === 0)
    return { gate: 'flakiness', status: 'skipped', value: null, baseline: null, threshold, reason: `no test results in this run${listed}` };
  const pct = (evidence / tests) * 100;
  const status = pct > config.budget ? 'fail' : pct > warnAt ? 'warn' : 'pass';
  return {
    gate: 'flakiness',
    status,
    value: percent(pct),
    baseline: null,
    threshold,
    reason: `${evidence} of ${tests} tests flaked in this run${status === 'fail' ? `, over the ${config.budget}% budget` : ''}${listed}`,
  };
}
