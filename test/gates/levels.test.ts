/**
 * Level policies with real suites: node:test suites writing JUnit through `testops run` (dist/cli.js)
 * in a real git repository, one suite per default policy. Config errors and merging are checked
 * through the real config loader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { levelPolicy, mergePolicy } from '../../src/gates/levels.js';
import type { LevelRow, Report } from '../../src/model.js';
import { renderComment } from '../../src/render/comment.js';
import { greenReport } from '../render/fixtures/reports.js';
import { shown } from './helpers.js';
import { makeRepo, testops } from '../cli/helpers.js';

const LEVELS = ['security', 'adversarial', 'integration', 'smoke', 'unit'] as const;
type Counts = Record<string, { total: number; failed: number; sleep?: number }>;

const suiteFile = (name: string) => `import { test } from 'node:test';
import { readFileSync } from 'node:fs';
const { total, failed, sleep = 0 } = JSON.parse(readFileSync(new URL('../counts.json', import.meta.url), 'utf8'))[${JSON.stringify(name)}];
for (let index = 0; index < total; index++)
  test(\`${name} case \${index}\`, async () => {
    if (index === 0 && sleep > 0) await new Promise((resolve) => setTimeout(resolve, sleep));
    if (index < failed) throw new Error('expected failure ' + index);
  });
`;

const CONFIG = `version: 1
suites:
${LEVELS.map(
  (level) => `  ${level}-suite:
    level: ${level}
    always: true
    command: node --test --test-reporter=junit --test-reporter-destination=reports/${level}.xml ${level}/
    reports: { junit: reports/${level}.xml }
`,
).join('')}  plain:
    always: true
    command: node --test --test-reporter=junit --test-reporter-destination=reports/plain.xml plain/
    reports: { junit: reports/plain.xml }
`;

const GREEN: Counts = {
  security: { total: 5, failed: 0 },
  adversarial: { total: 20, failed: 2 },
  integration: { total: 40, failed: 1 },
  smoke: { total: 3, failed: 0 },
  unit: { total: 10, failed: 0 },
  plain: { total: 4, failed: 0 },
};

const readReport = (repo: string): Report => JSON.parse(readFileSync(join(repo, '.testops/out/report.json'), 'utf8')) as Report;
/** the verdict as the report shows it (its numbers formatted by src/render/quantity.ts) */
const verdict = (report: Report, gate: string, subject?: string) =>
  shown(
    report.gates.find((entry) => entry.gate === gate && entry.subject === subject),
    report.createdAt,
  );

