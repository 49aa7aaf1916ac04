/**
 * replay-impact --per-test with real pytest and pytest-cov: a changed function selects the tests that
 * executed it; module-level code falls back to files; and the blind spot of coverage-based selection
 * (a value computed once and cached across tests is attributed to the first test only) is what the
 * function mutants find.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayImpactCommand } from '../../src/impact/index.js';
import { makeRepo, type TempRepo } from './repo.js';

const PYTEST = 'pytest-3 -p no:cacheprovider -o junit_family=xunit1 --junitxml=reports/junit.xml -q';
const CONFIG = `version: 1
suites:
  py:
    command: ${PYTEST} tests
    env: { PYTHONPATH: src }
    impact: imports
    tests: ["tests/test_*.py"]
    files-arg: ${PYTEST} {files}
    reports: { junit: reports/junit.xml }
`;
const MODULE = (build: string, double: string, header = '_table = None') => `${header}


def build():
    ${build}


def table():
    global _table
    if _table is None:
        _table = build()
    return _table


def double(x):
    ${double}
`;

let repo: TempRepo;
const commits: Record<string, string> = {};
beforeAll(() => {
  repo = makeRepo({
    '.gitignore': 'reports/\n__pycache__/\n',
    'src/pkg/__init__.py': '',
    'src/pkg/m.py': MODULE('return {"a": 1, "b": 2}', 'return x * 2'),
    'tests/test_m.py':
      'from pkg.m import double, table\n\n\ndef test_a():\n    assert table()["a"] == 1\n\n\ndef test_b():\n    assert table()["b"] == 2\n\n\ndef test_double():\n    assert double(2) == 4\n',
  });
  commits.base = repo.commit('base');
  repo.write({ 'src/pkg/m.py': MODULE('return {"a": 1, "b": 2}', 'return x + x') });
  commits.double = repo.commit('double by addition');
  repo.write({ 'src/pkg/m.py': MODULE('return {"a": 1, "b": 2, "c": 3}', 'return x + x') });
  commits.build = repo.commit('a bigger table');
  repo.write({ 'src/pkg/m.py': MODULE('return {"a": 1, "b": 2, "c": 3}', 'return x + x', '_table = None  # filled on first use') });
  commits.module = repo.commit('module-level comment');
  writeFileSync(join(repo.dir, 'testops.yml'), CONFIG);
});
afterAll(() => repo.cleanup());

describe('replay-impact --per-test (pytest-cov contexts)', () => {
  it('selects by function, falls back at module level, and its mutants find what a cache hides', async () => {
    let stdout = '';
    let stderr = '';
    const code = await replayImpactCommand(
      ['--from', commits.base, '--to', commits.module, '--per-test', '--mutants', '--json', '--config', 'testops.yml'],
      { cwd: repo.dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    );
    const result = JSON.parse(stdout || '{}');
    const [double, build, module] = result.commits.map((row: { perTest: unknown }) => row.perTest);
    // by file the only test file runs every time; by test only test_double needs to
    expect(double).toMatchObject({ selectedTests: 1, totalTests: 3, fallback: [], missed: [], selectionProblems: [] });
    expect(double.reasons).toEqual(['py: src/pkg/m.py double → 1 test']);
    expect(double.mutants).toMatchObject([{ file: 'src/pkg/m.py double()', failing: 1, missed: [] }]);
    // build() ran under test_a only (test_b read the cached table): its mutant fails test_b too
    expect(build.reasons).toEqual(['py: src/pkg/m.py build → 1 test']);
    expect(build.mutants[0].failing).toBe(2);
    expect(build.mutants[0].missed.map((test: { name: string }) => test.name)).toEqual(['test_b']);
    expect(module.fallback).toEqual(['py: src/pkg/m.py:1 (parent) is outside any function body']);
    expect(module.selectedTests).toBe(3);
    expect(stderr).toMatch(/MISSED \(by test, mutant of src\/pkg\/m\.py build\(\)\) py › tests\/test_m\.py › test_b/);
    expect(result.summary.perTest).toMatchObject({ commits: 3, missed: 0, mutantsMissed: 1, selectionProblems: 0 });
    expect(code).toBe(1);
  }, 300_000);
});
