/** Locust `--csv` output: _stats.csv, _stats_history.csv, _failures.csv (old and new layouts). */
import type { PerfMetric, PerfReport, PerfScenario } from '../../model.js';
import { lineError, ReportError } from '../errors.js';
import { csvRows } from './csv.js';

const ms = (value: number): PerfMetric => ({ value, unit: 'ms', biggerIsBetter: false });

/** Column positions by header name, looked up once (not per cell). */
type Columns = Map<string, number>;

/** The largest value a Locust cell can hold (ms, counts, rates); beyond it the cell is damaged. */
const MAX_CELL = 1e15;

/**
 * Cells that hold something other than a number in range (text, 1e400, a negative count): left out
 * of the metrics and said in the report's warnings by row and column, the first few one by one.
 */
class SkippedCells {
  private count = 0;
  private readonly shown: string[] = [];
  /** 1-based CSV row of the row being read (the header is row 1) */
  row = 1;

  skip(column: number, name: string, text: string): void {
    if (this.count++ < 10)
      this.shown.push(
        `row ${this.row}, column ${column + 1} ("${name}"): ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} is not a number from 0 to ${MAX_CELL}; the cell was skipped`,
      );
  }

  warnings(): string[] {
    return this.count > this.shown.length
      ? [...this.shown, `${this.count - this.shown.length} more Locust cells out of range were skipped`]
      : this.shown;
  }
}

function cell(row: string[], columns: Columns, skipped: SkippedCells, ...names: string[]): number | undefined {
  for (const name of names) {
    const index = columns.get(name);
    if (index === undefined) continue;
    const text = (row[index] ?? '').trim();
    if (text === '' || text === 'N/A') return undefined;
    const value = Number(text);
    if (Number.isFinite(value) && value >= 0 && value <= MAX_CELL) return value;
    skipped.skip(index, name, text);
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

function statsMetrics(row: string[], columns: Columns, skipped: SkippedCells, prefix = ''): Record<string, PerfMetric> {
  const metrics: Record<string, PerfMetric> = {};
  const put = (name: string, metric: PerfMetric | undefined) => {
    if (metric) metrics[name] = metric;
  };
  const value = (...names: string[]) => cell(row, columns, skipped, ...names.map((name) => prefix + name));
  const requests = value('Request Count', '# requests');
  // a row with 0 requests (the first seconds of a history, an endpoint never hit) measured no
  // latency: Locust writes 0 (or N/A) there, which is not a 0 ms response
  const measured = requests === undefined || requests > 0;
  if (measured) {
    const p50 = cell(row, columns, skipped, '50%') ?? value('Median Response Time');
    if (p50 !== undefined) put('p50', ms(p50));
    for (const [column, name] of [
      ['90%', 'p90'],
      ['95%', 'p95'],
      ['99%', 'p99'],
    ] as const) {
      const v = cell(row, columns, skipped, column);
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
  const rps = cell(row, columns, skipped, 'Requests/s');
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
  const skipped = new SkippedCells();
  // each row read moves the row number on, so a skipped cell names its row
  const body = (function* () {
    for (const row of rows) {
      skipped.row++;
      yield row;
    }
  })();
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
      for (const [metric, value] of Object.entries(statsMetrics(row, columns, skipped, 'Total '))) {
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
      const count = cell(row, columns, skipped, 'Occurrences', 'Occurences');
      if (count === undefined) continue;
      const target = scenario(name);
      target.metrics.failures = { value: (target.metrics.failures?.value ?? 0) + count, unit: 'count', biggerIsBetter: false };
    }
  } else if (header.includes('Name') && (header.includes('Request Count') || header.includes('# requests'))) {
    for (const row of body) {
      if (row.length < header.length - 1) throw lineError(file, skipped.row, `expected ${header.length} columns, got ${row.length}`);
      scenario(scenarioName(row, columns)).metrics = statsMetrics(row, columns, skipped);
    }
  } else if (header.includes('Traceback')) {
    // exceptions.csv: nothing to measure
  } else {
    throw new ReportError(file, `not a Locust CSV: unexpected header "${header.join(',').slice(0, 80)}"`, 1, 1);
  }
  const warnings = skipped.warnings();
  return { kind: 'perf', format: 'locust', file, scenarios: [...scenarios.values()], ...(warnings.length > 0 ? { warnings } : {}) };
}
