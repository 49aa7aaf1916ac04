/**
 * Which files a change touches: the PR files API for pull requests (git when it cannot answer),
 * git diffs for pushes and local runs, nothing (a full run) for scheduled and manual runs.
 */
import { GitStateError } from '../errors.js';
import type { ChangedFile, ChangeStatus, EventInfo, Problem } from '../model.js';
import type { Git } from '../util/git.js';
import type { Log } from '../util/log.js';
import { isJsFile } from './js-graph.js';

export interface PullFilesApi {
  /** Every file of the PR, paginated; throws on API errors. GitHub stops at 3,000 files. */
  listFiles(owner: string, repo: string, pull: number): Promise<ChangedFile[]>;
}

export interface DetectInput {
  event: EventInfo;
  git: Git;
  api?: PullFilesApi;
  /** input override of the base (a ref or a commit) */
  baseRef?: string;
  /** input override of the head (default: the event's head commit) */
  headRef?: string;
  log?: Log;
}

export interface DetectedChanges {
  files: ChangedFile[] | null;
  source: 'api' | 'git' | 'none';
  mergeBase?: string;
  /** why a full run is implied (no diff to select from) */
  full?: string;
  problems: Problem[];
}

/** The PR files API returns at most this many files; a PR this big is diffed with git. */
export const API_FILE_LIMIT = 3000;
const NULL_SHA = /^0+$/;

const FULL_RUN_EVENTS: Record<string, string> = {
  workflow_dispatch: 'workflow_dispatch event: manual runs test everything',
  schedule: 'schedule event: scheduled runs test everything',
};

export async function detectChanges(input: DetectInput): Promise<DetectedChanges> {
  const { event, git } = input;
  const problems: Problem[] = [];
  if (FULL_RUN_EVENTS[event.name] && !input.baseRef) return { files: null, source: 'none', full: FULL_RUN_EVENTS[event.name], problems };
  const head = input.headRef ?? (event.headSha || 'HEAD');

  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    if (input.api && event.repo && event.prNumber !== undefined && !input.baseRef) {
      try {
        const files = await input.api.listFiles(event.repo.owner, event.repo.repo, event.prNumber);
        if (files.length < API_FILE_LIMIT) {
          const base = event.baseSha ? await mergeBaseOrUndefined(git, event.baseSha, head) : undefined;
          return { files, source: 'api', mergeBase: base, problems };
        }
        problems.push({
          kind: 'github',
          message: `the PR files API lists at most ${API_FILE_LIMIT} files and this PR reached that limit; used git diff instead`,
        });
      } catch (error) {
        problems.push({ kind: 'github', message: `the PR files API failed (${errorText(error)}); used git diff instead` });
      }
    }
    const base = input.baseRef ?? event.baseSha ?? (event.baseRef ? `origin/${event.baseRef}` : undefined);
    if (!base) return { files: null, source: 'none', full: 'pull request without a base to compare with', problems };
    return { ...(await diffWithGit(git, base, head, event.baseRef, input.log)), problems };
  }

  if (event.name === 'push') {
    if (input.baseRef) return { ...(await diffWithGit(git, input.baseRef, head, undefined, input.log)), problems };
    const before = event.baseSha;
    if (before && !NULL_SHA.test(before)) await ensureHistory(git, before, undefined, input.log);
    const usable = before && !NULL_SHA.test(before) && (await isAncestor(git, before, head));
    if (usable) return { ...(await diffWithGit(git, before, head, undefined, input.log)), problems };
    // A new branch has no `before`; a force-push's `before` is not in the new history.
    const why = !before || NULL_SHA.test(before) ? 'a new branch' : 'a force-push';
    if (!event.defaultBranch || (event.isDefaultBranch && why === 'a new branch'))
      return { files: null, source: 'none', full: `push of ${why} with no default branch to compare with`, problems };
    problems.push({ kind: 'other', message: `push of ${why}: compared with the default branch ${event.defaultBranch}` });
    return { ...(await diffWithGit(git, `origin/${event.defaultBranch}`, head, event.defaultBranch, input.log)), problems };
  }

  const base = input.baseRef ?? event.baseSha ?? (event.baseRef ? event.baseRef : undefined);
  if (!base) return { files: null, source: 'none', full: `${event.name} event with no base to compare with`, problems };
  return { ...(await diffWithGit(git, base, head, undefined, input.log)), problems };
}

function errorText(error: unknown): string {
  const status = (error as { status?: number })?.status;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}

