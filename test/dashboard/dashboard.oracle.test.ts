/**
 * The dashboard as a person opens it: index.html built from a synthetic history (300 runs × 2,000
 * tests, test/dashboard/synthetic.ts) opened from disk in Debian's headless Chromium. Checks that
 * it renders with no console error and no request beyond its own file, that every chart has drawn
 * (its canvas holds painted pixels), that the tables hold the expected rows, and that hostile names
 * are shown as text and never run.
 *
 * TESTOPS_DOCS_SCREENSHOTS=1 also writes docs/dashboard-*.png.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/dashboard/index.js';
import { launchChromium, watchedPage } from '../chromium.js';
import { HOSTILE, SUITES, testName } from './synthetic.js';
import { syntheticHistory } from './synthetic.js';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchChromium();
  const out = mkdtempSync(join(tmpdir(), 'testops-dashboard-browser-'));
  const built = buildDashboard(syntheticHistory({ runs: 300, tests: 2000 }), out, {
    title: 'acme/shop — testops',
    now: new Date('2026-09-15T00:00:00Z'),
  });
  url = pathToFileURL(built.path).href;
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Painted (non-transparent) pixels of every chart canvas, in page order. */
function paintedPixels(page: Page): Promise<number[]> {
  return page.$$eval('.uplot canvas', (canvases) =>
    canvases.map((canvas) => {
      const element = canvas as unknown as {
        width: number;
        height: number;
        getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
      };
      const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height);
      let painted = 0;
      for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) painted++;
      return painted;
    }),
  );
}

describe('the dashboard in headless Chromium', () => {
  it('renders every chart and table, with no console error and no request beyond its own file', async () => {
    const { page, errors, requests } = await watchedPage(browser, { width: 1280, height: 1000 });
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('html[data-dashboard-ready]', { state: 'attached' });
      // pass rate, suites, durations, coverage, selection and two perf metrics
      expect(await page.getAttribute('html', 'data-dashboard-ready')).toBe('7');
      const painted = await paintedPixels(page);
      expect(painted).toHaveLength(7);
      for (const [index, count] of painted.entries()) expect(count, `chart ${index}`).toBeGreaterThan(2000);
      expect(await page.locator('.uplot .u-title, .uplot .u-legend').count()).toBeGreaterThanOrEqual(7);

      expect(await page.locator('.tile .value').first().innerText()).toBe('300 since 2026-06-01');
      const flakyRows = page.locator('#flaky-table tbody tr');
      expect(await flakyRows.count()).toBe(4);
      const first = flakyRows.first().locator('td');
      expect(await first.nth(1).locator('strong').innerText()).toBe(testName(1));
      expect(await first.nth(3).innerText()).toBe('flaky');
      expect(await first.nth(4).innerText()).toBe('10%'); // render's formatPct: trailing zeros dropped
      expect(await first.nth(8).locator('a').getAttribute('href')).toBe('https://github.com/acme/shop/issues/101');
      // an issue URL that is not http(s) is shown as text, not linked
      const second = flakyRows.nth(1).locator('td');
      expect(await second.nth(3).innerText()).toBe('flaky · quarantined');
      expect(await second.nth(8).locator('a').count()).toBe(0);
      expect(await second.nth(8).innerText()).toBe('#102');

      const suites = page.locator('#suites-table tbody tr');
      expect(await suites.count()).toBe(SUITES.length);
      expect(await suites.first().locator('td').first().innerText()).toBe('e2e');
      expect(await suites.first().locator('.bar.over').count()).toBe(1);
      expect(await page.locator('#slowest-table tbody tr').count()).toBe(100);
      expect(await page.locator('#slowest-table tbody tr').first().locator('strong').innerText()).toBe(testName(999));
      expect(await page.locator('#packages-table tbody tr').count()).toBe(8);
      expect(await page.locator('#perf-table tbody tr').count()).toBe(2);
      expect(await page.locator('#perf-table tbody tr', { hasText: 'p95' }).locator('td').last().innerText()).toMatch(/^2026-\d\d-\d\d$/);
      expect(await page.locator('#runs-table tbody tr').count()).toBe(20);

      // hostile names: shown as text, never parsed or run
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('#suites-table').innerText()).toContain(`contract <b>${HOSTILE}</b>`);

      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);

      if (process.env.TESTOPS_DOCS_SCREENSHOTS) {
        await page.screenshot({ path: join(DOCS, 'dashboard-overview.png') });
        for (const [id, name] of [
          ['flaky', 'flaky'],
          ['perf', 'perf'],
        ] as const) {
          const section = page.locator(`section#${id}`);
          await section.scrollIntoViewIfNeeded();
          await section.screenshot({ path: join(DOCS, `dashboard-${name}.png`) });
        }
      }
    } finally {
      await page.close();
    }
  });

  it('its table of contents scrolls to each section; charts redraw at a new width', async () => {
    const { page, errors } = await watchedPage(browser, { width: 1280, height: 900 });
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('html[data-dashboard-ready]', { state: 'attached' });
      const links = page.locator('nav.toc a');
      for (let index = 0; index < (await links.count()); index++) {
        const target = (await links.nth(index).getAttribute('href')) ?? '';
        await links.nth(index).click();
        expect(new URL(page.url()).hash).toBe(target);
        const top = await page.locator(`section${target}`).evaluate((node) => node.getBoundingClientRect().top);
        expect(top, target).toBeGreaterThanOrEqual(-1);
        expect(top, target).toBeLessThan(900);
      }
      const before = await page.locator('#passrate-chart canvas').evaluate((node) => (node as unknown as { width: number }).width);
      await page.setViewportSize({ width: 800, height: 900 });
      await expect
        .poll(() => page.locator('#passrate-chart canvas').evaluate((node) => (node as unknown as { width: number }).width))
        .toBeLessThan(before);
      expect((await paintedPixels(page))[0]).toBeGreaterThan(2000);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
