/** k6 `--summary-export` JSON and `handleSummary` JSON (`JSON.stringify(data)`). */
import type { PerfMetric, PerfReport, PerfScenario } from '../../model.js';
import { ReportError } from '../errors.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

const STAT_NAMES: Record<string, string> = {
  med: 'p50',
  'p(50)': 'p50',
  'p(90)': 'p90',
  'p(95)': 'p95',
  'p(99)': 'p99',
  avg: 'avg',
  min: 'min',
  max: 'max',
};

/** handleSummary wraps values in {type, contains, values}; the export has them at top level. */
export function k6Shape(value: Json): 'k6-handle-summary' | 'k6-summary-export' {
  const metrics = isObject(value.metrics) ? Object.values(value.metrics) : [];
  return 'state' in value || 'options' in value || metrics.some((metric) => isObject(metric) && isObject(metric.values))
    ? 'k6-handle-summary'
    : 'k6-summary-export';
}

function trendMetrics(values: Json, unit: string): Record<string, PerfMetric> {
  const out: Record<string, PerfMetric> = {};
  for (const [stat, raw] of Object.entries(values)) {
    const value = num(raw);
    if (value === undefined) continue;
    const name = STAT_NAMES[stat] ?? (/^p\(([\d.]+)\)$/.exec(stat) ? `p${/^p\(([\d.]+)\)$/.exec(stat)![1]}` : undefined);
    if (name) out[name] = { value, unit, biggerIsBetter: false };
  }
  return out;
}

export function parseK6(value: unknown, file: string): PerfReport {
  if (!isObject(value) || !isObject(value.metrics)) throw new ReportError(file, 'expected a k6 summary with a "metrics" object');
  const format = k6Shape(value);
  const handle = format === 'k6-handle-summary';
  const failed: string[] = [];
  const main: PerfScenario = { name: 'k6', metrics: {} };
  const scenarios: PerfScenario[] = [main];
  for (const [name, raw] of Object.entries(value.metrics)) {
    if (!isObject(raw)) throw new ReportError(file, `metrics["${name}"] is not an object`);
    const values = handle ? raw.values : raw;
    if (!isObject(values)) throw new ReportError(file, `metrics["${name}"].values is missing (k6 handleSummary)`);
    const thresholds = isObject(raw.thresholds) ? raw.thresholds : {};
    for (const [expression, result] of Object.entries(thresholds)) {
      // export: `true` means the threshold FAILED (k6 writes !ok); handleSummary: {ok: false}
      const didFail = handle ? isObject(result) && result.ok === false : result === true;
      if (didFail) failed.push(`${name}: ${expression}`);
    }
    const type = handle
      ? String(raw.type)
      : 'med' in values || 'avg' in values
        ? 'trend'
        : 'rate' in values && 'count' in values
          ? 'counter'
          : 'value' in values || 'passes' in values
            ? 'rate'
            : 'gauge';
    if (name === 'http_req_duration') Object.assign(main.metrics, trendMetrics(values, 'ms'));
    else if (name === 'http_reqs') {
      const rate = num(values.rate);
      if (rate !== undefined) main.metrics.throughput = { value: rate, unit: '/s', biggerIsBetter: true };
    } else if (name === 'http_req_failed') {
      // passes of http_req_failed are FAILED requests; the rate is their share
      const rate = num(values.rate) ?? num(values.value);
      if (rate !== undefined) main.metrics.error_rate = { value: rate, unit: 'ratio', biggerIsBetter: false };
    } else if (type === 'trend' && (num(values.max) !== 0 || num(values.avg) !== 0)) {
      // other trends (sub-metrics like http_req_duration{expected_response:true}, custom ones) are scenarios of their own
      const unit = handle
        ? raw.contains === 'time'
          ? 'ms'
          : ''
        : /duration|time|_ms$|latency|waiting|blocked|connecting|sending|receiving|handshaking/.test(name)
          ? 'ms'
          : '';
      scenarios.push({ name, metrics: trendMetrics(values, unit) });
    }
  }
  if (failed.length > 0) main.failedThresholds = failed;
  return {
    kind: 'perf',
    format,
    file,
    scenarios: scenarios.filter((scenario) => Object.keys(scenario.metrics).length > 0 || scenario.failedThresholds),
  };
}
