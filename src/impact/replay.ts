/**
 * `testops replay-impact --from REV --to REV [--verify]`: replays selection over a repository's
 * own history — each commit with its own import graph — and reports the test time it would have
 * saved, by test file. With --verify it runs the tests at each commit and its parent and names the
 * failures the selection would have missed (exit 1 when there is any).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { GitStateError, reportError, UsageError } from '../errors.js';
import type { Baseline } from '../model.js';
import { systemClock } from '../util/clock.js';
import { createGit } from '../util/git.js';
import type { Log } from '../util/log.js';
import { medianOf } from '../util/stats.js';
import { formatPct } from '../render/format.js';
import { changedBetween, EMPTY_TREE, isOneSource, type PerTestRow, type ReplayCommit, Replayer } from './replay-engine.js';

export interface ReplayIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

const USAGE =
  'usage: testops replay-impact --from REV --to REV [--verify [--mutants] [--per-test]] [--one-source] [--setup CMD] [--record DIR] [--config FILE] [--baseline FILE] [--json]';

const quietLog = (debug: (line: string) => void): Log => ({
  info: debug,
  warning: debug,
  error: debug,
  notice: debug,
  group: () => {},
  endGroup: () => {},
  debug: () => {},
});

export async function replayImpactCommand(argv: string[], io: ReplayIo): Promise<number> {
  let options: {
    from?: string;
    to?: string;
    config?: string;
    baseline?: string;
    json?: boolean;
    verify?: boolean;
    setup?: string;
    record?: string;
    verbose?: boolean;
    mutants?: boolean;
    'one-source'?: boolean;
    'per-test'?: boolean;
  };
  try {
    options = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        json: { type: 'boolean' },
        verify: { type: 'boolean' },
        setup: { type: 'string' },
        record: { type: 'string' },
        verbose: { type: 'boolean' },
        mutants: { type: 'boolean' },
        'one-source': { type: 'boolean' },
        'per-test': { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return reportError(new UsageError(`replay-impact: ${(error as Error).message}; ${USAGE}`), 'testops replay-impact', (line) =>
      io.stderr(`${line}\n`),
    );
  }
  let replayer: Replayer | undefined;
  try {
    if (!options.from || !options.to) throw new UsageError(`replay-impact: --from and --to are required; ${USAGE}`);
    const repoRoot = (await createGit(io.cwd).run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim();
    if (!repoRoot)
      throw new GitStateError(`replay-impact: ${io.cwd} is not inside a git repository; run it in the checkout whose history to replay`);
    const git = createGit(repoRoot);
    // today's config (from the working tree) judges every commit: history rarely has one
    const { config, path: configPath } = loadConfig(repoRoot, options.config ? resolve(io.cwd, options.config) : undefined);
    for (const rev of [options.from, options.to]) {
      const found = (await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true })).trim();
      if (!found)
        throw new GitStateError(`replay-impact: ${rev} is not a commit in ${repoRoot} (fetch the history: git fetch --unshallow)`);
    }
    const baseline = options.baseline ? readBaselineFile(resolve(io.cwd, options.baseline)) : undefined;
    const log = await git.run(['log', '--first-parent', '--reverse', '--format=%H%x09%P%x09%s', `${options.from}..${options.to}`]);
    const commits = log.split('\n').filter(Boolean);
    const progress = (line: string) => io.stderr(`${line}\n`);
    replayer = new Replayer({
      root: repoRoot,
      git,
      config,
      configPath,
      verify: Boolean(options.verify || options.mutants || options['per-test']),
      // --one-source with --verify: the mutants of each change give the best any safe selection by file could do
      mutants: Boolean(options.mutants || (options['one-source'] && options.verify)),
      perTest: Boolean(options['per-test']),
      ...(options.setup ? { setup: options.setup } : {}),
      ...(baseline ? { baseline } : {}),
      ...(options.record ? { record: resolve(io.cwd, options.record) } : {}),
      log: quietLog(options.verbose ? progress : () => {}),
      clock: systemClock,
      progress: options.verify || options.verbose ? progress : () => {},
    });
    await replayer.open();
    const rows: ReplayCommit[] = [];
    let skipped = 0;
    for (const line of commits) {
      const [commit, parents, subject] = line.split('\t');
      const parent = parents.split(' ')[0] || EMPTY_TREE;
      // --one-source: only the commits that change one source file and nothing else (the others cost nothing)
      if (options['one-source'] && !isOneSource(config, await changedBetween(git, parent, commit))) {
        skipped++;
        continue;
      }
      const row = await replayer.replay(commit, parent, subject);
      rows.push(row);
      if (options.verify || options['per-test']) progress(renderRow(row, 'seconds'));
    }
    const verify = Boolean(options.verify || options.mutants || options['per-test']);
    const unit = verify || baseline ? 'seconds' : 'files';
    const summary = { ...summarize(rows), skipped };
    if (options.json) io.stdout(`${JSON.stringify({ unit, commits: rows, summary }, null, 2)}\n`);
    else
      io.stdout(
        `${renderReplay(rows, unit, verify)}${skipped > 0 ? `(${skipped} other commit${skipped === 1 ? '' : 's'} in the range left out: --one-source)\n` : ''}`,
      );
    const perTestMissed = summary.perTest ? summary.perTest.missed + summary.perTest.mutantsMissed + summary.perTest.selectionProblems : 0;
    return summary.missed + summary.mutantsMissed + summary.selectionProblems + perTestMissed > 0 ? 1 : 0;
  } catch (error) {
    return reportError(error, 'testops replay-impact', (line) => io.stderr(`${line}\n`));
  } finally {
    await replayer?.close();
  }
}

function readBaselineFile(path: string): Baseline {
  let baseline: Baseline;
  try {
    baseline = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  } catch (error) {
    throw new UsageError(`replay-impact: --baseline ${path}: expected a baseline JSON file (${(error as Error).message.split('\n')[0]})`);
  }
  if (
    !baseline ||
    typeof baseline !== 'object' ||
    (typeof baseline.suiteDurations !== 'object' && typeof baseline.fileDurations !== 'object')
  )
    throw new UsageError(`replay-impact: --baseline ${path}: expected "suiteDurations" or "fileDurations" (suite → seconds)`);
  return baseline;
}

export interface ReplaySummary {
  commits: number;
  /** share of test time saved over all commits, 0–1 */
  saved: number;
  /** the same, over the commits that change one file that is not a test (the typical small PR) */
  savedOneSource: number | null;
  oneSourceCommits: number;
  /** the median of the per-commit shares saved on those commits, 0–1 */
  savedOneSourceMedian: number | null;
  /** test time (or files) those commits selected and would have run in full */
  oneSourceSelected: number;
  oneSourceTotal: number;
  /** why those commits selected what they did: "every test file loads it", "ran whole", … → commits */
  oneSourceWhy: Record<string, number>;
  /**
   * with mutants: the best a safe selection by file could save on those commits — only the test files
   * holding a test that a mutant of the change fails run — in total and the median per commit; a
   * commit without a mutant (its file deleted) counts at testops' own selection
   */
  boundOneSource?: number | null;
  boundOneSourceMedian?: number | null;
  /** those commits whose bound was measured */
  boundOneSourceCommits?: number;
  changedTests: number;
  missed: number;
  /** mutants checked (changed source files made to throw), the test failures they caused, and those not selected */
  mutants: number;
  mutantFailures: number;
  mutantsMissed: number;
  selectionProblems: number;
  /** commits of the range not replayed (--one-source) */
  skipped?: number;
  /** with --per-test: selection by test, in summed test durations */
  perTest?: PerTestSummary;
}

