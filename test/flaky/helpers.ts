import { configSchema } from '../../src/config/schema.js';
import type { FlakyConfig } from '../../src/config/schema.js';
import type { Attempt, Baseline, EventInfo, RunsFile, SuiteRun, TestCase, TestHistoryEntry } from '../../src/model.js';
import { testId } from '../../src/util/id.js';

/** The flaky section exactly as the config loader produces it, with overrides. */
export function flakyConfig(overrides: Record<string, unknown> = {}): FlakyConfig {
  return configSchema.parse({ version: 1, suites: { unit: { command: 'true' } }, flaky: overrides }).flaky;
}

const pass: Attempt = { status: 'passed', duration: 0.1 };
const fail = (message = 'expected 1 to be 2'): Attempt => ({
  status: 'failed',
  duration: 0.1,
  message,
  stack: `AssertionError: ${message}\n    at test.ts:3:5`,
});

/** A test case from an outcome string: "p" passed, "f" failed, "fp" failed then passed on retry. */
export function testCase(
  name: string,
  outcomes: string,
  options: { suite?: string; message?: string; file?: string; line?: number } = {},
): TestCase {
  const suite = options.suite ?? 'unit';
  const attempts = [...outcomes].map((outcome) => (outcome === 'p' ? pass : fail(options.message)));
  const status = attempts[attempts.length - 1].status;
  return {
    id: testId(suite, options.file ?? 'test/a.test.ts', undefined, name),
    suite,
    file: options.file ?? 'test/a.test.ts',
    line: options.line ?? 7,
    name,
    status,
    attempts,
    flaky: status === 'passed' && attempts.some((attempt) => attempt.status === 'failed'),
    duration: attempts.length * 0.1,
  };
}

export function suiteRun(name: string, tests: TestCase[]): SuiteRun {
  return {
    name,
    selected: true,
    reasons: [],
    mode: 'MOCK',
    seed: '1',
    command: 'npm test',
    status: tests.some((test) => test.status === 'failed') ? 'failed' : 'passed',
    exitCode: 0,
    duration: 1,
    attempts: [],
    services: [],
    tests,
    totals: { tests: tests.length, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 },
    perf: [],
    security: [],
    problems: [],
  };
}

export function runsFile(suites: SuiteRun[], at = '2026-03-01T10:00:00.000Z'): RunsFile {
  return { version: 1, startedAt: at, finishedAt: at, cancelled: false, seed: '1', suites };
}

export function event(overrides: Partial<EventInfo> = {}): EventInfo {
  return {
    name: 'push',
    repo: { owner: 'acme', repo: 'app' },
    branch: 'main',
    defaultBranch: 'main',
    headSha: 'f'.repeat(40),
    isDefaultBranch: true,
    isFork: false,
    runId: '9000',
    runAttempt: 1,
    serverUrl: 'https://github.com',
    ...overrides,
  };
}

/** History entries from an outcome list, one per run, oldest first: "p", "f" or "fp" (failed then passed). */
export function history(
  outcomes: string[],
  options: { start?: number; branch?: string; infra?: boolean[]; tree?: (index: number) => string } = {},
): TestHistoryEntry[] {
  const start = options.start ?? Date.parse('2026-01-01T00:00:00Z');
  return outcomes.map((outcome, index) => {
    const failures = [...outcome].filter((char) => char === 'f').length;
    return {
      commit: `c${(index + (options.start ? 5000 : 0)).toString(16).padStart(7, '0')}`,
      ...(options.tree ? { tree: options.tree(index) } : {}),
      runId: String(1000 + index + (options.start ? 5000 : 0)),
      runAttempt: 1,
      branch: options.branch ?? 'main',
      at: new Date(start + index * 3_600_000).toISOString(),
      status: outcome.endsWith('p') ? 'passed' : 'failed',
      attempts: outcome.length,
      failures,
      ...(options.infra?.[index] ? { infra: true } : {}),
      ...(failures ? { message: 'expected 1 to be 2' } : {}),
    };
  });
}

export function baselineWith(tests: Record<string, { suite?: string; name: string; history: TestHistoryEntry[] }>): Baseline {
  return {
    schemaVersion: 1,
    provenance: { commit: 'c0', branch: 'main', createdAt: '2026-01-01T00:00:00Z', schemaVersion: 1 },
    perf: {},
    tests: Object.fromEntries(
      Object.entries(tests).map(([id, value]) => [id, { suite: value.suite ?? 'unit', name: value.name, history: value.history }]),
    ),
    suiteDurations: {},
    totalDurations: [],
    findings: [],
  };
}

export const repeat = (outcome: string, count: number) => Array.from({ length: count }, () => outcome);
