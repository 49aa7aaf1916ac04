/** autocannon `--json` and github-action-benchmark's custom JSON. */
import type { PerfMetric, PerfReport } from '../../model.js';
import { ReportError } from '../errors.js';

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

/** Units that grow when things get better (github-action-benchmark's customBiggerIsBetter). */
const BIGGER = /(ops|op)\/s(ec)?|\/s(ec)?$|per ?sec|hz$|throughput|score|x$|%\s*faster/i;

export function parseBenchmark(value: unknown, file: string, biggerIsBetter?: boolean): PerfReport {
  if (!Array.isArray(value))
    throw new ReportError(file, 'expected a JSON array of {name, unit, value} (github-action-benchmark custom format)');
  const metrics: Record<string, PerfMetric> = {};
  value.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.unit !== 'string' || num(entry.value) === undefined) {
      throw new ReportError(file, `[${index}]: expected {name: string, unit: string, value: number}`);
    }
    const metric: PerfMetric = {
      value: entry.value as number,
      unit: entry.unit,
      biggerIsBetter: biggerIsBetter ?? BIGGER.test(entry.unit),
    };
    // range like "± 3.2%" or "±0.5": two samples at the edges keep the spread for the noise model
    const range = typeof entry.range === 'string' ? /([\d.]+)\s*(%)?/.exec(entry.range.replace(/^[±+-]+\s*/, '')) : undefined;
    if (range) {
      const spread = range[2] ? (metric.value * Number(range[1])) / 100 : Number(range[1]);
      if (Number.isFinite(spread)) metric.samples = [metric.value - spread, metric.value, metric.value + spread];
    }
    metrics[entry.name] = metric;
  });
  return { kind: 'perf', format: 'benchmark', file, scenarios: [{ name: 'benchmark', metrics }] };
}
