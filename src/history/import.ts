/**
 * `testops history import DIR`: a local history from report.json files. Every report.json under
 * DIR becomes one record (with the runs.json and plan.json beside it, when there, every test and
 * per-file coverage are kept); records go to .testops/history in the data branch's layout, so
 * `testops dashboard` and `testops health` read it like the branch. A file that is not a testops
 * report is named with the field at fault and skipped; a run already there is not written twice.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import type { Plan, Report, RunsFile } from '../model.js';
import { z } from 'zod';
import { archiveRecords, planCompaction } from './compact.js';
import { archivePath, recordPath } from './layout.js';
import { readHistory } from './read.js';
import { type HistoryRecord, parseRecord, recordFromReport, serializeRecord } from './record.js';

export interface ImportResult {
  imported: Array<{ file: string; path: string; whole: boolean }>;
  already: string[];
  problems: string[];
  compacted: number;
}

function findReports(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git') walk(full);
      else if (entry.isFile() && entry.name === 'report.json') found.push(full);
    }
  };
  if (statSync(dir).isFile()) return [dir];
  walk(dir);
  return found.sort();
}

const count = z.number().int().min(0);
const testCounts = z.looseObject({ tests: count, passed: count, failed: count, errored: count, skipped: count, flaky: count });
/** What recordFromReport reads of a report.json, checked so a foreign file is named with its field, never a TypeError. */
const reportShape = z.looseObject({
  version: z.literal(1),
  createdAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO 8601 time'),
  conclusion: z.enum(['success', 'failure']),
  duration: z.number().min(0),
  event: z.looseObject({ name: z.string(), headSha: z.string() }),
  totals: testCounts.extend({ attempts: count, duration: z.number().min(0) }),
  suites: z.array(z.looseObject({ name: z.string(), selected: z.boolean(), status: z.string(), duration: z.number(), tests: testCounts })),
  failures: z.array(z.looseObject({ id: z.string(), suite: z.string(), name: z.string(), status: z.string() })),
  perf: z.array(z.looseObject({ scenario: z.string(), metric: z.string(), unit: z.string(), head: z.number() })),
  security: z.looseObject({ counts: z.record(z.string(), z.number()), newFindings: z.array(z.unknown()), existing: count }),
  changedFiles: count.nullable(),
  flaky: z.array(z.looseObject({ id: z.string(), suite: z.string(), name: z.string(), state: z.string(), rate: z.number(), runs: count })),
});

function checkReport(value: unknown, file: string): Report {
  const parsed = reportShape.safeParse(value);
  if (parsed.success) return value as Report;
  const issue = parsed.error.issues[0];
  throw new InputError(`${file} is not a testops report.json: ${issue.path.map(String).join('.') || 'the top level'}: ${issue.message}`);
}

function readJsonFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

/** A record from one report.json and what lies beside it; an Error naming the file and field when it cannot be. */
export function recordFromFiles(file: string): { record: HistoryRecord; whole: boolean } {
  const report = checkReport(readJsonFile(file), file);
  const runsFile = join(dirname(file), 'runs.json');
  const planFile = join(dirname(file), 'plan.json');
  const runs = existsSync(runsFile) ? (readJsonFile(runsFile) as RunsFile) : undefined;
  const plan = existsSync(planFile) ? (readJsonFile(planFile) as Plan) : undefined;
  let record: HistoryRecord;
  try {
    record = recordFromReport(report, { ...(runs?.suites ? { runs } : {}), ...(plan?.suites ? { plan } : {}) });
  } catch (error) {
    throw new InputError(`${file}: not a testops report.json this version can read (${(error as Error).message.split('\n')[0]})`);
  }
  const checked = parseRecord(JSON.parse(JSON.stringify(record)), file);
  if ('problem' in checked) throw new InputError(checked.problem);
  return { record: checked.record, whole: checked.record.testsKept === 'all' };
}

const writeAtomic = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
};

export async function importHistory(input: {
  from: string;
  out: string;
  keepRuns: number;
  cwd: string;
  now?: Date;
}): Promise<ImportResult> {
  const result: ImportResult = { imported: [], already: [], problems: [], compacted: 0 };
  const existing = await readHistory(input.out);
  const known = new Set(existing.records.map((record) => record.run.id));
  for (const file of findReports(input.from)) {
    const shown = relative(input.cwd, file) || file;
    let made: { record: HistoryRecord; whole: boolean };
    try {
      made = recordFromFiles(file);
    } catch (error) {
      result.problems.push((error as Error).message.split('\n')[0].replace(file, shown));
      continue;
    }
    const path = recordPath(made.record);
    if (known.has(made.record.run.id)) {
      result.already.push(shown);
      continue;
    }
    known.add(made.record.run.id);
    writeAtomic(join(input.out, path), serializeRecord(made.record));
    result.imported.push({ file: shown, path, whole: made.whole });
  }
  // bounded like the branch: the oldest whole records beyond keep-runs go to the monthly archive
  const paths: string[] = [];
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else paths.push(`${prefix}${entry.name}`);
    }
  };
  walk(join(input.out, 'runs'), 'runs/');
  const plan = planCompaction(paths, { keepRuns: input.keepRuns, now: input.now ?? new Date() });
  if (plan.compact.length > 0) {
    const old: HistoryRecord[] = [];
    for (const path of plan.compact) {
      const parsed = parseRecord(readJsonFile(join(input.out, path)), path);
      if ('record' in parsed) old.push(parsed.record);
    }
    const archives = new Map<string, string>();
    for (const record of old) {
      const path = archivePath(record);
      const file = join(input.out, path);
      if (!archives.has(path) && existsSync(file)) archives.set(path, readFileSync(file, 'utf8'));
    }
    for (const [path, text] of archiveRecords(old, archives, { now: input.now ?? new Date() })) writeAtomic(join(input.out, path), text);
    for (const path of plan.compact) rmSync(join(input.out, path));
    result.compacted = old.length;
  }
  return result;
}
