/** The `duration` gate: each suite against its budget, and the whole run against the baseline. */
import type { GatesConfig } from '../config/schema.js';
import type { RunsFile, Verdict } from '../model.js';
import type { Threshold } from '../model.js';
import { type BaselineContext, baselineFigure, percent, seconds, withoutBaseline } from './context.js';
import { median } from './stats.js';

/** Growth of the total run time smaller than this is noise, whatever the percentage. */
const TOTAL_FLOOR_SECONDS = 10;

export function durationGate(runs: RunsFile, config: GatesConfig['duration'], context: BaselineContext): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const suite of runs.suites) {
    if (!suite.selected || suite.status === 'skipped' || suite.budget === undefined || suite.budget <= 0) continue;
    const share = (suite.duration / suite.budget) * 100;
    const status = share > config.fail ? 'fail' : share > config.warn ? 'warn' : 'pass';
    verdicts.push({
      gate: 'duration',
      subject: suite.name,
      status,
      value: seconds(suite.duration),
      baseline: null,
      threshold: {
        limits: [
          { op: '>', value: seconds((suite.budget * config.warn) / 100), status: 'warn' },
          { op: '>', value: seconds((suite.budget * config.fail) / 100), status: 'fail' },
        ],
      },
      reason: `${Math.round(share)}% of its budget`,
    });
  }
  const wallClock = (Date.parse(runs.finishedAt) - Date.parse(runs.startedAt)) / 1000;
  if (!Number.isFinite(wallClock) || runs.cancelled) return verdicts;
  const warn = config['total-warn'];
  const fail = config['total-fail'];
  // a change against the baseline median, in percent
  const threshold: Threshold = {
    relative: true,
    limits: [
      { op: '>', value: percent(warn * 100), status: 'warn' },
      ...(fail !== undefined ? [{ op: '>' as const, value: percent(fail * 100), status: 'fail' as const }] : []),
    ],
  };
  // A partial run (impact selection, a shard) is compared with the same suites' history, never
  // with the total of a full default-branch run, which would hide growth behind the skipped suites.
  const partial = runs.suites.some((suite) => !suite.selected || suite.status === 'skipped');
  let total = wallClock;
  let history = context.baseline?.totalDurations ?? [];
  let scope = '';
  if (partial) {
    const ran = runs.suites.filter((suite) => suite.selected && suite.status !== 'skipped');
    const known = ran.filter((suite) => (context.baseline?.suiteDurations[suite.name]?.length ?? 0) > 0);
    total = ran.reduce((sum, suite) => sum + (known.includes(suite) ? suite.duration : 0), 0);
    const baseTotal = known.reduce((sum, suite) => sum + median(context.baseline?.suiteDurations[suite.name] ?? []), 0);
    history = known.length > 0 ? [baseTotal] : [];
    scope = ` (the ${known.length} suite${known.length === 1 ? '' : 's'} that ran${known.length < ran.length ? ` and have a history; ${ran.length - known.length} new` : ''})`;
  }
  if (partial && history.length === 0 && context.baseline) {
    verdicts.push({
      gate: 'duration',
      subject: 'total',
      status: 'skipped',
      value: seconds(total),
      baseline: null,
      threshold,
      reason: 'none of the suites that ran has a duration history in the baseline yet',
    });
    return verdicts;
  }
  if (history.length === 0) {
    verdicts.push(withoutBaseline('duration', context, { subject: 'total', value: seconds(total), threshold, what: 'total run time' }));
    // a missing total baseline never fails the job on its own: the run time is informational without one
    const last = verdicts.at(-1) as Verdict;
    if (last.status === 'fail' && fail === undefined) last.status = 'skipped';
    return verdicts;
  }
  const base = median(history);
  const change = base > 0 ? total / base - 1 : 0;
  const grew = total - base > TOTAL_FLOOR_SECONDS;
  const status = grew && fail !== undefined && change > fail ? 'fail' : grew && change > warn ? 'warn' : 'pass';
  verdicts.push({
    gate: 'duration',
    subject: 'total',
    status,
    value: seconds(total),
    baseline: baselineFigure(seconds(base), context),
    threshold,
    reason: `${change >= 0 ? '+' : ''}${Math.round(change * 100)}% against the baseline median${scope}${!grew && change > warn ? ` (under the ${TOTAL_FLOOR_SECONDS}s noise floor)` : ''}`,
  });
  return verdicts;
}
