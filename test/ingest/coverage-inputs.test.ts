/**
 * Coverage inputs read as their producers mean them (issue #13, item 3) and bounded (item 4):
 * one small file written for each class of input.
 */
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import { coverageTotals } from '../../src/ingest/coverage/totals.js';
import { coverageGate } from '../../src/gates/coverage.js';
import { formatPct } from '../../src/render/format.js';
import { config, context } from '../gates/helpers.js';
import type { CoverageReport } from '../../src/model.js';
import { tempFiles } from './helpers.js';

const write = tempFiles();

async function read(name: string, text: string, format?: string): Promise<CoverageReport> {
  return (await parseReportFile(write(name, text), format ? { format } : {})) as CoverageReport;
}

async function failure(name: string, text: string, format?: string): Promise<string> {
  const error = await parseReportFile(write(name, text), format ? { format } : {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportError);
  return (error as Error).message;
}

describe('0/0 is no data', () => {
  it('a report with lines but no branches has branches pct null, never 100', async () => {
    const report = await read('a.info', 'SF:src/a.ts\nDA:1,1\nDA:2,0\nend_of_record\n');
    expect(report.totals.lines).toEqual({ covered: 1, total: 2, pct: 50 });
    expect(report.totals.branches).toEqual({ covered: 0, total: 0, pct: null });
    expect(report.totals.functions.pct).toBeNull();
    expect(coverageTotals([]).lines.pct).toBeNull();
    expect(formatPct(report.totals.branches.pct)).toBe('—');
  });

  it('0/0 branches do not pass a branches-min gate', async () => {
    const report = await read('nobranches.info', 'SF:src/a.ts\nDA:1,1\nend_of_record\n');
    const gates = config('coverage:\n  min: 0\n  branches-min: 80').gates.coverage;
    const verdict = coverageGate(report, undefined, gates, context(null)).verdicts.find((v) => v.subject === 'branches');
    expect(verdict).toMatchObject({ status: 'skipped', value: null, reason: 'the coverage report has no branch data' });
  });
});

describe('lcov functions keyed by name and line', () => {
  it('two functions of one name on two lines are two functions; FNDA hits both', async () => {
    const report = await read(
      'fn.info',
      ['SF:src/a.ts', 'FN:3,render', 'FN:30,render', 'FN:50,other', 'FNDA:2,render', 'FNDA:0,other', 'DA:3,1', 'end_of_record'].join('\n'),
    );
    expect(report.files[0]!.functions).toEqual({ covered: 2, total: 3 });
  });

  it('a repeated SF record of the same functions merges them (one function, hits summed)', async () => {
    const record = (hits: number) => ['SF:src/a.ts', 'FN:3,f', `FNDA:${hits},f`, 'DA:3,1', 'end_of_record'];
    const report = await read('merge.info', [...record(0), ...record(4)].join('\n'));
    expect(report.files[0]!.functions).toEqual({ covered: 1, total: 1 });
  });

  it('FN without FNDA counts as a function never run (as FNF counts it)', async () => {
    const report = await read('nofnda.info', 'SF:src/a.ts\nFN:3,f\nFN:9,g\nFNDA:1,g\nDA:3,0\nend_of_record\n');
    expect(report.files[0]!.functions).toEqual({ covered: 1, total: 2 });
  });

  it('lcov 2 FNL/FNA: one function per location, aliases hit it', async () => {
    const report = await read(
      'fnl.info',
      [
        'SF:src/t.cpp',
        'FNL:0,10,20',
        'FNA:0,0,Foo<int>::bar',
        'FNA:0,5,Foo<long>::bar',
        'FNL:1,30',
        'FNA:1,0,baz',
        'FNL:2,40,44',
        'FNA:2,0,baz',
        'DA:10,5',
        'end_of_record',
      ].join('\n'),
    );
    expect(report.files[0]!.functions).toEqual({ covered: 1, total: 3 });
  });

  it('lcov 2 FN with an end line: FN:<line>,<end>,<name>', async () => {
    const report = await read('fnend.info', 'SF:src/a.c\nFN:3,9,main\nFNDA:1,main\nDA:3,1\nend_of_record\n');
    expect(report.files[0]!.functions).toEqual({ covered: 1, total: 1 });
  });
});

describe('line 0 and negative lines are ignored with a warning', () => {
  it('lcov DA:0 and DA:-3', async () => {
    const report = await read('zero.info', 'SF:src/a.ts\nDA:0,5\nDA:-3,1\nDA:4,0\nBRDA:0,0,0,1\nend_of_record\n');
    expect(report.totals.lines).toMatchObject({ covered: 0, total: 1 });
    expect(report.totals.branches.total).toBe(0);
    expect(report.warnings).toEqual(['3 coverage entries with a line number of 0 or below ignored (first at line 2: line number 0)']);
  });

  it('Cobertura number="-2"', async () => {
    const report = await read(
      'neg.xml',
      `<coverage><packages><package><classes><class filename="a.py"><lines>
<line number="-2" hits="1"/><line number="3" hits="0"/></lines></class></classes></package></packages></coverage>`,
    );
    expect(report.totals.lines).toMatchObject({ covered: 0, total: 1 });
    expect(report.warnings?.[0]).toMatch(/^1 coverage entry with a line number of 0 or below ignored \(first at 2:\d+: line number -2\)$/);
  });

  it('JaCoCo nr="-1"', async () => {
    const report = await read(
      'jacoco.xml',
      `<?xml version="1.0"?><report name="r"><package name="a"><sourcefile name="A.java">
<line nr="-1" mi="0" ci="3" mb="0" cb="0"/><line nr="7" mi="2" ci="1" mb="0" cb="0"/></sourcefile></package></report>`,
    );
    expect(report.totals.lines).toMatchObject({ covered: 1, total: 1 });
    expect(report.warnings).toHaveLength(1);
  });

  it('Istanbul statement at line 0', async () => {
    const report = await read(
      'coverage-final.json',
      JSON.stringify({
        '/r/a.js': {
          path: '/r/a.js',
          statementMap: { 0: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }, 1: { start: { line: 2 }, end: { line: 2 } } },
          s: { 0: 1, 1: 1 },
        },
      }),
    );
    expect(report.totals.lines).toMatchObject({ covered: 1, total: 1 });
    expect(report.warnings?.[0]).toContain('"/r/a.js".statementMap["0"]');
  });

  it('a line number beyond any file is an error, not a map entry', async () => {
    expect(await failure('big.info', 'SF:src/a.ts\nDA:99999999999,1\nend_of_record\n')).toMatch(
      /big\.info:2: DA: line number out of range/,
    );
  });
});

