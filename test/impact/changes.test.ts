import { afterEach, describe, expect, it } from 'vitest';
import { API_FILE_LIMIT, detectChanges, type PullFilesApi, touchedPaths } from '../../src/impact/index.js';
import type { ChangedFile, EventInfo } from '../../src/model.js';
import { cloneRepo, makeRepo, type TempRepo } from './repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** main: base commit; feature: modify, add, delete, rename. */
function featureRepo() {
  const repo = makeRepo({
    'packages/api/src/db.ts': 'export const db = 1;\n',
    'packages/api/src/old-name.ts': 'export const renamed = "a fairly long line so that git sees a rename";\n',
    'packages/web/src/app.ts': 'export const app = 1;\n',
    'docs/guide.md': '# guide\n',
  });
  repos.push(repo);
  const base = repo.commit('base');
  repo.sh('checkout', '-q', '-b', 'feature');
  repo.write({ 'packages/api/src/db.ts': 'export const db = 2;\n', 'packages/api/src/new.ts': 'export {};\n' });
  repo.remove('docs/guide.md');
  repo.sh('mv', 'packages/api/src/old-name.ts', 'packages/api/src/new-name.ts');
  const head = repo.commit('feature');
  return { repo, base, head };
}

const event = (overrides: Partial<EventInfo>): EventInfo => ({
  name: 'local',
  headSha: 'HEAD',
  isDefaultBranch: false,
  isFork: false,
  ...overrides,
});
const byPath = (files: ChangedFile[] | null) => Object.fromEntries((files ?? []).map((file) => [file.path, file]));

describe('detectChanges with git', () => {
  it('diffs merge-base...head locally: modified, added, deleted and renamed (both paths count)', async () => {
    const { repo, base, head } = featureRepo();
    const result = await detectChanges({ event: event({ baseSha: base, headSha: head }), git: repo.git });
    expect(result.source).toBe('git');
    expect(result.mergeBase).toBe(base);
    const files = byPath(result.files);
    expect(files['packages/api/src/db.ts'].status).toBe('modified');
    expect(files['packages/api/src/new.ts'].status).toBe('added');
    expect(files['docs/guide.md'].status).toBe('deleted');
    expect(files['packages/api/src/new-name.ts']).toMatchObject({ status: 'renamed', previousPath: 'packages/api/src/old-name.ts' });
    expect(touchedPaths(result.files ?? []).sort()).toEqual(
      [
        'docs/guide.md',
        'packages/api/src/db.ts',
        'packages/api/src/new-name.ts',
        'packages/api/src/new.ts',
        'packages/api/src/old-name.ts',
      ].sort(),
    );
  });

  it('uses the merge-base, so commits added to the base after branching do not count', async () => {
    const { repo, base, head } = featureRepo();
    repo.sh('checkout', '-q', 'main');
    repo.write({ 'packages/web/src/app.ts': 'export const app = 2;\n' });
    const mainHead = repo.commit('main moves on');
    const result = await detectChanges({ event: event({ baseSha: mainHead, headSha: head }), git: repo.git });
    expect(result.mergeBase).toBe(base);
    expect(byPath(result.files)['packages/web/src/app.ts']).toBeUndefined();
  });

  it('names the fix when the base does not exist', async () => {
    const { repo, head } = featureRepo();
    await expect(detectChanges({ event: event({ baseSha: 'no-such-branch', headSha: head }), git: repo.git })).rejects.toThrow(
      /"no-such-branch" is not in this checkout.*fetch-depth: 0/,
    );
  });

  it('workflow_dispatch and schedule are full runs without a diff', async () => {
    const { repo } = featureRepo();
    for (const name of ['workflow_dispatch', 'schedule']) {
      const result = await detectChanges({ event: event({ name }), git: repo.git });
      expect(result).toMatchObject({ files: null, source: 'none' });
      expect(result.full).toContain(name);
    }
  });
});