export interface PerTestSummary {
  commits: number;
  /** shares saved over all commits, by test and (same unit) by file */
  saved: number;
  savedByFile: number;
  oneSourceCommits: number;
  savedOneSource: number | null;
  savedOneSourceMedian: number | null;
  savedOneSourceByFile: number | null;
  /** commits where a suite fell back to selection by file, by reason kind */
  fallbacks: Record<string, number>;
  missed: number;
  /** the selected tests run alone disagreeing with the full run */
  selectionProblems: number;
  mutants: number;
  mutantFailures: number;
  mutantsMissed: number;
}

function summarizePerTest(rows: ReplayCommit[]): PerTestSummary | undefined {
  const measured = rows.filter((row) => row.perTest);
  if (measured.length === 0) return undefined;
  const share = (list: ReplayCommit[], pick: (row: PerTestRow) => number) => {
    const total = list.reduce((sum, row) => sum + (row.perTest as PerTestRow).totalTime, 0);
    return total > 0 ? 1 - list.reduce((sum, row) => sum + pick(row.perTest as PerTestRow), 0) / total : null;
  };
  const one = measured.filter((row) => row.oneSource);
  const fallbacks: Record<string, number> = {};
  for (const row of measured)
    for (const reason of (row.perTest as PerTestRow).fallback.slice(0, 1)) {
      const kind = fallbackKind(reason);
      fallbacks[kind] = (fallbacks[kind] ?? 0) + 1;
    }
  const checks = measured.flatMap((row) => row.perTest?.mutants ?? []);
  return {
    commits: measured.length,
    saved: share(measured, (row) => row.selectedTime) ?? 0,
    savedByFile: share(measured, (row) => row.fileLevelTime) ?? 0,
    oneSourceCommits: one.length,
    savedOneSource: share(one, (row) => row.selectedTime),
    savedOneSourceMedian: median(
      one.flatMap((row) =>
        (row.perTest as PerTestRow).totalTime > 0
          ? [1 - (row.perTest as PerTestRow).selectedTime / (row.perTest as PerTestRow).totalTime]
          : [],
      ),
    ),
    savedOneSourceByFile: share(one, (row) => row.fileLevelTime),
    fallbacks,
    missed: measured.reduce((sum, row) => sum + (row.perTest as PerTestRow).missed.length, 0),
    selectionProblems: measured.reduce((sum, row) => sum + ((row.perTest as PerTestRow).selectionProblems?.length ?? 0), 0),
    mutants: checks.length,
    mutantFailures: checks.reduce((sum, check) => sum + check.failing, 0),
    mutantsMissed: checks.reduce((sum, check) => sum + check.missed.length, 0),
  };
}

