/**
 * A section of the report: a title, fixed lines, and a list of items (table rows or entries)
 * that can be cut short. The size budget works on these: it shows fewer items, or none, of the
 * lowest-priority sections first.
 */
import { markdownTable } from 'markdown-table';
import { escapeText } from './escape.js';

export type SectionBlock =
  | { kind: 'table'; header: string[]; align?: Array<'l' | 'r' | 'c'>; rows: string[][] }
  | { kind: 'entries'; entries: string[] };

export interface Section {
  key: string;
  /** larger = kept longer when trimming */
  priority: number;
  /** plain text (escaped when rendered); the <summary> line, or the heading in the summary */
  title: string;
  /** shown expanded in the comment */
  open?: boolean;
  /** not collapsible: rendered inline (the gates table) */
  inline?: boolean;
  intro?: string[];
  block?: SectionBlock;
  outro?: string[];
}

export type SectionStyle = 'details' | 'heading';

export function itemCount(section: Section): number {
  if (!section.block) return 0;
  return section.block.kind === 'table' ? section.block.rows.length : section.block.entries.length;
}

function renderBlock(block: SectionBlock, limit: number): string {
  if (block.kind === 'entries') return block.entries.slice(0, limit).join('\n');
  // No column padding: alignment spaces would cost budget and GitHub does not need them.
  return markdownTable([block.header, ...block.rows.slice(0, limit)], {
    align: block.align,
    padding: true,
    alignDelimiters: false,
  });
}

/**
 * Render a section showing at most `limit` items (all by default). `omittedNote` says where the
 * rest is when items were left out.
 */
export function renderSection(
  section: Section,
  style: SectionStyle,
  limit = Number.POSITIVE_INFINITY,
  omittedNote?: (omitted: number, whole: boolean) => string,
): string {
  const count = itemCount(section);
  const shown = Math.max(0, Math.min(limit, count));
  const parts: string[] = [];
  if (limit <= 0) {
    // A stub: the whole section lives in the job summary.
    if (omittedNote) parts.push(omittedNote(count, true));
  } else {
    if (section.intro?.length) parts.push(section.intro.join('\n'));
    if (section.block && shown > 0) parts.push(renderBlock(section.block, shown));
    if (shown < count && omittedNote) parts.push(omittedNote(count - shown, false));
    if (section.outro?.length) parts.push(section.outro.join('\n'));
  }
  const body = parts.join('\n\n');
  if (section.inline) return body;
  if (style === 'heading') return `### ${escapeText(section.title, 'html')}\n\n${body}`;
  // The blank line after </summary> lets GitHub render the markdown inside <details>.
  return `<details${section.open ? ' open' : ''}>\n<summary>${escapeText(section.title, 'html')}</summary>\n\n${body}\n\n</details>`;
}
