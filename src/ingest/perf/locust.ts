/** Locust `--csv` output: _stats.csv, _stats_history.csv, _failures.csv (old and new layouts). */
import type { PerfMetric, PerfReport, PerfScenario } from '../../model.js';
import { lineError, ReportError } from '../errors.js';
import { csvRows } from './csv.js';

const ms = (value: number): PerfMetric => ({ value, unit: 'ms', biggerIsBetter: false });

/** Column positions by header name, looked up once (not per cell). */
type Columns = Map<string, number>;

function cell(row: string[], columns: Columns, ...names: string[]): number | undefined {
  for (const name of names) {
    const index = columns.get(name);
    if (index === undefined) continue;
    const text = (row[index] ?? '').trim();
    if (text === '' || text === 'N/A') return undefined;
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  return undefined;
}

function scenarioName(row: string[], columns: Columns): string {
  const at = (name: string) => {
    const index = columns.get(name);
    return index === undefined ? undefined : row[index];
  };
  const type = (at('Type') ?? at('Method') ?? '').trim();
  const name = (at('Name') ?? '').trim();
  return name === 'Aggregated' || name === 'Total' ? 'Aggregated' : type ? `${type} ${name}` : name;
}

function statsMetrics(row: string[], columns: Columns, prefix = ''): Record<string, PerfMetric> {
  const metrics: Record<string, PerfMetric> = {};
  const put = (name: string, metric: PerfMetric | undefined) => {
    if (metric) metrics[name] = metric;
  };
  const value = (...names: string[]) => cell(row, columns, ...names.map((name) => prefix + name));
  const requests = value('Request Count', '# requests');
  // a row with 0 requests (the first seconds of a history, an endpoint never hit) measured no
  // latency: Locust writes 0 (or N/A) there, which is not a 0 ms response
  const measured = requests === undefined || requests > 0;
  if (measured) {
    const p50 = cell(row, columns, '50%') ?? value('Median Response Time');
    if (p50 !== undefined) put('p50', ms(p50));
    for (const [column, name] of [
      ['90%', 'p90'],
      ['95%', 'p95'],
      ['99%', 'p99'],
    ] as const) {
      const v = cell(row, columns, column);
      if (v !== undefined) put(name, ms(v));
    }
    for (const [columnNames, name] of [
      [['Average Response Time'], 'avg'],
      [['Min Response Time'], 'min'],
      [['Max Response Time'], 'max'],
    ] as const) {
      const v = value(...columnNames);
      if (v !== undefined) put(name, ms(v));
    }
  }
  const rps = cell(row, columns, 'Requests/s');
  if (rps !== undefined) put('throughput', { value: rps, unit: '/s', biggerIsBetter: true });
  const failures = value('Failure Count', '# failures');
  if (requests !== undefined && failures !== undefined)
    put('error_rate', { value: requests === 0 ? 0 : failures / requests, unit: 'ratio', biggerIsBetter: false });
  return metrics;
}

export function parseLocustText(text: string, file: string): PerfReport {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const first = rows.next();
  const header = (first.done ? [] : first.value).map((name: string) => name.trim());
  const columns: Columns = new Map();
  header.forEach((name: string, index: number) => {
    if (!columns.has(name)) columns.set(name, index);
  });
  const body = rows;
  const scenarios = new Map<string, PerfScenario>();
  const scenario = (name: string) => {
    let found = scenarios.get(name);
    if (!found) scenarios.set(name, (found = { name, metrics: {} }));
    return found;
  };
  if (header.includes('Timestamp') && header.includes('User Count')) {
    // history: the last row per name is the final state; every row is a sample (appended in
    // place: copying the list per row made a 16 MB history take 499 s)
    for (const row of body) {
      const target = scenario(scenarioName(row, columns));
      for (const [metric, value] of Object.entries(statsMetrics(row, columns, 'Total '))) {
        const before = target.metrics[metric];
        if (before) {
          before.value = value.value;
          before.samples!.push(value.value);
        } else target.metrics[metric] = { ...value, samples: [value.value] };
      }
    }
  } else if (header.includes('Error') && (header.includes('Occurrences') || header.includes('Occurences'))) {
    for (const row of body) {
      const name = scenarioName(row, columns);
      const count = cell(row, columns, 'Occurrences', 'Occurences');
      if (count === undefined) continue;
      const target = scenario(name);
      target.metrics.failures = { value: (target.metrics.failures?.value ?? 0) + count, unit: 'count', biggerIsBetter: false };
    }
  } else if (header.includes('Name') && (header.includes('Request Count') || header.includes('# requests'))) {
    let index = 0;
    for (const row of body) {
      if (row.length < header.length - 1) throw lineError(file, index + 2, `expected ${header.length} columns, got ${row.length}`);
      scenario(scenarioName(row, columns)).metrics = statsMetrics(row, columns);
      index++;
    }
  } else if (header.includes('Traceback')) {
    // exceptions.csv: nothing to measure
  } else {
    throw new ReportError(file, `not a Locust CSV: unexpected header "${header.join(',').slice(0, 80)}"`, 1, 1);
  }
  return { kind: 'perf', format: 'locust', file, scenarios: [...scenarios.values()] };
}
