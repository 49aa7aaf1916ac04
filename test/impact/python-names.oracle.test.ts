/**
 * Selection by name for Python, proven with real pytest on real git history: a change inside a
 * method leaves out the test file that never names it and runs the one that calls it through a
 * helper; a change inside a dunder goes by file. `--mutants` makes each changed method raise on
 * entry: every test that then fails must be selected.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayImpactCommand } from '../../src/impact/index.js';
import { makeRepo, type TempRepo } from './repo.js';

const PYTEST = 'pytest-3 -p no:cacheprovider -o junit_family=xunit1 --junitxml=reports/junit.xml -q';
const CONFIG = `version: 1
suites:
  py:
    command: ${PYTEST} tests
    env: { PYTHONPATH: src }
    impact: imports
    tests: ["tests/test_*.py"]
    files-arg: ${PYTEST} {files}
    reports: { junit: reports/junit.xml }
`;
const PKG = (shout: string, add: string) => `class Text(str):
    def shout(self):
        return ${shout}

    def __add__(self, other):
        return ${add}
`;

let repo: TempRepo;
const commits: Record<string, string> = {};
beforeAll(() => {
  repo = makeRepo({
    '.gitignore': 'reports/\n__pycache__/\n',
    'src/pkg/__init__.py': PKG('self.upper() + "!"', 'Text(str(self) + str(other))'),
    'tests/helpers.py': 'from pkg import Text\n\n\ndef loud(value):\n    return Text(value).shout()\n',
    'tests/test_loud.py': 'from helpers import loud\n\n\ndef test_loud():\n    assert loud("a") == "A!"\n',
    'tests/test_add.py': 'from pkg import Text\n\n\ndef test_add():\n    assert Text("a") + "b" == "ab"\n',
  });
  commits.base = repo.commit('base');
  repo.write({ 'src/pkg/__init__.py': PKG('self.upper() + "!" * 1', 'Text(str(self) + str(other))') });
  commits.shout = repo.commit('shout: body only');
  repo.write({ 'src/pkg/__init__.py': PKG('self.upper() + "!" * 1', 'Text(str(self) + "" + str(other))') });
  commits.add = repo.commit('__add__: body only');
  writeFileSync(join(repo.dir, 'testops.yml'), CONFIG);
});
afterAll(() => repo.cleanup());

describe('replay-impact --mutants with selection by name (pytest)', () => {
  it('a method change runs the test reaching it through a helper, not the one never naming it; a dunder goes by file', async () => {
    let stdout = '';
    let stderr = '';
    const code = await replayImpactCommand(
      ['--from', commits.base, '--to', commits.add, '--one-source', '--mutants', '--json', '--config', 'testops.yml'],
      {
        cwd: repo.dir,
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      },
    );
    const result = JSON.parse(stdout);
    const bySubject = Object.fromEntries(result.commits.map((row: { subject: string }) => [row.subject, row]));
    const shout = bySubject['shout: body only'];
    // the mutant of shout fails test_loud (through helpers.loud) and nothing else: the selection is that file
    expect(shout.mutants).toEqual([{ file: 'src/pkg/__init__.py Text.shout()', failing: 1, files: ['tests/test_loud.py'], missed: [] }]);
    expect(shout).toMatchObject({ selectedItems: 1, totalItems: 2, boundItems: 1, missed: [] });
    const add = bySubject['__add__: body only'];
    expect(add.mutants).toEqual([{ file: 'src/pkg/__init__.py Text.__add__()', failing: 1, files: ['tests/test_add.py'], missed: [] }]);
    // a dunder is called by `+`, never by name: every test file that loads the module runs
    expect(add).toMatchObject({ selectedItems: 2, totalItems: 2, missed: [] });
    expect(result.summary).toMatchObject({ oneSourceCommits: 2, missed: 0, mutantsMissed: 0, selectionProblems: 0 });
    expect(stderr.split('\n').filter((line) => line.startsWith('replay-impact:'))).toEqual([]);
    expect(code).toBe(0);
  });
});
