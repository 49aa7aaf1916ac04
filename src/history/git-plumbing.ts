/**
 * Git plumbing for the data branch: objects and refs only, never the user's checkout. Blobs are
 * written with hash-object, trees built in a private index file (GIT_INDEX_FILE in a temp dir, so
 * the user's index is untouched), commits made with commit-tree, the remote branch fetched into a
 * private ref (refs/testops/…) and pushed by commit id. Nothing here runs checkout, reset or
 * anything that reads or writes the working tree or HEAD.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '../util/git.js';

/** The identity of the commits testops makes on the data branch (the Actions bot's noreply address). */
export const DATA_AUTHOR = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Run git in `cwd` with optional stdin and extra env; never throws for a non-zero exit. */
export function runGit(cwd: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code }),
    );
    child.stdin.on('error', () => {}); // git may exit before reading all of stdin; the exit code says why
    child.stdin.end(options.input ?? '');
  });
}

async function must(cwd: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const result = await runGit(cwd, args, options);
  if (result.code !== 0)
    throw new GitError(
      `git ${args.join(' ')} failed: ${result.stderr.trim().split('\n')[0] || `exit ${result.code}`}`,
      args,
      result.stderr,
      result.code,
    );
  return result.stdout;
}

export interface TreeEntry {
  path: string;
  oid: string;
}

/** The git plumbing a data-branch store needs, bound to one repository (the user's, by its git dir). */
export interface Plumbing {
  readonly cwd: string;
  /** fetch `branch` from `remote` into `localRef`; the tip commit, or null when the branch does not exist there */
  fetch(remote: string, branch: string, localRef: string): Promise<string | null>;
  /** every file (blob) of a commit's tree, by path */
  listFiles(commit: string): Promise<TreeEntry[]>;
  /** the contents of blobs, in order */
  readBlobs(oids: string[]): Promise<string[]>;
  writeBlob(text: string): Promise<string>;
  /** a new tree: `base`'s tree with paths set to blobs and paths removed (a private index; the user's is untouched) */
  writeTree(base: string | null, set: TreeEntry[], remove: string[]): Promise<string>;
  commitTree(tree: string, parent: string | null, message: string): Promise<string>;
  /**
   * push `commit` to `remote`'s `branch`: a fast-forward, or (with `lease`) a replacement of the tip
   * seen at `lease`. `rejected` when the remote moved meanwhile — fetch and try again.
   */
  push(remote: string, commit: string, branch: string, lease?: string | null): Promise<'pushed' | 'rejected'>;
  /** point a local ref at a commit (the private ref; never HEAD or a branch the user has checked out) */
  updateRef(ref: string, commit: string): Promise<void>;
}

const REJECTED = [
  /\[rejected\]/,
  /non-fast-forward/,
  /fetch first/,
  /stale info/,
  /cannot lock ref/,
  /failed to update ref/,
  /incorrect old value provided/,
  /\[remote rejected\].*(?:lock|failed to update|already exists)/,
];

export function plumbing(cwd: string): Plumbing {
  const commitEnv = {
    GIT_AUTHOR_NAME: DATA_AUTHOR.name,
    GIT_AUTHOR_EMAIL: DATA_AUTHOR.email,
    GIT_COMMITTER_NAME: DATA_AUTHOR.name,
    GIT_COMMITTER_EMAIL: DATA_AUTHOR.email,
  };
  return {
    cwd,
    async fetch(remote, branch, localRef) {
      const result = await runGit(cwd, [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        remote,
        `+refs/heads/${branch}:${localRef}`,
      ]);
      if (result.code !== 0) {
        if (/couldn't find remote ref|could not find remote ref/i.test(result.stderr)) return null;
        throw new GitError(
          `git fetch of branch ${branch} from ${remote} failed: ${result.stderr.trim().split('\n')[0] || `exit ${result.code}`}`,
          ['fetch', remote, branch],
          result.stderr,
          result.code,
        );
      }
      return (await must(cwd, ['rev-parse', '--verify', `${localRef}^{commit}`])).trim();
    },
    async listFiles(commit) {
      const out = await must(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit]);
      const entries: TreeEntry[] = [];
      for (const line of out.split('\0')) {
        if (!line) continue;
        const tab = line.indexOf('\t');
        const [, type, oid] = line.slice(0, tab).split(' ');
        if (type === 'blob') entries.push({ path: line.slice(tab + 1), oid });
      }
      return entries;
    },
    async readBlobs(oids) {
      if (oids.length === 0) return [];
      // cat-file --batch: "<oid> blob <size>\n<content>\n" per object, read as bytes (sizes are in bytes)
      const buffer = await new Promise<Buffer>((resolve, reject) => {
        const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks: Buffer[] = [];
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0
            ? resolve(Buffer.concat(chunks))
            : reject(new GitError(`git cat-file --batch failed: ${stderr.trim()}`, ['cat-file'], stderr, code)),
        );
        child.stdin.end(`${oids.join('\n')}\n`);
      });
      const texts: string[] = [];
      let at = 0;
      for (const oid of oids) {
        const newline = buffer.indexOf(10, at);
        const header = buffer.subarray(at, newline).toString('utf8');
        const [, type, size] = header.split(' ');
        if (type !== 'blob') throw new GitError(`git object ${oid} is not a readable blob (${header})`, ['cat-file'], '', 0);
        const start = newline + 1;
        texts.push(buffer.subarray(start, start + Number(size)).toString('utf8'));
        at = start + Number(size) + 1;
      }
      return texts;
    },
    async writeBlob(text) {
      return (await must(cwd, ['hash-object', '-w', '--stdin'], { input: text })).trim();
    },
    async writeTree(base, set, remove) {
      const dir = mkdtempSync(join(tmpdir(), 'testops-index-'));
      const env = { GIT_INDEX_FILE: join(dir, 'index') };
      try {
        if (base) await must(cwd, ['read-tree', base], { env });
        else await must(cwd, ['read-tree', '--empty'], { env });
        const lines = [
          ...remove.map((path) => `0 ${'0'.repeat(40)}\t${path}`),
          ...set.map((entry) => `100644 ${entry.oid}\t${entry.path}`),
        ];
        if (lines.length > 0) await must(cwd, ['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` });
        return (await must(cwd, ['write-tree'], { env })).trim();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async commitTree(tree, parent, message) {
      return (await must(cwd, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], { env: commitEnv })).trim();
    },
    async push(remote, commit, branch, lease) {
      const args = ['push', '--quiet', '--no-verify', '--porcelain'];
      if (lease !== undefined) args.push(`--force-with-lease=refs/heads/${branch}:${lease ?? ''}`);
      args.push(remote, `${commit}:refs/heads/${branch}`);
      const result = await runGit(cwd, args);
      if (result.code === 0) return 'pushed';
      const said = `${result.stdout}\n${result.stderr}`;
      if (REJECTED.some((pattern) => pattern.test(said))) return 'rejected';
      throw new GitError(
        `git push to branch ${branch} of ${remote} failed: ${result.stderr.trim().split('\n').filter(Boolean).slice(-1)[0] || `exit ${result.code}`}`,
        args,
        result.stderr,
        result.code,
      );
    },
    async updateRef(ref, commit) {
      await must(cwd, ['update-ref', ref, commit]);
    },
  };
}
