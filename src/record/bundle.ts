/**
 * bundle.zip: the run's record in one downloadable file — report.json, runs.json, report.html,
 * comment.md, summary.md, warroom.ndjson, each suite's raw reports, its bounded log and its
 * services' logs. Built with fflate's streaming Zip, so a gigabyte of raw reports is compressed
 * chunk by chunk and never held in memory.
 *
 * The bundle is uploaded and downloaded by people: everything in it is redacted
 * (src/util/redact.ts), the suites' raw files too, chunk by chunk as they stream. A binary file
 * (a NUL byte in its first 8 KiB: a screenshot, a trace) is kept as it is: rewriting its bytes as
 * text would break it.
 */
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Zip, ZipDeflate } from 'fflate';
import { redactor, StreamRedaction } from '../util/redact.js';

/** Text in memory, or a file streamed from disk (`maxBytes`: keep its start and end only). */
export type BundleEntry = { name: string; text: string } | { name: string; path: string; maxBytes?: number };

/** A suite attempt's whole output can be huge: the bundle keeps its first and last bytes. */
export const LOG_BYTES = 8 * 1024 * 1024;

/** Files larger than this are compressed fast rather than small. */
const BIG_FILE = 32 * 1024 * 1024;

/** Characters (and bytes read) at a time: the text of each stays under V8's large-object size and dies young (see src/runner/runs-json.ts). */
const PIECE = 48 * 1024;

/** The record's own files (text in memory), by their names in the bundle. */
export interface RecordTexts {
  'report.json': string;
  'report.html': string;
  'comment.md': string;
  'summary.md': string;
  'warroom.ndjson': string;
}

/** A name inside the zip: forward slashes, no leading slash, no "..", no control characters. */
export function entryName(...parts: string[]): string {
  return parts
    .join('/')
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => segment.replace(/[\u0000-\u001f]/g, '_'))
    .join('/');
}

function walk(dir: string): string[] {
  const found: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const full = join(current, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) stack.push(full);
      else if (stat?.isFile()) found.push(full);
    }
  }
  return found.sort();
}

/**
 * The runner's work directory laid out for people: `WORK/SUITE/N/output.log` (attempt N's output)
 * → `logs/SUITE/attempt-N.log`, bounded to LOG_BYTES; the other files of `WORK/SUITE/N/` (reports
 * collected from attempt N) → `reports/SUITE/attempt-N/…`; `WORK/SUITE/services/*.log` →
 * `logs/SUITE/services/…`.
 */
export function workDirEntries(workDir: string): BundleEntry[] {
  if (!existsSync(workDir)) return [];
  const entries: BundleEntry[] = [];
  for (const path of walk(workDir)) {
    const [suite, first, ...rest] = relative(workDir, path).split(/[\\/]/);
    if (!suite || !first) continue;
    if (first === 'services') entries.push({ name: entryName('logs', suite, 'services', ...rest), path, maxBytes: LOG_BYTES });
    else if (/^\d+$/.test(first) && rest.length === 1 && rest[0] === 'output.log')
      entries.push({ name: entryName('logs', suite, `attempt-${first}.log`), path, maxBytes: LOG_BYTES });
    else if (/^\d+$/.test(first) && rest.length > 0) entries.push({ name: entryName('reports', suite, `attempt-${first}`, ...rest), path });
  }
  return entries;
}

/** The byte ranges of a file to put in the bundle: all of it, or its first quarter and last three quarters of `maxBytes`. */
function ranges(size: number, maxBytes: number | undefined): Array<{ start: number; end: number }> {
  if (maxBytes === undefined || size <= maxBytes) return [{ start: 0, end: Math.max(0, size - 1) }];
  const head = Math.floor(maxBytes / 4);
  return [
    { start: 0, end: head - 1 },
    { start: size - (maxBytes - head), end: size - 1 },
  ];
}

/** The record's texts, runs.json from its file (it can be gigabytes: streamed, never a string), then the work dir's files. */
export function bundleEntries(texts: RecordTexts, workDir: string, runsFile: string): BundleEntry[] {
  const [report, ...rest] = Object.entries(texts).map(([name, text]) => ({ name, text }));
  return [...(report ? [report] : []), { name: 'runs.json', path: runsFile }, ...rest, ...workDirEntries(workDir)];
}

/** Write the zip to `outPath`, streaming every file through the compressor. */
export async function writeBundle(outPath: string, entries: BundleEntry[], mtime = new Date()): Promise<void> {
  await mkdir(dirname(outPath), { recursive: true });
  const out = createWriteStream(outPath);
  let failure: Error | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.on('finish', resolve);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const drained = () => (out.writableNeedDrain ? new Promise<void>((resolve) => out.once('drain', resolve)) : Promise.resolve());
  const seen = new Set<string>();
  for (const entry of entries) {
    let name = entry.name;
    for (let n = 2; seen.has(name); n++) name = `${entry.name}.${n}`;
    seen.add(name);
    // a big file (a raw report of a million tests, runs.json) at level 1: about 3× faster, a little larger
    const big = 'path' in entry && (statSync(entry.path, { throwIfNoEntry: false })?.size ?? 0) > BIG_FILE;
    const file = new ZipDeflate(name, { level: big ? 1 : 6 });
    file.mtime = mtime;
    zip.add(file);
    const encoder = new TextEncoder();
    if ('text' in entry) {
      // encoded a piece at a time: report.json of a run with 190,000 failures is ~80 MB, and one
      // encoding of it was that much again outside the heap
      const text = redactor.text(entry.text);
      let start = 0;
      while (start < text.length) {
        let end = Math.min(text.length, start + PIECE);
        // never split a surrogate pair between two pieces
        if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
        file.push(encoder.encode(text.slice(start, end)));
        start = end;
        await drained();
      }
      file.push(new Uint8Array(0), true);
    } else {
      const size = statSync(entry.path, { throwIfNoEntry: false })?.size ?? 0;
      const parts = size === 0 ? [] : ranges(size, entry.maxBytes);
      const leftOut = size - parts.reduce((sum, range) => sum + range.end - range.start + 1, 0);
      let binary: boolean | undefined;
      for (const [index, range] of parts.entries()) {
        if (index > 0)
          file.push(encoder.encode(`\n… ${leftOut} bytes left out of the bundle; the whole file is in the runner's work directory …\n`));
        const decoder = new StringDecoder('utf8');
        const redaction = new StreamRedaction(redactor);
        for await (const chunk of createReadStream(entry.path, { ...range, highWaterMark: PIECE })) {
          const bytes = chunk as Buffer;
          binary ??= bytes.subarray(0, 8192).includes(0);
          file.push(binary ? bytes : encoder.encode(redaction.push(decoder.write(bytes))));
          await drained();
        }
        if (!binary) file.push(encoder.encode(redaction.push(decoder.end()) + redaction.end()));
      }
      file.push(new Uint8Array(0), true);
    }
    await drained();
    if (failure) break;
  }
  zip.end();
  await finished;
  if (failure) throw new Error(`${outPath}: the bundle could not be written (${failure.message})`);
}
