/** Top-level selection rules: what triggers a full run and what happens to unmatched changes. */
import { z } from 'zod';
import { globProblem } from '../../impact/globs.js';
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
      'Globs whose change runs every suite. Default: lockfiles, .github/workflows/**, the testops config and the root package.json. The config file always triggers a full run.',
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

interface GlobFields {
  'run-all'?: string[];
  suites: Record<string, { paths?: string[]; tests?: string[] }>;
}

/** Every unusable glob of the selection fields, with its path in the config (called from the schema's superRefine). */
export function globIssues(config: GlobFields): Array<{ path: (string | number)[]; message: string }> {
  const issues: Array<{ path: (string | number)[]; message: string }> = [];
  const check = (patterns: string[] | undefined, path: (string | number)[]) => {
    for (const [index, pattern] of (patterns ?? []).entries()) {
      const problem = globProblem(pattern);
      if (problem) issues.push({ path: [...path, index], message: problem });
    }
  };
  check(config['run-all'], ['run-all']);
  for (const [name, suite] of Object.entries(config.suites)) {
    check(suite.paths, ['suites', name, 'paths']);
    check(suite.tests, ['suites', name, 'tests']);
  }
  return issues;
}
