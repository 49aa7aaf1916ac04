import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeFor, InputError } from '../../src/errors.js';
import type { Plan } from '../../src/model.js';
import { readPlanArtifact } from '../../src/util/artifacts.js';
import { readRunsArtifact } from '../../src/util/runs-read.js';
import { coverage, runs, suite, tests } from '../gates/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'testops-artifacts-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

const goodRuns = runs([suite({ tests: tests(3, 1), coverage: coverage(8, 10) })]);
const goodPlan: Plan = {
  version: 1,
  createdAt: '2026-11-20T10:00:00.000Z',
  configPath: '.github/testops.yml',
  repoRoot: '/repo',
  event: { name: 'pull_request', headSha: 'a'.repeat(40) } as Plan['event'],
  changedFiles: [{ path: 'src/a.ts', status: 'modified' }],
  changedSource: 'git',
  full: false,
  suites: [{ name: 'unit', selected: true, reasons: ['src/a.ts → matched src/**'] }],
  seed: '1',
  cache: { key: 'k', restoreKeys: [] },
  problems: [],
};

/** the lines of the error a read throws (and its exit code) */
function problems(read: () => unknown): { lines: string[]; code: number } {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { lines: (error as Error).message.split('\n'), code: exitCodeFor(error) };
  }
  throw new Error('expected the read to fail');
}

describe('artifacts read back (runs.json, plan.json)', () => {
  it('reads what the run and plan steps write, unknown keys kept', () => {
    const path = write('runs.json', { ...goodRuns, newerField: 1 });
    expect(readRunsArtifact(path)).toEqual({ ...goodRuns, newerField: 1 });
    expect(readPlanArtifact(write('plan.json', goodPlan))).toEqual(goodPlan);
  });

  it('a tampered runs.json: one line per problem, naming the file and the field, exit 2', () => {
    const copy = structuredClone(goodRuns);
    const first = copy.suites[0] as unknown as Record<string, unknown>;
    (first.tests as Array<Record<string, unknown>>)[1].status = 'pwned';
    first.duration = '12s';
    (first.totals as Record<string, unknown>).passed = -1;
    const { finishedAt: _finishedAt, ...tampered } = copy;
    const path = write('tampered-runs.json', tampered);
    const { lines, code } = problems(() => readRunsArtifact(path, "a shard's runs.json"));
    expect(code).toBe(2);
    expect(lines).toHaveLength(4);
    expect(lines.every((line) => line.startsWith(`${path}: a shard's runs.json: `))).toBe(true);
    expect(lines.join('\n')).toMatch(/suites\[0\]\.tests\[1\]\.status: /);
    expect(lines.join('\n')).toMatch(/suites\[0\]\.duration: .*expected number/);
    expect(lines.join('\n')).toMatch(/suites\[0\]\.totals\.passed: /);
    expect(lines.join('\n')).toMatch(/finishedAt: /);
  });

  it('a malformed plan.json: the fields named; not JSON at all: one line', () => {
    const path = write('plan.json', { ...goodPlan, suites: 'all of them', configPath: 7 });
    const { lines, code } = problems(() => readPlanArtifact(path));
    expect(code).toBe(2);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${path}: plan\\.json: configPath: .*expected string`)),
      expect.stringMatching(new RegExp(`^${path}: plan\\.json: suites: .*expected array`)),
    ]);
    const broken = write('broken.json', '{"version": 1,');
    expect(problems(() => readPlanArtifact(broken)).lines).toEqual([
      expect.stringMatching(new RegExp(`^${broken}: plan\\.json is not valid JSON`)),
    ]);
  });

  it('a long list of problems is cut after ten, with a count of the rest', () => {
    const many = { ...goodRuns, suites: Array.from({ length: 15 }, () => ({ name: 1 })) };
    const { lines } = problems(() => readRunsArtifact(write('many.json', many)));
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/… and \d+ more problems$/);
  });
});
