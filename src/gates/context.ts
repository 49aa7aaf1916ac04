/** What every gate that compares against the baseline needs, and the data they share. */
import type { Baseline, BaselineFigure, BaselineInfo, Figure, Limit, Quantity, SuiteRun, TestCase, Threshold, Verdict } from '../model.js';

export interface BaselineContext {
  baseline: Baseline | null;
  info: BaselineInfo;
  requireBaseline: boolean;
  /** the time ages are measured at: the end of the run, so the gates stay pure */
  now: Date;
}

/** A percentage (0–100) */
export const percent = (value: number): Quantity => ({ value, unit: 'percent' });
/** A duration in seconds */
export const seconds = (value: number): Quantity => ({ value, unit: 'seconds' });
/** A count, with what it counts */
export const count = (value: number, label?: string, of?: number): Quantity => ({
  value,
  unit: 'count',
  ...(of !== undefined ? { of } : {}),
  ...(label ? { label } : {}),
});

/** A baseline value with the commit and time of the baseline it came from */
export function baselineFigure(value: Figure, context: BaselineContext, files?: number): BaselineFigure {
  const provenance = context.baseline?.provenance ?? context.info.provenance;
  return {
    value,
    ...(provenance ? { commit: provenance.commit, createdAt: provenance.createdAt } : {}),
    ...(files !== undefined ? { files } : {}),
  };
}

/** "warn < 80%, fail < 70%" (or "< 70%" when the warning level is not above the minimum) */
export function floorThreshold(failBelow: Quantity, warnBelow?: Quantity): Threshold {
  const limits: Limit[] =
    warnBelow && warnBelow.value > failBelow.value
      ? [
          { op: '<', value: warnBelow, status: 'warn' },
          { op: '<', value: failBelow, status: 'fail' },
        ]
      : [{ op: '<', value: failBelow, status: 'fail' }];
  return { limits };
}

/** "warn > 0.25 pts, fail > 0.5 pts" */
export function ceilingThreshold(failAbove: Quantity, warnAbove?: Quantity): Threshold {
  const limits: Limit[] =
    warnAbove && warnAbove.value < failAbove.value
      ? [
          { op: '>', value: warnAbove, status: 'warn' },
          { op: '>', value: failAbove, status: 'fail' },
        ]
      : [{ op: '>', value: failAbove, status: 'fail' }];
  return { limits };
}

/** Why there is no baseline to compare with, in one line. */
export function noBaselineReason(context: BaselineContext): string {
  if (context.baseline && context.info.status === 'ok') return 'no baseline value for this';
  return context.info.reason ?? `no baseline (${context.info.status})`;
}

/** A gate that needs the baseline but has none: skipped, or failed with require-baseline. */
export function withoutBaseline(
  gate: string,
  context: BaselineContext,
  fields: { subject?: string; value: Figure | null; threshold: Threshold | null; what?: string },
): Verdict {
  const reason = noBaselineReason(context);
  return {
    gate,
    ...(fields.subject !== undefined ? { subject: fields.subject } : {}),
    status: context.requireBaseline ? 'fail' : 'skipped',
    value: fields.value,
    baseline: null,
    threshold: fields.threshold,
    reason: `${fields.what ? `${fields.what}: ` : ''}${reason}${context.requireBaseline ? ' (require-baseline is set)' : ''}`,
  };
}

/**
 * The tests of these suites that ran (not skipped) and are not excused, and how many of those
 * `marked` picks: counted in one pass, with no joined list (a run may hold millions of tests).
 */
export function countRan(
  suites: readonly SuiteRun[],
  excused: ReadonlySet<string>,
  marked: (test: TestCase) => boolean,
): { ran: number; marked: number } {
  let ran = 0;
  let picked = 0;
  for (const suite of suites)
    for (const test of suite.tests) {
      if (test.status === 'skipped' || excused.has(test.id)) continue;
      ran++;
      if (marked(test)) picked++;
    }
  return { ran, marked: picked };
}
