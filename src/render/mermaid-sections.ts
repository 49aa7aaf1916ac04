/**
 * The duration section: the suites' times against their budgets as a Mermaid chart when the
 * baseline has their default-branch history, else as a table. (The perf section adds its charts
 * in src/render/sections.ts from src/render/mermaid.ts.)
 */
import type { Report } from '../model.js';
import { escapeText } from './escape.js';
import { formatSeconds, plural } from './format.js';
import { durationChart, durationChartCaption, timedSuites } from './mermaid.js';
import type { Section } from './section.js';

/** Between impact (30) and coverage (45): trimmed before the sections that carry verdicts. */
export const DURATION_PRIORITY = 35;

const used = (duration: number, budget: number | undefined) =>
  budget && budget > 0 ? `${Math.round((duration / budget) * 100)}\u00a0%` : '—';

export function durationSection(report: Report): Section | undefined {
  const suites = timedSuites(report);
  if (suites.length === 0) return undefined;
  const over = suites.filter((suite) => suite.budget !== undefined && suite.duration > suite.budget).length;
  const title = `⏲️ Duration: ${plural(suites.length, 'suite')} timed${over > 0 ? `, ${over} over budget` : ''}`;
  const chart = durationChart(report);
  if (chart) return { key: 'durations', priority: DURATION_PRIORITY, title, intro: [chart, '', durationChartCaption(report)] };
  return {
    key: 'durations',
    priority: DURATION_PRIORITY,
    title,
    block: {
      kind: 'table',
      header: ['Suite', 'This run', 'Budget', 'Used'],
      align: ['l', 'r', 'r', 'r'],
      rows: suites.map((suite) => [
        escapeText(suite.name),
        formatSeconds(suite.duration),
        suite.budget !== undefined ? formatSeconds(suite.budget) : '—',
        used(suite.duration, suite.budget),
      ]),
    },
    outro: ['_No default-branch history of these suites yet: the chart appears once the baseline has some._'],
  };
}
