import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeBaseTime, treeOf } from '../../src/flaky/git-facts.js';
import { createGit, type Git } from '../../src/util/git.js';

let dir: string;
let git: Git;

const identity = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];

/** git reads the commit dates from the environment (createGit passes process.env through). */
async function commit(file: string, content: string, date: string) {
  await writeFile(join(dir, file), content);
  await git.run(['add', file]);
  process.env.GIT_COMMITTER_DATE = process.env.GIT_AUTHOR_DATE = date;
  try {
    await git.run([...identity, 'commit', '-q', '-m', file]);
  } finally {
    delete process.env.GIT_COMMITTER_DATE;
    delete process.env.GIT_AUTHOR_DATE;
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flaky-git-'));
  git = createGit(dir);
  await git.run(['init', '-q', '-b', 'main']);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('git facts', () => {
  it('gives the same tree for two commits with the same content, and none before the first commit', async () => {
    expect(await treeOf(git)).toBeUndefined();
    await commit('a.txt', 'one', '2026-01-01T00:00:00Z');
    const first = await treeOf(git);
    await git.run([...identity, 'commit', '-q', '--allow-empty', '-m', 'empty']);
    expect(await treeOf(git)).toBe(first);
    await commit('b.txt', 'two', '2026-01-02T00:00:00Z');
    expect(await treeOf(git)).not.toBe(first);
  });

  it('dates the merge-base of a branch with the default branch', async () => {
    await commit('a.txt', 'one', '2026-01-01T00:00:00Z');
    await git.run(['checkout', '-q', '-b', 'feature']);
    await commit('f.txt', 'feature', '2026-02-01T00:00:00Z');
    await git.run(['checkout', '-q', 'main']);
    await commit('m.txt', 'main', '2026-03-01T00:00:00Z');
    await git.run(['checkout', '-q', 'feature']);
    expect(await mergeBaseTime(git, 'main')).toBe('2026-01-01T00:00:00.000Z');
    expect(await mergeBaseTime(git, 'no-such-branch')).toBeUndefined();
  });
});
