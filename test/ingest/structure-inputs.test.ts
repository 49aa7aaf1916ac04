/**
 * Structurally invalid reports are positioned errors (issue #13, items 3 and 4): illegal XML
 * characters named as U+XXXX, SARIF checked against the fields testops reads, CTRF errors with the
 * field's line and column; TestNG repeats that end passed.
 */
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import { locateJsonPath } from '../../src/ingest/json.js';
import type { SecurityReport, TestReport } from '../../src/model.js';
import { tempFiles } from './helpers.js';

const write = tempFiles();
async function failure(name: string, text: string | Uint8Array, format?: string): Promise<string> {
  const error = await parseReportFile(write(name, text), format ? { format } : {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportError);
  return (error as Error).message;
}

describe('illegal XML characters are named as U+XXXX with their line and column', () => {
  it('JUnit: an ESC from a test output in a <failure>', async () => {
    const text = '<testsuite name="s">\n<testcase name="a" classname="c"><failure>x\u001by</failure></testcase></testsuite>';
    expect(await failure('esc.xml', text)).toMatch(/esc\.xml:2:44: character U\+001B is not allowed in XML 1\.0 \(a control character/);
  });

  it('JUnit: U+0001 in an attribute', async () => {
    expect(await failure('soh.xml', '<testsuite name="s"><testcase name="a\u0001b" classname="c"/></testsuite>')).toMatch(
      /soh\.xml:1:38: character U\+0001 /,
    );
  });

  it('Cobertura: a form feed between elements', async () => {
    expect(await failure('ff.xml', '<coverage><packages>\f</packages></coverage>', 'cobertura')).toMatch(
      /ff\.xml:1:21: character U\+000C /,
    );
  });

  it('U+FFFE (not a character in XML 1.0)', async () => {
    expect(await failure('fffe.xml', '<testsuite name="s"><testcase name="a\uFFFE" classname="c"/></testsuite>')).toMatch(
      /fffe\.xml:1:38: character U\+FFFE is not allowed in XML 1\.0 \(a code point XML 1\.0 excludes\)/,
    );
  });
});

describe('SARIF structure', () => {
  const sarif = (run: unknown) => JSON.stringify({ version: '2.1.0', runs: [run] }, null, 2);
  const driver = { tool: { driver: { name: 'scanner' } } };

  it('"runs" that is not an array is detected as SARIF and rejected with its position', async () => {
    expect(await failure('runs.sarif', '{\n  "version": "2.1.0",\n  "runs": {}\n}')).toMatch(
      /runs\.sarif:3:11: runs: expected an array, got \{\} \(SARIF 2\.1\.0\)/,
    );
  });

  it('a message that is a string, not {text}', async () => {
    const text = sarif({ ...driver, results: [{ ruleId: 'r', message: 'hi' }] });
    expect(await failure('msg.sarif', text)).toMatch(/msg\.sarif:\d+:\d+: runs\[0\]\.results\[0\]\.message: expected an object, got "hi"/);
  });

  it('a level outside none/note/warning/error is rejected, not read as info', async () => {
    const text = sarif({ ...driver, results: [{ ruleId: 'r', level: 'catastrophic', message: { text: 'm' } }] });
    expect(await failure('level.sarif', text)).toContain(
      'runs[0].results[0].level: expected one of none, note, warning, error, got "catastrophic"',
    );
  });

  it('an unknown kind is rejected', async () => {
    const text = sarif({ ...driver, results: [{ ruleId: 'r', kind: 'maybe', message: { text: 'm' } }] });
    expect(await failure('kind.sarif', text)).toContain(
      'runs[0].results[0].kind: expected one of notApplicable, pass, fail, review, open, informational',
    );
  });

  it('locations that are not an array, rules that are not an array, a bad startLine, a bad security-severity', async () => {
    expect(await failure('loc.sarif', sarif({ ...driver, results: [{ message: { text: 'm' }, locations: { a: 1 } }] }))).toContain(
      'runs[0].results[0].locations: expected an array',
    );
    expect(await failure('rules.sarif', sarif({ tool: { driver: { name: 'x', rules: {} } } }))).toContain(
      'runs[0].tool.driver.rules: expected an array',
    );
    const region = {
      message: { text: 'm' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: -4 } } }],
    };
    expect(await failure('line.sarif', sarif({ ...driver, results: [region] }))).toContain(
      'region.startLine: expected a line number ≥ 1, got -4',
    );
    const rule = { tool: { driver: { name: 'x', rules: [{ id: 'r', properties: { 'security-severity': '99' } }] } } };
    expect(await failure('sev.sarif', sarif(rule))).toContain(
      'rules[0].properties.security-severity: expected a score from 0.0 to 10.0, got "99"',
    );
  });

  it('a driver without a name', async () => {
    expect(await failure('noname.sarif', sarif({ tool: { driver: {} } }))).toContain("runs[0].tool.driver.name: expected the tool's name");
  });

  it('a valid log still reads (kind review is not a finding)', async () => {
    const report = (await parseReportFile(
      write(
        'ok.sarif',
        sarif({
          ...driver,
          results: [
            { ruleId: 'r', level: 'error', message: { text: 'm' } },
            { ruleId: 'r', kind: 'review', message: { text: 'm' } },
          ],
        }),
      ),
    )) as SecurityReport;
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.severity).toBe('high');
  });
});

