/** replay-impact --verify over a real git history with real node:test runs (slow: one node --test per file and commit). */
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

describe('replay-impact --verify', () => {
  it('--verify runs the tests at each commit and its parent and names a failure the selection would have missed (exit 1)', async () => {
    writeFileSync(join(repo.dir, 'testops.yml'), CONFIG('ignore'));
    const { code, stdout } = await run(
      ['--from', commits.a, '--to', commits.data, '--config', 'testops.yml', '--verify', '--json'],
      repo.dir,
    );
    const result = JSON.parse(stdout);
    const byCommit = Object.fromEntries(result.commits.map((row: { subject: string }) => [row.subject, row]));
    // "break b" changes the outcome of b's test, which the selection runs
    expect(byCommit['break b']).toMatchObject({ changedTests: 1, missed: [], selectionProblems: [], selectedItems: 1, totalItems: 3 });
    // with unmatched: ignore, a data file read at run time selects nothing: its test's failure is missed
    expect(byCommit['change the data file'].missed).toEqual([
      { suite: 'unit', file: 'test/c.test.js', name: 'c matches data', before: 'passed', after: 'failed' },
    ]);
    expect(result.summary).toMatchObject({ commits: 3, missed: 1, changedTests: 2 });
    expect(result.unit).toBe('seconds');
    expect(code).toBe(1);
  });

  it('--verify with the safe default (unmatched: run-all) misses nothing', async () => {
    writeFileSync(join(repo.dir, 'testops.yml'), CONFIG('run-all'));
    const { code, stdout } = await run(['--from', commits.rename, '--to', commits.data, '--config', 'testops.yml', '--verify'], repo.dir);
    expect(stdout).toMatch(
      /3\/3 test files .* 1 changed outcome, 0 missed +change the data file +\[run-all: data\/expected.txt matches no suite/,
    );
    expect(stdout).toMatch(/verified: 1 test outcome changed, 0 missed by the selection\n$/);
    expect(code).toBe(0);
  });
});

describe('replay-impact --verify --mutants', () => {
  it('makes each changed source file throw on load when its change is module code; every test that then fails must be selected', async () => {
    writeFileSync(join(repo.dir, 'testops.yml'), CONFIG('run-all'));
    const { code, stdout } = await run(
      ['--from', commits.a, '--to', commits.rename, '--config', 'testops.yml', '--mutants', '--json'],
      repo.dir,
    );
    const result = JSON.parse(stdout);
    const byCommit = Object.fromEntries(result.commits.map((row: { subject: string }) => [row.subject, row]));
    const module = expect.stringContaining('outside any function body');
    expect(byCommit['break b'].mutants).toEqual([{ file: 'src/b.js', failing: 1, files: ['test/b.test.js'], missed: [], module }]);
    // the renamed helper is loaded by c.js: its mutant fails c's test, which the commit's own graph selects
    expect(byCommit['rename the helper'].mutants).toEqual([
      { file: 'src/c.js', failing: 1, files: ['test/c.test.js'], missed: [], module },
      { file: 'src/helper.js', failing: 1, files: ['test/c.test.js'], missed: [], module: 'the file was renamed' },
    ]);
    expect(result.summary).toMatchObject({ mutants: 3, mutantFailures: 3, mutantsMissed: 0, missed: 0 });
    expect(code).toBe(0);
  });
});
