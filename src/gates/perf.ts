/**
 * The `perf` gate: one verdict per scenario and metric that has a limit. Relative limits go through
 * the noise-aware rule (perf-rule.ts); absolute limits compare the head value directly; thresholds
 * the load tool itself reported as failed (k6) fail as well.
 */
import type { GatesConfig } from '../config/schema.js';
import type { PerfLimit } from '../config/sections/gates.js';
import type { GateStatus, Quantity, Report, SuiteRun, Verdict } from '../model.js';
import { type BaselineContext, baselineFigure, noBaselineReason } from './context.js';
import { baseRunsOf, judgeRelative, type RelativeJudgement, runOf } from './perf-rule.js';
import { median } from './stats.js';
import { pushAll } from '../util/arrays.js';
import { perfSeriesKey } from '../util/series.js';

interface HeadMetric {
  unit: string;
  biggerIsBetter: boolean;
  samples: number[];
}

const RANK: Record<GateStatus, number> = { skipped: 0, pass: 1, warn: 2, fail: 3 };

/** Head samples by series (suite and scenario) and metric, over every suite: a run's repeats, summarised by the rule. */
export function collectHeadPerf(suites: SuiteRun[]): Map<string, Map<string, HeadMetric>> {
  const scenarios = new Map<string, Map<string, HeadMetric>>();
  for (const suite of suites) {
    for (const scenario of suite.perf) {
      const key = perfSeriesKey(suite.name, scenario.name);
      let metrics = scenarios.get(key);
      if (!metrics) scenarios.set(key, (metrics = new Map()));
      for (const [name, metric] of Object.entries(scenario.metrics)) {
        const samples = (metric.samples && metric.samples.length > 0 ? metric.samples : [metric.value]).filter(Number.isFinite);
        const known = metrics.get(name);
        if (known) pushAll(known.samples, samples);
        else metrics.set(name, { unit: metric.unit, biggerIsBetter: metric.biggerIsBetter, samples });
      }
    }
  }
  return scenarios;
}

/** A limit's value in the metric's own unit. */
function inMetricUnit(limit: Extract<PerfLimit, { kind: 'absolute' }>, unit: string): number {
  const normalised = unit.toLowerCase();
  if (limit.unit === 'ms') {
    if (normalised === 's') return limit.value / 1000;
    if (normalised === 'us' || normalised === 'µs') return limit.value * 1000;
    return limit.value;
  }
  // rates in the model are fractions (error_rate 0.01); a metric reported in % keeps percentage points
  if (limit.unit === '%') return normalised === '%' ? limit.value : limit.value / 100;
  return limit.value;
}

function floorInMetricUnit(floorSeconds: number, unit: string): number {
  const normalised = unit.toLowerCase();
  if (normalised === 'ms') return floorSeconds * 1000;
  if (normalised === 's') return floorSeconds;
  if (normalised === 'us' || normalised === 'µs') return floorSeconds * 1e6;
  return 0;
}

/** A metric value as a verdict's quantity, in the metric's own unit (render/ formats it) */
const measured = (value: number, unit: string): Quantity => ({ value, unit });

export interface PerfGateResult {
  verdicts: Verdict[];
  rows: Report['perf'];
}

