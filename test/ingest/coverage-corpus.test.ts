/** The coverage corpus (coverallsapp/coverage-reporter fixtures): the figures its upstream specs assert. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../src/ingest/index.js';
import type { CoverageReport, FileCoverage } from '../../src/model.js';
import { CORPUS, tempFiles } from './helpers.js';

const dir = (format: string) => join(CORPUS, 'coverage', format, 'coverage-reporter');

async function coverage(path: string, repoRoot?: string): Promise<CoverageReport> {
  const report = await parseReportFile(path, { kind: 'coverage', repoRoot });
  expect(report.kind).toBe('coverage');
  return report as CoverageReport;
}

const byPath = (report: CoverageReport) => new Map<string, FileCoverage>(report.files.map((file) => [file.path, file]));
const branchCount = (file: FileCoverage) => file.branches.reduce((sum, [, , total]) => sum + total, 0);

describe('Cobertura', () => {
  it('cobertura.xml (sbt-scoverage, stray </methods></lines>): 16 files, SimpleObject2 has 9 branches, InstrumentLoader 2 on line 12', async () => {
    const report = await coverage(join(dir('cobertura'), 'cobertura.xml'));
    expect(report.format).toBe('cobertura');
    expect(report.files).toHaveLength(16);
    const files = byPath(report);
    expect(branchCount(files.get('org/scoverage/samples/SimpleObject2.scala')!)).toBe(9);
    const loader = [...files.values()].find((file) => file.path.endsWith('InstrumentLoader.scala'))!;
    expect(loader.branches.find(([line]) => line === 12)).toEqual([12, 1, 2]);
    // totals computed from the files agree with the branch counts the report claims (41 valid, 25 covered)
    expect(report.totals.branches).toEqual({ covered: 25, total: 41, pct: 60.97 });
  });

  it('cobertura-oneline.xml: the same report on one line gives the same result', async () => {
    const [multi, one] = await Promise.all([
      coverage(join(dir('cobertura'), 'cobertura.xml')),
      coverage(join(dir('cobertura'), 'cobertura-oneline.xml')),
    ]);
    expect(one.files).toEqual(multi.files);
  });

  it('cobertura-conditions.xml (coverage.py): one entry per branching line, 1/2 2/2 0/2 1/3', async () => {
    const report = await coverage(join(dir('cobertura'), 'cobertura-conditions.xml'));
    expect(report.files[0]!.branches.map(([, covered, total]) => `${covered}/${total}`)).toEqual(['1/2', '2/2', '0/2', '1/3']);
  });

  it('cobertura-empty-lines.xml and cobertura-zero-only.xml: one file each, nothing coverable', async () => {
    for (const name of ['cobertura-empty-lines.xml', 'cobertura-zero-only.xml']) {
      const report = await coverage(join(dir('cobertura'), name));
      expect(report.files).toHaveLength(1);
      expect(report.files[0]!.lines).toEqual([]);
    }
  });

  it('cobertura-coverage.xml (a single newline): an empty-file error, not 100%', async () => {
    await expect(coverage(join(dir('cobertura'), 'cobertura-coverage.xml'))).rejects.toThrow(
      /cobertura-coverage\.xml:1:1: the file is empty/,
    );
    await expect(parseReportFile(join(dir('cobertura'), 'cobertura-coverage.xml'), { format: 'cobertura' })).rejects.toThrow(
      /cobertura-coverage\.xml:1:1: the file is empty \(expected Cobertura XML\)/,
    );
  });

  it('a <source> inside the repo root is prefixed to class filenames', async () => {
    const write = tempFiles();
    const root = write('repo-marker', '').replace(/\/repo-marker$/, '');
    const path = write(
      'cov.xml',
      `<?xml version="1.0"?><coverage><sources><source>${root}/pkg/src</source></sources><packages><package name="p"><classes>
       <class name="a" filename="mod/a.py"><lines><line number="1" hits="3"/><line number="2" hits="0"/></lines></class>
       </classes></package></packages></coverage>`,
    );
    const report = await coverage(path, root);
    expect(report.files).toEqual([
      {
        path: 'pkg/src/mod/a.py',
        lines: [
          [1, 3],
          [2, 0],
        ],
        branches: [],
      },
    ]);
    expect(report.totals.lines).toEqual({ covered: 1, total: 2, pct: 50 });
  });
});

describe('JaCoCo', () => {
  it('jacoco-report.xml (relative DOCTYPE, not fetched): 2 files, MessageBuilder.java has 4 branches on line 9', async () => {
    const report = await coverage(join(dir('jacoco'), 'jacoco-report.xml'));
    expect(report.format).toBe('jacoco');
    expect(report.files).toHaveLength(2);
    const builder = report.files.find((file) => file.path.endsWith('MessageBuilder.java'))!;
    expect(builder.path).toBe('com/jacocodemo/examples/MessageBuilder.java');
    expect(builder.branches.find(([line]) => line === 9)).toEqual([9, 2, 4]);
  });

  it('jacoco-report-multiple-packages.xml: 3 files in 2 packages; the one-line report equals the plain one', async () => {
    const report = await coverage(join(dir('jacoco'), 'jacoco-report-multiple-packages.xml'));
    expect(report.files).toHaveLength(3);
    expect(new Set(report.files.map((file) => file.path.split('/').slice(0, -1).join('/'))).size).toBe(2);
    const [plain, one] = await Promise.all([
      coverage(join(dir('jacoco'), 'jacoco-report.xml')),
      coverage(join(dir('jacoco'), 'jacoco-oneline-report.xml')),
    ]);
    expect(one.files).toEqual(plain.files);
  });
});

describe('lcov', () => {
  it('test.lcov: 3 records, virtual esbuild path, u64-max hits clamped, FN/FNDA/BRDA recomputed', async () => {
    const report = await coverage(join(dir('lcov'), 'test.lcov'));
    expect(report.format).toBe('lcov');
    expect(report.files.map((file) => file.path)).toEqual([
      'dist/<define:DATA>',
      'spec/fixtures/lcov/index.js',
      'spec/fixtures/lcov/lib/run.js',
    ]);
    const run = byPath(report).get('spec/fixtures/lcov/lib/run.js')!;
    expect(run.lines.find(([line]) => line === 13)).toEqual([13, Number.MAX_SAFE_INTEGER]);
    expect(run.functions).toEqual({ covered: 5, total: 6 });
    expect(report.totals).toEqual({
      lines: { covered: 16, total: 17, pct: 94.11 },
      branches: { covered: 7, total: 8, pct: 87.5 },
      functions: { covered: 5, total: 6, pct: 83.33 },
    });
  });

  it('coverage/test.lcov, for-base-path.lcov, test-current-folder.lcov: the variants parse to their twins', async () => {
    const [a, b] = await Promise.all([coverage(join(dir('lcov'), 'test.lcov')), coverage(join(dir('lcov'), 'coverage/test.lcov'))]);
    expect(b.files).toEqual(a.files);
    const [c, d] = await Promise.all([
      coverage(join(dir('lcov'), 'for-base-path.lcov')),
      coverage(join(dir('lcov'), 'test-current-folder.lcov')),
    ]);
    expect(d.files).toEqual(c.files);
  });

  it('empty.lcov (0 bytes): an empty-file error', async () => {
    await expect(parseReportFile(join(dir('lcov'), 'empty.lcov'), { format: 'lcov' })).rejects.toThrow(
      /empty\.lcov:1:1: the file is empty \(expected an lcov tracefile\)/,
    );
  });
});

describe('Go coverprofile', () => {
  it('coverage.out (mode: set, 28 module paths incl. /v2): 27 files, statement-weighted totals', async () => {
    const report = await coverage(join(dir('golang'), 'coverage.out'));
    expect(report.format).toBe('go');
    expect(report.files).toHaveLength(27);
    expect(report.files.every((file) => !file.path.startsWith('github.com/') && !file.path.startsWith('v2/'))).toBe(true);
    expect(report.files.some((file) => file.path === 'internal/log/log.go')).toBe(true);
    expect(report.totals.lines).toEqual({ covered: 579, total: 1148, pct: 50.43 });
  });

  it('one-block atomic profiles: hyphenated module, mymodule/main.go, example.com/mypackge/main.go', async () => {
    const dashes = await coverage(join(dir('golang'), 'coverage-dashes.out'));
    expect(dashes.files.map((file) => file.path)).toEqual(['internal/log/log.go']);
    expect(dashes.totals.lines).toEqual({ covered: 1, total: 1, pct: 100 });
    const one = await coverage(join(dir('golang'), 'coverage-one-slash.out'));
    expect(one.files.map((file) => file.path)).toEqual(['main.go']);
    const two = await coverage(join(dir('golang'), 'coverage-two-slashes.out'));
    expect(two.files.map((file) => file.path)).toEqual(['main.go']);
  });

  it('go.mod in the repo root names the module', async () => {
    const write = tempFiles();
    write('go.mod', 'module example.com/deep/mod/v3\n\ngo 1.22\n');
    const path = write(
      'c.out',
      'mode: count\nexample.com/deep/mod/v3/pkg/a.go:3.10,5.2 2 4\nexample.com/deep/mod/v3/pkg/a.go:3.10,5.2 2 1\nexample.com/deep/mod/v3/b.go:1.1,1.20 1 0\n',
    );
    const report = await coverage(path, path.replace(/\/c\.out$/, ''));
    expect(report.files.map((file) => [file.path, file.lines])).toEqual([
      ['b.go', [[1, 0]]],
      [
        'pkg/a.go',
        [
          [3, 5],
          [4, 5],
        ],
      ], // duplicate block: counts summed; the closing-brace line is not a statement
    ]);
    expect(report.totals.lines).toEqual({ covered: 2, total: 3, pct: 66.66 });
  });
});
