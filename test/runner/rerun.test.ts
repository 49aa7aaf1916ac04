/**
 * Rerun presets and placeholders: each runner's selectors, and escaping (regex, then shell) of
 * hostile test names, checked by running the filled command through a real /bin/sh.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { TestCase } from '../../src/model.js';
import { escapeRegex, presetOf, pytestId, rerunCommand, rerunProblem } from '../../src/runner/rerun.js';

const test = (name: string, extra: Partial<TestCase> = {}): TestCase => ({
  id: `${extra.file ?? ''}:${extra.classname ?? ''}:${name}`,
  suite: 's',
  name,
  status: 'failed',
  attempts: [{ status: 'failed', duration: 0 }],
  flaky: false,
  duration: 0,
  ...extra,
});

/** The words the shell makes of a filled command: run it with printf in front. */
const words = (command: string): string[] =>
  execFileSync('/bin/sh', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' })
    .split('\0')
    .slice(0, -1);

const HOSTILE = [
  `it's "quoted" $(touch /tmp/pwned) \`id\``,
  'a|b (c) [d] {e} ^f$ g.h*i+j?k\\l',
  'tab\there',
  'new\nline',
  'describe > nested > test',
  '$HOME; rm -rf / #',
];

describe('escapeRegex', () => {
  it('matches exactly the name and nothing else, for hostile names', () => {
    for (const name of HOSTILE) {
      const pattern = new RegExp(`^${escapeRegex(name)}$`);
      expect(pattern.test(name)).toBe(true);
      expect(pattern.test(`${name}x`)).toBe(false);
      expect(pattern.test(name.slice(1))).toBe(false);
    }
  });
});

describe('presets', () => {
  it('accepts preset names and aliases, templates with a placeholder, and rejects the rest', () => {
    expect(presetOf('node:test')).toBe('node');
    expect(presetOf('Pytest')).toBe('pytest');
    expect(rerunProblem('pytest-3 -q {pytest-ids}')).toBeUndefined();
    expect(rerunProblem('npx vitest run')).toMatch(/expected a preset/);
  });

  it('pytest: node ids path::Class::test[param], each one shell word', () => {
    const failed = [
      test('test_b[1-x]', { file: 'tests/test_a.py', classname: 'tests.test_a.TestThing' }),
      test('test_plain', { file: 'tests/test_a.py', classname: 'tests.test_a' }),
      test(`test_evil[it's $(id)]`, { file: 'tests/sub/test_c.py', classname: 'tests.sub.test_c.TestOuter.TestInner' }),
    ];
    const { command } = rerunCommand('pytest', 'pytest-3 -q --junitxml=r.xml', failed);
    expect(words(command)).toEqual([
      'pytest-3',
      '-q',
      '--junitxml=r.xml',
      'tests/test_a.py::TestThing::test_b[1-x]',
      'tests/test_a.py::test_plain',
      `tests/sub/test_c.py::TestOuter::TestInner::test_evil[it's $(id)]`,
    ]);
    expect(pytestId({ file: 'test_top.py', classname: 'test_top', name: 't' })).toBe('test_top.py::t');
  });

  it('vitest: the files and an anchored -t pattern with describe blocks joined by spaces', () => {
    const failed = [test('math > adds', { file: 'test/a.test.ts' }), test('weird (a|b) $x', { file: 'test/b.test.ts' })];
    const [, , ...rest] = words(rerunCommand('vitest', 'npx vitest', failed).command);
    expect(rest.slice(0, 3)).toEqual(['test/a.test.ts', 'test/b.test.ts', '-t']);
    const pattern = new RegExp(rest[3] as string);
    expect(pattern.test('math adds')).toBe(true);
    expect(pattern.test('weird (a|b) $x')).toBe(true);
    expect(pattern.test('math adds too')).toBe(false);
    expect(pattern.test('weird a')).toBe(false);
  });

  it('node:test and mocha: name patterns; playwright: files and a --grep anchored at the end', () => {
    const failed = [test('adds', { file: 'test/a.test.mjs' })];
    expect(words(rerunCommand('node', 'node --test', failed).command)).toEqual([
      'node',
      '--test',
      '--test-name-pattern=(?:^| )(adds)$',
      'test/a.test.mjs',
    ]);
    // node reads no option after its first file: the pattern goes right after --test
    expect(words(rerunCommand('node', 'node --test --test-reporter=junit test/', failed).command)).toEqual([
      'node',
      '--test',
      '--test-name-pattern=(?:^| )(adds)$',
      '--test-reporter=junit',
      'test/',
      'test/a.test.mjs',
    ]);
    const nodePattern = new RegExp(words(rerunCommand('node', 'node --test', failed).command)[2]?.slice(20) as string);
    expect(['adds', 'math adds'].map((name) => nodePattern.test(name))).toEqual([true, true]);
    expect(['readds', 'adds more'].map((name) => nodePattern.test(name))).toEqual([false, false]);
    expect(words(rerunCommand('mocha', 'npx mocha', failed).command)).toEqual(['npx', 'mocha', '--grep', '^(adds)$']);
    const pw = [test('suite › logs in', { file: 'e2e/login.spec.ts' })];
    expect(words(rerunCommand('playwright', 'npx playwright test', pw).command)).toEqual([
      'npx',
      'playwright',
      'test',
      'e2e/login.spec.ts',
      '--grep',
      '(logs in)$',
    ]);
  });

  it('vitest takes the file from classname when the report has none; jest puts -t before its files, after --', () => {
    // vitest's JUnit: classname = the file, no file attribute
    const vitest = [test('math > adds', { classname: 'test/a.test.ts' })];
    expect(words(rerunCommand('vitest', 'npx vitest run', vitest).command)).toEqual([
      'npx',
      'vitest',
      'run',
      'test/a.test.ts',
      '-t',
      '^(math adds)$',
    ]);
    // a classname that is not a script file is not taken for one
    expect(rerunCommand('vitest', 'npx vitest run', [test('adds', { classname: 'math' })]).fallback).toContain('vitest preset');
    // jest's array options (--reporters=a b) swallow what follows them
    const jest = [test('math adds', { file: 'test/a.test.js' })];
    expect(words(rerunCommand('jest', 'npx jest --reporters=default', jest).command)).toEqual([
      'npx',
      'jest',
      '--reporters=default',
      '-t',
      '^(math adds)$',
      '--',
      'test/a.test.js',
    ]);
  });

  it('go: -run with the top-level test functions and the packages', () => {
    const failed = [
      test('TestB/case_1', { classname: 'example.com/m/pkg/a' }),
      test('TestA', { classname: 'example.com/m/pkg/a' }),
      test('TestC', { classname: 'example.com/m/pkg/b' }),
    ];
    expect(words(rerunCommand('go', 'go test', failed).command)).toEqual([
      'go',
      'test',
      '-run',
      '^(TestA|TestB|TestC)$',
      'example.com/m/pkg/a',
      'example.com/m/pkg/b',
    ]);
  });

  it('maven and gradle: Class#method and --tests filters, parameters dropped', () => {
    const failed = [
      test('adds[1]', { classname: 'com.acme.MathTest' }),
      test('subtracts()', { classname: 'com.acme.MathTest' }),
      test('parses', { classname: 'com.acme.ParserTest' }),
    ];
    expect(words(rerunCommand('maven', 'mvn -q test', failed).command)).toEqual([
      'mvn',
      '-q',
      'test',
      '-Dtest=com.acme.MathTest#adds+subtracts,com.acme.ParserTest#parses',
      '-Dsurefire.failIfNoSpecifiedTests=false',
    ]);
    expect(words(rerunCommand('gradle', './gradlew test', failed).command)).toEqual([
      './gradlew',
      'test',
      '--tests',
      'com.acme.MathTest.adds',
      '--tests',
      'com.acme.MathTest.subtracts',
      '--tests',
      'com.acme.ParserTest.parses',
    ]);
  });

  it('templates: placeholders filled, hostile names stay single words, unknown braces left alone', () => {
    const failed = HOSTILE.map((name) => test(name, { file: `t/${name.length}.py` }));
    const { command } = rerunCommand('run-tests {tests} --x={{literal}}', 'full', failed);
    expect(words(command)).toEqual(['run-tests', ...[...new Set(HOSTILE)], '--x={{literal}}']);
    const regex = words(rerunCommand('r {name-regex}', 'full', failed).command)[1] as string;
    for (const name of HOSTILE) expect(new RegExp(regex).test(name)).toBe(true);
    expect(new RegExp(regex).test('other')).toBe(false);
  });

  it('falls back to the whole command, saying why, when the report lacks what the selectors need', () => {
    expect(rerunCommand('pytest', 'pytest-3', [test('t')])).toEqual({
      command: 'pytest-3',
      fallback: 'the report does not give what the pytest preset needs to name each failed test',
    });
    expect(rerunCommand('x {files}', 'full', [test('t')]).command).toBe('full');
    expect(rerunCommand(undefined, 'full', [test('t')]).command).toBe('full');
  });
});
