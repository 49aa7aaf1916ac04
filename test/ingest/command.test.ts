/** The parse subcommand, run as a real process through tsx on real corpus files. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/ingest/command.js';
import { CORPUS, tempFiles } from './helpers.js';

const run = promisify(execFile);

async function capture(argv: string[], cwd = CORPUS) {
  let stdout = '';
  let stderr = '';
  const code = await parseCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

describe('testops parse', () => {
  it('prints test and coverage totals per file; per-file coverage only with --files', async () => {
    const { code, stdout, stderr } = await capture([
      'junit/junit-to-ctrf/test-surefire-flaky.xml',
      'coverage/lcov/coverage-reporter/test.lcov',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [tests, coverage] = JSON.parse(stdout);
    expect(tests).toEqual({
      file: 'junit/junit-to-ctrf/test-surefire-flaky.xml',
      format: 'junit',
      kind: 'tests',
      totals: { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 1, attempts: 3, duration: 3.456 },
    });
    expect(coverage).toMatchObject({
      format: 'lcov',
      kind: 'coverage',
      fileCount: 3,
      totals: { lines: { covered: 16, total: 17, pct: 94.11 } },
    });
    const withFiles = JSON.parse((await capture(['--files', 'coverage/lcov/coverage-reporter/test.lcov'])).stdout);
    expect(withFiles[0].files).toHaveLength(3);
  });

  it('a bad file: one line on stderr, an error entry, exit 2 (a user error) — the other files are still printed', async () => {
    const { code, stdout, stderr } = await capture([
      'junit/publish-unit-test-result-action/pytest/corrupt-xml.xml',
      'junit/junit-to-ctrf/test-junit.xml',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^junit\/publish-unit-test-result-action\/pytest\/corrupt-xml\.xml:11:\d+: unclosed tag: skipped\n$/);
    const [bad, good] = JSON.parse(stdout);
    expect(bad.error).toMatch(/corrupt-xml\.xml:11/);
    expect(good.totals.tests).toBe(10);
  });

  it('CTRF JSON is detected and summarised; a malformed one names its field', async () => {
    const fixtures = join(import.meta.dirname, 'fixtures/ctrf');
    const { code, stdout } = await capture(['playwright-retries.json', 'jest-minimal.json'], fixtures);
    expect(code).toBe(0);
    const [playwright, jest] = JSON.parse(stdout);
    expect(playwright).toMatchObject({ format: 'ctrf', kind: 'tests', totals: { tests: 5, flaky: 1, attempts: 8 } });
    expect(jest.totals).toMatchObject({ tests: 4, passed: 2, failed: 1, skipped: 1 });
    const write = tempFiles();
    const bad = write('bad-ctrf.json', JSON.stringify({ results: { tool: { name: 'x' }, tests: [{ name: 'a', status: 'broken' }] } }));
    const failed = await capture([bad]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(
      /bad-ctrf\.json:1:63: not a CTRF report: results\.tests\[0\]\.status: expected one of passed, failed, skipped, pending, other, got "broken"\n$/,
    );
  });

  it('usage errors exit 2', async () => {
    expect((await capture([])).code).toBe(2);
    expect((await capture(['--format'])).code).toBe(2);
    expect((await capture(['--format', 'nope', 'x.xml'])).code).toBe(2);
    expect((await capture(['--bogus', 'x.xml'])).code).toBe(2);
  });

  it('--format forces the reader', async () => {
    const write = tempFiles();
    const path = write('odd-name.txt', '<testsuite name="s"><testcase name="a"/></testsuite>');
    const { code, stdout } = await capture(['--format', 'junit', path]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].totals.tests).toBe(1);
    const wrong = await capture(['--format', 'lcov', path]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/odd-name\.txt:1: not an lcov record/);
  });

  it('a Locust cell out of range is a warning on stderr naming the file, row and column (exit 0)', async () => {
    const write = tempFiles();
    const header =
      'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,90%,95%,99%';
    const path = write('load_stats.csv', `${header}\nGET,/a,10,0,50,52.0,40,70,100,1.0,0.0,50,60,1e999,70\n`);
    const { code, stdout, stderr } = await capture([path]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `${path}: warning: row 2, column 14 ("95%"): "1e999" is not a number from 0 to 1000000000000000; the cell was skipped\n`,
    );
    expect(JSON.parse(stdout)[0].warnings).toHaveLength(1);
  });

  it('works as a real process (no stack trace on bad input)', async () => {
    const script = `import { parseCommand } from ${JSON.stringify(join(process.cwd(), 'src/ingest/command.ts'))};
process.exitCode = await parseCommand(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() });`;
    const write = tempFiles();
    const entry = write('entry.mts', script);
    const empty = write('empty.xml', '');
    const result = await run(process.execPath, ['--import', 'tsx', entry, empty], { cwd: process.cwd() }).catch((error) => error);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/empty\.xml:1:1: the file is empty/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('unreadable paths', () => {
  it('a missing file says so in words, naming the file', async () => {
    const { code, stderr } = await capture(['no/such/report.xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('no/such/report.xml: the file does not exist (check the path or the reports glob)');
  });
});
