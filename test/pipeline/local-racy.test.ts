/**
 * The working tree as testops sees it (src/pipeline/local.ts) must see an edit that git status sees,
 * also one git can only find by content: a same-size edit whose time equals the index's ("racy git").
 * Made deterministic with core.trustctime=false and file and index times set to the same second.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workingTreeCommit } from '../../src/pipeline/local.js';
import { createGit } from '../../src/util/git.js';
import { makeRepo } from '../impact/repo.js';

const repo = makeRepo({ 'src/a.txt': 'v=1\n' });
afterAll(() => repo.cleanup());

describe('the working tree commit', () => {
  it('holds a same-size edit made in the index time second (git status sees it, so must testops)', async () => {
    repo.sh('config', 'core.trustctime', 'false');
    const file = join(repo.dir, 'src/a.txt');
    const index = join(repo.dir, '.git/index');
    const when = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(file, when, when);
    repo.commit('base'); // the index records the file at that time
    writeFileSync(file, 'v=2\n');
    utimesSync(file, when, when);
    utimesSync(index, when, when);
    // --no-optional-locks: status must not rewrite the index (that would mark the entry for a re-read)
    expect(repo.sh('--no-optional-locks', 'status', '--porcelain')).toContain(' M src/a.txt');
    const tree = await workingTreeCommit(createGit(repo.dir));
    expect(tree.changed).toBe(1);
    expect(repo.sh('show', `${tree.sha}:src/a.txt`)).toBe(readFileSync(file, 'utf8'));
  });
});
