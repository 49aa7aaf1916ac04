/**
 * k6 `--out json=results.json.gz`: the gzip stream is read as the plain stream is (decompressed as
 * it streams, same statistics), within a decompressed-size limit; every other report refuses a .gz
 * in one line. Files are compressed by Debian's gzip (an independent producer) and by node:zlib;
 * k6 itself is not installable here (AGPL), so the streams are written in k6's documented shape.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import { k6Percentile, parseK6Stream } from '../../src/ingest/perf/k6-stream.js';
import type { PerfReport } from '../../src/model.js';
import { CORPUS, tempFiles } from './helpers.js';

const write = tempFiles();
const gzipCommand = (bytes: Buffer) => execFileSync('gzip', ['-c', '-6'], { input: bytes, maxBuffer: 1 << 30 });

/** A k6 run's stream: Metric declarations as each metric first appears, then its Points, tags and all. */
function k6Stream(requests: number): { text: string; durations: number[] } {
  const lines: string[] = [];
  const declared = new Set<string>();
  const declare = (name: string, type: string, contains = 'default') => {
    if (declared.has(name)) return;
    declared.add(name);
    lines.push(JSON.stringify({ type: 'Metric', data: { name, type, contains, thresholds: [], submetrics: null }, metric: name }));
  };
  const point = (name: string, value: number, ms: number) =>
    lines.push(
      JSON.stringify({
        type: 'Point',
        data: {
          time: new Date(Date.UTC(2024, 4, 9, 12, 0, 0) + ms).toISOString(),
          value,
          tags: {
            expected_response: 'true',
            group: '',
            method: 'GET',
            name: 'https://test.k6.io/',
            proto: 'HTTP/1.1',
            scenario: 'default',
            status: '200',
          },
        },
        metric: name,
      }),
    );
  const durations: number[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let index = 0; index < requests; index++) {
    const ms = index * 10;
    if (index % 100 === 0) {
      declare('vus', 'gauge');
      point('vus', 10, ms);
    }
    const duration = Math.round((50 + 200 * random() ** 3) * 1000) / 1000;
    durations.push(duration);
    declare('http_reqs', 'counter');
    point('http_reqs', 1, ms);
    declare('http_req_duration', 'trend', 'time');
    point('http_req_duration', duration, ms);
    declare('http_req_waiting', 'trend', 'time');
    point('http_req_waiting', duration * 0.9, ms);
    declare('http_req_failed', 'rate');
    point('http_req_failed', index % 50 === 0 ? 1 : 0, ms);
  }
  return { text: `${lines.join('\n')}\n`, durations };
}

const perf = async (path: string, format?: string) => (await parseReportFile(path, format ? { format } : { kind: 'perf' })) as PerfReport;
const withoutFile = (report: PerfReport) => ({ ...report, file: '' });
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportError);
  return (error as Error).message;
}

describe('k6 --out json=results.json.gz', () => {
  // 20,000 requests: ~7 MB of lines, dozens of 256 KB chunks, lines cut at chunk edges
  const { text, durations } = k6Stream(20_000);
  const plain = Buffer.from(text);
  const plainPath = write('results.json', plain);
  const byGzip = write('results.json.gz', gzipCommand(plain));
  const byZlib = write('zlib-results.json.gz', gzipSync(plain));

  it('reads the gzip stream exactly as the plain one: k6 percentiles, error rate, throughput', async () => {
    const expected = await perf(plainPath);
    expect(expected.format).toBe('k6-json');
    const sorted = Float64Array.from(durations).sort();
    const main = expected.scenarios[0]!;
    expect(main.metrics.p95!.value).toBeCloseTo(k6Percentile(sorted, 0.95), 9);
    expect(main.metrics.p50!.value).toBeCloseTo(k6Percentile(sorted, 0.5), 9);
    expect(main.metrics.error_rate!.value).toBeCloseTo(400 / 20_000, 12);
    expect(main.metrics.throughput!.value).toBeCloseTo(20_000 / 199.99, 6);
    for (const path of [byGzip, byZlib]) {
      const report = await perf(path);
      expect(report.file).toBe(path);
      expect(withoutFile(report)).toEqual(withoutFile(expected));
    }
  });

  it('--format k6 and --format k6-json take the .gz too', async () => {
    const expected = withoutFile(await perf(plainPath));
    expect(withoutFile(await perf(byGzip, 'k6'))).toEqual(expected);
    expect(withoutFile(await perf(byGzip, 'k6-json'))).toEqual(expected);
  });

  it('a truncated .gz is one report error, not a crash', async () => {
    const whole = readFileSync(byGzip);
    const cut = write('cut.json.gz', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await failure(perf(cut))).toMatch(/cut\.json\.gz: damaged gzip data after \d+ decompressed bytes: unexpected end of file/);
  });

  it('a bad byte inside the compressed text is named by its line and column in the decompressed text', async () => {
    const lines = text.split('\n');
    lines[1234] = lines[1234]!.replace('"GET"', '"G\xffT"');
    const bytes = Buffer.from(lines.join('\n'), 'latin1');
    const path = write('bad-utf8.json.gz', gzipCommand(bytes));
    const column = Buffer.from(lines[1234]!.slice(0, lines[1234]!.indexOf('\xff')), 'latin1').length + 1;
    expect(await failure(perf(path))).toBe(`${path}:1235:${column}: not valid UTF-8: byte 0xff (re-save the file as UTF-8)`);
  });

  it('stops at the decompressed-size limit (a small .gz that expands far) with a one-line error', async () => {
    // 7 MB of text from a .gz of a few hundred KB; with a 1 MiB limit the reader stops early
    const error = await failure(parseK6Stream(byGzip, { maxGunzippedBytes: 2 ** 20 }));
    expect(error).toBe(
      `${byGzip}: decompresses to more than 1 MiB, the most testops reads from a .gz file (split the run, or read it uncompressed)`,
    );
    // the plain file has no such limit
    expect((await parseK6Stream(plainPath, { maxGunzippedBytes: 2 ** 20 })).scenarios[0]!.metrics.p95).toBeDefined();
  });
});

describe('other reports refuse a .gz in one line', () => {
  it('a real k6 summary from the corpus, gzipped: refused (k6 compresses only --out json); the plain file reads', async () => {
    const summary = readFileSync(join(CORPUS, 'perf/k6/Sweet-Poision-rate-limiter.summary-export.json'));
    const path = write('summary.json.gz', gzipCommand(summary));
    expect(await failure(perf(path))).toBe(
      `${path}: gzip-compressed: testops reads compressed output only from k6 --out json (k6 run --out json=results.json.gz); decompress it first (gunzip), expected a performance report (k6, Locust CSV, autocannon or benchmark JSON)`,
    );
    expect(await failure(perf(path, 'k6'))).toMatch(/gzip-compressed: .*expected a k6 JSON summary$/);
    expect((await perf(join(CORPUS, 'perf/k6/Sweet-Poision-rate-limiter.summary-export.json'))).format).toBe('k6-summary-export');
  });

  it('a real JUnit report from the corpus, gzipped: refused under auto-detection and with --format junit', async () => {
    const junit = readFileSync(join(CORPUS, 'junit/junit-to-ctrf/test-surefire-flaky.xml'));
    const path = write('junit.xml.gz', gzipSync(junit));
    expect(await failure(parseReportFile(path))).toMatch(/junit\.xml\.gz: gzip-compressed: .*decompress it first \(gunzip\)/);
    expect(await failure(parseReportFile(path, { format: 'junit' }))).toMatch(/gzip-compressed: .*expected JUnit XML$/);
  });
});
