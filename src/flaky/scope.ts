/**
 * What a test can reach, as a fingerprint per suite: the blob ids of the files its `paths` match
 * at a revision. Two runs with the same fingerprint ran the same code as far as the suite's tests
 * can tell, so a failure that passes again under the same fingerprint is a flake, and a clean
 * streak that begins under a new one may be a fix. A suite without `paths` has no fingerprint
 * (anything may reach it): only the tree then says "same code".
 */
import { createHash } from 'node:crypto';
import { compileGlobs } from '../impact/globs.js';
import type { Git } from '../util/git.js';

export interface ScopedSuite {
  paths?: readonly string[];
}

/** `git ls-tree -r -z` records ("mode type id\tpath", NUL-terminated), parsed. */
function parseLsTree(output: string): Array<{ id: string; path: string }> {
  const files: Array<{ id: string; path: string }> = [];
  for (const line of output.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const id = line.slice(0, tab).split(' ')[2];
    if (id) files.push({ id, path: line.slice(tab + 1) });
  }
  return files;
}

/** Fingerprint of each suite that has paths, from a file list (pure; for tests and the simulation). */
export function scopesOf(files: ReadonlyArray<{ id: string; path: string }>, suites: Record<string, ScopedSuite>): Record<string, string> {
  const scopes: Record<string, string> = {};
  for (const [name, suite] of Object.entries(suites)) {
    if (!suite.paths || suite.paths.length === 0) continue;
    const matches = compileGlobs(suite.paths);
    const hash = createHash('sha256');
    let count = 0;
    for (const file of files)
      if (matches(file.path)) {
        hash.update(`${file.path}\u0000${file.id}\n`);
        count++;
      }
    if (count > 0) scopes[name] = hash.digest('hex').slice(0, 16);
  }
  return scopes;
}

/** The suites' fingerprints at `rev`; empty when git cannot list the tree (no commits, no repo). */
export async function suiteScopes(git: Git, suites: Record<string, ScopedSuite>, rev = 'HEAD'): Promise<Record<string, string>> {
  if (!Object.values(suites).some((suite) => suite.paths && suite.paths.length > 0)) return {};
  const output = await git.run(['ls-tree', '-r', '--full-tree', '-z', rev], { allowFailure: true });
  return scopesOf(parseLsTree(output), suites);
}
