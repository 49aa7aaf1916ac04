/**
 * `gates:` — thresholds of the quality gates. Each gate takes a warn level and a fail level;
 * defaults follow the runbook (pass rate warn < 95 %, fail < 90 %; budgets warn > 100 %, fail > 150 %;
 * perf p50 +10 %, p95 +15 %, p99 +20 %, throughput −5 %).
 *
 * Perf limits are written as text and parsed here, so that a bad one is a config error naming its
 * field: "+15%" (relative to the baseline), "< 500ms", "<= 2s", "< 1%", "> 200" (absolute), a bare
 * number (an absolute ceiling, or a floor for metrics where bigger is better), or `false` (no limit).
 */
import { z } from 'zod';
import { duration, percent, relative } from '../types.js';
import { parseDuration } from '../units.js';
import { resilienceGateSchema } from './resilience.js';

export const GATE_NAMES = [
  'tests',
  'coverage',
  'patch-coverage',
  'perf',
  'security',
  'flakiness',
  'pass-rate',
  'duration',
  'baseline',
  'resilience',
  'level',
] as const;
export type GateName = (typeof GATE_NAMES)[number];
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

/** Canonical perf metric names (see PerfMetric in src/model.ts); others go under `custom`. */

export type PerfLimit =
  /** `change`: the allowed worsening as a fraction (0.15 for "+15%"), whatever sign was written */
  | { kind: 'relative'; change: number; text: string }
  /**
   * `op` absent: a bare number, a ceiling or a floor depending on the metric's direction.
   * `unit`: 'ms' for durations (converted to milliseconds), '%' for percentages, '' for a plain number.
   */
  | { kind: 'absolute'; op?: '<' | '<=' | '>' | '>='; value: number; unit: 'ms' | '%' | ''; text: string };

export const DEFAULT_PERF_LIMITS: Record<string, PerfLimit[]> = {
  p50: [{ kind: 'relative', change: 0.1, text: '+10%' }],
  p95: [{ kind: 'relative', change: 0.15, text: '+15%' }],
  p99: [{ kind: 'relative', change: 0.2, text: '+20%' }],
  throughput: [{ kind: 'relative', change: 0.05, text: '-5%' }],
};

const LIMIT_HINT = 'expected a limit like "+15%", "< 500ms", "< 1%", a non-negative number, or false';
const ABSOLUTE = /^(<=|>=|<|>)?\s*(\d+(?:\.\d+)?)\s*([a-z%]*)$/i;

/** One limit from its written form; a string describing what is wrong when it is invalid. */
export function parsePerfLimit(input: string | number): PerfLimit | string {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return `${LIMIT_HINT} (limits cannot be negative)`;
    return { kind: 'absolute', value: input, unit: '', text: String(input) };
  }
  const text = input.trim();
  const signed = /^([+-])\s*(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (signed) {
    const magnitude = Number(signed[2]);
    if (signed[1] === '-' && magnitude > 100) return 'expected a relative decrease of at most 100% (e.g. "-5%")';
    return { kind: 'relative', change: magnitude / 100, text };
  }
  if (/^(<=|>=|<|>)?\s*-/.test(text)) return `${LIMIT_HINT} (limits cannot be negative)`;
  const absolute = ABSOLUTE.exec(text);
  if (!absolute) return LIMIT_HINT;
  const op = absolute[1] as '<' | '<=' | '>' | '>=' | undefined;
  const amount = Number(absolute[2]);
  const unit = absolute[3].toLowerCase();
  const base = op ? { kind: 'absolute' as const, op, text } : { kind: 'absolute' as const, text };
  if (unit === '') return { ...base, value: amount, unit: '' };
  if (unit === '%') {
    if (amount > 100) return 'expected a percentage from 0 to 100 (e.g. "< 1%")';
    return { ...base, value: amount, unit: '%' };
  }
  const seconds = parseDuration(`${absolute[2]}${unit}`);
  if (seconds === undefined) return `expected a unit of ms, s, m or % after the number (e.g. "< 500ms"), not "${absolute[3]}"`;
  return { ...base, value: seconds * 1000, unit: 'ms' };
}

