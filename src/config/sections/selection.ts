/** Top-level selection rules: what triggers a full run and what happens to unmatched changes. */
import { z } from 'zod';
import { globs } from '../types.js';

export const DEFAULT_RUN_ALL = [
  'package-lock.json',
  '**/package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  '.github/workflows/**',
  'package.json',
];

export const selectionFields = {
  'run-all': globs().optional().meta({
    description:
      'Globs whose change runs every suite. Default: lockfiles, .github/workflows/**, the testops config and the root package.json.',
  }),
  unmatched: z
    .enum(['run-all', 'ignore'])
    .default('run-all')
    .meta({ description: 'What a changed file that matches no suite does: run every suite (default, safe) or nothing.' }),
  'full-run': z
    .strictObject({
      'default-branch': z.boolean().default(true).meta({ description: 'Run every suite on pushes to the default branch.' }),
      label: z.string().default('testops:full').meta({ description: 'A PR label that forces a full run.' }),
    })
    .default({ 'default-branch': true, label: 'testops:full' }),
};
