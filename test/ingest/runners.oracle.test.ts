/**
 * Counts equal to each runner's own: real runners run test files written for it (nested describes,
 * equal names, parameterized cases, skips, failures, errors, a retried test), write JUnit XML, and
 * testops' totals from that XML are compared with the summary line the runner printed itself.
 *
 * node:test and vitest come with Node and the project; jest + jest-junit and mocha +
 * mocha-junit-reporter are installed into a temp dir; pytest (with pytest-rerunfailures and
 * pytest-cov) and gotestsum are Debian packages that `.ci/run` installs.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportFile } from '../../src/ingest/index.js';
import type { TestReport, TestTotals } from '../../src/model.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'testops-runners-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  out: string;
}

/** Runs a program; its exit code and stdout+stderr (without colour codes), never throwing. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, out: `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '') });
      },
    );
  });
}

function project(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function totals(path: string): Promise<TestTotals> {
  const report = (await parseReportFile(path, { format: 'junit' })) as TestReport;
  return report.totals;
}

/** A number before a word in a summary line ("3 failed", "ℹ pass 5" is handled by the caller). */
function countOf(line: string, word: RegExp): number {
  const match = line.match(new RegExp(`(\\d+) ${word.source}`));
  return match ? Number(match[1]) : 0;
}

describe('node:test', () => {
  it('nested describes, equal names, skips, todo and failures count as node counts them; the describe example fails the run', async () => {
    const dir = project('node', {
      'a.test.mjs': `import { describe, it } from 'node:test';
import assert from 'node:assert';
describe('alpha', () => { it('works', () => assert.ok(false)); });
describe('beta',  () => { it('works', () => assert.ok(true)); });
describe('outer', () => {
  describe('inner', () => { it('works', () => {}); it('works', () => {}); });
  it('skipped', { skip: 'later' }, () => {});
  it('todo', { todo: true }, () => {});
  it('throws', () => { throw new TypeError('not a function'); });
});
`,
    });
    const ran = await run(
      process.execPath,
      [
        '--test',
        '--test-reporter=junit',
        '--test-reporter-destination=out.xml',
        '--test-reporter=tap',
        '--test-reporter-destination=stdout',
        'a.test.mjs',
      ],
      dir,
    );
    expect(ran.code).toBe(1);
    // TAP's own summary: "# tests 7", "# pass 3", "# fail 2", "# skipped 1", "# todo 1"
    const figure = (name: string) => Number(ran.out.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1]);
    const ours = await totals(join(dir, 'out.xml'));
    expect(ours.tests).toBe(figure('tests'));
    expect(ours.passed).toBe(figure('pass'));
    expect(ours.failed + ours.errored).toBe(figure('fail'));
    expect(ours.skipped).toBe(figure('skipped') + figure('todo'));
    expect(ours.flaky).toBe(0);
    expect(figure('tests')).toBe(7);

    // the example through `testops run`: 2 tests, 1 failed, 0 flaky, and the run fails
    const repo = project('node-run', {
      'ex.test.mjs': `import { describe, it } from 'node:test';
import assert from 'node:assert';
describe('alpha', () => { it('works', () => assert.ok(false)); });
describe('beta',  () => { it('works', () => assert.ok(true)); });
`,
      'testops.yml': `version: 1
suites:
  unit:
    command: node --test --test-reporter=junit --test-reporter-destination=reports/unit.xml ex.test.mjs
    always: true
    reports: { junit: reports/unit.xml }
`,
    });
    await run('git', ['init', '-q'], repo);
    await run('git', ['add', '.'], repo);
    await run('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'init'], repo);
    const cli = await run(process.execPath, [join(ROOT, 'dist/cli.js'), 'run', '--full'], repo);
    expect(cli.code).toBe(1);
    const parsed = await run(process.execPath, [join(ROOT, 'dist/cli.js'), 'parse', 'reports/unit.xml'], repo);
    expect(JSON.parse(parsed.out.slice(0, parsed.out.lastIndexOf(']') + 1))[0].totals).toMatchObject({
      tests: 2,
      failed: 1,
      passed: 1,
      flaky: 0,
    });
  });
});

