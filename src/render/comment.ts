/**
 * The sticky PR comment: verdict first, the gates table, then collapsible sections, then the
 * footer. It never exceeds GitHub's limit for a comment body; when the report does not fit, the
 * lowest-priority sections are cut first and point to the job summary, which has everything.
 */
import type { Report } from '../model.js';
import { fitToBudget } from './budget.js';
import { formatCount } from './format.js';
import { linksFor } from './links.js';
import { commentMarker, FOOTER_MARKER } from './marker.js';
import { baselineLine, buildSections, footer, forkNote, headline } from './sections.js';

/** GitHub rejects issue comment bodies longer than this (characters). */
export const COMMENT_MAX_LENGTH = 65_536;

export interface CommentOptions {
  /** default 65,536 */
  maxLength?: number;
  /** where the full report is (the job summary); the run URL is used when absent */
  summaryUrl?: string;
  /** marks the comment as the sticky one for this comment-id */
  commentId?: string;
}

export function renderComment(report: Report, options: CommentOptions = {}): string {
  const maxLength = Math.min(options.maxLength ?? COMMENT_MAX_LENGTH, COMMENT_MAX_LENGTH);
  const links = linksFor(report.event);
  const summaryUrl = options.summaryUrl ?? links.run();
  const summaryLink = summaryUrl ? `[job summary](${summaryUrl})` : 'job summary of this run';
  const sections = buildSections(report);
  const result = fitToBudget(
    {
      head: [commentMarker(options.commentId), headline(report), forkNote(report) ?? '', baselineLine(report, links)],
      sections,
      tail: [FOOTER_MARKER, footer(report, links)],
    },
    {
      style: 'details',
      maxSize: maxLength,
      // String length counts UTF-16 units, never fewer than GitHub's characters: a safe measure.
      measure: (text) => text.length,
      omittedNote: (_section, omitted, whole) =>
        whole
          ? `_This section is only in the ${summaryLink}: the comment was too long._`
          : `_… and ${formatCount(omitted)} more in the ${summaryLink}._`,
      trimmedNote: `✂️ _This comment was trimmed to fit GitHub's ${formatCount(COMMENT_MAX_LENGTH)}-character limit; the ${summaryLink} has the full report._`,
    },
  );
  return result.text;
}
