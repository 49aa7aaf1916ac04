import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFlakiness } from '../../src/flaky/index.js';
import { parseConfigText } from '../../src/config/load.js';
import type { EventInfo, RunsFile, SuiteRun, TestStatus } from '../../src/model.js';
import { readEarlierAttempts, recordAttempt, shouldRecordAttempt } from '../../src/pipeline/attempts.js';
import { testId } from '../../src/util/id.js';

function runs(status: TestStatus): RunsFile {
  const id = testId('unit', 'a.test.ts', undefined, 'checkout works');
  const suite: SuiteRun = {
    name: 'unit',
    selected: true,
    reasons: ['always'],
    mode: 'MOCK',
    seed: '1',
    command: 'npm test',
    status: status === 'passed' ? 'passed' : 'failed',
    exitCode: status === 'passed' ? 0 : 1,
    duration: 1,
    attempts: [],
    services: [],
    tests: [
      {
        id,
        suite: 'unit',
        file: 'a.test.ts',
        name: 'checkout works',
        status,
        flaky: false,
        duration: 0.1,
        attempts: [{ status, duration: 0.1, ...(status === 'failed' ? { message: 'socket hang up' } : {}) }],
      },
    ],
    totals: {
      tests: 1,
      passed: status === 'passed' ? 1 : 0,
      failed: status === 'failed' ? 1 : 0,
      errored: 0,
      skipped: 0,
      flaky: 0,
      attempts: 1,
      duration: 0.1,
    },
    perf: [],
    security: [],
    problems: [],
  };
  return {
    version: 1,
    startedAt: '2026-11-20T10:00:00Z',
    finishedAt: '2026-11-20T10:01:00Z',
    cancelled: false,
    seed: '1',
    suites: [suite],
  };
}

const event = (runAttempt: number): EventInfo => ({
  name: 'pull_request',
  headSha: 'abc',
  isDefaultBranch: false,
  isFork: false,
  runId: '7',
  runAttempt,
  defaultBranch: 'main',
});

describe('earlier attempts of a workflow run', () => {
  it('records a failing first attempt and every re-run, not a green first attempt', () => {
    expect(shouldRecordAttempt(runs('failed'), 1)).toBe(true);
    expect(shouldRecordAttempt(runs('passed'), 1)).toBe(false);
    expect(shouldRecordAttempt(runs('passed'), 2)).toBe(true);
  });

  it('reads back an unbroken run of attempts before the current one, oldest first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-attempts-'));
    recordAttempt(dir, runs('failed'), 1);
    recordAttempt(dir, runs('passed'), 2);
    recordAttempt(dir, runs('failed'), 4);
    writeFileSync(join(dir, 'attempt-0.json'), '{broken');
    expect(readEarlierAttempts(dir, 3).map((entry) => entry.suites[0].tests[0].status)).toEqual(['failed', 'passed']);
    // attempt 3 is missing: attempts 1–2 cannot be numbered from attempt 5
    expect(readEarlierAttempts(dir, 5).map((entry) => entry.suites[0].tests[0].status)).toEqual(['failed']);
    expect(readEarlierAttempts(join(dir, 'none'), 2)).toEqual([]);
    // a record of the right shape on top but malformed inside (a test status no version writes) is dropped
    const forged = runs('failed') as unknown as { suites: Array<{ tests: Array<{ status: string }> }> };
    forged.suites[0].tests[0].status = 'pwned';
    writeFileSync(join(dir, 'attempt-3.json'), JSON.stringify(forged));
    expect(readEarlierAttempts(dir, 4).map((entry) => entry.suites[0].tests[0].status)).toEqual([]);
  });

  it('a failure in attempt 1 and a pass on the re-run of the same tree is flaky evidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-attempts-'));
    recordAttempt(dir, runs('failed'), 1);
    const config = parseConfigText('version: 1\nsuites:\n  unit:\n    command: npm test\n', 'testops.yml').flaky;
    const withHistory = analyzeFlakiness({
      runs: runs('passed'),
      baseline: null,
      config,
      event: event(2),
      tree: 't1',
      previousAttempts: readEarlierAttempts(dir, 2),
    });
    expect(withHistory.map((entry) => [entry.name, entry.state])).toEqual([['checkout works', 'flaky']]);
    const without = analyzeFlakiness({ runs: runs('passed'), baseline: null, config, event: event(2), tree: 't1' });
    expect(without.filter((entry) => entry.state === 'flaky')).toEqual([]);
  });
});
