/**
 * The suites `testops init` writes for jest (+ jest-junit), mocha (its built-in xunit reporter, and
 * mocha-junit-reporter), node:test under c8, and Go (gotestsum), run for real: in a small project per
 * runner with a passing, a skipped and a failing test, what `testops run --full` counts must be what
 * the runner's own machine-readable output counts, and the coverage the suite names must be read.
 * The JS runners are installed once from the npm registry into a cache under the OS temp dir.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, makeRepo, ROOT, run, testops } from '../cli/helpers.js';

const RUNNERS = join(tmpdir(), 'testops-init-js-runners');
const PACKAGES = ['jest@29', 'jest-junit@16', 'mocha@10', 'mocha-junit-reporter@2', 'c8@10'];

let installing: Promise<string> | undefined;
function jsRunners(): Promise<string> {
  installing ??= (async () => {
    if (existsSync(join(RUNNERS, 'node_modules/.bin/c8'))) return RUNNERS;
    mkdirSync(RUNNERS, { recursive: true });
    writeFileSync(join(RUNNERS, 'package.json'), '{"name":"runners","private":true}');
    const ran = await run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...PACKAGES], { cwd: RUNNERS });
    if (ran.code !== 0) throw new Error(`npm install of the JS runners failed: ${ran.stderr}`);
    return RUNNERS;
  })();
  return installing;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** init, then run --full: testops's totals and whether a coverage gate had a value. */
async function initAndRun(files: Record<string, string>, js: boolean) {
  const dir = await makeRepo({ ...files, '.gitignore': 'node_modules\n' });
  made.push(dir);
  if (js) symlinkSync(join(await jsRunners(), 'node_modules'), join(dir, 'node_modules'));
  const init = await testops(['init'], dir);
  expect(init.code, init.stderr).toBe(0);
  const ran = await testops(['run', '--full', '--quiet'], dir);
  expect(ran.code, ran.stderr.slice(-1500)).toBe(1); // one test fails on purpose
  const report = JSON.parse(readFileSync(join(dir, '.testops/out/report.json'), 'utf8'));
  const coverage = report.gates.find((gate: { gate: string }) => gate.gate === 'coverage');
  return { dir, init, totals: report.totals as Counts & { errored: number }, coverage: coverage?.value?.value as number | undefined };
}

/** A runner's own output, from stdout or a file it writes (its exit code is 1: a test fails). */
function runnerOutput(dir: string, command: string, args: string[]): Promise<string> {
  return new Promise((resolve) =>
    execFile(command, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (_error, stdout) =>
      resolve(stdout),
    ),
  );
}

const failedOf = (totals: { failed: number; errored: number }) => totals.failed + totals.errored;

