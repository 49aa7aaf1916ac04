import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { detectChanges, pullFilesApi } from '../../src/impact/index.js';
import { type GitHubServer, startGitHubServer } from '../github-server/server.js';
import type { PullFile } from '../github-server/state.js';
import { makeRepo, type TempRepo } from './repo.js';

let server: GitHubServer | undefined;
const repos: TempRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) repo.cleanup();
  server?.assertNoViolations();
  await server?.close();
  server = undefined;
});

async function world(files: PullFile[]) {
  server = await startGitHubServer();
  server.state.addUser({ login: 'testops-bot', token: 'token' });
  server.state.addRepo({ owner: 'acme', name: 'app' });
  server.state.addPull('acme/app', {
    number: 5,
    head: { ref: 'feature', sha: 'a'.repeat(40) },
    base: { ref: 'main', sha: 'b'.repeat(40) },
    files,
  });
  return pullFilesApi(createClient({ token: 'token', baseUrl: server.url, retryAfterBaseValue: 1, retries: 0 }));
}

describe('pullFilesApi against the GitHub stand-in', () => {
  it('pages through every file and maps statuses and renames', async () => {
    const files: PullFile[] = Array.from({ length: 250 }, (_, index) => ({
      filename: `src/f${index}.ts`,
      status: 'modified',
      additions: 1,
      deletions: 0,
    }));
    files.push({ filename: 'src/new.ts', status: 'renamed', previousFilename: 'src/old.ts', additions: 0, deletions: 0 });
    files.push({ filename: 'src/gone.ts', status: 'removed', additions: 0, deletions: 3 });
    const api = await world(files);
    const listed = await api.listFiles('acme', 'app', 5);
    expect(listed).toHaveLength(252);
    expect(listed.at(-2)).toEqual({ path: 'src/new.ts', status: 'renamed', previousPath: 'src/old.ts' });
    expect(listed.at(-1)).toEqual({ path: 'src/gone.ts', status: 'deleted' });
    expect(server?.requests().filter((request) => request.operation === 'pulls/list-files')).toHaveLength(3);
  });

  it('an API error falls back to git', async () => {
    const api = await world([{ filename: 'x.ts', status: 'added', additions: 1, deletions: 0 }]);
    server?.injectFault({ kind: 'not-found', operation: 'pulls/list-files' });
    const repo = makeRepo({ 'a.ts': '1' });
    repos.push(repo);
    const base = repo.commit('base');
    repo.write({ 'b.ts': '1' });
    const head = repo.commit('head');
    const result = await detectChanges({
      event: {
        name: 'pull_request',
        headSha: head,
        baseSha: base,
        baseRef: 'main',
        prNumber: 5,
        repo: { owner: 'acme', repo: 'app' },
        isDefaultBranch: false,
        isFork: false,
      },
      git: repo.git,
      api,
    });
    expect(result.source).toBe('git');
    expect(result.files).toEqual([{ path: 'b.ts', status: 'added' }]);
    expect(result.problems[0].message).toMatch(/PR files API failed \(HTTP 404/);
  });
});
