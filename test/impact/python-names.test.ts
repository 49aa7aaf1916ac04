/** Selection by name for Python (@lezer/python) on real repositories: a change inside a method reaches only the tests that name it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { buildImportGraph } from '../../src/impact/imports.js';
import { selectPythonByName } from '../../src/impact/python-names.js';
import { makeRepo, planModified, type TempRepo } from './repo.js';

const PKG = `import re


class Text(str):
    def shout(self):
        return self.upper() + "!"

    def whisper(self):
        return self.lower()

    def __add__(self, other):
        return Text(str(self) + str(other))

    @property
    def size(self):
        return len(self)


class Reader(Base):
    def read(self):
        return "x"


def tidy(value):
    return re.sub(r"\\s+", " ", value)
`;

const config = parseConfigText(
  'version: 1\nsuites:\n  py: { command: pytest, impact: imports, tests: ["tests/test_*.py"], files-arg: "pytest {files}" }\n',
  'testops.yml',
);

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo({
    'src/pkg/__init__.py': PKG,
    'src/pkg/base.py': 'class Base:\n    pass\n',
    'tests/helpers.py': 'from pkg import Text\n\n\ndef loud(value):\n    return Text(value).shout()\n',
    'tests/test_loud.py': 'from helpers import loud\n\n\ndef test_loud():\n    assert loud("a") == "A!"\n',
    'tests/test_whisper.py': 'from pkg import Text\n\n\ndef test_whisper():\n    assert Text("A").whisper() == "a"\n',
    'tests/test_add.py': 'from pkg import Text\n\n\ndef test_add():\n    assert Text("a") + "b" == "ab"\n',
    'tests/test_tidy.py': 'import pkg\n\n\ndef test_tidy():\n    assert pkg.tidy("a  b") == "a b"\n',
    'tests/test_dynamic.py': 'import pkg\n\n\ndef test_any(name="whisper"):\n    assert getattr(pkg.Text("A"), name)()\n',
  });
  repo.commit('base');
});
afterAll(() => repo.cleanup());

/** The plan for one modified file, given its text before the change. */
async function plan(path: string, before: string, after: string, extra: Record<string, string> = {}) {
  return planModified(repo, config, path, before, after, extra);
}

const PATH = 'src/pkg/__init__.py';

