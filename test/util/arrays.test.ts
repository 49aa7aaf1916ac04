import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../../src/util/arrays.js';

const big = Array.from({ length: 2_000_000 }, (_, i) => (i * 7919) % 1_000_003);

describe('array helpers', () => {
  it('take arrays far past what a spread into a call survives', () => {
    expect(() => Math.max(...big)).toThrow(RangeError);
    expect(maxOf(big)).toBe(1_000_002);
    expect(minOf(big)).toBe(0);
    const target = [1];
    expect(pushAll(target, big)).toBe(target);
    expect(target.length).toBe(big.length + 1);
    expect(target[1]).toBe(0);
    expect(target.at(-1)).toBe(big.at(-1));
  });

  it('keep Math.max and Math.min semantics at the edges', () => {
    expect(maxOf([])).toBe(Math.max());
    expect(minOf([])).toBe(Math.min());
    expect(maxOf([], 4)).toBe(4);
    expect(maxOf([1, 9, 3], 4)).toBe(9);
    expect(minOf([5, 2], 3)).toBe(2);
    expect(maxOf([1, Number.NaN, 3])).toBeNaN();
    expect(minOf([1, Number.NaN, 3])).toBeNaN();
    expect(maxOf(new Set([-2, -1]))).toBe(-1);
  });

  it('leave no spread of an array into a call in src/ but bounded ones', () => {
    // every remaining spread passes a handful of elements: a character's bytes, a key path, path
    // segments, column names, a [covered, total] pair, a log call's arguments
    const found = execFileSync(process.execPath, ['-e', SCAN, 'src'], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(':')[0]);
    expect(new Set(found)).toEqual(
      new Set([
        'src/gates/diff.ts',
        'src/impact/js-spawn.ts',
        'src/ingest/coverage/istanbul.ts',
        'src/ingest/perf/locust.ts',
        'src/record/bundle.ts',
        'src/runner/combine.ts',
        'src/runner/output.ts',
        'src/runner/reports.ts',
      ]),
    );
  });
});

/** Lists call and `new` expressions with a spread argument, as `file:line`, found with oxc's parser. */
const SCAN = `
const { parseSync } = require('oxc-parser');
const fs = require('node:fs');
const path = require('node:path');
const out = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (file.endsWith('.ts')) check(file);
  }
};
const check = (file) => {
  const source = fs.readFileSync(file, 'utf8');
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if ((node.type === 'CallExpression' || node.type === 'NewExpression') && node.arguments.some((a) => a.type === 'SpreadElement'))
      out.push(file + ':' + source.slice(0, node.start).split('\\n').length);
    for (const key in node) if (key !== 'parent' && node[key] && typeof node[key] === 'object') visit(node[key]);
  };
  visit(parseSync(file, source).program);
};
walk(process.argv[1]);
console.log(out.join('\\n'));
`;
