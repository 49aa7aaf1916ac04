/**
 * Each class of input read as its producer means it, and hostile input bounded: one small file
 * written for each (issue #13).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import type { CoverageReport, SecurityReport, TestReport } from '../../src/model.js';
import { tempFiles } from './helpers.js';

const write = tempFiles();

async function failure(path: string, options = {}): Promise<ReportError> {
  const error = await parseReportFile(path, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportError);
  return error as ReportError;
}

describe('coverage producers', () => {
  it('Cobertura from coverlet: branch="True" (any case) keeps its branch data', async () => {
    const path = write(
      'coverlet.xml',
      `<?xml version="1.0" encoding="utf-8"?>
<coverage line-rate="1" branch-rate="0.5" version="1.9" timestamp="1">
  <sources><source>/src</source></sources>
  <packages><package name="App"><classes><class name="App.Calc" filename="Calc.cs">
    <methods/>
    <lines>
      <line number="3" hits="1" branch="False"/>
      <line number="4" hits="2" branch="True" condition-coverage="50% (1/2)"/>
      <line number="5" hits="1" branch="TRUE" condition-coverage="100% (2/2)"/>
      <line number="0" hits="1" branch="False"/>
    </lines>
  </class></classes></package></packages>
</coverage>`,
    );
    const report = (await parseReportFile(path, { format: 'cobertura' })) as CoverageReport;
    expect(report.totals.branches).toMatchObject({ covered: 3, total: 4 });
    // line 0 is code the generator could not place: not a coverable line
    expect(report.totals.lines).toMatchObject({ covered: 3, total: 3 });
  });

  it('JaCoCo: a line nr="0" is not counted', async () => {
    const path = write(
      'jacoco.xml',
      `<?xml version="1.0"?><report name="r"><package name="a"><sourcefile name="A.java">
<line nr="0" mi="0" ci="3" mb="0" cb="0"/><line nr="7" mi="2" ci="0" mb="0" cb="0"/>
</sourcefile></package></report>`,
    );
    const report = (await parseReportFile(path, { format: 'jacoco' })) as CoverageReport;
    expect(report.totals.lines).toMatchObject({ covered: 0, total: 1 });
  });
});

describe('SARIF producers', () => {
  const sarif = (run: object) => JSON.stringify({ version: '2.1.0', runs: [run] }, null, 2);

  it('rules under tool.extensions (CodeQL packs) give the level and security-severity', async () => {
    const path = write(
      'codeql.sarif',
      sarif({
        tool: {
          driver: { name: 'CodeQL', rules: [] },
          extensions: [
            {
              name: 'codeql/javascript-queries',
              rules: [
                { id: 'js/sql-injection', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '8.8' } },
                { id: 'js/unused', defaultConfiguration: { level: 'note' } },
              ],
            },
          ],
        },
        results: [
          { ruleId: 'js/sql-injection', rule: { id: 'js/sql-injection', index: 0, toolComponent: { index: 0 } }, message: { text: 'a' } },
          { ruleId: 'js/unused', rule: { id: 'js/unused', index: 1, toolComponent: { index: 0 } }, message: { text: 'b' } },
        ],
      }),
    );
    const report = (await parseReportFile(path)) as SecurityReport;
    expect(report.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['js/sql-injection', 'high'],
      ['js/unused', 'low'],
    ]);
  });

  it('kind informational, notApplicable, pass and review are not findings; fail and open are', async () => {
    const results = ['informational', 'notApplicable', 'pass', 'review', 'fail', 'open', undefined].map((kind, i) => ({
      ruleId: `r${i}`,
      level: 'warning',
      message: { text: String(kind) },
      ...(kind ? { kind } : {}),
    }));
    const path = write('kinds.sarif', sarif({ tool: { driver: { name: 't' } }, results }));
    const report = (await parseReportFile(path)) as SecurityReport;
    expect(report.findings.map((finding) => finding.message)).toEqual(['fail', 'open', 'undefined']);
  });

  it('"results": 42 is a positioned error, not zero findings', async () => {
    const path = write('bad.sarif', sarif({ tool: { driver: { name: 't' } }, results: 42 }));
    const error = await failure(path);
    expect(error.message).toMatch(/bad\.sarif:\d+:\d*:? ?.*runs\[0\]\.results: expected an array, got 42/);
    expect(error.line).toBeGreaterThan(1);
  });
});

describe('JUnit producers', () => {
  it('status="disabled" with a <failure> is skipped: disabled wins', async () => {
    const path = write(
      'disabled.xml',
      `<testsuite name="s"><testcase name="a" status="disabled"><failure message="never ran"/></testcase>
<testcase name="b" disabled="true"><error/></testcase><testcase name="c"><failure/></testcase></testsuite>`,
    );
    const report = (await parseReportFile(path)) as TestReport;
    expect(report.tests.map((test) => test.status)).toEqual(['skipped', 'skipped', 'failed']);
  });

  it('node:test: the message keeps its line breaks from the element text', async () => {
    const report = (await parseReportFile(join(import.meta.dirname, 'fixtures/junit/node-test-describe.xml'))) as TestReport;
    expect(report.tests[0]!.attempts[0]!.message).toBe('The expression evaluated to a falsy value:\n\n  assert.ok(false)');
  });
});

describe('detection', () => {
  it('malformed JSON under auto-detection gives the syntax error with line and column', async () => {
    const path = write('broken.json', '{\n  "results": {\n    "tool": { "name": "x" },,\n  }\n}\n');
    const error = await failure(path);
    expect(error).toMatchObject({ line: 3 });
    expect(error.message).not.toMatch(/cannot tell the format/);
    expect(error.message).toMatch(/expected a JSON report/);
  });
});

describe('hostile input is bounded', () => {
  it('a 58-byte <testsuite tests="1e9"> with no cases is an error, not a billion placeholders', async () => {
    const path = write('huge.xml', '<testsuite name="s" tests="1e9" failures="1"></testsuite>');
    const error = await failure(path);
    expect(error.message).toMatch(/declares 1000000000 tests but lists none/);
    expect(error.line).toBe(1);
  });

  it('a time of 1e308 is a positioned error, never null in the totals', async () => {
    const path = write(
      'time.xml',
      '<testsuite name="s">\n<testcase name="a" time="1e308"/>\n<testcase name="b" time="1e308"/></testsuite>',
    );
    const error = await failure(path);
    expect(error).toMatchObject({ line: 2 });
    expect(error.message).toMatch(/time="1e308" is out of range/);
  });

  it('CTRF "retries": 1e9 is an error naming the field', async () => {
    const path = write(
      'retries.json',
      JSON.stringify({ results: { tool: { name: 'x' }, tests: [{ name: 'a', status: 'failed', retries: 1e9, flaky: true }] } }),
    );
    const error = await failure(path);
    expect(error.message).toMatch(/results\.tests\[0\]\.retries/);
  });

  it('100,000 nested <testsuite> elements: an error at the 1,001st, in linear time', async () => {
    const depth = 100_000;
    const path = write('deep.xml', `${'<testsuite name="d">'.repeat(depth)}<testcase name="a"/>${'</testsuite>'.repeat(depth)}`);
    const error = await failure(path);
    expect(error.message).toMatch(/nested deeper than 1000 levels/);
  });

  it('a FIFO is refused before it is opened (reading it would block forever)', async () => {
    const path = join(write('placeholder', ''), '..', 'report.fifo');
    execFileSync('mkfifo', [path]);
    const error = await failure(path);
    expect(error.message).toMatch(/report\.fifo: this is a FIFO \(named pipe\), not a report file/);
  });
});
