/**
 * Annotations: test failures and new security findings at file:line, problems at their location,
 * and perf/coverage gate failures as notices on the config file (where the thresholds live).
 *
 * Two consumers with different limits:
 * - workflow commands (`::error file=…::`): GitHub shows at most 10 errors, 10 warnings and 10
 *   notices per step (and 50 per job) and drops the rest silently. `fitToStep` keeps the most
 *   useful of each level — failures in files the PR changed, then new security findings, then the
 *   rest — and the last one kept of a level says how many more there are and where they are listed.
 * - the check run (src/github/checks.ts): every annotation, 50 per request.
 */
import { formatBaselineFigure, formatFigure, formatThreshold } from './quantity.js';
import type { Report } from '../model.js';
import { firstLines, plural } from './format.js';
import { allProblems } from './sections.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export const ANNOTATION_LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/** GitHub shows at most this many workflow-command annotations of each level from one step. */
export const STEP_LIMIT_PER_LEVEL = 10;

export type AnnotationRoom = Record<AnnotationLevel, number>;

export const FULL_STEP_ROOM: AnnotationRoom = { error: STEP_LIMIT_PER_LEVEL, warning: STEP_LIMIT_PER_LEVEL, notice: STEP_LIMIT_PER_LEVEL };

export interface AnnotationOptions {
  /** paths of the files the change touched: failures there come first */
  changedFiles?: readonly string[];
}

const CONFIG_GATES = new Set(['coverage', 'patch-coverage', 'perf']);

/** Usefulness ranks: lower first, within one level. */
const RANK = { changedFailure: 0, newFinding: 1, failure: 2, problem: 3, gate: 4 } as const;

function at(file?: string, line?: number): Pick<Annotation, 'file' | 'line'> {
  if (!file) return {};
  return line && line > 0 ? { file, line } : { file };
}

const normalisePath = (path: string) => path.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * Every annotation the report has, the most useful first within each level. Nothing is left out:
 * limits are applied by the consumer (`fitToStep` for workflow commands).
 */
export function collectAnnotations(report: Report, configPath: string, options: AnnotationOptions = {}): Annotation[] {
  const changed = new Set((options.changedFiles ?? []).map(normalisePath));
  const ranked: Array<{ rank: number; annotation: Annotation }> = [];
  for (const failure of report.failures) {
    const inChange = failure.file !== undefined && changed.has(normalisePath(failure.file));
    ranked.push({
      rank: inChange ? RANK.changedFailure : RANK.failure,
      annotation: {
        // a quarantined failure does not fail the job: a warning
        level: failure.quarantined ? 'warning' : 'error',
        title: `${failure.quarantined ? 'Quarantined test failed' : failure.status === 'errored' ? 'Test errored' : 'Test failed'}: ${failure.name}`,
        message: `${failure.suite}: ${failure.name}${failure.message?.trim() ? `\n${firstLines(failure.message, 6, 300)}` : ''}`,
        ...at(failure.file, failure.line),
      },
    });
  }
  // new security findings where they are, so the reviewer sees them in the diff
  const blocking = report.gates.some((gate) => gate.gate === 'security' && gate.status === 'fail');
  for (const finding of report.security.newFindings) {
    ranked.push({
      rank: RANK.newFinding,
      annotation: {
        level: blocking && (finding.severity === 'critical' || finding.severity === 'high') ? 'error' : 'warning',
        title: `New ${finding.severity} finding: ${finding.rule}`,
        message: `${finding.tool}: ${finding.message}`,
        ...at(finding.file, finding.line),
      },
    });
  }
  for (const problem of allProblems(report)) {
    ranked.push({
      rank: RANK.problem,
      annotation: {
        level: 'warning',
        title: `testops: ${problem.kind}${problem.suite ? ` in ${problem.suite}` : ''}`,
        message: problem.message,
        ...at(problem.file, problem.line),
      },
    });
  }
  for (const gate of report.gates) {
    if (gate.status !== 'fail' || !CONFIG_GATES.has(gate.gate)) continue;
    const values = [
      gate.value && `value ${formatFigure(gate.value, gate.threshold)}`,
      gate.baseline && `baseline ${formatBaselineFigure(gate.baseline, report.createdAt, gate.threshold)}`,
      gate.threshold && `threshold ${formatThreshold(gate.threshold)}`,
    ]
      .filter(Boolean)
      .join(', ');
    ranked.push({
      rank: RANK.gate,
      annotation: {
        level: 'notice',
        title: `Gate failed: ${gate.gate}${gate.subject ? ` (${gate.subject})` : ''}`,
        message: `${gate.reason}${values ? ` (${values})` : ''}`,
        file: configPath,
      },
    });
  }
  // Array.prototype.sort is stable: equal ranks keep the report's order
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.annotation);
}

export interface FitOptions {
  /** how many of each level the step may still write (GitHub: 10 each, less what it already wrote) */
  room?: AnnotationRoom;
  /** where every annotation can be read, for the note on the last one shown: "the job summary" … */
  listedIn: string;
}

/**
 * The annotations a step writes as workflow commands: at most `room[level]` of each level, the
 * first ones (most useful). When a level has more, the last one kept carries a note with how many
 * more there are and where they are listed — GitHub would otherwise drop them without a sign.
 */
export function fitToStep(all: readonly Annotation[], options: FitOptions): Annotation[] {
  const room = options.room ?? FULL_STEP_ROOM;
  const byLevel = new Map<AnnotationLevel, Annotation[]>(ANNOTATION_LEVELS.map((level) => [level, []]));
  for (const annotation of all) byLevel.get(annotation.level)?.push(annotation);
  const kept = new Set<Annotation>();
  const notes = new Map<Annotation, Annotation>();
  for (const level of ANNOTATION_LEVELS) {
    const ofLevel = byLevel.get(level) ?? [];
    const limit = Math.max(0, Math.floor(room[level]));
    if (ofLevel.length <= limit) {
      for (const annotation of ofLevel) kept.add(annotation);
      continue;
    }
    if (limit === 0) continue;
    const shown = ofLevel.slice(0, limit);
    for (const annotation of shown) kept.add(annotation);
    const last = shown[shown.length - 1] as Annotation;
    const more = ofLevel.length - limit;
    const noun = { error: 'error', warning: 'warning', notice: 'notice' }[level];
    notes.set(last, {
      ...last,
      title: `${last.title ?? noun} (+${plural(more, `more ${noun}`)})`,
      message: `${last.message}\n\n${plural(more, `more ${noun}`)} ${more === 1 ? 'is' : 'are'} not annotated here (GitHub shows at most ${STEP_LIMIT_PER_LEVEL} ${noun}s from one step); every one is listed in ${options.listedIn}.`,
    });
  }
  // the report's order across levels is kept
  return all.filter((annotation) => kept.has(annotation)).map((annotation) => notes.get(annotation) ?? annotation);
}

/** Workflow-command annotations for one step with the whole room: `collectAnnotations` then `fitToStep`. */
export function renderAnnotations(report: Report, configPath: string, options: AnnotationOptions & Partial<FitOptions> = {}): Annotation[] {
  return fitToStep(collectAnnotations(report, configPath, options), {
    listedIn: options.listedIn ?? 'the job summary',
    ...(options.room ? { room: options.room } : {}),
  });
}
