/**
 * Acceptance on real history: `replay-impact --verify --mutants` over 30 real commits of defu
 * (vitest), nanoid (node:test) and markupsafe (pytest) — each commit with its own import graph,
 * every test file run at the commit and its parent, the selection run through files-arg, and each
 * changed source file made to throw on load — must miss no failure. The bundles live in shared/realrepos ($TESTOPS_REALREPOS); clones, installed
 * dependencies and recorded full runs are cached under the OS temp dir, so a second run only
 * re-plans and re-runs the selections.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayImpactCommand } from '../../src/impact/index.js';
import { oneSourceLine, perTestLine } from '../../src/impact/replay.js';
import { cachedClone, REALREPO_CACHE as CACHE, REALREPO_INSTALL } from './realrepos.js';

const COMMITS = 30;

interface Case {
  name: string;
  /** the newest commit of the window (the bundle's main) */
  head: string;
  config: string;
  /** installs dependencies once into the cache clone (its own package manager) */
  install?: string;
  /** run after each checkout of the replay worktree */
  setup?: (clone: string) => string;
}

const NODE_TEST = 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml';
const VITEST = './node_modules/.bin/vitest run --reporter=junit --outputFile=reports/junit.xml';
const PYTEST = 'pytest-3 -p no:cacheprovider -o junit_family=xunit1 --junitxml=reports/junit.xml -q';

const CASES: Case[] = [
  {
    name: 'defu',
    head: '80c0146afb11',
    install: REALREPO_INSTALL.defu,
    setup: (clone) => `ln -sfn ${clone}/node_modules node_modules`,
    config: `version: 1
suites:
  unit:
    command: ${VITEST}
    impact: imports
    tests: ["test/**/*.test.ts"]
    files-arg: ${VITEST} {files}
    reports: { junit: reports/junit.xml }
`,
  },
  {
    name: 'nanoid',
    head: '07a39d62d84c',
    config: `version: 1
suites:
  unit:
    command: ${NODE_TEST} test/*.test.js
    impact: imports
    tests: ["test/*.test.js"]
    files-arg: ${NODE_TEST} {files}
    reports: { junit: reports/junit.xml }
`,
  },
  {
    name: 'markupsafe',
    head: '1251593f6b0e',
    config: `version: 1
run-all: ["uv.lock", "requirements/**", ".github/workflows/**"]
suites:
  py:
    command: ${PYTEST} tests
    env: { PYTHONPATH: src }
    impact: imports
    tests: ["tests/**/test_*.py"]
    files-arg: ${PYTEST} {files}
    reports: { junit: reports/junit.xml }
`,
  },
];

function prepare(one: Case): string {
  const clone = cachedClone(one.name, one.head, one.install);
  // today's config lives outside the repository, as it would in a new adopter's branch
  writeFileSync(join(CACHE, `${one.name}.testops.yml`), one.config);
  return clone;
}

