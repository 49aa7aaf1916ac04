/**
 * The rerun presets against the real runners: for vitest, jest, node:test, mocha, pytest and go
 * (gotestsum), a project with a passing test, a flaky one (fails on its first run), one that
 * always fails under a name hostile to regexes and shells, and a decoy whose name starts like the
 * hostile one goes through `testops run` (dist/cli.js) with `retries: 1` and `rerun: <preset>`.
 *
 * Each test appends its name to ran.log, so what the retry really ran is known: exactly the flaky
 * and the failing test, nothing else, nothing executed from a name (no `pwned` file). The report
 * has the flaky test as flaky and the retry that still failed with its reason; the comment shows it.
 *
 * vitest is the project's own; jest + jest-junit and mocha + mocha-junit-reporter are installed
 * into a temp dir; pytest-3 (Debian's /usr/bin/python3) and go + gotestsum are the Debian
 * packages `.ci/run` installs.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'testops-presets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A name that breaks an unescaped regex ((a|b), [x], \d+, *, $) and an unquoted shell ($(…), `…`, '). */
const HOSTILE = "it's $(touch pwned) (a|b) [x] `id` \\d+ *";
/** Starts like HOSTILE: an unanchored pattern would rerun it too. */
const DECOY = `${HOSTILE} plus`;

interface Ran {
  code: number | null;
  out: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, out: `${stdout}\n${stderr}` });
      },
    );
  });
}

let jsRunners: Promise<string> | undefined;
/** jest + jest-junit and mocha + mocha-junit-reporter, installed once into a temp dir. */
function installJsRunners(): Promise<string> {
  jsRunners ??= (async () => {
    const dir = join(work, 'js-runners');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name":"runners","private":true}');
    const ran = await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--silent', 'jest@29', 'jest-junit@16', 'mocha@10', 'mocha-junit-reporter@2'],
      dir,
    );
    if (ran.code !== 0) throw new Error(`npm install of the JS runners failed:\n${ran.out}`);
    return dir;
  })();
  return jsRunners;
}

interface Scenario {
  preset: string;
  command: string;
  report: string;
  files: Record<string, string>;
  env?: Record<string, string>;
  /** the names each test writes to ran.log */
  names: { pass: string; flaky: string; hostile: string; decoy: string };
}

