import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  attemptsKeys,
  BASELINE_FILE,
  cacheKeys,
  readBaseline,
  updateBaseline,
  variantSegment,
  writeBaseline,
} from '../../src/baseline/index.js';
import type { Provenance, RunsFile, TestCase } from '../../src/model.js';
import { testId, testIdOf } from '../../src/util/id.js';
import { resolveVariant } from '../../src/util/variant.js';
import { coverage, runs, suite, test, tests } from '../gates/helpers.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'testops-baseline-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const limits = { historyRuns: 3, perfSamples: 2 };
const provenance = (n: number): Provenance => ({
  commit: `c${n}`.padEnd(40, '0'),
  branch: 'main',
  runId: String(100 + n),
  runAttempt: 1,
  createdAt: new Date(Date.parse('2026-11-01T00:00:00Z') + n * 86400_000).toISOString(),
  schemaVersion: 1,
});
const now = new Date('2026-11-10T00:00:00Z');

function runWith(n: number): RunsFile {
  return runs([
    suite({
      tests: [test('adds', 'passed', { file: 'a.test.ts', duration: 1 }), test('flips', 'passed', { flaky: true, file: 'b.test.ts' })],
      coverage: coverage(80 + n, 100),
      perf: [{ name: 'checkout', metrics: { p95: { value: 200 + n, unit: 'ms', biggerIsBetter: false } } }],
      security: [{ fingerprint: `f${n}`, tool: 'sarif', rule: 'r', severity: 'high', message: 'm' }],
      level: 'security',
      duration: 30 + n,
    }),
  ]);
}

describe('cache keys', () => {
  it('saves per run and attempt; restores base branch, then default branch', () => {
    expect(cacheKeys({ branch: 'main', defaultBranch: 'main', runId: '77', runAttempt: 2 })).toEqual({
      key: 'testops-v1-main-77-2',
      restoreKeys: ['testops-v1-main-'],
    });
    // branch names stay as they are (only the comma, which a key cannot hold, is replaced)
    expect(cacheKeys({ branch: 'feature/x y', baseBranch: 'release/1.x', defaultBranch: 'main', runId: '5', runAttempt: 1 })).toEqual({
      key: 'testops-v1-feature/x y-5-1',
      restoreKeys: ['testops-v1-release/1.x-', 'testops-v1-main-'],
    });
    expect(cacheKeys({ branch: 'refs/heads/a,b', defaultBranch: 'main', runId: '5', runAttempt: 1 }).key).toBe('testops-v1-a-b-5-1');
  });

  it('each matrix leg saves and restores its own baseline: a readable slug and 8 hex of the variant', () => {
    const linux = resolveVariant({ GITHUB_ACTIONS: 'true', GITHUB_JOB: 'test', RUNNER_OS: 'Linux' });
    const windows = resolveVariant({ GITHUB_ACTIONS: 'true', GITHUB_JOB: 'test', INPUT_VARIANT: '{"os":"windows-latest","shard":"1/2"}' });
    expect(variantSegment(linux)).toMatch(/^test-linux-[0-9a-f]{8}-$/);
    expect(variantSegment(windows)).toMatch(/^test-os-windows-latest-[0-9a-f]{8}-$/);
    expect(variantSegment(undefined)).toBe('');
    expect(variantSegment('  ')).toBe('');
    const keys = (variant: string | undefined) =>
      cacheKeys({ branch: 'main', baseBranch: 'main', defaultBranch: 'main', runId: '9', runAttempt: 1, ...(variant ? { variant } : {}) });
    const onLinux = keys(linux);
    const onWindows = keys(windows);
    expect(onLinux.key).toBe(`testops-v1-main-${variantSegment(linux)}9-1`);
    expect(onLinux.restoreKeys).toEqual([`testops-v1-main-${variantSegment(linux)}`]);
    // neither leg's restore prefix matches the other leg's key
    expect(onWindows.key.startsWith(onLinux.restoreKeys[0] as string)).toBe(false);
    expect(onLinux.key.startsWith(onWindows.restoreKeys[0] as string)).toBe(false);
    expect(onWindows.key.startsWith(onWindows.restoreKeys[0] as string)).toBe(true);
  });

  it('variants whose slugs collide or are cut at 40 characters still get keys of their own', () => {
    const long = 'x'.repeat(60);
    const a = variantSegment(`${long}a`);
    const b = variantSegment(`${long}b`);
    expect(a).not.toBe(b);
    expect(a.length).toBe(40 + 1 + 8 + 1);
    expect(variantSegment('Node 20')).not.toBe(variantSegment('node-20'));
    expect(variantSegment('Node 20').slice(0, 8)).toBe('node-20-');
    // nothing a key cannot hold: only lower-case letters, digits and dashes
    expect(variantSegment('job · os=Windows, node=20 ⚙, x')).toMatch(/^[a-z0-9-]+$/);
    expect(variantSegment('···')).toMatch(/^[0-9a-f]{8}-$/);
  });

  it('attempts: keyed by run, job, comment-id, variant and attempt; restored by the prefix without the attempt', () => {
    const plain = attemptsKeys({ runId: '7', job: 'test', runAttempt: 2 });
    expect(plain).toEqual({ key: 'testops-v1-attempts-7-test--2', restoreKey: 'testops-v1-attempts-7-test--' });
    const legged = attemptsKeys({ runId: '7', job: 'test', commentId: 'e2e', runAttempt: 3, variant: 'test · Windows' });
    expect(legged.key).toMatch(/^testops-v1-attempts-7-test-e2e-test-windows-[0-9a-f]{8}-3$/);
    expect(legged.key.startsWith(legged.restoreKey)).toBe(true);
    const otherLeg = attemptsKeys({ runId: '7', job: 'test', commentId: 'e2e', runAttempt: 3, variant: 'test · Linux' });
    expect(otherLeg.key.startsWith(legged.restoreKey)).toBe(false);
  });
});

