/**
 * The stylesheet and the script inlined into report.html. The script pages through the data
 * embedded in the page (tests, failures, coverage files), so a 100,000-test report opens at once:
 * only one page of rows is ever in the DOM. Untrusted text reaches the DOM through textContent
 * only, never innerHTML.
 */

import { CLIENT_FORMAT_JS } from '../render/format.js';
import { CLIENT_DOM_JS } from '../render/page.js';

export const REPORT_CSS = `
:root { color-scheme: light; --fg:#1f2328; --muted:#59636e; --border:#d1d9e0; --bg:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --link:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
header.verdict { padding: 20px 32px; color: #fff; }
header.verdict.success { background: var(--ok); }
header.verdict.failure { background: var(--bad); }
header.verdict h1 { margin: 0 0 4px; font-size: 24px; }
header.verdict p { margin: 0; opacity: .92; }
header.verdict a { color: #fff; }
nav.toc { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 8px 32px; background: #fff; border-bottom: 1px solid var(--border); }
nav.toc a { color: var(--link); text-decoration: none; }
main { max-width: 1200px; margin: 0 auto; padding: 8px 32px 48px; }
section { margin: 20px 0; padding: 16px 20px; background: #fff; border: 1px solid var(--border); border-radius: 6px; }
section > h2 { margin: 0 0 12px; font-size: 18px; }
a { color: var(--link); }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass, .passed, .success, .ok { color: var(--ok); }
.fail, .failed, .errored, .failure, .critical, .high { color: var(--bad); font-weight: 600; }
.warn, .medium, .flaky, .timeout { color: var(--warn); font-weight: 600; }
.skipped, .low, .muted { color: var(--muted); }
pre { margin: 6px 0; padding: 8px 12px; background: var(--bg); border-radius: 6px; overflow: auto; max-height: 420px; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(129,139,152,.12); padding: 1px 4px; border-radius: 4px; }
details { border: 1px solid var(--border); border-radius: 6px; margin: 6px 0; padding: 4px 10px; }
details > summary { cursor: pointer; }
details[open] > summary { margin-bottom: 6px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0 0 8px; }
.controls input[type=search] { flex: 1 1 240px; padding: 4px 8px; border: 1px solid var(--border); border-radius: 6px; }
.controls button, .controls select { padding: 3px 10px; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
.controls .count { color: var(--muted); }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; }
ul.tight { margin: 4px 0; padding-left: 20px; }
svg.spark { vertical-align: middle; }
svg.timeline { max-width: 100%; height: auto; }
.tl-label, .tl-tick { font: 11px ui-monospace, Menlo, monospace; fill: var(--muted); }
.tl-ok { fill: #4ac26b; } .tl-fail { fill: #fa7a7a; } .tl-bad { fill: var(--bad); } .tl-svc { fill: #8fb8f7; }
.badge { display: inline-block; min-width: 64px; padding: 0 6px; border-radius: 10px; font-size: 12px; text-align: center; border: 1px solid currentColor; }
`;

/**
 * Runs in the page; reads the JSON in #testops-data (inflating it first when large), builds the
 * paged lists, then sets data-testops-ready on <html>. Kept dependency-free and small.
 */
