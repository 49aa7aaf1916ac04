/**
 * Replaying a failed run with real processes: a node:test suite with a failing test (its name
 * hostile to regexes and shells), a flaky one and passing ones; `testops run` reruns the failed
 * tests alone and reports the retry with its reason; `testops failing` lists them with seed, mode
 * and a reproduce command that really runs only that test; `testops run --failed` reruns exactly
 * those, with the report's seed and mode unless --seed or TEST_SEED says otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, makeRepo, ROOT, testops } from '../cli/helpers.js';

const HOSTILE = "it's $(touch pwned) [x]|y `id` \\d+";
const suite = (name: string, extra = '') =>
  `  ${name}:\n    command: node --test --test-reporter=junit --test-reporter-destination=reports/${name}.xml ${name}/\n    reports: { junit: reports/${name}.xml }\n${extra}`;
const record = `const note = (name) => appendFileSync('ran.log', name + ' seed=' + process.env.TEST_SEED + ' mode=' + process.env.TEST_MODE + '\\n');\n`;
const REPO = {
  '.github/testops.yml': `version: 1\nretries: 1\nsuites:\n${suite('unit', '    rerun: node\n    mode: GOLDEN\n')}${suite('other')}gates:\n  coverage: { min: 0 }\n`,
  'unit/a.test.mjs': `import test from 'node:test';\nimport assert from 'node:assert';\nimport { appendFileSync, existsSync, writeFileSync } from 'node:fs';\n${record}test('adds', () => { note('adds'); assert.equal(1 + 1, 2); });\ntest(${JSON.stringify(HOSTILE)}, () => { note('hostile'); assert.fail('always fails'); });\ntest('flaky one', () => { note('flaky'); if (!existsSync('flaky.seen')) { writeFileSync('flaky.seen', ''); assert.fail('first time fails'); } });\ntest('stays green', () => { note('green'); });\n`,
  'other/b.test.mjs': `import test from 'node:test';\nimport { appendFileSync } from 'node:fs';\n${record}test('other passes', () => note('other'));\n`,
  '.gitignore': 'reports/\n.testops/\nran.log\nflaky.seen\n',
};

const ran = (repo: string) => (existsSync(join(repo, 'ran.log')) ? readFileSync(join(repo, 'ran.log'), 'utf8').trim().split('\n') : []);
const reset = (repo: string) => {
  rmSync(join(repo, 'ran.log'), { force: true });
  rmSync(join(repo, 'flaky.seen'), { force: true });
};

describe('replaying a failed run', { timeout: 240_000 }, () => {
  let repo: string;
  let seed: string;
  beforeAll(async () => {
    expect(existsSync(join(ROOT, 'dist/cli.js')), 'dist/cli.js is built (npm run build)').toBe(true);
    repo = await makeRepo(REPO);
    await git(repo, 'checkout', '-q', '-b', 'feature');
    const result = await testops(['run', '--base', 'main', '--full'], repo);
    expect(result.code, result.stderr).toBe(1);
  }, 240_000);

  it('the run reruns the failed tests alone and keeps the seed, the retry and its reason in report, comment and summary', () => {
    const lines = ran(repo);
    // first attempt: all four unit tests and the other suite; the retry: only the two that failed
    const unit = lines.filter((line) => !line.startsWith('other'));
    expect(unit.map((line) => line.split(' ')[0])).toEqual(['adds', 'hostile', 'flaky', 'green', 'hostile', 'flaky']);
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
    const report = JSON.parse(readFileSync(join(repo, '.testops/out/report.json'), 'utf8'));
    seed = report.seed;
    expect(seed).toMatch(/^\d+$/);
    expect(unit[0]).toBe(`adds seed=${seed} mode=GOLDEN`);
    expect(report.suites.find((entry: { name: string }) => entry.name === 'unit').mode).toBe('GOLDEN');
    expect(report.failures.map((failure: { name: string }) => failure.name)).toEqual([HOSTILE]);
    expect(report.flakyTests.map((test: { name: string }) => test.name)).toEqual(['flaky one']);
    expect(report.retries).toEqual([
      expect.objectContaining({
        suite: 'unit',
        attempt: 2,
        reason: 'attempt 1 had 2 failed test(s)',
        scope: 'the failed test(s) alone (rerun: node)',
        result: '1 still failed',
        failure: expect.objectContaining({ name: HOSTILE, message: expect.stringContaining('always fails') }),
      }),
    ]);
    for (const file of ['comment.md', 'summary.md']) {
      const text = readFileSync(join(repo, '.testops/out', file), 'utf8');
      expect(text, file).toContain(`seed \`${seed}\``);
      expect(text, file).toContain('Retries (1, 1 still failing)');
      expect(text, file).toContain('the failed test(s) alone (rerun: node)');
      expect(text, file).toContain('always fails');
    }
  });

  it('testops failing lists the failed and flaky tests with suite, seed, mode and a command that runs only that test', async () => {
    const result = await testops(['failing'], repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`1 failed and 1 flaky test(s) in .testops/out/report.json (seed ${seed}):`);
    expect(result.stdout).toContain(`failed  unit › ${HOSTILE}`);
    expect(result.stdout).toContain('flaky   unit › flaky one');
    expect(result.stdout).toContain('Rerun them all with the same seed and mode: npx testops run --failed');
    const json = JSON.parse((await testops(['failing', '--format', 'json'], repo)).stdout);
    expect(
      json.tests.map((test: { status: string; suite: string; seed: string; mode: string }) => [
        test.status,
        test.suite,
        test.seed,
        test.mode,
      ]),
    ).toEqual([
      ['failed', 'unit', seed, 'GOLDEN'],
      ['flaky', 'unit', seed, 'GOLDEN'],
    ]);
    // the reproduce command, run by a real shell: the hostile test alone, with the seed and mode, nothing executed from its name
    reset(repo);
    const hostile = json.tests[0].reproduce as string;
    expect(hostile.startsWith(`TEST_MODE=GOLDEN TEST_SEED=${seed} node --test --test-name-pattern=`)).toBe(true);
    try {
      execFileSync('sh', ['-c', hostile], { cwd: repo, stdio: 'pipe' });
    } catch {
      // the test fails: that is what it reproduces
    }
    expect(ran(repo)).toEqual([`hostile seed=${seed} mode=GOLDEN`]);
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
  });

  it('testops run --failed reruns exactly those tests with the same seed and mode; --seed and TEST_SEED override it', async () => {
    reset(repo);
    const out = join(repo, '.testops/replay');
    const result = await testops(['run', '--failed', '--report', '.testops/out/report.json', '--out', out], repo);
    expect(result.code, result.stderr).toBe(1);
    // hostile and flaky on the first attempt (the other suite and the passing tests do not run), both again on the retry
    expect(ran(repo)).toEqual([
      `hostile seed=${seed} mode=GOLDEN`,
      `flaky seed=${seed} mode=GOLDEN`,
      `hostile seed=${seed} mode=GOLDEN`,
      `flaky seed=${seed} mode=GOLDEN`,
    ]);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(plan.suites.map((entry: { name: string; selected: boolean }) => [entry.name, entry.selected])).toEqual([
      ['unit', true],
      ['other', false],
    ]);
    expect(plan.suites[0].reasons[0]).toBe('replays 1 failed and 1 flaky test(s) of .testops/out/report.json');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.seed).toBe(seed);
    // node:test lists the tests its pattern left out as skipped
    expect([report.totals.failed, report.totals.flaky, report.totals.passed, report.totals.skipped]).toEqual([1, 1, 1, 2]);

    reset(repo);
    expect((await testops(['run', '--failed', '--seed', '77', '--out', out], repo)).code).toBe(1);
    expect(ran(repo)[0]).toBe('hostile seed=77 mode=GOLDEN');
    reset(repo);
    expect((await testops(['run', '--failed', '--out', out], repo, { TEST_SEED: '88' })).code).toBe(1);
    expect(ran(repo)[0]).toBe('hostile seed=88 mode=GOLDEN');
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
  });

  it('a missing or foreign report, and --report without --failed, are usage errors naming the file', async () => {
    const missing = await testops(['failing', '--report', 'nope.json'], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: no report there');
    const foreign = await testops(['run', '--failed', '--report', '.github/testops.yml'], repo);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('.github/testops.yml: not valid JSON');
    const alone = await testops(['run', '--report', '.testops/out/report.json'], repo);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--report: only with --failed');
    const seedBad = await testops(['failing', '--seed', 'a b'], repo);
    expect(seedBad.code).toBe(2);
    expect(seedBad.stderr).toContain('--seed: expected');
  });
});
