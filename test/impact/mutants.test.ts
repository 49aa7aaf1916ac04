/** Mutants of a change: the functions it lies in (oxc for JS/TS, Python's own ast), and the mutated files really run. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeUnits, jsFunctions, mutateFunctions, mutateModule, pythonFunctions } from '../../src/impact/mutants.js';
import { loadOxc, type OxcParser } from '../../src/impact/native.js';
import { pythonDefs } from '../../src/impact/pytest-coverage.js';

let parser: OxcParser;
let dir: string;
beforeAll(async () => {
  const oxc = await loadOxc();
  if (typeof oxc === 'string') throw new Error(oxc);
  parser = oxc.parser;
  dir = mkdtempSync(join(tmpdir(), 'testops-mutants-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const JS = `import { x } from './x.js'
// ğ: offsets are UTF-16, as JS strings are
export function random(n) {
  return n + 1
}
export const twice = (n) => n * 2
const pool = function (n) {
  return [n]
}
export default function () {
  return 'default'
}
export const alphabet = 'abc'
`;

const units = (before: string, after: string, path = 'm.js') =>
  changeUnits({ text: before, spans: jsFunctions(parser, path, before) }, { text: after, spans: jsFunctions(parser, path, after) });

/** Runs an ES module's text with node and calls each export; what each call did. */
function callEach(text: string, names: string[]): Record<string, string> {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, text.replace("import { x } from './x.js'\n", ''));
  const script = `const m = await import(${JSON.stringify(file)}); const out = {};
for (const name of ${JSON.stringify(names)}) { try { out[name] = String(typeof m[name] === 'function' ? m[name](2) : m[name]); } catch (e) { out[name] = 'threw ' + e.message; } }
console.log(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: 'pipe' }));
}

describe('changes inside function bodies (JS/TS)', () => {
  it('names the top-level functions (declarations, arrows, function expressions, export default) with UTF-16 offsets', () => {
    const spans = jsFunctions(parser, 'm.js', JS);
    if ('error' in spans) throw new Error(spans.error);
    expect(spans.map((span) => span.name)).toEqual(['random', 'twice', 'pool', 'default']);
    const random = spans[0];
    expect(JS.slice(random.start, random.end)).toBe('function random(n) {\n  return n + 1\n}');
  });

  it('a change in one body is that function; in two bodies both', () => {
    expect(units(JS, JS.replace('n + 1', 'n + 2'))).toEqual({ functions: ['random'] });
    expect(units(JS, JS.replace('n + 1', 'n + 2').replace('n * 2', 'n * 3'))).toEqual({ functions: ['random', 'twice'] });
  });

  it('comments and layout do not count, inside or outside functions; spaces in a string do', () => {
    expect(units(JS, JS.replace('// ğ: offsets', '/* and another */\n// a longer comment about offsets'))).toEqual({ functions: [] });
    expect(units(JS, JS.replace('return n + 1', 'return n +\n    1 // one more'))).toEqual({ functions: [] });
    expect(units(JS, `/** docs */\n${JS.replace('n + 1', 'n + 2')}`)).toEqual({ functions: ['random'] });
    expect(units(JS, JS.replace("'abc'", "'a bc'"))).toHaveProperty('module');
    expect(units(JS, JS.replace("return 'default'", "return 'de fault'"))).toEqual({ functions: ['default'] });
  });

  it('a change outside any body (module code, a rename, a new function, an import) is the module', () => {
    expect(units(JS, JS.replace("'abc'", "'abd'"))).toHaveProperty('module');
    expect(units(JS, JS.replace('function random', 'function randomize'))).toHaveProperty('module');
    expect(units(JS, `${JS}export function extra() {}\n`)).toHaveProperty('module');
    expect(units(JS, JS.replace("'./x.js'", "'./y.js'"))).toHaveProperty('module');
    expect(units(JS, JS.replace('export function random', 'function random'))).toHaveProperty('module');
    expect(units(JS, JS.replace('return n + 1', 'return n +'))).toEqual({ module: expect.stringContaining('could not be parsed') });
  });

  it('the mutant throws in the named functions only, block and expression bodies alike, and the rest still works', () => {
    const spans = jsFunctions(parser, 'm.js', JS);
    if ('error' in spans) throw new Error(spans.error);
    const mutant = mutateFunctions('m.js', JS, spans, ['random', 'twice']);
    expect(callEach(mutant, ['random', 'twice', 'default', 'alphabet'])).toEqual({
      random: 'threw testops replay mutant: m.js random()',
      twice: 'threw testops replay mutant: m.js twice()',
      default: 'default',
      alphabet: 'abc',
    });
    expect(callEach(JS, ['random', 'twice'])).toEqual({ random: '3', twice: '4' });
    expect(() => callEach(mutateModule('m.js', JS), ['random'])).toThrow(/testops replay mutant: m\.js/);
  });
});

describe('changes inside function bodies (Python)', () => {
  const PY = `import os

LIMIT = 3

def helper(n, default=LIMIT):
    return n + 1

class Markup:
    @staticmethod
    def strip(text):
        def inner(x):
            return x.strip()
        return inner(text)
`;
  const spans = (text: string) => {
    const defs = pythonDefs('python3', { f: text }).f;
    if ('error' in defs) throw new Error(defs.error);
    return pythonFunctions(text, defs);
  };
  const pyUnits = (before: string, after: string) =>
    changeUnits({ text: before, spans: spans(before) }, { text: after, spans: spans(after) });

  it('bodies of functions and methods are units; a nested function belongs to the one around it', () => {
    expect(spans(PY).map((span) => span.name)).toEqual(['helper', 'Markup.strip']);
    expect(pyUnits(PY, PY.replace('x.strip()', 'x.strip(" ")'))).toEqual({ functions: ['Markup.strip'] });
    expect(pyUnits(PY, PY.replace('n + 1', 'n + 2'))).toEqual({ functions: ['helper'] });
  });

  it('a default argument, a decorator or module code is the module (they run at definition)', () => {
    expect(pyUnits(PY, PY.replace('default=LIMIT', 'default=4'))).toHaveProperty('module');
    expect(pyUnits(PY, PY.replace('@staticmethod', '@classmethod'))).toHaveProperty('module');
    expect(pyUnits(PY, PY.replace('LIMIT = 3', 'LIMIT = 4'))).toHaveProperty('module');
  });

  it('the mutant raises in the named function only', () => {
    const text = mutateFunctions('m.py', PY, spans(PY), ['Markup.strip']);
    const script = `${text}\nout = []\nfor call in (lambda: helper(1), lambda: Markup.strip(" a ")):\n    try:\n        out.append(repr(call()))\n    except RuntimeError as e:\n        out.append(str(e))\nprint("|".join(out))\n`;
    expect(execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim()).toBe('2|testops replay mutant: m.py Markup.strip()');
  });
});
