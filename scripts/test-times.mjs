#!/usr/bin/env node
// Summarises the per-file log test/cpu-time.ts writes (docs/testing.md):
//   TESTOPS_TEST_CPU_LOG=/tmp/cpu.ndjson npx vitest run && node scripts/test-times.mjs /tmp/cpu.ndjson [top]
// Prints the total CPU time of the test files (each file's worker and every process it waited for),
// the span from the first file's start to the last file's end, and the top files by CPU and by wall.
import { readFileSync } from 'node:fs';

const [file, top = '15'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/test-times.mjs LOG.ndjson [top]');
  process.exit(2);
}
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const name = (row) => row.file.replace(/^.*?[/\\](test|src)[/\\]/, '$1/');
const cpu = (row) => row.own + row.children;
const total = rows.reduce((sum, row) => sum + cpu(row), 0);
const walls = rows.reduce((sum, row) => sum + row.uptime, 0);
const starts = rows.filter((row) => row.end).map((row) => row.end - row.uptime);
const span = starts.length ? Math.max(...rows.map((row) => row.end ?? 0)) - Math.min(...starts) : Number.NaN;
console.log(
  `${rows.length} files: CPU ${total.toFixed(0)} s, file walls added up ${walls.toFixed(0)} s, first start to last end ${span.toFixed(0)} s`,
);
const table = (title, sorted) => {
  console.log(`\n${title}\n   CPU s   wall s  file`);
  for (const row of sorted.slice(0, Number(top)))
    console.log(`${cpu(row).toFixed(1).padStart(8)} ${row.uptime.toFixed(1).padStart(8)}  ${name(row)}`);
};
table(
  'by CPU',
  [...rows].sort((a, b) => cpu(b) - cpu(a)),
);
table(
  'by wall',
  [...rows].sort((a, b) => b.uptime - a.uptime),
);