async function runScenario(name: string, scenario: Scenario) {
  const repo = join(work, name);
  const config = `version: 1
retries: 1
suites:
  unit:
    command: ${JSON.stringify(scenario.command)}
    rerun: ${scenario.preset}
    always: true
    reports: { junit: ${scenario.report} }
${scenario.env ? `    env: ${JSON.stringify(scenario.env)}\n` : ''}`;
  for (const [path, text] of Object.entries({
    ...scenario.files,
    'testops.yml': config,
    '.gitignore': 'reports/\n.testops/\nran.log\nflaky.seen\n',
  })) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  await run('git', ['init', '-q', '-b', 'main'], repo);
  await run('git', ['add', '.'], repo);
  await run('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'init'], repo);
  const cli = await run(process.execPath, [join(ROOT, 'dist/cli.js'), 'run', '--full', '--format', 'md'], repo);
  const ran = existsSync(join(repo, 'ran.log')) ? readFileSync(join(repo, 'ran.log'), 'utf8').trim().split('\n') : [];
  const read = (file: string) => readFileSync(join(repo, '.testops/out', file), 'utf8');
  return {
    repo,
    cli,
    ran,
    report: existsSync(join(repo, '.testops/out/report.json')) ? JSON.parse(read('report.json')) : undefined,
    comment: existsSync(join(repo, '.testops/out/comment.md')) ? read('comment.md') : '',
  };
}

/** What every runner must show: the retry ran the flaky and the hostile test alone; flaky reported; the failing retry with its reason. */
function expectRerunAlone(result: Awaited<ReturnType<typeof runScenario>>, scenario: Scenario, reason: RegExp) {
  const { names } = scenario;
  const detail = `${result.cli.out}\nran.log:\n${result.ran.join('\n')}`;
  expect(result.cli.code, detail).toBe(1);
  const all = [names.pass, names.flaky, names.hostile, names.decoy].sort();
  expect(result.ran.slice(0, 4).sort(), detail).toEqual(all);
  // the retry: exactly the two that failed
  expect(result.ran.slice(4).sort(), detail).toEqual([names.flaky, names.hostile].sort());
  expect(existsSync(join(result.repo, 'pwned')), 'a test name ran as shell text').toBe(false);
  const report = result.report;
  expect(report, detail).toBeDefined();
  expect(report.totals.flaky, detail).toBe(1);
  expect(report.flakyTests.map((test: { name: string }) => test.name).join('\n')).toMatch(/sometimes/i);
  expect(report.failures.length).toBeGreaterThan(0);
  expect(report.retries).toHaveLength(1);
  const retry = report.retries[0];
  expect(retry.scope).toBe(`the failed test(s) alone (rerun: ${scenario.preset})`);
  expect(retry.result).toMatch(/^\d+ still failed$/);
  expect(`${retry.failure?.name}: ${retry.failure?.message ?? ''}`, JSON.stringify(retry)).toMatch(reason);
  expect(result.comment).toContain('Retries (1, 1 still failing)');
  expect(result.comment).toMatch(/still failed/);
}

const jsNote = `const { appendFileSync, existsSync, writeFileSync } = require('node:fs');
const note = (name) => appendFileSync('ran.log', name + '\\n');
const firstTime = () => { if (existsSync('flaky.seen')) return false; writeFileSync('flaky.seen', ''); return true; };
`;
/** A describe block with the four tests for a runner whose globals are describe/it. */
const jsTests = (it = 'it') => `describe('math', () => {
  ${it}('adds', () => { note('adds'); });
  ${it}('sometimes', () => { note('sometimes'); if (firstTime()) throw new Error('first time fails'); });
  ${it}(${JSON.stringify(HOSTILE)}, () => { note('hostile'); throw new Error('always fails'); });
  ${it}(${JSON.stringify(DECOY)}, () => { note('decoy'); });
});
`;
const JS_NAMES = { pass: 'adds', flaky: 'sometimes', hostile: 'hostile', decoy: 'decoy' };

describe('rerun presets against the real runners', () => {
  it('vitest: the files and an anchored, escaped -t', async () => {
    const scenario: Scenario = {
      preset: 'vitest',
      command: `node ${join(ROOT, 'node_modules/vitest/vitest.mjs')} run --globals --reporter=junit --outputFile=reports/unit.xml`,
      report: 'reports/unit.xml',
      files: { 'test/a.test.cjs': `${jsNote}${jsTests('test')}` },
      names: JS_NAMES,
    };
    expectRerunAlone(await runScenario('vitest', scenario), scenario, /always fails/);
  });

  it('jest: the files (jest-junit file attribute) and an anchored, escaped -t', async () => {
    const runners = await installJsRunners();
    const scenario: Scenario = {
      preset: 'jest',
      command: `node ${join(runners, 'node_modules/jest/bin/jest.js')} --ci --reporters=default --reporters=${join(runners, 'node_modules/jest-junit')}`,
      report: 'reports/unit.xml',
      env: { JEST_JUNIT_OUTPUT_DIR: 'reports', JEST_JUNIT_OUTPUT_NAME: 'unit.xml', JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' },
      files: { 'test/a.test.js': `${jsNote}${jsTests()}`, 'jest.config.js': 'module.exports = {};\n' },
      names: JS_NAMES,
    };
    expectRerunAlone(await runScenario('jest', scenario), scenario, /always fails/);
  });

  it('node:test: --test-name-pattern before the files, matching inside a describe', async () => {
    const scenario: Scenario = {
      preset: 'node',
      command: 'node --test --test-reporter=junit --test-reporter-destination=reports/unit.xml test/',
      report: 'reports/unit.xml',
      files: { 'test/a.test.cjs': `const { describe, it } = require('node:test');\n${jsNote}${jsTests()}` },
      names: JS_NAMES,
    };
    expectRerunAlone(await runScenario('node', scenario), scenario, /always fails/);
  });

  it('mocha: an anchored, escaped --grep on the full title', async () => {
    const runners = await installJsRunners();
    const scenario: Scenario = {
      preset: 'mocha',
      command: `node ${join(runners, 'node_modules/mocha/bin/mocha.js')} --reporter ${join(runners, 'node_modules/mocha-junit-reporter')} --reporter-options mochaFile=reports/unit.xml test/a.test.js`,
      report: 'reports/unit.xml',
      files: { 'test/a.test.js': `${jsNote}${jsTests()}` },
      names: JS_NAMES,
    };
    expectRerunAlone(await runScenario('mocha', scenario), scenario, /always fails/);
  });

  it('pytest: node ids path::Class::test[param], the hostile one as a parameter id', async () => {
    const scenario: Scenario = {
      preset: 'pytest',
      command: '/usr/bin/python3 -m pytest -p no:cacheprovider -q -o junit_family=xunit1 --junitxml=reports/unit.xml',
      report: 'reports/unit.xml',
      files: {
        'tests/test_math.py': `import os
import pytest

def note(name):
    with open('ran.log', 'a') as f:
        f.write(name + '\\n')

class TestMath:
    def test_adds(self):
        note('adds')

    def test_sometimes(self):
        note('sometimes')
        if not os.path.exists('flaky.seen'):
            open('flaky.seen', 'w').close()
            assert False, 'first time fails'

    @pytest.mark.parametrize('who', ['hostile', 'decoy'], ids=[${JSON.stringify(HOSTILE)}, ${JSON.stringify(DECOY)}])
    def test_named(self, who):
        note(who)
        assert who != 'hostile', 'always fails'
`,
      },
      names: JS_NAMES,
    };
    expectRerunAlone(await runScenario('pytest', scenario), scenario, /always fails/);
  });

  it('go (gotestsum): -run with the anchored test functions and the package', async () => {
    const scenario: Scenario = {
      preset: 'go',
      command: 'gotestsum --format standard-quiet --junitfile reports/unit.xml -- -count=1',
      report: 'reports/unit.xml',
      env: { GOFLAGS: '-mod=mod', GOPROXY: 'off', GO111MODULE: 'on' },
      files: {
        'go.mod': 'module example.com/m\n\ngo 1.19\n',
        'm_test.go': `package m

import (
	"os"
	"testing"
)

func note(name string) {
	f, _ := os.OpenFile("ran.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	defer f.Close()
	f.WriteString(name + "\\n")
}

func TestAdds(t *testing.T) { note("adds") }

func TestSometimes(t *testing.T) {
	note("sometimes")
	if _, err := os.Stat("flaky.seen"); err != nil {
		os.WriteFile("flaky.seen", nil, 0o644)
		t.Fatal("first time fails")
	}
}

func TestHostile(t *testing.T) {
	note("hostile")
	t.Run(${JSON.stringify(HOSTILE)}, func(t *testing.T) { t.Fatal("always fails") })
}

func TestHostilePlus(t *testing.T) { note("decoy") }
`,
      },
      names: JS_NAMES,
    };
    expectRerunAlone(await runScenario('go', scenario), scenario, /always fails|TestHostile/);
  });
});
