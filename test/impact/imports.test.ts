/** The import graph on real files: oxc-parser/oxc-resolver for JS/TS, pytest's view of Python, and selection over changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { buildImportGraph, type ImportGraph, selectSuites } from '../../src/impact/index.js';
import { scanJs } from '../../src/impact/js-graph.js';
import { loadOxc, type OxcTools } from '../../src/impact/native.js';
import { scanPython } from '../../src/impact/python-graph.js';
import type { ChangedFile, EventInfo, SuitePlan } from '../../src/model.js';
import { makeRepo, type TempRepo } from './repo.js';

const event: EventInfo = { name: 'pull_request', headSha: 'h', isDefaultBranch: false, isFork: false, prLabels: [] };
const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

let oxc: OxcTools;
beforeAll(async () => {
  const loaded = await loadOxc();
  if (typeof loaded === 'string') throw new Error(loaded);
  oxc = loaded;
});

describe('JS/TS scanning (oxc-parser)', () => {
  it('finds ES imports, re-exports, require, literal dynamic imports and mocks, and nothing in comments or strings', () => {
    const found = scanJs(
      oxc.parser,
      'x.test.ts',
      `
      import a from './a.js';
      import type { T } from './types';
      import './side-effect';
      export * from '../';
      export { c as d } from '../c';
      const e = require('./e');
      const f = await import('./f');
      const g = require(\`./g\`);
      vi.mock('./mocked');
      const typed = (v: number): string => v as unknown as string;
      // import h from './not-this';
      /* require('./nor-this') */
      const s = "import h from './string-only'";
    `,
    );
    expect(found.specifiers.sort()).toEqual(['../', '../c', './a.js', './e', './f', './g', './mocked', './side-effect', './types']);
    expect(found.dynamic).toBeUndefined();
  });

  it('names what it cannot follow', () => {
    expect(scanJs(oxc.parser, 'a.js', 'const m = await import(name);').dynamic).toBe('import(name) in a.js is not a literal');
    expect(scanJs(oxc.parser, 'a.js', 'const m = require(`./x/${name}`);').dynamic).toMatch(/^require\(`\.\/x\/\$\{name\}`\) in a\.js/);
    expect(scanJs(oxc.parser, 'a.ts', 'const all = import.meta.glob("./*.ts");').dynamic).toMatch(/import\.meta\.glob/);
  });
});

describe('Python scanning', () => {
  it('finds absolute, relative and from-imports across lines, and skips strings and comments', () => {
    const found = scanPython(
      'pkg/mod.py',
      [
        'import os, pkg.sub as s',
        'from . import sibling',
        'from ..up import (',
        '    a,',
        '    b as c,',
        ')',
        '# import commented',
        '"""',
        'import in_docstring',
        '"""',
        'def f():',
        '    from pkg.lazy import thing',
        'pytest_plugins = ["pkg.plugin"]',
      ].join('\n'),
    );
    expect(found.modules.sort()).toEqual(['.', '..up', 'os', 'pkg.lazy', 'pkg.plugin', 'pkg.sub']);
    expect(found.maybeModules.sort()).toEqual(['..up.a', '..up.b', '.sibling', 'pkg.lazy.thing']);
    expect(scanPython('x.py', 'importlib.import_module(name)').dynamic).toMatch(/is not a literal/);
  });
});

describe('import graph: resolution', () => {
  let repo: TempRepo;
  let graph: ImportGraph;
  beforeAll(async () => {
    repo = makeRepo({
      'package.json': JSON.stringify({
        name: 'root-pkg',
        type: 'module',
        exports: { '.': './dist/index.mjs' },
        imports: { '#util': './src/util.ts' },
      }),
      'tsconfig.base.json': '{ // comments and trailing commas\n "compilerOptions": { "baseUrl": ".", "paths": { "~/*": ["src/*"], }, }, }',
      'tsconfig.json': '{ "extends": "./tsconfig.base.json" }',
      'src/index.ts': "export * from './util.js';\nexport { s } from '@acme/shared/strings';\nimport core from '@acme/core';\n",
      'src/util.ts': 'export const u = 1;\n',
      'src/alias.ts': "import { u } from '~/util';\nimport h from '#util';\n",
      'lib/index.js': 'module.exports = 1;\n',
      'lib/user.cjs': "module.exports = require('../lib/');\n",
      'packages/shared/package.json': JSON.stringify({ name: '@acme/shared', exports: { './*': { import: './dist/*.js' } } }),
      'packages/shared/src/strings.ts': 'export const s = 1;\n',
      'packages/core/package.json': JSON.stringify({ name: '@acme/core', main: 'lib/main.js' }),
      'packages/core/lib/main.js': "module.exports = require('./helper');\n",
      'packages/core/lib/helper.cjs': 'module.exports = 2;\n',
      'test/slash.test.ts': "import { u } from '../src/';\n",
      'test/self.test.ts': "import x from 'root-pkg';\nimport fs from 'node:fs';\nimport vitest from 'vitest';\n",
      'test/gone.test.ts': "import x from '../src/generated.js';\n",
      'vitest.config.ts': 'export default {};\n',
      'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-p tests.plugin"\n',
      'src/pkg/__init__.py': 'from .core import run\n',
      'src/pkg/core.py': 'from ._speedups import fast\n',
      'src/pkg/_speedups.c': '/* C */\n',
      'src/pkg/_speedups.pyi': 'def fast(): ...\n',
      'src/pkg/sub/__init__.py': '',
      'src/pkg/sub/leaf.py': 'import json\n',
      'tests/conftest.py': 'import pkg\n',
      'tests/helpers.py': 'X = 1\n',
      'tests/plugin.py': 'import pytest\n',
      'tests/test_leaf.py': 'from pkg.sub import leaf\nimport helpers\n',
      'tests/deep/test_other.py': 'import pkg.sub.leaf\n',
    });
    graph = await buildImportGraph(repo.dir);
  });
  afterAll(() => repo.cleanup());

  it('follows directory imports written with a trailing slash, require("../"), .js → .ts and re-exports', () => {
    expect(graph.imports.get('test/slash.test.ts')).toEqual(['src/index.ts']);
    expect(graph.imports.get('lib/user.cjs')).toEqual(['lib/index.js']);
    expect(sorted(graph.imports.get('src/index.ts'))).toEqual([
      'packages/core/lib/main.js',
      'packages/shared/src/strings.ts',
      'src/util.ts',
    ]);
    expect(graph.imports.get('packages/core/lib/main.js')).toEqual(['packages/core/lib/helper.cjs']);
  });

  it('follows tsconfig paths through extends (JSONC), package imports, and a self-reference whose exports name dist/', () => {
    expect(graph.imports.get('src/alias.ts')).toEqual(['src/util.ts']);
    expect(graph.imports.get('test/self.test.ts')).toEqual(['src/index.ts']);
  });

  it('records what resolves to nothing, with the reason, and links it for a later deletion', () => {
    expect(graph.dynamic.get('test/gone.test.ts')).toBe(
      '"../src/generated.js" in test/gone.test.ts resolves to no file (generated, or deleted?)',
    );
    expect(graph.dangling.get('test/gone.test.ts')).toEqual(['src/generated.js']);
    expect(graph.dynamic.size).toBe(1);
  });

  it('Python: src layout, parent packages, C extensions with stubs, conftest and the test dir on sys.path', () => {
    expect(sorted(graph.imports.get('tests/test_leaf.py'))).toEqual([
      'src/pkg/__init__.py',
      'src/pkg/sub/__init__.py',
      'src/pkg/sub/leaf.py',
      'tests/conftest.py',
      'tests/helpers.py',
    ]);
    expect(sorted(graph.imports.get('tests/deep/test_other.py'))).toEqual([
      'src/pkg/__init__.py',
      'src/pkg/sub/__init__.py',
      'src/pkg/sub/leaf.py',
      'tests/conftest.py',
    ]);
    expect(sorted(graph.imports.get('src/pkg/core.py'))).toEqual(['src/pkg/__init__.py', 'src/pkg/_speedups.c', 'src/pkg/_speedups.pyi']);
  });

  it('runner configs and pytest plugins count for every test', () => {
    expect([...graph.global.keys()].sort()).toEqual([
      'pyproject.toml',
      'tests/plugin.py',
      'tsconfig.base.json',
      'tsconfig.json',
      'vitest.config.ts',
    ]);
  });
});

describe('selection as changes happen', () => {
  const CONFIG = parseConfigText(
    `
