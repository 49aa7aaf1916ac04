import { describe, expect, it } from 'vitest';
import { renderComment, renderSummary } from '../../src/render/index.js';
import { chartLabel, durationChart, perfChart } from '../../src/render/mermaid.js';
import { chartedReport } from './fixtures/charts.js';
import { greenReport } from './fixtures/reports.js';

const blocks = (markdown: string) => [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((match) => match[1] as string);
const numbers = (line: string | undefined) =>
  (line ?? '')
    .replace(/^.*\[|\].*$/g, '')
    .split(', ')
    .map(Number);

describe('Mermaid charts in the comment and the summary', () => {
  it('perf: each metric with history is a chart of its last 20 default-branch values then this run, with the baseline as a flat line', () => {
    const report = chartedReport();
    const comment = renderComment(report);
    const charts = blocks(comment);
    // p95 (25 values, 20 charted), throughput (12) and the duration chart; search p99 has no history
    expect(charts).toHaveLength(3);
    const p95 = charts.find((chart) => chart.includes('checkout · p95')) as string;
    const lines = p95.split('\n').filter((line) => line.trim().startsWith('line'));
    const values = numbers(lines[0]);
    expect(values).toHaveLength(21);
    expect(values.slice(0, 20)).toEqual(report.perf[0]?.history?.slice(-20).map((point) => Number(point.value.toPrecision(4))));
    expect(values[20]).toBe(201);
    expect(numbers(lines[1])).toEqual(Array(21).fill(176));
    expect(p95).toMatch(/x-axis \["-20", .*"-1", "this run"\]/);
    expect(comment).toContain('the last 20 default-branch runs, then this run (201 ms)');
    expect(comment).not.toContain('search · p99');
    // the table is still there: it carries the verdicts
    expect(comment).toContain('| checkout | p95 | 176 ms | 201 ms |');
    // the summary shows the same charts
    expect(blocks(renderSummary(report))).toEqual(charts);
  });

  it('duration: the suite times as bars against their budgets and their typical time', () => {
    const report = chartedReport();
    const chart = durationChart(report) as string;
    expect(chart).toContain('x-axis ["unit", "integration", "load"]');
    expect(chart).toContain('bar [72.4, 48.9, 65.2]');
    expect(chart).toContain('line [120, 120, 180]');
    expect(renderComment(report)).toContain('⏲️ Duration: 3 suites timed');
  });

  it('falls back to tables when there is no history', () => {
    const report = greenReport();
    const comment = renderComment(report);
    expect(blocks(comment)).toEqual([]);
    expect(perfChart(report.perf[0] as (typeof report.perf)[number])).toBeUndefined();
    expect(comment).toContain('| Suite | This run | Budget | Used |');
    expect(comment).toMatch(/\| unit \| 1m 12s \| 2m \| 60\u00a0% \|/);
    expect(comment).toContain('No default-branch history of these suites yet');
  });

  it('says which suites are over budget in the section title', () => {
    const report = chartedReport();
    (report.suites[0] as (typeof report.suites)[number]).duration = 130;
    expect(renderComment(report)).toContain('⏲️ Duration: 3 suites timed, 1 over budget');
  });

  it('nothing from the report can break out of a chart: labels keep letters, digits and a few marks', () => {
    expect(chartLabel('a"] \n```\n%%{init}%% @team <img src=x> #12 *x*')).toBe('a init team img src x 12 x');
    const report = chartedReport();
    const entry = report.perf[0] as (typeof report.perf)[number];
    entry.scenario = 'evil"]\n```\n<script>@everyone';
    const chart = perfChart(entry) as string;
    expect(chart.split('\n')).toHaveLength(14);
    expect(chart).toContain('title "evil script everyone · p95 (ms)"');
    expect(chart.match(/```/g)).toHaveLength(2);
    expect(renderComment(report)).not.toMatch(/<script>|@everyone/);
  });
});
