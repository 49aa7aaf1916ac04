/** autocannon `--json` and github-action-benchmark's custom JSON. */
import type { PerfMetric, PerfReport, PerfScenario } from '../../model.js';
import { lineError, ReportError } from '../errors.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export function parseAutocannon(value: unknown, file: string): PerfReport {
  if (!isObject(value) || !isObject(value.latency) || !isObject(value.requests)) {
    throw new ReportError(file, 'expected autocannon --json output with "latency" and "requests"');
  }
  const latency = value.latency;
  const metrics: Record<string, PerfMetric> = {};
  const ms = (name: string, raw: unknown) => {
    const v = num(raw);
    if (v !== undefined) metrics[name] = { value: v, unit: 'ms', biggerIsBetter: false };
  };
  ms('p50', latency.p50);
  ms('p90', latency.p90);
  ms('p95', latency.p95);
  ms('p99', latency.p99);
  ms('avg', latency.average ?? latency.mean);
  ms('min', latency.min);
  ms('max', latency.max);
  const rps = num(value.requests.average) ?? num(value.requests.mean);
  if (rps !== undefined) metrics.throughput = { value: rps, unit: '/s', biggerIsBetter: true };
  const total = num(value.requests.total) ?? 0;
  const bad = (num(value.errors) ?? 0) + (num(value.timeouts) ?? 0) + (num(value.non2xx) ?? 0);
  // requests.total counts completed responses; errors and timeouts never completed
  const attempts = total + (num(value.errors) ?? 0) + (num(value.timeouts) ?? 0);
  metrics.error_rate = { value: attempts === 0 ? 0 : bad / attempts, unit: 'ratio', biggerIsBetter: false };
  const name = typeof value.title === 'string' && value.title ? value.title : typeof value.url === 'string' ? value.url : 'autocannon';
  return { kind: 'perf', format: 'autocannon', file, scenarios: [{ name, metrics }] };
}

/**
 * A unit that grows when things get better — the fallback for github-action-benchmark's bare
 * custom array, whose direction is the `tool` input in the workflow (customBiggerIsBetter /
 * customSmallerIsBetter), not in the file. Every other shape declares its direction.
 */
const BIGGER = /(ops|op)\/s(ec)?|\/s(ec)?$|per ?sec|hz$|throughput|score|x$|%\s*faster/i;

/** github-action-benchmark's own direction per tool (src/default_index_html.ts / write.ts: biggerIsBetter). */
export const TOOL_BIGGER_IS_BETTER: Record<string, boolean> = {
  cargo: false,
  go: false,
  benchmarkjs: true,
  benchmarkluau: false,
  pytest: true,
  googlecpp: false,
  catch2: false,
  julia: false,
  jmh: false,
  benchmarkdotnet: false,
  time: false,
  customBiggerIsBetter: true,
  customSmallerIsBetter: false,
};

/** One bench entry `{name, unit, value, range?, biggerIsBetter?}` as a metric. */
function benchMetric(entry: unknown, where: string, file: string, declared?: boolean): [string, PerfMetric] {
  if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.unit !== 'string' || num(entry.value) === undefined) {
    throw new ReportError(file, `${where}: expected {name: string, unit: string, value: number}`);
  }
  if (Math.abs(entry.value as number) > 1e300) throw new ReportError(file, `${where}.value: out of range, got ${String(entry.value)}`);
  if (entry.biggerIsBetter !== undefined && typeof entry.biggerIsBetter !== 'boolean') {
    throw new ReportError(
      file,
      `${where}.biggerIsBetter: expected true or false, got ${JSON.stringify(entry.biggerIsBetter)?.slice(0, 40)}`,
    );
  }
  const metric: PerfMetric = {
    value: entry.value as number,
    unit: entry.unit,
    biggerIsBetter: (entry.biggerIsBetter as boolean | undefined) ?? declared ?? BIGGER.test(entry.unit),
  };
  // range like "± 3.2%" or "±0.5": two samples at the edges keep the spread for the noise model
  const range = typeof entry.range === 'string' ? /([\d.]+)\s*(%)?/.exec(entry.range.replace(/^[±+-]+\s*/, '')) : undefined;
  if (range) {
    const spread = range[2] ? (metric.value * Number(range[1])) / 100 : Number(range[1]);
    if (Number.isFinite(spread)) metric.samples = [metric.value - spread, metric.value, metric.value + spread];
  }
  return [entry.name, metric];
}

