/**
 * What a first-time local user reads: a run on a laptop must not talk about the Actions cache or
 * the action's inputs. Runs the CLI from src/ (through tsx), so it checks the code, not the last build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeRepo, ROOT, run } from './helpers.js';

// tsx by absolute URL: the repository under test is a temp dir without node_modules
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const cliFromSource = (args: string[], cwd: string) => run(process.execPath, ['--import', TSX, join(ROOT, 'src/cli.ts'), ...args], { cwd });

describe('testops run on a laptop', () => {
  it('says how to record a missing baseline locally, and that --full asked for the full run', async () => {
    const repo = await makeRepo({
      '.github/testops.yml': 'version: 1\nsuites:\n  unit:\n    command: "true"\n    paths: ["src/**"]\n',
      'src/a.js': 'export const a = 1;\n',
    });
    const result = await cliFromSource(['run', '--full', '--quiet'], repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('run  unit: full run: requested by --full');
    const report = JSON.parse(readFileSync(join(repo, '.testops/out/report.json'), 'utf8'));
    expect(report.baseline).toEqual({
      status: 'missing',
      reason:
        'no baseline in .testops/baseline: record one by running testops run --full --update-baseline on the base commit (or pass --baseline DIR)',
    });
    expect(readFileSync(join(repo, '.testops/out/comment.md'), 'utf8')).not.toContain('cache');
  }, 60_000);
});
