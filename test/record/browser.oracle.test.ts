/**
 * report.html as a person opens it: the file from a real run (real processes provoking every
 * anomaly kind, test/record/fixtures.ts) and a 100,000-test report, opened from disk in Debian's
 * headless Chromium. Checks that it renders with no console error and no request beyond its own
 * file, that its table of contents, file links and collapsibles work, and that the paged lists
 * page, filter and order at 100,000 tests with only one page of rows in the DOM.
 *
 * TESTOPS_DOCS_SCREENSHOTS=1 also writes docs/record-screenshot.png.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/record/html.js';
import { writeRecord } from '../../src/record/index.js';
import { launchChromium, watchedPage } from '../chromium.js';
import { cleanTempDirs } from '../runner/helpers.js';
import { type AnomalyRun, anomalyRun } from './fixtures.js';
import { largeRecord, largeTestName } from './large.js';

let browser: Browser;
let fixture: AnomalyRun;
let reportUrl: string;
let largeUrl: string;
const DOCS = join(import.meta.dirname, '..', '..', 'docs');

beforeAll(async () => {
  browser = await launchChromium();
  fixture = await anomalyRun();
  const out = mkdtempSync(join(tmpdir(), 'testops-record-browser-'));
  const written = await writeRecord(out, { ...fixture, comment: '', summary: '', workDir: fixture.workDir });
  reportUrl = pathToFileURL(written.html).href;
  const large = join(out, 'large.html');
  writeFileSync(large, renderReportHtml(largeRecord(100_000)));
  largeUrl = pathToFileURL(large).href;
}, 120_000);

/** Open from disk and wait until the script has built the paged lists. */
async function open(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-testops-ready]', { state: 'attached' });
}

afterAll(async () => {
  await browser?.close();
  cleanTempDirs();
});

describe('report.html of a real run in headless Chromium', () => {
  it('renders verdict first, every section, with no console error and no request beyond its own file', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    try {
      await open(page, reportUrl);
      expect(await page.locator('#testops-data').getAttribute('type')).toBe('application/json');
      expect(await page.locator('header.verdict h1').innerText()).toMatch(/^✘ \d+ gates? failed$/);
      const headings = await page.locator('main > section > h2').allInnerTexts();
      expect(headings[0]).toBe('Gates');
      expect(headings).toEqual(expect.arrayContaining(['Coverage', 'Performance', 'Security', 'Timeline', 'Seed and reproduce']));
      expect(headings.some((heading) => /^Failures \(\d+\)$/.test(heading))).toBe(true);
      expect(headings.some((heading) => /^All tests \(\d+\)$/.test(heading))).toBe(true);
      // the SVG charts are drawn (boxes with a size), not only present in the markup
      const timeline = await page.locator('svg.timeline').boundingBox();
      expect(timeline?.width).toBeGreaterThan(200);
      expect(await page.locator('svg.spark').count()).toBeGreaterThan(0);
      // the paged lists were built by the script: real rows, not the <noscript> text
      expect(await page.locator('#tests-list tbody tr').count()).toBeGreaterThan(50);
      expect(await page.locator('#failures-list details.failure').count()).toBeGreaterThan(5);
      expect(await page.locator('#coverage-list tbody tr').count()).toBeGreaterThan(0);
      // worded by render's formatPct (the inlined fmtPct): one decimal at most, no trailing ".0"
      for (const cell of await page.locator('#coverage-list tbody tr td:nth-child(2)').allInnerTexts())
        expect(cell).toMatch(/^\d+(\.[1-9])?% \(\d+\/\d+\)$/);
      // hostile text from the SARIF finding is shown as text, never run
      expect(await page.locator('#security').innerText()).toContain('<script>alert(1)</script>');
      expect(errors).toEqual([]);
      expect(requests).toEqual([reportUrl]);
    } finally {
      await page.close();
    }
  });

  it('its table of contents scrolls to each section, file links point at the commit, collapsibles open and close', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    try {
      await open(page, reportUrl);
      const toc = page.locator('nav.toc a');
      const count = await toc.count();
      expect(count).toBeGreaterThan(8);
      for (let index = 0; index < count; index++) {
        const link = toc.nth(index);
        const target = (await link.getAttribute('href')) ?? '';
        expect(target).toMatch(/^#[a-z]+$/);
        await link.click();
        expect(new URL(page.url()).hash).toBe(target);
        // the section is on screen below the sticky bar
        const top = await page.locator(`section${target}`).evaluate((node) => node.getBoundingClientRect().top);
        const viewport = page.viewportSize()?.height ?? 900;
        expect(top, target).toBeGreaterThanOrEqual(-1);
        expect(top, target).toBeLessThan(viewport);
      }

      // failures: closed until clicked; the summary names file:line linked to the commit's blob
      const failure = page.locator('#failures-list details.failure').first();
      const message = failure.locator('pre.message').first();
      expect(await failure.getAttribute('open')).toBeNull();
      expect(await message.isVisible()).toBe(false);
      await failure.locator('summary').click({ position: { x: 4, y: 4 } });
      expect(await failure.getAttribute('open')).toBe('');
      expect(await message.isVisible()).toBe(true);
      expect(await message.innerText()).toContain('ECONNREFUSED');
      const fileLink = failure.locator('summary a');
      expect(await fileLink.innerText()).toMatch(/^src\/unit\.js:\d+$/);
      expect(await fileLink.getAttribute('href')).toMatch(
        new RegExp(`^https://github\\.com/acme/shop/blob/${'c'.repeat(40)}/src/unit\\.js#L\\d+$`),
      );
      await failure.locator('summary').click({ position: { x: 4, y: 4 } });
      expect(await message.isVisible()).toBe(false);

      // anomalies and flaky tests are collapsibles too
      for (const selector of ['#anomalies details.anomaly', '#flaky details.flaky-test']) {
        const details = page.locator(selector).first();
        const body = details.locator(':scope > :not(summary)').first();
        expect(await body.isVisible(), selector).toBe(false);
        await details.locator('summary').click({ position: { x: 4, y: 4 } });
        expect(await body.isVisible(), selector).toBe(true);
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([reportUrl]);

      await page
        .locator('#failures-list details.failure summary')
        .first()
        .click({ position: { x: 4, y: 4 } });
      await page.evaluate('window.scrollTo(0, 0)');
      const dir = mkdtempSync(join(tmpdir(), 'testops-record-shot-'));
      await page.screenshot({ path: join(dir, 'record.png') });
      if (process.env.TESTOPS_DOCS_SCREENSHOTS) {
        await page.setViewportSize({ width: 1280, height: 1400 });
        await page.screenshot({ path: join(DOCS, 'record-screenshot.png') });
      }
    } finally {
      await page.close();
    }
  });
});

