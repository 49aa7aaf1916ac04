/**
 * One scenario's world: a real git repository made from fixtures/demo in a temp dir, the GitHub
 * REST stand-in seeded with that repository and a pull request whose files come from real git,
 * the cache stand-in, and helpers that run the real action.yml through the runner harness for a
 * pull_request or a push event.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type CacheServer, startCacheServer } from '../cache-server/server.js';
import { type GitHubServer, startGitHubServer } from '../github-server/server.js';
import type { PullFile } from '../github-server/state.js';
import { pullRequestEvent, pushEvent, type RepoInfo } from '../harness/events.js';
import { type ActionRun, runAction } from '../harness/runner.js';
import { actionPath, REPO_ROOT } from './action-build.js';

const exec = promisify(execFile);

export const OWNER = 'acme';
export const NAME = 'demo';
export const FULL_NAME = `${OWNER}/${NAME}`;
export const WRITE_TOKEN = 'ghs_e2e_write_token_0001';
export const READ_TOKEN = 'ghs_e2e_read_only_token_0002';
export const BOT = 'github-actions[bot]';
const REPO: RepoInfo = { owner: OWNER, name: NAME, defaultBranch: 'main' };

export class Git {
  constructor(readonly dir: string) {}

  async run(...args: string[]): Promise<string> {
    const { stdout } = await exec('git', args, {
      cwd: this.dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'dev',
        GIT_AUTHOR_EMAIL: 'dev@example.com',
        GIT_COMMITTER_NAME: 'dev',
        GIT_COMMITTER_EMAIL: 'dev@example.com',
        // fixed dates: the same scenario makes the same SHAs every run
        GIT_AUTHOR_DATE: '2026-01-05T09:00:00Z',
        GIT_COMMITTER_DATE: '2026-01-05T09:00:00Z',
      },
    });
    return stdout.trim();
  }

  async commitAll(message: string): Promise<string> {
    await this.run('add', '-A');
    await this.run('commit', '-q', '-m', message);
    return this.run('rev-parse', 'HEAD');
  }

  /** the files of base...head as the pulls API lists them (renames detected, as GitHub does) */
  async pullFiles(base: string, head: string): Promise<PullFile[]> {
    const numstat = await this.run('diff', '--numstat', '-M', `${base}...${head}`);
    const status = await this.run('diff', '--name-status', '-M', `${base}...${head}`);
    const counts = numstat
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'));
    return status
      .split('\n')
      .filter(Boolean)
      .map((line, index) => {
        const [code = 'M', first = '', second] = line.split('\t');
        const [added = '0', deleted = '0'] = counts[index] ?? [];
        const kind = code[0] === 'A' ? 'added' : code[0] === 'D' ? 'removed' : code[0] === 'R' ? 'renamed' : 'modified';
        const file: PullFile = {
          filename: kind === 'renamed' ? (second ?? first) : first,
          status: kind,
          additions: Number(added) || 0,
          deletions: Number(deleted) || 0,
        };
        if (kind === 'renamed') file.previousFilename = first;
        return file;
      });
  }
}

export interface World {
  github: GitHubServer;
  cache: CacheServer;
  git: Git;
  workspace: string;
  /** main's first commit */
  mainSha: string;
  close(): Promise<void>;
}

/** The port fixtures/demo's config gives its api service. */
const DEMO_API_PORT = 47613;

/** A port nothing listens on now (the kernel's choice for port 0, released at once). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port from the kernel');
  return address.port;
}

export async function startWorld(): Promise<World> {
  const root = mkdtempSync(join(tmpdir(), 'testops-e2e-'));
  const workspace = join(root, 'repo');
  cpSync(join(REPO_ROOT, 'fixtures', 'demo'), workspace, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|reports|\.testops)([/\\]|$)/.test(source),
  });
  // the demo's api service gets a port of its own, so worlds of files run in parallel never collide
  const config = join(workspace, '.github', 'testops.yml');
  writeFileSync(config, readFileSync(config, 'utf8').replaceAll(String(DEMO_API_PORT), String(await freePort())));
  const git = new Git(workspace);
  await git.run('init', '-q', '-b', 'main');
  appendFileSync(join(workspace, '.gitignore'), 'reports/\nnode_modules/\n.testops/\n');
  const mainSha = await git.commitAll('demo monorepo');

  const github = await startGitHubServer();
  github.state.addUser({ login: BOT, token: WRITE_TOKEN, type: 'Bot', app: true });
  github.state.addUser({ login: 'fork-contributor' });
  github.state.addUser({ login: 'github-actions-fork[bot]', token: READ_TOKEN, readOnly: true, type: 'Bot', app: true });
  github.state.addRepo({ owner: OWNER, name: NAME, defaultBranch: 'main' });
  const cache = await startCacheServer();
  return {
    github,
    cache,
    git,
    workspace,
    mainSha,
    close: async () => {
      await Promise.all([github.close(), cache.close()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface PullRun {
  number: number;
  headRef: string;
  headSha: string;
  baseSha: string;
  token?: string;
  forkOwner?: string;
  runId?: number;
  /** github.run_attempt: 2 and up for "Re-run jobs" */
  runAttempt?: number;
  inputs?: Record<string, string>;
  /** extra variables for every step (the workflow's `env:`) */
  env?: Record<string, string>;
}