describe('Cobertura structure', () => {
  it('a <line> outside <lines> (the <lines> open tag missing) is a positioned error, not 0/0 = 100%', async () => {
    const message = await failure(
      'nolines.xml',
      `<coverage><packages><package><classes><class filename="a.py">
<line number="1" hits="0"/>
<line number="2" hits="0"/>
</lines></class></classes></package></packages></coverage>`,
    );
    expect(message).toMatch(/nolines\.xml:2:\d+: <line> inside <class>, expected inside <lines> \(is the <lines> open tag missing\?\)/);
  });

  it('method lines inside <method><lines> are still read as the method being hit', async () => {
    const report = await read(
      'methods.xml',
      `<coverage><packages><package><classes><class filename="a.py"><methods><method name="f"><lines><line number="1" hits="1"/></lines></method></methods>
<lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>`,
    );
    expect(report.files[0]!.functions).toEqual({ covered: 1, total: 1 });
  });
});

describe('Istanbul field types', () => {
  const entry = (patch: object) => JSON.stringify({ '/r/a.js': { path: '/r/a.js', statementMap: {}, s: {}, ...patch } });

  it('a non-array branch hit list is an error naming the field', async () => {
    const message = await failure(
      'coverage-final.json',
      entry({ branchMap: { 0: { loc: { start: { line: 1 } }, locations: [] } }, b: { 0: 42 } }),
      'istanbul-final',
    );
    expect(message).toContain('"/r/a.js".b["0"]: expected an array of hit counts, got 42');
  });

  it('a string hit count is an error naming the field', async () => {
    const message = await failure(
      'coverage-final.json',
      entry({ statementMap: { 0: { start: { line: 1 } } }, s: { 0: 'many' } }),
      'istanbul-final',
    );
    expect(message).toContain('"/r/a.js".s["0"]: expected a hit count (a number ≥ 0), got "many"');
  });

  it('a statement without a start line is an error naming the field', async () => {
    const message = await failure('coverage-final.json', entry({ statementMap: { 0: { start: {} } }, s: { 0: 1 } }), 'istanbul-final');
    expect(message).toContain('"/r/a.js".statementMap["0"].start.line: expected a line number, got nothing');
  });

  it('fnMap that is not an object is an error', async () => {
    expect(await failure('coverage-final.json', entry({ fnMap: [1], f: {} }), 'istanbul-final')).toContain(
      '"/r/a.js".fnMap: expected an object',
    );
  });
});

describe('Go coverprofile bounds', () => {
  it('a block spanning lines 1 to 2e9 is an error, nothing allocated', async () => {
    const before = process.memoryUsage().rss;
    const message = await failure('cover.out', 'mode: set\nexample.com/m/a.go:1.1,2000000000.2 1 1\n');
    expect(message).toMatch(/cover\.out:2: a block spans 2000000000 lines/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a block that ends before it starts is an error', async () => {
    expect(await failure('cover.out', 'mode: set\nexample.com/m/a.go:9.1,3.2 1 1\n')).toMatch(
      /cover\.out:2: the block ends before it starts/,
    );
  });

  it('line 0 is out of range', async () => {
    expect(await failure('cover.out', 'mode: count\nexample.com/m/a.go:0.1,3.2 1 1\n')).toMatch(/cover\.out:2: line numbers out of range/);
  });
});
