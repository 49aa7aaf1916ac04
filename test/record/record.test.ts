import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRecord } from '../../src/record/index.js';
import { writeBundle } from '../../src/record/bundle.js';
import { parseWarroom, summariseWarroom, warroomMarkdown, warroomText } from '../../src/record/warroom-summary.js';
import { HTML_LIMITS, renderReportHtml } from '../../src/record/html.js';
import { gunzipSync } from 'node:zlib';
import { largeRecord } from './large.js';
import { cleanTempDirs } from '../runner/helpers.js';
import { type AnomalyRun, anomalyRun } from './fixtures.js';

let fixture: AnomalyRun;
let out: string;
let written: Awaited<ReturnType<typeof writeRecord>>;

function exec(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

beforeAll(async () => {
  fixture = await anomalyRun();
  out = mkdtempSync(join(tmpdir(), 'testops-record-out-'));
  written = await writeRecord(out, { ...fixture, comment: '### comment', summary: '### summary', workDir: fixture.workDir });
}, 60_000);
afterAll(cleanTempDirs);

describe('report.html', () => {
  it('puts the verdict first and holds every section', () => {
    const html = readFileSync(written.html, 'utf8');
    expect(html.indexOf('class="verdict failure"')).toBeLessThan(html.indexOf('id="gates"'));
    for (const id of [
      'gates',
      'failures',
      'flaky',
      'anomalies',
      'coverage',
      'perf',
      'security',
      'suites',
      'determinism',
      'timeline',
      'reproduce',
      'tests',
    ])
      expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain('npx testops run --failed --seed 8');
    expect(html).toContain('<svg class="timeline"');
    expect(html).toContain('<svg class="spark"');
    // no network at view time: nothing loaded from elsewhere
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });

  it('escapes report text everywhere: a finding message, a test name, a suite reason', () => {
    const html = readFileSync(written.html, 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    const hostile = structuredClone(fixture);
    const name = '</script><img src=x onerror=alert(1)>';
    hostile.report.failures[0] = { ...hostile.report.failures[0]!, name, message: name };
    hostile.report.suites[0]!.reasons = [name];
    hostile.runs.suites[0]!.tests[0]!.name = name;
    const page = renderReportHtml(hostile);
    expect(page).not.toContain('<img src=x');
    expect(page.match(/<\/script>/g)).toHaveLength(2);
  });

  it('renders status cells from the fixed vocabulary, never the words of the report', () => {
    const hostile = structuredClone(fixture);
    const forged = 'fail" onmouseover="alert(1)';
    hostile.report.gates[0] = { ...hostile.report.gates[0]!, status: forged as never };
    hostile.report.suites[0] = { ...hostile.report.suites[0]!, status: 'pwned' as never };
    hostile.report.baseline = { ...hostile.report.baseline, status: '<b>ok</b>' as never };
    const page = renderReportHtml(hostile);
    expect(page).not.toContain('onmouseover');
    expect(page).not.toContain('pwned');
    expect(page).not.toContain('&lt;b&gt;ok');
    expect(page).toContain('<span class="unknown">unknown</span>');
    expect(page).toContain('Baseline: unknown');
  });
});

describe('report.html of a run with more tests than it lists', () => {
  it('lists the first listedTests tests, says so, and keeps every failure and the full count', () => {
    const total = HTML_LIMITS.listedTests + 500;
    const { report, runs } = largeRecord(total);
    const page = renderReportHtml({ report, runs });
    expect(page).toContain(`<h2>Tests (first 200,000 of ${total.toLocaleString('en')})</h2>`);
    expect(page).toContain(`The list shows the first 200,000 of ${total.toLocaleString('en')} tests, in report order`);
    const packed = /<script type="application\/octet-stream" id="testops-data" data-encoding="gzip-base64">([^<]*)<\/script>/.exec(
      page,
    )?.[1];
    const data = JSON.parse(gunzipSync(Buffer.from(packed ?? '', 'base64')).toString('utf8'));
    expect(data.tests.name).toHaveLength(HTML_LIMITS.listedTests);
    expect(data.tests.name.at(-1)).toBe(runs.suites.flatMap((suite) => suite.tests)[HTML_LIMITS.listedTests - 1]?.name);
    // the failures past the listed tests are still all there
    expect(data.failures).toHaveLength(report.failures.length);
    expect(report.failures.length).toBe(Math.floor((total - 8) / 100) + 1);
  }, 60_000);
});

describe('warroom.ndjson and testops warroom', () => {
  it('one entry a line, read back and summarised', () => {
    const text = readFileSync(written.warroom, 'utf8');
    const parsed = parseWarroom(text, 'warroom.ndjson');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toHaveLength(written.anomalies.length);
    const summary = summariseWarroom(parsed.entries);
    expect(summary.byPriority.critical).toBe(2);
    expect(summary.byKind[0]?.kind).toBe('infrastructure-failure');
    expect(summary.topSuites[0]).toEqual({ suite: 'flaky', count: 15 });
    expect(warroomText(summary)).toContain('infrastructure-failure');
    expect(warroomMarkdown(summary)).toContain('| infrastructure-failure');
  });

  it('names bad lines and keeps the rest', () => {
    const text = `${readFileSync(written.warroom, 'utf8')}{"kind":"nope","priority":"high","at":"2026-12-01T00:00:00Z"}\nnot json\n`;
    const parsed = parseWarroom(text, 'w.ndjson');
    const lines = text.trimEnd().split('\n').length;
    expect(parsed.problems).toEqual([
      `w.ndjson:${lines - 1}: kind "nope" is not one of infrastructure-failure, failure-spike, timeout, service-not-ready, service-crashed, perf-degradation, flaky-spike, new-flaky-test, determinism-break, coverage-drop, new-security-finding, leaked-process`,
      expect.stringMatching(new RegExp(`^w\\.ndjson:${lines}: not JSON`)),
    ]);
    expect(parsed.entries).toHaveLength(written.anomalies.length);
  });
});

describe('bundle.zip', () => {
  it('unzips with the system unzip and holds every file of the record, raw reports and logs', async () => {
    const listing = await exec('unzip', ['-Z1', written.bundle], out);
    expect(listing.code).toBe(0);
    const names = listing.stdout.trim().split('\n');
    for (const name of ['report.json', 'runs.json', 'report.html', 'comment.md', 'summary.md', 'warroom.ndjson'])
      expect(names).toContain(name);
    expect(names).toContain('reports/unit/attempt-0/reports/unit.xml');
    expect(names).toContain('reports/unit/attempt-0/reports/lcov.info');
    expect(names).toContain('reports/scan/attempt-0/reports/scan.sarif');
    expect(names).toContain('logs/memory/attempt-0.log');
    expect(names.some((name) => /^logs\/service-down\/services\/.*db\.log$/.test(name))).toBe(true);
    const test = await exec('unzip', ['-tq', written.bundle], out);
    expect(test.stdout).toMatch(/No errors detected/);
    const extracted = mkdtempSync(join(tmpdir(), 'testops-unzip-'));
    expect((await exec('unzip', ['-q', written.bundle, '-d', extracted], out)).code).toBe(0);
    expect(readFileSync(join(extracted, 'warroom.ndjson'), 'utf8')).toBe(readFileSync(written.warroom, 'utf8'));
    expect(readFileSync(join(extracted, 'logs/memory/attempt-0.log'), 'utf8')).toMatch(/heap out of memory/i);
    expect(JSON.parse(readFileSync(join(extracted, 'report.json'), 'utf8')).conclusion).toBe('failure');
  });

  it('writes a long text whole, a character made of two UTF-16 units across the pieces it is encoded in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-bundle-text-'));
    // 48 KiB pieces: the emoji's two halves straddle the first boundary
    const text = `${'a'.repeat(48 * 1024 - 1)}😀${'é'.repeat(100_000)}😀`;
    await writeBundle(join(dir, 'b.zip'), [{ name: 'comment.md', text }]);
    expect((await exec('unzip', ['-q', join(dir, 'b.zip'), '-d', join(dir, 'x')], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'x', 'comment.md'), 'utf8') === text).toBe(true);
  });

  it('streams a large raw report without holding it', async () => {
    const big = join(fixture.workDir, 'unit', '0', 'big.xml');
    writeFileSync(big, 'x'.repeat(30 * 1024 * 1024));
    const again = await writeRecord(mkdtempSync(join(tmpdir(), 'testops-record-big-')), {
      ...fixture,
      comment: '',
      summary: '',
      workDir: fixture.workDir,
    });
    const listing = await exec('unzip', ['-lq', again.bundle], out);
    expect(listing.stdout).toMatch(/31457280\s+\S+\s+\S+\s+reports\/unit\/attempt-0\/big\.xml/);
  });
});
