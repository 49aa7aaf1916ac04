/**
 * The war-room log: one entry per anomaly of a run (warroom.ndjson, one JSON object a line), each
 * with its kind, priority and response time, what it concerns, the evidence (numbers, ids,
 * commits) and concrete remediation steps. Pure: the report, the runs and the baseline in, entries
 * out.
 */
import type { Baseline, Plan, Report, RunsFile, SuiteRun, TestCase } from '../model.js';
import { type AnomalyKind, CATALOGUE, looksOutOfMemory, type Priority, securityPriority, stepsForFailures } from './catalogue.js';
import { reproduceCommands } from './reproduce.js';
import { formatPct } from '../render/format.js';

export interface WarroomEntry {
  /** format version of the line */
  v: 1;
  /** when the run's report was made (ISO 8601) */
  at: string;
  kind: AnomalyKind;
  priority: Priority;
  /** the response time the runbook gives */
  respondWithin: string;
  /** one line saying what happened */
  summary: string;
  suite?: string;
  test?: string;
  testId?: string;
  service?: string;
  evidence: Record<string, string | number | boolean | string[] | number[] | null>;
  commit: string;
  branch?: string;
  pr?: number;
  runUrl?: string;
  seed?: string;
  /** concrete steps, most useful first; the last ones say what to run next */
  remediation: string[];
}

export interface WarroomInput {
  report: Report;
  runs: RunsFile;
  plan?: Plan;
  baseline?: Baseline | null;
  /** suite → the last lines of its output (the bounded attempt logs), for out-of-memory and crash messages */
  logTails?: Record<string, string>;
}

/** Thresholds of the runbook (fractions). */
export const THRESHOLDS = {
  failureSpike: 0.05,
  infrastructure: 0.5,
  flakySpike: 0.1,
  /** head ÷ base beyond which a lower-is-better metric is "over 2× slower" */
  slowdown: 2,
} as const;

const isFailure = (test: TestCase) => test.status === 'failed' || test.status === 'errored';
const pct = (fraction: number) => formatPct(fraction * 100);
const failureText = (test: TestCase) =>
  test.attempts
    .filter((attempt) => attempt.status === 'failed' || attempt.status === 'errored')
    .map((attempt) => [attempt.type, attempt.message, attempt.stack].filter(Boolean).join('\n'))
    .join('\n');

