/**
 * The `level` gate: one verdict per test level that ran (security, adversarial, integration, smoke,
 * unit, …), judged by the level's policy (levels:, defaults from the runbooks): pass rate against
 * its threshold, total time against its SLA, flaky rate, with the suites that make it up. A suite
 * with its own `policy:` gets a row of its own.
 *
 * A policy with a judge (must-pass, max-failure-rate or pass-rate) owns its suites' test failures:
 * the tests gate and the global pass rate defer to it, so an adversarial suite within its tolerance
 * fails nothing. A suite without a level, or whose level has no judge, is judged by the global
 * gates as before.
 */
import type { Config, GatesConfig } from '../config/schema.js';
import type { LevelPolicy } from '../config/sections/level-policy.js';
import { DEFAULT_LEVEL_POLICIES, type LevelName } from '../config/sections/levels.js';
import type { FlakyEntry, GateStatus, LevelRow, SuiteRun, Verdict } from '../model.js';
import { formatPct, formatSeconds } from '../render/format.js';
import { percent } from './context.js';

const RANK: Record<GateStatus, number> = { skipped: 0, pass: 1, warn: 2, fail: 3 };
const worst = (statuses: GateStatus[]): GateStatus => statuses.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'pass' as GateStatus);
const isFailure = (status: string) => status === 'failed' || status === 'errored';
/** the runbook's flaky-rate target: warn above 2 % of a level's tests */
const DEFAULT_FLAKY_WARN = 2;

/** How a level judged the test failures of one suite, for the tests gate to defer to. */
export interface LevelRuling {
  status: GateStatus;
  /** "judged by the adversarial level: 2 of 20 failed, within the 15% tolerance" */
  reason: string;
}

export interface LevelGateResult {
  verdicts: Verdict[];
  /** suite name → the ruling of the level that owns its failures */
  rulings: Map<string, LevelRuling>;
  /** the same judgements as numbers, for the report's levels table */
  rows: LevelRow[];
}

const hasJudge = (policy: LevelPolicy): boolean =>
  policy['must-pass'] === true || policy['max-failure-rate'] !== undefined || policy['pass-rate'] !== undefined;

function withoutJudge(policy: LevelPolicy): LevelPolicy {
  const { 'must-pass': _mustPass, 'max-failure-rate': _maxFailureRate, 'pass-rate': _passRate, ...rest } = policy;
  return rest;
}

/** Fields given replace the base's; a judge given replaces the base's judge; flaky-rate merges. */
export function mergePolicy(base: LevelPolicy | undefined, override: LevelPolicy | undefined): LevelPolicy | undefined {
  if (!override) return base;
  if (!base) return override;
  const kept = hasJudge(override) ? withoutJudge(base) : base;
  const flaky = base['flaky-rate'] || override['flaky-rate'] ? { ...base['flaky-rate'], ...override['flaky-rate'] } : undefined;
  return { ...kept, ...override, ...(flaky ? { 'flaky-rate': flaky } : {}) };
}

/** The policy of a level: the config's (merged over the default), else the runbooks' default. */
export function levelPolicy(level: LevelName, config: Config): LevelPolicy | undefined {
  const defaults: LevelPolicy | undefined =
    level === 'adversarial' ? { 'max-failure-rate': config.gates.security['adversarial-max-failure-rate'] } : DEFAULT_LEVEL_POLICIES[level];
  return mergePolicy(defaults, config.levels[level]);
}

function thresholdText(policy: LevelPolicy): string {
  const parts: string[] = [];
  if (policy['must-pass']) parts.push('must pass');
  if (policy['max-failure-rate'] !== undefined) parts.push(`≤ ${policy['max-failure-rate']}% failed`);
  const passRate = policy['pass-rate'];
  if (passRate)
    parts.push(
      passRate.warn !== undefined && passRate.warn > passRate.fail
        ? `pass rate warn < ${passRate.warn}%, fail < ${passRate.fail}%`
        : `pass rate ≥ ${passRate.fail}%`,
    );
  if (policy.budget !== undefined) parts.push(`SLA ${formatSeconds(policy.budget)}`);
  return parts.length > 0 ? parts.join(' · ') : 'no policy';
}

