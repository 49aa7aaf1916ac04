/**
 * Perf inputs read as their producers mean them (issue #13, item 3): k6's --out json stream with
 * k6's own percentile definition, Locust history rows with 0 requests, benchmark directions.
 */
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import { k6Percentile } from '../../src/ingest/perf/k6-stream.js';
import type { PerfReport } from '../../src/model.js';
import { tempFiles } from './helpers.js';

const write = tempFiles();
const perf = async (name: string, text: string, format?: string) =>
  (await parseReportFile(write(name, text), format ? { format } : { kind: 'perf' })) as PerfReport;
async function failure(name: string, text: string, format?: string): Promise<string> {
  const error = await parseReportFile(write(name, text), format ? { format } : {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportError);
  return (error as Error).message;
}

describe('k6 --out json', () => {
  // as k6 writes it (docs: results-output/real-time/json): Metric declarations, then Points
  const metric = (name: string, type: string, contains = 'default') =>
    JSON.stringify({ type: 'Metric', data: { type, contains, tainted: null, thresholds: [], submetrics: null }, metric: name });
  const point = (name: string, value: number, second: number) =>
    JSON.stringify({
      type: 'Point',
      data: { time: `2024-05-09T14:34:${String(second).padStart(2, '0')}.239531499+02:00`, value, tags: { method: 'GET', status: '200' } },
      metric: name,
    });
  const durations = [120, 80, 100, 300, 90, 110, 95, 105, 1000, 85];
  const stream = [
    metric('vus', 'gauge'),
    point('vus', 5, 0),
    metric('http_reqs', 'counter'),
    metric('http_req_duration', 'trend', 'time'),
    metric('http_req_failed', 'rate'),
    metric('http_req_waiting', 'trend', 'time'),
    ...durations.flatMap((value, i) => [
      point('http_reqs', 1, i * 2),
      point('http_req_duration', value, i * 2),
      point('http_req_waiting', value - 5, i * 2),
      point('http_req_failed', i === 3 ? 1 : 0, i * 2),
    ]),
  ].join('\n');

  it('is detected and read: percentiles by k6 TrendSink.P (linear between closest ranks), med, avg, min, max', async () => {
    const report = await perf('k6-out.json', `${stream}\n`);
    expect(report.format).toBe('k6-json');
    const main = report.scenarios[0]!;
    expect(main.name).toBe('k6');
    // sorted: 80 85 90 95 100 105 110 120 300 1000; i = p·(n−1)
    expect(main.metrics.p50!.value).toBeCloseTo(102.5, 9); // i=4.5: 100 + (105−100)·0.5
    expect(main.metrics.p90!.value).toBeCloseTo(370, 9); // i=8.1: 300 + 700·0.1
    expect(main.metrics.p95!.value).toBeCloseTo(685, 9); // i=8.55
    expect(main.metrics.p99!.value).toBeCloseTo(937, 9); // i=8.91
    expect(main.metrics.avg!.value).toBeCloseTo(208.5, 9);
    expect(main.metrics.min!.value).toBe(80);
    expect(main.metrics.max!.value).toBe(1000);
    expect(main.metrics.p95!.unit).toBe('ms');
    expect(main.metrics.error_rate!.value).toBeCloseTo(0.1, 9);
    // 10 requests over the 18 s the points span
    expect(main.metrics.throughput!.value).toBeCloseTo(10 / 18, 9);
    expect(report.scenarios.find((s) => s.name === 'http_req_waiting')?.metrics.p50?.value).toBeCloseTo(97.5, 9);
  });

  it('k6Percentile is k6 TrendSink.P: one value, two values, exact ranks', () => {
    expect(k6Percentile([], 0.5)).toBe(0);
    expect(k6Percentile([7], 0.99)).toBe(7);
    expect(k6Percentile([1, 3], 0.5)).toBe(2);
    expect(k6Percentile([1, 2, 3, 4, 5], 0.75)).toBe(4);
  });

  it('--format k6 takes the stream too', async () => {
    expect((await perf('k6.ndjson', stream, 'k6')).format).toBe('k6-json');
  });

  it('a broken line is an error with its line and column', async () => {
    const lines = stream.split('\n');
    lines[7] = lines[7]!.slice(0, 40);
    expect(await failure('k6-broken.json', lines.join('\n'))).toMatch(/k6-broken\.json:8:\d+: not a JSON line/);
  });

  it('a point whose value is not a number is a positioned error', async () => {
    const text = `${metric('http_req_duration', 'trend', 'time')}\n${point('http_req_duration', 1, 0).replace('"value":1', '"value":"fast"')}\n`;
    expect(await failure('k6-value.json', text)).toMatch(/k6-value\.json:2:1: "data\.value": expected a number, got "fast"/);
  });

  it('a value out of range (1e308) is a positioned error, not an infinite average', async () => {
    const text = `${metric('http_req_duration', 'trend', 'time')}\n${point('http_req_duration', 1e308, 0)}\n${point('http_req_duration', 1e308, 1)}\n`;
    expect(await failure('k6-huge.json', text)).toMatch(/k6-huge\.json:2:1: "data\.value": expected a number/);
  });
});

describe('Locust _stats_history.csv', () => {
  const header =
    'Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,Total Min Response Time,Total Max Response Time,Total Average Content Size';
  it('rows with 0 requests have no latency (not 0 ms); every measured row is a sample', async () => {
    const rows = [
      '1700000000,0,,Aggregated,0.000000,0.000000,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.0,0,0,0',
      '1700000001,5,,Aggregated,0.000000,0.000000,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,0,0,0,0.0,0,0,0',
      '1700000002,10,,Aggregated,4.000000,0.000000,120,130,140,150,170,180,190,200,210,210,210,8,0,120,125.5,90,210,512',
      '1700000003,10,,Aggregated,9.000000,1.000000,110,130,140,150,160,170,190,220,240,240,240,20,2,115,118.2,80,240,512',
    ];
    const report = await perf('run_stats_history.csv', `${header}\n${rows.join('\n')}\n`);
    const aggregated = report.scenarios.find((s) => s.name === 'Aggregated')!;
    expect(aggregated.metrics.p50).toMatchObject({ value: 110, samples: [120, 110] });
    expect(aggregated.metrics.p95!.samples).toEqual([180, 170]);
    expect(aggregated.metrics.min!.samples).toEqual([90, 80]);
    expect(aggregated.metrics.error_rate!.value).toBeCloseTo(0.1, 9);
    // throughput is measured in every row, 0 included
    expect(aggregated.metrics.throughput!.samples).toEqual([0, 0, 4, 9]);
  });

  it('a _stats.csv endpoint with 0 requests has no latency metrics', async () => {
    const stats =
      'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,90%,95%,99%\nGET,/never,0,0,0,0.0,0,0,0,0.0,0.0,N/A,N/A,N/A,N/A\nGET,/hit,10,0,50,52.0,40,70,100,1.0,0.0,50,60,65,70\n';
    const report = await perf('run_stats.csv', stats);
    expect(Object.keys(report.scenarios.find((s) => s.name === 'GET /never')!.metrics).sort()).toEqual(['error_rate', 'throughput']);
    expect(report.scenarios.find((s) => s.name === 'GET /hit')!.metrics.p50!.value).toBe(50);
  });

  it('a cell out of range (not a number, 1e400, negative) is skipped with a warning naming its row and column', async () => {
    const stats = [
      'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,90%,95%,99%',
      'GET,/a,10,0,50,52.0,40,70,100,1.0,0.0,50,60,65,70',
      'GET,/b,10,0,50,52.0,40,70,100,1e400,0.0,-5,60,fast,70',
    ].join('\n');
    const report = await perf('range_stats.csv', `${stats}\n`);
    expect(report.warnings).toEqual([
      'row 3, column 12 ("50%"): "-5" is not a number from 0 to 1000000000000000; the cell was skipped',
      'row 3, column 14 ("95%"): "fast" is not a number from 0 to 1000000000000000; the cell was skipped',
      'row 3, column 10 ("Requests/s"): "1e400" is not a number from 0 to 1000000000000000; the cell was skipped',
    ]);
    const b = report.scenarios.find((s) => s.name === 'GET /b')!.metrics;
    // the 50% cell is skipped: the median column stands in; the others are left out
    expect(b.p50!.value).toBe(50);
    expect(b.p95).toBeUndefined();
    expect(b.throughput).toBeUndefined();
    expect(report.scenarios.find((s) => s.name === 'GET /a')!.metrics.p95!.value).toBe(65);
  });

  it('a history with many damaged cells names the first ten and counts the rest', async () => {
    const row = (second: number) =>
      `${1700000000 + second},10,,Aggregated,x,0.0,120,130,140,150,170,180,190,200,210,210,210,8,0,120,125.5,90,210,512`;
    const rows = Array.from({ length: 25 }, (_, index) => row(index));
    const report = await perf('many_stats_history.csv', `${header}\n${rows.join('\n')}\n`);
    expect(report.warnings).toHaveLength(11);
    expect(report.warnings![0]).toBe(
      'row 2, column 5 ("Requests/s"): "x" is not a number from 0 to 1000000000000000; the cell was skipped',
    );
    expect(report.warnings![9]).toMatch(/^row 11, column 5 /);
    expect(report.warnings![10]).toBe('15 more Locust cells out of range were skipped');
  });
});

describe('benchmark direction from the tool that wrote the file', () => {
  it('github-action-benchmark data.js: the tool decides (customSmallerIsBetter, benchmarkjs, go)', async () => {
    const data = {
      lastUpdate: 1,
      repoUrl: 'https://github.com/o/r',
      entries: {
        'Custom smaller': [
          { commit: { id: 'a' }, date: 1, tool: 'customBiggerIsBetter', benches: [{ name: 'x', value: 1, unit: 'ops/sec' }] },
          { commit: { id: 'b' }, date: 2, tool: 'customSmallerIsBetter', benches: [{ name: 'memory', value: 120, unit: 'ops/sec' }] },
        ],
        'JS suite': [
          { commit: { id: 'b' }, date: 2, tool: 'benchmarkjs', benches: [{ name: 'fib', value: 12.5, unit: 'ms', range: '±1%' }] },
        ],
        'Go suite': [{ commit: { id: 'b' }, date: 2, tool: 'go', benches: [{ name: 'BenchmarkFib', value: 400, unit: 'MB/s' }] }],
      },
    };
    const report = await perf('data.js', `window.BENCHMARK_DATA = ${JSON.stringify(data, null, 2)};\n`);
    expect(report.format).toBe('benchmark');
    const scenario = (name: string) => report.scenarios.find((s) => s.name === name)!;
    // the unit says "ops/sec" but the tool says smaller is better: the tool wins
    expect(scenario('Custom smaller').metrics.memory).toMatchObject({ value: 120, biggerIsBetter: false });
    expect(scenario('JS suite').metrics.fib!.biggerIsBetter).toBe(true);
    expect(scenario('Go suite').metrics.BenchmarkFib!.biggerIsBetter).toBe(false);
  });

  it('an unknown tool is an error naming the field', async () => {
    const text = JSON.stringify({ tool: 'fastest', benches: [{ name: 'a', value: 1, unit: 'ms' }] });
    expect(await failure('bench.json', text, 'benchmark')).toContain('.tool: expected one of cargo, go, benchmarkjs');
  });

  it('the custom array: a per-entry biggerIsBetter wins over the unit; a wrong type is an error', async () => {
    const report = await perf(
      'custom.json',
      JSON.stringify([
        { name: 'score', unit: 'points', value: 7, biggerIsBetter: true },
        { name: 'rps', unit: 'req/s', value: 9 },
      ]),
    );
    expect(report.scenarios[0]!.metrics.score!.biggerIsBetter).toBe(true);
    expect(report.scenarios[0]!.metrics.rps!.biggerIsBetter).toBe(true);
    expect(await failure('custom2.json', JSON.stringify([{ name: 's', unit: 'ms', value: 1, biggerIsBetter: 'yes' }]))).toContain(
      '[0].biggerIsBetter: expected true or false, got "yes"',
    );
  });

  it('pytest-benchmark --benchmark-json: seconds, smaller is better, samples from stats.data', async () => {
    const text = JSON.stringify({
      machine_info: { node: 'ci' },
      benchmarks: [
        {
          name: 'test_sort',
          fullname: 'tests/test_b.py::test_sort',
          stats: { min: 0.001, max: 0.003, mean: 0.002, ops: 500, data: [0.001, 0.002, 0.003] },
        },
      ],
    });
    const report = await perf('pytest-bench.json', text);
    expect(report.scenarios[0]!.metrics['tests/test_b.py::test_sort']).toEqual({
      value: 0.002,
      unit: 's',
      biggerIsBetter: false,
      samples: [0.001, 0.002, 0.003],
    });
  });

  it('hyperfine --export-json: seconds, smaller is better, samples from times', async () => {
    const text = JSON.stringify({
      results: [{ command: 'sleep 0.1', mean: 0.105, stddev: 0.002, median: 0.104, min: 0.101, max: 0.11, times: [0.101, 0.104, 0.11] }],
    });
    const report = await perf('hyperfine.json', text);
    expect(report.scenarios[0]!.metrics['sleep 0.1']).toMatchObject({ value: 0.105, unit: 's', biggerIsBetter: false });
  });

  it('go test -bench: ns/op, B/op, allocs/op smaller; MB/s bigger; -N suffix dropped; -count repeats are samples', async () => {
    const text = `goos: linux
goarch: amd64
pkg: example.com/m/hash
cpu: Intel(R) Xeon(R)
BenchmarkSum-8   	 1000000	      1200 ns/op	 850.50 MB/s	      64 B/op	       2 allocs/op
BenchmarkSum-8   	 1000000	      1000 ns/op	 900.50 MB/s	      64 B/op	       2 allocs/op
PASS
ok  	example.com/m/hash	2.5s
`;
    const report = await perf('bench.txt', text);
    const metrics = report.scenarios.find((s) => s.name === 'example.com/m/hash')!.metrics;
    expect(metrics['BenchmarkSum ns/op']).toEqual({ value: 1100, unit: 'ns/op', biggerIsBetter: false, samples: [1200, 1000] });
    expect(metrics['BenchmarkSum MB/s']!.biggerIsBetter).toBe(true);
    expect(metrics['BenchmarkSum allocs/op']!.biggerIsBetter).toBe(false);
  });
});
