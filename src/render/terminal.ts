/**
 * The report drawn for a terminal: verdict first, then gates, failures, problems, suites, flaky
 * tests, perf and coverage as aligned plain-text tables — no HTML, entities or markdown escapes.
 * Colours (picocolors) only when asked (a TTY without NO_COLOR). Every string from a report is
 * untrusted: control characters (an ESC that would drive the terminal, a carriage return that
 * would overwrite the line) are shown as visible escapes, never passed through.
 */
import { formatBaselineFigure, formatFigure, formatThreshold } from './quantity.js';
import { createColors } from 'picocolors';
import type { GateStatus, Report } from '../model.js';
import { formatChange, formatCount, formatMetric, formatPct, formatSeconds, shortSha } from './format.js';
import { earlyEvidence, retrySentence } from './format.js';
import { pushAll } from '../util/arrays.js';

export interface TerminalOptions {
  color: boolean;
  /** the verdict line and the failing gates only */
  quiet?: boolean;
  /** columns available (default 100); long cells are cut with "…" */
  width?: number;
  /** where report.json was written, named at the end */
  reportPath?: string;
}

/** Make untrusted text safe for a terminal: one line, control characters visible. */
export function terminalText(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The baseline's own reason, when there is no usable baseline: said once, on the baseline line. */
const baselineReason = (report: Report) => (report.baseline.status !== 'ok' ? report.baseline.reason : undefined);

/** Problems other than the missing baseline, which the baseline line already states. */
function ownProblems(report: Report): Report['problems'] {
  const reason = baselineReason(report);
  return report.problems.filter((problem) => !reason || problem.message !== reason);
}

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text);

/** Rows of cells as columns padded to the widest cell (the last column is not padded). */
export function alignColumns(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, [...cell].length);
  return rows.map((row) =>
    `${indent}${row.map((cell, index) => (index === row.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - [...cell].length))).join('  ')}`.trimEnd(),
  );
}

const ICON: Record<GateStatus, string> = { pass: '✓', warn: '!', fail: '✗', skipped: '-' };

