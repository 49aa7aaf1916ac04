/**
 * The config file schema (.github/testops.yml). The single source of truth: validation,
 * defaults, TypeScript types and the generated testops.schema.json all come from here.
 */
import { z } from 'zod';
import { flakySchema } from './sections/flaky.js';
import { gatesSchema } from './sections/gates.js';
import { healthSchema, historySchema } from './sections/history.js';
import { levelsSchema } from './sections/levels.js';
import { globIssues, selectionFields } from './sections/selection.js';
import { TEST_MODES, suiteSchema } from './sections/suite.js';
import { byteSize, duration, nonNegativeInt } from './types.js';

/** Where testops.schema.json is published (its $id): editors read it from the config's yaml-language-server line. */
export const SCHEMA_URL = 'https://github.com/testops/testops/raw/main/testops.schema.json';

export const SUITE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** When the sticky comment is posted: the config's `comment.mode` and the action's `comment-mode` input. */
export const COMMENT_MODES = ['always', 'on-change', 'on-failure', 'off'] as const;
export const commentModeSchema = z.enum(COMMENT_MODES);
export type CommentMode = z.infer<typeof commentModeSchema>;

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).meta({ description: 'Config format version; always 1.' }),
    mode: z.enum(TEST_MODES).default('MOCK').meta({ description: 'Default TEST_MODE for every suite.' }),
    seed: z
      .union([z.string(), z.number()])
      .transform(String)
      .optional()
      .meta({ description: 'TEST_SEED for every suite; derived from the commit when unset.' }),
    timeout: duration().default(1800).meta({ description: 'Default suite timeout (default 30m).' }),
    retries: nonNegativeInt().default(2).meta({
      description:
        'Default retries for failed tests (only the failed tests where the runner allows it): a failure that passes on retry is the evidence of a flake.',
    }),
    'max-parallel': z.number().int().min(1).default(1).meta({ description: 'How many independent suites run at once.' }),
    'log-limit': byteSize()
      .default(10 * 1024 * 1024)
      .meta({ description: "Bytes of each suite's output shown in the log (default 10MB); the whole output is kept in a file." }),
    ...selectionFields,
    suites: z
      .record(z.string().regex(SUITE_NAME, 'expected a suite name of letters, digits, ".", "_" or "-"'), suiteSchema)
      .refine((suites) => Object.keys(suites).length > 0, 'expected at least one suite')
      .meta({ description: 'The test suites, by name.' }),
    gates: gatesSchema,
    levels: levelsSchema,
    flaky: flakySchema,
    baseline: z
      .strictObject({
        'max-age': duration()
          .default(30 * 86400)
          .meta({ description: 'A baseline older than this is treated as too old (default 30d).' }),
        'history-runs': z.number().int().min(1).default(50),
        'perf-samples': z
          .number()
          .int()
          .min(1)
          .default(20)
          .meta({ description: 'Default-branch runs kept in the perf and duration windows, however many repeats each had (default 20).' }),
      })
      .default({ 'max-age': 30 * 86400, 'history-runs': 50, 'perf-samples': 20 }),
    comment: z
      .strictObject({
        mode: commentModeSchema.default('always'),
      })
      .default({ mode: 'always' }),
    history: historySchema,
    health: healthSchema,
  })
  .superRefine((config, ctx) => {
    for (const issue of crossFieldIssues(config)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const stringList = (value: unknown): string[] | undefined =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

/**
 * Checks that span fields — every glob compiles, every `needs` names a suite — on parsed or raw
 * data alike, so `testops validate` can list them even when other fields are wrong too.
 */
export function crossFieldIssues(data: unknown): Array<{ path: (string | number)[]; message: string }> {
  if (!isRecord(data) || !isRecord(data.suites)) return [];
  const suites = Object.fromEntries(
    Object.entries(data.suites).map(([name, suite]) => [
      name,
      isRecord(suite)
        ? { paths: stringList(suite.paths), tests: stringList(suite.tests), needs: stringList(suite.needs) ?? [] }
        : { needs: [] },
    ]),
  );
  const issues = globIssues({ 'run-all': stringList(data['run-all']), suites });
  for (const [name, suite] of Object.entries(suites)) {
    for (const [index, need] of suite.needs.entries()) {
      if (!(need in suites))
        issues.push({
          path: ['suites', name, 'needs', index],
          message: `expected the name of a suite (${Object.keys(suites).join(', ')})`,
        });
    }
  }
  return issues;
}

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type { SuiteConfig, ServiceConfig } from './sections/suite.js';
export type { GatesConfig } from './sections/gates.js';
export type { FlakyConfig } from './sections/flaky.js';
export type { HealthConfig, HistoryConfig } from './sections/history.js';
export type { LevelsConfig, LevelPolicy } from './sections/levels.js';
