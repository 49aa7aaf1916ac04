/**
 * One suite of `suites:`: what to run, when it is selected, how it runs, what it produces.
 * Selection fields are read by src/impact, run fields by src/runner, reports by src/ingest.
 */
import { z } from 'zod';
import { readinessProblem } from '../../runner/readiness.js';
import { rerunProblem } from '../../runner/rerun.js';
import { byteSize, duration, globs, nonNegativeInt } from '../types.js';
import { levelPolicySchema } from './level-policy.js';
import { cassettesSchema, chaosSchema, faultSchema } from './resilience.js';

export const TEST_MODES = ['MOCK', 'GOLDEN', 'LIVE_SMOKE'] as const;
export const SUITE_LEVELS = [
  'smoke',
  'unit',
  'integration',
  'e2e',
  'performance',
  'security',
  'adversarial',
  'chaos',
  'contract',
  'other',
] as const;
export const TEST_FORMATS = ['auto', 'junit', 'ctrf'] as const;
export const COVERAGE_FORMATS = ['auto', 'lcov', 'cobertura', 'jacoco', 'istanbul-summary', 'istanbul-final', 'go'] as const;
export const PERF_FORMATS = ['auto', 'k6', 'k6-summary-export', 'k6-handle-summary', 'locust', 'autocannon', 'benchmark'] as const;
export const SECURITY_FORMATS = ['auto', 'sarif', 'npm-audit'] as const;

const reportEntry = <T extends readonly [string, ...string[]]>(formats: T) =>
  z.union([
    z.string().min(1),
    z.strictObject({
      path: globs().meta({ description: 'Glob(s) of the report files, relative to the repository root.' }),
      format: z.enum(formats).default('auto' as T[number]),
    }),
  ]);

/** A report declaration: a glob, a list of globs, or {path, format}; normalised to a list of {path, format}. */
const reportList = <T extends readonly [string, ...string[]]>(formats: T) =>
  z
    .union([reportEntry(formats), z.array(reportEntry(formats))])
    .transform((value) =>
      (Array.isArray(value) ? value : [value]).flatMap((entry) =>
        typeof entry === 'string'
          ? [{ path: [entry], format: 'auto' as T[number] }]
          : [{ path: entry.path as string[], format: entry.format as T[number] }],
      ),
    );

export const serviceSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'Name shown in logs and the report.' }),
  command: z.string().min(1).meta({ description: 'Shell command that starts the service; it runs in its own process group.' }),
  ready: z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      const problem = readinessProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional()
    .meta({ description: 'Readiness check: an http(s):// URL answering 2xx, tcp://host:port, or a shell command exiting 0.' }),
  timeout: duration().default(60).meta({ description: 'How long to wait for readiness (default 60s).' }),
  'working-directory': z.string().optional(),
  env: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({}),
  faults: z
    .array(faultSchema)
    .default([])
    .meta({ description: 'Faults injected while the suite runs: kill, pause, or a TCP fault proxy (docs/resilience.md).' }),
});

export const suiteSchema = z.strictObject({
  command: z.string().min(1).meta({ description: 'Shell command that runs the suite.' }),
  'working-directory': z.string().optional().meta({ description: 'Directory to run in, relative to the repository root.' }),
  description: z.string().optional(),
  level: z
    .enum(SUITE_LEVELS)
    .optional()
    .meta({ description: 'What kind of suite this is; its failures are judged by the level policy (levels:).' }),
  // selection
  paths: globs().optional().meta({ description: 'minimatch globs of files whose change selects this suite; "!glob" excludes.' }),
  always: z.boolean().default(false).meta({ description: 'Run on every change.' }),
  needs: z.array(z.string()).default([]).meta({ description: 'Suites this one depends on: selecting this suite selects them too.' }),
  impact: z
    .enum(['paths', 'imports'])
    .default('paths')
    .meta({ description: '"imports": select test files that transitively import a changed file (JS/TS, and Python as pytest loads it).' }),
  tests: globs().optional().meta({ description: "With impact: imports (and for sharding): globs of this suite's test files." }),
  'files-arg': z
    .string()
    .optional()
    .meta({ description: 'Command template that runs only some test files, with {files} (shell-quoted), e.g. "npx vitest run {files}".' }),
  // running
  mode: z.enum(TEST_MODES).optional().meta({ description: 'TEST_MODE for this suite (default: the top-level mode).' }),
  env: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({}),
  services: z.array(serviceSchema).default([]),
  chaos: chaosSchema
    .optional()
    .meta({ description: 'CHAOS_* variables for this suite (level: chaos suites get CHAOS_ENABLED=true by default).' }),
  cassettes: cassettesSchema.optional(),
  timeout: duration().optional().meta({
    description: 'Kill the whole process group of one attempt after this long (default: the top-level timeout); reported as a timeout.',
  }),
  retries: nonNegativeInt().optional().meta({
    description: 'Run again up to N times after an attempt with failed tests or a non-zero exit (default: the top-level retries).',
  }),
  rerun: z
    .string()
    .superRefine((value, ctx) => {
      const problem = rerunProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional()
    .meta({
      description:
        'Rerun only the failed tests: a preset (pytest, vitest, jest, node, mocha, playwright, go, maven, gradle) whose selectors follow the command, or a template with {pytest-ids}, {name-regex}, {files}, {go-run}, {go-packages}, {maven-tests}, {gradle-tests} or {tests} (see docs/runner.md).',
    }),
  repeat: z.number().int().min(1).default(1).meta({
    description: 'Run N times with the same seed as a determinism check; tests whose outcome differs are marked non-deterministic.',
  }),
  outputs: globs().optional().meta({
    description:
      'With repeat: files the suite writes that must be byte-for-byte the same in every repeat (globs, relative to the repository root).',
  }),
  'log-limit': byteSize().optional().meta({
    description: "Bytes of this suite's output shown in the log (default: the top-level log-limit); the whole output is kept in a file.",
  }),
  budget: duration().optional().meta({ description: 'Duration SLA: warn past 100%, fail past 150% (see gates.duration).' }),
  policy: levelPolicySchema
    .optional()
    .meta({ description: "Overrides of this suite's level policy (levels:), e.g. {max-failure-rate: 20%}." }),
  reports: z
    .strictObject({
      junit: reportList(TEST_FORMATS).optional().meta({ description: 'Test result files (JUnit XML or CTRF JSON).' }),
      tests: reportList(TEST_FORMATS).optional().meta({ description: 'Alias of junit.' }),
      coverage: reportList(COVERAGE_FORMATS).optional(),
      perf: reportList(PERF_FORMATS).optional(),
      security: reportList(SECURITY_FORMATS).optional(),
    })
    .default({}),
});

export type SuiteConfig = z.output<typeof suiteSchema>;
export type ServiceConfig = z.output<typeof serviceSchema>;
