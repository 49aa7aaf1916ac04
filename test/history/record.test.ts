import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordPath } from '../../src/history/layout.js';
import { readHistory } from '../../src/history/read.js';
import { compactRecord, type HistoryRecord, parseRecord, recordFromReport, serializeRecord } from '../../src/history/record.js';
import { runCoverage } from '../../src/ingest/coverage/totals.js';
import type { CoverageReport } from '../../src/model.js';
import { makeRunRepo, type RunOutput, runInto } from './run-fixture.js';

describe('a history record from a real run', () => {
  let run: RunOutput;
  beforeAll(async () => {
    run = await runInto(await makeRunRepo(), 'record', { FAIL_FLAG: '1' });
  });

  it('keeps every test with its outcome and duration, the suites, coverage per file, perf values and selection', () => {
    const record = recordFromReport(run.report, { runs: run.runs, plan: run.plan });
    expect(record.testsKept).toBe('all');
    expect(record.tests.map((test) => [test.name, test.status]).sort()).toEqual([
      ['adds', 'passed'],
      ['flag', 'failed'],
      ['multiplies', 'passed'],
    ]);
    for (const test of record.tests) {
      expect(test.id).toMatch(/^[0-9a-f]{16}$/);
      expect(test.suite).toBe('unit');
      expect(test.duration).toBeGreaterThanOrEqual(0);
    }
    expect(record.tests.find((test) => test.name === 'flag')).toMatchObject({ failures: 1 });
    expect(record.run).toMatchObject({ commit: run.plan.event.headSha, event: 'local', conclusion: 'failure' });
    expect(record.suites.map((suite) => [suite.name, suite.selected, suite.status])).toEqual([
      ['unit', true, 'failed'],
      ['load', true, 'passed'],
      ['docs', false, 'skipped'],
    ]);
    expect(record.suites[0]).toMatchObject({ tests: 3, failed: 1 });
    expect(record.coverage?.totals.lines).toMatchObject({ covered: 3, total: 4 });
    expect(record.coverage?.files).toEqual({ 'unit/a.mjs': [2, 3], 'unit/b.mjs': [1, 1] });
    const p99 = record.perf.find((row) => row.metric === 'p99');
    expect(p99).toMatchObject({ series: 'load › k6', unit: 'ms', biggerIsBetter: false });
    expect(p99?.value).toBeGreaterThan(0);
    // no baseline yet: what docs would have taken is unknown, so nothing is claimed as saved
    expect(record.selection).toMatchObject({ suites: 3, selected: 2, skipped: 1, full: false, savedSeconds: null });
    expect(record.security).toMatchObject({ new: 0, existing: 0, fingerprints: [] });
  });

  it("takes the report step's merged coverage as given instead of merging the suites' again", () => {
    const merged = runCoverage(run.runs.suites);
    expect(recordFromReport(run.report, { runs: run.runs, coverage: merged as CoverageReport }).coverage?.files).toEqual({
      'unit/a.mjs': [2, 3],
      'unit/b.mjs': [1, 1],
    });
    const onlyB = { ...(merged as CoverageReport), files: (merged as CoverageReport).files.filter((file) => file.path === 'unit/b.mjs') };
    expect(recordFromReport(run.report, { runs: run.runs, coverage: onlyB }).coverage?.files).toEqual({ 'unit/b.mjs': [1, 1] });
  });

  it('is valid against its own schema and survives writing and reading unchanged', () => {
    const record = recordFromReport(run.report, { runs: run.runs, plan: run.plan });
    const text = serializeRecord(record);
    expect(text.split('\n').length).toBeGreaterThan(record.tests.length); // one test per line
    const parsed = parseRecord(JSON.parse(text), 'x.json');
    expect(parsed).toEqual({ record });
  });

  it('from report.json alone keeps the failures and says so', () => {
    const record = recordFromReport(run.report);
    expect(record.testsKept).toBe('failures');
    expect(record.tests).toEqual([expect.objectContaining({ name: 'flag', status: 'failed' })]);
    expect(record.tests[0].duration).toBeUndefined();
    expect(record.coverage?.files).toBeUndefined();
    expect(record.coverage?.totals.lines.pct).toBe(75);
    expect(record.perf.find((row) => row.metric === 'p99')?.biggerIsBetter).toBeUndefined();
    expect(parseRecord(JSON.parse(serializeRecord(record)), 'x')).toEqual({ record });
  });

  it('compaction keeps the run, the failures and the coverage totals', () => {
    const record = recordFromReport(run.report, { runs: run.runs, plan: run.plan });
    const compact = compactRecord(record);
    expect(compact).toMatchObject({ compacted: true, testsKept: 'failures', run: record.run, suites: record.suites, perf: record.perf });
    expect(compact.tests.map((test) => test.name)).toEqual(['flag']);
    expect(compact.coverage).toEqual({ totals: record.coverage?.totals });
  });
});

describe('readHistory', () => {
  const record = (id: string, at: string, extra: Partial<HistoryRecord> = {}): HistoryRecord => ({
    version: 1,
    run: { id, commit: 'c'.repeat(40), event: 'push', branch: 'main', at, conclusion: 'success', duration: 3 },
    totals: { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 1, duration: 1 },
    suites: [],
    tests: [{ id: 'a'.repeat(16), suite: 's', name: 't', status: 'passed', duration: 1 }],
    testsKept: 'all',
    perf: [],
    security: { counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, new: 0, existing: 0 },
    selection: { suites: 1, selected: 1, skipped: 0, changedFiles: null, full: true, savedSeconds: 0 },
    flaky: [],
    ...extra,
  });
  const write = (root: string, path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('reads full and compacted records oldest first, one per run, and names each file or line it left out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'testops-history-'));
    const newest = record('30-1', '2026-12-01T10:00:00Z');
    const middle = record('20-1', '2026-11-20T10:00:00Z');
    write(root, recordPath(newest), serializeRecord(newest));
    write(root, recordPath(middle), serializeRecord(middle));
    const old = compactRecord(record('10-1', '2026-10-02T10:00:00Z'));
    // the same run compacted and still full: the full record wins
    const dup = compactRecord(middle);
    write(root, 'archive/2026-10.ndjson', `${JSON.stringify(old)}\n{"version":1,"run":{}}\n`);
    write(root, 'archive/2026-11.ndjson', `${JSON.stringify(dup)}\n`);
    write(root, 'runs/2026-12/broken.json', '{"version": 1,');
    write(root, 'runs/2026-12/future.json', '{"version": 7}');
    write(root, 'README.md', 'not a record');
    const { records, problems } = await readHistory(root);
    expect(records.map((item) => [item.run.id, item.compacted ?? false])).toEqual([
      ['10-1', true],
      ['20-1', false],
      ['30-1', false],
    ]);
    expect(problems).toEqual([
      `${root}/archive/2026-10.ndjson:2: run.id: Invalid input: expected string, received undefined`,
      expect.stringMatching(new RegExp(`^${root}/runs/2026-12/broken.json: not valid JSON`)),
      `${root}/runs/2026-12/future.json: history record version 7, expected 1`,
    ]);
    const since = await readHistory(root, { since: new Date('2026-11-01T00:00:00Z') });
    expect(since.records.map((item) => item.run.id)).toEqual(['20-1', '30-1']);
  });

  it('an empty or absent directory is an empty history', async () => {
    expect(await readHistory(join(tmpdir(), 'testops-no-such-history'))).toEqual({ records: [], problems: [] });
  });
});
