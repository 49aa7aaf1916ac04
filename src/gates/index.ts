/**
 * Every quality gate over one run: pure, one module per gate. The conclusion is a failure when a
 * verdict that fail-on lets block the job has failed.
 */
import { quarantinedIds } from '../flaky/analyze.js';
import type { Config } from '../config/schema.js';
import { runCoverage } from '../ingest/coverage/totals.js';
import type { Baseline, BaselineInfo, CoverageReport, FlakyEntry, Report, RunsFile, Verdict } from '../model.js';
import { baselineVerdict } from './baseline-gate.js';
import type { BaselineContext } from './context.js';
import { coverageGate, type PartialRun } from './coverage.js';
import { durationGate } from './duration.js';
import { flakinessGate } from './flakiness.js';
import { levelGate } from './levels.js';
import type { PatchCoverage } from './patch.js';
import { passRateGate } from './pass-rate.js';
import { perfGate } from './perf.js';
import { resilienceGate } from './resilience.js';
import { securityGate } from './security.js';
import { testsGate } from './tests.js';

export { coverageTotals } from '../ingest/coverage/totals.js';
export { addedLines } from './diff.js';
export { coveredFilesOnly, narrowRunsCoverage, type PartialRun, partialRun } from './coverage.js';
export { computePatchCoverage, type PatchCoverage, patchChanges, patchCoverage } from './patch.js';
export { judgeRelative, type RelativeJudgement } from './perf-rule.js';

export interface GateInput {
  runs: RunsFile;
  baseline: Baseline | null;
  baselineInfo: BaselineInfo;
  config: Config;
  patch?: PatchCoverage;
  /** the run's coverage as judged (src/pipeline/report.ts merges it once); merged from `runs` when the key is absent */
  coverage?: CoverageReport | undefined;
  /** set when some suites ran only some test files: coverage is judged over the files those tests cover */
  partial?: PartialRun;
  /** from the flaky engine; quarantined tests' failures are reported, not fatal */
  flaky: FlakyEntry[];
}

export interface GateResult {
  verdicts: Verdict[];
  coverage?: Report['coverage'];
  perf: Report['perf'];
  security: Report['security'];
  /** one row per test level that ran */
  levels: NonNullable<Report['levels']>;
  conclusion: 'success' | 'failure';
}

export function evaluateGates(input: GateInput): GateResult {
  const { runs, config } = input;
  const gates = config.gates;
  const finished = Date.parse(runs.finishedAt);
  const context: BaselineContext = {
    baseline: input.baselineInfo.status === 'ok' ? input.baseline : null,
    info: input.baselineInfo,
    requireBaseline: gates['require-baseline'],
    now: new Date(Number.isFinite(finished) ? finished : 0),
  };
  const quarantined = quarantinedIds(input.flaky);
  const ran = runs.suites.filter((suite) => suite.selected && suite.status !== 'skipped');

  const coverage = coverageGate(
    'coverage' in input ? input.coverage : runCoverage(ran),
    input.patch,
    gates.coverage,
    context,
    input.partial,
  );
  const perf = perfGate(ran, gates.perf, context);
  const security = securityGate(ran, gates.security, context);
  // level policies own their suites' failures: the tests gate and the global pass rate defer to them
  const levels = levelGate(runs.suites, config, quarantined, input.flaky);
  const verdicts: Verdict[] = [
    baselineVerdict(context),
    ...testsGate(runs.suites, quarantined, levels.rulings),
    passRateGate(ran, quarantined, gates['pass-rate'], new Set(levels.rulings.keys())),
    ...levels.verdicts,
    ...coverage.verdicts,
    ...perf.verdicts,
    ...security.verdicts,
    ...resilienceGate(ran, gates.resilience),
    flakinessGate(ran, input.flaky, gates.flakiness),
    ...durationGate(runs, gates.duration, context),
  ];
  if (runs.cancelled)
    verdicts.push({ gate: 'tests', status: 'fail', value: null, baseline: null, threshold: null, reason: 'the run was cancelled' });
  const failOn = gates['fail-on'];
  // level rows of security and adversarial suites block under fail-on: [security] too (they were security verdicts before levels)
  const blocks = (verdict: Verdict) =>
    failOn === 'all' ||
    (failOn as string[]).includes(verdict.gate) ||
    (verdict.gate === 'level' && /^(security|adversarial)\b/.test(verdict.subject ?? '') && (failOn as string[]).includes('security'));
  for (const verdict of verdicts) verdict.blocking = blocks(verdict);
  const failed = verdicts.some((verdict) => verdict.status === 'fail' && verdict.blocking);
  return {
    verdicts,
    ...(coverage.coverage ? { coverage: coverage.coverage } : {}),
    perf: perf.rows,
    security: security.summary,
    levels: levels.rows,
    conclusion: failed ? 'failure' : 'success',
  };
}
