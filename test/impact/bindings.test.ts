/** Selection by binding on real repositories (oxc parse and resolve): a change inside a function reaches only the tests that use it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseConfigText } from '../../src/config/load.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { systemClock } from '../../src/util/clock.js';
import { memoryLog } from '../../src/util/log.js';
import { buildImportGraph } from '../../src/impact/imports.js';
import { selectSuites } from '../../src/impact/select.js';
import { makeRepo, planModified, type TempRepo } from './repo.js';

const INDEX = `export { urlAlphabet } from './url.js'
import { seed } from './url.js'

export function random(bytes) {
  return new Uint8Array(bytes).fill(seed)
}

export function customRandom(alphabet, size, getRandom) {
  return () => alphabet.slice(0, size)
}

export const customAlphabet = (alphabet, size = 21) => {
  return customRandom(alphabet, size, random)
}

export class Pool {
  fill() {
    return 1
  }
}
`;

const config = parseConfigText(
  'version: 1\nsuites:\n  js: { command: x, impact: imports, tests: ["test/*.test.ts", "test/*.test.js"], files-arg: "x {files}" }\n',
  'testops.yml',
);

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo({
    'package.json': '{"name":"ids","type":"module"}',
    'src/url.ts': 'export const urlAlphabet = "abc"\nexport const seed = 1\n',
    'src/index.ts': INDEX,
    'src/lib/core.ts': 'export function a() {\n  return 1\n}\n\nexport function b() {\n  return 2\n}\n',
    'src/lib/index.ts': "export * from './core.js'\n",
    'src/types.ts': 'export interface Options {\n  size: number\n}\nexport function check(options) {\n  return options.size > 0\n}\n',
    'test/alphabet.test.ts': "import { customAlphabet } from '../src/index.js'\ncustomAlphabet('ab')\n",
    'test/url.test.ts': "import { urlAlphabet } from '../src/index.js'\nconsole.log(urlAlphabet)\n",
    'test/all.test.ts': "import * as ids from '../src/index.js'\nconsole.log(Object.keys(ids))\n",
    'test/pool.test.ts': "import { Pool } from '../src/index.js'\nnew Pool().fill()\n",
    'test/a.test.ts': "import { a } from '../src/lib/index.js'\na()\n",
    'test/b.test.ts': "import { b } from '../src/lib/index.js'\nb()\n",
    'test/types.test.ts':
      "import type { Options } from '../src/types.js'\nimport { type Options as O } from '../src/types.js'\nexport const o: Options & O = { size: 1 }\n",
    'test/check.test.ts': "import { check } from '../src/types.js'\ncheck({ size: 1 })\n",
    'test/cjs.test.js': "const { b } = require('../src/lib/core.ts')\nb()\n",
    'src/helper.ts': "import { a } from './lib/index.js'\nexport const computed = a()\nexport const plain = 3\n",
    'test/helper.test.ts': "import { plain } from '../src/helper.js'\nconsole.log(plain)\n",
    'test/late.test.ts': "import { b } from '../src/lib/core.js'\nconst lazy = await import('../src/lib/core.js')\nlazy.a()\n",
  });
  repo.commit('base');
});
afterAll(() => repo.cleanup());

/** The plan for one modified file, given its text before the change. */
async function plan(path: string, before: string, after: string) {
  return planModified(repo, config, path, before, after);
}

