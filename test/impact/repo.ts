/** Real git repositories in temp dirs for the impact tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Config } from '../../src/config/schema.js';
import { buildImportGraph } from '../../src/impact/imports.js';
import { selectSuites } from '../../src/impact/select.js';
import { createGit, type Git } from '../../src/util/git.js';

export interface TempRepo {
  dir: string;
  git: Git;
  write(files: Record<string, string>): void;
  remove(...paths: string[]): void;
  /** stage everything and commit; returns the commit id */
  commit(message: string): string;
  sh(...args: string[]): string;
  cleanup(): void;
}

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function openRepo(dir: string): TempRepo {
  const sh = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: ENV, encoding: 'utf8' });
  return {
    dir,
    git: createGit(dir),
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    },
    remove(...paths) {
      for (const path of paths) rmSync(join(dir, path));
    },
    commit(message) {
      sh('add', '-A');
      sh('commit', '-q', '--allow-empty', '-m', message);
      return sh('rev-parse', 'HEAD').trim();
    },
    sh,
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function makeRepo(files: Record<string, string> = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'testops-impact-'));
  const repo = openRepo(dir);
  repo.sh('init', '-q', '-b', 'main');
  repo.write(files);
  return repo;
}

/** `git clone` of a repo (file:// so that --depth works); extra args e.g. --depth 1. */
export function cloneRepo(source: TempRepo, ...args: string[]): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'testops-clone-'));
  execFileSync('git', ['clone', '-q', ...args, `file://${source.dir}`, dir], { env: ENV });
  return openRepo(dir);
}

/**
 * The first suite's selection for one modified file, given its text before the change (`previous`,
 * as a plan reads it at the merge base); the working tree holds `after` and `extra` files only while
 * the graph is built, then the repository is put back.
 */
export async function planModified(
  repo: TempRepo,
  config: Config,
  path: string,
  before: string,
  after: string,
  extra: Record<string, string> = {},
) {
  repo.write({ [path]: after, ...extra });
  try {
    const graph = await buildImportGraph(repo.dir);
    return selectSuites({
      config,
      configPath: 'testops.yml',
      changed: [{ path, status: 'modified' }],
      event: { name: 'pull_request', headSha: 'x', isDefaultBranch: false, isFork: false },
      repoRoot: repo.dir,
      importGraph: graph,
      previous: { [path]: before },
    })[0];
  } finally {
    repo.write({ [path]: before });
    for (const file of Object.keys(extra)) repo.remove(file);
  }
}
