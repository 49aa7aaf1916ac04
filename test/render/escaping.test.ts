/**
 * Untrusted text from reports (test names, messages, suites, paths) must come out as the same
 * text, without changing the structure around it. Checked by rendering with marked (GFM) and
 * reading the HTML back.
 */
import { describe, expect, it } from 'vitest';
import { renderComment, renderMarkdown } from '../../src/render/index.js';
import { escapeText } from '../../src/render/escape.js';
import { firstLines } from '../../src/render/format.js';

const escapeMarkdown = (text: string) => escapeText(text);
const inlineCode = (text: string) => escapeText(text, 'code');
const codeBlock = (text: string) => escapeText(text, 'block');
import { failingReport } from './fixtures/reports.js';

const HOSTILE = [
  '</details><details open><summary>pwned',
  '<script>alert(1)</script>',
  '| a | b |',
  '**bold** and _em_ and ~~strike~~',
  '`code` and ``double``',
  '# heading',
  '- list item',
  '1. ordered',
  '> quote',
  '[link](https://evil.example) ![img](https://evil.example/x.png)',
  'back\\slash & ampersand &amp; entity',
  '@octocat please look',
  'tab\there\nnew line',
];

/** Text content of HTML (tags removed, entities decoded) — what a reader sees. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('escaping untrusted text', () => {
  it.each(HOSTILE)('escapeMarkdown keeps %j as literal text on one line', (text) => {
    const html = renderMarkdown(`x ${escapeMarkdown(text)} y`).trim();
    expect(html.startsWith('<p>') && html.endsWith('</p>')).toBe(true);
    expect(html).not.toMatch(/<(script|details|summary|strong|em|del|code|img|h1|ul|ol|blockquote)\b/);
    // A bare URL becomes a link, as on GitHub; a link may never hide its target behind other text.
    for (const [, href, label] of html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) expect(label).toBe(href);
    expect(textOf(html).replace(/\u200b/g, '')).toBe(`x ${text.replace(/[\t\n]+/g, ' ')} y`);
  });

  it('inlineCode and codeBlock survive backticks', () => {
    expect(textOf(renderMarkdown(`a ${inlineCode('x ``` y')} b`))).toBe('a x ``` y b\n');
    const block = codeBlock('```\nnot the end\n````');
    expect(textOf(renderMarkdown(block)).trimEnd()).toBe('```\nnot the end\n````');
  });

  it('firstLines keeps the first lines and counts the rest', () => {
    expect(firstLines('a\n\nb\r\nc\nd\ne\nf', 3)).toBe('a\nb\nc\n… 3 more lines');
    expect(firstLines(`${'x'.repeat(300)}`, 1, 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('a report full of hostile names keeps its layout', () => {
    const report = failingReport();
    report.failures = HOSTILE.map((name, index) => ({
      id: `h${index}`,
      suite: HOSTILE[(index + 3) % HOSTILE.length],
      name,
      file: `src/${name.replace(/\s/g, '')}.ts`,
      line: index + 1,
      status: 'failed' as const,
      message: `${name}\n${HOSTILE[(index + 1) % HOSTILE.length]}`,
    }));
    report.gates[0].reason = HOSTILE[0];
    report.suites[0].reasons = [HOSTILE[2], HOSTILE[0]];
    const body = renderComment(report);
    const html = renderMarkdown(body);
    const clean = renderMarkdown(renderComment(failingReport()));
    const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
    expect(count(html, /<details/g)).toBe(count(clean, /<details/g));
    expect(count(html, /<\/details>/g)).toBe(count(clean, /<\/details>/g));
    expect(count(html, /<table>/g)).toBe(count(clean, /<table>/g));
    expect(count(html, /<summary>/g)).toBe(count(clean, /<summary>/g));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    for (const [, href, label] of html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) {
      if (href.includes('evil')) expect(label).toBe(href);
    }
    // Every failure is one list item.
    const failures = html.slice(html.indexOf('Failed tests'), html.indexOf('</details>', html.indexOf('Failed tests')));
    expect(count(failures, /<li>/g)).toBe(HOSTILE.length);
    // Mentions are neutralised in text and in code blocks; GitHub does not mention from code spans
    // (file paths such as node_modules/@scope stay exact there) or from link targets.
    expect(html.replace(/<code>[^<]*<\/code>/g, '').replace(/href="[^"]*"/g, '')).not.toMatch(/@octocat/);
    expect(html).toContain('@\u200boctocat please look');
  });

  it('stays within even a tiny maxLength', () => {
    for (const maxLength of [400, 800, 1500]) {
      const body = renderComment(failingReport(), { maxLength });
      expect(body.length).toBeLessThanOrEqual(maxLength);
      expect(body).toContain('trimmed');
    }
  });
});

describe('hostile backtick runs', () => {
  it('a message with 300,000 backtick runs renders as code and as a block, fenced past its longest run', () => {
    const hostile = `${'`a'.repeat(300_000)}${'`'.repeat(7)}`;
    const span = escapeText(hostile, 'code');
    expect(span.startsWith('`'.repeat(8))).toBe(true);
    expect(span.startsWith('`'.repeat(9))).toBe(false);
    const block = escapeText(hostile, 'block');
    expect(block.startsWith(`${'`'.repeat(8)}text\n`)).toBe(true);
  });
});