/** A run's numbers as samples: finite numbers only, an error naming the field otherwise. */
function samplesOf(value: unknown, where: string, file: string): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new ReportError(file, `${where}: expected an array of numbers`);
  return value.map((n, i) => {
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new ReportError(file, `${where}[${i}]: expected a number, got ${JSON.stringify(n)?.slice(0, 40)}`);
    return n;
  });
}

function seconds(stats: Json, key: string, where: string, file: string): number {
  const value = num(stats[key]);
  if (value === undefined || value < 0 || value > 1e12)
    throw new ReportError(
      file,
      `${where}.${key}: expected a time in seconds, got ${JSON.stringify(stats[key])?.slice(0, 40) ?? 'nothing'}`,
    );
  return value;
}

/**
 * Benchmark results in the shapes that say which way is better:
 * - github-action-benchmark's custom array `[{name, unit, value, range?}]` (per-entry
 *   `biggerIsBetter` when given, else the unit: the file has no declaration);
 * - its stored data (`window.BENCHMARK_DATA = {entries: {suite: [{tool, benches}]}}`, or one
 *   `{tool, benches}` record): the direction is the `tool`'s, the newest record of each suite;
 * - pytest-benchmark `--benchmark-json` (`{machine_info, benchmarks: [{name, stats}]}`): times in
 *   seconds, smaller is better (stats.mean, samples from stats.data);
 * - hyperfine `--export-json` (`{results: [{command, mean, times}]}`): seconds, smaller is better.
 */
export function parseBenchmark(value: unknown, file: string): PerfReport {
  const report = (scenarios: PerfScenario[]): PerfReport => ({ kind: 'perf', format: 'benchmark', file, scenarios });
  if (Array.isArray(value)) {
    const metrics: Record<string, PerfMetric> = {};
    value.forEach((entry, index) => {
      const [name, metric] = benchMetric(entry, `[${index}]`, file);
      metrics[name] = metric;
    });
    return report([{ name: 'benchmark', metrics }]);
  }
  if (!isObject(value))
    throw new ReportError(file, 'expected benchmark results (github-action-benchmark, pytest-benchmark or hyperfine JSON)');
  const fromRecord = (record: unknown, where: string, name: string): PerfScenario => {
    if (!isObject(record) || !Array.isArray(record.benches)) throw new ReportError(file, `${where}.benches: expected an array`);
    const tool = record.tool;
    if (typeof tool !== 'string' || !(tool in TOOL_BIGGER_IS_BETTER)) {
      throw new ReportError(
        file,
        `${where}.tool: expected one of ${Object.keys(TOOL_BIGGER_IS_BETTER).join(', ')}, got ${JSON.stringify(tool)?.slice(0, 40) ?? 'nothing'}`,
      );
    }
    const metrics: Record<string, PerfMetric> = {};
    record.benches.forEach((entry, index) => {
      const [metricName, metric] = benchMetric(entry, `${where}.benches[${index}]`, file, TOOL_BIGGER_IS_BETTER[tool]);
      metrics[metricName] = metric;
    });
    return { name, metrics };
  };
  if (isObject(value.entries)) {
    const scenarios: PerfScenario[] = [];
    for (const [suite, runs] of Object.entries(value.entries)) {
      if (!Array.isArray(runs) || runs.length === 0) throw new ReportError(file, `entries["${suite}"]: expected a non-empty array of runs`);
      scenarios.push(fromRecord(runs[runs.length - 1], `entries["${suite}"][${runs.length - 1}]`, suite));
    }
    return report(scenarios);
  }
  if ('benches' in value) return report([fromRecord(value, '', typeof value.name === 'string' ? value.name : 'benchmark')]);
  if (Array.isArray(value.benchmarks)) {
    // pytest-benchmark: times in seconds; smaller is better
    const metrics: Record<string, PerfMetric> = {};
    value.benchmarks.forEach((entry, index) => {
      const where = `benchmarks[${index}]`;
      if (!isObject(entry) || typeof entry.name !== 'string' || !isObject(entry.stats))
        throw new ReportError(file, `${where}: expected {name, stats}`);
      const metric: PerfMetric = { value: seconds(entry.stats, 'mean', `${where}.stats`, file), unit: 's', biggerIsBetter: false };
      const samples = samplesOf(entry.stats.data, `${where}.stats.data`, file);
      if (samples) metric.samples = samples;
      metrics[typeof entry.fullname === 'string' ? entry.fullname : entry.name] = metric;
    });
    return report([{ name: 'pytest-benchmark', metrics }]);
  }
  if (Array.isArray(value.results)) {
    // hyperfine: seconds; smaller is better
    const metrics: Record<string, PerfMetric> = {};
    value.results.forEach((entry, index) => {
      const where = `results[${index}]`;
      if (!isObject(entry) || typeof entry.command !== 'string') throw new ReportError(file, `${where}.command: expected a string`);
      const metric: PerfMetric = { value: seconds(entry, 'mean', where, file), unit: 's', biggerIsBetter: false };
      const samples = samplesOf(entry.times, `${where}.times`, file);
      if (samples) metric.samples = samples;
      metrics[entry.command] = metric;
    });
    return report([{ name: 'hyperfine', metrics }]);
  }
  throw new ReportError(file, 'expected benchmark results (github-action-benchmark, pytest-benchmark or hyperfine JSON)');
}

