/**
 * k6 `--out json` output: one JSON object a line, `{"type":"Metric",…,"metric":name}` declaring a
 * metric and `{"type":"Point","data":{"time","value","tags"},"metric":name}` for each sample.
 * Streamed line by line; only the numbers of trend points are kept (8 bytes a point), and the
 * statistics are k6's own: percentiles by linear interpolation between the closest ranks
 * (k6's TrendSink.P: i = p·(n−1), v[⌊i⌋] + (v[⌈i⌉] − v[⌊i⌋])·(i − ⌊i⌋)), med = P(0.5), avg = sum/n.
 * `--out json=x.json.gz` output is gzip: it is decompressed as it streams (node:zlib), and at most
 * MAX_GUNZIPPED_BYTES of it are read, so the points kept stay within the memory a plain file takes.
 */
import type { PerfMetric, PerfReport, PerfScenario } from '../../model.js';
import { ReportError } from '../errors.js';
import { readTextChunks } from '../source.js';

/** A growable list of doubles: a Float64Array doubled as needed (no boxed numbers). */
class Values {
  private data = new Float64Array(1024);
  length = 0;
  sum = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
    this.sum += value;
  }
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/** k6's percentile of sorted values (lib/metrics/sink.go TrendSink.P). */
export function k6Percentile(sorted: ArrayLike<number>, pct: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  if (n === 1) return sorted[0]!;
  const i = pct * (n - 1);
  const j = sorted[Math.floor(i)]!;
  const k = sorted[Math.ceil(i)]!;
  return j + (k - j) * (i - Math.floor(i));
}

interface Declared {
  type: string;
  contains: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Trend statistics as k6's end-of-test summary computes them. */
function trendStats(values: Values, unit: string): Record<string, PerfMetric> {
  const sorted = values.sorted();
  const metric = (value: number): PerfMetric => ({ value, unit, biggerIsBetter: false });
  return {
    p50: metric(k6Percentile(sorted, 0.5)),
    p90: metric(k6Percentile(sorted, 0.9)),
    p95: metric(k6Percentile(sorted, 0.95)),
    p99: metric(k6Percentile(sorted, 0.99)),
    avg: metric(values.sum / values.length),
    min: metric(sorted[0]!),
    max: metric(sorted[sorted.length - 1]!),
  };
}

/**
 * The most decompressed data read from a .gz stream: 1 GiB of the shortest point lines (~50 bytes)
 * keeps at most ~21 M values (168 MiB as doubles, 256 MiB of array at the last doubling).
 */
export const MAX_GUNZIPPED_BYTES = 2 ** 30;

export async function parseK6Stream(path: string, options: { maxGunzippedBytes?: number } = {}): Promise<PerfReport> {
  const declared = new Map<string, Declared>();
  const trends = new Map<string, Values>();
  let requests = 0;
  let failedChecked = 0;
  let failed = 0;
  let first = Infinity;
  let last = -Infinity;
  let lineNo = 0;
  let sawLine = false;

  const handle = (line: string) => {
    lineNo++;
    const text = line.trim();
    if (text === '') return;
    sawLine = true;
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      const column = (at ? Number(at[1]) : text.length) + 1 + (line.length - line.trimStart().length);
      throw new ReportError(
        path,
        `not a JSON line (k6 --out json writes one object a line): ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`,
        lineNo,
        column,
      );
    }
    const bad = (what: string) => new ReportError(path, `${what} (k6 --out json)`, lineNo, 1);
    if (!isObject(entry)) throw bad('expected an object');
    const name = entry.metric;
    if (typeof name !== 'string') throw bad('"metric": expected the metric name');
    const data = entry.data;
    if (!isObject(data)) throw bad('"data": expected an object');
    if (entry.type === 'Metric') {
      declared.set(name, { type: String(data.type ?? ''), contains: String(data.contains ?? '') });
      return;
    }
    if (entry.type !== 'Point') throw bad(`"type": expected "Metric" or "Point", got ${JSON.stringify(entry.type)?.slice(0, 40)}`);
    const value = data.value;
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e15)
      throw bad(`"data.value": expected a number, got ${JSON.stringify(value)?.slice(0, 40) ?? 'nothing'}`);
    if (typeof data.time === 'string') {
      const time = Date.parse(data.time);
      if (Number.isFinite(time)) {
        if (time < first) first = time;
        if (time > last) last = time;
      }
    }
    const type = declared.get(name)?.type;
    if (name === 'http_reqs') requests += value;
    else if (name === 'http_req_failed') {
      // a rate: a point is 1 when the request failed
      failedChecked++;
      if (value !== 0) failed++;
    } else if (type === 'trend' || (type === undefined && name === 'http_req_duration')) {
      let values = trends.get(name);
      if (!values) trends.set(name, (values = new Values()));
      values.push(value);
    }
  };

  let carry = '';
  const gzip = { maxBytes: options.maxGunzippedBytes ?? MAX_GUNZIPPED_BYTES };
  for await (const chunk of readTextChunks(path, 'k6 --out json output', { gzip })) {
    const text = carry + chunk;
    let start = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      handle(text.slice(start, newline));
      start = newline + 1;
    }
    carry = text.slice(start);
    if (carry.length > 64 * 1024 * 1024)
      throw new ReportError(path, 'a line longer than 64 MiB (k6 --out json writes short lines)', lineNo + 1, 1);
  }
  if (carry) handle(carry);
  if (!sawLine) throw new ReportError(path, 'the file is empty (expected k6 --out json output)', 1, 1);

  const main: PerfScenario = { name: 'k6', metrics: {} };
  const scenarios: PerfScenario[] = [main];
  const duration = trends.get('http_req_duration');
  if (duration && duration.length > 0) Object.assign(main.metrics, trendStats(duration, 'ms'));
  // k6's rate is count / test duration; the stream has no test duration, so the span of its points stands in
  const seconds = (last - first) / 1000;
  if (requests > 0 && seconds > 0) main.metrics.throughput = { value: requests / seconds, unit: '/s', biggerIsBetter: true };
  if (failedChecked > 0) main.metrics.error_rate = { value: failed / failedChecked, unit: 'ratio', biggerIsBetter: false };
  for (const [name, values] of trends) {
    if (name === 'http_req_duration' || values.length === 0) continue;
    scenarios.push({ name, metrics: trendStats(values, declared.get(name)?.contains === 'time' ? 'ms' : '') });
  }
  return { kind: 'perf', format: 'k6-json', file: path, scenarios: scenarios.filter((s) => Object.keys(s.metrics).length > 0) };
}