describe('baseline directory', () => {
  it('missing directory: status missing with a plain reason', () => {
    const read = readBaseline(join(tempDir(), 'nothing'), { maxAgeSeconds: 86400, now });
    expect(read.baseline).toBeNull();
    expect(read.info.status).toBe('missing');
    expect(read.info.reason).toMatch(/^no baseline: nothing was restored from the cache/);
  });

  it('unparsable or wrong schema: corrupt, naming what is wrong', () => {
    const dir = tempDir();
    writeFileSync(join(dir, BASELINE_FILE), '{"schemaVersion": 1, "provenance": ');
    expect(readBaseline(dir, { maxAgeSeconds: 86400, now }).info).toMatchObject({ status: 'corrupt' });
    writeFileSync(join(dir, BASELINE_FILE), '{"schemaVersion": 2}');
    expect(readBaseline(dir, { maxAgeSeconds: 86400, now }).info.reason).toBe(
      'baseline ignored: baseline.json has schema version 2, expected 1',
    );
    const good = updateBaseline(null, runWith(1), provenance(1), limits);
    writeFileSync(join(dir, BASELINE_FILE), JSON.stringify({ ...good, totalDurations: 'lots' }));
    expect(readBaseline(dir, { maxAgeSeconds: 1e9, now }).info.reason).toMatch(
      /^baseline ignored: baseline.json is damaged at totalDurations: /,
    );
  });

  it('too old: ignored, with its age and commit; the restored key is kept', () => {
    const dir = tempDir();
    writeBaseline(dir, updateBaseline(null, runWith(1), provenance(1), limits));
    const read = readBaseline(dir, { maxAgeSeconds: 7 * 86400, now, restoredKey: 'testops-v1-main-101-1' });
    expect(read.baseline).toBeNull();
    expect(read.info).toMatchObject({ status: 'too-old', key: 'testops-v1-main-101-1' });
    expect(read.info.reason).toBe('baseline ignored: made 8d ago at c100000, older than the max-age of 7d');
    expect(readBaseline(dir, { maxAgeSeconds: 9 * 86400, now }).info.status).toBe('ok');
  });

  it('write then read round-trips', () => {
    const dir = join(tempDir(), 'nested', 'baseline');
    const baseline = updateBaseline(null, runWith(1), provenance(1), limits);
    writeBaseline(dir, baseline);
    expect(readBaseline(dir, { maxAgeSeconds: 1e9, now }).baseline).toEqual(baseline);
    expect(JSON.parse(readFileSync(join(dir, BASELINE_FILE), 'utf8')).provenance.commit).toBe(provenance(1).commit);
  });
});

