import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreCache, saveCache } from '@actions/cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobRefs } from './scopes.js';
import { type CacheServer, startCacheServer } from './server.js';
import { withEnv } from './with-env.js';

let server: CacheServer;
let workspace: string;
let root: string;

const MAIN: JobRefs = { ref: 'refs/heads/main', defaultBranch: 'main' };
const RELEASE: JobRefs = { ref: 'refs/heads/release', defaultBranch: 'main' };
const PR_TO_RELEASE: JobRefs = { ref: 'refs/pull/7/merge', baseRef: 'release', defaultBranch: 'main' };
const OTHER_PR: JobRefs = { ref: 'refs/pull/8/merge', baseRef: 'main', defaultBranch: 'main' };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cache-server-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(async () => {
  server = await startCacheServer();
  workspace = mkdtempSync(join(root, 'ws-'));
});
afterEach(async () => {
  await server.close();
});

/** the job's environment: v2 service, its token, a workspace and a runner temp dir */
function job(refs: JobRefs) {
  return {
    ...server.env(refs),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: mkdtempSync(join(root, 'tmp-')),
    GITHUB_SERVER_URL: 'https://github.com',
    ACTIONS_CACHE_URL: undefined,
  };
}

function writeBaseline(content: string) {
  const dir = join(workspace, 'baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'baseline.json'), content);
}

const readBaseline = () => readFileSync(join(workspace, 'baseline', 'baseline.json'), 'utf8');
const save = (refs: JobRefs, key: string) => withEnv(job(refs), () => saveCache([join(workspace, 'baseline')], key));
const restore = (refs: JobRefs, key: string, restoreKeys: string[] = []) =>
  withEnv(job(refs), async () => {
    rmSync(join(workspace, 'baseline'), { recursive: true, force: true });
    return restoreCache([join(workspace, 'baseline')], key, restoreKeys);
  });

describe('cache service stand-in with the real @actions/cache', () => {
  it('saves and restores by exact key through Twirp and blob PUT/GET', async () => {
    writeBaseline('{"coverage": 81.5}');
    const id = await save(MAIN, 'testops-baseline-main-aaa');
    expect(id).toBeGreaterThan(0);
    expect(server.entries()).toEqual([
      expect.objectContaining({ key: 'testops-baseline-main-aaa', scope: 'refs/heads/main', finalized: true }),
    ]);
    expect(await restore(MAIN, 'testops-baseline-main-aaa')).toBe('testops-baseline-main-aaa');
    expect(readBaseline()).toBe('{"coverage": 81.5}');
    const paths = server.requests().map((r) => `${r.method} ${r.path.replace(/\/\d+$/, '/<id>')} ${r.status}`);
    expect(paths).toEqual([
      'POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry 200',
      'PUT /devstoreaccount1/actions-cache/<id> 201',
      'POST /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload 200',
      'POST /twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL 200',
      'GET /devstoreaccount1/actions-cache/<id> 200',
    ]);
  });

  it('matches restore keys by prefix, newest first, and misses on a different version', async () => {
    writeBaseline('old');
    await save(MAIN, 'testops-baseline-main-1');
    writeBaseline('new');
    await save(MAIN, 'testops-baseline-main-2');
    expect(await restore(MAIN, 'testops-baseline-main-3', ['testops-baseline-main-'])).toBe('testops-baseline-main-2');
    expect(readBaseline()).toBe('new');
    expect(await restore(MAIN, 'nothing', ['other-'])).toBeUndefined();
    // the version hashes the paths: the same key for another path is a different entry
    const otherPath = await withEnv(job(MAIN), () => restoreCache([join(workspace, 'elsewhere')], 'testops-baseline-main-2'));
    expect(otherPath).toBeUndefined();
  });

  it('refuses a second entry with the same key and version in a scope', async () => {
    writeBaseline('one');
    await save(MAIN, 'dup');
    writeBaseline('two');
    expect(await save(MAIN, 'dup')).toBe(-1);
    expect(server.entries()).toHaveLength(1);
  });

  it('scopes by branch: a PR reads its own, its base and the default branch; main never reads a PR', async () => {
    writeBaseline('from main');
    await save(MAIN, 'k-main');
    writeBaseline('from release');
    await save(RELEASE, 'k-release');
    writeBaseline('from pr 7');
    await save(PR_TO_RELEASE, 'k-pr');
    writeBaseline('from pr 8');
    await save(OTHER_PR, 'k-pr8');

    expect(await restore(PR_TO_RELEASE, 'k-pr')).toBe('k-pr');
    expect(await restore(PR_TO_RELEASE, 'none', ['k-release'])).toBe('k-release');
    expect(await restore(PR_TO_RELEASE, 'none', ['k-main'])).toBe('k-main');
    // its own scope first: the PR's entry wins over main's for the common prefix
    expect(await restore(PR_TO_RELEASE, 'none', ['k-'])).toBe('k-pr');
    expect(readBaseline()).toBe('from pr 7');
    // a sibling PR's entries are invisible
    expect(await restore(PR_TO_RELEASE, 'k-pr8')).toBeUndefined();
    // the default branch never reads a PR's or another branch's entries
    expect(await restore(MAIN, 'k-pr')).toBeUndefined();
    expect(await restore(MAIN, 'none', ['k-'])).toBe('k-main');
    expect(await restore(MAIN, 'k-release')).toBeUndefined();
  });

  it('when refused, restore reports a miss and save fails softly (the library warns, never throws)', async () => {
    writeBaseline('x');
    await save(MAIN, 'k');
    await server.setMode('refused');
    const started = Date.now();
    expect(await restore(MAIN, 'k')).toBeUndefined();
    writeBaseline('y');
    expect(await save(MAIN, 'k2')).toBe(-1);
    // no retries with backoff (those take ~30 s): a refused connection fails at once
    expect(Date.now() - started).toBeLessThan(10_000);
    await server.setMode('up');
    expect(await restore(MAIN, 'k')).toBe('k');
  });

  it('answers 500 in error mode', async () => {
    await server.setMode('error');
    const response = await fetch(`${server.url}twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.tokenFor(MAIN)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'k', version: 'v' }),
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'internal' });
  });
});
