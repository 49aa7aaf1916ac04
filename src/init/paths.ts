/**
 * The `paths` of a suite, from where its files are: each directory (under the suite's own
 * directory) that holds files of the runner's languages, and those files at its top. With
 * `impact: imports` the code files themselves are left to the import graph (a `!` glob), so
 * `paths` selects the whole suite only for what the graph cannot follow: fixtures, snapshots, data.
 */
import { posix } from 'node:path';
import { under } from './types.js';

export interface PathsInput {
  /** the suite's directory ("" for the repository root) */
  dir: string;
  /** file extensions of the runner's languages, without the dot */
  extensions: readonly string[];
  /** files named whatever their extension (package.json, pyproject.toml, a runner config) */
  also?: readonly string[];
  /** directories left to other suites (workspace packages under the root) */
  exclude?: readonly string[];
  /** leave code files to the import graph */
  imports?: boolean;
}

/** Directories that hold output or tooling, never a suite's code or tests. */
const NOT_CODE = new Set(['.github', '.vscode', '.idea', 'node_modules', 'dist', 'build', 'coverage', 'reports', '.testops']);

export function suitePaths(files: readonly string[], input: PathsInput): string[] {
  const prefix = input.dir ? `${input.dir}/` : '';
  const exts = new Set(input.extensions);
  const dirs = new Set<string>();
  const top = new Set<string>();
  const seenExts = new Set<string>();
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    if (input.exclude?.some((dir) => file === dir || file.startsWith(`${dir}/`))) continue;
    const rest = file.slice(prefix.length);
    const ext = posix.extname(rest).slice(1);
    if (!exts.has(ext)) continue;
    seenExts.add(ext);
    const slash = rest.indexOf('/');
    if (slash < 0) top.add(rest);
    else if (!NOT_CODE.has(rest.slice(0, slash)) && !rest.startsWith('.')) dirs.add(rest.slice(0, slash));
  }
  // with imports, code files at the top are the graph's; the directories may hold fixtures and data too
  const topFiles = input.imports ? [] : [...top].sort();
  const globs = [...[...dirs].sort().map((dir) => under(input.dir, `${dir}/**`)), ...topFiles.map((file) => under(input.dir, file))];
  for (const file of input.also ?? []) if (!globs.includes(file)) globs.push(file);
  if (input.imports && seenExts.size > 0 && dirs.size > 0) {
    const list = [...seenExts].sort();
    const pattern = list.length === 1 ? `*.${list[0]}` : `*.{${list.join(',')}}`;
    globs.push(`!${under(input.dir, `**/${pattern}`)}`);
  }
  return globs;
}

export const JS_EXTENSIONS = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'] as const;
