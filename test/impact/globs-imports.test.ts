import { Minimatch } from 'minimatch';
import { afterEach, describe, expect, it } from 'vitest';
import { compileGlobs, globProblem, GlobIndex } from '../../src/impact/index.js';
import { buildImportGraph } from '../../src/impact/imports.js';
import { globToRegExp } from '../../src/impact/globs.js';
import { makeRepo, type TempRepo } from './repo.js';

const PATTERNS = [
  'packages/api/**',
  'packages/*/src/**',
  '**/*.test.ts',
  '**/package-lock.json',
  'package.json',
  'src/**/*.{ts,tsx}',
  'docs/*.md',
  'a/**/b/*.js',
  'lib/?.ts',
  'lib/[a-c]*.ts',
  'lib/[!a-c]*.ts',
  '.github/workflows/**',
  '**',
  '*.md',
  'x/+(a|b).ts',
  'x/{a,b{c,d}}.ts',
];
const PATHS = [
  'packages/api/src/db.ts',
  'packages/api',
  'packages/web/src/a/b.ts',
  'packages/web/test/a.test.ts',
  'a.test.ts',
  'sub/package-lock.json',
  'package-lock.json',
  'package.json',
  'packages/x/package.json',
  'src/a.ts',
  'src/deep/b.tsx',
  'src/c.js',
  'docs/guide.md',
  'docs/sub/guide.md',
  'a/b/x.js',
  'a/q/r/b/x.js',
  'a/b.js',
  'lib/a.ts',
  'lib/ab.ts',
  'lib/cat.ts',
  'lib/dog.ts',
  '.github/workflows/ci.yml',
  'README.md',
  '.hidden/x.md',
  'x/a.ts',
  'x/bd.ts',
];

describe('globs', () => {
  it('the fast paths and the RegExp translation agree with minimatch {dot: true}', () => {
    for (const pattern of PATTERNS) {
      const reference = new Minimatch(pattern, { dot: true });
      const compiled = compileGlobs([pattern]);
      for (const path of PATHS) expect(`${pattern} ${path} ${compiled(path)}`).toBe(`${pattern} ${path} ${reference.match(path)}`);
    }
    expect(globToRegExp('x/+(a|b).ts')).toBeUndefined(); // extglobs stay with minimatch
  });

  it('negations exclude, per owner', () => {
    const index = new GlobIndex();
    index.add(1, ['packages/api/**', '!packages/api/**/*.md']);
    index.add(2, ['**/*.md']);
    expect(index.owners('packages/api/src/a.ts')).toEqual([1]);
    expect(index.owners('packages/api/README.md')).toEqual([2]);
  });

  it('explains unusable globs', () => {
    expect(globProblem('src/[a')).toBe('expected "]" to close "["');
    expect(globProblem('src/{a,b')).toBe('expected "}" to close "{"');
    expect(globProblem('src/a}')).toBe('expected "{" before "}"');
    expect(globProblem('[z-a].ts')).toBe('expected a character range in ascending order, got "z-a"');
    expect(globProblem('./src/**')).toMatch(/without a leading "\.\/"/);
    expect(globProblem('!')).toMatch(/empty pattern/);
    expect(globProblem('!src/**/*.snap')).toBeUndefined();
  });
});

describe('import graph', () => {
  const repos: TempRepo[] = [];
  afterEach(() => {
    for (const repo of repos.splice(0)) repo.cleanup();
  });

  it('follows relative imports (.js → .ts), tsconfig paths with extends, and workspace packages', async () => {
    const repo = makeRepo({
      'tsconfig.base.json':
        '{ // comments and trailing commas are fine\n "compilerOptions": { "baseUrl": ".", "paths": { "~/*": ["src/*"], }, }, }',
      'tsconfig.json': '{ "extends": "./tsconfig.base.json" }',
      'src/util.ts': 'export const u = 1;\n',
      'src/index.ts': "import { u } from '~/util';\nimport { s } from '@acme/shared/strings';\nimport core from '@acme/core';\n",
      'packages/shared/package.json': JSON.stringify({ name: '@acme/shared', exports: { './*': { import: './dist/*.js' } } }),
      'packages/shared/src/strings.ts': 'export const s = 1;\n',
      'packages/core/package.json': JSON.stringify({ name: '@acme/core', main: 'lib/main.js' }),
      'packages/core/lib/main.js': "module.exports = require('./helper');\n",
      'packages/core/lib/helper.cjs': 'module.exports = 2;\n',
      'test/index.test.ts': "import '../src/index.js';\n",
    });
    repos.push(repo);
    const graph = await buildImportGraph(repo.dir);
    expect(graph.imports.get('test/index.test.ts')).toEqual(['src/index.ts']);
    expect(graph.imports.get('src/index.ts')?.sort()).toEqual([
      'packages/core/lib/main.js',
      'packages/shared/src/strings.ts',
      'src/util.ts',
    ]);
    expect(graph.imports.get('packages/core/lib/main.js')).toEqual(['packages/core/lib/helper.cjs']);
    expect(graph.dynamic.size).toBe(0);
  });
});