describe('level policies with real suites', () => {
  let repo: string;
  const runWith = async (counts: Counts, config = CONFIG) => {
    writeFileSync(join(repo, 'counts.json'), JSON.stringify(counts));
    writeFileSync(join(repo, '.github/testops.yml'), config);
    const result = await testops(['run', '--full', '--quiet'], repo);
    return { result, report: readReport(repo), comment: readFileSync(join(repo, '.testops/out/comment.md'), 'utf8') };
  };

  beforeAll(async () => {
    const files: Record<string, string> = {
      '.github/testops.yml': CONFIG,
      'counts.json': JSON.stringify(GREEN),
      '.gitignore': 'reports/\n.testops/\n',
    };
    for (const name of [...LEVELS, 'plain']) files[`${name}/cases.test.mjs`] = suiteFile(name);
    repo = await makeRepo(files);
  }, 30_000);

  it('each default policy passes its suites; the adversarial suite with 2 of 20 failing fails nothing and says so', async () => {
    const { result, report, comment } = await runWith(GREEN);
    expect(result.code, result.stderr).toBe(0);
    expect(report.conclusion).toBe('success');
    const adversarial = verdict(report, 'level', 'adversarial');
    expect(adversarial).toMatchObject({ status: 'pass', value: '90%', threshold: '≤ 15% failed' });
    expect(adversarial?.reason).toMatch(/^2 of 20 failed, within the 15% tolerance; took [\d.]+m?s; flaky 0% — suite adversarial-suite$/);
    // the tests gate defers to the level, and so does the global pass rate
    expect(verdict(report, 'tests', 'adversarial-suite')).toMatchObject({
      status: 'pass',
      reason: '2 failed, judged by the adversarial level: 2 of 20 failed, within the 15% tolerance',
    });
    expect(verdict(report, 'pass-rate')).toMatchObject({ status: 'pass', value: '100%' });
    expect(verdict(report, 'pass-rate')?.reason).toBe('7 of 7 tests passed, at or above 95% (4 suites judged by their level policy)');
    expect(verdict(report, 'level', 'security')).toMatchObject({ status: 'pass', threshold: 'must pass' });
    expect(verdict(report, 'level', 'integration')).toMatchObject({ status: 'pass', value: '97.5%' });
    expect(verdict(report, 'level', 'integration')?.reason).toMatch(/^39 of 40 passed \(97\.5%\), at or above 97%/);
    expect(verdict(report, 'level', 'smoke')).toMatchObject({ status: 'pass', threshold: 'SLA 30s' });
    expect(verdict(report, 'level', 'smoke')?.reason).toMatch(/took [\d.]+m?s of its 30s SLA \(\d+%\)/);
    expect(verdict(report, 'level', 'unit')).toMatchObject({ status: 'pass', value: '100%', threshold: 'pass rate ≥ 100%' });
    // a suite without a level has no level row and is judged by the global gates as before
    expect(report.gates.filter((entry) => entry.gate === 'level').map((entry) => entry.subject)).toEqual([...LEVELS]);
    expect(comment).toContain('level · adversarial');
    // the levels table: one row per level with its suites, pass rate, policy, time against the SLA and flaky rate
    const row = comment.split('\n').find((line) => line.startsWith('| adversarial |'));
    expect(row).toMatch(
      /^\| adversarial \| adversarial-suite \| 90% \(2 of 20 failed\) \| ≤ 15% failed \| [\d.]+m?s \| 0% \| ✅\u00a0pass <sub>2 of 20 failed, within the 15% tolerance; /,
    );
    expect(comment.split('\n').find((line) => line.startsWith('| smoke |'))).toMatch(/\| [\d.]+m?s of 30s \(\d+%\) \|/);
    expect(report.levels?.map((entry) => entry.subject)).toEqual([...LEVELS]);
  }, 60_000);

  it('over each policy: the level row fails and says by how much; the job fails', async () => {
    const config = CONFIG.replace(
      '  smoke-suite:\n    level: smoke\n',
      '  smoke-suite:\n    level: smoke\n    policy: { budget: 1s }\n',
    ).replace('  plain:\n', '  plain:\n    level: e2e\n');
    const { result, report } = await runWith(
      {
        security: { total: 5, failed: 1 },
        adversarial: { total: 20, failed: 4 },
        integration: { total: 40, failed: 3 },
        smoke: { total: 3, failed: 0, sleep: 1700 },
        unit: { total: 10, failed: 1 },
        plain: { total: 4, failed: 1 },
      },
      config,
    );
    expect(result.code, result.stderr).toBe(1);
    expect(verdict(report, 'level', 'security')).toMatchObject({ status: 'fail' });
    expect(verdict(report, 'level', 'security')?.reason).toMatch(
      /^1 of 5 failed; every security test must pass \(quarantine does not apply\)/,
    );
    expect(verdict(report, 'level', 'adversarial')?.reason).toMatch(/^4 of 20 failed \(20%\), over the 15% tolerance/);
    expect(verdict(report, 'level', 'integration')).toMatchObject({ status: 'fail', value: '92.5%' });
    expect(verdict(report, 'level', 'integration')?.reason).toMatch(/^37 of 40 passed \(92\.5%\), under the 95% required/);
    expect(verdict(report, 'level', 'unit')).toMatchObject({ status: 'fail', value: '90%' });
    // a suite's own policy: its own row, its own SLA (1.7 s of 1 s is past the 150 % fail level)
    const smoke = verdict(report, 'level', 'smoke › smoke-suite');
    expect(smoke).toMatchObject({ status: 'fail', threshold: 'SLA 1s' });
    expect(smoke?.reason).toMatch(/took [\d.]+s of its 1s SLA \((1[5-9]\d|[2-9]\d\d)%\)/);
    // the tests gate follows the level's ruling
    expect(verdict(report, 'tests', 'adversarial-suite')).toMatchObject({ status: 'fail' });
    // e2e has no default policy: its row informs, and its failure is the tests gate's and the global pass
    // rate's (6 of 7 with the smoke suite, whose policy judges only its time)
    expect(verdict(report, 'level', 'e2e')).toMatchObject({ status: 'pass', value: '75%' });
    expect(verdict(report, 'tests', 'plain')).toMatchObject({ status: 'fail' });
    expect(verdict(report, 'pass-rate')).toMatchObject({ status: 'fail', value: '85.7%' });
  }, 60_000);
});

