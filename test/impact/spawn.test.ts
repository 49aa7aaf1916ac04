/** What a test that starts processes runs: named from the file alone (oxc), else "may run any file" with the reason. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { buildImportGraph } from '../../src/impact/imports.js';
import { scanJs } from '../../src/impact/js-graph.js';
import { shellWords } from '../../src/impact/js-spawn.js';
import { runnerLoadsMore } from '../../src/impact/runners.js';
import { loadOxc, type OxcParser } from '../../src/impact/native.js';
import { selectSuites } from '../../src/impact/select.js';
import { makeRepo } from './repo.js';

let parser: OxcParser;
beforeAll(async () => {
  const oxc = await loadOxc();
  if (typeof oxc === 'string') throw new Error(oxc);
  parser = oxc.parser;
});
const scan = (text: string, path = 'test/bin.test.js') => {
  const result = scanJs(parser, path, text);
  return { spawned: result.spawned, spawns: result.spawns };
};

const HEADER =
  "import child from 'node:child_process'\nimport { join } from 'node:path'\nimport { fileURLToPath } from 'node:url'\nimport { promisify } from 'node:util'\n";

describe('scripts a file starts', () => {
  it('node with a script path built from import.meta.url, through a promisified alias (nanoid bin.test.js)', () => {
    const text = `${HEADER}let exec = promisify(child.exec)\nconst BIN = join(fileURLToPath(import.meta.url), '..', '..', 'bin', 'nanoid.js')\n
test('a', async () => { await exec(\`node "\${BIN}" --size 10\`) })\ntest('b', async () => { await exec(\`node \${BIN} --size "-1"\`) })\n`;
    expect(scan(text)).toEqual({ spawned: ['bin/nanoid.js'], spawns: undefined });
  });

  it('__dirname, import.meta.dirname, new URL(…, import.meta.url), execFile/spawn argument lists, fork, process.execPath', () => {
    const text = `const { execFileSync, spawn, fork } = require('child_process')\nconst path = require('path')\n
execFileSync(process.execPath, ['--no-warnings', path.join(__dirname, '../bin/a.js'), anything])
spawn('node', [new URL('../bin/b.mjs', import.meta.url).pathname])
fork(path.resolve(import.meta.dirname, '..', 'bin', 'c.cjs'), ['--flag'])\n`;
    expect(scan(text)).toEqual({ spawned: ['bin/a.js', 'bin/b.mjs', 'bin/c.cjs'], spawns: undefined });
  });

  it.each([
    ["exec('npx nanoid')", 'runs npx, not node'],
    ['exec(\'node -e "1"\')', 'node -e may load other code'],
    ["exec(`node --import ./hook.js ${join(import.meta.dirname, 'x.js')}`)", 'node --import may load other code'],
    ["exec(`node ${join(import.meta.dirname, 'x.js')} | cat`)", 'the command uses the shell beyond words and quotes'],
    ['exec(command)', 'the command is not known'],
    ["function run(file) { return exec(`node ${file}`) }\nconst file = 'x.js'", 'the command is not known'],
    ["exec('node bin/x.js')", 'bin/x.js is not a path in the repository'],
    ['helpers.use(child)', 'passes child_process on'],
    ["child.execSync('node')", 'node without a script reads code from stdin'],
    ["child.spawnSync('node', [join(import.meta.dirname, 'x.js')], { shell: true })", 'runs through a shell'],
  ])('%s stays unknown', (code, why) => {
    const text = `import child from 'node:child_process'\nimport { join } from 'node:path'\nconst exec = child.exec\n${code}\n`;
    const result = scan(text);
    expect(result.spawned).toBeUndefined();
    expect(result.spawns).toContain(why);
  });

  it('workers and execa are not read', () => {
    expect(scan("import { Worker } from 'node:worker_threads'\nnew Worker('./w.js')\n").spawns).toMatch(/uses node:worker_threads/);
    expect(scan("import { execa } from 'execa'\nawait execa('node', ['x.js'])\n").spawns).toMatch(/uses execa/);
  });

  it('a reassigned path is not known', () => {
    const text = `${HEADER}let BIN = join(import.meta.dirname, 'a.js')\nBIN = process.env.BIN\nchild.execSync(\`node \${BIN}\`)\n`;
    expect(scan(text).spawns).toMatch(/the command is not known/);
  });

  it('shell words: quotes are words, anything the shell would expand is not read', () => {
    expect(shellWords(`node "/r/a b.js" --size '1 2' -x=3`)).toEqual(['node', '/r/a b.js', '--size', '1 2', '-x=3']);
    for (const command of ['a && b', 'a; b', 'a $(b)', 'a `b`', 'a > f', 'A=1 node x', 'node "$HOME/x"', 'a *.js', 'node ~/x'])
      expect(shellWords(command)).toBeUndefined();
  });
});

describe('selection through the scripts a test starts', () => {
  it('a change the started script does not load does not select the test; one it loads does; a spawning helper keeps its importers conservative', async () => {
    const repo = makeRepo({
      'package.json': '{"name":"cli","type":"module"}',
      'index.js': "export { id } from './lib/id.js';\n",
      'lib/id.js': 'export const id = () => 1;\n',
      'lib/other.js': 'export const other = 2;\n',
      'bin/cli.js': "import { id } from '../index.js';\nconsole.log(id());\n",
      'test/index.test.js': "import { id } from '../index.js';\nimport { other } from '../lib/other.js';\n",
      'test/bin.test.js': `${HEADER}const exec = promisify(child.exec)\nconst BIN = join(fileURLToPath(import.meta.url), '..', '..', 'bin', 'cli.js')\nawait exec(\`node \${BIN}\`)\n`,
      'test/helper.js': "import { execSync } from 'node:child_process';\nexport const run = (cmd) => execSync(cmd);\n",
      'test/via-helper.test.js': "import { run } from './helper.js';\n",
      'test/pure.test.js': 'export {};\n',
    });
    try {
      const config = parseConfigText(
        'version: 1\nsuites:\n  js: { command: x, impact: imports, tests: ["test/*.test.js"], files-arg: "x {files}" }\n',
        'testops.yml',
      );
      const graph = await buildImportGraph(repo.dir);
      expect(graph.imports.get('test/bin.test.js')).toEqual(['bin/cli.js']);
      expect(graph.spawns.get('test/helper.js')).toMatch(/test\/helper\.js: execSync\(cmd\): the command is not known/);
      const plan = (path: string) =>
        selectSuites({
          config,
          configPath: 'testops.yml',
          changed: [{ path, status: 'modified' }],
          event: { name: 'pull_request', headSha: 'x', isDefaultBranch: false, isFork: false },
          repoRoot: repo.dir,
          importGraph: graph,
        })[0];
      const id = plan('lib/id.js');
      expect(id.files).toEqual(['test/bin.test.js', 'test/index.test.js', 'test/via-helper.test.js']);
      expect(id.reasons).toContain('lib/id.js → imported by test/bin.test.js');
      // the CLI never loads lib/other.js: its test does not run; the helper's unknown command still may
      const other = plan('lib/other.js');
      expect(other.files).toEqual(['test/index.test.js', 'test/via-helper.test.js']);
      expect(other.reasons).toContain(
        'lib/other.js changed and test/via-helper.test.js may run it: test/helper.js: execSync(cmd): the command is not known',
      );
    } finally {
      repo.cleanup();
    }
  });
});

describe('a JS/TS file no test reaches', () => {
  const NODE_TEST = 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml';
  it('the runner loads nothing else only for node --test naming exactly its tests globs', () => {
    const tests = ['test/*.test.js'];
    expect(runnerLoadsMore({ command: `${NODE_TEST} test/*.test.js`, 'files-arg': `${NODE_TEST} {files}`, tests })).toBeUndefined();
    expect(runnerLoadsMore({ command: 'node --test --test-reporter junit --test-concurrency 1 test/*.test.js', tests })).toBeUndefined();
    // node's own patterns run every .js under test/ (a benchmark, a helper) as a test
    expect(runnerLoadsMore({ command: `${NODE_TEST} test/`, tests })).toMatch(/runs files other than its tests globs name/);
    expect(runnerLoadsMore({ command: 'node --test', tests })).toMatch(/runs files other than/);
    expect(runnerLoadsMore({ command: 'node --test --import ./setup.js test/*.test.js', tests })).toMatch(/node --import/);
    expect(runnerLoadsMore({ command: 'node --test test/*.test.js', env: { NODE_OPTIONS: '--require x' }, tests })).toMatch(/NODE_OPTIONS/);
    expect(runnerLoadsMore({ command: 'npx vitest run', tests })).toMatch(/not node --test/);
    expect(runnerLoadsMore({ command: 'pytest tests', tests })).toMatch(/not node --test/);
    expect(runnerLoadsMore({ command: 'node --test test/*.test.js', 'files-arg': 'node --test -r ./x.js {files}', tests })).toMatch(
      /files-arg/,
    );
  });

  it('selects nothing under such a runner, and stays unmatched (run-all) otherwise', async () => {
    const repo = makeRepo({
      'package.json': '{"name":"p","type":"module"}',
      'index.js': 'export const a = 1;\n',
      'test/benchmark.js': "import { a } from '../index.js';\nconsole.log(a);\n",
      'test/a.test.js': "import { a } from '../index.js';\n",
      'test/b.test.js': 'export {};\n',
    });
    try {
      const graph = await buildImportGraph(repo.dir);
      const plan = (command: string) =>
        selectSuites({
          config: parseConfigText(
            `version: 1\nsuites:\n  js: { command: "${command}", impact: imports, tests: ["test/*.test.js"], files-arg: "node --test {files}" }\n`,
            'testops.yml',
          ),
          configPath: 'testops.yml',
          changed: [{ path: 'test/benchmark.js', status: 'modified' }],
          event: { name: 'pull_request', headSha: 'x', isDefaultBranch: false, isFork: false },
          repoRoot: repo.dir,
          importGraph: graph,
        })[0];
      const known = plan('node --test test/*.test.js');
      expect(known.selected).toBe(false);
      expect(known.reasons).toEqual(['no changed file is imported by test/*.test.js']);
      // `node --test test/` runs test/benchmark.js itself: everything runs
      expect(plan('node --test test/')).toMatchObject({
        selected: true,
        reasons: [expect.stringMatching(/^run-all: test\/benchmark\.js matches no suite/)],
      });
    } finally {
      repo.cleanup();
    }
  });
});