async function isAncestor(git: Git, ancestor: string, descendant: string): Promise<boolean> {
  // `merge-base --is-ancestor` answers by exit status only; the merge-base equal to the ancestor says the same in output.
  const resolved = (await git.run(['rev-parse', '--verify', '--quiet', `${ancestor}^{commit}`], { allowFailure: true })).trim();
  if (!resolved) return false;
  const base = (await git.run(['merge-base', resolved, descendant], { allowFailure: true })).trim();
  return base === resolved;
}

async function commitExists(git: Git, rev: string): Promise<boolean> {
  const out = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
  return out.trim() !== '';
}

async function mergeBaseOrUndefined(git: Git, base: string, head: string): Promise<string | undefined> {
  if (!(await commitExists(git, base)) || !(await commitExists(git, head))) return undefined;
  const out = await git.run(['merge-base', base, head], { allowFailure: true });
  return out.trim() || undefined;
}

/** The fix we give for a base that is not in the checkout. */
export function missingBaseMessage(base: string, detail?: string): string {
  return (
    `the base "${base}" is not in this checkout${detail ? ` (${detail})` : ''}: ` +
    'set "fetch-depth: 0" on actions/checkout so the history is there, or pass a base ref/commit that exists'
  );
}

/**
 * `git diff --name-status <merge-base> <head>`. A shallow checkout lacks the base or the
 * history down to the merge-base: fetch them first.
 */
async function diffWithGit(
  git: Git,
  base: string,
  head: string,
  baseBranch: string | undefined,
  log?: Log,
): Promise<Omit<DetectedChanges, 'problems'>> {
  await ensureHistory(git, base, baseBranch, log);
  if (!(await commitExists(git, base))) throw new GitStateError(missingBaseMessage(base));
  if (!(await commitExists(git, head))) throw new GitStateError(missingBaseMessage(head, 'head commit'));
  const mergeBase = (await git.run(['merge-base', base, head], { allowFailure: true })).trim();
  if (!mergeBase) throw new GitStateError(missingBaseMessage(base, `no common history with ${head}`));
  const output = await git.run(['diff', '--name-status', '-z', '--find-renames', '--no-color', mergeBase, head]);
  return { files: parseNameStatus(output), source: 'git', mergeBase };
}

/** A shallow checkout lacks the base, or the history down to the merge-base: fetch them from origin. */
async function ensureHistory(git: Git, base: string, baseBranch: string | undefined, log?: Log): Promise<void> {
  const shallow = (await git.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true })).trim() === 'true';
  if (!shallow && (await commitExists(git, base))) return;
  const refspecs = baseBranch ? [`+refs/heads/${baseBranch}:refs/remotes/origin/${baseBranch}`] : [];
  if (/^[0-9a-f]{7,40}$/i.test(base)) refspecs.push(base);
  log?.info(`fetching ${shallow ? 'the history' : 'the base'} from origin to find the merge-base with ${base}`);
  await git.run(['fetch', '--no-tags', '--quiet', ...(shallow ? ['--unshallow'] : []), 'origin', ...refspecs], { allowFailure: true });
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
  U: 'changed',
  X: 'changed',
};

/** Parses `git diff --name-status -z` (renames and copies carry two paths). */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (!code) continue;
    const status = STATUS[code[0]] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++];
      const path = fields[i++];
      files.push({ path, status, previousPath });
    } else files.push({ path: fields[i++], status });
  }
  return files;
}

/** Every path a change touches: a rename counts its old and its new path. */
export function touchedPaths(files: readonly ChangedFile[]): string[] {
  const paths: string[] = [];
  for (const file of files) {
    paths.push(file.path);
    if (file.previousPath && file.previousPath !== file.path) paths.push(file.previousPath);
  }
  return paths;
}

/** More changed files than this are selected by file (reading them all back costs more than it saves). */
const MAX_PREVIOUS = 20;

/**
 * The changed JS/TS and Python files as they were at the base (for selection by binding or by name, select.ts), when
 * there are a few; a file git cannot show (shallow history) is left out and goes by file.
 */
export async function previousTexts(
  git: Git,
  base: string | undefined,
  changed: ChangedFile[] | null,
): Promise<Record<string, string> | undefined> {
  const modified = (changed ?? []).filter((file) => file.status === 'modified' && (isJsFile(file.path) || file.path.endsWith('.py')));
  if (!base || modified.length === 0 || modified.length > MAX_PREVIOUS) return undefined;
  const texts: Record<string, string> = {};
  for (const file of modified) {
    try {
      texts[file.path] = await git.run(['show', `${base}:${file.path}`]);
    } catch {
      // not in the local history: by file
    }
  }
  return texts;
}
