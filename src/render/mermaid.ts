/**
 * Pictures for the comment and the job summary: GitHub renders ```mermaid blocks there. Two
 * `xychart-beta` charts — a gated perf metric's last default-branch values and this run, and the
 * suites' times against their budgets — built only from numbers and sanitised labels, so nothing
 * from a report can break out of the block or the chart's syntax. Each chart is a sentence too:
 * a caption says what the lines and bars are (xychart has no legend), and the sections keep
 * their tables, which are what is read when there is no history to draw.
 */
import type { Report } from '../model.js';
import { formatMetric, formatSeconds } from './format.js';
import { maxOf } from '../util/arrays.js';

/** How many default-branch values a perf chart shows (src/pipeline/report.ts keeps as many). */
export const CHART_POINTS = 20;

/**
 * A label inside a chart's double quotes, also used in the captions: letters, digits, spaces and
 * `_.,:/()+-·›` only — no quotes, brackets, backticks, newlines or `%%` (chart syntax), no `<`, `@`,
 * `#` or `*` (HTML, mentions, references, emphasis in the caption) — at most `max` characters.
 */
export function chartLabel(text: string, max = 40): string {
  const clean = text
    .replace(/[^\p{L}\p{N} _.,:/()+\-·›]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length <= max ? clean || '?' : `${clean.slice(0, max - 1)}…`;
}

/** A value as xychart reads it: a plain decimal with at most 4 significant digits. */
function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Number(value.toPrecision(4));
  return Math.abs(rounded) < 1e-6 ? '0' : String(rounded).replace(/e\+?(-?\d+)$/, (_, exp) => `e${exp}`);
}

const list = (values: readonly string[]) => `[${values.join(', ')}]`;
const quoted = (labels: readonly string[]) => list(labels.map((label) => `"${chartLabel(label, 16)}"`));

/** GitHub's colours, one per plot in the order the plots are declared (xychart's default palette is pale). */
const PALETTE = { history: '#0969da', baseline: '#8c959f', bars: '#54aeff', budget: '#cf222e', typical: '#8c959f' };

function block(palette: string[], lines: string[]): string {
  return [
    '```mermaid',
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette.join(', ')}"`,
    '---',
    'xychart-beta',
    ...lines.map((line) => `  ${line}`),
    '```',
  ].join('\n');
}

type PerfEntry = Report['perf'][number];

/** A perf metric with history: a line of its last default-branch values then this run, and a flat line at the gate's baseline. */
export function perfChart(entry: PerfEntry): string | undefined {
  const history = (entry.history ?? []).filter((point) => Number.isFinite(point.value)).slice(-CHART_POINTS);
  if (history.length === 0 || !Number.isFinite(entry.head)) return undefined;
  const labels = [...history.map((_, index) => `-${history.length - index}`), 'this run'];
  const values = [...history.map((point) => point.value), entry.head];
  const lines = [
    `title "${chartLabel(`${entry.scenario} · ${entry.metric} (${entry.unit})`, 60)}"`,
    `x-axis ${quoted(labels)}`,
    `y-axis "${chartLabel(entry.unit, 16)}"`,
    `line ${list(values.map(num))}`,
  ];
  if (entry.base !== null && Number.isFinite(entry.base)) lines.push(`line ${list(values.map(() => num(entry.base as number)))}`);
  return block([PALETTE.history, PALETTE.baseline], lines);
}

/** The words under a perf chart (xychart draws no legend). */
export function perfChartCaption(entry: PerfEntry): string {
  const count = Math.min(entry.history?.length ?? 0, CHART_POINTS);
  const base =
    entry.base !== null && Number.isFinite(entry.base)
      ? `; the flat line is the baseline it was compared with (${formatMetric(entry.base, entry.unit)})`
      : '';
  return `*${chartLabel(entry.scenario, 60)} · ${chartLabel(entry.metric, 40)}: the last ${count} default-branch runs, then this run (${formatMetric(entry.head, entry.unit)})${base}.*`;
}

/** Every gated metric's chart with its caption; empty when none has history. */
export function perfCharts(report: Report): string[] {
  return report.perf.flatMap((entry) => {
    const chart = perfChart(entry);
    return chart ? [`${chart}\n\n${perfChartCaption(entry)}`] : [];
  });
}

type SuiteEntry = Report['suites'][number];

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The suites this run timed that have a budget or history, i.e. something to compare the time with. */
export function timedSuites(report: Report): SuiteEntry[] {
  return report.suites.filter(
    (suite) => suite.selected && Number.isFinite(suite.duration) && (suite.budget !== undefined || (suite.history?.length ?? 0) > 0),
  );
}

/**
 * The suites' times as bars against their budgets (a line, when every charted suite has one) and
 * their typical default-branch time (the median of the last 20, a second line). Undefined when no
 * suite has history: the section shows its table instead.
 */
export function durationChart(report: Report): string | undefined {
  const suites = timedSuites(report).filter((suite) => (suite.history?.length ?? 0) > 0);
  if (suites.length === 0) return undefined;
  const budgets = suites.every((suite) => suite.budget !== undefined);
  const typical = suites.map((suite) => median((suite.history ?? []).slice(-CHART_POINTS)));
  // bars are lengths: the axis starts at 0
  const top = maxOf(typical, maxOf(suites.map((suite) => Math.max(suite.duration, budgets ? (suite.budget as number) : 0)))) * 1.1;
  const lines = [
    `title "Suite times (seconds)"`,
    `x-axis ${quoted(suites.map((suite) => suite.name))}`,
    `y-axis "seconds" 0 --> ${num(top > 0 ? top : 1)}`,
    `bar ${list(suites.map((suite) => num(suite.duration)))}`,
  ];
  if (budgets) lines.push(`line ${list(suites.map((suite) => num(suite.budget as number)))}`);
  lines.push(`line ${list(typical.map(num))}`);
  return block(budgets ? [PALETTE.bars, PALETTE.budget, PALETTE.typical] : [PALETTE.bars, PALETTE.typical], lines);
}

export function durationChartCaption(report: Report): string {
  const suites = timedSuites(report).filter((suite) => (suite.history?.length ?? 0) > 0);
  const budgets = suites.every((suite) => suite.budget !== undefined);
  const budgetNote = budgets
    ? 'the first line is each suite’s budget, the second its typical time (the median of its last 20 default-branch runs)'
    : `the line is each suite’s typical time (the median of its last 20 default-branch runs)${
        suites.some((suite) => suite.budget !== undefined)
          ? `; budgets: ${suites
              .filter((suite) => suite.budget !== undefined)
              .map((suite) => `${chartLabel(suite.name, 40)} ${formatSeconds(suite.budget as number)}`)
              .join(', ')}`
          : ''
      }`;
  return `*Bars are this run’s times; ${budgetNote}.*`;
}
