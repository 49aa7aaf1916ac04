import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeFor, InputError } from '../../src/errors.js';
import { mergeRuns } from '../../src/impact/index.js';
import { compactStoreOf } from '../../src/ingest/test-list.js';
import { TestCollector } from '../../src/ingest/tests.js';
import type { RunsFile, SuiteRun, TestCase } from '../../src/model.js';
import { totalsOf } from '../../src/runner/combine.js';
import { writeRunsJson } from '../../src/runner/runs-json.js';
import { Redactor } from '../../src/util/redact.js';
import { readRunsArtifact } from '../../src/util/runs-read.js';
import { cleanTempDirs, tempDir } from '../runner/helpers.js';

afterEach(cleanTempDirs);

const suite = (name: string, tests: TestCase[]): SuiteRun => ({
  name,
  selected: true,
  reasons: ['full run'],
  mode: 'MOCK',
  seed: '1',
  command: 'true',
  status: 'failed',
  exitCode: 1,
  duration: 1,
  attempts: [],
  services: [],
  tests,
  totals: totalsOf(tests),
  perf: [],
  security: [],
  problems: [],
});

const runsOf = (suites: SuiteRun[]): RunsFile => ({
  version: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
  cancelled: false,
  seed: '1',
  suites,
});

/** A suite as the JUnit reader leaves it: `passed` tests that passed once, every 50th failing, in a few classes. */
function collected(name: string, passed: number): TestCase[] {
  const collector = new TestCollector(name, passed, { compact: passed > 1000 });
  for (let i = 0; i < passed; i++) {
    const file = `tests/test_${i % 7}.py`;
    if (i % 50 === 0)
      collector.add(file, i, `pkg.C${i % 3}`, `test_${i}`, [
        { status: 'failed', duration: 0.5, message: `boom ${i}`, stack: 'at x\nat y' },
      ]);
    else
      collector.addPassed(file, i % 3 === 0 ? undefined : i, `pkg.C${i % 3}`, `test_${i} "q" \\ ü`, i / 1000, ['outer', `inner${i % 2}`]);
  }
  return collector.tests();
}

const plain = (runs: RunsFile) => JSON.parse(JSON.stringify(runs));

/** the one-line error a read throws */
function failure(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect(exitCodeFor(error)).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected the read to fail');
}

function written(runs: RunsFile): { dir: string; path: string; lines: string[] } {
  const dir = tempDir();
  const path = `${dir}/runs.json`;
  writeRunsJson(path, runs, new Redactor());
  return { dir, path, lines: readFileSync(path, 'utf8').split('\n') };
}

describe('runs.json read back a line at a time', () => {
  it('gives back what writeRunsJson wrote, a big suite as compact rows that write the same bytes again', () => {
    const runs = runsOf([suite('empty', []), suite('big', collected('big', 100_500)), suite('small', collected('small', 60))]);
    const { dir, path } = written(runs);
    const read = readRunsArtifact(path);
    const big = read.suites[1] as SuiteRun;
    expect(compactStoreOf(big.tests)).toBeDefined();
    expect(compactStoreOf((read.suites[2] as SuiteRun).tests)).toBeUndefined();
    expect(big.tests).toHaveLength(100_500);
    expect(plain(read)).toEqual(plain(runs));
    // the rows hold everything: written again, the file is the same to the byte
    writeRunsJson(`${dir}/again.json`, read, new Redactor());
    expect(readFileSync(`${dir}/again.json`, 'utf8')).toBe(readFileSync(path, 'utf8'));
  });

  it('reads a hand-formatted runs.json whole, and refuses one too big for that by its size', () => {
    const runs = runsOf([suite('unit', collected('unit', 40))]);
    const dir = tempDir();
    const path = `${dir}/pretty.json`;
    writeFileSync(path, JSON.stringify(runs, null, 2));
    expect(plain(readRunsArtifact(path))).toEqual(plain(runs));
    const message = failure(() => readRunsArtifact(path, "a shard's runs.json", { wholeLimit: 1024 }));
    expect(message).toMatch(
      new RegExp(
        `^${path}: a shard's runs\\.json is 0\\.0 MiB, not in the layout testops writes \\(line \\d: .*\\) and too big to parse whole \\(over 0 MiB\\)$`,
      ),
    );
    expect(message.split('\n')).toHaveLength(1);
  });

  it('a truncated runs.json names the suite it ends in, small or big', () => {
    const { path } = written(runsOf([suite('unit', collected('unit', 200))]));
    truncateSync(path, Math.floor(readFileSync(path).length / 2));
    for (const options of [{}, { wholeLimit: 1024 }])
      expect(failure(() => readRunsArtifact(path, 'runs.json', options))).toMatch(
        new RegExp(`^${path}: runs\\.json: line \\d+: the file ends inside suite "unit" \\(cut short\\?\\)$`),
      );
  });

  it('a test line that is not JSON, or not a test, is named by its line and suite', () => {
    const { path, lines } = written(runsOf([suite('unit', collected('unit', 30))]));
    const broken = [...lines];
    broken[6] = 'rm -rf /,';
    writeFileSync(path, broken.join('\n'));
    expect(failure(() => readRunsArtifact(path))).toBe(`${path}: runs.json: line 7: a test of suite "unit" is not JSON`);
    const tampered = [...lines];
    tampered[9] = (tampered[9] as string).replace('"status":"passed"', '"status":"pwned"');
    writeFileSync(path, tampered.join('\n'));
    expect(failure(() => readRunsArtifact(path))).toMatch(
      new RegExp(`^${path}: runs\\.json: suites\\[0\\]\\.tests\\[6\\]\\.status \\(suite "unit", line 10\\): `),
    );
  });

  it('a line of 100 MB is read as a line (not JSON: one short error), or refused past the line limit', () => {
    const { path, lines } = written(runsOf([suite('unit', collected('unit', 10))]));
    const hostile = [...lines];
    hostile[4] = `{"id":"${'x'.repeat(100 * 1024 * 1024)}`;
    writeFileSync(path, hostile.join('\n'));
    const message = failure(() => readRunsArtifact(path));
    expect(message).toBe(`${path}: runs.json: line 5: a test of suite "unit" is not JSON`);
    expect(failure(() => readRunsArtifact(path, 'runs.json', { lineLimit: 1024 * 1024, wholeLimit: 1024 }))).toMatch(
      /runs\.json: line 5: a line longer than 1 MiB$/,
    );
  });

  it("shards' runs.json files read this way merge into one suite with every test", () => {
    const shard = (index: number, count: number) => ({
      ...runsOf([{ ...suite('big', collected('big', count)), shard: `${index + 1}/2` }]),
      shard: { index, total: 2 },
    });
    const one = written(shard(0, 1500));
    const two = written(shard(1, 700));
    const merged = mergeRuns([readRunsArtifact(two.path), readRunsArtifact(one.path)]);
    expect(merged.suites).toHaveLength(1);
    const big = merged.suites[0] as SuiteRun;
    expect(big.tests).toHaveLength(2200);
    expect(big.totals.failed).toBe(30 + 14);
    expect(big.shards?.map((entry) => entry.shard)).toEqual(['1/2', '2/2']);
  });
});
