/** A saxes run over a streamed file whose errors carry file:line:col (shared by Cobertura and JaCoCo). */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ReportError } from './errors.js';
import { readTextChunks } from './source.js';

export interface XmlHandlers {
  /** `stack` holds the names of the open ancestors (not including this element) */
  open(tag: SaxesTagPlain, stack: readonly string[]): void;
  close?(name: string, stack: readonly string[]): void;
  /** character data (text and CDATA) of the innermost open element `stack[stack.length - 1]` */
  text?(text: string, stack: readonly string[]): void;
}

export interface XmlPosition {
  /** a ReportError at the parser's current position */
  error(what: string): ReportError;
  /** the current position as `line:col` */
  where(): string;
}

/**
 * saxes' message, made to say which character: "disallowed character." names none, so the
 * character at the parser's last read position is named as U+XXXX (a control character from a
 * test's output is the usual cause), with its own 1-based column (saxes has counted it already).
 */
export function saxesMessage(parser: SaxesParser, message: string): { what: string; column: number } {
  const bare = message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '');
  const column = parser.column + 1;
  if (!bare.startsWith('disallowed character.')) return { what: bare, column };
  const internals = parser as unknown as { chunk?: string; prevI?: number };
  const code =
    typeof internals.chunk === 'string' && typeof internals.prevI === 'number' ? internals.chunk.codePointAt(internals.prevI) : undefined;
  if (code === undefined) return { what: bare, column };
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const why =
    code < 0x20
      ? "a control character: only tab, line feed and carriage return are; the producer wrote it unescaped, often from a test's raw output"
      : 'a code point XML 1.0 excludes';
  return { what: `character ${name} is not allowed in XML 1.0 (${why})`, column: Math.max(1, parser.column) };
}

export async function streamXml(
  path: string,
  what: string,
  expectedRoots: readonly string[],
  make: (position: XmlPosition) => XmlHandlers,
  filter: (chunks: AsyncIterable<string>) => AsyncIterable<string> = (chunks) => chunks,
): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  const position: XmlPosition = {
    error: (message) => new ReportError(path, message, parser.line, parser.column + 1),
    where: () => `${parser.line}:${parser.column + 1}`,
  };
  const handlers = make(position);
  let sawRoot = false;
  parser.on('error', (error) => {
    const { what, column } = saxesMessage(parser, error.message);
    throw new ReportError(path, what, parser.line, column);
  });
  parser.on('opentag', (tag) => {
    if (!sawRoot) {
      sawRoot = true;
      if (!expectedRoots.includes(tag.name)) {
        throw position.error(`root element <${tag.name}> is not ${what} (expected <${expectedRoots.join('> or <')}>)`);
      }
    }
    handlers.open(tag as SaxesTagPlain, stack);
    stack.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    handlers.close?.(tag.name, stack);
  });
  if (handlers.text) {
    const onText = (text: string) => handlers.text!(text, stack);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  for await (const chunk of filter(readTextChunks(path, what))) parser.write(chunk);
  parser.close();
  if (!sawRoot) throw position.error(`no XML element found (expected ${what})`);
}

/** A non-negative integer attribute; `undefined` when absent, an error when malformed. */
export function intAttribute(tag: SaxesTagPlain, name: string, position: XmlPosition): number | undefined {
  const value = tag.attributes[name];
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (!Number.isFinite(n)) throw position.error(`<${tag.name} ${name}="${value}"> is not a number`);
  return Math.max(0, Math.floor(n));
}

/**
 * A line-number attribute: an integer, negative kept (the caller ignores lines ≤ 0 with a
 * warning); `undefined` when absent, an error when malformed or beyond any file's length.
 */
export function lineAttribute(tag: SaxesTagPlain, name: string, position: XmlPosition): number | undefined {
  const value = tag.attributes[name];
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!/^[+-]?\d+$/.test(text)) throw position.error(`<${tag.name} ${name}="${value}">: expected a line number (an integer)`);
  const n = Number(text);
  if (n > MAX_LINE) throw position.error(`<${tag.name} ${name}="${value}">: line number out of range (at most ${MAX_LINE})`);
  return n;
}

/** No source file has more lines than this (a line number above it is a damaged report). */
export const MAX_LINE = 2 ** 31 - 1;

/**
 * Drops close tags of the named elements that were never opened. sbt-scoverage writes
 * `</methods></lines>` for a class without methods; a strict parser would reject the whole report.
 */
export async function* dropUnopenedCloseTags(chunks: AsyncIterable<string>, names: readonly string[]): AsyncGenerator<string> {
  const pattern = new RegExp(`<(/?)(${names.join('|')})\\b[^<>]*?(/?)>`, 'g');
  const open = new Map<string, number>();
  let carry = '';
  for await (const chunk of chunks) {
    let text = carry + chunk;
    // a tag cut by the chunk boundary waits for the next chunk
    const lastOpen = text.lastIndexOf('<');
    if (lastOpen >= 0 && text.indexOf('>', lastOpen) < 0 && text.length - lastOpen < 1024) {
      carry = text.slice(lastOpen);
      text = text.slice(0, lastOpen);
    } else carry = '';
    yield text.replace(pattern, (tag, closing: string, name: string, selfClosing: string) => {
      const depth = open.get(name) ?? 0;
      if (selfClosing) return tag;
      if (!closing) {
        open.set(name, depth + 1);
        return tag;
      }
      if (depth === 0) return '';
      open.set(name, depth - 1);
      return tag;
    });
  }
  if (carry) yield carry;
}
