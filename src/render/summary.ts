/**
 * The job summary: the full report, every section open. GitHub accepts up to 1 MiB per step
 * summary; below that nothing is cut, beyond it the lowest-priority sections are cut and the
 * summary says so.
 */
import type { Report } from '../model.js';
import { fitToBudget } from './budget.js';
import { formatCount } from './format.js';
import { linksFor } from './links.js';
import { baselineLine, buildSections, footer, forkNote, headline } from './sections.js';

/** GitHub's limit for one step's job summary, in bytes. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export function renderSummary(report: Report, maxBytes: number = SUMMARY_MAX_BYTES): string {
  const result = fitToBudget(
    {
      head: [headline(report), forkNote(report) ?? '', baselineLine(report, linksFor(report.event))],
      sections: buildSections(report),
      tail: [footer(report)],
    },
    {
      style: 'heading',
      maxSize: Math.min(maxBytes, SUMMARY_MAX_BYTES),
      measure: (text) => Buffer.byteLength(text, 'utf8'),
      omittedNote: (_section, omitted, whole) =>
        whole
          ? '_Left out: the job summary is limited to 1 MiB._'
          : `_… and ${formatCount(omitted)} more, left out: the job summary is limited to 1 MiB._`,
      trimmedNote:
        "✂️ _This summary was trimmed to fit GitHub's 1 MiB limit for a job summary; the report file written by the report step has everything._",
    },
  );
  return `${result.text}\n`;
}
