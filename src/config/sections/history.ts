/** `history:` — where the per-run history lives (docs/history.md) and `health:`, the health check's thresholds. */
import { z } from 'zod';
import { duration, percent } from '../types.js';

export const historySchema = z
  .strictObject({
    store: z.enum(['cache', 'branch']).default('cache').meta({
      description:
        'cache: the Actions cache only (evicted after 7 days unused). branch: also append each run’s record to a data branch of this repository (needs contents: write), and rebuild the baseline from it when the cache misses.',
    }),
    branch: z
      .string()
      .regex(/^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$/, 'expected a branch name of letters, digits, ".", "_", "/" or "-"')
      .default('testops-data')
      .meta({ description: 'The data branch (store: branch).' }),
    'pr-runs': z.boolean().default(false).meta({ description: 'Also record pull-request runs (default: default-branch runs only).' }),
    'keep-runs': z.number().int().min(1).default(50).meta({
      description:
        'Records kept whole (every test); older ones are compacted into monthly archives (failures, totals, coverage totals, perf).',
    }),
    retention: duration()
      .default(400 * 86400)
      .meta({ description: 'Archive months older than this are dropped (default 400d).' }),
  })
  .default({ store: 'cache', branch: 'testops-data', 'pr-runs': false, 'keep-runs': 50, retention: 400 * 86400 });

const band = (target: number, alert: number, what: string) =>
  z
    .strictObject({
      target: percent()
        .default(target)
        .meta({ description: `The ${what} aimed for, %.` }),
      alert: percent()
        .default(alert)
        .meta({ description: `Alert past this ${what}, %.` }),
    })
    .default({ target, alert });

export const healthSchema = z
  .strictObject({
    window: duration()
      .default(7 * 86400)
      .meta({ description: 'The period the health check looks at, compared with the one before it (default 7d).' }),
    'pass-rate': band(95, 90, 'share of runs in which every test passed (at least)'),
    'flaky-rate': band(2, 5, 'share of tests that flaked (at most)'),
    coverage: band(70, 65, 'line coverage (at least)'),
    sla: duration().optional().meta({ description: 'The time a whole run should take; without it each suite is held to its budget.' }),
    'time-alert': percent()
      .default(150)
      .meta({ description: 'Alert when the median run (or a suite) takes more than this share of its SLA (budget), %.' }),
    'slow-factor': z
      .number()
      .gt(1)
      .default(1.5)
      .meta({ description: 'A test is newly slow when its median duration grew by this factor from the window before.' }),
    label: z.string().min(1).default('testops-health').meta({ description: 'The label of the one health issue kept up to date.' }),
    issue: z.boolean().default(true).meta({ description: 'Keep the health issue; false writes the job summary only.' }),
  })
  .default({
    window: 7 * 86400,
    'pass-rate': { target: 95, alert: 90 },
    'flaky-rate': { target: 2, alert: 5 },
    coverage: { target: 70, alert: 65 },
    'time-alert': 150,
    'slow-factor': 1.5,
    label: 'testops-health',
    issue: true,
  });

export type HistoryConfig = z.output<typeof historySchema>;
export type HealthConfig = z.output<typeof healthSchema>;
