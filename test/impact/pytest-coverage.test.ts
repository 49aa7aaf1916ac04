/** Selection by test from pytest's per-test coverage: the rules that keep it safe. */
import { describe, expect, it } from 'vitest';
import {
  type Hunk,
  type PythonDef,
  parseHunks,
  readCoverageJson,
  selectByCoverage,
  testKeyOfContext,
  testKeyOfJunit,
} from '../../src/impact/pytest-coverage.js';
import type { ChangedFile } from '../../src/model.js';

// src/m.py at the parent:          and at the commit (one line added to `b`):
//  1 import os                      1 import os
//  2                                2
//  3 def a():                       3 def a():
//  4     return 1                   4     return 1
//  5                                5
//  6 @cache                         6 @cache
//  7 def b(x):                      7 def b(x):
//  8     y = x                      8     y = x
//  9     return y                   9     y += 0
// 10                               10     return y
const DEFS_BEFORE: PythonDef[] = [
  { name: 'a', start: 3, body: 4, end: 4, fixture: false },
  { name: 'b', start: 6, body: 8, end: 9, fixture: false },
];
const DEFS_AFTER: PythonDef[] = [
  { name: 'a', start: 3, body: 4, end: 4, fixture: false },
  { name: 'b', start: 6, body: 8, end: 10, fixture: false },
];
const COVERAGE = readCoverageJson(
  JSON.stringify({
    files: {
      'src/m.py': {
        contexts: {
          '1': [''],
          '3': [''],
          '4': ['tests/test_m.py::test_a[x]|run', 'tests/test_m.py::TestB::test_both|run'],
          '6': [''],
          '7': [''],
          '8': ['tests/test_m.py::test_b|run', 'tests/test_m.py::TestB::test_both|run'],
          '9': ['tests/test_m.py::test_b|run', 'tests/test_m.py::TestB::test_both|run'],
        },
      },
      '/usr/lib/python3/dist-packages/x.py': { contexts: { '1': ['tests/test_m.py::test_b|run'] } },
    },
  }),
  new Set(['src/m.py', 'tests/test_m.py']),
);
const modified = (path: string): ChangedFile => ({ path, status: 'modified' });
const select = (changed: ChangedFile[], hunks: Record<string, Hunk[]>, overrides: Partial<Parameters<typeof selectByCoverage>[0]> = {}) =>
  selectByCoverage({
    changed,
    hunks,
    defsBefore: { 'src/m.py': DEFS_BEFORE },
    defsAfter: { 'src/m.py': DEFS_AFTER },
    coverage: COVERAGE,
    isTestFile: (path) => path.startsWith('tests/test_'),
    ...overrides,
  });

