/**
 * GOLDEN cassettes kept honest. Around a suite that declares `cassettes:`:
 * - which cassettes the run read: the suite (or its recording library) appends each cassette path
 *   it opens to the file named by TESTOPS_CASSETTE_MANIFEST; without a manifest, access times are
 *   used when they visibly moved during the run (a noatime or relatime mount may not show reads,
 *   in which case reads are "unknown", never guessed);
 * - which cassettes are stale: last committed before the newest change (commit or uncommitted
 *   edit) to the code they record, by git history rather than file times (a checkout sets every
 *   file's time to now).
 */
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CassettesConfig } from '../config/sections/resilience.js';
import type { CassetteAudit } from '../model.js';
import type { Git } from '../util/git.js';
import { findFiles } from './reports.js';

/** Lists in the report stop here; the counts stay exact. */
export const MAX_LISTED = 50;

export interface CassetteSession {
  /** TESTOPS_CASSETTE_MANIFEST for the suite's environment */
  env: Record<string, string>;
  /** after the suite: reads and staleness */
  finish(options: { golden: boolean }): Promise<CassetteAudit>;
}

export interface CassetteOptions {
  repoRoot: string;
  /** where the manifest is written (outside the suite's report globs) */
  manifest: string;
  git: Git;
  /** wall-clock milliseconds (for uncommitted changes) */
  now: () => number;
}

const toPosix = (path: string) => path.split('\\').join('/');

export async function openCassettes(config: CassettesConfig, options: CassetteOptions): Promise<CassetteSession> {
  const files = await findFiles(options.repoRoot, config.path);
  const atimes = new Map<string, number>();
  for (const file of files) atimes.set(file, await accessTime(join(options.repoRoot, file)));
  await mkdir(dirname(options.manifest), { recursive: true });
  await rm(options.manifest, { force: true });
  return {
    env: { TESTOPS_CASSETTE_MANIFEST: options.manifest },
    async finish({ golden }) {
      const reads = await readsOf(files, atimes, options);
      const stale = config.code ? await staleCassettes(files, config.code, config.path, options) : { stale: [] };
      const unused = golden && reads.read ? files.filter((file) => !reads.read?.has(file)) : [];
      return {
        files: files.length,
        readBy: reads.by,
        ...(reads.read ? { read: files.filter((file) => reads.read?.has(file)).length } : {}),
        unused: unused.slice(0, MAX_LISTED),
        unusedCount: unused.length,
        stale: stale.stale.slice(0, MAX_LISTED),
        staleCount: stale.stale.length,
        ...(stale.unknown ? { staleUnknown: stale.unknown } : {}),
      };
    },
  };
}

async function accessTime(path: string): Promise<number> {
  try {
    return (await stat(path)).atimeMs;
  } catch {
    return Number.NaN;
  }
}

async function readsOf(
  files: readonly string[],
  atimes: ReadonlyMap<string, number>,
  options: CassetteOptions,
): Promise<{ by: CassetteAudit['readBy']; read?: Set<string> }> {
  let text: string | undefined;
  try {
    text = await readFile(options.manifest, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const read = new Set<string>();
    for (const line of text.split(/\r?\n/)) {
      const entry = line.trim();
      if (!entry) continue;
      const path = toPosix(
        isAbsolute(entry) ? relative(options.repoRoot, entry) : relative(options.repoRoot, resolve(options.repoRoot, entry)),
      );
      read.add(path);
    }
    return { by: 'manifest', read };
  }
  const read = new Set<string>();
  for (const file of files) {
    const before = atimes.get(file) ?? Number.NaN;
    const after = await accessTime(join(options.repoRoot, file));
    if (after > before) read.add(file);
  }
  // No access time moved: either nothing was read or the mount does not record reads. Unknown, not "all unused".
  return read.size > 0 ? { by: 'atime', read } : { by: 'unknown' };
}

/** Newest commit time (seconds) of each path matching the pathspecs, and the newest path overall. */
async function lastChanges(git: Git, globs: readonly string[]): Promise<Map<string, number>> {
  const specs = globs.map((glob) => (glob.startsWith('!') ? `:(exclude,glob)${glob.slice(1)}` : `:(glob)${glob}`));
  const out = await git.run(['log', '--format=%x01%ct', '--name-only', '--no-renames', '--', ...specs], { allowFailure: true });
  const times = new Map<string, number>();
  let time = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('\u0001')) time = Number(line.slice(1));
    else if (line && !times.has(line)) times.set(line, time);
  }
  return times;
}

async function dirtyPaths(git: Git, globs: readonly string[]): Promise<string[]> {
  const specs = globs.map((glob) => (glob.startsWith('!') ? `:(exclude,glob)${glob.slice(1)}` : `:(glob)${glob}`));
  const out = await git.run(['status', '--porcelain', '--no-renames', '--', ...specs], { allowFailure: true });
  return out
    .split('\n')
    .filter((line) => line.length > 3)
    .map((line) => line.slice(3).replace(/^"|"$/g, ''));
}

async function staleCassettes(
  files: readonly string[],
  code: readonly string[],
  cassetteGlobs: readonly string[],
  options: CassetteOptions,
): Promise<{ stale: CassetteAudit['stale']; unknown?: string }> {
  const { git } = options;
  const inside = await git.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
  if (inside.trim() !== 'true') return { stale: [], unknown: 'not a git repository: cassette ages come from git history' };
  const shallow = (await git.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true })).trim() === 'true';
  const nowSeconds = Math.floor(options.now() / 1000);
  const codeTimes = await lastChanges(git, code);
  for (const path of await dirtyPaths(git, code)) codeTimes.set(path, nowSeconds);
  let newestCode: { path: string; time: number } | undefined;
  for (const [path, time] of codeTimes) if (!newestCode || time > newestCode.time) newestCode = { path, time };
  if (!newestCode) return { stale: [] };
  const cassetteTimes = await lastChanges(git, cassetteGlobs);
  for (const path of await dirtyPaths(git, cassetteGlobs)) cassetteTimes.set(path, nowSeconds);
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
  const stale: CassetteAudit['stale'] = [];
  for (const file of files) {
    const recorded = cassetteTimes.get(file);
    if (recorded === undefined) continue; // never committed: recorded in this working tree, so not older than the code
    if (recorded < newestCode.time)
      stale.push({ file, recordedAt: iso(recorded), codeChangedAt: iso(newestCode.time), code: newestCode.path });
  }
  return shallow ? { stale, unknown: 'shallow clone: ages are only as old as the fetched history (use fetch-depth: 0)' } : { stale };
}
