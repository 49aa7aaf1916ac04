/** The `baseline` verdict: where the comparison values came from, or plainly why there are none. */
import type { Verdict } from '../model.js';
import { type BaselineContext, baselineFigure } from './context.js';

export function baselineVerdict(context: BaselineContext): Verdict {
  if (context.info.status === 'ok' && context.baseline) {
    const provenance = context.baseline.provenance;
    return {
      gate: 'baseline',
      status: 'pass',
      value: { text: provenance.branch },
      baseline: baselineFigure({ text: provenance.branch }, context),
      threshold: null,
      reason: `baseline from ${provenance.branch} at ${provenance.commit.slice(0, 7)}${provenance.runId ? `, run ${provenance.runId}` : ''}${context.info.key ? ` (cache key ${context.info.key})` : ''}`,
    };
  }
  return {
    gate: 'baseline',
    status: context.requireBaseline ? 'fail' : 'skipped',
    value: { text: context.info.status },
    baseline: null,
    threshold: context.requireBaseline ? { text: 'required' } : null,
    reason: `${context.info.reason ?? `baseline ${context.info.status}`}${context.requireBaseline ? ' (require-baseline is set)' : ''}`,
  };
}
