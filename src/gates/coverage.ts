/**
 * The `coverage` and `patch-coverage` gates: total line (and optionally branch) coverage against
 * a minimum, the drop against the baseline in points, and the coverage of the changed lines.
 */
import type { GatesConfig } from '../config/schema.js';
import { coverageTotals } from '../ingest/coverage/totals.js';
import type { CoverageReport, Plan, Report, RunsFile, Verdict } from '../model.js';
import { formatPoints } from '../render/format.js';
import { type BaselineContext, baselineFigure, ceilingThreshold, floorThreshold, percent, withoutBaseline } from './context.js';
import type { PatchCoverage } from './patch.js';

/** How many files are listed as having lost the most coverage. */
const MAX_DROPS = 5;

function levelVerdict(gate: string, subject: string, pct: number, failBelow: number, warnBelow: number, detail: string): Verdict {
  const status = pct < failBelow ? 'fail' : pct < warnBelow ? 'warn' : 'pass';
  const reason =
    status === 'fail'
      ? `${detail}, below the minimum of ${failBelow}%`
      : status === 'warn'
        ? `${detail}, below the warning level of ${warnBelow}%`
        : `${detail}, at or above ${warnBelow}%`;
  return {
    gate,
    subject,
    status,
    value: percent(pct),
    baseline: null,
    threshold: floorThreshold(percent(failBelow), percent(warnBelow)),
    reason,
  };
}

/**
 * The baseline's line coverage over the files this run measured. A run that selected only some
 * suites measures only their files; comparing that with the whole repository's total would call
 * an untouched, less-covered package a drop (or hide a real one). Undefined when the run measured
 * every baseline file, or when per-file data is missing (a summary-only format), so the totals stand.
 */
export function scopedBaseLines(
  base: NonNullable<NonNullable<BaselineContext['baseline']>['coverage']>,
  coverage: CoverageReport,
): { covered: number; total: number; pct: number; files: number } | undefined {
  const baseFiles = Object.keys(base.files);
  if (baseFiles.length === 0 || coverage.files.some((file) => file.lines.length === 0)) return undefined;
  const measured = new Set(coverage.files.map((file) => file.path));
  if (baseFiles.every((path) => measured.has(path))) return undefined;
  let covered = 0;
  let total = 0;
  let files = 0;
  for (const path of baseFiles) {
    const entry = base.files[path];
    if (!measured.has(path) || !entry || entry.total === 0) continue;
    covered += entry.covered;
    total += entry.total;
    files += 1;
  }
  return { covered, total, pct: total === 0 ? 100 : (covered / total) * 100, files };
}

/**
 * A run that ran only some test files of a suite (selection by imports). Its coverage says nothing
 * about files those tests never load, so the gates judge it over the files they cover.
 */
export interface PartialRun {
  /** test files that ran, and how many the narrowed suites have */
  ran: number;
  total: number;
  /** the suites that ran a subset of their test files */
  suites: string[];
}

/** The partial-run facts of a plan, or undefined when every selected suite ran all its test files. */
export function partialRun(plan: Pick<Plan, 'suites'>): PartialRun | undefined {
  const narrowed = plan.suites.filter((suite) => suite.selected && suite.files !== undefined);
  if (narrowed.length === 0) return undefined;
  const ran = narrowed.reduce((sum, suite) => sum + (suite.files?.length ?? 0), 0);
  const total = narrowed.reduce((sum, suite) => sum + Math.max(suite.testFiles ?? 0, suite.files?.length ?? 0), 0);
  return { ran, total, suites: narrowed.map((suite) => suite.name) };
}

/** Whether a file's coverage shows any executed line (or, for summary-only formats, any covered count). */
const touched = (file: CoverageReport['files'][number]) => file.lines.some(([, hits]) => hits > 0) || (file.counts?.lines.covered ?? 0) > 0;

/** A coverage report cut down to the files its tests executed; totals recomputed. */
export function coveredFilesOnly(coverage: CoverageReport): CoverageReport {
  const files = coverage.files.filter(touched);
  return files.length === coverage.files.length ? coverage : { ...coverage, files, totals: coverageTotals(files) };
}

/** The runs with the coverage of each narrowed suite cut down to the files its selected tests executed. */
export function narrowRunsCoverage(runs: RunsFile, partial: PartialRun | undefined): RunsFile {
  if (!partial) return runs;
  const narrowed = new Set(partial.suites);
  return {
    ...runs,
    suites: runs.suites.map((suite) =>
      narrowed.has(suite.name) && suite.coverage ? { ...suite, coverage: coveredFilesOnly(suite.coverage) } : suite,
    ),
  };
}

const partialNote = (partial: PartialRun, files: number) =>
  ` in the ${files === 1 ? 'file' : `${files} files`} the selected tests cover (${partial.ran} of ${partial.total} test files ran)`;

export interface CoverageGateResult {
  verdicts: Verdict[];
  coverage?: Report['coverage'];
}