/**
 * Checks out the merge of head into main (what a pull_request run tests), registers the PR with its
 * real git files in the stand-in (first time) and runs the action for it.
 */
export async function runPullRequest(world: World, pr: PullRun): Promise<ActionRun> {
  const { git } = world;
  const files = await git.pullFiles(pr.baseSha, pr.headSha);
  const repo = world.github.state.repo(FULL_NAME);
  const existing = repo.pulls.get(pr.number);
  if (existing) {
    existing.head.sha = pr.headSha;
    existing.files = files;
  } else {
    world.github.state.addPull(FULL_NAME, {
      number: pr.number,
      user: pr.forkOwner ?? 'dev',
      head: { ref: pr.headRef, sha: pr.headSha, ...(pr.forkOwner ? { repoOwner: pr.forkOwner } : {}) },
      base: { ref: 'main', sha: pr.baseSha },
      files,
    });
  }
  await git.run('checkout', '-q', '--detach', pr.baseSha);
  await git.run('merge', '-q', '--no-ff', '--no-edit', pr.headSha);
  const mergeSha = await git.run('rev-parse', 'HEAD');
  const event = pullRequestEvent({
    repo: REPO,
    number: pr.number,
    headRef: pr.headRef,
    headSha: pr.headSha,
    baseRef: 'main',
    baseSha: pr.baseSha,
    mergeSha,
    apiUrl: world.github.url,
    ...(pr.forkOwner ? { forkOwner: pr.forkOwner } : {}),
  });
  return runAction({
    actionPath: await actionPath(),
    workspace: world.workspace,
    repository: FULL_NAME,
    event,
    token: pr.token ?? WRITE_TOKEN,
    apiUrl: world.github.url,
    cache: world.cache,
    runId: pr.runId ?? 2000 + pr.number,
    ...(pr.runAttempt ? { runAttempt: pr.runAttempt } : {}),
    inputs: pr.inputs ?? {},
    ...(pr.env ? { env: pr.env } : {}),
  });
}

export async function runPush(
  world: World,
  push: { before: string; after: string; runId?: number; inputs?: Record<string, string> },
): Promise<ActionRun> {
  await world.git.run('checkout', '-q', '--detach', push.after);
  const event = pushEvent({ repo: REPO, branch: 'main', before: push.before, after: push.after, apiUrl: world.github.url });
  return runAction({
    actionPath: await actionPath(),
    workspace: world.workspace,
    repository: FULL_NAME,
    event,
    token: WRITE_TOKEN,
    apiUrl: world.github.url,
    cache: world.cache,
    runId: push.runId ?? 1000,
    inputs: push.inputs ?? {},
  });
}

/** a commit on a branch off `from` that changes one file */
export async function commitOnBranch(
  world: World,
  branch: string,
  from: string,
  edit: { path: string; append: string },
  message: string,
): Promise<string> {
  await world.git.run('checkout', '-q', '-B', branch, from);
  appendFileSync(join(world.workspace, edit.path), edit.append);
  return world.git.commitAll(message);
}

/** the job log's lines about what failed, for assertion messages */
export function explain(run: ActionRun): string {
  return [
    `status=${run.status}`,
    ...run.steps.map((s) => `${s.id}: ${s.outcome}${s.exitCode !== undefined ? ` (exit ${s.exitCode})` : ''}`),
    ...run.annotations.map((a) => `${a.level}: ${a.message}`),
    run.log.split('\n').slice(-40).join('\n'),
  ].join('\n');
}

export const MARKER = '<!-- testops:sticky id=default -->';

/** comments on the PR that the action wrote: by the bot and carrying the marker */
export function stickyComments(world: World, number: number) {
  return world.github.state.comments(FULL_NAME, number).filter((comment) => comment.user === BOT && comment.body.includes(MARKER));
}

/** `METHOD operationId status` of every request the stand-in saw, in order */
export function calls(world: World): string[] {
  return world.github.requests().map((r) => `${r.method} ${r.operation} ${r.status}`);
}