/** What a metric measures, so that an absolute limit in the wrong unit is refused instead of never (or always) holding. */
type MetricKind = 'time' | 'rate' | 'throughput' | 'any';

/** Why an absolute limit cannot apply to this kind of metric, or undefined when it can. */
function unitMismatch(limit: PerfLimit, kind: MetricKind): string | undefined {
  if (limit.kind !== 'absolute') return undefined;
  if (kind === 'time' && limit.unit === '%')
    return 'expected a change against the baseline like "+15%" or a time like "< 500ms" (a percentage without a sign is not a latency)';
  if (kind === 'rate' && limit.unit === 'ms') return 'expected a share like "< 1%" or a change like "+50%", not a time';
  if (kind === 'throughput' && limit.unit !== '')
    return 'expected a change like "-5%" or a rate per second like "> 200", not a time or a percentage';
  return undefined;
}

/** A metric's limits: one limit, a list of them, or false for none. Normalised to a list. */
const perfLimitField = (kind: MetricKind = 'any') =>
  z
    .union([z.literal(false), z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
    .superRefine((value, ctx) => {
      if (value === false) return;
      const list = Array.isArray(value) ? value : [value];
      for (const [index, item] of list.entries()) {
        const parsed = parsePerfLimit(item);
        const problem = typeof parsed === 'string' ? parsed : unitMismatch(parsed, kind);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: Array.isArray(value) ? [index] : [] });
      }
    })
    .transform((value) =>
      value === false ? [] : (Array.isArray(value) ? value : [value]).map((item) => parsePerfLimit(item) as PerfLimit),
    )
    .meta({ description: 'A perf limit: "+15%" (against the baseline), "< 500ms", "< 1%", a number, a list of these, or false.' });

const METRIC_DESCRIPTIONS: Record<string, string> = {
  p50: 'Median latency (default "+10%").',
  p90: '90th percentile latency.',
  p95: '95th percentile latency (default "+15%").',
  p99: '99th percentile latency (default "+20%").',
  avg: 'Mean latency.',
  min: 'Minimum latency.',
  max: 'Maximum latency.',
  throughput: 'Requests or iterations per second; bigger is better (default "-5%").',
  'error-rate': 'Share of failed requests, e.g. "< 1%".',
};

/** The metric fields, spelled out so that an unknown metric name is an "unknown field" error with a suggestion. */
const metricFields = () => {
  const optionalLimit = (description: string, kind: MetricKind) => perfLimitField(kind).optional().meta({ description });
  return {
    p50: optionalLimit(METRIC_DESCRIPTIONS.p50, 'time'),
    p90: optionalLimit(METRIC_DESCRIPTIONS.p90, 'time'),
    p95: optionalLimit(METRIC_DESCRIPTIONS.p95, 'time'),
    p99: optionalLimit(METRIC_DESCRIPTIONS.p99, 'time'),
    avg: optionalLimit(METRIC_DESCRIPTIONS.avg, 'time'),
    min: optionalLimit(METRIC_DESCRIPTIONS.min, 'time'),
    max: optionalLimit(METRIC_DESCRIPTIONS.max, 'time'),
    throughput: optionalLimit(METRIC_DESCRIPTIONS.throughput, 'throughput'),
    'error-rate': optionalLimit(METRIC_DESCRIPTIONS['error-rate'], 'rate'),
    error_rate: optionalLimit('Same as error-rate.', 'rate'),
    custom: z
      .record(z.string().min(1), perfLimitField())
      .optional()
      .meta({ description: 'Limits of metrics with other names (a cost, a custom counter), by metric name.' }),
  };
};

