/**
 * The comment's Mermaid charts as GitHub shows them: the comment's markdown → HTML in headless
 * Chromium, each ```mermaid block rendered by the real mermaid package (a devDependency, loaded
 * from node_modules into the local page; every network request is refused) into an SVG in place
 * of the code block, as GitHub does. Checks that every chart renders without error and draws what
 * it should, and saves a screenshot (docs/comment-mermaid.png with TESTOPS_MERMAID_SCREENSHOT set).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComment, renderHtmlPage } from '../../src/render/index.js';
import { chartedReport } from './fixtures/charts.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
});

interface Rendered {
  index: number;
  error?: string;
  title?: string;
  /** points of each line series (from the path's commands) */
  linePoints: number[];
  lineColours: (string | null)[];
  bars: number;
  xLabels: string[];
}

/** The comment page with mermaid loaded and no network. */
async function open(markdown: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 960, height: 900 } });
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(renderHtmlPage(markdown, 'testops comment'), { waitUntil: 'load' });
  await page.addScriptTag({ path: MERMAID });
  return { page, requests };
}

/**
 * Replace each mermaid code block by its SVG (as GitHub does) and describe what was drawn. Runs in
 * the page (plain JavaScript: the project's types have no DOM).
 */
const RENDER_CHARTS = `(async () => {
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' });
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
  const results = [];
  for (const [index, code] of blocks.entries()) {
    const pre = code.parentElement;
    try {
      const { svg } = await mermaid.render('chart' + index, code.textContent ?? '');
      const holder = document.createElement('div');
      holder.className = 'mermaid-chart';
      holder.innerHTML = svg;
      pre.replaceWith(holder);
      const root = holder.querySelector('svg');
      results.push({
        index,
        title: root.querySelector('.chart-title text')?.textContent ?? undefined,
        linePoints: [...root.querySelectorAll('[class*="line-plot"] path')].map((path) => (path.getAttribute('d')?.match(/[ML]/g) ?? []).length),
        lineColours: [...root.querySelectorAll('[class*="line-plot"] path')].map((path) => path.getAttribute('stroke')),
        bars: root.querySelectorAll('[class*="bar-plot"] rect').length,
        xLabels: [...root.querySelectorAll('.bottom-axis text')].map((text) => text.textContent ?? ''),
      });
    } catch (error) {
      results.push({ index, error: String(error?.message ?? error), linePoints: [], lineColours: [], bars: 0, xLabels: [] });
    }
  }
  return results;
})()`;

const renderCharts = (page: Page) => page.evaluate(RENDER_CHARTS) as Promise<Rendered[]>;

describe('the comment’s Mermaid charts in headless Chromium', () => {
  it('every chart renders without error and draws the history, this run, the baseline and the budgets', async () => {
    const { page, requests } = await open(renderComment(chartedReport()));
    try {
      const charts = await renderCharts(page);
      expect(charts.map((chart) => chart.error)).toEqual([undefined, undefined, undefined]);
      const [duration, p95, throughput] = charts as [Rendered, Rendered, Rendered];
      // suite times: 3 bars, the budget line and the typical-time line, 3 points each
      expect(duration.title).toBe('Suite times (seconds)');
      expect(duration.bars).toBe(3);
      expect(duration.linePoints).toEqual([3, 3]);
      // p95: 20 default-branch values and this run, and the flat baseline
      expect(p95.title).toBe('checkout · p95 (ms)');
      expect(p95.linePoints).toEqual([21, 21]);
      // the history in GitHub's blue, the baseline grey (the config block reached the renderer)
      expect(p95.lineColours).toEqual(['#0969da', '#8c959f']);
      expect(p95.xLabels).toContain('this run');
      expect(throughput.linePoints).toEqual([13, 13]);
      // nothing was fetched: mermaid came from node_modules, the page from memory
      expect(requests).toEqual([]);

      // the charts sit in the expanded sections, like on GitHub
      await page.evaluate("for (const details of document.querySelectorAll('details')) details.open = true");
      expect(await page.locator('.mermaid-chart svg').count()).toBe(3);
      const box = await page.locator('.mermaid-chart svg').nth(1).boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(150);
      const dir = mkdtempSync(join(tmpdir(), 'testops-mermaid-'));
      const screenshot = join(dir, 'comment-mermaid.png');
      const section = page.locator('details', { hasText: 'Performance' });
      await section.screenshot({ path: screenshot });
      expect(existsSync(screenshot)).toBe(true);
      if (process.env.TESTOPS_MERMAID_SCREENSHOT) {
        await page.locator('.markdown-body').screenshot({ path: process.env.TESTOPS_MERMAID_SCREENSHOT });
      }
    } finally {
      await page.close();
    }
  });

  it('the oracle can fail: a malformed chart is reported as an error, not drawn', async () => {
    const { page } = await open('```mermaid\nxychart-beta\n  line [1, 2, "x]\n```');
    try {
      const [chart] = await renderCharts(page);
      expect(chart?.error).toBeTruthy();
    } finally {
      await page.close();
    }
  });
});
