/**
 * The check run's content (src/github/checks.ts sends it): its name, a plain-text title (the
 * verdict line), the report as its Markdown summary within the Checks API's 65,535 characters, the
 * conclusion from the gates, and every annotation in the Checks API's shape — not limited to the
 * 10 per level GitHub shows from workflow commands.
 */
import type { Report } from '../model.js';
import { type Annotation, type AnnotationOptions, collectAnnotations } from './annotations.js';
import { fitToBudget } from './budget.js';
import { formatCount } from './format.js';
import { linksFor } from './links.js';
import { baselineLine, buildSections, footer, forkNote, headline } from './sections.js';

/** The Checks API's limit for output.summary and output.text (characters). */
export const CHECK_RUN_SUMMARY_MAX = 65_535;
/** The Checks API's limit for an annotation's title (characters). */
export const CHECK_ANNOTATION_TITLE_MAX = 255;
/** The Checks API's limit for an annotation's message (bytes; kept in characters well below). */
export const CHECK_ANNOTATION_MESSAGE_MAX = 60_000;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export interface CheckRunContent {
  name: string;
  /** marks the check run as testops' own for this job and comment-id (found again on re-runs) */
  externalId: string;
  title: string;
  summary: string;
  conclusion: 'success' | 'failure';
  annotations: CheckAnnotation[];
}

export interface CheckRunOptions extends AnnotationOptions {
  /** the job that tested (GITHUB_JOB of the testing run) */
  job: string;
  commentId?: string;
  /** where annotations without a file are put (the config file: gates live there) */
  configPath: string;
  /** where the full report is (the job summary) */
  summaryUrl?: string;
}

/** A job id or comment-id as GitHub allows it in a job id: letters, digits, `-` and `_` (anything else becomes `-`). */
function identifier(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9_.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'job'
  );
}

/** `testops / <job>` or `testops / <job> (<comment-id>)`: never the job's own check run name. */
export function checkRunName(job: string, commentId?: string): string {
  return `testops / ${identifier(job)}${commentId ? ` (${identifier(commentId)})` : ''}`;
}

export function checkRunExternalId(job: string, commentId?: string): string {
  return `testops:${identifier(job)}:${commentId ? identifier(commentId) : 'default'}`;
}

const plainText = (markdown: string) =>
  markdown
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*/g, '')
    .replace(/\s*\n+\s*/g, ' — ')
    .trim();

/** The verdict line as plain text: `❌ testops: Failed — 1 gate failed · 0 warned · 30 of 33 tests failed · 0 flaky`. */
export function checkRunTitle(report: Report): string {
  return plainText(headline(report));
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** One annotation in the Checks API's shape; one without a file is put on line 1 of the config file. */
export function toCheckAnnotation(annotation: Annotation, configPath: string): CheckAnnotation {
  const path = (annotation.file ?? configPath).replace(/\\/g, '/').replace(/^\.\//, '');
  const line = annotation.file && annotation.line && annotation.line > 0 ? annotation.line : 1;
  return {
    path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[annotation.level],
    message: truncate(annotation.message, CHECK_ANNOTATION_MESSAGE_MAX),
    ...(annotation.title ? { title: truncate(annotation.title, CHECK_ANNOTATION_TITLE_MAX) } : {}),
  };
}

/** The report as a check run's summary: the comment's sections, open, cut to fit 65,535 characters. */
export function renderCheckRunSummary(report: Report, options: { summaryUrl?: string; maxLength?: number } = {}): string {
  const summaryUrl = options.summaryUrl ?? linksFor(report.event).run();
  const summaryLink = summaryUrl ? `[job summary](${summaryUrl})` : 'job summary of this run';
  const result = fitToBudget(
    {
      head: [headline(report), forkNote(report) ?? '', baselineLine(report, linksFor(report.event))],
      sections: buildSections(report),
      tail: [footer(report)],
    },
    {
      style: 'details',
      maxSize: Math.min(options.maxLength ?? CHECK_RUN_SUMMARY_MAX, CHECK_RUN_SUMMARY_MAX),
      // UTF-16 length is never less than GitHub's count of characters
      measure: (text) => text.length,
      omittedNote: (_section, omitted, whole) =>
        whole
          ? `_This section is only in the ${summaryLink}: the check run's summary is limited to ${formatCount(CHECK_RUN_SUMMARY_MAX)} characters._`
          : `_… and ${formatCount(omitted)} more in the ${summaryLink}._`,
      trimmedNote: `✂️ _Trimmed to fit the check run's ${formatCount(CHECK_RUN_SUMMARY_MAX)}-character summary; the ${summaryLink} has the full report._`,
    },
  );
  return result.text;
}

export function renderCheckRun(report: Report, options: CheckRunOptions): CheckRunContent {
  const annotations = collectAnnotations(report, options.configPath, options.changedFiles ? { changedFiles: options.changedFiles } : {});
  return {
    name: checkRunName(options.job, options.commentId),
    externalId: checkRunExternalId(options.job, options.commentId),
    title: checkRunTitle(report),
    summary: renderCheckRunSummary(report, options.summaryUrl ? { summaryUrl: options.summaryUrl } : {}),
    // a fixed vocabulary: anything but success (an uploaded report may hold any string) fails
    conclusion: report.conclusion === 'success' ? 'success' : 'failure',
    annotations: annotations.map((annotation) => toCheckAnnotation(annotation, options.configPath)),
  };
}
