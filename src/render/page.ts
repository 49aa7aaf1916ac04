/**
 * What every self-contained page testops writes (report.html, the dashboard) shares: the document
 * head, whose Content-Security-Policy allows inline styles and scripts only (nothing is fetched at
 * view time), and the client's DOM builder, which sets text with textContent and lets only http(s)
 * links through, so data from reports never becomes markup or a script URL.
 */
import { escapeText } from './escape.js';

/** `<!doctype html>` up to and including `</head>`. */
export function pageHead(title: string, styles: readonly string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeText(title, 'html')}</title>
${styles.map((css) => `<style>${css}</style>`).join('\n')}
</head>`;
}

/** Browser-side helpers (ES5, inlined into each page's script): el(tag, attrs, children), safeUrl(url), link(text, url). */
export const CLIENT_DOM_JS = `
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var key in attrs) {
      if (attrs[key] === undefined || attrs[key] === null) continue;
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'cls') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    if (children) for (var i = 0; i < children.length; i++) if (children[i]) node.appendChild(children[i]);
    return node;
  }
  function safeUrl(url) { return typeof url === 'string' && /^https?:\\/\\//i.test(url) ? url : null; }
  function link(text, url) { var href = safeUrl(url); return href ? el('a', { href: href, text: text, rel: 'noopener' }) : el('span', { text: text }); }
`;
