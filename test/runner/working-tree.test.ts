/**
 * Local runs see the working tree: with real git and a real node:test suite, an uncommitted change
 * (unstaged, staged or a new untracked file) selects the suite it touches, and a broken test in the
 * working tree fails the run; --head REV tests that commit instead; the header says which; the
 * user's index, refs and files are left as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, makeRepo, testops, writeFiles } from '../cli/helpers.js';

const suite = (name: string) =>
  `  ${name}:\n    paths: ['${name}/**']\n    command: node --test --test-reporter=junit --test-reporter-destination=reports/${name}.xml ${name}/\n    reports: { junit: reports/${name}.xml }\n`;
const REPO = {
  '.github/testops.yml': `version: 1\nsuites:\n${suite('alpha')}${suite('beta')}gates:\n  coverage: { min: 0 }\n`,
  'alpha/a.test.mjs': "import test from 'node:test';\ntest('alpha adds', () => {});\n",
  'beta/b.test.mjs': "import test from 'node:test';\ntest('beta passes', () => {});\n",
  // reports/ is not ignored: what the suites write is still not a change (the report globs are left out)
  '.gitignore': '.testops/\nignored/\n',
};

describe('local runs test the working tree', { timeout: 240_000 }, () => {
  let repo: string;
  beforeAll(async () => {
    repo = await makeRepo(REPO);
    await git(repo, 'checkout', '-q', '-b', 'feature');
  });

  it('a broken test left unstaged is selected and fails the run; the header says the working tree; nothing of the user changes', async () => {
    writeFiles(repo, {
      'alpha/a.test.mjs': "import test from 'node:test';\ntest('alpha adds', () => { throw new Error('broken in the tree'); });\n",
    });
    // an ignored file changes nothing
    writeFiles(repo, { 'ignored/x.txt': 'x' });
    const status = await git(repo, 'status', '--porcelain');
    const head = await git(repo, 'rev-parse', 'HEAD');
    const result = await testops(['run', '--base', 'main'], repo);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      `testops: testing the working tree: HEAD ${head.slice(0, 7)} and 1 uncommitted file (staged, unstaged, untracked) against main`,
    );
    expect(result.stdout).toContain(`Tested: the working tree: HEAD ${head.slice(0, 7)} and 1 uncommitted file`);
    expect(result.stdout).toContain('broken in the tree');
    const plan = JSON.parse(readFileSync(join(repo, '.testops/out/plan.json'), 'utf8'));
    expect(plan.suites.map((s: { name: string; selected: boolean }) => [s.name, s.selected])).toEqual([
      ['alpha', true],
      ['beta', false],
    ]);
    expect(plan.changedFiles.map((file: { path: string }) => file.path)).toEqual(['alpha/a.test.mjs']);
    // the user's index, HEAD and files are as they were (beside the report the suite wrote)
    expect((await git(repo, 'status', '--porcelain')).replace(/\n\?\? reports\/$/, '')).toBe(status);
    expect(await git(repo, 'rev-parse', 'HEAD')).toBe(head);
    // the same tree gives the same commit, so the same seed
    const again = JSON.parse(readFileSync(join(repo, '.testops/out/plan.json'), 'utf8'));
    expect((await testops(['plan', '--base', 'main'], repo)).stdout).toContain(`"seed": "${again.seed}"`);
  });

  it('--head REV tests that commit: the uncommitted breakage is not in it, and the header says so', async () => {
    const head = await git(repo, 'rev-parse', 'HEAD');
    const result = await testops(['run', '--base', 'main', '--head', 'HEAD'], repo);
    expect(result.stderr).toContain(`testops: testing commit ${head.slice(0, 7)} (--head HEAD) against main`);
    const plan = JSON.parse(readFileSync(join(repo, '.testops/out/plan.json'), 'utf8'));
    expect(plan.suites.filter((s: { selected: boolean }) => s.selected)).toEqual([]);
  });

  it('staged and untracked (not ignored) files count too', async () => {
    await git(repo, 'checkout', '-q', '--', 'alpha/a.test.mjs');
    writeFiles(repo, { 'beta/new.test.mjs': "import test from 'node:test';\ntest('beta new', () => {});\n" });
    const untracked = await testops(['plan', '--base', 'main'], repo);
    expect(untracked.code, untracked.stderr).toBe(0);
    const plan = JSON.parse(untracked.stdout);
    expect(plan.changedFiles.map((file: { path: string }) => file.path)).toEqual(['beta/new.test.mjs']);
    expect(plan.suites.find((s: { name: string }) => s.name === 'beta').selected).toBe(true);
    await git(repo, 'add', 'beta/new.test.mjs');
    const staged = JSON.parse((await testops(['plan', '--base', 'main'], repo)).stdout);
    expect(staged.changedFiles.map((file: { path: string }) => file.path)).toEqual(['beta/new.test.mjs']);
    expect(await git(repo, 'diff', '--cached', '--name-only')).toBe('beta/new.test.mjs');
  });
});
