import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunsFile, SuiteRun, TestCase } from '../../src/model.js';
import { writeRunsJson } from '../../src/runner/runs-json.js';
import { totalsOf } from '../../src/runner/combine.js';
import { Redactor } from '../../src/util/redact.js';
import { cleanTempDirs, tempDir } from './helpers.js';

afterEach(cleanTempDirs);

const test = (i: number, message?: string): TestCase => ({
  id: `id${i}`,
  suite: 'unit',
  file: `tests/t${i % 10}.py`,
  classname: 'pkg.Class',
  name: `test ${i} "quoted" \\ back\nline`,
  status: message ? 'failed' : 'passed',
  duration: i / 1000,
  flaky: false,
  attempts: [{ status: message ? 'failed' : 'passed', duration: i / 1000, run: 0, ...(message ? { message } : {}) }],
});

const suite = (name: string, tests: TestCase[]): SuiteRun => ({
  name,
  selected: true,
  reasons: ['full run'],
  mode: 'MOCK',
  seed: '1',
  command: 'true',
  status: 'passed',
  exitCode: 0,
  duration: 1,
  attempts: [],
  services: [],
  tests,
  totals: totalsOf(tests),
  perf: [],
  security: [],
  problems: [],
});

const runsOf = (suites: SuiteRun[]): RunsFile => ({
  version: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
  cancelled: false,
  seed: '1',
  suites,
});

describe('runs.json written as a stream', () => {
  it('is the same JSON as the redacted runs, secrets (known values, shapes, in keys) replaced', () => {
    const redactor = new Redactor();
    redactor.add('hunter2-secret-value');
    const token = `ghp_${'a'.repeat(36)}`;
    const tests = Array.from({ length: 4_500 }, (_, i) => test(i, i === 4_321 ? `login with ${token} failed` : undefined));
    (tests[17] as TestCase).attempts[0] = { status: 'failed', duration: 0, message: 'password hunter2-secret-value leaked' };
    (tests[18] as TestCase & { properties?: Record<string, string> }).properties = { [token]: 'as a key' };
    const runs = runsOf([suite('empty', []), suite('unit', tests), suite('more', [test(1)])]);
    const path = join(tempDir(), 'out', 'runs.json');
    writeRunsJson(path, runs, redactor);
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(redactor.deep(runs))));
    expect(text).not.toContain('hunter2-secret-value');
    expect(text).not.toContain(token);
    expect(text.split('\n').length).toBeGreaterThan(4_500);
  });

  it('a known value JSON would escape (a quote in it) is still found', () => {
    const redactor = new Redactor();
    redactor.add('pa"ss\\word-1234');
    const runs = runsOf([suite('unit', [test(1, 'got pa"ss\\word-1234 back')])]);
    const path = join(tempDir(), 'runs.json');
    writeRunsJson(path, runs, redactor);
    expect(readFileSync(path, 'utf8')).not.toContain('word-1234');
    expect(JSON.parse(readFileSync(path, 'utf8')).suites[0].tests[0].attempts[0].message).toBe('got [redacted] back');
  });

  it('writes a suite of a million tests without making one string of it', () => {
    const tests = Array.from({ length: 1_000_000 }, (_, i) => test(i));
    const path = join(tempDir(), 'runs.json');
    writeRunsJson(path, runsOf([suite('big', tests)]), new Redactor());
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as RunsFile;
    expect(parsed.suites[0]?.tests).toHaveLength(1_000_000);
    expect(parsed.suites[0]?.tests[999_999]?.name).toBe(tests[999_999]?.name);
  });
});