describe('selection by name (Python)', () => {
  it('a change inside Text.shout reaches the test calling it through a helper, not the tests that never name it', async () => {
    const suite = await plan(PATH, PKG, PKG.replace('"!"', '"!!"'));
    // test_dynamic reaches attributes by a computed name: it may call anything
    expect(suite.files).toEqual(['tests/test_dynamic.py', 'tests/test_loud.py']);
    expect(suite.reasons).toContain('src/pkg/__init__.py Text.shout() → tests/test_loud.py uses loud');
  });

  it('a function reaches the tests naming it as an attribute', async () => {
    const suite = await plan(PATH, PKG, PKG.replace('" ", value', '" ", value.strip()'));
    expect(suite.files).toEqual(['tests/test_dynamic.py', 'tests/test_tidy.py']);
  });

  it('a dunder method goes by file: operators call it without its name', async () => {
    const suite = await plan(PATH, PKG, PKG.replace('str(self) + str(other)', 'str(self) + str(other) + ""'));
    expect(suite.files).toHaveLength(5);
    expect(suite.reasons.join('\n')).toContain('Text.__add__ is a dunder method');
  });

  it('a property (decorated) goes by file', async () => {
    const suite = await plan(PATH, PKG, PKG.replace('len(self)', 'len(self) + 0'));
    expect(suite.files).toHaveLength(5);
    expect(suite.reasons.join('\n')).toContain('Text.size is decorated');
  });

  it('a method of a class with a base from elsewhere is reached through its class name', async () => {
    const suite = await plan(PATH, PKG, PKG.replace('return "x"', 'return "y"'));
    // nothing names Reader: only the test reaching attributes by a computed name runs
    expect(suite.files).toEqual(['tests/test_dynamic.py']);
  });

  it('a str method overridden by a str subclass is reached through the class name (the standard library may call it)', async () => {
    const withStrip = PKG.replace('    def whisper(self):', '    def strip(self):\n        return self\n\n    def whisper(self):');
    const suite = await plan(PATH, withStrip, withStrip.replace('        return self\n', '        return Text(self)\n'));
    // Text is named by __add__, a dunder: from there, by file
    expect(suite.files).toHaveLength(5);
    expect(suite.reasons.join('\n')).toContain('Text.__add__ (uses Text) is a dunder method');
  });

  it('a change at module level, in a signature, or a module that does not parse goes by file', async () => {
    for (const after of [
      `${PKG}X = 1\n`,
      PKG.replace('def tidy(value)', 'def tidy(value, n=1)'),
      PKG.replace('return self.lower()', 'return self.lower('),
    ]) {
      const suite = await plan(PATH, PKG, after);
      expect(suite.files).toHaveLength(5);
    }
  });

  it('a helper used by code that runs at load, or a conftest.py using the name, goes by file from there', async () => {
    const atLoad = await plan(PATH, PKG, PKG.replace('"!"', '"!!"'), {
      'tests/test_load.py': 'from pkg import Text\nX = Text("a")\n',
      'tests/constants.py': 'from helpers import loud\nLOUD = loud("a")\n',
      'tests/test_const.py': 'from constants import LOUD\n\n\ndef test_c():\n    assert LOUD\n',
    });
    expect(atLoad.files).toContain('tests/test_const.py');
    expect(atLoad.files).not.toContain('tests/test_load.py');
    const conftest = await plan(PATH, PKG, PKG.replace('"!"', '"!!"'), {
      'tests/conftest.py': 'import pytest\nfrom helpers import loud\n\n\n@pytest.fixture\ndef shouted():\n    return loud("a")\n',
    });
    expect(conftest.files).toHaveLength(5);
  });

  it('a function writing module state (global) goes by file: what reads the state later is not found by name', async () => {
    const CACHE = '_t = None\n\n\ndef fill():\n    global _t\n    _t = 1\n\n\ndef peek():\n    return _t\n';
    try {
      const suite = await plan('src/pkg/cache.py', CACHE, CACHE.replace('_t = 1', '_t = 2'), {
        'tests/test_peek.py': 'from pkg.cache import peek\n\n\ndef test_peek():\n    assert peek() is None\n',
      });
      expect(suite.files).toEqual(['tests/test_peek.py']);
      expect(suite.reasons.join('\n')).toContain('fill writes module state (global _t');
    } finally {
      repo.remove('src/pkg/cache.py');
    }
  });

  it('past its budget of parsed files it gives up and says why (the plan then goes by file)', async () => {
    const graph = await buildImportGraph(repo.dir);
    const isTest = (file: string) => /^tests\/test_/.test(file);
    const before = PKG.replace('"!"', '"?"');
    expect(selectPythonByName({ root: repo.dir, path: PATH, before, graph, isTest })).toMatchObject({ functions: ['Text.shout'] });
    expect(selectPythonByName({ root: repo.dir, path: PATH, before, graph, isTest, budget: 1 })).toEqual({
      why: 'src/pkg/__init__.py Text.shout() reaches more than 1 Python files that may name it',
    });
  });

  it('a parameter sharing a changed name is a binding, not a use; a default value naming it runs at definition (by file)', async () => {
    const withParam = `${PKG}\n\ndef wrap(shout):\n    return shout\n`;
    const param = await plan(PATH, withParam, withParam.replace('"!"', '"!!"'));
    expect(param.files).toEqual(['tests/test_dynamic.py', 'tests/test_loud.py']);
    const withDefault = `${PKG}\n\ndef wrap(f=tidy):\n    return f\n`;
    const byDefault = await plan(PATH, withDefault, withDefault.replace('" ", value', '" ", value.strip()'));
    expect(byDefault.files).toHaveLength(5);
    expect(byDefault.reasons.join('\n')).toContain('tidy is used by code that runs when src/pkg/__init__.py loads');
  });
});