/**
 * `go test -bench` output. Go's units declare the direction: a rate (`MB/s`, any unit ending in
 * `/s`) is bigger-is-better; ns/op, B/op, allocs/op and custom per-op units are smaller-is-better.
 * One scenario per `pkg:`; the `-N` GOMAXPROCS suffix is dropped from names (the same benchmark on
 * another runner size is the same benchmark).
 */
export function parseGoBench(text: string, file: string): PerfReport {
  const scenarios = new Map<string, PerfScenario>();
  let pkg = 'go';
  let found = 0;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const header = /^pkg:\s*(\S+)/.exec(line);
    if (header) {
      pkg = header[1]!;
      return;
    }
    if (!/^Benchmark\S*\s+\d+\s/.test(line)) return;
    const fields = line.split(/\s+/);
    const name = fields[0]!.replace(/-\d+$/, '');
    if (fields.length < 4 || fields.length % 2 !== 0)
      throw lineError(file, index + 1, `expected "<name> <iterations> <value> <unit> …", got "${line.slice(0, 80)}"`);
    let scenario = scenarios.get(pkg);
    if (!scenario) scenarios.set(pkg, (scenario = { name: pkg, metrics: {} }));
    for (let i = 2; i < fields.length; i += 2) {
      const value = Number(fields[i]);
      const unit = fields[i + 1]!;
      if (!Number.isFinite(value) || Math.abs(value) > 1e300)
        throw lineError(file, index + 1, `${unit}: expected a number, got "${fields[i]}"`);
      const key = `${name} ${unit}`;
      const metric = scenario.metrics[key];
      // -count=N repeats a benchmark: each run is a sample, the value their mean
      if (metric) {
        if (!metric.samples) metric.samples = [metric.value];
        metric.samples.push(value);
        metric.value += (value - metric.value) / metric.samples.length; // running mean, no re-sum
      } else scenario.metrics[key] = { value, unit, biggerIsBetter: /\/s$/.test(unit) };
      found++;
    }
  });
  if (found === 0) throw lineError(file, 1, 'no "Benchmark… N value unit" line found (expected go test -bench output)');
  return { kind: 'perf', format: 'benchmark', file, scenarios: [...scenarios.values()] };
}
