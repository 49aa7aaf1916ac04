/**
 * `npm run bench:fuzz [-- --cases N --seed S]`: mutates the real report files of the shared corpus
 * (seeded: truncation, byte flips, invalid UTF-8, huge attributes and counts, deep nesting,
 * structure edits) and parses each damaged file in worker processes. Prints crashes, internal
 * (non-ReportError) errors, hangs over 10 s, peak memory, and silent passes — a damaged file that
 * an independent parser (fast-xml-parser's validator, JSON.parse) rejects but testops read as
 * passing tests. All must be 0 but the memory figure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { CORPUS } from '../test/corpus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1]! : fallback;
};
const CASES = Number(option('cases', '10000'));
const SEED = option('seed', 'testops-fuzz-1');
const ONLY = args.includes('--only') ? new Set(option('only', '').split(',').map(Number)) : undefined;
const HANG_MS = 10_000;
const HANG_WALL_MS = 120_000;
const loadAtStart = loadavg()[0]!;

/** CPU time (user + system, ms) a process has used, from /proc/PID/stat; undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // the fields after "(comm) ": state is the 3rd field overall, utime the 14th, stime the 15th
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}
const WORKERS = 2;
const here = dirname(fileURLToPath(import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const sources = walk(CORPUS)
  .filter((path) => !path.endsWith('README.md') && !path.endsWith('.exception') && statSync(path).size < 2_000_000)
  .map((path) => ({ name: path.slice(CORPUS.length + 1), bytes: readFileSync(path) }));

const random = seedrandom(SEED);
const int = (n: number) => Math.floor(random() * n);

type Mutation = (bytes: Buffer) => Buffer;
const mutations: Record<string, Mutation> = {
  truncate: (b) => b.subarray(0, int(b.length)),
  'byte flips': (b) => {
    const copy = Buffer.from(b);
    for (let i = 0, n = 1 + int(8); i < n && copy.length > 0; i++) copy[int(copy.length)] = int(256);
    return copy;
  },
  'invalid UTF-8': (b) => {
    const at = int(b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from([[0xff, 0xc3, 0xe2, 0x80][int(4)]!]), b.subarray(at)]);
  },
  'huge attribute': (b) => {
    const text = b.toString('latin1');
    const at = text.indexOf('="', int(text.length));
    if (at < 0) return Buffer.concat([b, Buffer.alloc(1 << 20, 'a')]);
    return Buffer.concat([b.subarray(0, at + 2), Buffer.alloc((1 + int(8)) << 20, 'x'), b.subarray(at + 2)]);
  },
  'huge count': (b) => {
    const text = b.toString('latin1');
    const huge = ['1e9', '999999999999', '1e308', '-1', '2147483648', 'NaN', '1e-400'][int(7)]!;
    let n = 0;
    const replaced = text.replace(/\d+(\.\d+)?/g, (digits) => (random() < 0.1 && n++ < 20 ? huge : digits));
    return Buffer.from(replaced, 'latin1');
  },
  'deep nesting': (b) => {
    const text = b.toString('latin1');
    const depth = 1000 + int(100_000);
    const json = /^\s*[[{]/.test(text);
    const open = json ? '['.repeat(depth) : '<testsuite name="d">'.repeat(depth);
    const close = json ? ']'.repeat(depth) : '</testsuite>'.repeat(depth);
    const at = json ? 0 : Math.max(0, text.indexOf('>', text.indexOf('<t')) + 1);
    return Buffer.from(text.slice(0, at) + open + text.slice(at) + close, 'latin1');
  },
  'structure edits': (b) => {
    const lines = b.toString('latin1').split('\n');
    for (let i = 0, n = 1 + int(4); i < n && lines.length > 1; i++) {
      const at = int(lines.length);
      const action = int(3);
      if (action === 0) lines.splice(at, 1);
      else if (action === 1) lines.splice(at, 0, lines[int(lines.length)]!);
      else [lines[at], lines[0]] = [lines[0]!, lines[at]!];
    }
    return Buffer.from(lines.join('\n'), 'latin1');
  },
};
const kinds = Object.keys(mutations);

interface Result {
  id: number;
  outcome: string;
  silentPass: boolean;
  detail: string;
  rss: number;
}

const scratch = mkdtempSync(join(tmpdir(), 'testops-fuzz-'));
const tally = { parsed: 0, 'report-error': 0, 'report-error-unpositioned': 0, 'internal-error': 0, crashes: 0, hangs: 0, silentPasses: 0 };
const examples: string[] = [];
let peakRss = 0;
let slowest = { cpu: 0, what: '' };
let next = 0;
const started = performance.now();

function startWorker(slot: number): Promise<void> {
  return new Promise((finish) => {
    const dir = join(scratch, String(slot));
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(here, 'fuzz-worker.ts'), dir], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=3072' },
    });
    readdirSync(scratch); // make sure the scratch exists
    let current: { id: number; kind: string; name: string; cpuAtStart: number | undefined } | undefined;
    let timer: NodeJS.Timeout | undefined;
    let buffer = '';
    // a worker killed for hanging closes its stdin: the write in flight fails, the exit handler restarts it
    child.stdin!.on('error', () => {});
    const send = () => {
      let id: number;
      let source: (typeof sources)[number];
      let kind: string;
      let bytes: Buffer;
      do {
        if (next >= CASES) {
          child.stdin!.end();
          return;
        }
        id = next++;
        source = sources[int(sources.length)]!;
        kind = kinds[int(kinds.length)]!;
        bytes = mutations[kind]!(source.bytes);
      } while (ONLY && !ONLY.has(id));
      const cpuAtStart = cpuMs(child.pid);
      current = { id, kind, name: source.name, cpuAtStart };
      const wallAtStart = performance.now();
      const check = () => {
        const wall = performance.now() - wallAtStart;
        const cpuNow = cpuMs(child.pid);
        const cpu = cpuAtStart !== undefined && cpuNow !== undefined ? cpuNow - cpuAtStart : wall;
        if (cpu < HANG_MS && wall < HANG_WALL_MS) {
          timer = setTimeout(check, Math.max(200, HANG_MS - cpu));
          return;
        }
        tally.hangs++;
        examples.push(`hang: case ${id} (${kind} of ${source.name}): ${(cpu / 1000).toFixed(1)} s CPU, ${(wall / 1000).toFixed(1)} s wall`);
        child.kill('SIGKILL');
      };
      timer = setTimeout(check, HANG_MS);
      child.stdin!.write(`${JSON.stringify({ id, name: source.name.split('/').pop(), bytes: bytes.toString('base64') })}\n`);
    };
    child.stdout!.on('data', (data: Buffer) => {
      buffer += data.toString();
      for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
        const result = JSON.parse(buffer.slice(0, newline)) as Result;
        buffer = buffer.slice(newline + 1);
        clearTimeout(timer);
        tally[result.outcome as 'parsed']++;
        if (result.silentPass) {
          tally.silentPasses++;
          examples.push(`silent pass: case ${result.id} (${current?.kind} of ${current?.name})`);
        }
        if (result.outcome === 'internal-error')
          examples.push(`internal error: case ${result.id} (${current?.kind} of ${current?.name}): ${result.detail}`);
        peakRss = Math.max(peakRss, result.rss);
        const cpuNow = cpuMs(child.pid);
        if (current?.cpuAtStart !== undefined && cpuNow !== undefined && cpuNow - current.cpuAtStart > slowest.cpu)
          slowest = { cpu: cpuNow - current.cpuAtStart, what: `case ${result.id} (${current.kind} of ${current.name})` };
        current = undefined;
        send();
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (current && signal !== 'SIGKILL') {
        tally.crashes++;
        examples.push(`crash (exit ${code ?? signal}): case ${current.id} (${current.kind} of ${current.name})`);
      }
      // a killed or crashed worker is replaced until the cases run out
      if (next < CASES) startWorker(slot).then(finish);
      else finish();
    });
    import('node:fs').then(({ mkdirSync }) => {
      mkdirSync(dir, { recursive: true });
      send();
    });
  });
}

await Promise.all(Array.from({ length: WORKERS }, (_, slot) => startWorker(slot)));
rmSync(scratch, { recursive: true, force: true });
const seconds = (performance.now() - started) / 1000;
const row = (label: string, value: string | number, target: string) =>
  `  ${label.padEnd(34)} ${String(value).padStart(10)}   target ${target}`;
console.log(
  `bench:fuzz — ${ONLY ? `${ONLY.size} of ` : ''}${CASES} cases from ${sources.length} corpus files, seed "${SEED}", ${seconds.toFixed(0)} s; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (2 workers)`,
);
console.log(row('parsed', tally.parsed, '—'));
console.log(row('rejected with a ReportError', tally['report-error'] + tally['report-error-unpositioned'], '—'));
console.log(row('  of which without a line (field named)', tally['report-error-unpositioned'], '—'));
console.log(row('crashes', tally.crashes, '0'));
console.log(row('internal (non-ReportError) errors', tally['internal-error'], '0'));
console.log(row(`hangs (${HANG_MS / 1000} s CPU or ${HANG_WALL_MS / 1000} s wall)`, tally.hangs, '0'));
console.log(row('silent passes', tally.silentPasses, '0'));
console.log(row('slowest case (worker CPU time)', `${(slowest.cpu / 1000).toFixed(1)} s`, `< ${HANG_MS / 1000} s`));
if (slowest.what) console.log(`    ${slowest.what}`);
console.log(row('peak worker memory (RSS)', `${(peakRss / 2 ** 20).toFixed(0)} MiB`, '≤ 1536 MiB'));
for (const example of examples.slice(0, 20)) console.log(`  ${example}`);
if (tally.crashes + tally['internal-error'] + tally.hangs + tally.silentPasses > 0) process.exitCode = 1;
