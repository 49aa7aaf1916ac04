/**
 * A standalone HTML page showing markdown the way a GitHub comment shows it: GitHub-flavoured
 * markdown (tables, strikethrough, autolinks) with line breaks kept, as in comments, and a style
 * close to GitHub's. Used by the browser check and by `demo --html` so a person can look at it.
 *
 * Unlike GitHub, the page does not sanitise HTML: it only ever shows our own rendered reports,
 * whose untrusted parts are escaped by the renderer.
 */
import { Marked } from 'marked';
import { escapeText } from './escape.js';

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { max-width: 880px; margin: 24px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
.comment-header strong { color: #1f2328; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body h1, .markdown-body h2, .markdown-body h3 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body pre, .markdown-body details { margin: 0 0 16px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: 4px; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body a:hover { text-decoration: underline; }
.markdown-body code { padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; background: rgba(129,139,152,.12); border-radius: 6px; }
.markdown-body pre { padding: 12px 16px; overflow: auto; background: #f6f8fa; border-radius: 6px; line-height: 1.45; }
.markdown-body pre code { padding: 0; background: transparent; font-size: 85%; white-space: pre; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body details summary { cursor: pointer; }
.markdown-body details[open] > summary { margin-bottom: 8px; }
.markdown-body sub { color: #59636e; }
`;

// Made on first use, so a bundle that never renders HTML (the report step) can leave marked out.
let renderer: Marked | undefined;

/** Markdown → the HTML fragment (GFM, line breaks kept as in comments). */
export function renderMarkdown(markdown: string): string {
  renderer ??= new Marked({ gfm: true, breaks: true, async: false });
  return renderer.parse(markdown, { async: false }) as string;
}

export function renderHtmlPage(markdown: string, title = 'testops report'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title, 'html')}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="comment">
<div class="comment-header"><strong>testops</strong> commented</div>
<div class="markdown-body">
${renderMarkdown(markdown)}
</div>
</div>
</body>
</html>
`;
}
