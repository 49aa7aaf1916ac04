/** Real git for the data-branch tests: a bare remote and clones of it, and history records to append. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryRecord } from '../../src/history/record.js';
import { git, writeFiles } from '../cli/helpers.js';

/** A bare repository (the "GitHub" remote) with main holding one commit. */
export async function makeRemote(): Promise<{ bare: string; seed: string }> {
  const root = mkdtempSync(join(tmpdir(), 'testops-store-'));
  const bare = join(root, 'remote.git');
  await git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  const seed = join(root, 'seed');
  await git(root, 'clone', '-q', bare, seed);
  writeFiles(seed, { 'src/app.js': 'export const x = 1;\n' });
  await git(seed, 'add', '-A');
  await git(seed, 'commit', '-q', '-m', 'app');
  await git(seed, 'push', '-q', 'origin', 'HEAD:main');
  return { bare, seed };
}

/** A fresh clone of the remote (a runner's checkout). */
export async function cloneOf(bare: string, name: string): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'testops-writer-')), name);
  await git(tmpdir(), 'clone', '-q', bare, dir);
  return dir;
}

/** A small record of a run at `at` with `tests` tests (one failing every 7th run). */
export function makeRecord(id: string, at: string, tests = 3, extra: Partial<HistoryRecord> = {}): HistoryRecord {
  const failing = Number.parseInt(id, 10) % 7 === 0;
  return {
    version: 1,
    run: { id, commit: 'c'.repeat(40), event: 'push', branch: 'main', at, conclusion: failing ? 'failure' : 'success', duration: 3 },
    totals: {
      tests,
      passed: failing ? tests - 1 : tests,
      failed: failing ? 1 : 0,
      errored: 0,
      skipped: 0,
      flaky: 0,
      attempts: tests,
      duration: tests,
    },
    suites: [
      {
        name: 'unit',
        selected: true,
        status: failing ? 'failed' : 'passed',
        duration: tests,
        tests,
        failed: failing ? 1 : 0,
        skipped: 0,
        flaky: 0,
      },
    ],
    tests: Array.from({ length: tests }, (_, index) => ({
      id: index.toString(16).padStart(16, '0'),
      suite: 'unit',
      name: `test ${index}`,
      status: failing && index === 0 ? ('failed' as const) : ('passed' as const),
      duration: 0.01 * (index + 1),
    })),
    testsKept: 'all',
    coverage: {
      totals: {
        lines: { covered: 80, total: 100, pct: 80 },
        branches: { covered: 7, total: 10, pct: 70 },
        functions: { covered: 9, total: 10, pct: 90 },
      },
      files: { 'src/app.js': [8, 10] },
    },
    perf: [],
    security: { counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, new: 0, existing: 0 },
    selection: { suites: 1, selected: 1, skipped: 0, changedFiles: null, full: true, savedSeconds: 0 },
    flaky: [],
    ...extra,
  };
}

/** Times an hour apart from a start, as ISO strings. */
export const hourly = (start: string, index: number) => new Date(Date.parse(start) + index * 3_600_000).toISOString();
