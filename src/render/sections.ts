/**
 * The report broken into sections, each a pure function of the Report. The comment and the job
 * summary render the same sections; only the layout and the size budget differ.
 */
import type { GateStatus, Problem, Report, Severity } from '../model.js';
import { formatBaselineFigure, formatFigure, formatQuantity, formatThreshold } from './quantity.js';
import { escapeText } from './escape.js';
import {
  firstLines,
  formatAgeSince,
  formatChange,
  formatCount,
  formatMetric,
  earlyEvidence,
  earlySentence,
  formatPct,
  formatPoints,
  retrySentence,
  formatSeconds,
  plural,
  shortSha,
} from './format.js';
import { externalUrl, type Links, linksFor } from './links.js';
import { perfCharts } from './mermaid.js';
import { durationSection } from './mermaid-sections.js';
import type { Section } from './section.js';
import { verdictOf } from './terminal.js';
import { baselineStatus, flakyState, gateName, gateStatus, isOneOf, problemKind, severity, suiteStatus } from './vocabulary.js';
import { minOf } from '../util/arrays.js';

const STATUS_ORDER: Record<GateStatus, number> = { fail: 0, warn: 1, skipped: 2, pass: 3 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** the place of a value in an order; a value outside the vocabulary goes last */
const rank = <T extends string>(order: Record<T, number>, value: unknown): number => (isOneOf(order, value) ? order[value] : 99);

/** Priorities: what survives trimming longest. */
export const PRIORITY = {
  gates: 95,
  failures: 90,
  problems: 85,
  security: 70,
  flaky: 60,
  levels: 65,
  perf: 50,
  coverage: 45,
  impact: 30,
  determinism: 20,
  retries: 55,
  shards: 25,
} as const;

export type Verdict = 'success' | 'warning' | 'failure';

/** The overall verdict: failure when the job fails, a warning when anything deserves a look. */
export function overallVerdict(report: Report): Verdict {
  // anything but a success (a forged report's unknown conclusion too) reads as a failure
  if (report.conclusion !== 'success') return 'failure';
  const warned =
    report.gates.some((gate) => gate.status === 'warn' || gate.status === 'fail') ||
    report.failures.length > 0 ||
    report.problems.length > 0 ||
    report.baseline.status !== 'ok' ||
    report.flaky.some((entry) => entry.state === 'flaky' || entry.state === 'broken');
  return warned ? 'warning' : 'success';
}

export function headline(report: Report): string {
  const verdict = overallVerdict(report);
  const icon = { success: '✅', warning: '⚠️', failure: '❌' }[verdict];
  // "Passed with warnings" says which: beside "0 warned" it read as a contradiction
  const because = verdict === 'warning' ? verdictOf(report).because : [];
  const text = `${{ success: 'All checks passed', warning: 'Passed with warnings', failure: 'Failed' }[verdict]}${because.length > 0 ? ` (${because.map((reason) => escapeText(reason)).join(', ')})` : ''}`;
  const failedGates = report.gates.filter((gate) => gate.status === 'fail').length;
  const warnedGates = report.gates.filter((gate) => gate.status === 'warn').length;
  const failedTests = report.totals.failed + report.totals.errored;
  const flaky = report.flaky.filter((entry) => entry.state === 'flaky').length;
  const counts = [
    `**${failedGates}** ${failedGates === 1 ? 'gate' : 'gates'} failed`,
    `**${warnedGates}** warned`,
    `**${formatCount(failedTests)}** of ${formatCount(report.totals.tests)} tests failed`,
    `**${flaky}** flaky`,
  ];
  return `### ${icon} testops: ${text}\n\n${counts.join(' · ')}`;
}

/** One line about where the baseline came from, or a plain statement that there is none. */
export function baselineLine(report: Report, links: Links): string {
  const info = report.baseline;
  const provenance = info.provenance;
  if (info.status === 'ok' && provenance) {
    const commitLink = links.commit(provenance.commit);
    const commit = commitLink
      ? `[${escapeText(shortSha(provenance.commit), 'code')}](${commitLink})`
      : escapeText(shortSha(provenance.commit), 'code');
    return `Baseline: ${escapeText(provenance.branch, 'code')} at ${commit}, ${formatAgeSince(provenance.createdAt, report.createdAt) ?? 'age unknown'}.`;
  }
  const what = baselineStatus(info.status);
  const reason = info.reason ? `: ${escapeText(info.reason)}` : '';
  return `⚠️ **${what}**${reason}. Gates that compare with the default branch were skipped: they did not pass, they were not checked.`;
}

function gatesSection(report: Report): Section {
  const provenance = report.baseline.status === 'ok' ? report.baseline.provenance : undefined;
  const baselineNote = provenance
    ? `<br><sub>${escapeText(shortSha(provenance.commit))}, ${formatAgeSince(provenance.createdAt, report.createdAt) ?? 'age unknown'}</sub>`
    : '';
  const gates = [...report.gates].sort((a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status));
  return {
    key: 'gates',
    priority: PRIORITY.gates,
    title: 'Quality gates',
    inline: true,
    intro: gates.length === 0 ? ['No quality gates were evaluated.'] : undefined,
    block:
      gates.length === 0
        ? undefined
        : {
            kind: 'table',
            header: ['Gate', 'Status', 'Value', 'Baseline', 'Threshold', 'Why'],
            rows: gates.map((gate) => [
              `${gateName(gate.gate)}${gate.subject ? ` · ${escapeText(gate.subject)}` : ''}`,
              `${gateStatus(gate.status)}${gate.blocking === false && gate.status === 'fail' ? ' (not blocking)' : ''}`,
              escapeText(formatFigure(gate.value, gate.threshold)),
              // a baseline figure without its own commit gets the report's baseline provenance
              gate.baseline === null || gate.baseline === undefined
                ? '—'
                : `${escapeText(formatBaselineFigure(gate.baseline, report.createdAt, gate.threshold))}${typeof gate.baseline === 'object' && gate.baseline.commit ? '' : baselineNote}`,
              escapeText(formatThreshold(gate.threshold)),
              escapeText(gate.reason),
            ]),
          },
  };
}

function location(links: Links, file?: string, line?: number): string {
  if (!file) return '';
  const text = escapeText(line ? `${file}:${line}` : file, 'code');
  const url = links.file(file, line);
  return url ? `[${text}](${url})` : text;
}

function failuresSection(report: Report, links: Links): Section | undefined {
  if (report.failures.length === 0) return undefined;
  // Blocking failures first; quarantined ones do not fail the job.
  const failures = [...report.failures].sort((a, b) => Number(a.quarantined ?? false) - Number(b.quarantined ?? false));
  const entries = failures.map((failure) => {
    const where = location(links, failure.file, failure.line);
    const head = [
      `- **${escapeText(failure.name)}**`,
      escapeText(failure.suite),
      where,
      failure.status === 'errored' ? 'errored' : '',
      failure.quarantined ? '_quarantined: does not fail the job_' : '',
    ]
      .filter(Boolean)
      .join(' · ');
    if (!failure.message?.trim()) return `${head}\n  <sub>no failure message in the report</sub>`;
    // Indented by two spaces so the code block belongs to the list item.
    return `${head}\n${escapeText(firstLines(failure.message), 'block')
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n')}`;
  });
  const quarantined = failures.filter((failure) => failure.quarantined).length;
  return {
    key: 'failures',
    priority: PRIORITY.failures,
    title: `❌ Failed tests (${formatCount(failures.length)}${quarantined ? `, ${quarantined} quarantined` : ''})`,
    open: true,
    block: { kind: 'entries', entries },
  };
}

export function allProblems(report: Report): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const problem of [...report.problems, ...report.suites.flatMap((suite) => suite.problems)]) {
    const key = `${problem.kind}\u0000${problem.suite ?? ''}\u0000${problem.file ?? ''}\u0000${problem.line ?? ''}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function problemsSection(report: Report, links: Links): Section | undefined {
  // the baseline's own problem is already the warning line under the headline (baselineLine): once is enough
  const problems = allProblems(report).filter((problem) => problem.kind !== 'baseline' || report.baseline.status === 'ok');
  if (problems.length === 0) return undefined;
  return {
    key: 'problems',
    priority: PRIORITY.problems,
    title: `⚠️ ${plural(problems.length, 'problem')} while running or reading reports`,
    open: true,
    block: {
      kind: 'entries',
      entries: problems.map((problem) =>
        [
          `- **${problemKind(problem.kind)}**`,
          problem.suite ? `in ${escapeText(problem.suite)}` : '',
          location(links, problem.file, problem.line),
          `: ${escapeText(problem.message)}`,
        ]
          .filter(Boolean)
          .join(' ')
          .replace(/ : /, ': '),
      ),
    },
  };
}

function impactSection(report: Report): Section {
  const run = report.suites.filter((suite) => suite.selected);
  const skipped = report.suites.filter((suite) => !suite.selected);
  const changed = report.changedFiles === null ? 'full run (no diff computed)' : `${plural(report.changedFiles, 'changed file')}`;
  const reasons = (list: string[]) => {
    const shown = list.slice(0, 3).map((reason) => escapeText(reason));
    if (list.length > 3) shown.push(`… ${list.length - 3} more`);
    return shown.join('<br>') || '—';
  };
  const retriesOf = (name: string) => {
    const retried = report.retryTime?.suites.find((entry) => entry.suite === name);
    return retried ? `<br><sub>${formatSeconds(retried.seconds)} of it retries</sub>` : '';
  };
  return {
    key: 'impact',
    priority: PRIORITY.impact,
    title: `🎯 Impact: ${run.length} of ${plural(report.suites.length, 'suite')} run, ${changed}`,
    block: {
      kind: 'table',
      header: ['Suite', 'Result', 'Tests', 'Duration', 'Why'],
      rows: [...run, ...skipped].map((suite) => [
        escapeText(suite.name),
        suite.selected ? suiteStatus(suite.status) : '⏭️\u00a0not run',
        suite.selected
          ? `${formatCount(suite.tests.passed)} passed, ${formatCount(suite.tests.failed + suite.tests.errored)} failed, ${formatCount(suite.tests.skipped)} skipped`
          : '—',
        suite.selected
          ? `${formatSeconds(suite.duration)}${suite.budget ? ` of ${formatSeconds(suite.budget)} budget` : ''}${retriesOf(suite.name)}`
          : '—',
        reasons(suite.reasons),
      ]),
    },
  };
}

/** Compress sorted line numbers into "3-7, 12". */
export function lineRanges(lines: number[], max = 20): string {
  const ranges: string[] = [];
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    ranges.push(end === index ? `${sorted[index]}` : `${sorted[index]}-${sorted[end]}`);
    index = end + 1;
  }
  return ranges.length > max ? `${ranges.slice(0, max).join(', ')}, … ${ranges.length - max} more` : ranges.join(', ');
}

function coverageSection(report: Report, links: Links): Section | undefined {
  const coverage = report.coverage;
  if (!coverage) return undefined;
  const delta = (head: number | null, base?: number | null) => {
    if (base === undefined || base === null || head === null) return '—';
    const points = head - base;
    if (Math.abs(points) < 0.05) return '±0.0';
    return formatPoints(points, true);
  };
  // percentages rounded as the gates table rounds them: never to a coverage limit they missed
  const limits = report.gates.flatMap((gate) =>
    (gate.gate === 'coverage' || gate.gate === 'patch-coverage') && Array.isArray(gate.threshold?.limits)
      ? gate.threshold.limits.map((limit) => limit.value)
      : [],
  );
  const formatPct = (pct: number | null | undefined) =>
    pct === null || pct === undefined ? '—' : formatQuantity({ value: pct, unit: 'percent' }, limits);
  const ratio = (covered: number, total: number) => `${formatCount(covered)} / ${formatCount(total)}`;
  const rows: string[][] = (['lines', 'branches', 'functions'] as const)
    .filter((kind) => coverage.totals[kind].total > 0 || (coverage.baseline?.[kind].total ?? 0) > 0)
    .map((kind) => [
      kind[0].toUpperCase() + kind.slice(1),
      `${formatPct(coverage.totals[kind].pct)} (${ratio(coverage.totals[kind].covered, coverage.totals[kind].total)})`,
      coverage.baseline ? formatPct(coverage.baseline[kind].pct) : '—',
      delta(coverage.totals[kind].pct, coverage.baseline?.[kind].pct),
    ]);
  const patch = coverage.patch;
  if (patch) {
    rows.push([
      'Patch (changed lines)',
      patch.pct === null ? 'no coverable changed lines' : `${formatPct(patch.pct)} (${ratio(patch.covered, patch.total)})`,
      '—',
      '—',
    ]);
  }
  const intro = [
    `Total line coverage **${formatPct(coverage.totals.lines.pct)}**${coverage.baseline ? ` (baseline ${formatPct(coverage.baseline.lines.pct)})` : ' (no baseline to compare with)'}${patch && patch.pct !== null ? `, patch coverage **${formatPct(patch.pct)}**` : ''}.`,
    '',
    ['| Coverage | Head | Baseline | Change |', '| --- | --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'),
  ];
  const uncovered = (patch?.files ?? []).filter((file) => file.missing.length > 0);
  if (uncovered.length > 0) {
    intro.push('', '**Changed lines not covered**', '');
    for (const file of uncovered.slice(0, 10)) {
      intro.push(`- ${location(links, file.path, file.missing[0])}: lines ${lineRanges(file.missing)}`);
    }
    if (uncovered.length > 10) intro.push(`- … ${uncovered.length - 10} more files`);
  }
  const drops = [...coverage.drops].sort((a, b) => b.before - b.after - (a.before - a.after));
  if (drops.length > 0) intro.push('', '**Files that lost the most**');
  return {
    key: 'coverage',
    priority: PRIORITY.coverage,
    title: `📊 Coverage: ${formatPct(coverage.totals.lines.pct)}${patch && patch.pct !== null ? `, patch ${formatPct(patch.pct)}` : ''}`,
    intro,
    block:
      drops.length > 0
        ? {
            kind: 'table',
            header: ['File', 'Before', 'After', 'Change'],
            rows: drops.map((drop) => [
              location(links, drop.path),
              formatPct(drop.before),
              formatPct(drop.after),
              delta(drop.after, drop.before),
            ]),
          }
        : undefined,
  };
}

function perfSection(report: Report): Section | undefined {
  if (report.perf.length === 0) return undefined;
  const perf = [...report.perf].sort((a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status));
  const regressions = perf.filter((entry) => entry.status === 'fail' || entry.status === 'warn').length;
  const charts = perfCharts({ ...report, perf });
  return {
    key: 'perf',
    priority: PRIORITY.perf,
    title: `⏱️ Performance: ${plural(perf.length, 'metric')}, ${plural(regressions, 'regression')}`,
    block: {
      kind: 'table',
      header: ['Scenario', 'Metric', 'Base', 'Head', 'Change', 'Verdict', 'Can detect'],
      align: ['l', 'l', 'r', 'r', 'r', 'l', 'l'],
      rows: perf.map((entry) => [
        escapeText(entry.scenario),
        escapeText(entry.metric),
        entry.base === null ? 'no baseline' : escapeText(formatMetric(entry.base, entry.unit)),
        escapeText(formatMetric(entry.head, entry.unit)),
        formatChange(entry.change),
        `${gateStatus(entry.status)}${entry.rule ? ` <sub>${escapeText(entry.rule)}</sub>` : ''}`,
        perfNoise(entry),
      ]),
    },
    // each gated metric with default-branch history as a chart (none without history: the table is it)
    ...(charts.length > 0 ? { outro: charts.flatMap((chart, index) => (index > 0 ? ['', chart] : [chart])) } : {}),
  };
}

/** What the metric's noise lets the gate see: "±18%", "too noisy (±70%)", and a step in the baseline. */
function perfNoise(entry: Report['perf'][number]): string {
  const detectable = typeof entry.detectable === 'number' && Number.isFinite(entry.detectable) ? entry.detectable : null;
  const parts: string[] = [];
  if (detectable !== null)
    parts.push(`${entry.rule === 'too-noisy' ? 'too noisy: ' : ''}±${formatChange(detectable).replace(/^[+−-]/, '')}`);
  const runs = entry.runs;
  if (runs && Number.isFinite(runs.used) && Number.isFinite(runs.window)) parts.push(`${runs.used} of ${runs.window} runs`);
  const step = entry.step;
  if (step && Number.isFinite(step.change) && Number.isFinite(step.runsAgo))
    parts.push(`step ${formatChange(step.change)} ${step.runsAgo} runs ago`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

function securitySection(report: Report, links: Links): Section | undefined {
  const security = report.security;
  const total = Object.values(security.counts).reduce((sum, count) => sum + count, 0);
  if (security.newFindings.length === 0 && total === 0 && security.existing === 0) return undefined;
  const findings = [...security.newFindings].sort((a, b) => rank(SEVERITY_ORDER, a.severity) - rank(SEVERITY_ORDER, b.severity));
  const bySeverity = (Object.keys(SEVERITY_ORDER) as Severity[])
    .filter((level) => Number.isFinite(security.counts[level]) && security.counts[level] > 0)
    .map((level) => `${formatCount(security.counts[level])} ${level}`)
    .join(', ');
  // Without a baseline "new" only means "not marked known by the tool's own baselineState":
  // calling those findings new (not in the baseline) would contradict the gate, which says it could not tell.
  const classed = report.baseline.status === 'ok';
  const summary = classed
    ? `${plural(findings.length, 'new finding')} (not in the baseline), ${formatCount(security.existing)} already known.`
    : `${plural(findings.length, 'finding')} that may be new: there is no baseline to tell new findings from known ones${security.existing > 0 ? ` (${formatCount(security.existing)} marked known by the tool's baselineState)` : ''}.`;
  return {
    key: 'security',
    priority: PRIORITY.security,
    title: classed
      ? `🔒 Security: ${plural(findings.length, 'new finding')}`
      : `🔒 Security: ${plural(findings.length, 'finding')}, no baseline`,
    intro: [`${summary}${bySeverity ? ` All findings by severity: ${bySeverity}.` : ''}`],
    block:
      findings.length > 0
        ? {
            kind: 'table',
            header: ['Severity', 'Rule', 'Where', 'Message', 'Tool'],
            rows: findings.map((finding) => [
              severity(finding.severity),
              ruleLink(finding.rule, finding.url),
              finding.file ? location(links, finding.file, finding.line) : finding.package ? escapeText(finding.package, 'code') : '—',
              escapeText(firstLines(finding.message, 1, 160)),
              escapeText(finding.tool),
            ]),
          }
        : undefined,
  };
}

function flakySection(report: Report, links: Links): Section | undefined {
  if (report.flaky.length === 0 && report.totals.flaky === 0) return undefined;
  const flaky = [...report.flaky].sort((a, b) => b.rate - a.rate);
  // the time retries added, here when no Retries section says it (a runner's own retries)
  const retried = Array.isArray(report.retries) && report.retries.length > 0 ? undefined : retrySentence(report);
  const early = earlySentence(report);
  const intro = [
    `${
      report.totals.flaky > 0
        ? `${plural(report.totals.flaky, 'test')} failed and then passed on retry in this run.`
        : 'No test failed and then passed on retry in this run.'
    }${retried ? ` ${retried}` : ''}${early ? ` ${escapeText(early)}` : ''}`,
  ];
  return {
    key: 'flaky',
    priority: PRIORITY.flaky,
    title: `🎲 Flaky tests (${flaky.filter((entry) => entry.state === 'flaky').length})`,
    intro,
    block:
      flaky.length > 0
        ? {
            kind: 'table',
            header: ['Test', 'Suite', 'Failure rate', 'Runs', 'State', 'Quarantined', 'Issue'],
            rows: flaky.map((entry) => [
              `${escapeText(entry.name)}${entry.file ? `<br>${location(links, entry.file, entry.line)}` : ''}`,
              escapeText(entry.suite),
              `${formatPct(entry.rate * 100)} <sub>(${formatPct(entry.low * 100)}–${formatPct(entry.high * 100)})</sub>`,
              formatCount(entry.runs),
              `${flakyState(entry.state)}${earlyEvidence(entry.evidence) ? `<br><sub>${escapeText(earlyEvidence(entry.evidence) as string)}</sub>` : ''}`,
              entry.quarantined === true ? 'yes' : 'no',
              issueLink(links, entry.issueNumber),
            ]),
          }
        : undefined,
  };
}

/**
 * One row per test level: its suites, pass rate against its policy, time against its SLA, flaky
 * rate. The rows come from report.json, which a fork run can shape in comment mode: every field is
 * checked before use, every string escaped.
 */
function levelsSection(report: Report): Section | undefined {
  const rows = Array.isArray(report.levels) ? report.levels.filter((row) => row && typeof row.subject === 'string') : [];
  if (rows.length === 0) return undefined;
  const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const failing = rows.filter((row) => row.status === 'fail').length;
  return {
    key: 'levels',
    priority: PRIORITY.levels,
    title: `🧪 Test levels: ${plural(rows.length, 'level')}${failing > 0 ? `, ${failing} failing` : ''}`,
    block: {
      kind: 'table',
      header: ['Level', 'Suites', 'Pass rate', 'Policy', 'Time', 'Flaky', 'Verdict'],
      align: ['l', 'l', 'r', 'l', 'r', 'r', 'l'],
      rows: [...rows]
        .sort((a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status))
        .map((row) => {
          const tests = number(row.tests);
          const failed = number(row.failed);
          const passRate = number(row.passRate);
          const seconds = number(row.seconds);
          const budget = number(row.budget);
          const flaky = number(row.flakyRate);
          return [
            escapeText(row.subject),
            escapeText(Array.isArray(row.suites) ? row.suites.filter((suite) => typeof suite === 'string').join(', ') : ''),
            passRate === null
              ? '—'
              : `${formatPct(passRate)}${tests !== null && failed !== null ? ` (${formatCount(failed)} of ${formatCount(tests)} failed)` : ''}`,
            escapeText(row.policy),
            seconds === null
              ? '—'
              : budget !== null && budget > 0
                ? `${formatSeconds(seconds)} of ${formatSeconds(budget)} (${Math.round((seconds / budget) * 100)}%)`
                : formatSeconds(seconds),
            flaky === null ? '—' : formatPct(flaky),
            `${gateStatus(row.status)}${typeof row.reason === 'string' ? ` <sub>${escapeText(row.reason)}</sub>` : ''}`,
          ];
        }),
    },
  };
}

/**
 * Every retry: why it ran, whether it reran the failed tests alone or the whole suite (and why),
 * and how it ended, with the first test it still failed and its message. From report.json, which a
 * fork run can shape: every field is checked, every string escaped.
 */
function retriesSection(report: Report): Section | undefined {
  const rows = Array.isArray(report.retries)
    ? report.retries.filter((row) => row && typeof row.suite === 'string' && typeof row.result === 'string')
    : [];
  if (rows.length === 0) return undefined;
  const stillFailing = rows.filter((row) => row.result !== 'passed').length;
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const added = retrySentence(report);
  return {
    key: 'retries',
    priority: PRIORITY.retries,
    title: `🔂 Retries (${formatCount(rows.length)}${stillFailing > 0 ? `, ${formatCount(stillFailing)} still failing` : ''})`,
    ...(added ? { intro: [added] } : {}),
    block: {
      kind: 'table',
      header: ['Suite', 'Attempt', 'Why', 'Reran', 'Result'],
      rows: rows.map((row) => {
        const failure =
          row.failure && typeof row.failure.name === 'string'
            ? `<br><sub>${escapeText(row.failure.name)}${row.failure.message ? `: ${escapeText(firstLines(str(row.failure.message), 1, 160))}` : ''}</sub>`
            : '';
        return [
          escapeText(row.suite),
          typeof row.attempt === 'number' ? formatCount(row.attempt) : '—',
          escapeText(str(row.reason)),
          escapeText(str(row.scope)),
          `${row.result === 'passed' ? '✅' : '❌'}\u00a0${escapeText(row.result)}${failure}`,
        ];
      }),
    },
  };
}

/** Each shard of a split suite: the time the plan expected and the time it took. */
function shardsSection(report: Report): Section | undefined {
  const rows = Array.isArray(report.shards)
    ? report.shards.filter((row) => row && typeof row.suite === 'string' && typeof row.shard === 'string' && typeof row.actual === 'number')
    : [];
  if (rows.length === 0) return undefined;
  const longest = rows.reduce((most, row) => Math.max(most, row.actual), 0);
  return {
    key: 'shards',
    priority: PRIORITY.shards,
    title: `🧩 Shards: ${plural(rows.length, 'shard')}, longest ${formatSeconds(longest)}`,
    block: {
      kind: 'table',
      header: ['Suite', 'Shard', 'Expected', 'Actual'],
      align: ['l', 'l', 'r', 'r'],
      rows: rows.map((row) => [
        escapeText(row.suite),
        escapeText(row.shard),
        typeof row.expected === 'number' && Number.isFinite(row.expected) ? formatSeconds(row.expected) : '—',
        formatSeconds(row.actual),
      ]),
    },
  };
}

function determinismSection(report: Report): Section | undefined {
  // A suite with no tests (a load test repeated for perf samples) has nothing to compare: "0 of 0, 100%" says nothing.
  const measured = report.determinism.filter((entry) => entry.total > 0);
  if (measured.length === 0) return undefined;
  const worst = minOf(measured.map((entry) => entry.ratio));
  return {
    key: 'determinism',
    priority: PRIORITY.determinism,
    title: `🔁 Determinism: ${formatPct(worst * 100)} identical outcomes at worst`,
    block: {
      kind: 'table',
      header: ['Suite', 'Repeats', 'Identical outcomes', 'Ratio'],
      rows: measured
        .sort((a, b) => a.ratio - b.ratio)
        .map((entry) => [
          escapeText(entry.suite),
          formatCount(entry.repeats),
          `${formatCount(entry.identical)} of ${formatCount(entry.total)}`,
          formatPct(entry.ratio * 100),
        ]),
    },
  };
}

/** Every section of the report, in reading order (the gates table first). */
export function buildSections(report: Report): Section[] {
  const links = linksFor(report.event);
  return [
    gatesSection(report),
    failuresSection(report, links),
    problemsSection(report, links),
    impactSection(report),
    durationSection(report),
    coverageSection(report, links),
    levelsSection(report),
    perfSection(report),
    securitySection(report, links),
    flakySection(report, links),
    retriesSection(report),
    shardsSection(report),
    determinismSection(report),
  ].filter((section): section is Section => section !== undefined);
}

/** The footer line: commit, run link, duration, testops version. Every link from the trusted event. */
export function footer(report: Report, links: Links = linksFor(report.event)): string {
  // The PR's own head commit is the one its author knows; the merge commit tested is not.
  const sha = report.event.prHeadSha ?? report.event.headSha;
  const commitUrl = sha ? links.commit(sha) : undefined;
  const runUrl = links.run();
  const attempt = report.event.runAttempt;
  const parts = [
    sha ? (commitUrl ? `commit [${escapeText(shortSha(sha))}](${commitUrl})` : `commit ${escapeText(shortSha(sha))}`) : '',
    runUrl
      ? `[run ${escapeText(report.event.runId)}${Number.isInteger(attempt) && (attempt as number) > 1 ? ` (attempt ${attempt})` : ''}](${runUrl})`
      : '',
    // the run's page lists its artifacts: the bundle with report.html, when the workflow uploads it
    runUrl ? `[artifacts](${links.artifacts()})` : '',
    `took ${formatSeconds(report.duration)}${report.retryTime ? ` (retries ${formatSeconds(report.retryTime.seconds)})` : ''}`,
    // the seed replays the run: TEST_SEED=… or testops run --failed (which reads it from report.json)
    typeof report.seed === 'string' && report.seed ? `seed ${escapeText(report.seed, 'code')}` : '',
    `testops ${escapeText(report.version_testops)}`,
  ].filter(Boolean);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** A security rule, linked to its documentation when that is an https URL. */
function ruleLink(rule: string, url: unknown): string {
  const href = externalUrl(url);
  return href ? `[${escapeText(rule)}](${href})` : escapeText(rule);
}

/** "#12" linked to the flaky test's issue in this repository, or a dash. */
function issueLink(links: Links, number: number | undefined): string {
  const url = links.issue(number);
  return url ? `[#${number}](${url})` : '—';
}

/** A note for fork PRs: why the comment may come from a follow-up workflow. */
export function forkNote(report: Report): string | undefined {
  if (!report.event.isFork) return undefined;
  return 'ℹ️ This pull request comes from a fork, so this run has a read-only token: the full report is in the job summary and in the uploaded report artifact, and the PR comment is posted by a follow-up `workflow_run` job.';
}
