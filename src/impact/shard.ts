/**
 * Splitting the selected work over n matrix jobs: suites, and the test files of suites that
 * declare `files-arg`, balanced by their historical duration (longest-processing-time first).
 * Every shard computes the same assignment from the same inputs, so no coordination is needed,
 * and the same inputs give the same layout on every run (ties are broken by name, not by chance).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { InputError } from '../errors.js';
import type { Baseline, SuitePlan } from '../model.js';
import type { Git } from '../util/git.js';
import { medianOf } from '../util/stats.js';
import { compileGlobs } from './globs.js';

export interface ShardSpec {
  /** 1-based: shard 1/3, 2/3, 3/3 */
  index: number;
  total: number;
}

/** A piece of work to place: a whole suite, or one test file of a suite. */
interface Item {
  suite: string;
  file?: string;
  duration: number;
}

/** Assumed duration when the baseline has none (seconds). */
export const UNKNOWN_SUITE_SECONDS = 60;
export const UNKNOWN_FILE_SECONDS = 5;

/** "2/3" → {index: 2, total: 3}; throws a message naming what was expected. */
export function parseShard(text: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const spec = match ? { index: Number(match[1]), total: Number(match[2]) } : undefined;
  if (!spec || spec.total < 1 || spec.index < 1 || spec.index > spec.total)
    throw new InputError(`shard: expected "i/n" with 1 ≤ i ≤ n (e.g. "2/3"), got ${JSON.stringify(text)}`);
  return spec;
}

const median = (values: readonly number[] | undefined): number | undefined => medianOf(values?.filter((value) => value >= 0));

/** Test files per suite name, for splitting a whole `files-arg` suite (see `listTestFiles`). */
export type TestFiles = ReadonlyMap<string, readonly string[]>;

/**
 * The units of a suite: the files the plan picked, else — for a `files-arg` suite selected whole
 * — all its test files (so a full run is split too), else the suite itself.
 */
function filesOf(suite: SuitePlan, testFiles: TestFiles | undefined): readonly string[] | undefined {
  if (suite.files && suite.files.length > 0) return suite.files;
  const all = testFiles?.get(suite.name);
  return all && all.length > 0 ? all : undefined;
}

/** Every item with its estimated duration: the median of recent durations, else the median of the known ones, else a default. */
function itemsOf(plan: SuitePlan[], baseline: Baseline | null, testFiles: TestFiles | undefined): Item[] {
  const suiteKnown = plan.map((suite) => median(baseline?.suiteDurations[suite.name]));
  const suiteFallback = median(suiteKnown.filter((value): value is number => value !== undefined)) ?? UNKNOWN_SUITE_SECONDS;
  const items: Item[] = [];
  plan.forEach((suite, index) => {
    if (!suite.selected) return;
    const files = filesOf(suite, testFiles);
    if (files) {
      const durations = baseline?.fileDurations?.[suite.name] ?? {};
      const known = files.map((file) => median(durations[file]));
      const knownValues = known.filter((value): value is number => value !== undefined);
      // Unknown files: the median known file, or the suite's time spread over its files.
      const fileFallback =
        median(knownValues) ?? (suiteKnown[index] !== undefined ? suiteKnown[index] / files.length : UNKNOWN_FILE_SECONDS);
      for (const [fileIndex, file] of files.entries()) items.push({ suite: suite.name, file, duration: known[fileIndex] ?? fileFallback });
    } else items.push({ suite: suite.name, duration: suiteKnown[index] ?? suiteFallback });
  });
  return items;
}

/**
 * Which shard gets which item: items sorted by duration (longest first; equal ones by suite and
 * file name), each placed on the least-loaded shard (the lowest index among equally loaded ones).
 */
