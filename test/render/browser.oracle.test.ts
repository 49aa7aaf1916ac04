/**
 * The comment as a user sees it: markdown → HTML (GFM) → a real headless Chromium. Checks the
 * tables, the collapsible sections and that no markdown syntax leaked into the visible text,
 * and saves a screenshot for a person to look at.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComment, renderHtmlPage } from '../../src/render/index.js';
import { failingReport, greenReport, missingBaselineReport, oversizedReport } from './fixtures/reports.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
});

async function open(markdown: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 960, height: 900 } });
  await page.setContent(renderHtmlPage(markdown, 'testops comment'), { waitUntil: 'load' });
  return page;
}

/** Markdown syntax that must never reach the visible text. */
function expectNoRawMarkdown(visible: string) {
  expect(visible).not.toMatch(/\|\s*-{1,}\s*\|/);
  // Leaked bold looks like "**word" or "word**"; globs such as packages/*/src/** are real content.
  expect(visible).not.toMatch(/(^|[\s(])\*\*[^\s*/]/m);
  expect(visible).not.toMatch(/[^\s*/]\*\*($|[\s).,:])/m);
  expect(visible).not.toContain('```');
  expect(visible).not.toMatch(/\]\(https?:/);
  expect(visible).not.toContain('<details');
  expect(visible).not.toContain('<sub>');
}

async function tableShape(page: Page, firstHeader: string) {
  return page.$$eval(
    'table',
    (tables, header) => {
      const table = tables.find((candidate) => candidate.querySelector('th')?.textContent?.trim() === header);
      if (!table) return null;
      return {
        headers: [...table.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim()),
        rows: [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('td')].map((cell) =>
            (cell as unknown as { innerText: string }).innerText.trim().replace(/\u00a0/g, ' '),
          ),
        ),
      };
    },
    firstHeader,
  );
}

describe('the comment in headless Chromium', () => {
  it('shows the verdict, the tables and collapsible sections that expand, with no raw markdown', async () => {
    const page = await open(renderComment(failingReport(), { commentId: 'unit' }));
    try {
      expect(await page.locator('h3').first().innerText()).toBe('❌ testops: Failed');

      const gates = await tableShape(page, 'Gate');
      expect(gates?.headers).toEqual(['Gate', 'Status', 'Value', 'Baseline', 'Threshold', 'Why']);
      expect(gates?.rows).toHaveLength(6);
      expect(gates?.rows.every((row) => row.length === 6)).toBe(true);
      expect(gates?.rows[1].slice(0, 4)).toEqual(['coverage', '❌ fail', '83.1%', '84%\n9a8b7c6, 2d ago']);

      const summaries = await page.locator('details > summary').allInnerTexts();
      expect(summaries).toEqual([
        '❌ Failed tests (3, 1 quarantined)',
        '⚠️ 1 problem while running or reading reports',
        '🎯 Impact: 3 of 4 suites run, 6 changed files',
        '⏲️ Duration: 1 suite timed',
        '📊 Coverage: 83.1%, patch 76.1%',
        '⏱️ Performance: 4 metrics, 2 regressions',
        '🔒 Security: 1 new finding',
        '🎲 Flaky tests (1)',
        '🔁 Determinism: 99.7% identical outcomes at worst',
      ]);
      // Failures are open; the others are closed until clicked.
      const failures = page.locator('details').nth(0);
      expect(await failures.locator('pre').first().isVisible()).toBe(true);
      expect(await failures.locator('pre').first().innerText()).toContain('AssertionError: expected 10.5 to equal 10.49');
      const perf = page.locator('details', { has: page.locator('summary', { hasText: 'Performance' }) });
      const perfTable = perf.locator('table');
      expect(await perfTable.isVisible()).toBe(false);
      await perf.locator('summary').click();
      expect(await perfTable.isVisible()).toBe(true);
      const perfShape = await tableShape(page, 'Scenario');
      expect(perfShape?.headers).toEqual(['Scenario', 'Metric', 'Base', 'Head', 'Change', 'Verdict', 'Can detect']);
      // The last cell says how small a change this history can tell apart from its noise.
      expect(perfShape?.rows[0]).toEqual([
        'checkout',
        'p95',
        '176 ms',
        '231 ms',
        '+31.3%',
        '❌ fail mann-whitney',
        '±18.0%, 8 of 20 runs, step +30.0% 8 runs ago',
      ]);

      // A test name with a pipe and ** stays one cell and reads as written.
      const failureNames = await failures.locator('li > p > strong, li > strong').allInnerTexts();
      expect(failureNames).toContain('api › POST /cart/items | rejects negative quantities with **422**');

      // Expand everything, then read what a person reads.
      await page.$$eval('details', (all) => {
        for (const details of all) details.setAttribute('open', '');
      });
      const visible = await page.locator('.markdown-body').innerText();
      // The ** in that test name is shown literally on purpose; nothing else may look like markdown.
      expectNoRawMarkdown(visible.replace('with **422**', 'with 422'));
      expect(visible).not.toContain('testops:sticky');

      const dir = mkdtempSync(join(tmpdir(), 'testops-render-'));
      const screenshot = join(dir, 'comment.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(existsSync(screenshot)).toBe(true);
      if (process.env.TESTOPS_SCREENSHOT) await page.screenshot({ path: process.env.TESTOPS_SCREENSHOT, fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('renders the green, no-baseline and trimmed comments cleanly too', async () => {
    for (const [name, markdown] of [
      ['green', renderComment(greenReport())],
      ['missing baseline', renderComment(missingBaselineReport())],
      ['trimmed', renderComment(oversizedReport(), { summaryUrl: 'https://github.com/acme/shop/actions/runs/1#summary' })],
    ] as const) {
      const page = await open(markdown);
      try {
        await page.$$eval('details', (all) => {
          for (const details of all) details.setAttribute('open', '');
        });
        const visible = await page.locator('.markdown-body').innerText();
        expectNoRawMarkdown(visible);
        expect(await page.locator('details').count(), name).toBe((markdown.match(/<details/g) ?? []).length);
        expect((await tableShape(page, 'Gate'))?.rows.length, name).toBe(6);
        if (name === 'trimmed') {
          const link = page.locator('a', { hasText: 'job summary' }).first();
          expect(await link.getAttribute('href')).toBe('https://github.com/acme/shop/actions/runs/1#summary');
        }
        if (name === 'missing baseline') expect(visible).toContain('No baseline was found');
      } finally {
        await page.close();
      }
    }
  });
});