type RawMetricLimits = Record<string, PerfLimit[] | Record<string, PerfLimit[]> | undefined>;

/** Metric name → limits, with error-rate spelt as in the model and custom metrics flattened in. */
function flattenMetrics(raw: RawMetricLimits): Record<string, PerfLimit[]> {
  const out: Record<string, PerfLimit[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || key === 'custom' || key === 'floor' || key === 'false-failure-rate' || key === 'scenarios') continue;
    out[key === 'error-rate' ? 'error_rate' : key] = value as PerfLimit[];
  }
  for (const [name, limits] of Object.entries((raw.custom ?? {}) as Record<string, PerfLimit[]>)) out[name] = limits;
  return out;
}

const perfSchema = z
  .strictObject({
    floor: duration()
      .default(0.002)
      .meta({ description: 'With fewer than 3 baseline runs, latency changes below this never fail (default 2ms).' }),
    'false-failure-rate': z
      .number()
      .gt(0)
      .max(20)
      .default(5)
      .meta({ description: 'How often a relative limit may fail an unchanged metric by chance, % per metric (default 5).' }),
    scenarios: z
      .record(z.string().min(1), z.strictObject(metricFields()))
      .optional()
      .meta({ description: 'Limits for one scenario, by scenario name; they replace the limits above for the metrics they name.' }),
    ...metricFields(),
  })
  .transform((raw) => ({
    floor: raw.floor,
    'false-failure-rate': raw['false-failure-rate'],
    /** the defaults, replaced metric by metric by the top-level limits */
    limits: { ...DEFAULT_PERF_LIMITS, ...flattenMetrics(raw as unknown as RawMetricLimits) },
    scenarios: Object.fromEntries(
      Object.entries(raw.scenarios ?? {}).map(([name, metrics]) => [name, flattenMetrics(metrics as RawMetricLimits)]),
    ),
  }));

export type PerfGateConfig = z.output<typeof perfSchema>;

