/**
 * Byte-for-byte replay of `outputs:` across repeats: the files a repeat wrote are copied aside and
 * compared with the first repeat's; a differing file is named with its first differing line.
 */
import { open, readFile } from 'node:fs/promises';
import type { OutputDifference } from '../model.js';

/** The files one repeat wrote: repo-relative path → the copy. */
export type RepeatFiles = Map<string, string>;

const CUT = 200;
const cut = (line: string) => (line.length > CUT ? `${line.slice(0, CUT - 1)}…` : line);

async function sameBytes(a: string, b: string): Promise<{ same: boolean; offset: number }> {
  const [left, right] = await Promise.all([open(a), open(b)]);
  try {
    const size = 64 * 1024;
    const bufferA = Buffer.alloc(size);
    const bufferB = Buffer.alloc(size);
    let offset = 0;
    for (;;) {
      const [{ bytesRead: readA }, { bytesRead: readB }] = await Promise.all([
        left.read(bufferA, 0, size, offset),
        right.read(bufferB, 0, size, offset),
      ]);
      const common = Math.min(readA, readB);
      if (readA === readB && bufferA.subarray(0, common).equals(bufferB.subarray(0, common))) {
        if (readA === 0) return { same: true, offset };
        offset += readA;
        continue;
      }
      for (let i = 0; i < common; i++) if (bufferA[i] !== bufferB[i]) return { same: false, offset: offset + i };
      if (readA !== readB) return { same: false, offset: offset + common };
      if (readA === 0) return { same: true, offset };
      offset += readA;
    }
  } finally {
    await Promise.all([left.close(), right.close()]);
  }
}

/** The 1-based line holding byte `offset`, and that line's text in both files. */
async function lineAt(a: string, b: string, offset: number): Promise<{ line: number; expected: string; actual: string }> {
  const [left, right] = await Promise.all([readFile(a), readFile(b)]);
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < left.length; i++) {
    if (left[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  const text = (buffer: Buffer) => {
    if (start >= buffer.length) return '(end of file)';
    const end = buffer.indexOf(10, start);
    return cut(
      buffer
        .subarray(start, end === -1 ? buffer.length : end)
        .toString('utf8')
        .replace(/\r$/, ''),
    );
  };
  return { line, expected: text(left), actual: text(right) };
}

/** Compare each later repeat's files with the first repeat's. */
export async function compareOutputs(
  repeats: readonly RepeatFiles[],
): Promise<{ total: number; identical: number; differences: OutputDifference[] }> {
  const [first, ...rest] = repeats;
  const files = new Set<string>();
  for (const repeat of repeats) for (const file of repeat.keys()) files.add(file);
  const differing = new Set<string>();
  const differences: OutputDifference[] = [];
  if (!first) return { total: 0, identical: 0, differences };
  for (const [index, repeat] of rest.entries()) {
    for (const file of [...files].sort()) {
      const expected = first.get(file);
      const actual = repeat.get(file);
      const where = { file, repeat: index + 2 };
      if (!expected && !actual) continue;
      if (!actual) differences.push({ ...where, kind: 'missing' });
      else if (!expected) differences.push({ ...where, kind: 'extra' });
      else {
        const { same, offset } = await sameBytes(expected, actual);
        if (same) continue;
        differences.push({ ...where, kind: 'content', ...(await lineAt(expected, actual, offset)) });
      }
      differing.add(file);
    }
  }
  return { total: files.size, identical: files.size - differing.size, differences };
}

/** One line for the log. */
export function describeDifference(difference: OutputDifference): string {
  switch (difference.kind) {
    case 'missing':
      return `${difference.file}: written by repeat 1 but not by repeat ${difference.repeat}`;
    case 'extra':
      return `${difference.file}: written by repeat ${difference.repeat} but not by repeat 1`;
    default:
      return `${difference.file}: repeat ${difference.repeat} differs from repeat 1 at line ${difference.line}: ${JSON.stringify(difference.expected)} → ${JSON.stringify(difference.actual)}`;
  }
}
