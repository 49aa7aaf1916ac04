/** JSON report files: strict UTF-8, and a syntax error that names the line and column. */
import { ReportError } from './errors.js';
import { readText } from './source.js';

function locate(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const index = at ? Number(at[1]) : text.length;
    const { line, column } = locate(text, index);
    const reason =
      index >= text.trimEnd().length
        ? 'unexpected end of the JSON (truncated file?)'
        : message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected token/, 'unexpected character');
    throw new ReportError(file, `${reason} (expected ${what})`, line, column);
  }
}

export async function readJson(file: string, what: string): Promise<unknown> {
  return parseJsonText(await readText(file, what), file, what);
}