export const gatesSchema = z
  .strictObject({
    'fail-on': z
      .union([z.literal('all'), z.array(z.enum(GATE_NAMES))])
      .default('all')
      .meta({ description: 'Which gates can fail the job: "all" (default) or a list of gate names.' }),
    'require-baseline': z
      .boolean()
      .default(false)
      .meta({ description: 'Fail (instead of skip) gates that need a baseline when none is available.' }),
    coverage: z
      .strictObject({
        min: percent().default(80).meta({ description: 'Fail below this total line coverage, % (default 80).' }),
        warn: percent().optional().meta({ description: 'Warn below this line coverage, % (default min + 5, capped at 100).' }),
        'branches-min': percent().optional().meta({ description: 'Fail below this total branch coverage, %.' }),
        'branches-warn': percent().optional().meta({ description: 'Warn below this branch coverage, % (default branches-min).' }),
        'max-drop': z
          .number()
          .min(0)
          .max(100)
          .optional()
          .meta({ description: 'Fail when line coverage drops by more than this against the baseline, in points.' }),
        'max-drop-warn': z
          .number()
          .min(0)
          .max(100)
          .optional()
          .meta({ description: 'Warn when line coverage drops by more than this, in points (default: any drop over half of max-drop).' }),
        'patch-min': percent()
          .optional()
          .meta({ description: 'Fail below this coverage of changed coverable lines, % (default: the same as min).' }),
        'patch-warn': percent().optional().meta({ description: 'Warn below this patch coverage, % (default patch-min).' }),
      })
      .superRefine((coverage, ctx) => {
        if (coverage.warn !== undefined && coverage.warn < coverage.min)
          ctx.addIssue({ code: 'custom', path: ['warn'], message: `expected at least min (${coverage.min})` });
        const patchMin = coverage['patch-min'] ?? coverage.min;
        if (coverage['patch-warn'] !== undefined && coverage['patch-warn'] < patchMin)
          ctx.addIssue({ code: 'custom', path: ['patch-warn'], message: `expected at least patch-min (${patchMin})` });
        const branchesMin = coverage['branches-min'];
        if (coverage['branches-warn'] !== undefined && branchesMin !== undefined && coverage['branches-warn'] < branchesMin)
          ctx.addIssue({ code: 'custom', path: ['branches-warn'], message: `expected at least branches-min (${branchesMin})` });
        const maxDrop = coverage['max-drop'];
        if (coverage['max-drop-warn'] !== undefined && maxDrop !== undefined && coverage['max-drop-warn'] > maxDrop)
          ctx.addIssue({ code: 'custom', path: ['max-drop-warn'], message: `expected at most max-drop (${maxDrop})` });
      })
      .default({ min: 80 }),
    perf: perfSchema.prefault({}).meta({
      description: 'Perf limits by metric (p50 p90 p95 p99 avg min max throughput error-rate, others under custom), and per scenario.',
    }),
    security: z
      .strictObject({
        'fail-on-severity': z
          .enum(SEVERITIES)
          .default('high')
          .meta({ description: 'New findings at or above this severity fail (default high).' }),
        'adversarial-max-failure-rate': percent()
          .default(15)
          .meta({ description: 'Adversarial suites fail the gate above this share of failed tests, % (default 15).' }),
      })
      .default({ 'fail-on-severity': 'high', 'adversarial-max-failure-rate': 15 }),
    flakiness: z
      .strictObject({
        budget: percent().default(5).meta({ description: 'Fail when more than this share of tests shows flaky evidence in one run, %.' }),
        warn: percent().optional().meta({ description: 'Warn above this share, % (default half the budget).' }),
      })
      .superRefine((flakiness, ctx) => {
        if (flakiness.warn !== undefined && flakiness.warn > flakiness.budget)
          ctx.addIssue({ code: 'custom', path: ['warn'], message: `expected at most budget (${flakiness.budget})` });
      })
      .default({ budget: 5 }),
    'pass-rate': z
      .strictObject({
        warn: percent().default(95).meta({ description: 'Warn below this share of passed tests, % (default 95).' }),
        fail: percent().default(90).meta({ description: 'Fail below this share of passed tests, % (default 90).' }),
      })
      .superRefine((passRate, ctx) => {
        if (passRate.warn < passRate.fail)
          ctx.addIssue({ code: 'custom', path: ['warn'], message: `expected at least fail (${passRate.fail})` });
      })
      .default({ warn: 95, fail: 90 }),
    duration: z
      .strictObject({
        warn: z.number().min(0).default(100).meta({ description: 'Warn when a suite takes more than this share of its budget, %.' }),
        fail: z.number().min(0).default(150).meta({ description: 'Fail past this share of the budget, % (may exceed 100).' }),
        'total-warn': relative()
          .prefault('+25%')
          .meta({ description: 'Warn when the total run time grows more than this against the baseline (default "+25%").' }),
        'total-fail': relative()
          .optional()
          .meta({ description: 'Fail when the total run time grows more than this against the baseline (default: never).' }),
      })
      .superRefine((durations, ctx) => {
        if (durations.fail < durations.warn)
          ctx.addIssue({ code: 'custom', path: ['fail'], message: `expected at least warn (${durations.warn})` });
        for (const key of ['total-warn', 'total-fail'] as const) {
          const value = durations[key];
          if (value !== undefined && value < 0)
            ctx.addIssue({ code: 'custom', path: [key], message: 'expected an allowed growth like "+25%" (not a decrease)' });
        }
      })
      .prefault({}),
    resilience: resilienceGateSchema.meta({
      description: 'Chaos suites: pass rate and recovery time of killed services; GOLDEN cassettes: stale ones.',
    }),
  })
  // prefault: the empty mapping goes through the schema, so every default above (and the perf transform) applies
  .prefault({});

export type GatesConfig = z.output<typeof gatesSchema>;