describe('replay-impact --verify on real history', () => {
  for (const one of CASES) {
    it(
      `${one.name}: ${COMMITS} commits, 0 missed failures`,
      async () => {
        const clone = prepare(one);
        let stdout = '';
        let stderr = '';
        const argv = [
          '--from',
          `${one.head}~${COMMITS}`,
          '--to',
          one.head,
          '--verify',
          '--mutants',
          '--json',
          '--config',
          join(CACHE, `${one.name}.testops.yml`),
          '--record',
          join(CACHE, `${one.name}-runs`),
          ...(one.setup ? ['--setup', one.setup(clone)] : []),
        ];
        const code = await replayImpactCommand(argv, {
          cwd: clone,
          stdout: (text) => (stdout += text),
          stderr: (text) => (stderr += text),
        });
        const result = JSON.parse(stdout || '{}');
        const summary = result.summary;
        const pct = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value * 100)}%`);
        console.log(
          `${one.name}: ${summary.commits} commits, ${summary.changedTests} changed outcomes, ${summary.missed} missed (target 0); ` +
            `${summary.mutants} mutants of changed source files failed ${summary.mutantFailures} tests, ${summary.mutantsMissed} not selected (target 0); ` +
            `test time saved ${pct(summary.saved)} overall\n  ${oneSourceLine(summary, 'seconds')}`,
        );
        for (const row of result.commits) {
          for (const missed of row.missed ?? []) console.log(`  MISSED ${row.commit.slice(0, 10)} ${missed.file} › ${missed.name}`);
          for (const check of row.mutants ?? [])
            for (const missed of check.missed)
              console.log(`  MISSED (mutant of ${check.file}) ${row.commit.slice(0, 10)} ${missed.file} › ${missed.name}`);
          for (const problem of row.selectionProblems ?? []) console.log(`  SELECTION ${row.commit.slice(0, 10)} ${problem}`);
        }
        expect(stderr.split('\n').filter((line: string) => line.startsWith('replay-impact:'))).toEqual([]);
        expect(summary.commits).toBeGreaterThanOrEqual(COMMITS);
        expect(summary.missed).toBe(0);
        expect(summary.mutantsMissed).toBe(0);
        expect(summary.selectionProblems).toBe(0);
        // every commit ran tests at both sides: a window where nothing ran would prove nothing
        expect(result.commits.every((row: { totalTime: number }) => row.totalTime > 0)).toBe(true);
        expect(code).toBe(0);
      },
      40 * 60_000,
    );
  }
});

/**
 * Issue #15's saving target on nanoid: the 22 commits since 2024 that change one source file and
 * nothing else, each against its parent, save at least half of their test time in total and by
 * median, miss nothing, and come within 5 points of the best any safe selection by file could do
 * (the change's mutants: its changed functions throwing on entry, else the file on load).
 */
describe('the one-source target on real history', () => {
  it(
    'nanoid: one-source-file commits save ≥ 50% of test time, at the bound, 0 missed',
    async () => {
      const one = CASES.find((entry) => entry.name === 'nanoid') as Case;
      const clone = prepare(one);
      let stdout = '';
      let stderr = '';
      const argv = ['--from', '78e405c~1', '--to', one.head, '--one-source', '--verify', '--json'];
      argv.push('--config', join(CACHE, `${one.name}.testops.yml`), '--record', join(CACHE, `${one.name}-runs`));
      const code = await replayImpactCommand(argv, { cwd: clone, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
      const summary = JSON.parse(stdout || '{}').summary;
      console.log(`nanoid ${oneSourceLine(summary, 'seconds')}`);
      expect(stderr.split('\n').filter((line: string) => line.startsWith('replay-impact:'))).toEqual([]);
      expect(summary.oneSourceCommits).toBe(22);
      expect(summary).toMatchObject({ missed: 0, mutantsMissed: 0, selectionProblems: 0 });
      expect(summary.savedOneSource).toBeGreaterThanOrEqual(0.5);
      expect(summary.savedOneSourceMedian).toBeGreaterThanOrEqual(0.5);
      expect(summary.savedOneSource).toBeGreaterThanOrEqual(summary.boundOneSource - 0.05);
      expect(code).toBe(0);
    },
    30 * 60_000,
  );
});

/**
 * Selection by test (pytest's per-test coverage) on the commits of markupsafe that change one source
 * file since 2023 (5 commits, each against its parent): every changed function made to throw on entry
 * must fail only tests the selection names, and no outcome change may be missed.
 */
describe('replay-impact --per-test on real history', () => {
  it(
    'markupsafe: one-source-file commits, selected by test, 0 missed',
    async () => {
      const one = CASES.find((entry) => entry.name === 'markupsafe') as Case;
      const clone = prepare(one);
      let stdout = '';
      let stderr = '';
      const argv = ['--from', '202274a8ed~1', '--to', one.head, '--one-source', '--per-test', '--mutants', '--json'];
      argv.push('--config', join(CACHE, `${one.name}.testops.yml`), '--record', join(CACHE, `${one.name}-runs-per-test`));
      const code = await replayImpactCommand(argv, { cwd: clone, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
      const result = JSON.parse(stdout || '{}');
      const summary = result.summary;
      console.log(`markupsafe by file: ${oneSourceLine(summary, 'seconds')}\nmarkupsafe ${perTestLine(summary.perTest)}`);
      for (const row of result.commits) {
        for (const missed of row.perTest?.missed ?? [])
          console.log(`  MISSED (by test) ${row.commit.slice(0, 10)} ${missed.file} › ${missed.name}`);
        for (const check of row.perTest?.mutants ?? [])
          for (const missed of check.missed)
            console.log(`  MISSED (by test, mutant of ${check.file}) ${row.commit.slice(0, 10)} ${missed.file} › ${missed.name}`);
      }
      expect(stderr.split('\n').filter((line: string) => line.startsWith('replay-impact:'))).toEqual([]);
      expect(summary.commits).toBe(5);
      expect(summary.perTest.commits).toBe(5);
      expect(summary.perTest.missed).toBe(0);
      // the selected tests run alone through files-arg with pytest node ids, as the full run ran them
      expect(result.commits.flatMap((row: { perTest?: { selectionProblems: string[] } }) => row.perTest?.selectionProblems ?? [])).toEqual(
        [],
      );
      // the function mutants prove the per-test claims: each one fails tests, none outside the selection
      expect(summary.perTest.mutants).toBeGreaterThanOrEqual(3);
      expect(summary.perTest.mutantFailures).toBeGreaterThan(0);
      expect(summary.perTest.mutantsMissed).toBe(0);
      // by file, a change inside Markup.striptags runs only test_markupsafe.py, the one file naming it (selection
      // by name, its bound); the other four commits change a dunder, module code or a hook string.Formatter calls
      const strip = result.commits.find((row: { commit: string }) => row.commit.startsWith('e1b29340f4'));
      expect(strip).toMatchObject({ selectedItems: 1, totalItems: 4, boundItems: 1, missed: [] });
      expect(summary.mutantsMissed).toBe(0);
      expect(summary.perTest.savedOneSourceByFile).toBeGreaterThan(0);
      expect(summary.perTest.savedOneSource).toBeGreaterThan(0.25);
      expect(code).toBe(0);
    },
    15 * 60_000,
  );
});