/** "py: src/a.py:12 (parent) is outside any function body" → "outside any function body" */
function fallbackKind(reason: string): string {
  const known = [
    'outside any function body',
    'is not Python',
    'conftest.py',
    'is new or gone',
    'is a fixture',
    'also runs outside the tests',
    'not in the baseline',
    'ran whole',
    'was deleted',
    'was renamed',
    'was added',
    'no per-test coverage at the parent',
    'pytest suites only',
  ];
  return known.find((kind) => reason.includes(kind)) ?? reason;
}

export function summarize(rows: ReplayCommit[]): ReplaySummary {
  const total = rows.reduce((sum, row) => sum + row.totalTime, 0);
  const selected = rows.reduce((sum, row) => sum + row.selectedTime, 0);
  const one = rows.filter((row) => row.oneSource);
  const oneTotal = one.reduce((sum, row) => sum + row.totalTime, 0);
  const oneSelected = one.reduce((sum, row) => sum + row.selectedTime, 0);
  const shares = one.filter((row) => row.totalTime > 0).map((row) => 1 - row.selectedTime / row.totalTime);
  const perTest = summarizePerTest(rows);
  const why: Record<string, number> = {};
  for (const row of one) {
    const kind = row.why.split(' (')[0];
    why[kind] = (why[kind] ?? 0) + 1;
  }
  const bounded = one.filter((row) => row.boundTime !== undefined);
  const boundOf = (row: ReplayCommit) => row.boundTime ?? row.selectedTime;
  const bound =
    bounded.length > 0
      ? {
          boundOneSource: oneTotal > 0 ? 1 - one.reduce((sum, row) => sum + boundOf(row), 0) / oneTotal : null,
          boundOneSourceMedian: median(one.filter((row) => row.totalTime > 0).map((row) => 1 - boundOf(row) / row.totalTime)),
          boundOneSourceCommits: bounded.length,
        }
      : {};
  return {
    commits: rows.length,
    saved: total > 0 ? 1 - selected / total : 0,
    savedOneSource: oneTotal > 0 ? 1 - oneSelected / oneTotal : null,
    oneSourceCommits: one.length,
    savedOneSourceMedian: median(shares),
    oneSourceSelected: oneSelected,
    oneSourceTotal: oneTotal,
    oneSourceWhy: why,
    ...bound,
    changedTests: rows.reduce((sum, row) => sum + (row.changedTests ?? 0), 0),
    missed: rows.reduce((sum, row) => sum + (row.missed?.length ?? 0), 0),
    mutants: rows.reduce((sum, row) => sum + (row.mutants?.length ?? 0), 0),
    mutantFailures: rows.reduce((sum, row) => sum + (row.mutants ?? []).reduce((total, check) => total + check.failing, 0), 0),
    mutantsMissed: rows.reduce((sum, row) => sum + (row.mutants ?? []).reduce((total, check) => total + check.missed.length, 0), 0),
    selectionProblems: rows.reduce((sum, row) => sum + (row.selectionProblems?.length ?? 0), 0),
    ...(perTest ? { perTest } : {}),
  };
}

