/**
 * Finding a suite's report files after an attempt, keeping only the ones that attempt wrote,
 * and copying them aside (workDir/<suite>/<attempt>/) before the next attempt overwrites them.
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GLOBSTAR, Minimatch } from 'minimatch';
import type { SuiteConfig } from '../config/schema.js';
import type { ReportKind } from '../model.js';

export interface ReportSpec {
  kind: ReportKind;
  /** 'auto' lets the parser sniff the format */
  format: string;
  patterns: string[];
}

/** The suite's `reports:` as a flat list. */
export function reportSpecs(suite: Pick<SuiteConfig, 'reports'>): ReportSpec[] {
  const { junit, tests, coverage, perf, security } = suite.reports;
  const specs: ReportSpec[] = [];
  for (const [kind, entries] of [
    ['tests', [...(junit ?? []), ...(tests ?? [])]],
    ['coverage', coverage ?? []],
    ['perf', perf ?? []],
    ['security', security ?? []],
  ] as const) {
    for (const entry of entries) specs.push({ kind, format: entry.format, patterns: entry.path });
  }
  return specs;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Directories never walked into unless a pattern names them. */
const SKIPPED_DIRS = ['.git', 'node_modules'];

/**
 * Files under `root` matching the globs (minimatch syntax, "!glob" excludes), as sorted
 * forward-slash paths relative to `root`. Only the fixed leading part of each glob is walked.
 */
export async function findFiles(root: string, patterns: readonly string[], ignoreDirs: readonly string[] = []): Promise<string[]> {
  const ignored = new Set(ignoreDirs.map((dir) => resolve(dir)));
  const includes = patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => new Minimatch(pattern, { dot: true }));
  const excludes = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => new Minimatch(pattern.slice(1), { dot: true }));
  const found = new Set<string>();
  for (const matcher of includes) {
    const mentioned = new Set(SKIPPED_DIRS.filter((dir) => matcher.pattern.includes(dir)));
    for (const parts of matcher.set) {
      const fixed: string[] = [];
      for (const part of parts) {
        if (typeof part !== 'string') break;
        fixed.push(part);
      }
      if (fixed.length === parts.length) {
        // A literal path: look at that one file instead of listing its directory.
        const literal = isAbsolute(matcher.pattern) ? `/${fixed.filter(Boolean).join('/')}` : fixed.join('/');
        if (await isFile(isAbsolute(literal) ? literal : join(root, literal))) found.add(literal);
        continue;
      }
      const deep = parts.includes(GLOBSTAR);
      const base = fixed.length === parts.length ? fixed.slice(0, -1) : fixed;
      const baseDir = isAbsolute(matcher.pattern) ? `/${base.filter(Boolean).join('/')}` : join(root, ...base);
      const maxDepth = deep ? Number.POSITIVE_INFINITY : parts.length - base.length;
      await walk(baseDir, maxDepth, { allowed: mentioned, ignored }, (file) => {
        const name = isAbsolute(matcher.pattern) ? file : toPosix(relative(root, file));
        if (matcher.match(name)) found.add(name);
      });
    }
  }
  return [...found].filter((file) => !excludes.some((matcher) => matcher.match(file))).sort();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

interface WalkRules {
  /** names of SKIPPED_DIRS the pattern mentions */
  allowed: Set<string>;
  /** absolute directories never entered (the runner's own work dir) */
  ignored: Set<string>;
}

async function walk(dir: string, depth: number, rules: WalkRules, onFile: (path: string) => void): Promise<void> {
  if (depth <= 0) return;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // missing directory: no files
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.includes(entry.name) && !rules.allowed.has(entry.name)) continue;
      if (rules.ignored.has(path)) continue;
      await walk(path, depth - 1, rules, onFile);
    } else if (entry.isFile() || entry.isSymbolicLink()) onFile(path);
  }
}

/**
 * The fixed directories of the report globs (`reports/unit` for `reports/unit/*.xml`), so that
 * tools which do not create the directory of their output file (node --test, many reporters)
 * still write their report. Only directories inside the repository are made.
 */
export function reportDirs(repoRoot: string, specs: readonly ReportSpec[]): string[] {
  const dirs = new Set<string>();
  for (const spec of specs) {
    for (const pattern of spec.patterns) {
      if (pattern.startsWith('!') || isAbsolute(pattern)) continue;
      for (const parts of new Minimatch(pattern, { dot: true }).set) {
        const fixed: string[] = [];
        for (const part of parts) {
          if (typeof part !== 'string') break;
          fixed.push(part);
        }
        const base = fixed.length === parts.length ? fixed.slice(0, -1) : fixed;
        const dir = join(repoRoot, ...base);
        const inside = relative(repoRoot, dir);
        if (inside && !inside.startsWith('..') && !isAbsolute(inside)) dirs.add(dir);
      }
    }
  }
  return [...dirs].sort();
}

export async function ensureReportDirs(repoRoot: string, specs: readonly ReportSpec[]): Promise<void> {
  for (const dir of reportDirs(repoRoot, specs)) {
    try {
      await mkdir(dir, { recursive: true });
    } catch {
      // a file in the way: the suite's own tool will say so
    }
  }
}

/** Identity of a file's content at a moment: a rewrite changes at least one of these. */
export type Stamps = Map<string, string>;

async function stampOf(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** Stamps of every report file that exists now (taken before an attempt). */
export async function stampReports(repoRoot: string, specs: readonly ReportSpec[], ignoreDirs: readonly string[] = []): Promise<Stamps> {
  const stamps: Stamps = new Map();
  for (const spec of specs) {
    for (const file of await findFiles(repoRoot, spec.patterns, ignoreDirs)) {
      const stamp = await stampOf(isAbsolute(file) ? file : join(repoRoot, file));
      if (stamp) stamps.set(file, stamp);
    }
  }
  return stamps;
}

export interface CollectedReport {
  spec: ReportSpec;
  /** relative to the repo root (as matched) */
  file: string;
  /** absolute path of the copy in the work dir */
  copy: string;
}

export interface Collected {
  reports: CollectedReport[];
  /** matched files this attempt did not write (left from before): ignored */
  stale: string[];
}

/**
 * After an attempt: the report files it wrote (new or changed since `before`), copied into
 * `destDir` under their repo-relative path.
 */
export async function collectReports(
  repoRoot: string,
  specs: readonly ReportSpec[],
  before: Stamps,
  destDir: string,
  ignoreDirs: readonly string[] = [],
): Promise<Collected> {
  const reports: CollectedReport[] = [];
  const stale: string[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    for (const file of await findFiles(repoRoot, spec.patterns, ignoreDirs)) {
      if (seen.has(file)) continue;
      seen.add(file);
      const source = isAbsolute(file) ? file : join(repoRoot, file);
      const stamp = await stampOf(source);
      if (!stamp) continue;
      if (before.get(file) === stamp) {
        stale.push(file);
        continue;
      }
      const copy = join(destDir, isAbsolute(file) ? file.replace(/^\/+/, '') : file.replace(/^(\.\.\/)+/, ''));
      await mkdir(dirname(copy), { recursive: true });
      await copyFile(source, copy);
      reports.push({ spec, file, copy });
    }
  }
  return { reports, stale };
}
