/**
 * The best a safe selection by file could do, beside what testops did: on commits that change one
 * source file, the change's mutants (its changed functions throwing on entry, else the file on load)
 * name the test files that must run; real git history, real node:test runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayImpactCommand } from '../../src/impact/index.js';
import { makeRepo, type TempRepo } from './repo.js';

const NODE_TEST = 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml';
const CONFIG = `version: 1
suites:
  unit:
    command: ${NODE_TEST} test/
    impact: imports
    tests: ["test/*.test.js"]
    files-arg: ${NODE_TEST} {files}
    reports: { junit: reports/junit.xml }
`;
const M = 'export function f() {\n  return 1\n}\n\nexport function g() {\n  return 2\n}\n';
const testOf = (name: string, value: number) =>
  `import { test } from 'node:test';\nimport { equal } from 'node:assert';\nimport { ${name} } from '../src/m.js';\ntest('${name}', () => equal(${name}(), ${value}));\n`;

let repo: TempRepo;
const commits: Record<string, string> = {};
beforeAll(() => {
  repo = makeRepo({
    'package.json': '{"type":"module"}',
    '.gitignore': 'reports/\n',
    'testops.yml': CONFIG,
    'src/m.js': M,
    'test/f.test.js': testOf('f', 1),
    'test/g.test.js': testOf('g', 2),
  });
  commits.base = repo.commit('base');
  repo.write({ 'src/m.js': M.replace('return 1', 'return 2 - 1') });
  commits.body = repo.commit('f: body only');
  repo.write({ 'src/m.js': `${M.replace('return 1', 'return 2 - 1')}export const h = 3\n` });
  commits.module = repo.commit('module code');
});
afterAll(() => repo.cleanup());

describe('replay-impact --one-source --verify: the best possible beside the selection', () => {
  it("a change inside f's body can only fail f's tests; a module-level change fails every importer's", async () => {
    let stdout = '';
    let stderr = '';
    const code = await replayImpactCommand(
      ['--from', commits.base, '--to', commits.module, '--one-source', '--verify', '--json', '--config', 'testops.yml'],
      { cwd: repo.dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    );
    const result = JSON.parse(stdout);
    const bySubject = Object.fromEntries(result.commits.map((row: { subject: string }) => [row.subject, row]));
    const body = bySubject['f: body only'];
    expect(body.mutants).toEqual([{ file: 'src/m.js f()', failing: 1, files: ['test/f.test.js'], missed: [] }]);
    expect(body.boundItems).toBe(1);
    expect(body.boundTime).toBeGreaterThan(0);
    expect(body.boundTime).toBeLessThan(body.totalTime);
    // selection by binding reaches the bound: g's test imports only g
    expect(body).toMatchObject({ selectedItems: 1, totalItems: 2, missed: [] });
    const module = bySubject['module code'];
    expect(module.mutants).toEqual([
      {
        file: 'src/m.js',
        failing: 2,
        files: ['test/f.test.js', 'test/g.test.js'],
        missed: [],
        module: expect.stringContaining('outside any function body'),
      },
    ]);
    expect(module.boundItems).toBe(2);
    expect(module.boundTime).toBeCloseTo(module.totalTime, 6);
    const summary = result.summary;
    expect(summary).toMatchObject({ oneSourceCommits: 2, boundOneSourceCommits: 2, missed: 0, mutantsMissed: 0 });
    expect(summary.boundOneSource).toBeGreaterThanOrEqual(summary.savedOneSource);
    expect(summary.boundOneSource).toBeGreaterThan(0);
    expect(stderr).toMatch(/mutant src\/m\.js f\(\) at \w+: 1 test\(s\) fail, 0 not selected/);
    expect(code).toBe(0);
  });

  it('the text summary prints the best possible beside the saving', async () => {
    let stdout = '';
    await replayImpactCommand(['--from', commits.base, '--to', commits.module, '--one-source', '--verify', '--config', 'testops.yml'], {
      cwd: repo.dir,
      stdout: (text) => (stdout += text),
      stderr: () => {},
    });
    expect(stdout).toMatch(
      /2 commits change one source file \(and nothing else\): \d+% of their test time saved in total .*; best possible by file \d+% in total, median \d+% \(only the test files a mutant of the change fails\)/,
    );
    expect(stdout).toMatch(/\(best \d+%: 1 file\)/);
  });
});
