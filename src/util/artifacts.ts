/**
 * The files the report step reads back from other jobs (a shard's plan.json and runs.json, from
 * uploaded artifacts) are untrusted: each is validated with zod before use, and a problem is one
 * line naming the file and the field (exit 2). What is checked is what the report reads; keys this
 * version does not know are kept as they are (a newer shard may write more).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { formatPath } from '../config/errors.js';
import { InputError } from '../errors.js';
import type { Plan, RunsFile } from '../model.js';

/** problems listed before "… and N more" */
export const MAX_PROBLEMS = 10;

const num = z.number();
const str = z.string();
const count = num.int().nonnegative();
const seconds = num.nonnegative();
const TEST_STATUS = z.enum(['passed', 'failed', 'errored', 'skipped']);
const SUITE_STATUS = z.enum(['passed', 'failed', 'timeout', 'errored', 'skipped', 'cancelled']);

const problem = z.looseObject({ kind: str, message: str, suite: str.optional(), file: str.optional(), line: num.optional() });

/** One TestCase of a runs.json (src/util/runs-read.ts validates a streamed file's tests one by one with it) */
export const testCaseSchema = z.looseObject({
  id: str,
  suite: str,
  name: str,
  file: str.optional(),
  line: num.optional(),
  classname: str.optional(),
  status: TEST_STATUS,
  attempts: z.array(z.looseObject({ status: TEST_STATUS, duration: seconds, message: str.optional(), stack: str.optional() })),
  flaky: z.boolean(),
  duration: seconds,
});

/** A TestTotals (runs.json, the history records) */
export const testTotalsSchema = z.object({
  tests: count,
  passed: count,
  failed: count,
  errored: count,
  skipped: count,
  flaky: count,
  attempts: count,
  duration: seconds,
});

/** A SuiteRun of a runs.json */
export const suiteRunSchema = z.looseObject({
  name: str,
  selected: z.boolean(),
  reasons: z.array(str),
  mode: str,
  seed: str,
  command: str,
  status: SUITE_STATUS,
  exitCode: num.int().nullable(),
  duration: seconds,
  budget: seconds.optional(),
  attempts: z.array(z.looseObject({})),
  services: z.array(z.looseObject({ name: str })),
  tests: z.array(testCaseSchema),
  totals: testTotalsSchema,
  perf: z.array(
    z.looseObject({ name: str, metrics: z.record(str, z.looseObject({ value: num, unit: str, biggerIsBetter: z.boolean() })) }),
  ),
  security: z.array(z.looseObject({ fingerprint: str, severity: z.enum(['critical', 'high', 'medium', 'low', 'info']) })),
  coverage: z.looseObject({ files: z.array(z.looseObject({ path: str })) }).optional(),
  problems: z.array(problem),
});

const isoTime = str.refine((text) => Number.isFinite(Date.parse(text)), 'expected an ISO date-time');

export const runsFileSchema = z.looseObject({
  version: z.literal(1),
  startedAt: isoTime,
  finishedAt: isoTime,
  cancelled: z.boolean(),
  seed: str,
  suites: z.array(suiteRunSchema),
});

const suitePlan = z.looseObject({
  name: str,
  selected: z.boolean(),
  reasons: z.array(str),
  files: z.array(str).optional(),
  testFiles: count.optional(),
  estimatedDuration: seconds.optional(),
});

export const planFileSchema = z.looseObject({
  version: z.literal(1),
  createdAt: str,
  configPath: str,
  event: z.looseObject({}),
  changedFiles: z.array(z.looseObject({ path: str, status: str })).nullable(),
  full: z.boolean(),
  mergeBase: str.optional(),
  suites: z.array(suitePlan),
  seed: str,
  problems: z.array(problem),
});

export function readArtifact(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`${path}: ${what} not found`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: ${what} is not valid JSON (${(error as Error).message})`);
  }
}

function validated<T>(schema: z.ZodType, value: unknown, path: string, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data as T;
  const issues = result.error.issues;
  const lines = issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => `${path}: ${what}: ${issue.path.length ? formatPath(issue.path) : 'the top level'}: ${issue.message}`);
  if (issues.length > MAX_PROBLEMS) lines.push(`${path}: ${what}: … and ${issues.length - MAX_PROBLEMS} more problems`);
  throw new InputError(lines.join('\n'));
}

/** runs.json's content, validated (InputError, one line per problem naming the file and the field). */
export const checkRuns = (value: unknown, path: string, what = 'runs.json'): RunsFile =>
  validated<RunsFile>(runsFileSchema, value, path, what);

/** plan.json's content, validated (InputError, one line per problem naming the file and the field). */
export const checkPlan = (value: unknown, path: string, what = 'plan.json'): Plan => validated<Plan>(planFileSchema, value, path, what);

/** A plan.json another job wrote, read and validated. */
export const readPlanArtifact = (path: string, what = 'plan.json'): Plan => checkPlan(readArtifact(path, what), path, what);
