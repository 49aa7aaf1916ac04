/**
 * `gates:` — thresholds of the quality gates. Each gate takes a warn level and a fail level;
 * defaults follow the runbook (pass rate warn < 95 %, fail < 90 %; budgets warn > 100 %, fail > 150 %;
 * perf p50 +10 %, p95 +15 %, p99 +20 %, throughput −5 %).
 */
import { z } from 'zod';
import { duration, percent, relative } from '../types.js';

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
] as const;
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

/** A perf limit: relative to the baseline ("+15%") or absolute ("< 500ms", "< 1%", a number). */
const perfLimit = z.union([z.string(), z.number()]);

const perfLimits = z.record(z.string(), perfLimit);

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
        min: percent().default(80).meta({ description: 'Minimum total line coverage, %.' }),
        warn: percent().optional().meta({ description: 'Warn below this line coverage, % (default min + 5, capped at 100).' }),
        'branches-min': percent().optional(),
        'max-drop': z.number().min(0).max(100).optional().meta({ description: 'Largest allowed drop against the baseline, in points.' }),
        'patch-min': percent().optional().meta({ description: 'Minimum coverage of changed coverable lines, %.' }),
        'patch-warn': percent().optional(),
      })
      .default({ min: 80 }),
    perf: z
      .strictObject({
        relative: z.record(z.string(), relative()).optional(),
        absolute: perfLimits.optional(),
        floor: duration()
          .optional()
          .meta({ description: 'Absolute noise floor for latency changes with few baseline samples (default 2ms).' }),
        scenarios: z.record(z.string(), perfLimits).optional(),
      })
      .catchall(perfLimit)
      .default({}),
    security: z
      .strictObject({
        'fail-on-severity': z.enum(SEVERITIES).default('high'),
        'adversarial-max-failure-rate': percent().default(15),
      })
      .default({ 'fail-on-severity': 'high', 'adversarial-max-failure-rate': 15 }),
    flakiness: z
      .strictObject({
        budget: percent().default(5).meta({ description: 'Largest share of tests with flaky evidence in one run, %.' }),
        warn: percent().optional(),
      })
      .default({ budget: 5 }),
    'pass-rate': z.strictObject({ warn: percent().default(95), fail: percent().default(90) }).default({ warn: 95, fail: 90 }),
    duration: z
      .strictObject({
        warn: percent().default(100).meta({ description: 'Warn when a suite takes more than this share of its budget, %.' }),
        fail: z.number().min(0).default(150).meta({ description: 'Fail past this share of the budget, % (may exceed 100).' }),
        total: relative().optional().meta({ description: 'Allowed growth of the total run time against the baseline, e.g. "+20%".' }),
      })
      .default({ warn: 100, fail: 150 }),
  })
  .default({
    'fail-on': 'all',
    'require-baseline': false,
    coverage: { min: 80 },
    perf: {},
    security: { 'fail-on-severity': 'high', 'adversarial-max-failure-rate': 15 },
    flakiness: { budget: 5 },
    'pass-rate': { warn: 95, fail: 90 },
    duration: { warn: 100, fail: 150 },
  });

export type GatesConfig = z.output<typeof gatesSchema>;
