import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configProblems, findConfig, loadConfig, parseConfigText } from '../../src/config/load.js';

const LABEL = '.github/testops.yml';
const suite = (extra: string) => `version: 1\nsuites:\n  unit:\n    command: npm test\n${extra}`;

function errorOf(text: string): string {
  try {
    parseConfigText(text, LABEL);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}

describe('config errors are one line naming the file, field, expectation and value', () => {
  it.each([
    [suite('    budget: fast\n'), `${LABEL}: suites.unit.budget: expected a duration like "90s" or "2m", got "fast"`],
    [suite('    mode: LIVE\n'), `${LABEL}: suites.unit.mode: expected one of "MOCK", "GOLDEN", "LIVE_SMOKE", got "LIVE"`],
    [suite('    needs: [nope]\n'), `${LABEL}: suites.unit.needs[0]: expected the name of a suite (unit), got "nope"`],
    [suite('    retries: -1\n'), `${LABEL}: suites.unit.retries: expected at least 0, got -1`],
    ['version: 2\nsuites:\n  unit:\n    command: x\n', `${LABEL}: version: expected 1, got 2`],
    ['version: 1\nsuites: {}\n', `${LABEL}: suites: expected at least one suite`],
    [
      suite('    reports: { perf: { format: k7, path: load.json } }\n'),
      `${LABEL}: suites.unit.reports.perf.format: expected one of "auto", "k6", "k6-summary-export", "k6-handle-summary", "locust", "autocannon", "benchmark", got "k7"`,
    ],
    [
      `${suite('')}gates:\n  perf: { p95: "15%" }\n`,
      `${LABEL}: gates.perf.p95: expected a change against the baseline like "+15%" or a time like "< 500ms" (a percentage without a sign is not a latency), got "15%"`,
    ],
    [
      `${suite('')}gates:\n  perf: { error-rate: "< 5ms" }\n`,
      `${LABEL}: gates.perf.error-rate: expected a share like "< 1%" or a change like "+50%", not a time, got "< 5ms"`,
    ],
    [
      `${suite('')}gates:\n  perf: { scenarios: { checkout: { throughput: ["-5%", "> 20%"] } } }\n`,
      `${LABEL}: gates.perf.scenarios.checkout.throughput[1]: expected a change like "-5%" or a rate per second like "> 200", not a time or a percentage, got "> 20%"`,
    ],
    [
      suite('    services: [{ name: db, command: run-db, ready: "ftp://127.0.0.1" }]\n'),
      `${LABEL}: suites.unit.services[0].ready: expected an http(s):// URL, tcp://host:port or a shell command, not the scheme "ftp", got "ftp://127.0.0.1"`,
    ],
    [
      suite('    services: [{ name: db, command: run-db, ready: "localhost:5432" }]\n'),
      `${LABEL}: suites.unit.services[0].ready: expected tcp://localhost:5432 or http://localhost:5432/… (an address needs its scheme), got "localhost:5432"`,
    ],
    [
      suite('    services: [{ name: db, command: run-db, ready: "tcp://localhost" }]\n'),
      `${LABEL}: suites.unit.services[0].ready: expected tcp://host:port with a port from 1 to 65535, e.g. tcp://127.0.0.1:5432, got "tcp://localhost"`,
    ],
  ])('%#', (text, expected) => {
    const message = errorOf(text);
    expect(message).toBe(expected);
    expect(message).not.toContain('\n');
  });

  it('suggests the right name for a misspelt field', () => {
    expect(errorOf('version: 1\nsuites:\n  unit:\n    comand: npm test\n')).toMatch(
      /^\.github\/testops\.yml: suites\.unit\.comand: unknown field; did you mean "command"\?/,
    );
  });

  it('names the line and column of a YAML syntax error', () => {
    expect(errorOf('version: 1\nsuites:\n  unit: {command: [x\n')).toMatch(/^\.github\/testops\.yml:\d+:\d+: invalid YAML: /);
  });

  it('rejects an empty file and a non-mapping', () => {
    expect(errorOf('')).toMatch(/the file is empty/);
    expect(errorOf('- a\n- b\n')).toMatch(/expected a mapping at the top level, got a list/);
  });

  it('validate says an empty file plainly, and names an empty glob once', () => {
    expect(configProblems('', LABEL)).toEqual([`${LABEL}: the file is empty; expected a mapping with "version: 1" and "suites"`]);
    expect(configProblems(suite('    paths: [""]\n'), LABEL)).toEqual([`${LABEL}: suites.unit.paths[0]: expected non-empty text, got ""`]);
  });

  it('a shell command stays a valid readiness check', () => {
    expect(() =>
      parseConfigText(suite('    services: [{ name: db, command: run-db, ready: "pg_isready -h localhost" }]\n'), LABEL),
    ).not.toThrow();
  });

  it('lists cross-field problems (needs, globs) even when other fields are wrong too', () => {
    const problems = configProblems(suite("    budget: fast\n    needs: [nope]\n    paths: ['[oops']\n"), LABEL);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain(`${LABEL}: suites.unit.budget: expected a duration`);
    expect(problems.join('\n')).toContain(`${LABEL}: suites.unit.needs[0]: expected the name of a suite (unit), got "nope"`);
    expect(problems.join('\n')).toContain(`${LABEL}: suites.unit.paths[0]:`);
  });

  it('lists every problem for validate', () => {
    const problems = configProblems(suite('    budget: fast\n    mode: LIVE\n'), LABEL);
    expect(problems).toHaveLength(2);
    expect(problems.every((line) => line.startsWith(`${LABEL}: suites.unit.`))).toBe(true);
  });
});

describe('defaults and normalisation', () => {
  it('applies defaults and converts units', () => {
    const config = parseConfigText(
      suite('    budget: 1m30s\n    timeout: 500ms\n    reports: { junit: "r/*.xml", coverage: { path: c.info, format: lcov } }\n'),
      LABEL,
    );
    expect(config.mode).toBe('MOCK');
    expect(config.unmatched).toBe('run-all');
    expect(config.timeout).toBe(1800);
    expect(config.suites.unit.budget).toBe(90);
    expect(config.suites.unit.timeout).toBe(0.5);
    expect(config.suites.unit.reports.junit).toEqual([{ path: ['r/*.xml'], format: 'auto' }]);
    expect(config.suites.unit.reports.coverage).toEqual([{ path: ['c.info'], format: 'lcov' }]);
    expect(config.gates['pass-rate']).toMatchObject({ warn: 95, fail: 90 });
    expect(config.flaky['flaky-at']).toBe(10);
  });
});

describe('finding the config file', () => {
  it('prefers .github/testops.yml and falls back to testops.yml', () => {
    const root = mkdtempSync(join(tmpdir(), 'testops-config-'));
    expect(() => findConfig(root)).toThrow(/no config file: run "testops init" to write \.github\/testops\.yml .*or create it/);
    writeFileSync(join(root, 'testops.yml'), suite(''));
    expect(findConfig(root)).toBe('testops.yml');
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github/testops.yml'), suite(''));
    expect(findConfig(root)).toBe('.github/testops.yml');
    expect(loadConfig(root).config.suites.unit.command).toBe('npm test');
  });

  it('names a missing explicit path', () => {
    const root = mkdtempSync(join(tmpdir(), 'testops-config-'));
    expect(() => findConfig(root, 'ci/testops.yml')).toThrow('ci/testops.yml: config file not found');
  });
});
