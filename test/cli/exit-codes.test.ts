/**
 * The CLI's exit codes, from the built CLI (node dist/cli.js) in real git repositories:
 * 0 every gate passed, 1 a gate failed, 2 a user error (one line: what, where, the fix),
 * 3 an internal error (one line saying it is a testops bug; the stack only with --debug).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor, describeError, UsageError, ConfigError, InputError, EventError, GitStateError } from '../../src/errors.js';
import { ReportError } from '../../src/ingest/errors.js';
import { makeRepo, ROOT, testops } from './helpers.js';

const SUITE = `version: 1
suites:
  unit:
    command: node --test --test-reporter=junit --test-reporter-destination=reports/unit.xml test/
    reports: { junit: reports/unit.xml }
`;
const REPO = {
  'testops.yml': SUITE,
  'test/a.test.mjs':
    "import test from 'node:test';\nimport assert from 'node:assert';\ntest('adds', () => assert.equal(1 + 1, 2));\ntest('flag', () => assert.equal(process.env.FAIL_FLAG ?? '', ''));\n",
  '.gitignore': 'reports/\n.testops/\n',
};

// nine levels of nine: 9^6 "lol"s from a few hundred bytes
const ALIAS_BOMB = `version: 1
x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
x-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
x-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
x-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
x-f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
suites:
  unit:
    command: "true"
    tags: *f
`;

/** one line on stderr, no stack */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0] ?? '';
}

describe('exitCodeFor', () => {
  it('is 2 for each user error class and node parseArgs errors, 3 for anything else', () => {
    for (const error of [
      new ConfigError('x'),
      new UsageError('x'),
      new InputError('x'),
      new EventError('x'),
      new GitStateError('x'),
      new ReportError('f.xml', 'x'),
    ])
      expect(exitCodeFor(error), error.name).toBe(EXIT.userError);
    const parseArgsError = Object.assign(new TypeError("Unknown option '--x'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    expect(exitCodeFor(parseArgsError)).toBe(2);
    for (const error of [new Error('x'), new TypeError('x is undefined'), new RangeError('x'), 'a string', undefined])
      expect(exitCodeFor(error)).toBe(EXIT.internal);
    expect(EXIT).toEqual({ passed: 0, gateFailed: 1, userError: 2, internal: 3 });
  });

  it('says an internal error is a testops bug in one line, with the stack kept apart', () => {
    const described = describeError(new TypeError('cannot read x\nsecond line'), 'testops report');
    expect(described.code).toBe(3);
    expect(described.line).toMatch(
      /^testops report: internal error, a bug in testops .*TypeError: cannot read x; re-run with debug logging/,
    );
    expect(described.line).not.toContain('\n');
    expect(described.stack).toMatch(/TypeError: cannot read x/);
    expect(describeError(new GitStateError('the base "x" is not in this checkout: fetch it'), 'testops plan')).toMatchObject({
      code: 2,
      line: 'the base "x" is not in this checkout: fetch it',
      title: 'testops plan: git error',
    });
  });
});

describe('testops CLI exit codes (node dist/cli.js)', () => {
  let repo: string;
  beforeAll(async () => {
    expect(existsSync(join(ROOT, 'dist/cli.js')), 'dist/cli.js is built (npm run build)').toBe(true);
    repo = await makeRepo(REPO);
  });

  it('0: every gate passed', async () => {
    const result = await testops(['run', '--base', 'HEAD', '--full', '--out', join(repo, '.testops/pass'), '--quiet'], repo);
    expect(result.code, result.stderr).toBe(0);
  });

  it('1: a gate failed', async () => {
    const result = await testops(['run', '--base', 'HEAD', '--full', '--out', join(repo, '.testops/fail'), '--quiet'], repo, {
      FAIL_FLAG: '1',
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/failed/);
  });

  it('2, config: a YAML alias bomb, through plan, run and validate alike', async () => {
    const bomb = await makeRepo({ 'testops.yml': ALIAS_BOMB });
    for (const command of [['plan'], ['run', '--base', 'HEAD'], ['validate']]) {
      const result = await testops(command, bomb);
      expect(result.code, `${command[0]}: ${result.stderr}`).toBe(2);
      expect(oneLine(result.stderr)).toMatch(/^testops\.yml:3:\d+: invalid YAML: aliases expand to too much data.*; repeat the values/);
    }
  });

  it('2, usage: an unknown command, an unknown option, a bad option value', async () => {
    const command = await testops(['frobnicate'], repo);
    expect(command.code).toBe(2);
    expect(oneLine(command.stderr)).toMatch(/unknown command "frobnicate" \(expected run, .*see testops --help\)/);
    const option = await testops(['plan', '--bogus'], repo);
    expect(option.code).toBe(2);
    expect(oneLine(option.stderr)).toMatch(/^testops plan: Unknown option '--bogus'.*\(see testops --help\)$/);
    const format = await testops(['run', '--format', 'xml'], repo);
    expect(format.code).toBe(2);
    expect(oneLine(format.stderr)).toBe('--format: expected terminal, md or json, got "xml"');
    const replay = await testops(['replay-impact', '--from', 'HEAD'], repo);
    expect(replay.code).toBe(2);
    expect(oneLine(replay.stderr)).toMatch(/--from and --to are required; usage: testops replay-impact/);
  });

  it('2, input: a report file that is not a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-exit-'));
    writeFileSync(join(dir, 'broken.xml'), '<testsuite name="x"><testcase name="a">');
    const result = await testops(['parse', 'broken.xml'], dir);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(/^broken\.xml:1:\d+: /);
  });

  it('2, git: outside a git repository, and replay-impact over a revision that is not there', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'testops-exit-'));
    const plan = await testops(['plan'], outside);
    expect(plan.code).toBe(2);
    expect(oneLine(plan.stderr)).toMatch(/is not inside a git repository: .*run it in a git checkout/);
    const replay = await testops(['replay-impact', '--from', 'no-such-revision', '--to', 'HEAD'], repo);
    expect(replay.code).toBe(2);
    expect(oneLine(replay.stderr)).toMatch(
      /^replay-impact: no-such-revision is not a commit in .*\(fetch the history: git fetch --unshallow\)$/,
    );
    const outsideReplay = await testops(['replay-impact', '--from', 'HEAD~1', '--to', 'HEAD'], outside);
    expect(outsideReplay.code).toBe(2);
    expect(oneLine(outsideReplay.stderr)).toMatch(/is not inside a git repository/);
  });

  it('3, internal: one line saying it is a testops bug; the stack only with --debug', async () => {
    // .testops, where the CLI keeps its outputs, is a file: testops does not handle that (yet)
    const broken = await makeRepo(REPO);
    writeFileSync(join(broken, '.testops'), 'not a directory\n');
    const result = await testops(['run', '--base', 'HEAD'], broken);
    expect(result.code, result.stderr).toBe(3);
    expect(oneLine(result.stderr)).toMatch(
      /^testops run: internal error, a bug in testops \(please report it with this line\): .*EEXIST.*; re-run with debug logging .*--debug/,
    );
    const debug = await testops(['run', '--base', 'HEAD', '--debug'], broken);
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/internal error, a bug in testops/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
