/** k6 and Locust corpus files; autocannon and benchmark samples; secrets stripped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile, redactSecrets } from '../../src/ingest/index.js';
import type { PerfReport } from '../../src/model.js';
import { CORPUS, tempFiles } from './helpers.js';

const perf = async (path: string) => (await parseReportFile(path, { kind: 'perf' })) as PerfReport;
const K6 = join(CORPUS, 'perf/k6');
const LOCUST = join(CORPUS, 'perf/locust');

describe('k6', () => {
  it('summary-export: threshold `true` means FAILED; http_req_failed passes are failures', async () => {
    const report = await perf(join(K6, 'Sweet-Poision-rate-limiter.summary-export.json'));
    expect(report.format).toBe('k6-summary-export');
    const main = report.scenarios[0]!;
    expect(main.failedThresholds).toEqual(['http_req_duration: p(95)<50']);
    expect(main.metrics.p95!.value).toBeCloseTo(269.07, 1);
    expect(main.metrics.error_rate!.value).toBeCloseTo(0.2175, 3);
  });

  it('summary-export with custom trend stats: p(99) present only when configured, no p90/p95', async () => {
    const main = (await perf(join(K6, 'andreposman-qr-code-generator.summary-export.json'))).scenarios[0]!;
    expect(Object.keys(main.metrics).sort()).toEqual(['avg', 'error_rate', 'max', 'min', 'p50', 'p99', 'p99.9', 'throughput']);
    expect(main.failedThresholds).toBeUndefined();
  });

  it('summary-export: all thresholds false = none failed; tagged sub-metrics are their own scenarios', async () => {
    const report = await perf(join(K6, 'noerkholis-me-high-vol-ticketing.summary-export.json'));
    expect(report.scenarios[0]!.failedThresholds).toBeUndefined();
    expect(report.scenarios.some((scenario) => scenario.name === 'http_req_duration{expected_response:true}')).toBe(true);
  });

  it('handleSummary: {ok:false} fails; shape detected', async () => {
    const report = await perf(join(K6, 'scottgal-mostlyucid-nmt.handlesummary.json'));
    expect(report.format).toBe('k6-handle-summary');
    expect(report.scenarios[0]!.failedThresholds).toEqual(['http_req_duration: p(95) < 5000']);
    expect(report.scenarios[0]!.metrics.p95!.value).toBeCloseTo(24458.76, 1);
    const other = await perf(join(K6, 'mn1809-K6PerformanceTesting.handlesummary.json'));
    expect(other.scenarios[0]!.failedThresholds).toBeUndefined();
  });

  it('setup_data and secret-looking values are stripped before storing', () => {
    const raw = JSON.parse(readFileSync(join(K6, 'mn1809-K6PerformanceTesting.handlesummary.json'), 'utf8'));
    expect(raw.setup_data).toBeDefined();
    const clean = redactSecrets({
      ...raw,
      note: 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345',
      password: 'hunter2',
      token_count: 3,
    });
    expect(clean.setup_data).toBeUndefined();
    expect(clean.password).toBe('[redacted]');
    expect(clean.token_count).toBe(3);
    expect(clean.note).not.toMatch(/abcdefghijklmnop/);
  });
});

describe('Locust', () => {
  it('_stats.csv (CR CR LF): per-request rows and Aggregated, error rate from counts', async () => {
    const report = await perf(join(LOCUST, 'bitcoin-api/results_stats.csv'));
    const aggregated = report.scenarios.find((scenario) => scenario.name === 'Aggregated')!;
    expect(aggregated.metrics.error_rate!.value).toBeCloseTo(1607 / 2210, 6);
  });

  it('custom percentiles and integer medians', async () => {
    const hub = await perf(join(LOCUST, 'load-testing-hub/locust_stats.csv'));
    expect(hub.scenarios.find((scenario) => scenario.name === 'Aggregated')!.metrics.p95!.value).toBe(7800);
    const oppe = await perf(join(LOCUST, 'oppe001/results_stats.csv'));
    expect(oppe.scenarios[0]!.metrics.p50!.value).toBe(7);
  });

  it('_stats_history.csv: N/A cells skipped, samples kept', async () => {
    const report = await perf(join(LOCUST, 'bitcoin-api/results_stats_history.csv'));
    const p95 = report.scenarios[0]!.metrics.p95!;
    expect(p95.samples!.every((value) => Number.isFinite(value))).toBe(true);
  });

  it('_failures.csv: occurrences per request', async () => {
    const report = await perf(join(LOCUST, 'odoo-locust/results_failures.csv'));
    expect(report.scenarios.find((scenario) => scenario.name === 'POST Create Product')!.metrics.failures!.value).toBe(4);
  });

  it('a results_stats.csv that is not Locust output is refused by its header', async () => {
    await expect(perf(join(LOCUST, 'negative/projet-cpm.results_stats.csv'))).rejects.toThrow(
      /projet-cpm\.results_stats\.csv:1:1: cannot tell the format/,
    );
    await expect(parseReportFile(join(LOCUST, 'negative/projet-cpm.results_stats.csv'), { format: 'locust' })).rejects.toThrow(
      /not a Locust CSV/,
    );
  });
});

describe('autocannon and benchmark JSON', () => {
  const write = tempFiles();
  it('autocannon --json', async () => {
    const sample = {
      title: 'api',
      url: 'http://127.0.0.1:3000',
      connections: 10,
      duration: 10.02,
      latency: { average: 1.2, mean: 1.2, stddev: 0.5, min: 0, max: 25, p2_5: 1, p50: 1, p97_5: 3, p99: 4, p90: 2 },
      requests: { average: 8000, mean: 8000, stddev: 300, min: 7000, max: 8500, total: 80000, p50: 8000 },
      throughput: { average: 1e6, mean: 1e6, total: 1e7 },
      errors: 0,
      timeouts: 0,
      non2xx: 800,
      '2xx': 79200,
    };
    const report = await perf(write('load.json', JSON.stringify(sample)));
    expect(report.format).toBe('autocannon');
    expect(report.scenarios[0]!.name).toBe('api');
    expect(report.scenarios[0]!.metrics).toMatchObject({
      p50: { value: 1 },
      p99: { value: 4 },
      throughput: { value: 8000, biggerIsBetter: true },
      error_rate: { value: 0.01 },
    });
  });

  it('benchmark custom JSON: direction from the unit, range as spread', async () => {
    const report = await perf(
      write(
        'bench.json',
        JSON.stringify([
          { name: 'parse 10MB', unit: 'ms', value: 120, range: '± 5%' },
          { name: 'ops', unit: 'ops/sec', value: 5000 },
        ]),
      ),
    );
    expect(report.format).toBe('benchmark');
    expect(report.scenarios[0]!.metrics['parse 10MB']).toEqual({ value: 120, unit: 'ms', biggerIsBetter: false, samples: [114, 120, 126] });
    expect(report.scenarios[0]!.metrics.ops!.biggerIsBetter).toBe(true);
  });
});