/** Why the verdict is what it is, in words that agree with the counts shown beside it. */
export function verdictOf(report: Report): { word: 'passed' | 'passed with warnings' | 'failed'; because: string[] } {
  const failedGates = report.gates.filter((gate) => gate.status === 'fail');
  const blockingFailed = failedGates.filter((gate) => gate.blocking !== false);
  const warned = report.gates.filter((gate) => gate.status === 'warn').length;
  const because: string[] = [];
  if (report.conclusion === 'failure') {
    because.push(
      `${blockingFailed.length || failedGates.length} ${(blockingFailed.length || failedGates.length) === 1 ? 'gate' : 'gates'} failed`,
    );
    return { word: 'failed', because };
  }
  if (failedGates.length > 0) because.push(`${failedGates.length} non-blocking ${failedGates.length === 1 ? 'gate' : 'gates'} failed`);
  if (warned > 0) because.push(`${warned} ${warned === 1 ? 'gate' : 'gates'} warned`);
  const quarantined = report.failures.filter((failure) => failure.quarantined).length;
  if (quarantined > 0) because.push(`${quarantined} quarantined ${quarantined === 1 ? 'test' : 'tests'} failed`);
  const unblocking = report.failures.length - quarantined;
  if (unblocking > 0) because.push(`${unblocking} ${unblocking === 1 ? 'test' : 'tests'} failed without failing a blocking gate`);
  const problems = ownProblems(report).length;
  if (problems > 0) because.push(`${problems} ${problems === 1 ? 'problem' : 'problems'}`);
  const flaky = report.flaky.filter((entry) => entry.state === 'flaky' || entry.state === 'broken').length;
  if (flaky > 0) because.push(`${flaky} flaky`);
  if (report.baseline.status !== 'ok')
    because.push(report.baseline.status === 'missing' ? 'no baseline yet' : `baseline ${report.baseline.status}`);
  return { word: because.length > 0 ? 'passed with warnings' : 'passed', because };
}

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const c = createColors(options.color);
  const width = options.width ?? 100;
  const paint = (status: GateStatus, text: string) =>
    status === 'fail' ? c.red(text) : status === 'warn' ? c.yellow(text) : status === 'pass' ? c.green(text) : c.dim(text);
  const lines: string[] = [];

  const missing = baselineReason(report);
  const shorten = (reason: string) => (missing && reason.includes(missing) ? reason.replace(missing, 'no baseline') : reason);
  const verdict = verdictOf(report);
  const icon = verdict.word === 'failed' ? c.red('✗') : verdict.word === 'passed' ? c.green('✓') : c.yellow('!');
  const failedTests = report.totals.failed + report.totals.errored;
  const counts = `${formatCount(report.totals.tests - failedTests - report.totals.skipped)} passed, ${formatCount(failedTests)} failed, ${formatCount(report.totals.skipped)} skipped`;
  const word =
    verdict.word === 'failed'
      ? c.bold(c.red('failed'))
      : verdict.word === 'passed'
        ? c.bold(c.green('passed'))
        : c.bold(c.yellow(verdict.word));
  lines.push(`${icon} testops: ${word}${verdict.because.length > 0 ? ` — ${verdict.because.join(', ')}` : ''} · ${counts}`);

  const failing = report.gates.filter((gate) => gate.status === 'fail');
  if (options.quiet) {
    for (const gate of failing) lines.push(`  ${paint('fail', ICON.fail)} ${gateName(gate)}: ${cut(terminalText(gate.reason), width)}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(c.dim(baselineLine(report)));
  // local runs: whether the working tree or a named commit was tested
  if (typeof report.event.headLabel === 'string') lines.push(c.dim(`Tested: ${terminalText(report.event.headLabel)}`));

  const section = (title: string, body: string[]) => {
    if (body.length === 0) return;
    lines.push('', c.bold(title));
    pushAll(lines, body);
  };

  const order: Record<GateStatus, number> = { fail: 0, warn: 1, pass: 2, skipped: 3 };
  const gates = [...report.gates].sort((a, b) => order[a.status] - order[b.status]);
  section(
    'Gates',
    alignColumns(
      gates.map((gate) => [
        ICON[gate.status],
        gateName(gate),
        terminalText(formatFigure(gate.value, gate.threshold)),
        gate.baseline ? `base ${terminalText(formatBaselineFigure(gate.baseline, report.createdAt, gate.threshold))}` : '',
        gate.threshold ? terminalText(formatThreshold(gate.threshold)) : '',
        cut(terminalText(shorten(gate.reason)), Math.max(30, width - 60)),
      ]),
    ).map((line, index) => {
      const gate = gates[index];
      return gate ? paint(gate.status, line.slice(0, 3)) + line.slice(3) : line;
    }),
  );

  const failures = report.failures.slice(0, 20).flatMap((failure) => {
    const where = failure.file ? `  ${terminalText(failure.file)}${failure.line ? `:${failure.line}` : ''}` : '';
    const head = `  ${c.red('✗')} ${terminalText(failure.suite)} › ${cut(terminalText(failure.name), width - 10)}${c.dim(where)}${failure.quarantined ? c.dim(' (quarantined)') : ''}`;
    const message = failure.message ? [`      ${c.dim(cut(terminalText(failure.message), width - 6))}`] : [];
    return [head, ...message];
  });
  if (report.failures.length > 20) failures.push(c.dim(`  … and ${report.failures.length - 20} more in report.json`));
  section(`Failures (${formatCount(report.failures.length)})`, failures);

  section(
    'Problems',
    ownProblems(report)
      .slice(0, 20)
      .map(
        (problem) => `  ${c.yellow('!')} ${cut(terminalText(`${problem.suite ? `${problem.suite}: ` : ''}${problem.message}`), width - 4)}`,
      ),
  );

  section(
    'Suites',
    alignColumns(
      report.suites.map((suite) => [
        suite.selected ? (suite.status === 'passed' ? '✓' : suite.status === 'skipped' ? '-' : '✗') : '-',
        terminalText(suite.name),
        suite.selected ? suite.status : 'skipped',
        suite.selected && suite.status !== 'skipped' ? formatSeconds(suite.duration) : '',
        suite.selected && suite.status !== 'skipped' ? `${formatCount(suite.tests.tests)} tests` : '',
        cut(terminalText(suite.reasons.join('; ')), Math.max(30, width - 50)),
      ]),
    ).concat(report.retryTime ? [`  ${retrySentence(report)}`] : []),
  );

  const flaky = report.flaky.filter((entry) => entry.state === 'flaky' || entry.state === 'broken');
  section(
    'Flaky',
    alignColumns(
      flaky
        .slice(0, 10)
        .map((entry) => [
          terminalText(entry.suite),
          cut(terminalText(entry.name), 60),
          `${(entry.rate * 100).toFixed(0)}% of ${entry.runs} runs`,
          `${entry.quarantined ? 'quarantined' : entry.state}${earlyEvidence(entry.evidence) ? ` (${terminalText(earlyEvidence(entry.evidence) as string)})` : ''}`,
        ]),
    ),
  );

  const perf = report.perf.filter((row) => row.status !== 'pass' && row.status !== 'skipped').slice(0, 10);
  section(
    'Perf',
    alignColumns(
      perf.map((row) => [
        ICON[row.status],
        `${terminalText(row.scenario)} ${terminalText(row.metric)}`,
        formatMetric(row.head, terminalText(row.unit)),
        row.base === null ? '' : `base ${formatMetric(row.base, terminalText(row.unit))}`,
        formatChange(row.change),
      ]),
    ),
  );

  if (report.coverage) {
    const { totals, baseline } = report.coverage;
    const pct = (value: number | null | undefined) => formatPct(value);
    const rows = [
      [`lines ${pct(totals.lines.pct)}`, baseline ? `base ${pct(baseline.lines.pct)}` : '', `branches ${pct(totals.branches?.pct)}`],
    ];
    if (report.coverage.patch)
      rows.push([
        `patch ${pct(report.coverage.patch.pct)}`,
        `${report.coverage.patch.covered} of ${report.coverage.patch.total} changed lines`,
        '',
      ]);
    section('Coverage', alignColumns(rows));
  }

  if (options.reportPath) lines.push('', c.dim(`report: ${options.reportPath}`));
  return `${lines.join('\n')}\n`;
}

function gateName(gate: Report['gates'][number]): string {
  return terminalText(gate.subject ? `${gate.gate} · ${gate.subject}` : gate.gate);
}

function baselineLine(report: Report): string {
  const info = report.baseline;
  const provenance = info.provenance;
  if (info.status === 'ok' && provenance)
    return `baseline: ${terminalText(provenance.branch)} at ${shortSha(provenance.commit)}, recorded ${provenance.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
  return `baseline: ${terminalText(info.reason ?? info.status)}`;
}
