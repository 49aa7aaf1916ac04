/**
 * Selection by name against every function of a real package: each function and method of
 * markupsafe's `__init__.py` (at the bundle's main) in turn raises on entry — a change inside its
 * body —, the selection for that change is computed, and the package's real test suite runs under
 * pytest with the mutant: every test file with a test that then fails must have been selected.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportFile } from '../../src/ingest/index.js';
import { buildImportGraph, testsReaching } from '../../src/impact/imports.js';
import { mutateFunctions, pythonFunctions } from '../../src/impact/mutants.js';
import { pythonDefs } from '../../src/impact/pytest-coverage.js';
import { selectPythonByName } from '../../src/impact/python-names.js';
import type { TestReport } from '../../src/model.js';
import { REALREPOS } from './realrepos.js';

const dir = mkdtempSync(join(tmpdir(), 'testops-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('selection by name on every function of markupsafe', () => {
  it('no mutant of a function fails a test file the selection for its change left out', async () => {
    execFileSync('git', ['clone', '-q', join(REALREPOS, 'markupsafe.bundle'), dir]);
    execFileSync('git', ['checkout', '-q', '--detach', '1251593f6b0e'], { cwd: dir });
    const path = 'src/markupsafe/__init__.py';
    const original = readFileSync(join(dir, path), 'utf8');
    const defs = pythonDefs('python3', { [path]: original })[path];
    if ('error' in defs) throw new Error(defs.error);
    const spans = pythonFunctions(original, defs);
    const graph = await buildImportGraph(dir);
    const isTest = (file: string) => /^tests\/test_[^/]*\.py$/.test(file);
    const testFiles = graph.files.filter(isTest);
    const rows: string[] = [];
    let narrower = 0;
    const missed: string[] = [];
    for (const span of spans) {
      writeFileSync(join(dir, path), mutateFunctions(path, original, spans, [span.name]));
      const selection = selectPythonByName({ root: dir, path, before: original, graph, isTest });
      const selected = new Set<string>();
      if ('why' in selection) for (const file of testFiles) selected.add(file);
      else {
        for (const file of selection.tests.keys()) selected.add(file);
        for (const file of selection.byFile.keys())
          for (const test of testsReaching(graph, [file], isTest).tests.keys()) selected.add(test);
      }
      const junit = join(dir, 'junit.xml');
      rmSync(junit, { force: true });
      spawnSync('pytest-3', ['-p', 'no:cacheprovider', '-q', '-o', 'junit_family=xunit1', `--junitxml=${junit}`, 'tests'], {
        cwd: dir,
        env: { ...process.env, PYTHONPATH: 'src' },
        encoding: 'utf8',
      });
      // no report: pytest could not even load conftest.py (the mutant raises at import), so every test file fails
      const failing = existsSync(junit)
        ? new Set(
            ((await parseReportFile(junit)) as TestReport).tests
              .filter((test) => test.status === 'failed' || test.status === 'errored')
              .map((test) => test.file ?? ''),
          )
        : new Set(testFiles);
      for (const file of failing) if (!selected.has(file)) missed.push(`${span.name}: ${file}`);
      if (selected.size < testFiles.length) narrower++;
      rows.push(`${span.name}: ${selected.size}/${testFiles.length} selected, mutant fails ${failing.size}`);
    }
    writeFileSync(join(dir, path), original);
    console.log(`${spans.length} functions of ${path}, ${narrower} selected fewer than every test file\n  ${rows.join('\n  ')}`);
    expect(spans.length).toBeGreaterThan(40);
    expect(missed).toEqual([]);
    // striptags, unescape, escape_silent and soft_str are named by few test files
    expect(narrower).toBeGreaterThanOrEqual(4);
  });
});
