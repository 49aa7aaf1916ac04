/**
 * `levels:` — quality policies by test level (the `level:` of a suite), with defaults from the
 * runbooks: security suites must pass; adversarial suites may fail up to 15 % of their tests;
 * integration needs a pass rate of 95 % (warn under 97 %); smoke finishes within 30 s; unit tests
 * all pass. A suite's failures are judged by its level's policy alone (the tests gate and the
 * global pass rate defer to it); a suite may override fields of its level's policy with `policy:`.
 * Fields given replace the default's: a judge (must-pass, max-failure-rate, pass-rate) given
 * replaces the default judge; budget and flaky-rate merge field by field.
 * Unknown level names are config errors naming the field.
 */
import { z } from 'zod';
import { type LevelPolicy, levelPolicySchema } from './level-policy.js';
import { SUITE_LEVELS } from './suite.js';

export type { LevelPolicy };

export type LevelName = (typeof SUITE_LEVELS)[number];

/** The runbooks' policies, used for a level unless `levels:` names it. */
export const DEFAULT_LEVEL_POLICIES: Partial<Record<LevelName, LevelPolicy>> = {
  security: { 'must-pass': true },
  adversarial: { 'max-failure-rate': 15 },
  integration: { 'pass-rate': { warn: 97, fail: 95 } },
  smoke: { budget: 30 },
  unit: { 'pass-rate': { fail: 100 } },
};

const levelFields = Object.fromEntries(
  SUITE_LEVELS.map((level) => [
    level,
    levelPolicySchema.optional().meta({
      description: `Policy of ${level} suites${DEFAULT_LEVEL_POLICIES[level] ? ` (default ${JSON.stringify(DEFAULT_LEVEL_POLICIES[level])})` : ''}.`,
    }),
  ]),
) as Record<LevelName, z.ZodOptional<typeof levelPolicySchema>>;

export const levelsSchema = z.strictObject(levelFields).prefault({}).meta({
  description:
    'Quality policies by test level: must-pass, max-failure-rate, pass-rate {warn, fail}, budget, flaky-rate {warn, fail}. A level named here replaces its default policy.',
});

export type LevelsConfig = z.output<typeof levelsSchema>;
