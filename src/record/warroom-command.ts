/**
 * `testops warroom [FILE…] [--format text|markdown|json]`: summarises one or more war-room logs
 * (default: .testops/out/warroom.ndjson). Lines that are not entries are named on stderr and
 * skipped; the rest is still summarised (exit 1 when any line was bad, 2 when no file could be read).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Priority } from './catalogue.js';
import { parseWarroom, summariseWarroom, warroomMarkdown, warroomText } from './warroom-summary.js';
import type { WarroomEntry } from './warroom.js';
import { pushAll } from '../util/arrays.js';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** colour the terminal text (a TTY without NO_COLOR) */
  color?: boolean;
}

const USAGE = `usage: testops warroom [FILE…] [--format text|markdown|json] [--top N]
  Summarises war-room logs (warroom.ndjson; default .testops/out/warroom.ndjson): counts by kind
  and priority, top suites and tests, first and last seen, the most urgent anomalies and their steps.`;

const COLORS: Record<Priority, [string, string]> = {
  critical: ['\u001b[1;31m', '\u001b[0m'],
  high: ['\u001b[31m', '\u001b[39m'],
  medium: ['\u001b[33m', '\u001b[39m'],
  low: ['\u001b[2m', '\u001b[22m'],
};

export async function warroomCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: 'string', short: 'f' }, top: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format)) {
    io.stderr(`testops warroom: --format must be text, markdown or json, got "${format}"\n`);
    return 2;
  }
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    io.stderr(`testops warroom: --top must be a positive whole number, got "${values.top}"\n`);
    return 2;
  }
  const files = positionals.length > 0 ? positionals : ['.testops/out/warroom.ndjson'];
  const entries: WarroomEntry[] = [];
  let bad = 0;
  let read = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      io.stderr(
        `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); a war-room log is written by testops run as warroom.ndjson\n`,
      );
      continue;
    }
    read++;
    const parsed = parseWarroom(text, file);
    pushAll(entries, parsed.entries);
    for (const problem of parsed.problems.slice(0, 20)) io.stderr(`${problem}\n`);
    if (parsed.problems.length > 20) io.stderr(`${file}: ${parsed.problems.length - 20} more bad lines\n`);
    bad += parsed.problems.length;
  }
  if (read === 0) return 2;
  const summary = summariseWarroom(entries, top);
  if (format === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(warroomMarkdown(summary));
  else io.stdout(warroomText(summary, io.color ? (priority, text) => `${COLORS[priority][0]}${text}${COLORS[priority][1]}` : undefined));
  // bad lines are bad input (exit 2), said above one by one; the summary of the good ones still prints
  return bad > 0 ? 2 : 0;
}