export function perfGate(suites: SuiteRun[], config: GatesConfig['perf'], context: BaselineContext): PerfGateResult {
  const verdicts: Verdict[] = [];
  const rows: Report['perf'] = [];
  for (const suite of suites)
    for (const scenario of suite.perf)
      for (const failed of scenario.failedThresholds ?? [])
        verdicts.push({
          gate: 'perf',
          subject: `${perfSeriesKey(suite.name, scenario.name)}/${failed}`,
          status: 'fail',
          value: null,
          baseline: null,
          threshold: { text: failed },
          reason: `the load tool reported threshold "${failed}" as failed`,
          rule: 'tool-threshold',
        });

  // config.gates.perf.scenarios may name a series ("load › checkout") or just the scenario ("checkout")
  const plainName = new Map<string, string>();
  for (const suite of suites) for (const scenario of suite.perf) plainName.set(perfSeriesKey(suite.name, scenario.name), scenario.name);
  for (const [scenario, metrics] of collectHeadPerf(suites)) {
    for (const [metric, head] of metrics) {
      if (head.samples.length === 0) continue;
      const limits =
        config.scenarios[scenario]?.[metric] ??
        config.scenarios[plainName.get(scenario) ?? scenario]?.[metric] ??
        config.limits[metric] ??
        [];
      if (limits.length === 0) continue;
      const baseSeries = context.baseline?.perf[scenario]?.[metric];
      const baseRuns = baseSeries && baseSeries.unit === head.unit ? baseRunsOf(baseSeries) : [];
      const baseSamples = baseRuns.map((run) => run.value);
      // the head is one run: its repeats give its value (robustly) and its spread, not independent samples
      const headValue = runOf(head.samples).value;
      const subject = `${scenario}/${metric}`;
      let worst: Verdict | undefined;
      let change: number | null = null;
      let baseValue: number | null = baseSamples.length > 0 ? median(baseSamples) : null;
      let judgement: RelativeJudgement | undefined;
      for (const limit of limits) {
        let verdict: Verdict;
        if (limit.kind === 'absolute') {
          const bound = inMetricUnit(limit, head.unit);
          const op = limit.op ?? (head.biggerIsBetter ? '>=' : '<=');
          const ok =
            op === '<' ? headValue < bound : op === '<=' ? headValue <= bound : op === '>' ? headValue > bound : headValue >= bound;
          verdict = {
            gate: 'perf',
            subject,
            status: ok ? 'pass' : 'fail',
            value: measured(headValue, head.unit),
            baseline: baseValue === null ? null : baselineFigure(measured(baseValue, head.unit), context),
            threshold: { limits: [{ op, value: measured(bound, head.unit) }] },
            reason: ok ? `within the absolute limit ${limit.text}` : `breaks the absolute limit ${limit.text}`,
            rule: 'absolute',
          };
        } else if (baseSamples.length === 0) {
          const missing = !context.baseline || context.info.status !== 'ok';
          verdict = {
            gate: 'perf',
            subject,
            status: missing && context.requireBaseline ? 'fail' : 'skipped',
            value: measured(headValue, head.unit),
            baseline: null,
            threshold: { change: head.biggerIsBetter ? -limit.change : limit.change },
            reason: missing
              ? `${noBaselineReason(context)}${context.requireBaseline ? ' (require-baseline is set)' : ''}`
              : 'no baseline samples for this metric yet',
            rule: 'no-baseline',
          };
        } else {
          const judged = judgeRelative({
            base: baseRuns,
            head: head.samples,
            limit: limit.change,
            biggerIsBetter: head.biggerIsBetter,
            floor: floorInMetricUnit(config.floor, head.unit),
            falseFailureRate: config['false-failure-rate'] / 100,
          });
          judgement = judged;
          baseValue = judged.base;
          // The report's Change column sits beside Base and Head, so it is the value's own change,
          // not the worsening the rule judged (which is positive when a throughput falls).
          change = judged.base === null || judged.base === 0 ? null : (judged.head - judged.base) / Math.abs(judged.base);
          verdict = {
            gate: 'perf',
            subject,
            status: judged.status,
            value: measured(headValue, head.unit),
            baseline: judged.base === null ? null : baselineFigure(measured(judged.base, head.unit), context),
            threshold: { change: head.biggerIsBetter ? -limit.change : limit.change },
            reason: head.samples.length > 1 ? `${judged.reason} (head: ${head.samples.length} repeats in one run)` : judged.reason,
            rule: judged.rule,
          };
        }
        if (!worst || RANK[verdict.status] > RANK[worst.status]) worst = verdict;
      }
      if (!worst) continue;
      verdicts.push(worst);
      rows.push({
        scenario,
        metric,
        unit: head.unit,
        base: baseValue,
        head: headValue,
        change,
        status: worst.status,
        ...(worst.rule ? { rule: worst.rule } : {}),
        ...(judgement ? { detectable: judgement.detectable, runs: judgement.runs } : {}),
        ...(judgement?.step ? { step: judgement.step } : {}),
      });
    }
  }
  return { verdicts, rows };
}