interface Group {
  level: LevelName;
  /** set when the group is one suite with its own policy */
  suite?: string;
  suites: SuiteRun[];
  policy: LevelPolicy;
}

function judgeGroup(
  group: Group,
  quarantined: ReadonlySet<string>,
  flakyIds: ReadonlySet<string>,
  durations: GatesConfig['duration'],
): { verdict: Verdict; row: LevelRow; ruling?: LevelRuling } {
  const { policy, level } = group;
  const mustPass = policy['must-pass'] === true;
  // counted in one pass, no list: a run may hold millions of tests
  let ran = 0;
  let flakyTests = 0;
  let counted = 0;
  let failed = 0;
  for (const suite of group.suites)
    for (const test of suite.tests) {
      if (test.status === 'skipped') continue;
      ran++;
      if (test.flaky || test.nondeterministic || flakyIds.has(test.id)) flakyTests++;
      // quarantine excuses a known-flaky failure, except where every test must pass
      if (!mustPass && quarantined.has(test.id)) continue;
      counted++;
      if (isFailure(test.status)) failed++;
    }
  const passed = counted - failed;
  const passPct = counted > 0 ? (passed / counted) * 100 : null;
  const failPct = counted > 0 ? (failed / counted) * 100 : 0;
  const name = group.suite ? `the ${level} policy of ${group.suite}` : `the ${level} level`;
  const judged: Array<{ status: GateStatus; text: string }> = [];

  if (mustPass) {
    const broken = group.suites.filter((suite) => suite.status !== 'passed' || (suite.exitCode !== null && suite.exitCode !== 0));
    if (failed > 0)
      judged.push({
        status: 'fail',
        text: `${failed} of ${counted} failed; every ${level} test must pass (quarantine does not apply)`,
      });
    else if (broken.length > 0)
      judged.push({
        status: 'fail',
        text: `${broken.map((suite) => `${suite.name} ${suite.status}${suite.exitCode ? ` (exit code ${suite.exitCode})` : ''}`).join(', ')}; ${level} suites must pass`,
      });
    else judged.push({ status: 'pass', text: counted > 0 ? `all ${counted} passed` : 'passed' });
  }
  const maxFailureRate = policy['max-failure-rate'];
  if (maxFailureRate !== undefined) {
    if (counted === 0) judged.push({ status: 'skipped', text: 'no test results' });
    else if (failPct > maxFailureRate)
      judged.push({
        status: 'fail',
        text: `${failed} of ${counted} failed (${formatPct(failPct)}), over the ${maxFailureRate}% tolerance`,
      });
    else
      judged.push({
        status: 'pass',
        text: failed > 0 ? `${failed} of ${counted} failed, within the ${maxFailureRate}% tolerance` : `all ${counted} passed`,
      });
  }
  const passRate = policy['pass-rate'];
  if (passRate && passPct !== null) {
    const warnAt = passRate.warn ?? passRate.fail;
    const status: GateStatus = passPct < passRate.fail ? 'fail' : passPct < warnAt ? 'warn' : 'pass';
    const level =
      status === 'fail'
        ? `under the ${passRate.fail}% required`
        : status === 'warn'
          ? `under the ${warnAt}% warning level`
          : `at or above ${warnAt}%`;
    judged.push({ status, text: `${passed} of ${counted} passed (${formatPct(passPct)}), ${level}` });
  } else if (passRate) judged.push({ status: 'skipped', text: 'no test results' });
  const judge = judged.length > 0 ? worst(judged.map((entry) => entry.status)) : undefined;
  if (!judge && counted > 0) judged.push({ status: 'pass', text: `${passed} of ${counted} passed` });

  // the level's total time against its SLA
  const seconds = group.suites.reduce((sum, suite) => sum + suite.duration, 0);
  if (policy.budget !== undefined && policy.budget > 0) {
    const share = (seconds / policy.budget) * 100;
    const status: GateStatus = share > durations.fail ? 'fail' : share > durations.warn ? 'warn' : 'pass';
    judged.push({ status, text: `took ${formatSeconds(seconds)} of its ${formatSeconds(policy.budget)} SLA (${Math.round(share)}%)` });
  } else judged.push({ status: 'pass', text: `took ${formatSeconds(seconds)}` });

  // flaky rate: this run's evidence (a retry that passed, a repeat that differed) and the flaky engine's verdicts
  let flakyRate: number | null = null;
  if (ran > 0) {
    const pct = (flakyTests / ran) * 100;
    flakyRate = pct;
    const warnAt = policy['flaky-rate']?.warn ?? DEFAULT_FLAKY_WARN;
    const failAt = policy['flaky-rate']?.fail;
    const status: GateStatus = failAt !== undefined && pct > failAt ? 'fail' : pct > warnAt ? 'warn' : 'pass';
    judged.push({
      status,
      text: `flaky ${formatPct(pct)}${status === 'fail' ? `, over ${failAt}%` : status === 'warn' ? `, over ${warnAt}%` : ''}`,
    });
  }
  const status = worst(judged.map((entry) => entry.status).filter((entry) => entry !== 'skipped'));
  const suites = group.suites.map((suite) => suite.name);
  const verdict: Verdict = {
    gate: 'level',
    subject: group.suite ? `${level} › ${group.suite}` : level,
    status: judged.every((entry) => entry.status === 'skipped') ? 'skipped' : status,
    value: passPct === null ? null : percent(passPct),
    baseline: null,
    threshold: { text: thresholdText(policy) },
    reason: `${judged.map((entry) => entry.text).join('; ')} — ${suites.length === 1 ? 'suite' : 'suites'} ${suites.join(', ')}`,
  };
  const row: LevelRow = {
    subject: verdict.subject as string,
    suites,
    tests: counted,
    failed,
    passRate: passPct,
    policy: thresholdText(policy),
    seconds,
    ...(policy.budget !== undefined ? { budget: policy.budget } : {}),
    flakyRate,
    status: verdict.status,
    reason: judged.map((entry) => entry.text).join('; '),
  };
  if (!judge) return { verdict, row };
  // the judge's findings come first in `judged`
  return { verdict, row, ruling: { status: judge, reason: `judged by ${name}: ${judged[0].text}` } };
}

