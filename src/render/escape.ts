/**
 * The one escaping function. Every string that reaches Markdown or HTML goes through `escapeText` at
 * render time, whatever its origin: a test name, a failure message, a branch, a unit, a rule, a
 * reason a gate wrote, a value read back from an uploaded report.json. Where a value is written
 * (`as`) decides how: inline Markdown text, an inline code span, a fenced code block, or HTML.
 * Enumerations (statuses, severities, states, kinds) are not escaped but never copied either:
 * they are looked up in a fixed vocabulary (./vocabulary.ts).
 *
 * Inert means: no markup (HTML, Markdown structure, images, links), no mention or team
 * notification, no autolink (URLs, `www.`, e-mail, `#123` references), no hidden HTML comment
 * such as another job's sticky marker.
 */

/** Where the value is written. */
export type EscapeContext = 'text' | 'code' | 'block' | 'html';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A zero-width space: renders as nothing, but breaks what GitHub would turn into a mention or a link. */
const ZWSP = '\u200b';

/** Any value as text: strings as they are, finite numbers and booleans in words, anything else empty. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  return '';
}

export function escapeText(value: unknown, as: EscapeContext = 'text'): string {
  const text = asText(value);
  switch (as) {
    case 'html':
      return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
    case 'code':
      return codeSpan(text);
    case 'block':
      return fencedBlock(text);
    default:
      return markdownText(text);
  }
}

/**
 * Inline Markdown text: every Markdown punctuation character gets a backslash (GFM allows
 * escaping any ASCII punctuation), HTML-significant characters become entities, newlines become
 * spaces so one value stays on one line (and in one table cell), and what GitHub links by itself
 * (mentions, URLs, references) is broken by a zero-width space.
 */
function markdownText(text: string): string {
  return (
    text
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`)
      // quotes need no escaping in markdown text (only in attributes, where 'html' is used)
      .replace(/[&<>]/g, (char) => HTML_ESCAPES[char])
      // A value that starts like a list item or a heading would change the block structure.
      .replace(/^(\s*)([-+]|#{1,6}|\d{1,9}[.)])(?=\s|$)/, (_all, space: string, mark: string) =>
        /\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
      )
      .replace(/@(?=\w)/g, `@${ZWSP}`)
      // autolinks: scheme://, www., and GitHub's #123 / GH-123 references
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`)
      .replace(/(#|\bGH-)(?=\d)/gi, (mark) => `${mark}${ZWSP}`)
  );
}

/**
 * Code shows HTML and mentions as text, but the body still holds them: an HTML comment opener and
 * an @ get a zero-width space, so no quoted sticky marker (`<!-- testops:sticky … -->`) is ever in
 * a body we write, and no mention either, whatever renders it.
 */
const inertCode = (text: string) => text.replace(/<!--/g, `<${ZWSP}!--`).replace(/@(?=\w)/g, `@${ZWSP}`);

/**
 * The longest run of backticks in a text, at least `floor`. A loop, not Math.max(...runs): a
 * hostile message with 300,000 runs would overflow the call stack through the spread.
 */
function longestBacktickRun(text: string, floor: number): number {
  let longest = floor;
  for (const run of text.matchAll(/`+/g)) if (run[0].length > longest) longest = run[0].length;
  return longest;
}

/** Inline code that survives any backticks inside the value. */
function codeSpan(text: string): string {
  const flat = inertCode(text.replace(/[\r\n\t]+/g, ' '));
  const longestRun = longestBacktickRun(flat, 0);
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  // Inside a table a pipe ends the cell even inside a code span; GFM accepts `\|` there.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
function fencedBlock(text: string): string {
  const longestRun = longestBacktickRun(text, 2);
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}text\n${inertCode(text.replace(/\r\n?/g, '\n'))}\n${fence}`;
}
