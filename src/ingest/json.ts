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

/**
 * The 1-based line and column of the value at `path` (object keys and array indexes) in a JSON
 * text, for errors found after JSON.parse (which keeps no positions). Scans only up to the value;
 * undefined when the text does not hold that path. The nearest existing ancestor is not guessed:
 * callers pass the path of something that exists (or its parent).
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): { line: number; column: number } | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else break;
    }
  };
  const skipString = () => {
    // at the opening quote
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) {
        i++;
        return;
      } else i++;
    }
  };
  const readString = (): string => {
    const start = i;
    skipString();
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return '';
    }
  };
  const skipValue = () => {
    ws();
    const c = text.charCodeAt(i);
    if (c === 34) return skipString();
    if (c === 123 || c === 91) {
      let depth = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          skipString();
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9) return;
      i++;
    }
  };
  ws();
  for (const segment of path) {
    ws();
    const c = text.charCodeAt(i);
    if (c === 123 && typeof segment === 'string') {
      i++;
      let found = false;
      for (;;) {
        ws();
        if (text.charCodeAt(i) !== 34) return undefined;
        const key = readString();
        ws();
        if (text.charCodeAt(i) !== 58) return undefined;
        i++;
        ws();
        if (key === segment) {
          found = true;
          break;
        }
        skipValue();
        ws();
        if (text.charCodeAt(i) !== 44) return undefined;
        i++;
      }
      if (!found) return undefined;
    } else if (c === 91 && typeof segment === 'number') {
      i++;
      for (let k = 0; k < segment; k++) {
        ws();
        if (text.charCodeAt(i) === 93) return undefined;
        skipValue();
        ws();
        if (text.charCodeAt(i) !== 44) return undefined;
        i++;
      }
      ws();
      if (text.charCodeAt(i) === 93) return undefined;
    } else return undefined;
  }
  ws();
  return locate(text, i);
}