describe('detectChanges for pull requests', () => {
  const pr = (base: string, head: string) =>
    event({ name: 'pull_request', baseSha: base, headSha: head, baseRef: 'main', prNumber: 7, repo: { owner: 'o', repo: 'r' } });

  it('takes the files from the PR files API', async () => {
    const { repo, base, head } = featureRepo();
    const calls: string[] = [];
    const api: PullFilesApi = {
      async listFiles(owner, name, pull) {
        calls.push(`${owner}/${name}#${pull}`);
        return [{ path: 'packages/api/src/db.ts', status: 'modified' }];
      },
    };
    const result = await detectChanges({ event: pr(base, head), git: repo.git, api });
    expect(calls).toEqual(['o/r#7']);
    expect(result).toMatchObject({ source: 'api', files: [{ path: 'packages/api/src/db.ts' }], mergeBase: base, problems: [] });
  });

  it('falls back to git diff when the API fails, and says so', async () => {
    const { repo, base, head } = featureRepo();
    const api: PullFilesApi = {
      async listFiles() {
        throw Object.assign(new Error('Server Error'), { status: 502 });
      },
    };
    const result = await detectChanges({ event: pr(base, head), git: repo.git, api });
    expect(result.source).toBe('git');
    expect(result.files).toHaveLength(4);
    expect(result.problems[0].message).toMatch(/PR files API failed \(HTTP 502: Server Error\); used git diff/);
  });

  it('falls back to git diff when the API reaches its 3,000-file limit', async () => {
    const { repo, base, head } = featureRepo();
    const many = Array.from({ length: API_FILE_LIMIT }, (_, index): ChangedFile => ({ path: `f${index}`, status: 'added' }));
    const result = await detectChanges({ event: pr(base, head), git: repo.git, api: { listFiles: async () => many } });
    expect(result.source).toBe('git');
    expect(result.files).toHaveLength(4);
    expect(result.problems[0].message).toMatch(/at most 3000 files/);
  });

  it('fetches the base when the checkout is shallow (git clone --depth 1)', async () => {
    const { repo, base, head } = featureRepo();
    const clone = cloneRepo(repo, '--depth', '1', '--branch', 'feature');
    repos.push(clone);
    expect(clone.sh('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const result = await detectChanges({ event: pr(base, head), git: clone.git });
    expect(result.mergeBase).toBe(base);
    expect(Object.keys(byPath(result.files))).toContain('packages/api/src/new-name.ts');
  });
});

describe('detectChanges for pushes', () => {
  it('compares before...after', async () => {
    const { repo, head } = featureRepo();
    repo.write({ 'packages/web/src/app.ts': 'export const app = 3;\n' });
    const after = repo.commit('second');
    const result = await detectChanges({ event: event({ name: 'push', baseSha: head, headSha: after }), git: repo.git });
    expect(result.files).toEqual([{ path: 'packages/web/src/app.ts', status: 'modified' }]);
  });

  it('compares a new branch with the default branch', async () => {
    const { repo, base } = featureRepo();
    const clone = cloneRepo(repo, '--branch', 'feature');
    repos.push(clone);
    const head = clone.sh('rev-parse', 'HEAD').trim();
    const result = await detectChanges({
      event: event({ name: 'push', baseSha: '0'.repeat(40), headSha: head, defaultBranch: 'main' }),
      git: clone.git,
    });
    expect(result.mergeBase).toBe(base);
    expect(result.files).toHaveLength(4);
    expect(result.problems[0].message).toMatch(/new branch: compared with the default branch main/);
  });

  it('compares a force-push with the default branch', async () => {
    const { repo, base } = featureRepo();
    const clone = cloneRepo(repo, '--branch', 'feature');
    repos.push(clone);
    const before = clone.sh('rev-parse', 'HEAD').trim();
    clone.sh('reset', '-q', '--hard', base);
    clone.write({ 'packages/web/src/app.ts': 'export const app = 9;\n' });
    const after = clone.commit('rewritten');
    const result = await detectChanges({
      event: event({ name: 'push', baseSha: before, headSha: after, defaultBranch: 'main' }),
      git: clone.git,
    });
    expect(result.files).toEqual([{ path: 'packages/web/src/app.ts', status: 'modified' }]);
    expect(result.problems[0].message).toMatch(/force-push/);
  });
});
