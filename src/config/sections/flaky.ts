/** `flaky:` — the flaky-test estimator and the issue lifecycle. */
import { z } from 'zod';
import { percent } from '../types.js';

export const flakySchema = z
  .strictObject({
    'flaky-at': percent().default(10).meta({
      description:
        'Flag a test as flaky when the lower bound of its failure-rate interval is above this (it is flagged at once on a pass and a failure of the same tree), %.',
    }),
    'quarantine-at': percent()
      .default(20)
      .meta({ description: 'Quarantine (report, never fail on) a flaky test at this failure rate, %.' }),
    'stable-runs': z
      .number()
      .int()
      .min(1)
      .default(30)
      .meta({ description: 'Clean runs in a row needed before a flaky test is cleared (its issue closed).' }),
    'clear-below': percent().default(5).meta({ description: "Clear when the interval's upper bound is below this, %." }),
    'group-above': z
      .number()
      .int()
      .min(1)
      .default(10)
      .meta({ description: 'One grouped issue when more tests than this flake in one suite in one run.' }),
    issues: z.boolean().default(true).meta({ description: 'Keep one GitHub issue per flaky test.' }),
    labels: z.array(z.string()).default([]).meta({ description: 'Extra labels for flaky-test issues (flaky-test is always set).' }),
    confidence: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.95)
      .meta({ description: 'Confidence level of the failure-rate interval (two-sided Wilson), e.g. 0.95.' }),
    'early-repeats': z.number().int().min(0).max(100).default(3).meta({
      description:
        "Early flake detection: test files a pull request adds or changes run this many times in all (the suite's own run and repeats of those files, through files-arg); 0 or 1 turns it off.",
    }),
    'early-budget': percent().default(20).meta({
      description:
        "Early flake detection's time budget: repeats stop before they would add more than this share of the suite's baseline duration, %.",
    }),
  })
  .default({
    'flaky-at': 10,
    'quarantine-at': 20,
    'stable-runs': 30,
    'clear-below': 5,
    'group-above': 10,
    issues: true,
    labels: [],
    confidence: 0.95,
    'early-repeats': 3,
    'early-budget': 20,
  });

export type FlakyConfig = z.output<typeof flakySchema>;
