/**
 * `testops init` on real git repositories made here: one per ecosystem (vitest, jest, mocha,
 * node:test, pytest, go, maven), a workspace monorepo, a repository with nothing recognisable, and
 * an existing config. Each generated config goes through the real loader, and through the built CLI's
 * `validate` and `plan`, which must select by the suite's paths and imports.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, parseConfigText } from '../../src/config/load.js';
import { initCommand } from '../../src/init/command.js';
import { CLI, git, makeRepo, ROOT, testops, writeFiles } from '../cli/helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await makeRepo(files);
  made.push(dir);
  return dir;
}

/** testops init in-process: exit code, output, and the suites of the config it wrote (through the real loader). */
async function init(dir: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await initCommand(args, { cwd: dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  const written = existsSync(join(dir, '.github/testops.yml'));
  const config = written && !args.includes('--print') ? loadConfig(dir).config : undefined;
  return { code, stdout, stderr, config, suites: config?.suites ?? {} };
}

const loadConfigText = (text: string) => parseConfigText(text, 'printed');

const pkg = (json: Record<string, unknown>) => JSON.stringify({ name: 'x', version: '1.0.0', ...json }, null, 2);

describe('testops init: JS/TS runners', () => {
  it('vitest: tests from the config literal, coverage where the config turns it on, selection by imports through testops plan', async () => {
    expect(existsSync(CLI), 'dist/cli.js is built (npm run build)').toBe(true);
    const dir = await repo({
      'package.json': pkg({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.0.0', '@vitest/coverage-v8': '^4.0.0' } }),
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { include: ['spec/**/*.spec.ts'], coverage: { enabled: true, reporter: ['text', ['lcov', {}]], reportsDirectory: './cov' } },
});
`,
      'src/a.ts': 'export const a = 1;\n',
      'src/b.ts': 'export const b = 2;\n',
      'spec/a.spec.ts': "import { a } from '../src/a';\nimport { it } from 'vitest';\nit('a', () => {});\n",
      'spec/b.spec.ts': "import { b } from '../src/b';\nimport { it } from 'vitest';\nit('b', () => {});\n",
    });
    const result = await init(dir);
    expect(result.code).toBe(0);
    const suite = result.suites.vitest;
    expect(suite.command).toBe('npx vitest run --reporter=default --reporter=junit --outputFile.junit=reports/vitest/junit.xml');
    expect(suite.impact).toBe('imports');
    expect(suite.tests).toEqual(['spec/**/*.spec.ts']);
    expect(suite['files-arg']).toBe(`${suite.command} {files}`);
    expect(suite.rerun).toBe('vitest');
    expect(suite.reports.junit).toEqual([{ path: ['reports/vitest/junit.xml'], format: 'auto' }]);
    expect(suite.reports.coverage).toEqual([{ path: ['cov/lcov.info'], format: 'auto' }]);
    expect(suite.paths).toEqual(expect.arrayContaining(['spec/**', 'src/**', 'package.json', 'vitest.config.ts']));
    expect(result.stdout).toContain('vitest: devDependency in package.json, config vitest.config.ts, "test" script in package.json');
    const text = readFileSync(join(dir, '.github/testops.yml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/testops\.schema\.json$/m);
    expect(JSON.parse(readFileSync(join(ROOT, 'testops.schema.json'), 'utf8')).$id).toBe(/\$schema=(\S+)/.exec(text)?.[1]);

    // the real CLI accepts it, and a change to src/a.ts runs only the spec that imports it
    expect((await testops(['validate'], dir)).stdout).toContain('.github/testops.yml: valid');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'testops init');
    writeFiles(dir, { 'src/a.ts': 'export const a = 1 + 2; // changed\n' });
    const plan = await testops(['plan', '--base', 'HEAD'], dir);
    expect(plan.code, plan.stderr).toBe(0);
    const vitest = JSON.parse(plan.stdout).suites.find((one: { name: string }) => one.name === 'vitest');
    expect(vitest.selected, JSON.stringify(vitest)).toBe(true);
    expect(vitest.files).toEqual(['spec/a.spec.ts']);
  });

  it('vitest: an include that is not a literal falls back to the default and says so; an installed provider with nothing turning coverage on is left out', async () => {
    const dir = await repo({
      'package.json': pkg({ devDependencies: { vitest: '^4.0.0', '@vitest/coverage-v8': '^4.0.0' } }),
      'vitest.config.mjs': "const dirs = ['test'];\nexport default { test: { include: dirs.map((d) => `${d}/**/*.test.js`) } };\n",
      'test/x.test.js': "import { it } from 'vitest';\nit('x', () => {});\n",
    });
    const result = await init(dir);
    expect(result.suites.vitest.tests).toEqual(['**/*.{test,spec}.?(c|m)[jt]s?(x)']);
    expect(result.suites.vitest.reports.coverage).toBeUndefined();
    expect(result.stdout).toContain("vitest.config.mjs's test.include is not a plain list");
    expect(result.stdout).toContain('coverage: left out');
  });

  it('jest without jest-junit: the suite is written and the summary says what to install; collectCoverage gives coverage/lcov.info', async () => {
    const dir = await repo({
      'package.json': pkg({ scripts: { test: 'jest' }, devDependencies: { jest: '^29.0.0' }, jest: { collectCoverage: true } }),
      'lib/sum.js': 'module.exports = (a, b) => a + b;\n',
      'lib/__tests__/sum.js': "const sum = require('../sum');\ntest('adds', () => expect(sum(1, 2)).toBe(3));\n",
    });
    const result = await init(dir);
    const suite = result.suites.jest;
    expect(suite.command).toBe('npx jest --ci --reporters=default --reporters=jest-junit');
    expect(suite.env).toEqual({ JEST_JUNIT_OUTPUT_DIR: 'reports/jest', JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' });
    expect(suite.reports.junit?.[0].path).toEqual(['reports/jest/junit.xml']);
    expect(suite.reports.coverage?.[0].path).toEqual(['coverage/lcov.info']);
    expect(suite.rerun).toBe('jest');
    expect(result.stdout).toMatch(/npm i -D jest-junit/);
    expect(result.stdout).toContain('collectCoverage in package.json "jest"');
  });

  it("vitest's test.dir and jest's roots are where their globs apply", async () => {
    const vitest = await repo({
      'package.json': pkg({ devDependencies: { vitest: '^4.0.0' } }),
      'vitest.config.ts': "export default { test: { dir: './src', include: ['**/*.spec.ts'] } };\n",
      'src/a/x.spec.ts': '',
      'e2e/y.spec.ts': '',
    });
    const one = await init(vitest);
    expect(one.suites.vitest.tests).toEqual(['src/**/*.spec.ts']);
    expect(one.stdout).toContain('test.dir src in vitest.config.ts');
    const jest = await repo({
      'package.json': pkg({ devDependencies: { jest: '^29.0.0', 'jest-junit': '^16.0.0' }, jest: { roots: ['<rootDir>/lib'] } }),
      'lib/x.test.js': '',
    });
    expect((await init(jest)).suites.jest.tests).toEqual([
      'lib/**/__tests__/**/*.?([mc])[jt]s?(x)',
      'lib/**/?(*.)+(spec|test).?([mc])[jt]s?(x)',
    ]);
  });

  it('mocha: mocha-junit-reporter when it is a dependency (with reruns), the built-in xunit reporter otherwise (without)', async () => {
    const withReporter = await repo({
      'package.json': pkg({
        scripts: { test: "mocha 'spec/**/*.spec.js'" },
        devDependencies: { mocha: '^10.0.0', 'mocha-junit-reporter': '^2.0.0' },
      }),
      'spec/deep/a.spec.js': "describe('a', () => it('works', () => {}));\n",
    });
    const one = (await init(withReporter)).suites.mocha;
    expect(one.command).toBe(
      "npx mocha --reporter mocha-junit-reporter --reporter-options mochaFile=reports/mocha/junit.xml,includePending=true 'spec/**/*.spec.js'",
    );
    expect(one.tests).toEqual(['spec/**/*.spec.js']);
    expect(one.rerun).toBe('mocha');
    const plain = await repo({
      'package.json': pkg({ devDependencies: { mocha: '^10.0.0' } }),
      '.mocharc.json': JSON.stringify({ spec: 'checks/*.js' }),
      'checks/a.js': "describe('a', () => it('works', () => {}));\n",
    });
    const result = await init(plain);
    expect(result.suites.mocha.command).toBe('npx mocha --reporter xunit --reporter-option output=reports/mocha/junit.xml');
    expect(result.suites.mocha.tests).toEqual(['checks/*.js']);
    expect(result.suites.mocha.rerun).toBeUndefined();
    expect(result.stdout).toContain('npm i -D mocha-junit-reporter');
  });

  it('mocha settings from .mocharc.yml (a list) and .mocharc.jsonc (with comments)', async () => {
    const yml = await repo({
      'package.json': pkg({ devDependencies: { mocha: '^10.0.0' } }),
      '.mocharc.yml': 'spec:\n  - a/*.js\n  - b/*.js\n',
      'a/one.js': '',
      'b/two.js': '',
    });
    expect((await init(yml)).suites.mocha.tests).toEqual(['a/*.js', 'b/*.js']);
    const jsonc = await repo({
      'package.json': pkg({ devDependencies: { mocha: '^10.0.0' } }),
      '.mocharc.jsonc': '{\n  // the specs\n  "spec": "specs/**/*.js",\n}\n',
      'specs/x/one.js': '',
    });
    expect((await init(jsonc)).suites.mocha.tests).toEqual(['specs/**/*.js']);
  });

  it('node:test: the files of the script, JUnit through --test-reporter=junit', async () => {
    const dir = await repo({
      'package.json': pkg({ type: 'module', scripts: { test: 'node --test test/' } }),
      'index.js': 'export const one = 1;\n',
      'test/one.test.js': "import test from 'node:test';\nimport { one } from '../index.js';\ntest('one', () => {});\n",
    });
    const result = await init(dir);
    const suite = result.suites['node-test'];
    expect(suite.command).toBe(
      'node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/node-test/junit.xml test/',
    );
    expect(suite.tests).toEqual(['test/**/*.{cjs,mjs,js}']);
    expect(suite.rerun).toBe('node');
    expect(result.stdout).toContain('node-test (node:test): node --test in the "test" script of package.json');
  });

  it("node:test on the demo monorepo (fixtures/demo): directories with globs become file globs, and a change in web runs web's test file alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-init-demo-'));
    made.push(dir);
    cpSync(join(ROOT, 'fixtures/demo'), dir, { recursive: true });
    rmSync(join(dir, '.github'), { recursive: true });
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'base');
    const result = await init(dir);
    const suite = result.suites['node-test'];
    expect(suite.command).toMatch(/--test-reporter-destination=reports\/node-test\/junit\.xml packages\/\*\/test\/ test\/integration\/$/);
    expect(suite.tests).toEqual(['packages/*/test/**/*.{cjs,mjs,js}', 'test/integration/**/*.{cjs,mjs,js}']);
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'testops init');
    writeFiles(dir, {
      'packages/web/src/format.mjs': `${readFileSync(join(dir, 'packages/web/src/format.mjs'), 'utf8')}\nexport const added = 1;\n`,
    });
    const plan = JSON.parse((await testops(['plan', '--base', 'HEAD'], dir)).stdout);
    expect(plan.suites[0].selected).toBe(true);
    expect(plan.suites[0].files).toEqual(['packages/web/test/format.test.mjs']);
  });

  it('node:test with a loader: node --import tsx keeps its options, tsx --test runs through npx, quoted globs stay quoted for node', async () => {
    const quoted = await repo({
      'package.json': pkg({ scripts: { test: 'node --import tsx --test "test/**/*.test.ts"' }, devDependencies: { tsx: '^4.0.0' } }),
      'test/deep/a.test.ts': "import test from 'node:test';\ntest('a', () => {});\n",
    });
    const one = await init(quoted);
    expect(one.suites['node-test'].command).toBe(
      "node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/node-test/junit.xml 'test/**/*.test.ts'",
    );
    expect(one.stdout).not.toContain('need a loader');
    const tsx = await repo({
      'package.json': pkg({ scripts: { test: 'tsx --test test/*.test.ts' }, devDependencies: { tsx: '^4.0.0' } }),
      'test/a.test.ts': "import test from 'node:test';\ntest('a', () => {});\n",
    });
    const two = await init(tsx);
    expect(two.suites['node-test'].command).toMatch(/^npx tsx --test --test-reporter=spec .* test\/\*\.test\.ts$/);
    expect(two.stdout).toContain('node-test (node:test): tsx --test in the "test" script of package.json');
    const bare = await repo({
      'package.json': pkg({ scripts: { test: 'node --test src/a.test.ts' } }),
      'src/a.test.ts': "import test from 'node:test';\ntest('a', () => {});\n",
    });
    expect((await init(bare)).stdout).toContain('TypeScript test files need a loader');
  });

  it('c8 or nyc around the runner: kept in the command, with the coverage file its reporters write; text-only reporters leave coverage out', async () => {
    const c8 = await repo({
      'package.json': pkg({
        type: 'module',
        scripts: { test: 'c8 --reporter=lcov --report-dir cov node --test test/' },
        devDependencies: { c8: '^10.0.0' },
      }),
      'test/a.test.js': "import test from 'node:test';\ntest('a', () => {});\n",
    });
    const one = await init(c8);
    expect(one.suites['node-test'].command).toMatch(/^npx c8 --reporter=lcov --report-dir cov node --test .* test\/$/);
    expect(one.suites['node-test'].reports.coverage?.[0].path).toEqual(['cov/lcov.info']);
    expect(one.stdout).toContain('coverage: c8 --reporter=lcov in a test script of package.json');
    const nyc = await repo({
      'package.json': pkg({ scripts: { test: 'nyc mocha' }, devDependencies: { nyc: '^17.0.0', mocha: '^10.0.0' } }),
      '.nycrc.json': JSON.stringify({ reporter: ['text'] }),
      'test/a.js': "describe('a', () => it('works', () => {}));\n",
    });
    const two = await init(nyc);
    expect(two.suites.mocha.command).toBe('npx mocha --reporter xunit --reporter-option output=reports/mocha/junit.xml');
    expect(two.suites.mocha.reports.coverage).toBeUndefined();
    expect(two.stdout).toContain('coverage: left out; nyc writes text here');
  });

  it('a workspace monorepo: one suite per package that has tests, run in its directory; a package without a known runner is not recognised', async () => {
    const dir = await repo({
      'package.json': pkg({
        private: true,
        workspaces: ['packages/*'],
        scripts: { test: 'npm test --workspaces' },
        devDependencies: { vitest: '^4.0.0' },
      }),
      'packages/core/package.json': pkg({ name: '@x/core', scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.0.0' } }),
      'packages/core/src/index.ts': 'export const core = 1;\n',
      'packages/core/test/core.test.ts': "import { core } from '../src/index';\n",
      'packages/api/package.json': pkg({
        name: '@x/api',
        scripts: { test: 'jest' },
        dependencies: { '@x/core': '*' },
        devDependencies: { jest: '^29.0.0', 'jest-junit': '^16.0.0' },
      }),
      'packages/api/src/api.test.js': "test('api', () => {});\n",
      'packages/docs/package.json': pkg({ name: '@x/docs', scripts: { test: 'make check' } }),
      'packages/e2e/package.json': pkg({
        name: '@x/e2e',
        scripts: { test: 'playwright test' },
        devDependencies: { '@playwright/test': '^1.50.0' },
      }),
    });
    const result = await init(dir);
    expect(Object.keys(result.suites).sort()).toEqual(['api', 'core']);
    // vitest is the root's: the package runs from the root with --root, so files-arg works
    const core = result.suites.core;
    expect(core['working-directory']).toBeUndefined();
    expect(core.command).toBe(
      'npx vitest run --root packages/core --reporter=default --reporter=junit --outputFile.junit=reports/core/junit.xml',
    );
    expect(core['files-arg']).toBe(`${core.command} {files}`);
    expect(core.reports.junit?.[0].path).toEqual(['packages/core/reports/core/junit.xml']);
    expect(core.tests).toEqual(['packages/core/**/*.{test,spec}.?(c|m)[jt]s?(x)']);
    expect(core.paths).toEqual(expect.arrayContaining(['packages/core/src/**', 'packages/core/test/**', 'packages/core/package.json']));
    // jest is not found from the root (no lock file that hoists, not the root's): it runs in its
    // package, and files-arg gets the selected files relative to it
    expect(result.suites.api['working-directory']).toBe('packages/api');
    expect(result.suites.api['files-arg']).toBe(`${result.suites.api.command} -- {files}`);
    expect(result.suites.api.env?.JEST_JUNIT_OUTPUT_DIR).toBe('reports/api');
    expect(result.stdout).toContain('not recognised: packages/docs/package.json: test script "make check" runs no runner testops knows');
    expect(result.stdout).toContain(
      'not recognised: packages/e2e/package.json: @playwright/test (devDependency), browser tests against a running app: add a suite with the services it needs (rerun: playwright)',
    );
    expect(result.stdout).not.toMatch(/^ {2}vitest:/m); // the root only delegates to its packages

    // a change in core selects core (its tests import it) and leaves api alone
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'init');
    writeFiles(dir, { 'packages/core/src/index.ts': 'export const core = 1 + 1; // changed\n' });
    const plan = JSON.parse((await testops(['plan', '--base', 'HEAD'], dir)).stdout);
    const selected = Object.fromEntries(plan.suites.map((suite: { name: string; selected: boolean }) => [suite.name, suite.selected]));
    expect(selected).toEqual({ core: true, api: false });
    expect(plan.suites.find((suite: { name: string }) => suite.name === 'core').files).toEqual(['packages/core/test/core.test.ts']);
  });
});

describe('testops init: an npm workspace (hoisted binaries)', () => {
  it("a jest package runs from the root with its config, so files-arg works; jest-junit's output stays in the package", async () => {
    const dir = await repo({
      'package.json': pkg({ private: true, workspaces: ['packages/*'], scripts: { test: 'npm test --workspaces' } }),
      'package-lock.json': '{}',
      'packages/api/package.json': pkg({
        name: 'api',
        scripts: { test: 'jest' },
        devDependencies: { jest: '^29.0.0', 'jest-junit': '^16.0.0' },
      }),
      'packages/api/jest.config.js': 'module.exports = { testEnvironment: "node" };\n',
      'packages/api/src/api.test.js': "test('api', () => {});\n",
    });
    const api = (await init(dir)).suites.api;
    expect(api['working-directory']).toBeUndefined();
    expect(api.command).toBe('npx jest --ci --reporters=default --reporters=jest-junit --config packages/api/jest.config.js');
    expect(api['files-arg']).toBe(`${api.command} -- {files}`);
    expect(api.env).toEqual({ JEST_JUNIT_OUTPUT_DIR: 'packages/api/reports/api', JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' });
    expect(api.reports.junit?.[0].path).toEqual(['packages/api/reports/api/junit.xml']);
  });
});

describe('testops init: a pnpm workspace', () => {
  it('a package whose vitest the root does not have runs in its own directory, files-arg from there', async () => {
    const dir = await repo({
      'package.json': pkg({ private: true, scripts: { test: 'pnpm -r test' } }),
      'pnpm-workspace.yaml': "packages:\n  - 'libs/*'\n",
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'libs/one/package.json': pkg({ name: 'one', scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.0.0' } }),
      'libs/one/one.test.ts': '',
    });
    const result = await init(dir);
    expect(result.suites.one['working-directory']).toBe('libs/one');
    expect(result.suites.one.command).not.toContain('--root');
    expect(result.suites.one['files-arg']).toBe(`${result.suites.one.command} {files}`);
    expect(result.stdout).not.toContain('runs whole');
  });
});

describe('testops init: a node:test package in its own directory, run for real', () => {
  it('a change to one module runs only the test file that imports it, from the package directory', async () => {
    const dir = await repo({
      'package.json': pkg({ private: true, workspaces: ['packages/*'], scripts: { test: 'npm test --workspaces' } }),
      'package-lock.json': '{}',
      '.gitignore': '.testops/\nreports/\n',
      'packages/util/package.json': pkg({ name: 'util', type: 'module', scripts: { test: 'node --test test/' } }),
      'packages/util/src/add.js': 'export const add = (a, b) => a + b;\n',
      'packages/util/src/neg.js': 'export const neg = (a) => -a;\n',
      'packages/util/test/add.test.js':
        "import test from 'node:test';\nimport assert from 'node:assert';\nimport { add } from '../src/add.js';\ntest('add', () => assert.equal(add(1, 2), 3));\n",
      'packages/util/test/neg.test.js':
        "import test from 'node:test';\nimport assert from 'node:assert';\nimport { neg } from '../src/neg.js';\ntest('neg', () => assert.equal(neg(1), -1));\n",
    });
    const result = await init(dir);
    const util = result.suites.util;
    expect(util['working-directory']).toBe('packages/util');
    expect(util['files-arg']).toContain('{files}');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'init');
    writeFiles(dir, { 'packages/util/src/add.js': 'export const add = (a, b) => b + a;\n' });
    await git(dir, 'commit', '-qam', 'add: commute');
    const run = await testops(['run', '--base', 'HEAD~1'], dir);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, '.testops/out/report.json'), 'utf8'));
    const suite = report.suites.find((entry: { name: string }) => entry.name === 'util');
    expect(suite.reasons[0]).toBe('1 of 2 test files run (imports)');
    expect(suite.tests).toMatchObject({ tests: 1, passed: 1, attempts: 1 });
  });
});

describe('testops init: vitest projects at the root', () => {
  it('the root suite runs every project; the packages get no vitest suites of their own (they would run twice)', async () => {
    const dir = await repo({
      'package.json': pkg({
        private: true,
        workspaces: ['packages/*'],
        scripts: { test: 'vitest run' },
        devDependencies: { vitest: '^4.0.0' },
      }),
      'vitest.config.ts':
        "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { projects: ['packages/*'] } });\n",
      'packages/a/package.json': pkg({ name: 'a', scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.0.0' } }),
      'packages/a/a.test.ts': '',
      'packages/b/package.json': pkg({ name: 'b', devDependencies: { vitest: '^4.0.0' } }),
      'packages/b/src/b.spec.ts': '',
    });
    const result = await init(dir);
    expect(Object.keys(result.suites)).toEqual(['vitest']);
    expect(result.suites.vitest['working-directory']).toBeUndefined();
    expect(result.suites.vitest.paths).toEqual(expect.arrayContaining(['packages/**']));
    expect(result.stdout).toContain("covered: packages/a: its vitest tests run in suite vitest (the root's vitest projects)");
    expect(result.stdout).toContain("covered: packages/b: its vitest tests run in suite vitest (the root's vitest projects)");
  });
});

describe('testops init: Python, Go, Maven', () => {
  it('pytest: config in pyproject, xunit1 JUnit, PYTHONPATH for a src layout, pytest-cov coverage when declared', async () => {
    const dir = await repo({
      'pyproject.toml': `[project]
name = "pkg"
[project.optional-dependencies]
test = [
    "pytest>=7",
    "pytest-cov",
]
[tool.pytest.ini_options]
testpaths = ["tests"]
`,
      'src/pkg/__init__.py': 'def one():\n    return 1\n',
      'tests/test_one.py': 'from pkg import one\n\ndef test_one():\n    assert one() == 1\n',
      'tests/conftest.py': '',
      'uv.lock': 'version = 1\n',
    });
    const result = await init(dir);
    const suite = result.suites.pytest;
    expect(suite.command).toBe(
      'python3 -m pytest -o junit_family=xunit1 --junitxml=reports/pytest/junit.xml --cov=pkg --cov-report=xml:reports/pytest/coverage.xml',
    );
    expect(suite.env).toEqual({ PYTHONPATH: 'src' });
    expect(suite.tests).toEqual(['tests/**/test_*.py', 'tests/**/*_test.py']);
    expect(suite.impact).toBe('imports');
    expect(suite.rerun).toBe('pytest');
    expect(suite.reports.coverage?.[0].path).toEqual(['reports/pytest/coverage.xml']);
    expect(result.stdout).toContain('[tool.pytest.ini_options] in pyproject.toml');
    expect(result.stdout).toContain('pytest-cov declared in pyproject.toml');
    expect(result.stdout).not.toContain('pytest is not a declared dependency');
    expect(result.stdout).toContain("uv.lock: python3 -m pytest needs the project's dependencies where python3 finds them");
    expect((await testops(['validate'], dir)).code).toBe(0);
  });

  it('pytest from test files alone (no config): default patterns, no coverage, and says why', async () => {
    const dir = await repo({
      'calc.py': 'def add(a, b):\n    return a + b\n',
      'test_calc.py': 'from calc import add\n\ndef test_add():\n    assert add(1, 2) == 3\n',
    });
    const result = await init(dir);
    expect(result.suites.pytest.tests).toEqual(['**/test_*.py', '**/*_test.py']);
    expect(result.suites.pytest.env).toEqual({});
    expect(result.stdout).toContain('coverage: left out; pytest-cov is not a declared dependency');
    expect(result.stdout).toContain('pytest is not a declared dependency: install it');
  });

  it('pytest settings from pytest.ini, setup.cfg or tox.ini: testpaths and python_files become the tests', async () => {
    const configs: Record<string, string> = {
      'pytest.ini': '[pytest]\ntestpaths = checks\npython_files = check_*.py\n',
      'setup.cfg': '[metadata]\nname = x\n\n[tool:pytest]\ntestpaths =\n    checks\npython_files = check_*.py\n',
      'tox.ini': '[tox]\nenvlist = py3\n\n[pytest]\ntestpaths = checks\npython_files = check_*.py\n',
    };
    for (const [file, text] of Object.entries(configs)) {
      const dir = await repo({ [file]: text, 'checks/check_one.py': 'def test_one():\n    pass\n', 'app.py': 'x = 1\n' });
      const result = await init(dir);
      expect(result.suites.pytest.tests, file).toEqual(['checks/**/check_*.py']);
      expect(result.stdout).toContain(`in ${file}`);
      expect(result.suites.pytest.paths).toEqual(expect.arrayContaining(['checks/**', file]));
    }
  });

  it('a Python project below the root (its own pyproject.toml) gets its own suite, run in its directory', async () => {
    const dir = await repo({
      'package.json': pkg({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.0.0' } }),
      'web/app.test.ts': '',
      'services/api/pyproject.toml': '[project]\nname = "api"\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
      'services/api/api/__init__.py': '',
      'services/api/tests/test_api.py': 'def test_api():\n    pass\n',
      'scripts/tool.py': 'print(1)\n',
    });
    const result = await init(dir);
    expect(Object.keys(result.suites)).toEqual(['vitest', 'api']);
    const api = result.suites.api;
    expect(api['working-directory']).toBe('services/api');
    expect(api.command).toBe('python3 -m pytest -o junit_family=xunit1 --junitxml=reports/api/junit.xml');
    expect(api.tests).toEqual(['services/api/tests/**/test_*.py', 'services/api/tests/**/*_test.py']);
    expect(api.reports.junit?.[0].path).toEqual(['services/api/reports/api/junit.xml']);
    expect(api['files-arg']).toBe(`${api.command} {files}`);
    expect(api.paths).toEqual(expect.arrayContaining(['services/api/api/**', 'services/api/tests/**', 'services/api/pyproject.toml']));
    expect(result.stdout).toContain('api (pytest): [tool.pytest.ini_options] in services/api/pyproject.toml');
    expect((await testops(['validate'], dir)).code).toBe(0);
  });

  it('go: gotestsum JUnit (testops does not read go test -json), a rerun template after ./...', async () => {
    const dir = await repo({
      'go.mod': 'module example.com/m\n\ngo 1.21\n',
      'm.go': 'package m\n',
      'm_test.go': 'package m\n',
      'cmd/tool/main.go': 'package main\n',
    });
    const result = await init(dir);
    expect(result.suites.go.command).toBe('gotestsum --format testname --junitfile reports/go/junit.xml -- ./...');
    expect(result.suites.go.rerun).toBe('gotestsum --format testname --junitfile reports/go/junit.xml -- {go-run} {go-packages}');
    expect(result.suites.go.paths).toEqual(['cmd/**', 'm.go', 'm_test.go', 'go.mod']);
    // whether this machine has gotestsum is said: a PATH with only git (node is run by its path), then with a gotestsum
    const bin = mkdtempSync(join(tmpdir(), 'testops-init-bin-'));
    made.push(bin);
    symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), join(bin, 'git'));
    const PATH = bin;
    const without = await testops(['init', '--print'], dir, { PATH });
    expect(without.stderr).toContain('needs gotestsum on PATH (go install gotest.tools/gotestsum@latest)');
    expect(without.stderr).toContain('it is not on PATH here');
    writeFileSync(join(bin, 'gotestsum'), '#!/bin/sh\n', { mode: 0o755 });
    const withIt = await testops(['init', '--print'], dir, { PATH });
    expect(withIt.stderr).toContain(`runs gotestsum (here: ${join(bin, 'gotestsum')})`);
  });

  it('go: a module below the root gets its own suite in its directory, and the root suite leaves its files to it', async () => {
    const dir = await repo({
      'go.mod': 'module example.com/m\n',
      'm_test.go': 'package m\n',
      'tools/go.mod': 'module example.com/tools\n',
      'tools/gen/gen_test.go': 'package gen\n',
    });
    const result = await init(dir);
    expect(Object.keys(result.suites)).toEqual(['go', 'go-tools']);
    expect(result.suites['go-tools']['working-directory']).toBe('tools');
    expect(result.suites['go-tools'].reports.junit?.[0].path).toEqual(['tools/reports/go-tools/junit.xml']);
    expect(result.suites['go-tools'].paths).toEqual(['tools/gen/**', 'tools/go.mod']);
    expect(result.suites.go.paths).toEqual(['m_test.go', 'go.mod']);
  });

  it('maven: mvn test with Surefire reports of every module', async () => {
    const dir = await repo({
      'pom.xml': '<project><modules><module>core</module></modules></project>\n',
      'core/pom.xml': '<project/>\n',
      'core/src/main/java/A.java': 'class A {}\n',
      'core/src/test/java/ATest.java': 'class ATest {}\n',
    });
    const result = await init(dir);
    expect(result.suites.maven.command).toBe('mvn -B test');
    expect(result.suites.maven.reports.junit?.[0].path).toEqual(['**/target/surefire-reports/TEST-*.xml']);
    expect(result.suites.maven.rerun).toBe('maven');
  });
});

describe('testops init: Gradle', () => {
  it('gradle test --continue through the wrapper, with the JUnit XML of every project', async () => {
    const dir = await repo({
      'settings.gradle.kts': 'include("core")\n',
      'build.gradle.kts': 'plugins { java }\n',
      gradlew: '#!/bin/sh\n',
      'core/build.gradle.kts': 'plugins { java; jacoco }\n',
      'core/src/main/java/A.java': 'class A {}\n',
      'core/src/test/java/ATest.java': 'class ATest {}\n',
    });
    const result = await init(dir);
    expect(result.suites.gradle.command).toBe('./gradlew test --continue');
    expect(result.suites.gradle.reports.junit?.[0].path).toEqual(['**/build/test-results/test/TEST-*.xml']);
    expect(result.suites.gradle.rerun).toBe('gradle');
    expect(result.suites.gradle.paths).toEqual(expect.arrayContaining(['core/**', 'build.gradle.kts', 'settings.gradle.kts']));
    expect(result.stdout).toContain('gradle: build.gradle.kts, settings.gradle.kts, gradlew, 1 file under src/test/');
  });
});

describe('testops init: odd files', () => {
  it('broken or unusual files are said or read around, never a crash', async () => {
    const dir = await repo({
      'package.json': pkg({
        private: true,
        workspaces: ['packages/*', 42],
        scripts: { test: 7, 'test:unit': 'vitest run' },
        jest: 'jest.config.json',
      }),
      'pnpm-workspace.yaml': 'packages: [unclosed\n',
      'vitest.config.ts': 'export default defineConfig({ test: { include: [ }',
      '.mocharc.json': '{ not json',
      'packages/bad/package.json': '{ "name": ',
      'packages/_odd.name/package.json': pkg({ devDependencies: { mocha: '^10.0.0' } }),
      'packages/_odd.name/test/a.js': '',
      'test/a.test.ts': '',
    });
    const result = await init(dir);
    expect(result.code).toBe(0);
    expect(Object.keys(result.suites).sort()).toEqual(['odd.name', 'vitest']);
    expect(result.stdout).toContain('not recognised: packages/bad/package.json:1:11: unexpected end of the JSON (truncated file?)');
    expect(result.stdout).toContain("vitest.config.ts's test.include is not a plain list");
  });

  it('a package.json over 4 MiB is not read: said, and the rest is still found', async () => {
    const dir = await repo({
      'package.json': pkg({
        private: true,
        workspaces: ['packages/*'],
        scripts: { test: 'vitest run' },
        devDependencies: { vitest: '^4.0.0' },
      }),
      'packages/huge/package.json': `{"name":"huge","description":"${'x'.repeat(5 * 1024 * 1024)}"}`,
      'test/a.test.ts': '',
    });
    const result = await init(dir);
    expect(result.code).toBe(0);
    expect(Object.keys(result.suites)).toEqual(['vitest']);
    expect(result.stdout).toContain('packages/huge/package.json: cannot be read (not a regular file, or over 4 MiB)');
  });
});

describe('testops init: refusals and options', () => {
  it('nothing recognisable: exit 2 with one line saying what was looked for and what was found', async () => {
    const dir = await repo({ 'README.md': '# hello\n', 'Cargo.toml': '[package]\nname = "x"\n' });
    const result = await testops(['init'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no tests found .*looked for package\.json test runners .*pytest .*go\.mod .*pom\.xml/);
    expect(result.stderr).toContain('Cargo.toml: Cargo (Rust)');
    expect(existsSync(join(dir, '.github/testops.yml'))).toBe(false);
  });

  it('an existing config is refused without --force (one line naming it); --print leaves it alone; --force replaces it', async () => {
    const dir = await repo({ 'testops.yml': 'version: 1\nsuites: { a: { command: "true" } }\n', 'test_a.py': 'def test_a():\n    pass\n' });
    const refused = await testops(['init'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toMatch(/^testops\.yml already exists; testops init --force replaces it/);
    const printed = await init(dir, '--print');
    expect(printed.stdout).toContain('python3 -m pytest');
    expect(existsSync(join(dir, '.github/testops.yml'))).toBe(false);
    const forced = await testops(['init', '--force'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('testops init: 1 suite → testops.yml');
    expect(readFileSync(join(dir, 'testops.yml'), 'utf8')).toContain('pytest:');
    expect(existsSync(join(dir, '.github/testops.yml'))).toBe(false);
  });

  it('--workflow: the README workflow with least-privilege permissions and no expression inside run: text', async () => {
    const dir = await repo({
      'package.json': pkg({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.0.0' } }),
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'a.test.ts': '',
      'go.mod': 'module m\n',
      'x_test.go': 'package m\n',
      'pyproject.toml': '[project]\nname = "p"\n',
      'tests/test_p.py': 'def test_p():\n    pass\n',
    });
    const result = await init(dir, '--workflow');
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, '.github/workflows/testops.yml'), 'utf8');
    // GitHub's own workflow parser accepts it
    const parsed = parseWorkflow({ name: '.github/workflows/testops.yml', content: text }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    const template = await convertWorkflowTemplate(parsed.context, parsed.value as NonNullable<typeof parsed.value>);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.map((job) => job.id.value)).toEqual(['test']);
    const workflow = parse(text);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', issues: 'write', checks: 'write' });
    expect(workflow.on.push.branches).toEqual(['main']);
    const steps: { run?: string; uses?: string }[] = workflow.jobs.test.steps;
    expect(steps.filter((step) => step.run).map((step) => step.run)).toEqual([
      'corepack enable',
      'pnpm install --frozen-lockfile',
      'python3 -m pip install -e . pytest',
      'go install gotest.tools/gotestsum@latest',
    ]);
    expect(steps).toContainEqual({ uses: 'actions/setup-python@v5', with: { 'python-version': '3.x' } });
    expect(steps).toContainEqual({ uses: 'actions/setup-go@v5', with: { 'go-version-file': 'go.mod' } });
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
    expect(steps.some((step) => step.uses?.endsWith('/testops@v1'))).toBe(true);
    const again = await testops(['init', '--workflow', '--force'], dir);
    expect(again.code, again.stderr).toBe(0);
  });

  it('--print --workflow: both to stdout, nothing written; the Node version file pins setup-node; unignored reports are said', async () => {
    const dir = await repo({
      'package.json': pkg({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.0.0' } }),
      'package-lock.json': '{}',
      '.nvmrc': '22\n',
      'a.test.ts': '',
    });
    const result = await init(dir, '--print', '--workflow');
    expect(existsSync(join(dir, '.github'))).toBe(false);
    const [config, workflow] = result.stdout.split('\n---\n');
    expect(loadConfigText(config).suites.vitest).toBeDefined();
    const steps = parse(workflow).jobs.test.steps;
    expect(steps[1]).toEqual({ uses: 'actions/setup-node@v4', with: { 'node-version-file': '.nvmrc' } });
    expect(steps[2]).toEqual({ run: 'npm ci' });
    expect(result.stderr).toContain('reports/ (where the suites write their reports) is not ignored by git: add to .gitignore');
    writeFiles(dir, { '.gitignore': 'reports/\n' });
    expect((await init(dir, '--print')).stderr).not.toContain('not ignored by git');
  });

  it('from a subdirectory: the config is written at the repository root', async () => {
    const dir = await repo({ 'tests/test_a.py': 'def test_a():\n    pass\n' });
    const result = await testops(['init'], join(dir, 'tests'));
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, '.github/testops.yml'))).toBe(true);
    expect(existsSync(join(dir, 'tests/.github'))).toBe(false);
  });

  it('outside a git repository: exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testops-init-'));
    made.push(dir);
    const result = await testops(['init'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not inside a git repository');
  });
});
