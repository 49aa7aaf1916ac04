/** `testops dashboard` as a user runs it: the built CLI over a history directory on disk. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendToBranch, archivePath, compactRecord, recordPath, serializeRecord } from '../../src/history/index.js';
import { git, testops } from '../cli/helpers.js';
import { cloneOf, makeRemote } from '../history/store-fixture.js';
import { syntheticHistory } from './synthetic.js';

function writeHistory(root: string, runs: number, keep: number): void {
  const records = [...syntheticHistory({ runs, tests: 300 })];
  const archives = new Map<string, string[]>();
  for (const [index, record] of records.entries()) {
    if (index < runs - keep) {
      const path = archivePath(record);
      archives.set(path, [...(archives.get(path) ?? []), JSON.stringify(compactRecord(record))]);
      continue;
    }
    const path = join(root, recordPath(record));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, serializeRecord(record));
  }
  for (const [path, lines] of archives) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `${lines.join('\n')}\n`);
  }
}

describe('testops dashboard', () => {
  it('builds index.html from a history directory (whole and compacted records) and names a bad record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-dashboard-cli-'));
    writeHistory(join(dir, 'history'), 40, 10);
    mkdirSync(join(dir, 'history/runs/2026-07'), { recursive: true });
    writeFileSync(join(dir, 'history/runs/2026-07/20260701T000000Z-bad-1.json'), '{"version":1,"run":{"id":"bad-1"}}');
    const result = await testops(['dashboard', '--history', 'history', '--out', 'site', '--title', 'Shop CI'], dir);
    expect(result.stderr).toMatch(/^history\/runs\/2026-07\/20260701T000000Z-bad-1\.json: run\.commit: /m);
    expect(result.stdout).toMatch(/^dashboard: 40 runs \(10 with every test\) → site\/index\.html \(\d+ KB, [\d.]+ s\)$/m);
    expect(result.code).toBe(1);
    const html = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(html).toContain('<title>Shop CI</title>');
    expect(html).toContain('var uPlot=');
    expect(existsSync(join(dir, 'site/.nojekyll'))).toBe(true);
  });

  it('--since keeps the later runs; a clean history exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-dashboard-cli-'));
    writeHistory(join(dir, '.testops/history'), 20, 20);
    const result = await testops(['dashboard', '--since', '2026-06-04'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // one run every 6 hours from 2026-06-01: runs 12–19 are on or after 06-04
    expect(result.stdout).toMatch(/^dashboard: 8 runs \(8 with every test\) → \.testops\/dashboard\/index\.html/);
  });

  it('--branch reads the data branch of the repository here (real git: a bare remote and a clone)', async () => {
    const { bare } = await makeRemote();
    const writer = await cloneOf(bare, 'writer');
    const records = [...syntheticHistory({ runs: 6, tests: 50 })];
    for (const record of records)
      await appendToBranch({ repo: writer, keepRuns: 3, slack: 1, now: () => new Date('2026-06-10T00:00:00Z') }, record);
    const reader = await cloneOf(bare, 'reader');
    const result = await testops(['dashboard', '--branch', 'testops-data', '--out', 'site'], reader);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^dashboard: 6 runs \((3|4) with every test\) → site\/index\.html/);
    // the checkout is untouched: still on main, nothing but the site is new
    expect(await git(reader, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(await git(reader, 'status', '--porcelain')).toBe('?? site/');
    const missing = await testops(['dashboard', '--branch', 'nope'], reader);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('testops dashboard: branch nope was not found on origin');
  }, 180_000);

  it('says what is wrong with its input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-dashboard-cli-'));
    const missing = await testops(['dashboard', '--history', 'nowhere'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('testops dashboard: no history at nowhere (expected a directory with runs/ and archive/');
    const since = await testops(['dashboard', '--since', 'last week'], dir);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since must be a date (YYYY-MM-DD), got "last week"');
    const both = await testops(['dashboard', '--history', 'h', '--branch', 'testops-data'], dir);
    expect(both.code).toBe(2);
  });
});