/** 128 + n is how a shell reports a child killed by signal n. */
const SIGNAL_NAMES: Record<number, string> = { 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM' };

function killedBy(suite: SuiteRun): string | undefined {
  for (const attempt of suite.attempts) {
    if (attempt.timedOut) continue;
    if (attempt.signal) return attempt.signal;
    if (attempt.exitCode !== null && attempt.exitCode > 128 && SIGNAL_NAMES[attempt.exitCode - 128])
      return SIGNAL_NAMES[attempt.exitCode - 128];
  }
  return undefined;
}

export function detectAnomalies(input: WarroomInput): WarroomEntry[] {
  const { report, runs } = input;
  const seed = input.plan?.seed ?? runs.seed;
  const base = {
    v: 1 as const,
    at: report.createdAt,
    commit: report.event.headSha,
    ...(report.event.branch ? { branch: report.event.branch } : {}),
    ...(report.event.prNumber ? { pr: report.event.prNumber } : {}),
    ...(report.runUrl ? { runUrl: report.runUrl } : {}),
    ...(seed ? { seed } : {}),
  };
  const entries: WarroomEntry[] = [];
  const add = (
    kind: AnomalyKind,
    summary: string,
    fields: Partial<Pick<WarroomEntry, 'suite' | 'test' | 'testId' | 'service'>>,
    evidence: WarroomEntry['evidence'],
    extraSteps: string[] = [],
    override?: { priority: Priority; respondWithin: string },
  ) => {
    const entry = CATALOGUE[kind];
    entries.push({
      ...base,
      kind,
      priority: override?.priority ?? entry.priority,
      respondWithin: override?.respondWithin ?? entry.respondWithin,
      summary,
      ...fields,
      evidence,
      remediation: [...extraSteps, ...entry.steps],
    });
  };
  const suites = runs.suites.filter((suite) => suite.selected);
  const reproduce = (suiteNames: string[], failedOnly: boolean) =>
    reproduceCommands({ runs, seed, suites: suiteNames, failedOnly }).map((command) => `Run next: ${command}`);

  // ── failure spike / infrastructure (whole run) ──
  // counted, not listed: a run of millions of tests would hold a list of them all
  let executed = 0;
  const failing: TestCase[] = [];
  const flakyNow: TestCase[] = [];
  for (const suite of suites)
    for (const test of suite.tests) {
      if (test.status === 'skipped') continue;
      executed++;
      if (isFailure(test)) failing.push(test);
      if (test.flaky) flakyNow.push(test);
    }
  const rate = executed > 0 ? failing.length / executed : 0;
  const failingSuites = [...new Set(failing.map((test) => test.suite))];
  if (rate > THRESHOLDS.failureSpike) {
    const texts = failing.slice(0, 2000).map(failureText);
    const evidence = {
      failing: failing.length,
      tests: executed,
      rate: pct(rate),
      threshold: pct(rate > THRESHOLDS.infrastructure ? THRESHOLDS.infrastructure : THRESHOLDS.failureSpike),
      suites: failingSuites,
      firstFailures: failing.slice(0, 5).map((test) => test.id),
    };
    const steps = [...stepsForFailures(texts), ...reproduce(failingSuites, true)];
    if (rate > THRESHOLDS.infrastructure)
      add(
        'infrastructure-failure',
        `${failing.length} of ${executed} tests failed (${pct(rate)}, over ${pct(THRESHOLDS.infrastructure)}): an infrastructure failure, not ${failing.length} broken tests`,
        {},
        evidence,
        steps,
      );
    else
      add(
        'failure-spike',
        `${failing.length} of ${executed} tests failed (${pct(rate)}, over ${pct(THRESHOLDS.failureSpike)})`,
        {},
        evidence,
        steps,
      );
  }

  for (const suite of suites) {
    const problemText = suite.problems.map((problem) => problem.message).join('\n');
    const serviceTail = [...suite.services.flatMap((service) => service.logTail ?? []), input.logTails?.[suite.name] ?? ''].join('\n');
    const testTexts = suite.tests.filter(isFailure).slice(0, 500).map(failureText);

    // ── infrastructure: runner crash, out of memory, killed ──
    const signal = killedBy(suite);
    const oom = [problemText, serviceTail, ...testTexts].some(looksOutOfMemory);
    const crashed = suite.problems.find((problem) => problem.kind === 'crash' || problem.kind === 'no-report');
    if (signal || oom || crashed) {
      const cause = oom ? 'ran out of memory' : signal ? `was killed by ${signal}` : 'crashed';
      add(
        'infrastructure-failure',
        `suite ${suite.name} ${cause}${crashed ? `: ${crashed.message}` : ''}`,
        { suite: suite.name },
        {
          cause: oom ? 'out-of-memory' : signal ? 'killed' : 'runner-crash',
          signal: signal ?? null,
          exitCode: suite.exitCode,
          attempts: suite.attempts.length,
          problems: suite.problems.map((problem) => `${problem.kind}: ${problem.message}`),
        },
        [
          ...(oom ? stepsForFailures([problemText, serviceTail, ...testTexts].filter(looksOutOfMemory), 1) : []),
          ...reproduce([suite.name], false),
        ],
      );
    }

    // ── timeout ──
    const timedOut = suite.attempts.filter((attempt) => attempt.timedOut);
    if (suite.status === 'timeout' || timedOut.length > 0)
      add(
        'timeout',
        `suite ${suite.name} was stopped at its timeout${timedOut.length > 1 ? ` in ${timedOut.length} attempts` : ''}`,
        { suite: suite.name },
        {
          attempts: suite.attempts.length,
          timedOutAttempts: timedOut.map((attempt) => attempt.index),
          duration: Number(suite.duration.toFixed(3)),
          budget: suite.budget ?? null,
          lastTests: suite.tests.slice(-3).map((test) => test.name),
        },
        [...stepsForFailures(testTexts, 2), ...reproduce([suite.name], false)],
      );

    // ── services ──
    for (const service of suite.services) {
      const tail = (service.logTail ?? []).slice(-20);
      if (!service.ready)
        add(
          'service-not-ready',
          `service ${service.name} of suite ${suite.name} never became ready`,
          { suite: suite.name, service: service.name },
          { command: service.command, exitCode: service.exitCode ?? null, died: service.died ?? false, logTail: tail },
          stepsForFailures([tail.join('\n')], 2),
        );
      else if (service.died)
        add(
          'service-crashed',
          `service ${service.name} of suite ${suite.name} exited while the suite ran${service.exitCode !== undefined ? ` (exit ${service.exitCode})` : ''}`,
          { suite: suite.name, service: service.name },
          { command: service.command, exitCode: service.exitCode ?? null, readyAfter: service.readyAfter ?? null, logTail: tail },
          stepsForFailures([tail.join('\n')], 2),
        );
    }

    // ── leaked processes ──
    const leaked = suite.attempts.filter((attempt) => (attempt.leaked?.length ?? 0) > 0);
    if (leaked.length > 0) {
      const processes = [...new Set(leaked.flatMap((attempt) => attempt.leaked ?? []))];
      add(
        'leaked-process',
        `suite ${suite.name} left ${processes.length} process(es) running after its command ended`,
        { suite: suite.name },
        { attempts: leaked.map((attempt) => attempt.index), processes: processes.slice(0, 20), command: suite.command },
      );
    }

    // ── determinism ──
    if (suite.determinism && suite.determinism.ratio < 1) {
      const differing = suite.tests.filter((test) => test.nondeterministic);
      add(
        'determinism-break',
        `suite ${suite.name}: ${suite.determinism.total - suite.determinism.identical} of ${suite.determinism.total} tests gave different outcomes across ${suite.determinism.repeats} repeats with seed ${suite.seed}`,
        { suite: suite.name },
        {
          repeats: suite.determinism.repeats,
          identical: suite.determinism.identical,
          total: suite.determinism.total,
          ratio: Number(suite.determinism.ratio.toFixed(4)),
          tests: differing.slice(0, 10).map((test) => test.id),
        },
        [...stepsForFailures(differing.slice(0, 200).map(failureText), 2), ...reproduce([suite.name], false)],
      );
    }
  }

  // ── flakiness ──
  const flakeRate = executed > 0 ? flakyNow.length / executed : 0;
  if (flakeRate > THRESHOLDS.flakySpike)
    add(
      'flaky-spike',
      `${flakyNow.length} of ${executed} tests flaked in this run (${pct(flakeRate)}, over ${pct(THRESHOLDS.flakySpike)})`,
      {},
      {
        flaky: flakyNow.length,
        tests: executed,
        rate: pct(flakeRate),
        threshold: pct(THRESHOLDS.flakySpike),
        flakyTests: flakyNow.slice(0, 10).map((test) => test.id),
      },
      stepsForFailures(flakyNow.slice(0, 500).map(failureText)),
    );
  const baselineTests = input.baseline?.tests ?? {};
  for (const test of flakyNow.slice(0, 100)) {
    const history = baselineTests[test.id]?.history ?? [];
    const flakedBefore = history.some((entry) => entry.failures > 0 && entry.status === 'passed');
    if (flakedBefore) continue;
    const entry = report.flaky.find((flaky) => flaky.id === test.id);
    add(
      'new-flaky-test',
      `${test.suite} › ${test.name} failed and then passed in this run, with no flaky history before`,
      { suite: test.suite, test: test.name, testId: test.id },
      {
        attempts: test.attempts.map((attempt) => attempt.status).join(' → '),
        runsInHistory: history.length,
        file: test.file ? `${test.file}${test.line ? `:${test.line}` : ''}` : null,
        ...(entry ? { rate: pct(entry.rate), interval: `${pct(entry.low)}–${pct(entry.high)}`, issue: entry.issueUrl ?? null } : {}),
      },
      [...stepsForFailures([failureText(test)], 2), ...reproduce([test.suite], false)],
    );
  }

  // ── performance ──
  for (const row of report.perf) {
    const ratio = row.base && row.base !== 0 ? row.head / row.base : null;
    const known = input.baseline?.perf[row.scenario]?.[row.metric]?.biggerIsBetter;
    const lowerIsBetter = known === undefined ? !/throughput|rps|ops|per_?s/i.test(row.metric) : !known;
    const slower = ratio !== null && (lowerIsBetter ? ratio > THRESHOLDS.slowdown : ratio < 1 / THRESHOLDS.slowdown);
    if (!slower && row.status !== 'fail') continue;
    add(
      'perf-degradation',
      `${row.scenario} ${row.metric}: ${row.head} ${row.unit} against ${row.base ?? 'no baseline'}${ratio !== null ? ` (${ratio.toFixed(2)}×)` : ''}${row.status === 'fail' ? ', perf gate failed' : ''}`,
      {},
      {
        scenario: row.scenario,
        metric: row.metric,
        head: row.head,
        base: row.base,
        ratio: ratio === null ? null : Number(ratio.toFixed(3)),
        gate: row.status,
        rule: row.rule ?? null,
        baselineCommit: report.baseline.provenance?.commit ?? null,
      },
    );
  }

  // ── coverage ──
  const coverageGates = report.gates.filter(
    (gate) => (gate.gate === 'coverage' || gate.gate === 'patch-coverage') && gate.status === 'fail',
  );
  if (coverageGates.length > 0 && report.coverage) {
    const totals = report.coverage.totals.lines.pct;
    const before = report.coverage.baseline?.lines.pct;
    add(
      'coverage-drop',
      coverageGates.map((gate) => `${gate.gate}: ${gate.reason}`).join('; '),
      {},
      {
        lines: totals === null ? null : Number(totals.toFixed(2)),
        baseline: before === undefined || before === null ? null : Number(before.toFixed(2)),
        patch: report.coverage.patch?.pct ?? null,
        files: report.coverage.drops.slice(0, 5).map((drop) => `${drop.path} ${drop.before.toFixed(1)}% → ${drop.after.toFixed(1)}%`),
        baselineCommit: report.baseline.provenance?.commit ?? null,
      },
      (report.coverage.patch?.files ?? [])
        .filter((file) => file.missing.length > 0)
        .slice(0, 5)
        .map((file) => `Cover ${file.path} lines ${file.missing.slice(0, 12).join(', ')}${file.missing.length > 12 ? ' …' : ''}`),
    );
  }

  // ── security ──
  for (const finding of report.security.newFindings.slice(0, 100)) {
    add(
      'new-security-finding',
      `${finding.severity} ${finding.tool} finding ${finding.rule}${finding.file ? ` in ${finding.file}${finding.line ? `:${finding.line}` : ''}` : ''}${finding.package ? ` (${finding.package})` : ''}`,
      {},
      {
        fingerprint: finding.fingerprint,
        rule: finding.rule,
        severity: finding.severity,
        tool: finding.tool,
        message: finding.message.slice(0, 500),
        location: finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}` : null,
        url: finding.url ?? null,
      },
      finding.package ? [`Upgrade or replace ${finding.package} (npm audit fix, or pin a fixed version).`] : [],
      securityPriority(finding.severity),
    );
  }

  return entries.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}

const PRIORITY_ORDER: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function toNdjson(entries: WarroomEntry[]): string {
  return entries.map((entry) => JSON.stringify(entry)).join('\n') + (entries.length > 0 ? '\n' : '');
}
