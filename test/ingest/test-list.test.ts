/**
 * The compact test list (src/ingest/test-list.ts) that big reports are read into: every JUnit
 * report of the corpus reads the same, compact or not, and the runner's in-place steps (attempt
 * tags, the retry merge, early repeats, repeats) give what they give on a plain list.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeTestCases } from '../../src/ingest/index.js';
import { parseJUnit } from '../../src/ingest/junit/parse.js';
import { readTextChunks } from '../../src/ingest/source.js';
import { compactStoreOf, ownTest } from '../../src/ingest/test-list.js';
import { TestCollector } from '../../src/ingest/tests.js';
import { foldEarlyRepeats } from '../../src/flaky/early.js';
import type { TestCase } from '../../src/model.js';
import { settleRepeats } from '../../src/runner/determinism.js';
import { mergeAttempts, tagAttempts } from '../../src/runner/suite.js';
import { CORPUS, tempFiles } from './helpers.js';

const write = tempFiles();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const parse = (path: string, compact: boolean, variant?: string) =>
  parseJUnit(readTextChunks(path, 'JUnit XML'), { file: path, suite: 's', compact, ...(variant ? { variant } : {}) });

/** A report with every kind of test: passed with and without a line, repeated names, nesting, skips, failures. */
const MIXED = `<?xml version="1.0"?>
<testsuites>
  <testsuite name="outer">
    <testsuite name="inner" file="tests/a.py">
      <testcase classname="A" name="one" line="3" time="0.5"/>
      <testcase classname="A" name="one" line="9" time="0.25"/>
      <testcase classname="A" name="two" time="0.5"/>
      <testcase classname="A" name="skipped" time="0"><skipped message="needs GPU"/></testcase>
      <testcase classname="A" name="broken" line="12" time="1"><failure message="boom">stack</failure></testcase>
    </testsuite>
    <testcase classname="B" name="one" file="tests/b.py" line="1" time="0.125"/>
  </testsuite>
</testsuites>`;

async function both(xml: string, variant?: string): Promise<{ plain: TestCase[]; compact: TestCase[] }> {
  const path = write(`r-${Math.random().toString(36).slice(2)}.xml`, xml);
  return { plain: await parse(path, false, variant), compact: await parse(path, true, variant) };
}

describe('a compact list reads as the plain one', () => {
  const files = walk(join(CORPUS, 'junit')).filter((path) => path.endsWith('.xml'));
  it('holds the corpus', () => expect(files.length).toBeGreaterThan(10));
  for (const file of files)
    it(relative(CORPUS, file), async () => {
      const plain = await parse(file, false).catch((error: Error) => error.message);
      const compact = await parse(file, true).catch((error: Error) => error.message);
      expect(JSON.stringify(compact)).toBe(JSON.stringify(plain));
    });

  it('keeps occurrences, lines, suite paths and the leg; only the tests that passed once are rows', async () => {
    const { plain, compact } = await both(MIXED, 'linux');
    expect(JSON.stringify(compact)).toBe(JSON.stringify(plain));
    expect(compact.map((test) => test.occurrence)).toEqual([undefined, 1, undefined, undefined, undefined, undefined]);
    const store = compactStoreOf(compact);
    expect(store?.entries.map((entry) => typeof entry)).toEqual(['string', 'object', 'string', 'object', 'object', 'string']);
    expect(Array.isArray(compact)).toBe(true);
    expect(compact.filter((test) => test.status === 'passed')).toHaveLength(4);
    expect([...compact].map((test) => test.name)).toEqual(plain.map((test) => test.name));
  });

  it('merges a rerun inside the report into the compact test it repeats (pytest-rerunfailures)', () => {
    const collect = (compact: boolean) => {
      const collector = new TestCollector('s', 0, { repeatsAreAttempts: true, compact });
      collector.addPassed('t.py', 1, 'C', 'a', 0.5);
      collector.addPassed('t.py', 2, 'C', 'b', 0.5);
      collector.add('t.py', 1, 'C', 'a', [{ status: 'failed', duration: 1, message: 'flaked' }]);
      return collector.tests();
    };
    const compact = collect(true);
    expect(JSON.stringify(compact)).toBe(JSON.stringify(collect(false)));
    expect(compact[0]?.attempts.map((attempt) => attempt.status)).toEqual(['passed', 'failed']);
  });
});

describe('changing a compact list', () => {
  it('a read is a copy; ownTest keeps the change; writing and pushing store the object given', async () => {
    const { compact } = await both(MIXED);
    (compact[0] as TestCase).flaky = true;
    expect(compact[0]?.flaky).toBe(false);
    ownTest(compact, 0).flaky = true;
    expect(compact[0]?.flaky).toBe(true);
    const extra = { ...(compact[2] as TestCase), id: 'ffffffffffffffff', name: 'extra' };
    compact.push(extra);
    expect(compact).toHaveLength(7);
    expect(compact[6]).toBe(extra);
    expect(compactStoreOf(compact)?.ownIds).toBe(false);
  });

  it('tags every attempt with its runner attempt, as on a plain list', async () => {
    const { plain, compact } = await both(MIXED);
    tagAttempts({ tests: plain }, 2);
    tagAttempts({ tests: compact }, 2);
    expect(JSON.stringify(compact)).toBe(JSON.stringify(plain));
    expect(compact.every((test) => test.attempts.every((attempt) => attempt.run === 2))).toBe(true);
  });

  it('merges a retry in place, with the tests only the retry ran after the rest', async () => {
    const { plain, compact } = await both(MIXED);
    const retry: TestCase[] = [
      { ...(plain[4] as TestCase), status: 'passed', attempts: [{ status: 'passed', duration: 1, run: 1 }], flaky: false },
      { ...(plain[0] as TestCase), id: '0123456789abcdef', name: 'new in the retry' },
    ];
    const merged = mergeAttempts([compact, retry], mergeTestCases);
    expect(merged).toBe(compact);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(mergeAttempts([plain, retry], mergeTestCases)));
    expect(merged[4]).toMatchObject({ name: 'broken', status: 'passed', flaky: true });
    expect(merged.at(-1)?.name).toBe('new in the retry');
  });

  it('folds early repeats and settles repeats into the compact tests they change', async () => {
    const { plain, compact } = await both(MIXED);
    const repeat: TestCase[] = [{ ...(plain[2] as TestCase), status: 'failed', attempts: [{ status: 'failed', duration: 0.5 }] }];
    foldEarlyRepeats(plain, [repeat]);
    foldEarlyRepeats(compact, [repeat]);
    expect(JSON.stringify(compact)).toBe(JSON.stringify(plain));
    expect(compact[2]).toMatchObject({ name: 'two', flaky: true, early: { runs: 2, failed: 1 } });
    const unsteady = new Set([(plain[5] as TestCase).id]);
    settleRepeats(plain, unsteady, () => 0);
    settleRepeats(compact, unsteady, () => 0);
    expect(JSON.stringify(compact)).toBe(JSON.stringify(plain));
    expect(compact[5]?.nondeterministic).toBe(true);
  });
});