describe('vitest', () => {
  it('describes, equal it names, it.each with equal titles, skip, todo, retry and errors count as vitest counts them', async () => {
    const dir = project('vitest', {
      'package.json': '{}',
      'a.test.js': `let calls = 0;
describe('alpha', () => {
  it('works', () => { expect(1).toBe(2); });
  describe('inner', () => { it('works', () => {}); });
  it.each([1, 1, 2])('adds %i', (n) => { expect(n).toBeLessThan(2); });
  it.skip('later', () => {});
  it('retried', { retry: 2 }, () => { calls++; if (calls < 2) throw new Error('first run fails'); });
});
describe('beta', () => { it('works', () => {}); it.todo('someday'); it('throws', () => { throw new TypeError('x'); }); });
`,
    });
    const ran = await run(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--globals',
        '--root',
        '.',
        '--reporter=default',
        '--reporter=junit',
        '--outputFile.junit=out.xml',
      ],
      dir,
    );
    // "Tests  3 failed | 5 passed | 1 skipped | 1 todo (10)"
    const line = ran.out.split('\n').find((text) => /^\s*Tests\s/.test(text))!;
    expect(line).toBeDefined();
    const ours = await totals(join(dir, 'out.xml'));
    expect(ours.tests).toBe(Number(line.match(/\((\d+)\)/)![1]));
    expect(ours.failed + ours.errored).toBe(countOf(line, /failed/));
    expect(ours.passed).toBe(countOf(line, /passed/));
    expect(ours.skipped).toBe(countOf(line, /skipped/) + countOf(line, /todo/));
    expect(ours.tests).toBe(10);
  });
});

/** jest + jest-junit and mocha + mocha-junit-reporter, installed once into a temp dir. */
let jsRunners: Promise<string> | undefined;
function installJsRunners(): Promise<string> {
  jsRunners ??= (async () => {
    const dir = project('js-runners', { 'package.json': '{"private":true}' });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const ran = await run(
      npm,
      ['install', '--no-audit', '--no-fund', '--silent', 'jest@29', 'jest-junit@16', 'mocha@10', 'mocha-junit-reporter@2'],
      dir,
    );
    if (ran.code !== 0) throw new Error(`npm install of the JS runners failed:\n${ran.out}`);
    return dir;
  })();
  return jsRunners;
}

const JS_CASES = `let calls = 0;
describe('alpha', () => {
  it('works', () => { throw new Error('alpha fails'); });
  describe('inner', () => { it('works', () => {}); });
  it.skip('later', () => {});
  it('throws', () => { null.x; });
});
describe('beta', () => { it('works', () => {}); it('works', () => {}); });
`;

describe('jest (jest-junit)', () => {
  it('describes, equal names, test.each with equal titles, skip, retryTimes and errors count as jest counts them', async () => {
    const runners = await installJsRunners();
    const dir = project('jest', {
      'package.json': '{"jest":{"testEnvironment":"node"}}',
      'a.test.js': `jest.retryTimes(2);
${JS_CASES}
describe('each', () => { test.each([1, 1, 2])('adds %i', (n) => { expect(n).toBeLessThan(2); }); });
let tries = 0;
test('retried', () => { tries++; if (tries < 2) throw new Error('first run fails'); });
`,
    });
    const ran = await run(
      process.execPath,
      [join(runners, 'node_modules/jest/bin/jest.js'), '--ci', '--reporters=default', '--reporters=jest-junit'],
      dir,
      {
        JEST_JUNIT_OUTPUT_DIR: dir,
        JEST_JUNIT_OUTPUT_NAME: 'out.xml',
        NODE_PATH: join(runners, 'node_modules'),
      },
    );
    // "Tests:       3 failed, 1 skipped, 6 passed, 10 total"
    const line = ran.out.split('\n').find((text) => /^Tests:/.test(text))!;
    expect(line, ran.out).toBeDefined();
    const ours = await totals(join(dir, 'out.xml'));
    expect(ours.tests).toBe(countOf(line, /total/));
    expect(ours.failed + ours.errored).toBe(countOf(line, /failed/));
    expect(ours.passed).toBe(countOf(line, /passed/));
    expect(ours.skipped).toBe(countOf(line, /skipped/) + countOf(line, /todo/));
  });
});

describe('mocha (mocha-junit-reporter)', () => {
  it('describes, equal names, skip, this.retries and errors count as mocha counts them', async () => {
    const runners = await installJsRunners();
    const dir = project('mocha', {
      'a.test.js': `${JS_CASES}
describe('retry', function () { this.retries(2); let tries = 0; it('retried', () => { tries++; if (tries < 2) throw new Error('first'); }); });
`,
    });
    const mocha = join(runners, 'node_modules/mocha/bin/mocha.js');
    // mocha has one reporter a run: the spec summary from one run, the XML from a second (the tests are deterministic)
    const spec = await run(process.execPath, [mocha, 'a.test.js'], dir);
    await run(
      process.execPath,
      [
        mocha,
        '--reporter',
        join(runners, 'node_modules/mocha-junit-reporter'),
        '--reporter-options',
        `mochaFile=${join(dir, 'out.xml')},includePending=true`,
        'a.test.js',
      ],
      dir,
    );
    // "  5 passing (6ms)", "  1 pending", "  2 failing"
    const ours = await totals(join(dir, 'out.xml'));
    expect(ours.passed).toBe(countOf(spec.out, /passing/));
    expect(ours.failed + ours.errored).toBe(countOf(spec.out, /failing/));
    expect(ours.skipped).toBe(countOf(spec.out, /pending/));
    expect(ours.tests).toBe(7);
  });
});

