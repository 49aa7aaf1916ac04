// Early flake detection with real node:test processes: the changed test files run again through
// files-arg, within the budget; a new test that fails 1 of 3 runs is flaky evidence, not a failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planEarlyRepeats } from '../../src/flaky/early.js';
import { analyzeFlakiness } from '../../src/flaky/index.js';
import type { Plan, Report, SuiteRun } from '../../src/model.js';
import { validateConfig } from '../../src/config/load.js';
import { checkUploadedReport } from '../../src/pipeline/comment.js';
import { renderComment } from '../../src/render/index.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { failingReport } from '../render/fixtures/reports.js';
import { cleanTempDirs, makeConfig, makePlan, run, tempDir } from '../runner/helpers.js';
import { event } from './helpers.js';

afterEach(cleanTempDirs);

// a node:test file whose test fails on the 2nd run only (a counter file): 1 of 3 runs fails
const FLAKY_ON_SECOND = `import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
test('new checkout total', () => {
  const counter = process.env.COUNTER;
  const n = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) + 1 : 1;
  writeFileSync(counter, String(n));
  if (n === 2) throw new Error('total was 0 on run ' + n);
});
`;
const STEADY = `import { test } from 'node:test';
test('old cart', () => {});
`;

function repoWithSuite() {
  const repo = tempDir();
  mkdirSync(join(repo, 'test'), { recursive: true });
  writeFileSync(join(repo, 'test', 'checkout.test.mjs'), FLAKY_ON_SECOND);
  writeFileSync(join(repo, 'test', 'cart.test.mjs'), STEADY);
  return repo;
}

const suiteConfig = (repo: string, flaky: Record<string, unknown> = {}) =>
  makeConfig({
    flaky,
    suites: {
      unit: {
        command: 'node --test --test-reporter=junit --test-reporter-destination=reports/unit.xml test/',
        'files-arg': 'node --test --test-reporter=junit --test-reporter-destination=reports/unit.xml {files}',
        tests: ['test/**/*.test.mjs'],
        env: { COUNTER: join(repo, 'counter') },
        reports: { junit: 'reports/*.xml' },
      },
    },
  });

function planFor(config: ReturnType<typeof makeConfig>, repo: string, suiteDurations: Record<string, number[]> = {}): Plan {
  const plan = makePlan(config, repo);
  const changed = [{ path: 'test/checkout.test.mjs', status: 'added' as const }];
  return {
    ...plan,
    changedFiles: changed,
    full: false,
    suites: planEarlyRepeats({
      config,
      suites: plan.suites,
      changed,
      event: { isDefaultBranch: false },
      baseline: { suiteDurations },
      repoRoot: repo,
    }),
  };
}

describe('early flake detection: planning', () => {
  it('repeats the test files a change adds or modifies, with a budget of early-budget % of the baseline duration', () => {
    const repo = repoWithSuite();
    const config = suiteConfig(repo);
    expect(config.flaky['early-repeats']).toBe(3);
    expect(config.flaky['early-budget']).toBe(20);
    const changed = [
      { path: 'test/checkout.test.mjs', status: 'added' as const },
      { path: 'test/cart.test.mjs', status: 'modified' as const },
      { path: 'test/gone.test.mjs', status: 'deleted' as const },
      { path: 'src/cart.mjs', status: 'modified' as const },
    ];
    const plan = (overrides: Partial<Parameters<typeof planEarlyRepeats>[0]>) =>
      planEarlyRepeats({
        config,
        suites: [{ name: 'unit', selected: true, reasons: ['paths'] }],
        changed,
        event: { isDefaultBranch: false },
        baseline: { suiteDurations: { unit: [10, 30, 20] } },
        repoRoot: repo,
        ...overrides,
      })[0];
    // median 20 s × 20 % = 4 s
    expect(plan({})?.early).toEqual({ files: ['test/cart.test.mjs', 'test/checkout.test.mjs'], repeats: 3, budget: 4 });
    expect(plan({ baseline: null })?.early).toEqual({ files: ['test/cart.test.mjs', 'test/checkout.test.mjs'], repeats: 3 });
    expect(plan({ event: { isDefaultBranch: true } })?.early).toBeUndefined();
    expect(plan({ changed: null })?.early).toBeUndefined();
    expect(plan({ config: suiteConfig(repo, { 'early-repeats': 0 }) })?.early).toBeUndefined();
    // on a shard: only the files this shard runs
    expect(plan({ suites: [{ name: 'unit', selected: true, reasons: [], files: ['test/cart.test.mjs'] }] })?.early?.files).toEqual([
      'test/cart.test.mjs',
    ]);
    // without files-arg it cannot run only those files: said in the suite's reasons
    const noFilesArg = makeConfig({ suites: { unit: { command: 'true', tests: ['test/**/*.test.mjs'] } } });
    const said = plan({ config: noFilesArg });
    expect(said?.early).toBeUndefined();
    expect(said?.reasons.at(-1)).toBe(
      'changed test files not repeated (early flake detection needs files-arg): test/cart.test.mjs, test/checkout.test.mjs',
    );
  });

  it('rejects a bad early-repeats or early-budget with the field and what is expected', () => {
    expect(() => validateConfig({ version: 1, suites: { a: { command: 'true' } }, flaky: { 'early-repeats': -1 } }, 'testops.yml')).toThrow(
      /flaky\.early-repeats/,
    );
    expect(() =>
      validateConfig({ version: 1, suites: { a: { command: 'true' } }, flaky: { 'early-budget': 'lots' } }, 'testops.yml'),
    ).toThrow(/flaky\.early-budget.*percentage/s);
  });
});

