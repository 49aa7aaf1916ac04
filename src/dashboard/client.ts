/**
 * The dashboard page's stylesheet and script. The script reads the figures embedded in
 * #dashboard-data (aggregate.ts) and draws the charts with uPlot (inlined before it) and the tables
 * with textContent only: every name in a history is untrusted text. Links are kept only when they
 * are http(s) URLs.
 */

import { CLIENT_FORMAT_JS } from '../render/format.js';
import { CLIENT_DOM_JS } from '../render/page.js';

export const DASHBOARD_CSS = `
:root { color-scheme: light; --fg:#1f2328; --muted:#59636e; --border:#d1d9e0; --bg:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --link:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
header.top { padding: 16px 32px; background: #24292f; color: #fff; }
header.top h1 { margin: 0 0 2px; font-size: 22px; }
header.top p { margin: 0; opacity: .85; }
nav.toc { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 8px 32px; background: #fff; border-bottom: 1px solid var(--border); }
nav.toc a, a { color: var(--link); text-decoration: none; }
main { max-width: 1240px; margin: 0 auto; padding: 8px 32px 48px; }
section { margin: 20px 0; padding: 16px 20px; background: #fff; border: 1px solid var(--border); border-radius: 6px; }
section > h2 { margin: 0 0 4px; font-size: 18px; }
section > p.note { margin: 0 0 10px; color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; }
.tile { padding: 10px 14px; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
.tile .label { color: var(--muted); font-size: 12px; }
.tile .value { font-size: 22px; font-weight: 600; }
.chart { margin: 8px 0; min-height: 60px; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 8px 20px; }
.grid2 > div { min-width: 0; overflow: hidden; }
.grid2 h3 { margin: 6px 0 0; font-size: 13px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pass, .passed, .ok { color: var(--ok); }
.fail, .failed, .errored, .broken, .over { color: var(--bad); font-weight: 600; }
.warn, .flaky, .near { color: var(--warn); font-weight: 600; }
.muted, .skipped, .cleared, .stable { color: var(--muted); }
.bar { position: relative; height: 10px; min-width: 120px; background: var(--bg); border-radius: 5px; overflow: hidden; }
.bar > span { position: absolute; left: 0; top: 0; bottom: 0; background: #4ac26b; }
.bar.over > span { background: #fa7a7a; }
.bar.near > span { background: #e3b341; }
.empty { color: var(--muted); font-style: italic; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
`;

