/** replay-impact over a real git history, with real node:test runs for --verify. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayImpactCommand } from '../../src/impact/index.js';
import { makeRepo, type TempRepo } from './repo.js';

const NODE_TEST = 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml';
const CONFIG = (unmatched: string) => `version: 1
unmatched: ${unmatched}
suites:
  unit:
    command: ${NODE_TEST} test/
    impact: imports
    tests: ["test/*.test.js"]
    files-arg: ${NODE_TEST} {files}
    reports: { junit: reports/junit.xml }
`;
const testFile = (module: string, expected: number) =>
  `import { test } from 'node:test';\nimport { equal } from 'node:assert';\nimport { value } from '../src/${module}.js';\ntest('${module} value', () => equal(value, ${expected}));\n`;

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await replayImpactCommand(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

let repo: TempRepo;
const commits: Record<string, string> = {};
beforeAll(() => {
  repo = makeRepo({
    'package.json': '{"type":"module"}',
    '.gitignore': 'reports/\n',
    'src/a.js': 'export const value = 1;\n',
    'src/b.js': 'export const value = 2;\n',
    'src/c.js': "import { b } from './b-helper.js';\nexport const value = b;\n",
    'src/b-helper.js': 'export const b = 3;\n',
    'data/expected.txt': '3\n',
    'test/a.test.js': testFile('a', 1),
    'test/b.test.js': testFile('b', 2),
    // reads a data file at run time: no import names it
    'test/c.test.js': `import { test } from 'node:test';\nimport { equal } from 'node:assert';\nimport { readFileSync } from 'node:fs';\nimport { value } from '../src/c.js';\ntest('c matches data', () => equal(value, Number(readFileSync('data/expected.txt', 'utf8'))));\n`,
  });
  commits.base = repo.commit('base');
  repo.write({ 'src/a.js': 'export const value = 1; // reworded\n' });
  commits.a = repo.commit('touch a');
  repo.write({ 'src/b.js': 'export const value = 20;\n' });
  commits.breakB = repo.commit('break b');
  repo.sh('mv', 'src/b-helper.js', 'src/helper.js');
  repo.write({ 'src/c.js': "import { b } from './helper.js';\nexport const value = b;\n" });
  commits.rename = repo.commit('rename the helper');
  repo.write({ 'data/expected.txt': '4\n' });
  commits.data = repo.commit('change the data file');
});
afterAll(() => repo.cleanup());

describe('replay-impact', () => {
  it('replays each commit with its own graph and counts test files (plain)', async () => {
    writeFileSync(join(repo.dir, 'testops.yml'), CONFIG('ignore'));
    const { code, stdout, stderr } = await run(['--from', commits.base, '--to', commits.rename, '--config', 'testops.yml'], repo.dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    // "touch a" rewords a comment: no code runs differently, no test runs
    expect(lines[0]).toMatch(/^[0-9a-f]{10} +0\/3 test files +0 of 3 +100% saved +touch a$/);
    expect(lines[1]).toMatch(/ 1\/3 test files +1 of 3 +67% saved +break b$/);
    // the rename: the new helper is reached through c.js in that commit's own graph
    expect(lines[2]).toMatch(/ 1\/3 test files +1 of 3 +67% saved +rename the helper$/);
    expect(lines[3]).toBe('3 commits: 78% of test files saved in total');
    expect(lines[4]).toBe(
      '2 commits change one source file (and nothing else): 83% of their test files saved in total (1 of 6), median 83% per commit (target ≥ 50%); why: no test file runs the change: 1, some test files load it: 1',
    );
  });

  it('replays only the commits that change one source file with --one-source', async () => {
    writeFileSync(join(repo.dir, 'testops.yml'), CONFIG('ignore'));
    const { code, stdout } = await run(
      ['--from', commits.base, '--to', commits.data, '--one-source', '--json', '--config', 'testops.yml'],
      repo.dir,
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // the rename changes two files and the data commit no source file: both left out
    expect(result.commits.map((row: { subject: string }) => row.subject)).toEqual(['touch a', 'break b']);
    expect(result.commits.map((row: { why: string }) => row.why)).toEqual(['no test file runs the change', 'some test files load it']);
    expect(result.summary).toMatchObject({
      skipped: 2,
      oneSourceCommits: 2,
      oneSourceWhy: { 'no test file runs the change': 1, 'some test files load it': 1 },
    });
    expect(result.summary.savedOneSourceMedian).toBeCloseTo(5 / 6, 9);
  });

  it('explains bad arguments and unknown revisions', async () => {
    expect((await run(['--from', 'HEAD'], repo.dir)).stderr).toMatch(/--from and --to are required; usage: testops replay-impact/);
    expect((await run(['--bogus'], repo.dir)).code).toBe(2);
    const missing = await run(['--from', 'nope', '--to', 'HEAD', '--config', 'testops.yml'], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope is not a commit/);
  });
});