version: 1
suites:
  unit:
    command: npx vitest run
    impact: imports
    tests: ["test/**/*.test.ts"]
    files-arg: npx vitest run {files}
  py:
    command: pytest
    impact: imports
    tests: ["tests/**/test_*.py"]
    files-arg: pytest {files}
`,
    '.github/testops.yml',
  );
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo({
      'package.json': '{"name":"demo","type":"module"}',
      'src/a.ts': 'export const a = 1;\n',
      'src/b.ts': "import { a } from './a.js';\nexport const b = a;\n",
      'src/c.ts': 'export const c = 3;\n',
      'src/pkg1/m.ts': 'export const m = 1;\n',
      'test/a.test.ts': "import { a } from '../src/a.js';\n",
      'test/b.test.ts': "import { b } from '../src/b.js';\n",
      'test/c.test.ts': "import { c } from '../src/c.js';\n",
      'test/m.test.ts': "import { m } from '../src/pkg1/m.js';\n",
      'test/other.test.ts': 'export {};\n',
      'mylib/__init__.py': '',
      'mylib/core.py': 'X = 1\n',
      'tests/conftest.py': '',
      'tests/unit/conftest.py': '',
      'tests/unit/test_core.py': 'from mylib import core\n',
      'tests/test_plain.py': 'def test_x(): pass\n',
    });
    repo.commit('base');
  });
  afterAll(() => repo.cleanup());

  const plan = async (files: ChangedFile[]): Promise<Record<string, SuitePlan>> => {
    const graph = await buildImportGraph(repo.dir);
    const plans = selectSuites({
      config: CONFIG,
      configPath: '.github/testops.yml',
      changed: files,
      event,
      repoRoot: repo.dir,
      importGraph: graph,
    });
    return Object.fromEntries(plans.map((one) => [one.name, one]));
  };

  it('a source file and its own test in one change: only the tests that load them, no run-all', async () => {
    const plans = await plan([
      { path: 'src/c.ts', status: 'modified' },
      { path: 'test/c.test.ts', status: 'modified' },
      { path: 'src/a.ts', status: 'modified' },
    ]);
    expect(plans.unit.files).toEqual(['test/a.test.ts', 'test/b.test.ts', 'test/c.test.ts']);
    expect(plans.unit.reasons[0]).toBe('3 of 5 test files run (imports)');
    expect(plans.py.selected).toBe(false);
  });

  it('a deleted source file selects whatever imported it; a deleted test file is never passed to the runner', async () => {
    repo.remove('src/c.ts', 'test/other.test.ts');
    try {
      const plans = await plan([
        { path: 'src/c.ts', status: 'deleted' },
        { path: 'test/other.test.ts', status: 'deleted' },
      ]);
      expect(plans.unit.files).toEqual(['test/c.test.ts']);
      expect(plans.unit.reasons).toContain('src/c.ts → imported by test/c.test.ts');
      repo.sh('checkout', '--', 'src/c.ts');
      const onlyTest = await plan([{ path: 'test/other.test.ts', status: 'deleted' }]);
      expect(onlyTest.unit).toMatchObject({ selected: false, reasons: ['only deleted test files were selected (test/other.test.ts)'] });
    } finally {
      repo.sh('checkout', '--', 'src/c.ts', 'test/other.test.ts');
    }
  });

  it('a rename or a move across packages counts the old and the new path', async () => {
    repo.sh('mv', 'src/pkg1/m.ts', 'src/m2.ts');
    repo.write({ 'test/m.test.ts': "import { m } from '../src/m2.js';\n" });
    try {
      const plans = await plan([
        { path: 'src/m2.ts', status: 'renamed', previousPath: 'src/pkg1/m.ts' },
        { path: 'test/m.test.ts', status: 'modified' },
      ]);
      expect(plans.unit.files).toEqual(['test/m.test.ts']);
      expect(plans.unit.reasons.join('\n')).not.toMatch(/run-all/);
    } finally {
      repo.sh('reset', '-q', '--hard');
    }
  });

  it('conftest.py selects every test under its directory; a module selects its importers', async () => {
    expect((await plan([{ path: 'tests/unit/conftest.py', status: 'modified' }])).py.files).toEqual(['tests/unit/test_core.py']);
    expect((await plan([{ path: 'tests/conftest.py', status: 'modified' }])).py.files).toEqual([
      'tests/test_plain.py',
      'tests/unit/test_core.py',
    ]);
    const core = await plan([{ path: 'mylib/core.py', status: 'modified' }]);
    expect(core.py.files).toEqual(['tests/unit/test_core.py']);
    expect(core.py.reasons).toEqual(['1 of 2 test files run (imports)', 'mylib/core.py → imported by tests/unit/test_core.py']);
    expect(core.unit.selected).toBe(false);
  });
});

describe('tests that start processes', () => {
  it('run on any code change when what they start cannot be named (a CLI they spawn may load it), and say why', async () => {
    const repo = makeRepo({
      'package.json': '{"name":"cli","type":"module"}',
      'index.js': 'export const id = () => 1;\n',
      'bin/cli.js': "import { id } from '../index.js';\nconsole.log(id());\n",
      'test/index.test.js': "import { id } from '../index.js';\n",
      'test/bin.test.js': "import { execFileSync } from 'node:child_process';\nexecFileSync('node', ['bin/cli.js']);\n",
      'test/pure.test.js': 'export {};\n',
      'pkg/__init__.py': '',
      'pkg/core.py': 'X = 1\n',
      'tests/test_cli.py': 'import subprocess\n\ndef test_cli():\n    subprocess.run(["python", "-m", "pkg"])\n',
      'tests/test_pure.py': 'def test_x(): pass\n',
    });
    try {
      const config = parseConfigText(
        'version: 1\nsuites:\n  js: { command: x, impact: imports, tests: ["test/*.test.js"], files-arg: "x {files}" }\n  py: { command: y, impact: imports, tests: ["tests/test_*.py"], files-arg: "y {files}" }\n',
        '.github/testops.yml',
      );
      const graph = await buildImportGraph(repo.dir);
      expect(Object.fromEntries(graph.spawns)).toEqual({
        // a path relative to the runner's working directory: not known from the file alone
        'test/bin.test.js': "test/bin.test.js: execFileSync('node', ['bin/cli.js']): bin/cli.js is not a path in the repository",
        'tests/test_cli.py': 'tests/test_cli.py starts processes (subprocess), whose commands are not read',
      });
      const [js, py] = selectSuites({
        config,
        configPath: '.github/testops.yml',
        changed: [{ path: 'index.js', status: 'modified' }],
        event,
        repoRoot: repo.dir,
        importGraph: graph,
      });
      expect(js.files).toEqual(['test/bin.test.js', 'test/index.test.js']);
      expect(js.reasons).toContain(
        "index.js changed and test/bin.test.js may run it: test/bin.test.js: execFileSync('node', ['bin/cli.js']): bin/cli.js is not a path in the repository",
      );
      expect(py.files).toEqual(['tests/test_cli.py']);
    } finally {
      repo.cleanup();
    }
  });
});