export function levelGate(suites: SuiteRun[], config: Config, quarantined: ReadonlySet<string>, flaky: FlakyEntry[]): LevelGateResult {
  const ran = suites.filter((suite) => suite.selected && suite.status !== 'skipped' && suite.level !== undefined);
  const flakyIds = new Set(flaky.filter((entry) => entry.state === 'flaky').map((entry) => entry.id));
  const groups = new Map<string, Group>();
  for (const suite of ran) {
    const level = suite.level as LevelName;
    const base = levelPolicy(level, config) ?? {};
    const own = config.suites[suite.name]?.policy;
    const key = own ? `${level} › ${suite.name}` : level;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { level, ...(own ? { suite: suite.name } : {}), suites: [], policy: mergePolicy(base, own) ?? {} }));
    group.suites.push(suite);
  }
  const verdicts: Verdict[] = [];
  const rows: LevelRow[] = [];
  const rulings = new Map<string, LevelRuling>();
  for (const group of groups.values()) {
    const judged = judgeGroup(group, quarantined, flakyIds, config.gates.duration);
    verdicts.push(judged.verdict);
    rows.push(judged.row);
    if (judged.ruling) for (const suite of group.suites) rulings.set(suite.name, judged.ruling);
  }
  return { verdicts, rulings, rows };
}
