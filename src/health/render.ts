/**
 * The health check as markdown: the body of the one health issue (kept in place) or of the job
 * summary. Test names and paths are untrusted and escaped (src/render/escape.ts).
 */
import { escapeText } from '../render/escape.js';

const escapeMarkdown = (text: string) => escapeText(text);
const inlineCode = (text: string) => escapeText(text, 'code');
import type { HealthReport, Metric } from './assess.js';

/** The marker that identifies testops' health issue among issues with its label. */
export const HEALTH_MARKER = '<!-- testops-health -->';

const ICON: Record<Metric['status'], string> = { ok: '🟢', watch: '🟡', alert: '🔴', unknown: '⚪' };
const WORD: Record<Metric['status'], string> = { ok: 'on target', watch: 'watch', alert: 'ALERT', unknown: 'no data' };

const day = (iso: string) => iso.slice(0, 10);
const value = (number: number | null) => (number === null ? '—' : `${number}%`);

function change(metric: Metric): string {
  if (metric.value === null || metric.previous === null) return '—';
  const delta = Math.round((metric.value - metric.previous) * 10) / 10;
  if (delta === 0) return `${metric.previous}% (=)`;
  return `${metric.previous}% (${delta > 0 ? '+' : ''}${delta})`;
}

function threshold(metric: Metric, which: 'target' | 'alert'): string {
  const number = metric[which];
  if (metric.higherIsBetter) return which === 'target' ? `≥ ${number}%` : `< ${number}%`;
  return which === 'target' ? `≤ ${number}%` : `> ${number}%`;
}

export function healthTitle(report: HealthReport): string {
  const alerts = report.alerts.length;
  return alerts === 0
    ? 'testops health: on target'
    : `testops health: ${alerts} alert${alerts === 1 ? '' : 's'} (${report.alerts.map((alert) => alert.title.toLowerCase()).join(', ')})`;
}

const testName = (test: { suite: string; name: string; variant?: string }) =>
  `${escapeMarkdown(test.suite)} › ${escapeMarkdown(test.name)}${test.variant ? ` (${escapeMarkdown(test.variant)})` : ''}`;

export function healthMarkdown(report: HealthReport, options: { runUrl?: string } = {}): string {
  const lines: string[] = [HEALTH_MARKER, `## ${healthTitle(report)}`, ''];
  const { window } = report;
  lines.push(
    `Default-branch runs from ${day(window.from)} to ${day(window.to)}: **${window.runs}** (the ${window.previousRuns} of the window before are the comparison).`,
    '',
    '| Metric | Now | Window before | Target | Alert | Status |',
    '|---|---:|---:|---:|---:|---|',
  );
  for (const metric of report.metrics)
    lines.push(
      `| ${metric.title} | ${value(metric.value)} | ${change(metric)} | ${threshold(metric, 'target')} | ${threshold(metric, 'alert')} | ${ICON[metric.status]} ${WORD[metric.status]} |`,
    );
  lines.push('');
  for (const metric of report.metrics) lines.push(`- ${metric.title}: ${escapeMarkdown(metric.detail)}`);
  lines.push('');

  if (report.alerts.length > 0) {
    lines.push('### Alerts', '');
    for (const alert of report.alerts) {
      lines.push(`#### ${alert.title} — ${alert.priority}, respond ${alert.respondWithin}`, '', escapeMarkdown(alert.summary), '');
      for (const [index, step] of alert.steps.entries()) lines.push(`${index + 1}. ${escapeMarkdown(step)}`);
      lines.push('');
    }
  }

  const { newFlaky, newlySlow, coverageDrops } = report.movers;
  lines.push("### This window's movers", '');
  if (newFlaky.length + newlySlow.length + coverageDrops.length === 0)
    lines.push('No new flaky tests, newly slow tests or coverage drops.', '');
  if (newFlaky.length > 0) {
    lines.push('**New flaky tests**', '', '| Test | Flaked in |', '|---|---:|');
    for (const test of newFlaky) lines.push(`| ${testName(test)} | ${test.flakes} of ${test.runs} runs |`);
    lines.push('');
  }
  if (newlySlow.length > 0) {
    lines.push('**Newly slow tests** (median duration)', '', '| Test | Before | Now |', '|---|---:|---:|');
    for (const test of newlySlow) lines.push(`| ${testName(test)} | ${test.before}s | ${test.now}s |`);
    lines.push('');
  }
  if (coverageDrops.length > 0) {
    lines.push('**Coverage drops** (lines)', '', '| File | Before | Now |', '|---|---:|---:|');
    for (const drop of coverageDrops)
      lines.push(`| ${drop.file === null ? '**total**' : inlineCode(drop.file)} | ${drop.before}% | ${drop.now}% |`);
    lines.push('');
  }
  if (report.suitesOverBudget.length > 0) {
    lines.push('**Suites over their budget** (median)', '', '| Suite | Median | Budget | |', '|---|---:|---:|---:|');
    for (const suite of report.suitesOverBudget)
      lines.push(`| ${escapeMarkdown(suite.suite)} | ${suite.median}s | ${suite.budget}s | ${suite.pct}% |`);
    lines.push('');
  }
  lines.push(
    `<sub>Updated ${report.window.to.replace('T', ' ').slice(0, 16)} UTC by testops health${options.runUrl ? ` ([run](${options.runUrl}))` : ''}. Thresholds: \`health:\` in .github/testops.yml.</sub>`,
    '',
  );
  return lines.join('\n');
}