const median = (values: number[]): number | null => medianOf(values) ?? null;

/** A share as whole percent ("40%"): render's formatPct with no decimals. */
const percent = (fraction: number) => formatPct(fraction * 100, 0);
const amount = (value: number, unit: 'seconds' | 'files') => (unit === 'seconds' ? `${value.toFixed(1)}s` : `${value}`);

function renderRow(row: ReplayCommit, unit: 'seconds' | 'files'): string {
  const saved = row.totalTime > 0 ? 1 - row.selectedTime / row.totalTime : 0;
  const verified =
    row.missed === undefined
      ? ''
      : `  ${row.changedTests} changed outcome${row.changedTests === 1 ? '' : 's'}, ${row.missed.length} missed${row.selectionProblems?.length ? `, ${row.selectionProblems.length} selection-run problem(s)` : ''}`;
  const lines = [
    `${row.commit.slice(0, 10)}  ${String(row.selectedItems).padStart(3)}/${row.totalItems} test files  ${amount(row.selectedTime, unit)} of ${amount(row.totalTime, unit)}  ${percent(saved).padStart(4)} saved${boundOf(row)}${verified}  ${row.subject}${row.note ? `  [${row.note}]` : ''}`,
  ];
  for (const test of row.missed ?? [])
    lines.push(`    MISSED ${test.suite} › ${test.file ?? '(suite)'} › ${test.name}: ${test.before} → ${test.after}`);
  for (const problem of row.selectionProblems ?? []) lines.push(`    SELECTION ${problem}`);
  for (const check of row.mutants ?? []) {
    const where = check.files && check.files.length > 0 ? ` in ${check.files.join(', ')}` : '';
    lines.push(
      `    mutant ${check.file}: ${check.failing} failing test(s)${where}, ${check.missed.length} not selected${check.module ? ` (the file throws on load: ${check.module})` : ''}`,
    );
    for (const test of check.missed)
      lines.push(`    MISSED (mutant of ${check.file}) ${test.suite} › ${test.file ?? '(suite)'} › ${test.name}`);
  }
  const by = row.perTest;
  if (by) {
    const share = (part: number) => (by.totalTime > 0 ? percent(1 - part / by.totalTime) : 'n/a');
    lines.push(
      `    by test: ${by.selectedTests}/${by.totalTests} tests, ${by.selectedTime.toFixed(2)}s of ${by.totalTime.toFixed(2)}s summed test time, ${share(by.selectedTime)} saved (by file ${share(by.fileLevelTime)})` +
        (by.fallback.length > 0 ? `  [by file: ${by.fallback[0]}]` : ''),
    );
    for (const reason of by.fallback.length > 0 ? [] : by.reasons) lines.push(`      ${reason}`);
    for (const problem of by.selectionProblems ?? []) lines.push(`    SELECTION (by test) ${problem}`);
    for (const test of by.missed)
      lines.push(`    MISSED (by test) ${test.suite} › ${test.file ?? '(suite)'} › ${test.name}: ${test.before} → ${test.after}`);
    for (const check of by.mutants ?? []) {
      lines.push(`    mutant ${check.file}: ${check.failing} failing test(s), ${check.missed.length} not selected by test`);
      for (const test of check.missed)
        lines.push(`    MISSED (by test, mutant of ${check.file}) ${test.suite} › ${test.file ?? '(suite)'} › ${test.name}`);
    }
  }
  return lines.join('\n');
}

/** " (best 65%: 1 file)": what the change's mutants say any safe selection by file must run. */
function boundOf(row: ReplayCommit): string {
  if (row.boundTime === undefined || row.totalTime <= 0) return '';
  return ` (best ${percent(1 - row.boundTime / row.totalTime)}: ${row.boundItems} file${row.boundItems === 1 ? '' : 's'})`;
}

