/**
 * One test level's quality policy (`levels.<level>`, and a suite's own `policy:` overrides). Kept
 * apart from levels.ts so the suite schema can use it without an import cycle.
 */
import { z } from 'zod';
import { duration, percent } from '../types.js';

const passRate = z
  .strictObject({
    warn: percent().optional().meta({ description: 'Warn below this pass rate, % (default: the fail level).' }),
    fail: percent().meta({ description: 'Fail below this pass rate, %.' }),
  })
  .superRefine((rate, ctx) => {
    if (rate.warn !== undefined && rate.warn < rate.fail)
      ctx.addIssue({ code: 'custom', path: ['warn'], message: `expected at least fail (${rate.fail})` });
  });

const flakyRate = z
  .strictObject({
    warn: percent().optional().meta({ description: 'Warn when more than this share of the level’s tests is flaky, % (default 2).' }),
    fail: percent().optional().meta({ description: 'Fail above this share, % (default: never).' }),
  })
  .superRefine((rate, ctx) => {
    if (rate.warn !== undefined && rate.fail !== undefined && rate.warn > rate.fail)
      ctx.addIssue({ code: 'custom', path: ['warn'], message: `expected at most fail (${rate.fail})` });
  });

/** One level's policy; every field optional so that a suite's `policy:` can override a few. */
export const levelPolicySchema = z
  .strictObject({
    'must-pass': z
      .boolean()
      .optional()
      .meta({ description: 'Every test must pass and the command must succeed; quarantine does not excuse a failure.' }),
    'max-failure-rate': percent()
      .optional()
      .meta({ description: 'Failures up to this share of the tests are tolerated and never fail the job, %.' }),
    'pass-rate': passRate.optional().meta({ description: 'Pass rate of the level’s tests: {warn, fail}, %.' }),
    budget: duration()
      .optional()
      .meta({ description: 'Total time of the level’s suites (SLA): warn past 100 %, fail past 150 % (gates.duration).' }),
    'flaky-rate': flakyRate.optional().meta({ description: 'Share of the level’s tests that flaked: {warn, fail}, % (default warn 2).' }),
  })
  .superRefine((policy, ctx) => {
    const judges = ['must-pass', 'max-failure-rate', 'pass-rate'].filter((key) => policy[key as keyof typeof policy] !== undefined);
    if (policy['must-pass'] === true && judges.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['must-pass'],
        message: `expected must-pass alone, not with ${judges.filter((key) => key !== 'must-pass').join(' and ')}`,
      });
  });

export type LevelPolicy = z.output<typeof levelPolicySchema>;
