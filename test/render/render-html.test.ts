/** scripts/render-html.ts run as a real process, as a person would run it. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingReport } from './fixtures/reports.js';

const root = join(import.meta.dirname, '../..');

/** Runs from the repository root (where tsx resolves), with files given by absolute path. */
function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/render-html.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

describe('scripts/render-html.ts', () => {
  it('writes the comment of a report.json as a page, and a screenshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-html-'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify(failingReport()));
    const result = await run([join(dir, 'report.json'), join(dir, 'out.html'), '--screenshot', join(dir, 'out.png')]);
    expect(result.stderr).toContain(`wrote ${join(dir, 'out.html')}`);
    expect(result.code).toBe(0);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<th>Gate</th>');
    expect(html).toContain('<summary>❌ Failed tests (3, 1 quarantined)</summary>');
    expect(readFileSync(join(dir, 'out.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('says what is wrong with an input that is not a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-html-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ version: 1, suites: [] }));
    const result = await run([join(dir, 'plan.json'), join(dir, 'comment.html')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`render-html: ${join(dir, 'plan.json')}: not a testops report: the field "event" is missing`);
    expect(existsSync(join(dir, 'comment.html'))).toBe(false);
  });
});