describe('the suites testops init writes, run by the real runners', () => {
  it('jest + jest-junit, with collectCoverage', async () => {
    const { dir, totals, coverage } = await initAndRun(
      {
        'package.json': JSON.stringify({
          name: 'j',
          scripts: { test: 'jest' },
          devDependencies: { jest: '^29', 'jest-junit': '^16' },
          jest: { collectCoverage: true },
        }),
        'src/sum.js': 'module.exports = (a, b) => a + b;\n',
        'src/sum.test.js':
          "const sum = require('./sum');\ndescribe('sum', () => {\n  test('adds', () => expect(sum(1, 2)).toBe(3));\n  test.skip('later', () => {});\n  test('fails', () => expect(sum(1, 1)).toBe(3));\n});\n",
      },
      true,
    );
    const json = JSON.parse(await runnerOutput(dir, 'npx', ['jest', '--ci', '--json']));
    const jest = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
    console.log(`jest: testops ${JSON.stringify(totals)}; jest --json ${JSON.stringify(jest)}; coverage ${coverage}`);
    expect(jest).toEqual({ passed: 1, failed: 1, skipped: 1 });
    expect({ passed: totals.passed, failed: failedOf(totals), skipped: totals.skipped }).toEqual(jest);
    expect(coverage).toBeGreaterThan(0);
  });

  for (const reporter of ['xunit', 'mocha-junit-reporter'])
    it(`mocha with ${reporter === 'xunit' ? 'its built-in xunit reporter' : 'mocha-junit-reporter'}`, async () => {
      const devDependencies: Record<string, string> = { mocha: '^10' };
      if (reporter !== 'xunit') devDependencies['mocha-junit-reporter'] = '^2';
      const { dir, totals } = await initAndRun(
        {
          'package.json': JSON.stringify({ name: 'm', scripts: { test: 'mocha' }, devDependencies }),
          'test/a.js':
            "const assert = require('node:assert');\ndescribe('outer', () => {\n  describe('inner', () => {\n    it('one', () => {});\n    it.skip('two', () => {});\n  });\n  it('fails', () => assert.equal(1, 2));\n});\n",
        },
        true,
      );
      expect(readFileSync(join(dir, '.github/testops.yml'), 'utf8')).toContain(
        reporter === 'xunit' ? '--reporter xunit' : '--reporter mocha-junit-reporter',
      );
      const stats = JSON.parse(await runnerOutput(dir, 'npx', ['mocha', '--reporter', 'json'])).stats;
      const mocha = { passed: stats.passes, failed: stats.failures, skipped: stats.pending };
      console.log(`mocha (${reporter}): testops ${JSON.stringify(totals)}; mocha --reporter json ${JSON.stringify(mocha)}`);
      expect(mocha).toEqual({ passed: 1, failed: 1, skipped: 1 });
      expect({ passed: totals.passed, failed: failedOf(totals), skipped: totals.skipped }).toEqual(mocha);
    });

  it('node --test under c8 --reporter=lcov', async () => {
    const { dir, totals, coverage } = await initAndRun(
      {
        'package.json': JSON.stringify({
          name: 'n',
          type: 'module',
          scripts: { test: 'c8 --reporter=lcov node --test test/' },
          devDependencies: { c8: '^10' },
        }),
        'lib.js': 'export const one = () => 1;\n',
        'test/a.test.js':
          "import test from 'node:test';\nimport assert from 'node:assert';\nimport { one } from '../lib.js';\ntest('one', () => assert.equal(one(), 1));\ntest('later', { skip: true }, () => {});\ntest('fails', () => assert.equal(one(), 2));\n",
      },
      true,
    );
    const tap = await runnerOutput(dir, process.execPath, ['--test', '--test-reporter=tap', 'test/']);
    const count = (word: string) => Number(new RegExp(`^# ${word} (\\d+)$`, 'm').exec(tap)?.[1]);
    const node = { passed: count('pass'), failed: count('fail'), skipped: count('skipped') };
    console.log(`node:test: testops ${JSON.stringify(totals)}; node --test (tap) ${JSON.stringify(node)}; coverage ${coverage}`);
    expect(node).toEqual({ passed: 1, failed: 1, skipped: 1 });
    expect({ passed: totals.passed, failed: failedOf(totals), skipped: totals.skipped }).toEqual(node);
    expect(coverage).toBeGreaterThan(0);
  });

  it('vitest in a workspace package, run from the root with --root: the whole package, then one changed test file alone', async () => {
    const dir = await makeRepo({
      '.gitignore': 'node_modules\n',
      'package.json': JSON.stringify({ name: 'r', private: true, workspaces: ['packages/*'], devDependencies: { vitest: '^4' } }),
      'packages/core/package.json': JSON.stringify({ name: 'core', scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4' } }),
      'packages/core/src/a.ts': 'export const a = 1;\n',
      'packages/core/test/a.test.ts':
        "import { expect, it } from 'vitest';\nimport { a } from '../src/a';\nit('a', () => expect(a).toBe(1));\nit.skip('later', () => {});\nit('fails', () => expect(a).toBe(2));\n",
      'packages/core/test/b.test.ts': "import { it } from 'vitest';\nit('b', () => {});\n",
    });
    made.push(dir);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const init = await testops(['init'], dir);
    expect(init.code, init.stderr).toBe(0);
    const own = async (...files: string[]) => {
      const out = join(dir, `vitest-${files.length}.json`);
      await run('npx', ['vitest', 'run', '--root', 'packages/core', ...files, '--reporter=json', `--outputFile=${out}`], { cwd: dir });
      const json = JSON.parse(readFileSync(out, 'utf8'));
      rmSync(out);
      return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
    };
    const counts = async (args: string[], code: number) => {
      const ran = await testops(['run', '--quiet', ...args], dir);
      expect(ran.code, ran.stderr.slice(-1500)).toBe(code);
      const totals = JSON.parse(readFileSync(join(dir, '.testops/out/report.json'), 'utf8')).totals;
      return { passed: totals.passed, failed: totals.failed + totals.errored, skipped: totals.skipped };
    };
    const whole = await own();
    expect(whole).toEqual({ passed: 2, failed: 1, skipped: 1 });
    const full = await counts(['--full'], 1);
    console.log(`vitest workspace package: testops ${JSON.stringify(full)}; vitest --reporter=json ${JSON.stringify(whole)}`);
    expect(full).toEqual(whole);
    await git(dir, 'add', '.github/testops.yml');
    await git(dir, 'commit', '-q', '-m', 'init');
    writeFileSync(join(dir, 'packages/core/test/b.test.ts'), "import { it } from 'vitest';\nit('b', () => {});\nit('b2', () => {});\n");
    const one = await counts(['--base', 'HEAD'], 0);
    expect(one).toEqual(await own('test/b.test.ts'));
    expect(one).toEqual({ passed: 2, failed: 0, skipped: 0 });
  });

  it('jest in an npm workspace package, run from the root with --config: the whole package, then one changed test file alone', async () => {
    const dir = await makeRepo({
      '.gitignore': 'node_modules\n',
      'package.json': JSON.stringify({ name: 'r', private: true, workspaces: ['packages/*'] }),
      'package-lock.json': '{}',
      'packages/api/package.json': JSON.stringify({
        name: 'api',
        scripts: { test: 'jest' },
        devDependencies: { jest: '^29', 'jest-junit': '^16' },
      }),
      'packages/api/src/a.test.js': "test('a', () => {});\ntest.skip('later', () => {});\ntest('fails', () => expect(1).toBe(2));\n",
      'packages/api/src/b.test.js': "test('b', () => {});\n",
    });
    made.push(dir);
    symlinkSync(join(await jsRunners(), 'node_modules'), join(dir, 'node_modules'));
    expect((await testops(['init'], dir)).code).toBe(0);
    const counts = async (args: string[], code: number) => {
      const ran = await testops(['run', '--quiet', ...args], dir);
      expect(ran.code, ran.stderr.slice(-1500)).toBe(code);
      const totals = JSON.parse(readFileSync(join(dir, '.testops/out/report.json'), 'utf8')).totals;
      return { passed: totals.passed, failed: totals.failed + totals.errored, skipped: totals.skipped };
    };
    const own = async (...files: string[]) => {
      const json = JSON.parse(
        await runnerOutput(dir, 'npx', ['jest', '--ci', '--json', '--config', 'packages/api/package.json', ...files]),
      );
      return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
    };
    const whole = await own();
    expect(whole).toEqual({ passed: 2, failed: 1, skipped: 1 });
    const full = await counts(['--full'], 1);
    console.log(`jest workspace package: testops ${JSON.stringify(full)}; jest --json ${JSON.stringify(whole)}`);
    expect(full).toEqual(whole);
    await git(dir, 'add', '.github/testops.yml');
    await git(dir, 'commit', '-q', '-m', 'init');
    writeFileSync(join(dir, 'packages/api/src/b.test.js'), "test('b', () => {});\ntest('b2', () => {});\n");
    const one = await counts(['--base', 'HEAD'], 0);
    expect(one).toEqual(await own('packages/api/src/b.test.js'));
    expect(one).toEqual({ passed: 2, failed: 0, skipped: 0 });
  });

  it('go through gotestsum', async () => {
    const { dir, totals } = await initAndRun(
      {
        'go.mod': 'module example.com/m\n\ngo 1.21\n',
        'm.go': 'package m\n\nfunc Add(a, b int) int { return a + b }\n',
        'm_test.go':
          'package m\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("sum")\n\t}\n}\n\nfunc TestLater(t *testing.T) { t.Skip("later") }\n\nfunc TestFails(t *testing.T) { t.Fatal("on purpose") }\n',
      },
      false,
    );
    const events = (await runnerOutput(dir, 'go', ['test', '-json', '-count=1', './...']))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((event) => event.Test);
    const go = {
      passed: events.filter((event) => event.Action === 'pass').length,
      failed: events.filter((event) => event.Action === 'fail').length,
      skipped: events.filter((event) => event.Action === 'skip').length,
    };
    console.log(`go: testops ${JSON.stringify(totals)}; go test -json ${JSON.stringify(go)}`);
    expect(go).toEqual({ passed: 1, failed: 1, skipped: 1 });
    expect({ passed: totals.passed, failed: failedOf(totals), skipped: totals.skipped }).toEqual(go);
  });
});
