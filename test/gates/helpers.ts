/** Builders of real-shaped run data for gate tests; config goes through the real loader. */
import { parseConfigText } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { coverageTotals } from '../../src/ingest/coverage/totals.js';
import type { BaselineContext } from '../../src/gates/context.js';
import type {
  Baseline,
  BaselineInfo,
  CoverageReport,
  FileCoverage,
  RunsFile,
  SuiteRun,
  TestCase,
  TestStatus,
  Verdict,
} from '../../src/model.js';
import { formatBaselineFigure, formatFigure, formatThreshold } from '../../src/render/quantity.js';
import { testId } from '../../src/util/id.js';

export function config(gatesYaml = ''): Config {
  const indented = gatesYaml
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return parseConfigText(`version: 1\nsuites:\n  unit:\n    command: npm test\n${gatesYaml ? `gates:\n${indented}\n` : ''}`, 'testops.yml');
}

export function test(
  name: string,
  status: TestStatus,
  options: { suite?: string; flaky?: boolean; file?: string; duration?: number } = {},
): TestCase {
  const suite = options.suite ?? 'unit';
  const attempts = options.flaky
    ? [
        { status: 'failed' as const, duration: 0.1, message: 'boom' },
        { status: 'passed' as const, duration: 0.1 },
      ]
    : [{ status, duration: options.duration ?? 0.1, ...(status === 'failed' ? { message: `${name} failed` } : {}) }];
  return {
    id: testId(suite, options.file, undefined, name),
    suite,
    name,
    ...(options.file ? { file: options.file } : {}),
    status: options.flaky ? 'passed' : status,
    attempts,
    flaky: options.flaky ?? false,
    duration: attempts.reduce((sum, attempt) => sum + attempt.duration, 0),
  };
}

/** n tests of which the first `failed` fail and the next `flaky` passed on a retry. */
export function tests(n: number, failed = 0, flaky = 0, suite = 'unit'): TestCase[] {
  return Array.from({ length: n }, (_, index) =>
    test(`t${index}`, index < failed ? 'failed' : 'passed', { suite, flaky: index >= failed && index < failed + flaky }),
  );
}

export function suite(overrides: Partial<SuiteRun> & { tests?: TestCase[] } = {}): SuiteRun {
  const list = overrides.tests ?? [];
  const count = (status: TestStatus) => list.filter((entry) => entry.status === status).length;
  const failing = count('failed') + count('errored') > 0;
  return {
    name: 'unit',
    selected: true,
    reasons: ['always'],
    mode: 'MOCK',
    seed: '1',
    command: 'npm test',
    status: failing ? 'failed' : 'passed',
    exitCode: failing ? 1 : 0,
    duration: 10,
    attempts: [],
    services: [],
    perf: [],
    security: [],
    problems: [],
    ...overrides,
    tests: list,
    totals: {
      tests: list.length,
      passed: count('passed'),
      failed: count('failed'),
      errored: count('errored'),
      skipped: count('skipped'),
      flaky: list.filter((entry) => entry.flaky).length,
      attempts: list.reduce((sum, entry) => sum + entry.attempts.length, 0),
      duration: 0,
    },
  };
}

export function runs(suites: SuiteRun[], seconds = 60): RunsFile {
  return {
    version: 1,
    startedAt: '2026-11-20T10:00:00.000Z',
    finishedAt: new Date(Date.parse('2026-11-20T10:00:00.000Z') + seconds * 1000).toISOString(),
    cancelled: false,
    seed: '1',
    suites,
  };
}

/** A coverage report with `covered` of `total` lines covered in one file. */
export function coverage(covered: number, total: number, path = 'src/a.ts', branches?: [number, number]): CoverageReport {
  const files: FileCoverage[] = [
    {
      path,
      lines: Array.from({ length: total }, (_, index) => [index + 1, index < covered ? 1 : 0] as [number, number]),
      branches: branches ? [[1, branches[0], branches[1]]] : [],
    },
  ];
  return { kind: 'coverage', format: 'lcov', file: 'lcov.info', files, totals: coverageTotals(files) };
}

export function baseline(overrides: Partial<Baseline> = {}): Baseline {
  return {
    schemaVersion: 1,
    provenance: {
      commit: 'abc1234def5678',
      branch: 'main',
      runId: '42',
      runAttempt: 1,
      createdAt: '2026-11-18T10:00:00.000Z',
      schemaVersion: 1,
    },
    perf: {},
    tests: {},
    suiteDurations: {},
    totalDurations: [],
    findings: [],
    ...overrides,
  };
}

export const OK: BaselineInfo = { status: 'ok' };
export const MISSING: BaselineInfo = { status: 'missing', reason: 'no baseline: nothing was restored from the cache' };

export function context(base: Baseline | null, requireBaseline = false): BaselineContext {
  return {
    baseline: base,
    info: base ? { status: 'ok', provenance: base.provenance } : MISSING,
    requireBaseline,
    now: new Date('2026-11-20T10:01:00.000Z'),
  };
}

/** A verdict's numbers as the report shows them (src/render/quantity.ts), at the context's time. */
export function shown(verdict: Verdict | undefined, now = context(null).now.toISOString()): Record<string, unknown> | undefined {
  if (!verdict) return undefined;
  return {
    ...verdict,
    value: formatFigure(verdict.value, verdict.threshold),
    baseline: verdict.baseline ? formatBaselineFigure(verdict.baseline, now, verdict.threshold) : null,
    threshold: verdict.threshold ? formatThreshold(verdict.threshold) : null,
  };
}