describe('levels table', () => {
  it('a forged row from an uploaded report.json is escaped and an unknown status reads unknown', () => {
    const report = greenReport();
    const forged = { subject: '<img src=x onerror=alert(1)>', suites: ['@admin', 3], passRate: 'x', status: 'owned', policy: '**bold**' };
    report.levels = [forged as unknown as LevelRow];
    const body = renderComment(report);
    const line = body.split('\n').find((text) => text.includes('img src')) ?? '';
    expect(line).not.toContain('<img');
    expect(line).toContain('❔\u00a0unknown');
    expect(line).not.toContain('**bold**');
  });
});

describe('levels: config', () => {
  const parse = (levels: string, suiteExtra = '') =>
    parseConfigText(
      `version: 1\nsuites:\n  adv:\n    command: npm test\n    level: adversarial\n${suiteExtra}levels:\n${levels}`,
      '.github/testops.yml',
    );

  it('an unknown level name is an error naming the field', () => {
    expect(() => parse('  adversarail: { max-failure-rate: 10% }\n')).toThrow(
      /^\.github\/testops\.yml: levels\.adversarail: unknown field; did you mean "adversarial"\?/,
    );
    expect(() => parse('  smoke: { budget: soon }\n')).toThrow(/levels\.smoke\.budget: expected a duration/);
    expect(() => parse('  security: { must-pass: true, max-failure-rate: 5% }\n')).toThrow(
      /levels\.security\.must-pass: expected must-pass alone/,
    );
  });

  it('a level named in the config replaces its default judge and keeps what it does not name', () => {
    const config = parse('  adversarial: { pass-rate: { fail: 80% } }\n  smoke: { flaky-rate: { fail: 5% } }\n');
    expect(levelPolicy('adversarial', config)).toEqual({ 'pass-rate': { fail: 80 } });
    expect(levelPolicy('smoke', config)).toEqual({ budget: 30, 'flaky-rate': { fail: 5 } });
    expect(levelPolicy('unit', config)).toEqual({ 'pass-rate': { fail: 100 } });
    expect(levelPolicy('e2e', config)).toBeUndefined();
    expect(mergePolicy({ budget: 30, 'max-failure-rate': 15 }, { budget: 60 })).toEqual({ budget: 60, 'max-failure-rate': 15 });
  });

  it('gates.security.adversarial-max-failure-rate stays the adversarial default', () => {
    const config = parseConfigText(
      'version: 1\nsuites:\n  adv:\n    command: npm test\ngates:\n  security: { adversarial-max-failure-rate: 25 }\n',
      'testops.yml',
    );
    expect(levelPolicy('adversarial', config)).toEqual({ 'max-failure-rate': 25 });
  });
});