export const DASHBOARD_JS = `
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('dashboard-data').textContent);
  var R = D.runs;
${CLIENT_DOM_JS}${CLIENT_FORMAT_JS}  function date(t) { return t ? new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ') : '—'; }
  function empty(id, text) { var root = document.getElementById(id); if (root) root.appendChild(el('p', { cls: 'empty', text: text })); }
  function table(id, head, rows) {
    var root = document.getElementById(id);
    if (!root) return;
    root.appendChild(el('table', null, [
      el('thead', null, [el('tr', null, head.map(function (h) { return el('th', { text: h.label, cls: h.num ? 'num' : undefined }); }))]),
      el('tbody', null, rows.map(function (cells) {
        return el('tr', null, cells.map(function (cell, i) {
          var td = el('td', { cls: head[i].num ? 'num' : undefined });
          if (cell && cell.nodeType) td.appendChild(cell); else td.textContent = cell === null || cell === undefined ? '' : String(cell);
          return td;
        }));
      })),
    ]));
  }

  var palette = ['#0969da', '#cf222e', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#1b7c83', '#953800', '#57606a', '#0550ae', '#6639ba', '#116329'];
  var charts = [];
  function chart(id, opts, data) {
    var root = document.getElementById(id);
    if (!root) return;
    var width = Math.max(280, root.clientWidth || 600);
    opts.width = width;
    opts.height = opts.height || 220;
    opts.legend = opts.legend || { live: true };
    opts.cursor = opts.cursor || { drag: { x: true, y: false } };
    charts.push(new uPlot(opts, data, root));
  }
  function line(label, color, extra) {
    var s = { label: label, stroke: color, width: 2, spanGaps: true, points: { show: false } };
    if (extra) for (var k in extra) s[k] = extra[k];
    return s;
  }
  function valueFmt(fn) { return function (u, v) { return v === null || v === undefined ? '—' : fn(v); }; }

  // summary tiles
  var n = R.at.length;
  var lastIndex = n - 1;
  function lastNonNull(values) { for (var i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i]; return null; }
  var tiles = document.getElementById('tiles');
  if (tiles) {
    var items = [
      ['Runs', String(n) + (n ? ' since ' + date(R.at[0]).slice(0, 10) : '')],
      ['Pass rate (last run)', fmtPct(lastNonNull(R.passRate))],
      ['Flaky rate (last run)', fmtRate(lastNonNull(R.flakyRate))],
      ['Run time (last run)', n ? fmtSecs(R.duration[lastIndex]) : '—'],
      ['Line coverage', fmtPct(lastNonNull(R.coverageLines))],
      ['Time saved by selection', fmtSecs(D.selection.savedSeconds)],
    ];
    for (var t = 0; t < items.length; t++) tiles.appendChild(el('div', { cls: 'tile' }, [el('div', { cls: 'label', text: items[t][0] }), el('div', { cls: 'value', text: items[t][1] })]));
  }

  if (n === 0) {
    empty('passrate-chart', 'The history holds no run yet.');
  } else {
    chart('passrate-chart', {
      series: [{}, line('pass rate %', palette[2], { value: valueFmt(fmtPct) }),
        line('flaky %', palette[3], { value: valueFmt(fmtRate), scale: 'flaky' })],
      axes: [{}, { label: 'pass %', values: function (u, vals) { return vals.map(function (v) { return v + '%'; }); } },
        { scale: 'flaky', side: 1, label: 'flaky %', grid: { show: false } }],
      scales: { y: { range: function (u, min, max) { return [Math.min(min === null ? 90 : min, 90), 100]; } } },
    }, [R.at, R.passRate, R.flakyRate]);

    chart('duration-chart', {
      series: [{}, line('run (wall clock)', palette[0], { value: valueFmt(fmtSecs) }), line('tests (summed)', palette[8], { value: valueFmt(fmtSecs), scale: 'tests' })],
      axes: [{}, { label: 'run s' }, { scale: 'tests', side: 1, label: 'test time s', grid: { show: false } }],
    }, [R.at, R.duration, R.testTime]);

    var suiteOrder = D.suiteNames.map(function (name, i) {
      var total = 0; var col = D.suiteDurations[i]; for (var k = 0; k < col.length; k++) total += col[k] || 0; return [i, total];
    }).sort(function (a, b) { return b[1] - a[1]; }).slice(0, 12);
    if (suiteOrder.length) chart('suites-chart', {
      series: [{}].concat(suiteOrder.map(function (entry, k) { return line(D.suiteNames[entry[0]], palette[k % palette.length], { value: valueFmt(fmtSecs), width: 1.5 }); })),
      axes: [{}, { label: 'suite s' }],
    }, [R.at].concat(suiteOrder.map(function (entry) { return D.suiteDurations[entry[0]]; })));

    if (R.coverageLines.some(function (v) { return v !== null; })) chart('coverage-chart', {
      series: [{}, line('lines %', palette[0], { value: valueFmt(fmtPct) }),
        line('branches %', palette[4], { value: valueFmt(fmtPct) })],
      axes: [{}, { label: '%' }],
    }, [R.at, R.coverageLines, R.coverageBranches]);
    else empty('coverage-chart', 'No run in the history recorded coverage.');

    var cumulative = []; var sum = 0;
    for (var s = 0; s < n; s++) { sum += R.saved[s] || 0; cumulative.push(Math.round(sum / 36) / 100); }
    chart('selection-chart', {
      series: [{}, line('saved this run', palette[2], { value: valueFmt(fmtSecs), width: 0, points: { show: true, size: 5, fill: palette[2] }, paths: function () { return null; } }),
        line('saved in total (h)', palette[0], { scale: 'total', value: valueFmt(function (v) { return v.toFixed(2) + ' h'; }) })],
      axes: [{}, { label: 'per run s' }, { scale: 'total', side: 1, label: 'total h', grid: { show: false } }],
    }, [R.at, R.saved, cumulative]);
  }

  // flaky tests ranked
  if (D.flaky.length) table('flaky-table', [
    { label: '#', num: true }, { label: 'Test' }, { label: 'Suite' }, { label: 'State' }, { label: 'Estimate', num: true },
    { label: 'Flaky runs', num: true }, { label: 'Failed runs', num: true }, { label: 'Last seen' }, { label: 'Issue' }],
    D.flaky.map(function (f, i) {
      return [String(i + 1), el('span', null, [el('strong', { text: f.name }), f.file ? el('div', { cls: 'muted', text: f.file + (f.variant ? ' · ' + f.variant : '') }) : null]),
        f.suite, el('span', { cls: f.state || 'muted', text: (f.state || 'observed') + (f.quarantined ? ' · quarantined' : '') }),
        f.estimate === null ? '—' : fmtPct(f.estimate * 100),
        f.runs ? f.flakyRuns + ' / ' + f.runs + ' (' + fmtPct(100 * f.observed) + ')' : '—', f.runs ? String(f.failedRuns) : '—',
        date(f.lastSeen), f.issue !== null ? link('#' + f.issue, f.issueUrl) : (f.issueUrl ? link('issue', f.issueUrl) : '')];
    }));
  else empty('flaky-table', 'No flaky test in the history.');

  // suites against their budgets
  if (D.suites.length) table('suites-table', [{ label: 'Suite' }, { label: 'Status' }, { label: 'Last', num: true }, { label: 'Median', num: true }, { label: 'Budget', num: true }, { label: 'Of budget' }],
    D.suites.map(function (s) {
      var bar = null;
      if (s.ofBudget !== null) {
        var state = s.ofBudget > 1 ? 'over' : s.ofBudget > 0.8 ? 'near' : 'ok';
        bar = el('div', { title: fmtPct(100 * s.ofBudget, 0) + ' of the budget' }, [el('div', { cls: 'bar ' + state }, [el('span', { style: 'width:' + Math.min(100, 100 * s.ofBudget).toFixed(1) + '%' })]), el('span', { cls: state === 'ok' ? 'muted' : state, text: fmtPct(100 * s.ofBudget, 0) })]);
      }
      return [s.name, el('span', { cls: s.status, text: s.status }), fmtSecs(s.last), fmtSecs(s.median), s.budget === null ? 'none' : fmtSecs(s.budget), bar || el('span', { cls: 'muted', text: 'no budget' })];
    }));
  else empty('suites-table', 'No suite recorded.');

  if (D.slowest.length) table('slowest-table', [{ label: '#', num: true }, { label: 'Test' }, { label: 'Suite' }, { label: 'Median (recent)', num: true }, { label: 'Last', num: true }, { label: 'Runs', num: true }],
    D.slowest.map(function (t, i) {
      return [String(i + 1), el('span', null, [el('strong', { text: t.name }), t.file ? el('div', { cls: 'muted', text: t.file + (t.variant ? ' · ' + t.variant : '') }) : null]), t.suite, fmtSecs(t.median), fmtSecs(t.last), String(t.runs)];
    }));
  else empty('slowest-table', 'No per-test durations in the history (records from report.json alone keep failures only).');

  // coverage per package
  if (D.packages.length) table('packages-table', [{ label: 'Package' }, { label: 'Files', num: true }, { label: 'Lines', num: true }, { label: 'Coverage', num: true }, { label: 'Since the first run', num: true }],
    D.packages.map(function (p) {
      var change = p.pct !== null && p.firstPct !== null ? p.pct - p.firstPct : null;
      return [el('code', { text: p.name }), String(p.files), p.covered + ' / ' + p.total, fmtPct(p.pct),
        change === null ? '—' : el('span', { cls: change < -0.05 ? 'fail' : change > 0.05 ? 'pass' : 'muted', text: (change > 0 ? '+' : '') + change.toFixed(1) + ' pts' })];
    }));
  else empty('packages-table', 'No per-file coverage in the history.');

  // perf: one chart per metric, with the band of the values before each run and the change points
  var perfRoot = document.getElementById('perf-charts');
  if (D.perf.length && perfRoot) {
    // every holder first, so each grid cell has its width before its chart is sized
    D.perf.forEach(function (p, i) {
      perfRoot.appendChild(el('div', null, [el('h3', { text: p.series + ' · ' + p.metric + (p.unit ? ' (' + p.unit + ')' : '') + (p.biggerIsBetter ? ' ↑ better' : ' ↓ better') }), el('div', { cls: 'chart', id: 'perf-chart-' + i })]));
    });
    D.perf.forEach(function (p, i) {
      var id = 'perf-chart-' + i;
      var xs = p.run.map(function (r) { return R.at[r]; });
      var steps = p.value.map(function (v, k) { return p.steps.indexOf(k) >= 0 ? v : null; });
      var fmt = valueFmt(function (v) { return (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) + (p.unit ? ' ' + p.unit : ''); });
      chart(id, {
        height: 170,
        series: [{}, line('value', palette[0], { value: fmt }), line('band high', 'rgba(87,96,106,.5)', { width: 1, value: fmt }), line('band low', 'rgba(87,96,106,.5)', { width: 1, value: fmt }),
          line('change point', palette[1], { width: 0, paths: function () { return null; }, points: { show: true, size: 9, fill: palette[1], stroke: palette[1] }, value: fmt })],
        bands: [{ series: [2, 3], fill: 'rgba(140,149,159,.18)' }],
        axes: [{}, {}],
      }, [xs, p.value, p.hi, p.lo, steps]);
    });
    table('perf-table', [{ label: 'Series' }, { label: 'Metric' }, { label: 'Last', num: true }, { label: 'Band before it', num: true }, { label: 'Status' }, { label: 'Change points' }],
      D.perf.map(function (p) {
        var k = p.value.length - 1;
        var status = p.status[k];
        return [p.series, p.metric, p.value[k] + (p.unit ? ' ' + p.unit : ''), p.lo[k] === null ? '—' : p.lo[k] + '–' + p.hi[k], el('span', { cls: status || 'muted', text: status || '—' }),
          p.steps.length ? p.steps.map(function (s) { return date(R.at[p.run[s]]).slice(0, 10); }).join(', ') : 'none'];
      }));
  } else empty('perf-charts', 'No perf results in the history.');

  // the last runs, newest first
  var recent = [];
  for (var r = n - 1; r >= 0 && recent.length < 20; r--) recent.push(r);
  if (recent.length) table('runs-table', [{ label: 'When' }, { label: 'Run' }, { label: 'Commit' }, { label: 'Verdict' }, { label: 'Tests', num: true }, { label: 'Failed', num: true }, { label: 'Flaky', num: true }, { label: 'Duration', num: true }],
    recent.map(function (i) {
      return [date(R.at[i]), link(R.id[i], R.url[i]), el('code', { text: R.commit[i].slice(0, 7) + (R.branch[i] ? ' · ' + R.branch[i] : '') }), el('span', { cls: R.ok[i] ? 'pass' : 'fail', text: R.ok[i] ? 'passed' : 'failed' }),
        String(R.tests[i]), String(R.failed[i]), String(R.flaky[i]), fmtSecs(R.duration[i])];
    }));

  window.addEventListener('resize', function () {
    for (var c = 0; c < charts.length; c++) {
      var parent = charts[c].root.parentNode;
      if (parent && parent.clientWidth) charts[c].setSize({ width: Math.max(280, parent.clientWidth), height: charts[c].height });
    }
  });
  document.documentElement.setAttribute('data-dashboard-ready', String(charts.length));
})();
`;
