/** Small text clean-ups shared by the readers. */

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\[(?:\d{1,3};)*\d{1,3}m/g;

/** Trim, drop BOMs (some tools prefix attribute values with U+FEFF) and treat blank as absent. */
export function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // the common case, checked without a regex: no BOM, nothing to trim
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127 && !value.includes('\uFEFF')) return value;
  const trimmed = value.replace(/\uFEFF/g, '').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Colour codes out (also the ESC-less "[31m" left when a tool dropped the escape byte). */
export function stripAnsi(value: string): string {
  return value.replace(ANSI, '');
}

/** Bounded text for messages, stacks and output: reports must not grow without limit. */
export function bounded(value: string | undefined, limit: number): string | undefined {
  const text = clean(value === undefined ? undefined : stripAnsi(value));
  if (text === undefined || text.length <= limit) return text;
  return `${text.slice(0, limit)}… [${text.length - limit} more characters]`;
}

/** The first non-blank line, as a short message. */
export function firstLine(value: string | undefined, limit = 500): string | undefined {
  if (value === undefined) return undefined;
  for (const line of value.split('\n')) {
    const text = clean(stripAnsi(line));
    if (text) return text.length > limit ? `${text.slice(0, limit)}…` : text;
  }
  return undefined;
}

/** A forward-slash path relative to the repo root when it lies inside it; `./` removed. */
export function relativePath(path: string, repoRoot?: string): string {
  let out = path.replace(/\\/g, '/');
  if (/^file:\/\//i.test(out)) out = decodeURIComponent(out.replace(/^file:\/\/(localhost)?/i, ''));
  if (repoRoot) {
    const root = repoRoot.replace(/\\/g, '/').replace(/\/+$/, '');
    if (out === root) return '.';
    if (out.startsWith(`${root}/`)) out = out.slice(root.length + 1);
  }
  while (out.startsWith('./')) out = out.slice(2);
  return out;
}

/**
 * A message attribute whose line breaks were lost (node:test writes the message with each line
 * break as a space; its element text has them): the same words from the element text, line breaks
 * kept. Whitespace runs compare equal; the message is returned unchanged when the text does not
 * contain it or it has line breaks of its own.
 */
export function withLineBreaks(message: string | undefined, text: string | undefined): string | undefined {
  if (message === undefined || text === undefined || message.includes('\n') || !text.includes('\n')) return message;
  const words = message.trim().split(/\s+/);
  if (words.length < 2) return message;
  const first = text.indexOf(words[0]!);
  if (first < 0) return message;
  // match word by word, allowing any whitespace between them
  let at = first;
  for (let i = 0; i < words.length; i++) {
    if (!text.startsWith(words[i]!, at)) return message;
    at += words[i]!.length;
    if (i < words.length - 1) {
      const gap = at;
      while (at < text.length && /\s/.test(text[at]!)) at++;
      if (at === gap) return message;
    }
  }
  const span = text.slice(first, at);
  return span.includes('\n') ? span : message;
}