describe('CTRF errors name the field and its position', () => {
  const ctrf = (test: object) =>
    JSON.stringify(
      {
        results: {
          tool: { name: 'jest' },
          summary: { tests: 1, passed: 1, failed: 0, skipped: 0, pending: 0, other: 0, start: 0, stop: 1 },
          tests: [test],
        },
      },
      null,
      2,
    );

  it('a wrong type', async () => {
    expect(await failure('t.json', ctrf({ name: 'a', status: 'passed', duration: 'fast' }))).toMatch(
      /t\.json:\d+:\d+: not a CTRF report: results\.tests\[0\]\.duration: expected number, got "fast"/,
    );
  });

  it('a missing required field points at its test', async () => {
    expect(await failure('n.json', ctrf({ status: 'passed', duration: 1 }))).toMatch(
      /n\.json:\d+:\d+: not a CTRF report: results\.tests\[0\]\.name: missing \(expected string\)/,
    );
  });

  it('a suite that is neither a string nor an array says so', async () => {
    expect(await failure('s.json', ctrf({ name: 'a', status: 'passed', duration: 1, suite: 5 }))).toContain(
      'results.tests[0].suite: expected string or array, got 5',
    );
  });

  it('a status outside the enum', async () => {
    expect(await failure('st.json', ctrf({ name: 'a', status: 'ok', duration: 1 }))).toContain(
      'results.tests[0].status: expected one of passed, failed, skipped, pending, other, got "ok"',
    );
  });
});

describe('locateJsonPath', () => {
  it('finds keys and indexes, skipping strings with escapes and nested values', () => {
    const text = '{\n  "a": [1, {"b": "x\\"y"}, [2]],\n  "c": {"d": null}\n}';
    expect(locateJsonPath(text, ['a', 1, 'b'])).toEqual({ line: 2, column: 18 });
    expect(locateJsonPath(text, ['a', 2, 0])).toEqual({ line: 2, column: 28 });
    expect(locateJsonPath(text, ['c', 'd'])).toEqual({ line: 3, column: 14 });
    expect(locateJsonPath(text, ['c', 'e'])).toBeUndefined();
    expect(locateJsonPath(text, ['a', 5])).toBeUndefined();
  });
});

describe('TestNG repeats', () => {
  const testng = (cases: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generated by org.testng.reporters.JUnitReportReporter -->\n<testsuite name="com.x.RetryTest" tests="3">\n${cases}\n</testsuite>\n`;
  const read = async (name: string, cases: string) => (await parseReportFile(write(name, testng(cases)))) as TestReport;

  it('passed, then a retried run written as skipped: passed', async () => {
    const report = await read(
      'b.xml',
      '<testcase name="m" classname="com.x.RetryTest" time="0.01"/><testcase name="m" classname="com.x.RetryTest"><skipped/></testcase>',
    );
    expect(report.totals).toMatchObject({ tests: 1, passed: 1, skipped: 0, flaky: 0 });
  });

  it('failed, skipped (the retry), passed: passed and flaky', async () => {
    const report = await read(
      'e.xml',
      '<testcase name="m" classname="com.x.RetryTest"><failure message="x"/></testcase><testcase name="m" classname="com.x.RetryTest"><skipped/></testcase><testcase name="m" classname="com.x.RetryTest"/>',
    );
    expect(report.totals).toMatchObject({ tests: 1, passed: 1, failed: 0, flaky: 1, attempts: 3 });
  });

  it('failed, then skipped: failed (the skip did not run)', async () => {
    const report = await read(
      'd.xml',
      '<testcase name="m" classname="com.x.RetryTest"><failure message="x"/></testcase><testcase name="m" classname="com.x.RetryTest"><skipped/></testcase>',
    );
    expect(report.totals).toMatchObject({ tests: 1, failed: 1 });
  });
});
