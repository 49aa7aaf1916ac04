/**
 * The perf window of the baseline: one entry per default-branch run (its value and spread from its
 * repeats), the last `limit` runs, and the step changes found in it for dashboards to mark.
 */
import { baseRunsOf, runOf, stepsOf } from '../gates/perf-rule.js';
import type { PerfMetric, PerfRunEntry, PerfSeries, Provenance } from '../model.js';

/** Steps remembered per series (they outlive the window, so a dashboard can still mark them). */
const MAX_STEPS = 10;

export function addPerfRun(
  known: PerfSeries | undefined,
  metric: PerfMetric,
  provenance: Provenance,
  limit: number,
): PerfSeries | undefined {
  const samples = (metric.samples && metric.samples.length > 0 ? metric.samples : [metric.value]).filter(Number.isFinite);
  const previous = known && known.unit === metric.unit ? known : undefined;
  if (samples.length === 0) return previous;
  const run = runOf(samples);
  const entry: PerfRunEntry = {
    value: run.value,
    ...(run.spread !== undefined ? { spread: run.spread } : {}),
    repeats: run.repeats,
    commit: provenance.commit,
    at: provenance.createdAt,
  };
  const older: PerfRunEntry[] = previous ? (previous.runs ?? baseRunsOf(previous)) : [];
  const runs = [...older, entry].slice(-limit);
  const steps = [...(previous?.steps ?? [])];
  const values = runs.map((item) => item.value);
  for (const index of stepsOf(values, metric.biggerIsBetter)) {
    const first = runs[index];
    if (steps.some((step) => step.commit !== undefined && step.commit === first.commit && step.at === first.at)) continue;
    const before = values.slice(0, index);
    const after = values.slice(index);
    const geometric = (list: number[]) => Math.exp(list.reduce((sum, value) => sum + Math.log(value), 0) / list.length);
    steps.push({
      ...(first.commit !== undefined ? { commit: first.commit } : {}),
      ...(first.at !== undefined ? { at: first.at } : {}),
      change: geometric(after) / geometric(before) - 1,
    });
  }
  return {
    unit: metric.unit,
    biggerIsBetter: metric.biggerIsBetter,
    samples: values,
    runs,
    ...(steps.length > 0 ? { steps: steps.slice(-MAX_STEPS) } : {}),
  };
}