describe('updateBaseline', () => {
  it('merges runs with bounded windows', () => {
    let baseline = null;
    for (let n = 1; n <= 5; n++) baseline = updateBaseline(baseline, runWith(n), provenance(n), limits);
    if (!baseline) throw new Error('no baseline');
    expect(baseline.provenance.commit).toBe(provenance(5).commit);
    const history = Object.values(baseline.tests).find((entry) => entry.name === 'flips')?.history ?? [];
    expect(history.map((entry) => entry.runId)).toEqual(['103', '104', '105']);
    expect(history[2]).toMatchObject({ status: 'passed', attempts: 2, failures: 1, branch: 'main', commit: provenance(5).commit });
    expect(baseline.perf['unit › checkout'].p95).toEqual({
      unit: 'ms',
      biggerIsBetter: false,
      samples: [204, 205],
      runs: [
        { value: 204, repeats: 1, commit: provenance(4).commit, at: provenance(4).createdAt },
        { value: 205, repeats: 1, commit: provenance(5).commit, at: provenance(5).createdAt },
      ],
    });
    expect(baseline.suiteDurations.unit).toEqual([34, 35]);
    expect(baseline.fileDurations?.unit['a.test.ts']).toEqual([1, 1]);
    expect(baseline.totalDurations).toEqual([60, 60]);
    expect(baseline.coverage?.totals.lines.pct).toBe(85);
    expect(baseline.coverage?.files['src/a.ts']).toEqual({ covered: 85, total: 100 });
    expect(baseline.findings).toEqual(['f5']);
    expect(baseline).not.toHaveProperty('flaky');
  });

  it('marks a run where more than half the tests failed as infrastructure', () => {
    const broken = runs([suite({ tests: tests(6, 4) })]);
    const fine = runs([suite({ tests: tests(6, 3) })]);
    const infra = updateBaseline(null, broken, provenance(1), limits);
    expect(Object.values(infra.tests).every((entry) => entry.history[0].infra === true)).toBe(true);
    const normal = updateBaseline(null, fine, provenance(1), limits);
    expect(Object.values(normal.tests).some((entry) => entry.history[0].infra)).toBe(false);
  });

  it('keeps the previous coverage and findings when this run had none', () => {
    const first = updateBaseline(null, runWith(1), provenance(1), limits);
    const next = updateBaseline(first, runs([suite({ tests: tests(2) })]), provenance(2), limits);
    expect(next.coverage).toEqual(first.coverage);
    expect(next.findings).toEqual(['f1']);
  });

  it('forgets tests not seen for 90 days', () => {
    const old = updateBaseline(null, runs([suite({ tests: [test('gone', 'passed')] })]), provenance(1), limits);
    const later = { ...provenance(100), createdAt: '2027-06-01T00:00:00.000Z' };
    const next = updateBaseline(old, runs([suite({ tests: [test('kept', 'passed')] })]), later, limits);
    expect(Object.values(next.tests).map((entry) => entry.name)).toEqual(['kept']);
  });

  it('history under a pre-2026-12 id (no suite path, no variant) continues under the new id on every leg', () => {
    const old = updateBaseline(null, runs([suite({ tests: [test('works', 'failed', { file: 'a.test.ts' })] })]), provenance(1), limits);
    const legacy = testId('unit', 'a.test.ts', undefined, 'works');
    expect(Object.keys(old.tests)).toEqual([legacy]);
    const onLeg = (variant: string): TestCase => {
      const plain = test('works', 'passed', { file: 'a.test.ts' });
      const moved = { ...plain, suitePath: ['alpha'], variant };
      return { ...moved, id: testIdOf(moved) };
    };
    const legs = [onLeg('test · node=20'), onLeg('test · node=22')];
    const next = updateBaseline(old, runs([suite({ tests: legs })]), provenance(2), limits);
    expect(Object.keys(next.tests).sort()).toEqual(legs.map((leg) => leg.id).sort());
    for (const leg of legs) expect(next.tests[leg.id]!.history.map((entry) => entry.status)).toEqual(['failed', 'passed']);
  });

  it('skipped suites add nothing', () => {
    const next = updateBaseline(null, runs([suite({ status: 'skipped', selected: false, tests: tests(2) })]), provenance(1), limits);
    expect(next.tests).toEqual({});
    expect(next.suiteDurations).toEqual({});
  });
});
