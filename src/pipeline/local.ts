/** The local (laptop) side of the pipeline: an EventInfo made from git instead of a GitHub event. */
import { UsageError } from '../errors.js';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { Minimatch } from 'minimatch';
import type { EventInfo } from '../model.js';
import type { Git } from '../util/git.js';

/** git with extra environment (a private index), never touching the user's index or refs. */
function gitWith(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env }, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => (error ? reject(new Error(`git ${args.join(' ')}: ${stderr.trim() || error.message}`)) : resolve(stdout)),
    );
  });
}

function gitWithInput(cwd: string, args: string[], env: NodeJS.ProcessEnv, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => (error ? reject(new Error(`git ${args.join(' ')}: ${stderr.trim() || error.message}`)) : resolve(stdout)),
    );
    child.stdin?.end(input);
  });
}

export interface WorkingTree {
  /** the commit that stands for the working tree: HEAD itself when nothing differs */
  sha: string;
  /** files that differ from HEAD (staged, unstaged, untracked and not ignored) */
  changed: number;
}

/**
 * The working tree as a commit: HEAD's index copied to a private index file, every change added
 * to it (`git add -A`: staged, unstaged, untracked and not ignored), written as a tree and, when
 * it differs from HEAD's, committed with HEAD as parent and HEAD's dates (the same tree gives the
 * same commit, so the seed derived from it is stable). Nothing the user sees changes: no ref, no
 * index, no file; the commit is unreferenced and git's gc removes it.
 */
export async function workingTreeCommit(git: Git, exclude: readonly string[] = []): Promise<WorkingTree> {
  const cwd = git.cwd;
  const head = (await git.run(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  const gitIndex = (await git.run(['rev-parse', '--git-path', 'index'])).trim();
  const index = join(tmpdir(), `testops-index-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    const source = isAbsolute(gitIndex) ? gitIndex : join(cwd, gitIndex);
    if (existsSync(source)) {
      copyFileSync(source, index);
      // keep the index's time: git re-reads a file whose time is not before the index's (racy git),
      // and a copy dated now would make a same-size edit made in the commit's second look unchanged
      const { atime, mtime } = statSync(source);
      utimesSync(index, atime, mtime);
    }
    const env = { GIT_INDEX_FILE: index };
    if (!existsSync(source)) await gitWith(cwd, ['read-tree', head], env);
    await gitWith(cwd, ['add', '-A', '--', '.'], env);
    // what the suites write (their reports and outputs) is not a change to test: back to HEAD's version
    if (exclude.length > 0) {
      const matchers = exclude.map((glob) => new Minimatch(glob, { dot: true }));
      const written = (await gitWith(cwd, ['diff', '--cached', '--name-only', '-z', '--no-renames', head], env))
        .split('\0')
        .filter((path) => path && matchers.some((matcher) => matcher.match(path)));
      if (written.length > 0)
        await gitWithInput(cwd, ['reset', '-q', head, '--pathspec-from-file=-', '--pathspec-file-nul'], env, written.join('\0'));
    }
    const tree = (await gitWith(cwd, ['write-tree'], env)).trim();
    const headTree = (await git.run(['rev-parse', `${head}^{tree}`])).trim();
    if (tree === headTree) return { sha: head, changed: 0 };
    const [date = '', name = 'testops', email = 'testops@localhost'] = (await git.run(['log', '-1', '--format=%cI%x00%cn%x00%ce', head]))
      .trim()
      .split('\0');
    const sha = (
      await gitWith(cwd, ['commit-tree', tree, '-p', head, '-m', 'testops: the working tree'], {
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: name,
        GIT_COMMITTER_EMAIL: email,
        GIT_COMMITTER_DATE: date,
      })
    ).trim();
    const changed = (await git.run(['diff', '--name-only', '-z', '--no-renames', head, sha])).split('\0').filter(Boolean).length;
    return { sha, changed };
  } finally {
    rmSync(index, { force: true });
  }
}

const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

async function resolve(git: Git, rev: string): Promise<string | undefined> {
  const out = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
  return out.trim() || undefined;
}

export { UsageError } from '../errors.js';

/**
 * Build the event of a local run: head against base (default the default branch). The head is
 * the working tree (staged, unstaged and untracked files that are not ignored) unless `--head REV`
 * names a commit; `headLabel` says which. `exclude` (globs: the suites' reports and outputs) are
 * files the runs write, not changes.
 */
export async function localEvent(git: Git, options: { base?: string; head?: string; exclude?: readonly string[] }): Promise<EventInfo> {
  const headRev = options.head ?? 'HEAD';
  let headSha = await resolve(git, headRev);
  if (!headSha)
    throw new UsageError(
      `--head: "${headRev}" is not a commit in ${git.cwd}${headRev === 'HEAD' ? ' (is this a git repository with a commit?)' : ''}`,
    );
  let headLabel = `commit ${headSha.slice(0, 7)} (--head ${headRev})`;
  if (options.head === undefined) {
    const tree = await workingTreeCommit(git, options.exclude);
    headSha = tree.sha;
    headLabel =
      tree.changed > 0
        ? `the working tree: HEAD ${(await resolve(git, 'HEAD'))?.slice(0, 7)} and ${tree.changed} uncommitted file${tree.changed === 1 ? '' : 's'} (staged, unstaged, untracked)`
        : `the working tree: HEAD ${headSha.slice(0, 7)}, nothing uncommitted`;
  }
  let baseRev = options.base;
  if (!baseRev) {
    for (const candidate of DEFAULT_BASES) {
      if (await resolve(git, candidate)) {
        baseRev = candidate;
        break;
      }
    }
  }
  if (!baseRev) throw new UsageError('--base: no default branch (origin/HEAD, main, master) found; pass --base REV');
  const baseSha = await resolve(git, baseRev);
  if (!baseSha) throw new UsageError(`--base: "${baseRev}" is not a commit; fetch it (git fetch origin ${baseRev}) or pass another --base`);
  const branch = (await git.run(['rev-parse', '--abbrev-ref', 'HEAD'], { allowFailure: true })).trim() || 'local';
  return {
    name: 'local',
    headSha,
    headLabel,
    baseSha,
    baseRef: baseRev,
    branch,
    isDefaultBranch: false,
    isFork: false,
  };
}