/** The commits that change one source file: how many, what they saved (total and median) against the 50% target, and why. */
export function oneSourceLine(summary: ReplaySummary, unit: 'seconds' | 'files'): string {
  const n = summary.oneSourceCommits;
  if (n === 0 || summary.savedOneSource === null || summary.savedOneSourceMedian === null)
    return `${n} commit${n === 1 ? '' : 's'} change${n === 1 ? 's' : ''} one source file (and nothing else)${n > 0 ? ', with no test time measured' : ''}`;
  const why = Object.entries(summary.oneSourceWhy)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, count]) => `${kind}: ${count}`)
    .join(', ');
  return (
    `${n} commit${n === 1 ? '' : 's'} change${n === 1 ? 's' : ''} one source file (and nothing else): ` +
    `${percent(summary.savedOneSource)} of their ${unit === 'seconds' ? 'test time' : 'test files'} saved in total ` +
    `(${amount(summary.oneSourceSelected, unit)} of ${amount(summary.oneSourceTotal, unit)}), median ${percent(summary.savedOneSourceMedian)} per commit (target ≥ 50%)` +
    (typeof summary.boundOneSource === 'number' && typeof summary.boundOneSourceMedian === 'number'
      ? `; best possible by file ${percent(summary.boundOneSource)} in total, median ${percent(summary.boundOneSourceMedian)} (only the test files a mutant of the change fails${summary.boundOneSourceCommits === n ? '' : `; ${n - (summary.boundOneSourceCommits ?? 0)} commit(s) without a mutant counted as selected`})`
      : '') +
    `; why: ${why}`
  );
}

/** Selection by test over the replay, beside selection by file in the same unit (summed test durations). */
export function perTestLine(by: PerTestSummary): string {
  const pct = (value: number | null) => (value === null ? 'n/a' : percent(value));
  const fallbacks = Object.entries(by.fallbacks)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, count]) => `${kind}: ${count}`)
    .join(', ');
  return (
    `by test (per-test coverage, summed test durations): ${pct(by.saved)} saved over ${by.commits} commit${by.commits === 1 ? '' : 's'} (by file ${pct(by.savedByFile)}); ` +
    `on the ${by.oneSourceCommits} one-source-file commit${by.oneSourceCommits === 1 ? '' : 's'} ${pct(by.savedOneSource)} in total, median ${pct(by.savedOneSourceMedian)} (by file ${pct(by.savedOneSourceByFile)}; target ≥ 50%); ` +
    `${by.missed} missed` +
    (by.selectionProblems > 0 ? `, ${by.selectionProblems} by-test run problem(s)` : '') +
    (by.mutants > 0
      ? `; ${by.mutants} function mutant${by.mutants === 1 ? '' : 's'} failed ${by.mutantFailures} test(s), ${by.mutantsMissed} not selected`
      : '') +
    (fallbacks ? `; fell back to selection by file: ${fallbacks}` : '')
  );
}

export function renderReplay(rows: ReplayCommit[], unit: 'seconds' | 'files', verified: boolean): string {
  if (rows.length === 0) return 'no commits in that range\n';
  const lines = rows.map((row) => renderRow(row, unit));
  const summary = summarize(rows);
  const what = unit === 'seconds' ? 'test time' : 'test files';
  lines.push(`${summary.commits} commit${summary.commits === 1 ? '' : 's'}: ${percent(summary.saved)} of ${what} saved in total`);
  lines.push(oneSourceLine(summary, unit));
  if (verified)
    lines.push(
      `verified: ${summary.changedTests} test outcome${summary.changedTests === 1 ? '' : 's'} changed, ${summary.missed} missed by the selection${summary.selectionProblems ? `, ${summary.selectionProblems} selection-run problem(s)` : ''}` +
        (summary.mutants > 0
          ? `; ${summary.mutants} mutant${summary.mutants === 1 ? '' : 's'} of changed source files failed ${summary.mutantFailures} test(s), ${summary.mutantsMissed} not selected`
          : ''),
    );
  if (summary.perTest) lines.push(perTestLine(summary.perTest));
  if (unit === 'files' && !verified)
    lines.push('(every test file weighs the same: pass --baseline FILE with file durations, or --verify to measure)');
  return `${lines.join('\n')}\n`;
}
