/**
 * Patch coverage: the share of changed, coverable lines that are covered. Changed lines come from
 * `git diff -U0 <merge-base>...<head>` (the same diff diff-cover reads); a changed line counts only
 * when the coverage report measures it, and files the report does not know are left out, as
 * diff-cover does.
 */
import type { CoverageReport, FileCoverage } from '../model.js';
import type { Git } from '../util/git.js';
import { addedLines } from './diff.js';

export interface PatchCoverage {
  covered: number;
  total: number;
  /** 0–100, null when no coverable line changed */
  pct: number | null;
  files: Array<{ path: string; covered: number; total: number; missing: number[] }>;
}

/** The coverage entry for a changed path: exact, else the one whose path ends with it (or the reverse). */
function findFile(byPath: Map<string, FileCoverage>, files: FileCoverage[], path: string): FileCoverage | undefined {
  const exact = byPath.get(path);
  if (exact) return exact;
  const candidates = files.filter((file) => file.path.endsWith(`/${path}`) || path.endsWith(`/${file.path}`));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Pure: changed lines per file intersected with the report's coverable lines. */
export function computePatchCoverage(changed: Map<string, number[]>, coverage: CoverageReport): PatchCoverage {
  const byPath = new Map(coverage.files.map((file) => [file.path.replace(/^\.\//, ''), file]));
  const files: PatchCoverage['files'] = [];
  for (const [path, lines] of [...changed.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = findFile(byPath, coverage.files, path);
    if (!file) continue;
    const hits = new Map(file.lines);
    let covered = 0;
    let total = 0;
    const missing: number[] = [];
    for (const line of lines) {
      const count = hits.get(line);
      if (count === undefined) continue;
      total++;
      if (count > 0) covered++;
      else missing.push(line);
    }
    if (total > 0) files.push({ path, covered, total, missing });
  }
  const covered = files.reduce((sum, file) => sum + file.covered, 0);
  const total = files.reduce((sum, file) => sum + file.total, 0);
  return { covered, total, pct: total === 0 ? null : (covered / total) * 100, files };
}

/** The lines the change added, per file: `git diff -U0 <merge-base>...<head>`, or against the working tree without a head (as diff-cover does). */
export async function patchChanges(git: Git, mergeBase: string, head?: string): Promise<Map<string, number[]>> {
  const range = head ? [`${mergeBase}...${head}`] : [mergeBase];
  const diff = await git.run([
    '-c',
    'diff.mnemonicprefix=no',
    '-c',
    'diff.noprefix=no',
    '-c',
    'core.quotepath=off',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '-U0',
    ...range,
    '--',
  ]);
  return addedLines(diff);
}

export async function patchCoverage(input: {
  git: Git;
  mergeBase: string;
  head?: string;
  coverage: CoverageReport;
}): Promise<PatchCoverage> {
  return computePatchCoverage(await patchChanges(input.git, input.mergeBase, input.head), input.coverage);
}
