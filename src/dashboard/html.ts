/**
 * The dashboard as one self-contained page: inline CSS, uPlot and the script, the figures embedded
 * as JSON whose "<" are escaped (no name in a history can close the script element); the page
 * draws from them with textContent only.
 */
import { escapeText } from '../render/escape.js';
import type { DashboardData } from './aggregate.js';
import { uplotAssets } from './assets.js';
import { DASHBOARD_CSS, DASHBOARD_JS } from './client.js';
import { pageHead } from '../render/page.js';

const esc = (value: string) => escapeText(value, 'html');

function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** uPlot's source may hold "</script" in no string today; make sure it never ends the element. */
const inlineScript = (source: string) => source.replace(/<\/(script)/gi, '<\\/$1');

const SECTIONS: Array<[string, string, string, string]> = [
  [
    'pass-rate',
    'Pass rate',
    'Tests that passed, of those that ran, in each run; flaky tests (failed, then passed on a retry) on the right axis.',
    '<div class="chart" id="passrate-chart"></div>',
  ],
  [
    'flaky',
    'Flaky tests',
    'Ranked by testops’ estimate in the latest run (state and issue from there), then by how often they were flaky in the runs that keep every test.',
    '<div id="flaky-table"></div>',
  ],
  [
    'slowest',
    'Slowest suites and tests',
    'Suites in the latest run against their budgets (median over the recent runs); tests by their median duration over the recent runs.',
    '<div id="suites-table"></div><div class="chart" id="suites-chart"></div><h3>Slowest tests</h3><div id="slowest-table"></div>',
  ],
  [
    'durations',
    'Durations',
    'The run’s wall-clock time and the time its tests took, summed.',
    '<div class="chart" id="duration-chart"></div>',
  ],
  [
    'coverage',
    'Coverage',
    'Line and branch coverage of each run; per package (a file’s directory, two levels deep) in the latest run with per-file data, lowest first.',
    '<div class="chart" id="coverage-chart"></div><div id="packages-table"></div>',
  ],
  [
    'perf',
    'Performance',
    'Each metric’s value per run, the band (min–max) of the values before it since its last change point, and the change points (a new level that held).',
    '<div class="grid2" id="perf-charts"></div><div id="perf-table"></div>',
  ],
  [
    'selection',
    'Time saved by selection',
    'Suite time impact analysis skipped: per run, and in total.',
    '<div class="chart" id="selection-chart"></div>',
  ],
  ['runs', 'Latest runs', '', '<div id="runs-table"></div>'],
];

export function renderDashboard(data: DashboardData): string {
  const { js, css } = uplotAssets();
  const first = data.runs.at[0];
  const last = data.runs.at.at(-1);
  const span =
    first !== undefined && last !== undefined
      ? `${new Date(first * 1000).toISOString().slice(0, 10)} – ${new Date(last * 1000).toISOString().slice(0, 10)}`
      : 'no runs yet';
  const nav = `<nav class="toc">${SECTIONS.map(([id, title]) => `<a href="#${id}">${esc(title)}</a>`).join('')}</nav>`;
  const sections = SECTIONS.map(
    ([id, title, note, body]) =>
      `<section id="${id}"><h2>${esc(title)}</h2>${note ? `<p class="note">${esc(note)}</p>` : ''}\n${body}\n</section>`,
  ).join('\n');
  return `${pageHead(data.title, [css, DASHBOARD_CSS])}
<body>
<header class="top"><h1>${esc(data.title)}</h1>
<p>${data.records} runs (${esc(span)}), ${data.fullRecords} with every test · built ${esc(data.generatedAt.slice(0, 16).replace('T', ' '))} UTC by testops</p></header>
${nav}
<main>
<div class="tiles" id="tiles"></div>
${sections}
<noscript><p>The charts and tables need JavaScript.</p></noscript>
</main>
<script type="application/json" id="dashboard-data">${embedJson(data)}</script>
<script>${inlineScript(js)}</script>
<script>${DASHBOARD_JS}</script>
</body>
</html>
`;
}
