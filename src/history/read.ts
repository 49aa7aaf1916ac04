/**
 * Reading a history — a local directory or the data branch — into records, oldest first. A file
 * that cannot be used is named in one line (file, line, field) and left out; the rest still count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isArchivePath, isRecordPath, orderRecords } from './layout.js';
import { type HistoryRecord, parseRecord } from './record.js';

/** Where a history's files come from: a directory, or the data branch (branchSource in src/history/branch-store.ts). */
export interface HistorySource {
  /** for messages: the directory, or "branch testops-data" */
  label: string;
  /** every file of the history, by path relative to its root (forward slashes) */
  files(): AsyncIterable<{ path: string; text: string }>;
}

export interface HistoryRead {
  /** one per run, oldest first */
  records: HistoryRecord[];
  /** one line each: a file or line that was left out, and why */
  problems: string[];
}

function walk(root: string, dir: string, out: string[]): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, out);
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
}

/** A history kept in a local directory (`testops history import`, or a checkout of the data branch). */
export function directorySource(root: string): HistorySource {
  return {
    label: root,
    async *files() {
      const paths: string[] = [];
      walk(root, join(root, 'runs'), paths);
      walk(root, join(root, 'archive'), paths);
      for (const path of paths.sort()) yield { path, text: readFileSync(join(root, path), 'utf8') };
    },
  };
}

function parseJson(text: string, where: string, into: HistoryRecord[], problems: string[]): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push(`${where}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
    return;
  }
  const parsed = parseRecord(value, where);
  if ('record' in parsed) into.push(parsed.record);
  else problems.push(parsed.problem);
}

/** Every record of a history (a directory path or a source), oldest first, with what was left out. */
export async function readHistory(from: string | HistorySource, options: { since?: Date } = {}): Promise<HistoryRead> {
  const source = typeof from === 'string' ? directorySource(from) : from;
  const records: HistoryRecord[] = [];
  const problems: string[] = [];
  for await (const { path, text } of source.files()) {
    const where = `${source.label === '.' ? '' : `${source.label}/`}${path}`;
    if (isRecordPath(path)) parseJson(text, where, records, problems);
    else if (isArchivePath(path)) {
      const lines = text.split('\n');
      for (const [index, line] of lines.entries()) if (line.trim()) parseJson(line, `${where}:${index + 1}`, records, problems);
    }
  }
  const since = options.since?.getTime();
  const kept = since === undefined ? records : records.filter((record) => Date.parse(record.run.at) >= since);
  return { records: orderRecords(kept), problems };
}