describe('report.html at 100,000 tests', () => {
  it('opens with one page of rows in the DOM, and pages, filters and orders the whole list', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    try {
      await open(page, largeUrl);
      // the data is embedded gzipped: the page stays small
      expect(await page.locator('#testops-data').getAttribute('data-encoding')).toBe('gzip-base64');
      expect(statSync(fileURLToPath(largeUrl)).size).toBeLessThan(2_000_000);
      expect(await page.locator('section#tests > h2').innerText()).toBe('All tests (100,000)');
      const tests = page.locator('#tests-list');
      const rows = tests.locator('tbody tr');
      const count = tests.locator('.count');
      const next = tests.locator('button[data-role=next]');
      const prev = tests.locator('button[data-role=prev]');
      expect(await rows.count()).toBe(100);
      expect(await count.innerText()).toBe('1–100 of 100000 · page 1 of 1000');
      expect(await prev.isDisabled()).toBe(true);
      // names are text: the markup in them is shown, not parsed
      expect(await rows.first().locator('td').nth(1).innerText()).toBe(largeTestName(0));
      expect(await rows.first().locator('td b').count()).toBe(0);
      // each row links its file:line at the head commit
      const fileLink = rows.nth(1).locator('td a');
      expect(await fileLink.innerText()).toBe('packages/cart/test/basket-0.test.ts:16');
      expect(await fileLink.getAttribute('href')).toMatch(
        /^https:\/\/github\.com\/acme\/shop\/blob\/[0-9a-f]{40}\/packages\/cart\/test\/basket-0\.test\.ts#L16$/,
      );

      await next.click();
      expect(await count.innerText()).toBe('101–200 of 100000 · page 2 of 1000');
      expect(await rows.first().locator('td').nth(1).innerText()).toBe(largeTestName(100));
      expect(await rows.count()).toBe(100);
      await prev.click();
      expect(await rows.first().locator('td').nth(1).innerText()).toBe(largeTestName(0));

      // to the last page and back
      for (let index = 0; index < 3; index++) await next.click();
      expect(await count.innerText()).toBe('301–400 of 100000 · page 4 of 1000');

      // the filter searches all 100,000 rows
      await tests.locator('input[type=search]').fill('basket 99999 ');
      await expect.poll(() => count.innerText()).toBe('1–1 of 1 (filtered from 100000) · page 1 of 1');
      expect(await rows.first().locator('td').nth(1).innerText()).toBe(largeTestName(99999));
      expect(await next.isDisabled()).toBe(true);
      await tests.locator('input[type=search]').fill('');
      await expect.poll(() => count.innerText()).toBe('1–100 of 100000 · page 1 of 1000');

      // status filter: one in a hundred failed
      await tests.locator('select[aria-label=Status]').selectOption('failed');
      expect(await count.innerText()).toBe('1–100 of 1000 (filtered from 100000) · page 1 of 10');
      expect(await rows.locator('td.failed').count()).toBe(100);
      await tests.locator('select[aria-label=Status]').selectOption('');

      // order: slowest first puts a 0.996 s test on top
      await tests.locator('select[aria-label=Order]').selectOption({ label: 'slowest first' });
      expect(await rows.first().locator('td').nth(4).innerText()).toBe('996ms');

      // the failures list pages too (1,000 failures, 50 a page)
      const failures = page.locator('#failures-list');
      expect(await failures.locator('details.failure').count()).toBe(50);
      expect(await failures.locator('.count').innerText()).toBe('1–50 of 1000 · page 1 of 20');
      await failures.locator('button[data-role=next]').click();
      expect(await failures.locator('.count').innerText()).toBe('51–100 of 1000 · page 2 of 20');
      const fifty = failures.locator('details.failure').first();
      await fifty.locator('summary').click({ position: { x: 4, y: 4 } });
      expect(await fifty.locator('pre.message').first().innerText()).toBe('AssertionError: expected 5007 to equal 5008');

      expect(errors).toEqual([]);
      expect(requests).toEqual([largeUrl]);
    } finally {
      await page.close();
    }
  });
});