describe('selection by binding', () => {
  it('a change inside customRandom reaches the tests using it or a function calling it, and namespace imports; not urlAlphabet alone', async () => {
    const suite = await plan('src/index.ts', INDEX, INDEX.replace('alphabet.slice(0, size)', 'alphabet.slice(0, size + 0)'));
    expect(suite.files).toEqual(['test/all.test.ts', 'test/alphabet.test.ts']);
    expect(suite.reasons).toContain('src/index.ts customRandom() → used by test/alphabet.test.ts');
  });

  it('a change inside random reaches customAlphabet through the reference in its body', async () => {
    const suite = await plan('src/index.ts', INDEX, INDEX.replace('fill(seed)', 'fill(seed + 0)'));
    expect(suite.files).toEqual(['test/all.test.ts', 'test/alphabet.test.ts']);
  });

  it('a function called when the file loads makes the change reach every importer (by file)', async () => {
    const withCall = `${INDEX}export const nanoid = customAlphabet('xyz')\n`;
    const suite = await plan('src/index.ts', withCall, withCall.replace('alphabet.slice(0, size)', 'alphabet.slice(1, size)'));
    expect(suite.files).toEqual(['test/alphabet.test.ts', 'test/all.test.ts', 'test/pool.test.ts', 'test/url.test.ts'].sort());
    expect(suite.reasons).toContain(
      'src/index.ts customRandom() → src/index.ts, by file (customAlphabet is used by code that runs when src/index.ts loads) → test/all.test.ts',
    );
  });

  it('a class method is module code: every importer', async () => {
    const suite = await plan('src/index.ts', INDEX, INDEX.replace('return 1', 'return 2'));
    expect(suite.files).toHaveLength(4);
  });

  it('through `export *`, only the tests importing the changed name; require() takes every name', async () => {
    const core = 'export function a() {\n  return 1\n}\n\nexport function b() {\n  return 2\n}\n';
    const a = await plan('src/lib/core.ts', core, core.replace('return 1', 'return 10'));
    // late.test.ts imports only b statically, and the whole module with import(): a reaches it too
    expect(a.files).toEqual(['test/a.test.ts', 'test/cjs.test.js', 'test/helper.test.ts', 'test/late.test.ts']);
    const b = await plan('src/lib/core.ts', core, core.replace('return 2', 'return 20'));
    expect(b.files).toEqual(['test/b.test.ts', 'test/cjs.test.js', 'test/late.test.ts']);
    expect(
      b.reasons.some((line) => /test\/cjs\.test\.js, by file \(test\/cjs\.test\.js loads src\/lib\/core\.ts by require/.test(line)),
    ).toBe(true);
  });

  it('an importer that calls the changed function when it loads is changed as a whole: its importers run', async () => {
    const core = 'export function a() {\n  return 1\n}\n\nexport function b() {\n  return 2\n}\n';
    const suite = await plan('src/lib/core.ts', core, core.replace('return 1', 'return 11'));
    // helper.test.ts imports only `plain`, but loading src/helper.ts runs a()
    expect(suite.files).toContain('test/helper.test.ts');
    expect(suite.reasons).toContain(
      'src/lib/core.ts a() → src/helper.ts, by file (a is used by code that runs when src/helper.ts loads) → test/helper.test.ts',
    );
  });

  it('type-only imports never carry the change; a value import does', async () => {
    const types = 'export interface Options {\n  size: number\n}\nexport function check(options) {\n  return options.size > 0\n}\n';
    const suite = await plan('src/types.ts', types, types.replace('> 0', '>= 1'));
    expect(suite.files).toEqual(['test/check.test.ts']);
    // a change to the interface is outside any function body: by file, both
    const byFile = await plan('src/types.ts', types, types.replace('size: number', 'size: number | string'));
    expect(byFile.files).toEqual(['test/check.test.ts', 'test/types.test.ts']);
  });

  it('a function only a namespace import could reach runs that test; one nothing reaches selects nothing', async () => {
    const exported = `${INDEX}export function unused() {\n  return 0\n}\n`;
    repo.write({ 'src/index.ts': exported });
    repo.commit('add an export no test names');
    expect((await plan('src/index.ts', exported, exported.replace('return 0', 'return -1'))).files).toEqual(['test/all.test.ts']);
    const extra = `${INDEX}function unused() {\n  return 0\n}\n`;
    repo.write({ 'src/index.ts': extra });
    repo.commit('add unused');
    try {
      const suite = await plan('src/index.ts', extra, extra.replace('return 0', 'return -1'));
      expect(suite.selected).toBe(false);
    } finally {
      repo.write({ 'src/index.ts': INDEX });
      repo.commit('back');
    }
  });
});

describe('the plan step', () => {
  it('reads the changed file at the merge base and selects by binding', async () => {
    const other = makeRepo({
      'package.json': '{"name":"ids","type":"module"}',
      '.github/testops.yml':
        'version: 1\nsuites:\n  js: { command: x, impact: imports, tests: ["test/*.test.ts"], files-arg: "x {files}" }\n',
      'src/url.ts': 'export const urlAlphabet = "abc"\nexport const seed = 1\n',
      'src/index.ts': INDEX,
      'test/alphabet.test.ts': "import { customAlphabet } from '../src/index.js'\ncustomAlphabet('ab')\n",
      'test/url.test.ts': "import { urlAlphabet } from '../src/index.js'\nconsole.log(urlAlphabet)\n",
    });
    try {
      const base = other.commit('base');
      other.write({ 'src/index.ts': INDEX.replace('alphabet.slice(0, size)', 'alphabet.slice(0, size + 0)') });
      const head = other.commit('change customRandom');
      const { plan } = await makePlan({
        repoRoot: other.dir,
        event: { name: 'push', headSha: head, baseSha: base, isDefaultBranch: false, isFork: false, branch: 'feature' },
        baselineDir: join(other.dir, '.baseline'),
        log: memoryLog(),
        clock: systemClock,
      });
      const suite = plan.suites[0];
      expect(suite.files).toEqual(['test/alphabet.test.ts']);
      expect(suite.reasons).toEqual(['1 of 2 test files run (imports)', 'src/index.ts customRandom() → used by test/alphabet.test.ts']);
    } finally {
      other.cleanup();
    }
  });
});

describe('a types module', () => {
  it('a change to a file that only `import type` names anywhere selects nothing, unless a suite checks types', async () => {
    const repo = makeRepo({
      'package.json': '{"name":"t","type":"module"}',
      'src/types.ts': 'export interface Options {\n  size: number\n}\n',
      'src/shared.ts': 'export interface Shared {\n  a: number\n}\nexport const version = 1\n',
      'src/defu.ts':
        "import type { Options } from './types'\nimport type { Shared } from './shared'\nexport const defu = (o: Options) => o\n",
      'src/other.ts': "import { version } from './shared'\nexport const v = version\n",
      'test/defu.test.ts': "import { defu } from '../src/defu'\ndefu({ size: 1 })\n",
      'test/other.test.ts': "import { v } from '../src/other'\nconsole.log(v)\n",
    });
    try {
      const graph = await buildImportGraph(repo.dir);
      expect(graph.typeImports.get('src/defu.ts')).toEqual(new Set(['src/types.ts', 'src/shared.ts']));
      const plan = (command: string, path: string) =>
        selectSuites({
          config: parseConfigText(
            `version: 1\nsuites:\n  js: { command: "${command}", impact: imports, tests: ["test/*.test.ts"], files-arg: "x {files}" }\n`,
            'testops.yml',
          ),
          configPath: 'testops.yml',
          changed: [{ path, status: 'modified' }],
          event: { name: 'pull_request', headSha: 'x', isDefaultBranch: false, isFork: false },
          repoRoot: repo.dir,
          importGraph: graph,
        })[0];
      // vitest without typecheck: the interface is erased before anything runs
      expect(plan('vitest run', 'src/types.ts')).toMatchObject({ selected: false });
      // a module loaded at run time by another file keeps its type-only importers too
      expect(plan('vitest run', 'src/shared.ts').files).toEqual(['test/defu.test.ts', 'test/other.test.ts']);
      // suites that check types: a type change can fail them
      expect(plan('vitest run --typecheck', 'src/types.ts').files).toEqual(['test/defu.test.ts']);
      expect(plan('npx jest', 'src/types.ts').files).toEqual(['test/defu.test.ts']);
      repo.write({ 'vitest.config.ts': 'export default { test: { typecheck: { enabled: true } } }\n' });
      const withConfig = await buildImportGraph(repo.dir);
      const checked = selectSuites({
        config: parseConfigText(
          'version: 1\nsuites:\n  js: { command: vitest run, impact: imports, tests: ["test/*.test.ts"], files-arg: "x {files}" }\n',
          'testops.yml',
        ),
        configPath: 'testops.yml',
        changed: [{ path: 'src/types.ts', status: 'modified' }],
        event: { name: 'pull_request', headSha: 'x', isDefaultBranch: false, isFork: false },
        repoRoot: repo.dir,
        importGraph: withConfig,
      })[0];
      expect(checked.files).toEqual(['test/defu.test.ts']);
    } finally {
      repo.cleanup();
    }
  });
});
