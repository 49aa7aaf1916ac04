import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/model.js';
import { coverageFromSuiteDirectory, filesFromSuiteDirectory, fromSuiteDirectory, suiteDirectory } from '../../src/runner/suite-paths.js';

const inA = { 'working-directory': './packages/a/' };

describe('paths between the repository root and a suite working-directory', () => {
  it('normalises the directory; the root is none', () => {
    expect(suiteDirectory(inA)).toBe('packages/a');
    expect(suiteDirectory({ 'working-directory': '.' })).toBe('');
    expect(suiteDirectory({})).toBe('');
  });

  it('hands the command repository files relative to its directory', () => {
    expect(filesFromSuiteDirectory(inA, ['packages/a/test/m.test.js', 'packages/shared/x.test.js'])).toEqual([
      'test/m.test.js',
      '../shared/x.test.js',
    ]);
    expect(filesFromSuiteDirectory({}, ['test/m.test.js'])).toEqual(['test/m.test.js']);
  });

  it('reads a path its tools wrote back as a repository path, keeping one already inside the directory', () => {
    expect(fromSuiteDirectory(inA, 'test/m.test.js')).toBe('packages/a/test/m.test.js');
    expect(fromSuiteDirectory(inA, '../shared/x.js')).toBe('packages/shared/x.js');
    expect(fromSuiteDirectory(inA, 'packages/a/test/m.test.js')).toBe('packages/a/test/m.test.js');
    expect(fromSuiteDirectory({}, 'test/m.test.js')).toBe('test/m.test.js');
  });

  it('moves coverage paths into the directory only where that file exists', () => {
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'lcov',
      file: 'packages/a/lcov.info',
      files: [
        { path: 'src/index.js', lines: [[1, 1]], branches: [] },
        { path: 'tools/root-only.js', lines: [[1, 0]], branches: [] },
        { path: 'packages/a/src/other.js', lines: [[1, 1]], branches: [] },
      ],
      totals: {
        lines: { covered: 2, total: 3, pct: 66.67 },
        branches: { covered: 0, total: 0, pct: null },
        functions: { covered: 0, total: 0, pct: null },
      },
    };
    const existing = new Set(['packages/a/src/index.js', 'tools/root-only.js', 'packages/a/src/other.js']);
    const moved = coverageFromSuiteDirectory(report, inA, (path) => existing.has(path));
    expect(moved.files.map((file) => file.path)).toEqual(['packages/a/src/index.js', 'tools/root-only.js', 'packages/a/src/other.js']);
    expect(moved.totals).toBe(report.totals);
    expect(coverageFromSuiteDirectory(report, {}, () => true)).toBe(report);
  });
});
