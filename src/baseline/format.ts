/**
 * The on-disk shape of the baseline directory: one JSON file, checked with zod on read so that a
 * damaged or foreign file is reported as corrupt (with the field at fault) instead of being trusted.
 */
import { z } from 'zod';

export const BASELINE_SCHEMA_VERSION = 1;
export const BASELINE_FILE = 'baseline.json';

const ratio = z.object({ covered: z.number(), total: z.number(), pct: z.number().nullable() });
const numbers = z.array(z.number());

const historyEntry = z.object({
  commit: z.string(),
  tree: z.string().optional(),
  scope: z.string().optional(),
  variant: z.string().optional(),
  runId: z.string().optional(),
  runAttempt: z.number().optional(),
  branch: z.string().optional(),
  at: z.string(),
  status: z.enum(['passed', 'failed', 'errored', 'skipped']),
  attempts: z.number(),
  failures: z.number(),
  infra: z.boolean().optional(),
  message: z.string().optional(),
});

export const baselineFileSchema = z.object({
  schemaVersion: z.literal(BASELINE_SCHEMA_VERSION),
  provenance: z.object({
    commit: z.string(),
    tree: z.string().optional(),
    scopes: z.record(z.string(), z.string()).optional(),
    branch: z.string(),
    runId: z.string().optional(),
    runAttempt: z.number().optional(),
    createdAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO 8601 time'),
    schemaVersion: z.number(),
  }),
  coverage: z
    .object({
      totals: z.object({ lines: ratio, branches: ratio, functions: ratio }),
      files: z.record(z.string(), z.object({ covered: z.number(), total: z.number() })),
    })
    .optional(),
  perf: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({
        unit: z.string(),
        biggerIsBetter: z.boolean(),
        samples: numbers,
        runs: z
          .array(
            z.object({
              value: z.number(),
              spread: z.number().optional(),
              repeats: z.number().int().min(1),
              commit: z.string().optional(),
              at: z.string().optional(),
            }),
          )
          .optional(),
        steps: z.array(z.object({ commit: z.string().optional(), at: z.string().optional(), change: z.number() })).optional(),
      }),
    ),
  ),
  tests: z.record(
    z.string(),
    z.object({
      suite: z.string(),
      name: z.string(),
      file: z.string().optional(),
      variant: z.string().optional(),
      history: z.array(historyEntry),
    }),
  ),
  suiteDurations: z.record(z.string(), numbers),
  fileDurations: z.record(z.string(), z.record(z.string(), numbers)).optional(),
  totalDurations: numbers,
  findings: z.array(z.string()),
});