export function coverageGate(
  coverage: CoverageReport | undefined,
  patch: PatchCoverage | undefined,
  config: GatesConfig['coverage'],
  context: BaselineContext,
  /** set when test files were narrowed: `coverage` and `patch` are then over the files those tests cover */
  partial?: PartialRun,
): CoverageGateResult {
  if (!coverage)
    return {
      verdicts: [
        {
          gate: 'coverage',
          status: 'skipped',
          value: null,
          baseline: null,
          threshold: floorThreshold(percent(config.min)),
          reason: 'no coverage report in this run',
        },
      ],
    };
  const verdicts: Verdict[] = [];
  const { lines, branches } = coverage.totals;
  // 0/0 is "no data" (pct null): the percentages are read only where total > 0
  const linesPct = lines.pct ?? 0;
  const base = context.info.status === 'ok' ? context.baseline?.coverage : undefined;
  const scoped = base ? scopedBaseLines(base, coverage) : undefined;
  // the baseline's line figure that this run's can be compared with, and how to label it
  const baseLinesPct = scoped ? (scoped.total > 0 ? scoped.pct : undefined) : (base?.totals.lines.pct ?? undefined);
  const baseLinesLabel = (pct: number) => baselineFigure(percent(pct), context, scoped?.files);

  if (lines.total === 0)
    verdicts.push({
      gate: 'coverage',
      subject: 'lines',
      status: 'skipped',
      value: null,
      baseline: null,
      threshold: floorThreshold(percent(config.min)),
      reason: 'the coverage report has no coverable lines',
    });
  else {
    const verdict = levelVerdict(
      'coverage',
      'lines',
      linesPct,
      config.min,
      Math.min(100, config.warn ?? config.min + 5),
      `${lines.covered} of ${lines.total} lines covered${partial ? partialNote(partial, coverage.files.length) : ''}`,
    );
    if (baseLinesPct !== undefined) verdict.baseline = baseLinesLabel(baseLinesPct);
    verdicts.push(verdict);
  }

  const branchesMin = config['branches-min'];
  if (branchesMin !== undefined) {
    if (branches.total === 0)
      verdicts.push({
        gate: 'coverage',
        subject: 'branches',
        status: 'skipped',
        value: null,
        baseline: null,
        threshold: floorThreshold(percent(branchesMin)),
        reason: 'the coverage report has no branch data',
      });
    else {
      const verdict = levelVerdict(
        'coverage',
        'branches',
        branches.pct ?? 0,
        branchesMin,
        config['branches-warn'] ?? branchesMin,
        `${branches.covered} of ${branches.total} branches covered`,
      );
      if (base && base.totals.branches.pct !== null) verdict.baseline = baselineFigure(percent(base.totals.branches.pct), context);
      verdicts.push(verdict);
    }
  }

  const maxDrop = config['max-drop'];
  if (maxDrop !== undefined && lines.total > 0) {
    const warnDrop = config['max-drop-warn'] ?? maxDrop / 2;
    const threshold = ceilingThreshold({ value: maxDrop, unit: 'points' }, { value: warnDrop, unit: 'points' });
    if (!base)
      verdicts.push(withoutBaseline('coverage', context, { subject: 'drop', value: percent(linesPct), threshold, what: 'coverage drop' }));
    else if (baseLinesPct === undefined)
      verdicts.push({
        gate: 'coverage',
        subject: 'drop',
        status: 'skipped',
        value: percent(linesPct),
        baseline: null,
        threshold,
        reason: 'none of the files this run measured has coverage in the baseline',
      });
    else {
      const drop = baseLinesPct - linesPct;
      // compare in tenths of a point: 80.0 - 79.5 is not exactly 0.5 in floating point
      const tenths = Math.round(drop * 1e6) / 1e6;
      const status = tenths > maxDrop ? 'fail' : tenths > warnDrop ? 'warn' : 'pass';
      verdicts.push({
        gate: 'coverage',
        subject: 'drop',
        status,
        value: percent(linesPct),
        baseline: baseLinesLabel(baseLinesPct),
        threshold,
        reason: `${
          drop > 0
            ? `dropped ${formatPoints(drop)} against the baseline`
            : drop < 0
              ? `rose ${formatPoints(-drop)} against the baseline`
              : 'unchanged against the baseline'
        }${
          partial
            ? `, over the ${coverage.files.length === 1 ? 'file' : `${coverage.files.length} files`} the selected tests cover and the same files in the baseline (${partial.ran} of ${partial.total} test files ran)`
            : scoped
              ? ', over the same files'
              : ''
        }`,
      });
    }
  }

  const patchMin = config['patch-min'] ?? config.min;
  const patchWarn = config['patch-warn'] ?? patchMin;
  const patchThreshold = floorThreshold(percent(patchMin), percent(patchWarn));
  if (!patch)
    verdicts.push({
      gate: 'patch-coverage',
      status: 'skipped',
      value: null,
      baseline: null,
      threshold: patchThreshold,
      reason: 'no diff against a merge-base in this run',
    });
  else if (patch.pct === null)
    verdicts.push({
      gate: 'patch-coverage',
      status: 'pass',
      value: null,
      baseline: null,
      threshold: patchThreshold,
      reason: 'coverage not affected: no coverable line changed',
    });
  else
    verdicts.push(
      levelVerdict(
        'patch-coverage',
        'changed lines',
        patch.pct,
        patchMin,
        patchWarn,
        `${patch.covered} of ${patch.total} changed coverable lines covered${partial ? partialNote(partial, coverage.files.length) : ''}`,
      ),
    );

  const drops: Array<{ path: string; before: number; after: number }> = [];
  if (base)
    for (const file of coverage.files) {
      const before = base.files[file.path];
      if (!before || before.total === 0 || file.lines.length === 0) continue;
      const beforePct = (before.covered / before.total) * 100;
      const afterPct = (file.lines.filter(([, hits]) => hits > 0).length / file.lines.length) * 100;
      if (afterPct < beforePct) drops.push({ path: file.path, before: beforePct, after: afterPct });
    }
  drops.sort((a, b) => b.before - b.after - (a.before - a.after));

  return {
    verdicts,
    coverage: {
      totals: coverage.totals,
      // the details table compares lines with the same scope as the gates
      ...(base
        ? { baseline: scoped ? { ...base.totals, lines: { covered: scoped.covered, total: scoped.total, pct: scoped.pct } } : base.totals }
        : {}),
      ...(patch ? { patch } : {}),
      drops: drops.slice(0, MAX_DROPS),
    },
  };
}