export function assignShards(
  plan: SuitePlan[],
  total: number,
  baseline: Baseline | null,
  testFiles?: TestFiles,
): { items: Item[]; shardOf: number[]; loads: number[] } {
  const items = itemsOf(plan, baseline, testFiles);
  const key = (item: Item) => `${item.suite}\u0000${item.file ?? ''}`;
  const order = items
    .map((_, index) => index)
    .sort((a, b) => items[b].duration - items[a].duration || (key(items[a]) < key(items[b]) ? -1 : key(items[a]) > key(items[b]) ? 1 : 0));
  const loads = new Array<number>(total).fill(0);
  const shardOf = new Array<number>(items.length).fill(0);
  for (const index of order) {
    let best = 0;
    for (let shard = 1; shard < total; shard++) if (loads[shard] < loads[best]) best = shard;
    shardOf[index] = best;
    loads[best] += items[index].duration;
  }
  return { items, shardOf, loads };
}

/**
 * The plan for one shard: the suites and files placed on it stay selected (with their share of
 * files and estimated time); the others are skipped with a reason naming the shard that runs them.
 */
export function shardSuites(plan: SuitePlan[], shard: ShardSpec, baseline: Baseline | null, testFiles?: TestFiles): SuitePlan[] {
  if (!Number.isInteger(shard.total) || shard.total < 1 || !Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.total)
    throw new Error(`shard: expected 1 ≤ index ≤ total, got ${shard.index}/${shard.total}`);
  const { items, shardOf, loads } = assignShards(plan, shard.total, baseline, testFiles);
  const mine = shard.index - 1;
  return plan.map((suite) => {
    if (!suite.selected) return suite;
    const placed = items.map((item, index) => ({ item, shard: shardOf[index] })).filter(({ item }) => item.suite === suite.name);
    const here = placed.filter((entry) => entry.shard === mine);
    const label = `${shard.index}/${shard.total}`;
    if (here.length === 0) {
      const elsewhere = [...new Set(placed.map((entry) => `${entry.shard + 1}/${shard.total}`))].join(', ');
      return { ...suite, selected: false, files: undefined, reasons: [...suite.reasons, `runs on shard ${elsewhere}, not ${label}`] };
    }
    const estimatedDuration = here.reduce((sum, entry) => sum + entry.item.duration, 0);
    const out: SuitePlan = {
      ...suite,
      estimatedDuration,
      reasons: [...suite.reasons, `shard ${label} (expected ${Math.round(loads[mine] ?? 0)}s of work)`],
    };
    const files = filesOf(suite, testFiles);
    if (files) {
      out.files = here.map((entry) => entry.item.file as string).sort();
      if (out.files.length < files.length) out.reasons.push(`${out.files.length} of ${files.length} test files on this shard`);
    }
    return out;
  });
}

/** The `matrix` output for a matrix job: `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export function matrixFor(total: number): { shard: string[] } {
  if (!Number.isInteger(total) || total < 1) throw new InputError(`shards: expected a whole number ≥ 1, got ${total}`);
  return { shard: Array.from({ length: total }, (_, index) => `${index + 1}/${total}`) };
}

/**
 * The test files of each selected `files-arg` suite that declares `tests:` globs: files git knows
 * at the head (tracked, and untracked but not ignored) that match, and exist.
 */
export async function listTestFiles(git: Git, config: Config, plan: readonly SuitePlan[]): Promise<Map<string, string[]>> {
  const wanted = plan.filter((suite) => {
    const suiteConfig = config.suites[suite.name];
    return suite.selected && !suite.files && suiteConfig?.['files-arg'] && suiteConfig.tests && suiteConfig.tests.length > 0;
  });
  const result = new Map<string, string[]>();
  if (wanted.length === 0) return result;
  const listed = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { allowFailure: true });
  const paths = [...new Set(listed.split('\0').filter(Boolean))].sort();
  for (const suite of wanted) {
    const matches = compileGlobs(config.suites[suite.name]?.tests ?? []);
    const files = paths.filter((path) => matches(path) && existsSync(join(git.cwd, path)));
    if (files.length > 0) result.set(suite.name, files);
  }
  return result;
}
