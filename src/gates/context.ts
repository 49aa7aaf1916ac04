/** What every gate that compares against the baseline needs, and the wording they share. */
import { formatAge } from '../baseline/age.js';
import type { Baseline, BaselineInfo, Verdict } from '../model.js';

export interface BaselineContext {
  baseline: Baseline | null;
  info: BaselineInfo;
  requireBaseline: boolean;
  /** the time ages are measured at: the end of the run, so the gates stay pure */
  now: Date;
}

/** "81.2% @ abc1234, 2d ago" */
export function baselineLabel(value: string, context: BaselineContext): string {
  const provenance = context.baseline?.provenance ?? context.info.provenance;
  if (!provenance) return value;
  const age = (context.now.getTime() - Date.parse(provenance.createdAt)) / 1000;
  const when = formatAge(age);
  return `${value} @ ${provenance.commit.slice(0, 7)}, ${when === 'just now' ? when : `${when} ago`}`;
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
  fields: { subject?: string; value: string | null; threshold: string | null; what?: string },
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

export const formatPct = (pct: number): string => `${(Math.floor(pct * 10 + 1e-9) / 10).toFixed(1)}%`;
export const formatPoints = (points: number): string => `${points.toFixed(1)} pts`;
