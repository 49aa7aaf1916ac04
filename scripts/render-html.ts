// Renders a report as the PR comment a reviewer would see, into a standalone HTML page (and
// optionally a screenshot taken with headless Chromium).
//
//   node --import tsx scripts/render-html.ts <report.json | comment.md> [out.html] [--summary] [--screenshot out.png]
//
// A .json input is a report.json written by the report step (rendered with renderComment, or
// renderSummary with --summary); any other file is taken as markdown as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Report } from '../src/model.js';
import { renderComment, renderHtmlPage, renderSummary } from '../src/render/index.js';

const CHROMIUM = '/usr/bin/chromium';

function fail(message: string): never {
  process.stderr.write(`render-html: ${message}\n`);
  process.exit(2);
}

function readReport(path: string, text: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const report = parsed as Partial<Report>;
  for (const field of ['version', 'event', 'gates', 'suites', 'totals', 'failures', 'baseline'] as const) {
    if (report?.[field] === undefined) fail(`${path}: not a testops report: the field "${field}" is missing`);
  }
  return report as Report;
}

async function screenshot(html: string, out: string): Promise<void> {
  if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: install Debian's chromium package to take a screenshot`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 900 } });
    await page.setContent(html, { waitUntil: 'load' });
    // Open every section so the picture shows all of it.
    await page.$$eval('details', (all) => {
      for (const details of all) details.setAttribute('open', '');
    });
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
}

async function main(argv: string[]) {
  const args = [...argv];
  const summary = args.includes('--summary');
  const shotIndex = args.indexOf('--screenshot');
  const shot = shotIndex >= 0 ? args[shotIndex + 1] : undefined;
  if (shotIndex >= 0 && !shot) fail('--screenshot needs a file name');
  const positional = args.filter((arg, index) => !arg.startsWith('--') && (shotIndex < 0 || index !== shotIndex + 1));
  const [input, output = 'comment.html'] = positional;
  if (!input) fail('usage: render-html.ts <report.json | comment.md> [out.html] [--summary] [--screenshot out.png]');
  if (!existsSync(input)) fail(`${input}: no such file`);
  const text = readFileSync(input, 'utf8');
  let markdown = text;
  if (input.endsWith('.json')) {
    const report = readReport(input, text);
    markdown = summary ? renderSummary(report) : renderComment(report);
  }
  const html = renderHtmlPage(markdown, `testops: ${basename(input)}`);
  writeFileSync(output, html);
  process.stderr.write(`wrote ${output} (${markdown.length.toLocaleString('en-US')} characters of markdown)\n`);
  if (shot) {
    await screenshot(html, shot);
    process.stderr.write(`wrote ${shot}\n`);
  }
}

await main(process.argv.slice(2));