describe('pytest (pytest-rerunfailures, pytest-cov)', () => {
  it('parametrize with equal values, classes, skips, failures, errors and a rerun count as pytest counts them', async () => {
    const dir = project('pytest', {
      'pkg/__init__.py': '',
      'pkg/calc.py': 'def add(a, b):\n    return a + b\n',
      'tests/test_calc.py': `import pytest
from pkg.calc import add

state = {"n": 0}

@pytest.mark.flaky(reruns=2)
def test_flaky():
    state["n"] += 1
    assert state["n"] >= 2

@pytest.mark.parametrize("x", [1, 2, 2])
def test_param(x):
    assert add(x, 0) < 2

class TestAdd:
    def test_zero(self):
        assert add(0, 0) == 0
    @pytest.mark.skip(reason="later")
    def test_skipped(self):
        pass

class TestOther:
    def test_zero(self):
        raise RuntimeError("boom")

@pytest.fixture
def broken():
    raise ValueError("fixture")

def test_fixture(broken):
    pass
`,
    });
    const ran = await run('/usr/bin/python3', ['-m', 'pytest', '-p', 'no:cacheprovider', '--cov=pkg', '--junitxml=out.xml', 'tests'], dir);
    // "3 failed, 3 passed, 1 skipped, 1 error, 1 rerun in 0.07s"
    const line = ran.out.split('\n').find((text) => / in [\d.]+s/.test(text) && /passed|failed/.test(text))!;
    expect(line, ran.out).toBeDefined();
    expect(countOf(line, /rerun/)).toBe(1);
    const ours = await totals(join(dir, 'out.xml'));
    expect(ours.passed).toBe(countOf(line, /passed/));
    expect(ours.failed).toBe(countOf(line, /failed/));
    expect(ours.errored).toBe(countOf(line, /errors?/));
    expect(ours.skipped).toBe(countOf(line, /skipped/));
    expect(ours.tests).toBe(8);
  });
});

describe('go (gotestsum)', () => {
  it('subtests with equal names, skips, failures and --rerun-fails count as gotestsum counts them', async () => {
    const dir = project('go', {
      'go.mod': 'module example.com/oracle\n\ngo 1.19\n',
      'a_test.go': `package oracle

import (
	"os"
	"testing"
)

func TestPass(t *testing.T) {}
func TestFail(t *testing.T) { t.Fatal("boom") }
func TestSkip(t *testing.T) { t.Skip("later") }
func TestTable(t *testing.T) {
	for _, name := range []string{"one", "two", "two"} {
		t.Run(name, func(t *testing.T) {
			if name == "one" {
				t.Error("one fails")
			}
		})
	}
}
func TestFlaky(t *testing.T) {
	if _, err := os.Stat("marker"); err != nil {
		os.WriteFile("marker", []byte("x"), 0o644)
		t.Fatal("first run fails")
	}
}
`,
    });
    const ran = await run('gotestsum', ['--junitfile', 'out.xml', '--format', 'testname', '--rerun-fails=2', '--packages', './...'], dir, {
      GOFLAGS: '-count=1',
      GOCACHE: join(work, 'gocache'),
      GOPATH: join(work, 'gopath'),
    });
    // "DONE 3 runs, 15 tests, 1 skipped, 10 failures in 0.5s": gotestsum counts executions
    // one DONE line per pass (first run, each rerun): the last one sums them all
    const line = ran.out.split('\n').findLast((text) => text.startsWith('DONE'))!;
    expect(line, ran.out).toBeDefined();
    const report = (await parseReportFile(join(dir, 'out.xml'), { format: 'junit' })) as TestReport;
    const executions = report.tests.flatMap((test) => test.attempts);
    expect(executions.length).toBe(countOf(line, /tests/));
    expect(executions.filter((attempt) => attempt.status === 'failed').length).toBe(countOf(line, /failures/));
    expect(executions.filter((attempt) => attempt.status === 'skipped').length).toBe(countOf(line, /skipped/));
    // and as tests: each rerun is an attempt of its test; TestFlaky failed, then passed
    expect(report.totals).toMatchObject({ tests: 8, passed: 4, failed: 3, skipped: 1, flaky: 1 });
  });
});
