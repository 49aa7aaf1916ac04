// A suite that runs in its working-directory is given the selected test files relative to that
// directory (the plan names them from the repository root): real git, real node --test, the CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeRepo, ROOT, testops } from './helpers.js';

const CONFIG = `version: 1
suites:
  a:
    working-directory: packages/a
    command: node --test --test-reporter=junit --test-reporter-destination=junit.xml test/
    impact: imports
    tests: ['packages/a/test/*.test.js']
    files-arg: node --test --test-reporter=junit --test-reporter-destination=junit.xml {files}
    reports: { junit: packages/a/junit.xml }
`;

describe('files-arg in a working-directory', () => {
  it('runs only the selected file, named from the suite directory, and the reproduce line enters it', async () => {
    const repo = await makeRepo({
      '.github/testops.yml': CONFIG,
      '.gitignore': '.testops/\njunit.xml\n',
      'packages/a/package.json': '{"type":"module"}\n',
      'packages/a/src/m.js': 'export const two = () => 2;\n',
      'packages/a/test/m.test.js': `import { test } from 'node:test';
import assert from 'node:assert';
import { two } from '../src/m.js';
test('two', () => assert.equal(two(), 2));
`,
      'packages/a/test/n.test.js': `import { test } from 'node:test';
test('n', () => {});
`,
    });
    writeFileSync(join(repo, 'packages/a/src/m.js'), 'export const two = () => 1 + 1;\n');
    await git(repo, 'commit', '-qam', 'change two');
    const result = await testops(['run', '--base', 'HEAD~1'], repo);
    expect(result.stdout + result.stderr).toContain('1 of 2 test files run (imports)');
    expect(result.stdout + result.stderr).toContain(`reproduce: cd packages/a && TEST_MODE=`);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(repo, '.testops/out/report.json'), 'utf8'));
    const suite = report.suites.find((entry: { name: string }) => entry.name === 'a');
    expect(suite.status).toBe('passed');
    expect(suite.tests).toMatchObject({ tests: 1, passed: 1, failed: 0, attempts: 1 });
    const runs = readFileSync(join(repo, '.testops/out/runs.json'), 'utf8');
    expect(runs).toContain('"command":"node --test --test-reporter=junit --test-reporter-destination=junit.xml test/m.test.js"');
  });
});

const NODE_COVERAGE =
  'node --test --experimental-test-coverage --test-reporter=junit --test-reporter-destination=junit.xml --test-reporter=lcov --test-reporter-destination=lcov.info test/';
const branchy = 'export const f = (x) => {\n  if (x > 0) return 1;\n  return 0;\n};\n';
const callsWith = (name: string, value: number) =>
  `import { test } from 'node:test';\nimport { f } from '../src/index.js';\ntest('${name}', () => f(${value}));\n`;

describe('reports written in a working-directory', () => {
  it("two packages' src/index.js stay two files in coverage, and a failure's file is a repository path", async () => {
    const repo = await makeRepo({
      '.github/testops.yml': `version: 1
suites:
  a:
    working-directory: packages/a
    command: ${NODE_COVERAGE}
    reports: { junit: packages/a/junit.xml, coverage: packages/a/lcov.info }
  b:
    working-directory: packages/b
    command: ${NODE_COVERAGE}
    reports: { junit: packages/b/junit.xml, coverage: packages/b/lcov.info }
  c:
    working-directory: packages/c
    command: ${join(ROOT, 'node_modules/.bin/vitest')} run --globals --reporter=junit --outputFile=junit.xml
    reports: { junit: packages/c/junit.xml }
`,
      '.gitignore': '.testops/\njunit.xml\nlcov.info\n',
      'packages/a/package.json': '{"type":"module"}\n',
      'packages/a/src/index.js': branchy,
      'packages/a/test/i.test.js': callsWith('a', 1),
      'packages/b/package.json': '{"type":"module"}\n',
      'packages/b/src/index.js': branchy,
      'packages/b/test/i.test.js': callsWith('b', -1),
      'packages/c/package.json': '{"type":"module"}\n',
      'packages/c/test/c.test.js': "test('c fails', () => {\n  expect(1).toBe(2);\n});\n",
    });
    const result = await testops(['run', '--full', '--format', 'json'], repo);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout);
    // vitest wrote the file relative to packages/c; the annotation needs the repository path
    expect(report.failures.map((failure: { file: string; line: number }) => [failure.file, failure.line])).toEqual([
      ['packages/c/test/c.test.js', 2],
    ]);
    // node's lcov says SF:src/index.js in both packages: the lines node counted, per package
    const lcov = (name: string) => readFileSync(join(repo, `packages/${name}/lcov.info`), 'utf8');
    const sum = (key: string) =>
      ['a', 'b'].reduce(
        (total, name) => total + [...lcov(name).matchAll(new RegExp(`^${key}:(\\d+)$`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0),
        0,
      );
    expect(lcov('a')).toContain('SF:src/index.js');
    const lines = report.gates.find((gate: { gate: string; subject: string }) => gate.gate === 'coverage' && gate.subject === 'lines');
    expect(lines.reason).toContain(`${sum('LH')} of ${sum('LF')} lines covered`);
    const runs = readFileSync(join(repo, '.testops/out/runs.json'), 'utf8');
    expect(runs).toContain('"path":"packages/a/src/index.js"');
    expect(runs).toContain('"path":"packages/b/src/index.js"');
    expect(runs).not.toContain('"path":"src/index.js"');
  });
});
