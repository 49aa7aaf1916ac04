// A suite that runs in its working-directory is given the selected test files relative to that
// directory (the plan names them from the repository root): real git, real node --test, the CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeRepo, testops } from './helpers.js';

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