describe('early flake detection: running', () => {
  it('a new test that fails 1 of 3 runs is flaky ("new test failed 1 of 3 repeats"), and the suite still passes', async () => {
    const repo = repoWithSuite();
    const config = suiteConfig(repo);
    const { runs, lines } = await run(config, repo, { plan: planFor(config, repo, { unit: [600] }) });
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.attempts.map((attempt) => [attempt.kind, attempt.exitCode])).toEqual([
      ['initial', 0],
      ['early', 1],
      ['early', 0],
    ]);
    // only the changed file ran again
    expect(suite.attempts[1]?.command).toContain('test/checkout.test.mjs');
    expect(suite.attempts[1]?.command).not.toContain('cart');
    expect(suite.early).toMatchObject({ files: ['test/checkout.test.mjs'], repeats: 2, planned: 2, budget: 120 });
    expect(suite.early?.stopped).toBeUndefined();
    expect(suite.status).toBe('passed');
    const checkout = suite.tests.find((test) => test.name === 'new checkout total');
    expect(checkout).toMatchObject({ status: 'passed', flaky: true, early: { runs: 3, failed: 1 } });
    expect(checkout?.attempts.map((attempt) => attempt.status)).toEqual(['passed', 'failed', 'passed']);
    const cart = suite.tests.find((test) => test.name === 'old cart');
    expect(cart?.early).toBeUndefined();
    expect(cart?.attempts).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/early flake detection: 1 changed test file\(s\) repeated 2 of 2 time\(s\)/);

    // the estimator: same-run evidence on a test with no history
    const entries = analyzeFlakiness({
      runs,
      baseline: null,
      config: config.flaky,
      event: event({ name: 'pull_request', branch: 'feature', isDefaultBranch: false, runId: '88' }),
    });
    const entry = entries.find((flaky) => flaky.name === 'new checkout total');
    expect(entry?.state).toBe('flaky');
    expect(entry?.evidence[0]).toMatch(/^new test failed 1 of 3 repeats in /);
    expect(entries.find((flaky) => flaky.name === 'old cart')).toBeUndefined();

    // said in the comment (the flaky table's state cell and the section's intro) and the terminal
    const report = failingReport();
    report.flaky = entries;
    report.suites = [{ ...(report.suites[0] as Report['suites'][number]), name: 'unit', early: suite.early }];
    const comment = renderComment(report);
    expect(comment).toMatch(/flaky[^|]*<br><sub>new test failed 1 of 3 repeats in /);
    expect(comment).toMatch(/Early flake detection: 1 changed test file repeated 2 of 2 planned times \([\d.]+m?s of a 2m budget\)\./);
    expect(renderTerminal(report, { color: false })).toMatch(/new checkout total .*flaky \(new test failed 1 of 3 repeats in /);
    // and it survives mode comment's validation of the uploaded report.json
    const checked = checkUploadedReport(JSON.parse(JSON.stringify(report)), 'report.json');
    expect(checked.suites[0]?.early).toEqual(suite.early);
  });

  it('repeats stop at the budget: none when even one would pass it, said in the log', async () => {
    const repo = repoWithSuite();
    const config = suiteConfig(repo, { 'early-budget': 1 });
    // baseline 1 s × 1 % = 10 ms: less than one node:test process
    const { runs, lines } = await run(config, repo, { plan: planFor(config, repo, { unit: [1] }) });
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.attempts.map((attempt) => attempt.kind)).toEqual(['initial']);
    expect(suite.early).toMatchObject({ repeats: 0, planned: 2, seconds: 0 });
    expect(suite.early?.stopped).toMatch(/would pass the budget of \d+ms/);
    expect(suite.tests.find((test) => test.name === 'new checkout total')).toMatchObject({ flaky: false, status: 'passed' });
    expect(lines.join('\n')).toMatch(/repeated 0 of 2 time\(s\).*stopped/);
  });
});