export const REPORT_JS = `
(function () {
  'use strict';
  var holder = document.getElementById('testops-data');
  if (!holder) return;
  // Large reports embed their data gzipped and base64-encoded (COMPRESS_OVER in html.ts).
  function inflate(text) {
    var bytes;
    if (typeof Uint8Array.fromBase64 === 'function') bytes = Uint8Array.fromBase64(text.trim());
    else {
      var binary = atob(text.trim());
      bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    }
    // one chunk from memory (a Blob's stream reads through the browser process, chunk by chunk)
    var source = new ReadableStream({ start: function (controller) { controller.enqueue(bytes); controller.close(); } });
    return new Response(source.pipeThrough(new DecompressionStream('gzip'))).text();
  }
  function ready() { document.documentElement.setAttribute('data-testops-ready', ''); }
  function unreadable(reason) {
    var ids = ['failures-list', 'tests-list', 'coverage-list'];
    for (var i = 0; i < ids.length; i++) {
      var root = document.getElementById(ids[i]);
      if (root) root.textContent = 'This list cannot be shown here (' + reason + '); report.json in the bundle holds it.';
    }
    ready();
  }
  if (holder.getAttribute('data-encoding') === 'gzip-base64') {
    if (typeof DecompressionStream !== 'function') unreadable('this browser has no DecompressionStream; use one from 2023 or later');
    else inflate(holder.textContent).then(function (json) { start(JSON.parse(json)); ready(); }, function (error) { unreadable(String(error)); });
  } else {
    start(JSON.parse(holder.textContent));
    ready();
  }

  function start(D) {
${CLIENT_DOM_JS}${CLIENT_FORMAT_JS}    function pct(c, t) { return t ? fmtPct((100 * c) / t) : '—'; }

    // A paged, filtered view of one array. render(item, index) returns a node.
    function pager(rootId, items, opts) {
      var root = document.getElementById(rootId);
      if (!root) return;
      var pageSize = opts.pageSize || 100;
      var page = 0;
      var shown = items;
      var search = el('input', { type: 'search', placeholder: opts.placeholder || 'Filter', 'aria-label': 'Filter' });
      var status = null;
      if (opts.statuses) {
        status = el('select', { 'aria-label': 'Status' }, [el('option', { value: '', text: 'all statuses' })].concat(
          opts.statuses.map(function (s) { return el('option', { value: s, text: s }); })));
      }
      var sort = null;
      if (opts.sorts) {
        sort = el('select', { 'aria-label': 'Order' }, opts.sorts.map(function (s, i) { return el('option', { value: String(i), text: s.label }); }));
      }
      var prev = el('button', { type: 'button', text: '‹ Previous', 'data-role': 'prev' });
      var next = el('button', { type: 'button', text: 'Next ›', 'data-role': 'next' });
      var count = el('span', { cls: 'count' });
      var body = opts.table ? el('tbody') : el('div');
      var controls = el('div', { cls: 'controls' }, [search, status, sort, prev, next, count]);
      root.textContent = '';
      root.appendChild(controls);
      if (opts.table) {
        root.appendChild(el('table', null, [el('thead', null, [el('tr', null, opts.table.map(function (h) {
          return el('th', { text: h.label, cls: h.num ? 'num' : undefined });
        }))]), body]));
      } else root.appendChild(body);
      function apply() {
        var q = search.value.trim().toLowerCase();
        var s = status ? status.value : '';
        shown = items.filter(function (item) {
          return (!s || opts.statusOf(item) === s) && (!q || opts.textOf(item).toLowerCase().indexOf(q) >= 0);
        });
        if (sort && opts.sorts[+sort.value].compare) shown = shown.slice().sort(opts.sorts[+sort.value].compare);
        page = 0;
        draw();
      }
      function draw() {
        var pages = Math.max(1, Math.ceil(shown.length / pageSize));
        if (page >= pages) page = pages - 1;
        var from = page * pageSize;
        var slice = shown.slice(from, from + pageSize);
        var fragment = document.createDocumentFragment();
        for (var i = 0; i < slice.length; i++) fragment.appendChild(opts.render(slice[i], from + i));
        body.textContent = '';
        body.appendChild(fragment);
        count.textContent = shown.length === 0 ? 'nothing matches' :
          (from + 1) + '–' + (from + slice.length) + ' of ' + shown.length + (shown.length !== items.length ? ' (filtered from ' + items.length + ')' : '') +
          ' · page ' + (page + 1) + ' of ' + pages;
        prev.disabled = page === 0;
        next.disabled = page >= pages - 1;
      }
      var timer = 0;
      search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
      if (status) status.addEventListener('change', apply);
      if (sort) sort.addEventListener('change', apply);
      prev.addEventListener('click', function () { page--; draw(); });
      next.addEventListener('click', function () { page++; draw(); });
      apply();
    }

    var suites = D.suites || [];
    // failures: collapsible, with every failing attempt's message, stack and output
    pager('failures-list', D.failures || [], {
      pageSize: 50,
      placeholder: 'Filter failures by suite, name, file or message',
      textOf: function (f) { return f.suite + ' ' + f.name + ' ' + (f.file || '') + ' ' + (f.message || ''); },
      render: function (f, i) {
        var where = f.file ? f.file + (f.line ? ':' + f.line : '') : '';
        var summary = el('summary', null, [
          el('span', { cls: 'badge ' + f.status, text: f.status }), document.createTextNode(' ' + f.suite + ' › '),
          el('strong', { text: f.name }), where ? document.createTextNode(' — ') : null, where ? link(where, f.href) : null,
          f.quarantined ? el('span', { cls: 'muted', text: ' (quarantined)' }) : null]);
        var parts = [summary];
        if (f.classname) parts.push(el('div', { cls: 'muted', text: f.classname }));
        var attempts = f.attempts || [];
        for (var a = 0; a < attempts.length; a++) {
          var at = attempts[a];
          parts.push(el('div', { cls: 'muted', text: 'attempt ' + (a + 1) + ': ' + at.status + (at.type ? ' · ' + at.type : '') + ' · ' + fmtSecs(at.duration || 0) }));
          if (at.message) parts.push(el('pre', { cls: 'message', text: at.message }));
          if (at.stack && at.stack !== at.message) parts.push(el('pre', { cls: 'stack', text: at.stack }));
          if (at.output) parts.push(el('details', null, [el('summary', { text: 'output' }), el('pre', { text: at.output })]));
        }
        if (!attempts.length && f.message) parts.push(el('pre', { cls: 'message', text: f.message }));
        return el('details', { cls: 'failure', id: 'failure-' + i }, parts);
      },
    });

    // every test, column by column (see html.ts): a row is an index into the columns
    var T = D.tests || {};
    var files = T.files || [];
    var names = T.name || [];
    var order = new Array(names.length);
    for (var n = 0; n < names.length; n++) order[n] = n;
    function statusAt(i) { return T.flaky[i] ? 'flaky' : T.statuses[T.status[i]]; }
    pager('tests-list', order, {
      pageSize: 100,
      placeholder: 'Filter tests by suite, name or file',
      statuses: ['passed', 'failed', 'errored', 'skipped', 'flaky'],
      statusOf: statusAt,
      textOf: function (i) { return suites[T.suite[i]] + ' ' + names[i] + ' ' + (T.file[i] >= 0 ? files[T.file[i]][0] : ''); },
      sorts: [{ label: 'report order' }, { label: 'slowest first', compare: function (a, b) { return T.duration[b] - T.duration[a] || a - b; } },
        { label: 'name', compare: function (a, b) { return names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b; } }],
      table: [{ label: 'Suite' }, { label: 'Test' }, { label: 'File' }, { label: 'Status' }, { label: 'Duration', num: true }, { label: 'Attempts', num: true }],
      render: function (i) {
        var status = statusAt(i);
        var file = T.file[i] >= 0 ? files[T.file[i]] : null;
        var line = T.line[i];
        return el('tr', null, [el('td', { text: suites[T.suite[i]] }), el('td', { text: names[i] }),
          el('td', null, [file ? link(file[0] + (line ? ':' + line : ''), file[1] && (file[1] + (line ? '#L' + line : ''))) : null]),
          el('td', { cls: status, text: status }), el('td', { cls: 'num', text: fmtSecs(T.duration[i]) }), el('td', { cls: 'num', text: String(T.attempts[i]) })]);
      },
    });

    pager('coverage-list', D.coverageFiles || [], {
      pageSize: 100,
      placeholder: 'Filter files',
      statuses: ['changed-covered', 'changed-uncovered'],
      statusOf: function (f) { return f[5] > 0 ? (f[7].length ? 'changed-uncovered' : 'changed-covered') : ''; },
      textOf: function (f) { return f[0]; },
      sorts: [{ label: 'path' }, { label: 'lowest line coverage', compare: function (a, b) { return (a[2] ? a[1] / a[2] : 1) - (b[2] ? b[1] / b[2] : 1); } }],
      table: [{ label: 'File' }, { label: 'Lines', num: true }, { label: 'Branches', num: true }, { label: 'Changed lines covered', num: true }, { label: 'Changed lines not covered' }],
      render: function (f) {
        var missing = f[7];
        return el('tr', null, [el('td', null, [link(f[0], f[8])]), el('td', { cls: 'num', text: pct(f[1], f[2]) + ' (' + f[1] + '/' + f[2] + ')' }),
          el('td', { cls: 'num', text: f[4] ? pct(f[3], f[4]) : '—' }),
          el('td', { cls: 'num ' + (f[5] ? (missing.length ? 'fail' : 'pass') : ''), text: f[5] ? f[6] + '/' + f[5] : '' }),
          el('td', { cls: missing.length ? 'fail' : '', text: missing.length ? missing.join(', ') : '' })]);
      },
    });
  }
})();
`;