describe('per-test coverage', () => {
  it('keys contexts and JUnit cases the same way, parameters and phases dropped', () => {
    expect(testKeyOfContext('tests/test_m.py::TestB::test_both[a-b[c]]|setup')).toBe('tests/test_m.py::TestB::test_both');
    expect(testKeyOfJunit('tests/test_m.py', 'tests.test_m.TestB', 'test_both[a-b]')).toBe('tests/test_m.py::TestB::test_both');
    expect(testKeyOfJunit('tests/test_m.py', 'tests.test_m', 'test_a[x]')).toBe('tests/test_m.py::test_a');
    // files outside the repository (the interpreter's own packages) are not kept
    expect(Object.keys(COVERAGE.lines)).toEqual(['src/m.py']);
    expect(COVERAGE.outside['src/m.py']).toEqual([1, 3, 6, 7]);
  });

  it('reads the changed ranges of git diff -U0', () => {
    expect(parseHunks('diff --git a/x b/x\n@@ -9,0 +10 @@ def b(x):\n+    y += 0\n@@ -3 +3,2 @@\n')).toEqual([
      { oldStart: 9, oldCount: 0, newStart: 10, newCount: 1 },
      { oldStart: 3, oldCount: 1, newStart: 3, newCount: 2 },
    ]);
  });

  it('selects the tests that executed the changed function, and a changed test file whole', () => {
    const selection = select([modified('src/m.py'), modified('tests/test_other.py')], {
      'src/m.py': [{ oldStart: 8, oldCount: 0, newStart: 9, newCount: 1 }],
    });
    expect(selection.fallback).toBeUndefined();
    expect([...selection.tests].sort()).toEqual(['tests/test_m.py::TestB::test_both', 'tests/test_m.py::test_b']);
    expect([...selection.files]).toEqual(['tests/test_other.py']);
    expect(selection.functions).toEqual([{ path: 'src/m.py', name: 'b' }]);
    expect(selection.reasons).toContain('src/m.py b → 2 tests');
  });

  it('falls back to selection by file, saying why, where coverage cannot vouch for the change', () => {
    const hunk = (oldStart: number, oldCount: number, newStart: number, newCount: number) => ({
      'src/m.py': [{ oldStart, oldCount, newStart, newCount }],
    });
    // a decorator, a signature, module level: they run at import, under no test
    expect(select([modified('src/m.py')], hunk(6, 1, 6, 1)).fallback).toBe('src/m.py:6 (parent) is outside any function body');
    expect(select([modified('src/m.py')], hunk(7, 1, 7, 1)).fallback).toMatch(/:7 \(parent\) is outside any function body/);
    expect(select([modified('src/m.py')], hunk(1, 0, 2, 1)).fallback).toBe('src/m.py:2 is outside any function body');
    // a function renamed or added is new or gone
    expect(
      select([modified('src/m.py')], hunk(4, 1, 4, 1), {
        defsAfter: { 'src/m.py': [{ ...DEFS_AFTER[0], name: 'c' }, DEFS_AFTER[1]] },
      }).fallback,
    ).toBe('src/m.py: a is new or gone');
    // a function that also ran at import time
    expect(select([modified('src/m.py')], hunk(4, 1, 4, 1), { coverage: { ...COVERAGE, outside: { 'src/m.py': [4] } } }).fallback).toMatch(
      /a also runs outside the tests/,
    );
    expect(
      select([modified('src/m.py')], hunk(8, 1, 8, 1), {
        defsBefore: { 'src/m.py': [DEFS_BEFORE[0], { ...DEFS_BEFORE[1], fixture: true }] },
      }).fallback,
    ).toBe('src/m.py: b is a fixture');
    expect(select([modified('tests/conftest.py')], {}).fallback).toMatch(/conftest\.py holds fixtures/);
    expect(select([modified('src/_speedups.c')], {}).fallback).toBe('src/_speedups.c is not Python: no per-test coverage of it');
    expect(select([{ path: 'src/new.py', status: 'added' }], {}).fallback).toBe('src/new.py was added');
    expect(select([{ path: 'src/m.py', status: 'deleted' }], {}).fallback).toBe('src/m.py was deleted');
    expect(select([modified('src/unrun.py')], {}).fallback).toMatch(/not in the baseline's per-test coverage/);
    expect(
      select([modified('src/m.py')], hunk(4, 1, 4, 1), { defsAfter: { 'src/m.py': { error: 'syntax error at line 4' } } }).fallback,
    ).toBe('src/m.py: syntax error at line 4');
  });

  it('a deleted test file selects nothing to run, and a function no test executed selects no test', () => {
    const selection = select([{ path: 'tests/test_gone.py', status: 'deleted' }], {});
    expect(selection.files.size).toBe(0);
    const unexecuted = select(
      [modified('src/m.py')],
      { 'src/m.py': [{ oldStart: 4, oldCount: 1, newStart: 4, newCount: 1 }] },
      {
        coverage: { ...COVERAGE, lines: { 'src/m.py': {} } },
      },
    );
    expect(unexecuted.fallback).toBeUndefined();
    expect(unexecuted.tests.size).toBe(0);
  });
});
