/**
 * Every report kind through the whole pipeline, as a maintainer meets it: the real dist/cli.js on
 * a real git repository whose suites write JUnit, Cobertura, JaCoCo, Go coverage, k6
 * (--summary-export), Locust CSV, autocannon --json, github-action-benchmark JSON, SARIF and
 * npm audit reports (test/cli/fixtures/all-reports/gen.mjs, fixed numbers, no timing). A baseline
 * is recorded on the base commit; a head with no change must pass, and a head with a p95
 * regression, a new high SARIF finding and a coverage drop must fail, each verdict saying why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { shown } from '../gates/helpers.js';
import { renderAnnotations } from '../../src/render/annotations.js';
import { git, makeRepo, testops, writeFiles } from './helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/all-reports');

const BASE_STATE = {
  p95: 200,
  coveredLines: 9,
  parseMs: 120,
  findings: [
    { rule: 'js/log-injection', message: 'Log entry depends on a user-provided value.', file: 'src/app/log.js', line: 4, fp: 'aaaa1111:1' },
  ],
};
const REGRESSED_STATE = {
  ...BASE_STATE,
  p95: 260,
  coveredLines: 7,
  findings: [
    ...BASE_STATE.findings,
    {
      rule: 'js/sql-injection',
      message: 'This query string depends on a user-provided value.',
      file: 'src/app/db.js',
      line: 12,
      fp: 'bbbb2222:1',
    },
  ],
};

const tenLines = (word: string) => Array.from({ length: 10 }, (_, i) => `${word} ${i + 1}`).join('\n');

async function commitOnBranch(repo: string, branch: string, files: Record<string, string>): Promise<void> {
  await git(repo, 'checkout', '-q', '-b', branch, 'main');
  writeFiles(repo, files);
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', branch);
}

const readReport = (repo: string): Report => JSON.parse(readFileSync(join(repo, '.testops/out/report.json'), 'utf8')) as Report;
/** the verdict as the report shows it (its numbers formatted by src/render/quantity.ts) */
const gate = (report: Report, name: string, subject: string) =>
  shown(
    report.gates.find((verdict) => verdict.gate === name && verdict.subject === subject),
    report.createdAt,
  );

describe('testops run with every report kind, against a recorded baseline', () => {
  let repo: string;
  let baseSha: string;

  beforeAll(async () => {
    repo = await makeRepo({
      '.github/testops.yml': readFileSync(join(FIXTURE, 'testops.yml'), 'utf8'),
      'state.json': JSON.stringify(BASE_STATE),
      '.gitignore': 'reports/\n.counter-*\n.testops/\n',
      'src/app/math.js': tenLines('line'),
      'go.mod': 'module example.com/acme/svc\n',
      'handler.go': 'package svc\n',
      'src/main/java/com/acme/Parser.java': 'package com.acme;\n',
      'scripts/gen.mjs': readFileSync(join(FIXTURE, 'gen.mjs'), 'utf8'),
    });
    baseSha = (await git(repo, 'rev-parse', 'HEAD')).slice(0, 7);
    // Three default-branch runs of three repeats each: 3 baseline runs (a run is the unit of
    // evidence, not a repeat), enough for the prediction-bound rule (docs/gates.md).
    for (let run = 0; run < 3; run++) {
      const result = await testops(['run', '--full', '--update-baseline', '--quiet'], repo);
      expect(result.code, result.stderr).toBe(0);
    }
  }, 90_000);

  it('A/A: a head with no change passes, with no false perf failure, every perf metric compared', async () => {
    await commitOnBranch(repo, 'no-change', { 'README.md': '# svc\n' });
    const result = await testops(['run', '--base', 'main', '--quiet'], repo);
    expect(result.code, result.stderr).toBe(0);
    const report = readReport(repo);
    expect(report.conclusion).toBe('success');
    expect(report.gates.filter((verdict) => verdict.status !== 'pass').map((verdict) => `${verdict.gate}/${verdict.subject}`)).toEqual([]);
    // k6, Locust, autocannon and the benchmark all reached the perf gate, each against its baseline.
    const scenarios = new Set(report.perf.map((row) => row.scenario));
    // each series is named by its suite and scenario, so two tools' "Aggregated" or "k6" never mix
    for (const scenario of ['k6', 'locust › GET /items', 'locust › Aggregated', 'autocannon › api', 'bench › benchmark'])
      expect(scenarios).toContain(scenario);
    expect(report.perf.every((row) => row.base !== null && row.status === 'pass')).toBe(true);
    expect(gate(report, 'security', 'findings')).toMatchObject({ status: 'pass', value: '0 new, 2 known' });
    expect(gate(report, 'coverage', 'drop')).toMatchObject({ status: 'pass', value: '91.7%', baseline: `91.7% @ ${baseSha}, just now` });
  }, 30_000);

  it('a p95 regression, a new high SARIF finding and a coverage drop fail, each verdict explaining itself', async () => {
    await commitOnBranch(repo, 'regressed', { 'state.json': JSON.stringify(REGRESSED_STATE), 'src/app/math.js': tenLines('changed') });
    const result = await testops(['run', '--base', 'main'], repo);
    expect(result.code, result.stderr).toBe(1);
    const report = readReport(repo);
    expect(report.conclusion).toBe('failure');

    const p95 = gate(report, 'perf', 'k6/p95');
    expect(p95).toMatchObject({
      status: 'fail',
      rule: 'prediction-interval',
      threshold: '+15%',
      baseline: `200 ms @ ${baseSha}, just now`,
    });
    expect(p95?.value).toMatch(/^2[56]\d ms$/);
    expect(p95?.reason).toMatch(
      /^\+(2[5-9]|3\d)% worse, over \+15% and beyond the 95% prediction bound of 3 baseline runs \(can detect \+\d+% here\) \(head: 3 repeats in one run\)$/,
    );
    // Only k6 regressed: Locust, autocannon and the benchmark stay green (no false failures beside a real one).
    const otherPerf = report.gates.filter(
      (verdict) => verdict.gate === 'perf' && !verdict.subject?.startsWith('k6/') && !verdict.subject?.startsWith('k6 › http_req_duration'),
    );
    expect(otherPerf.length).toBeGreaterThanOrEqual(10);
    expect(otherPerf.filter((verdict) => verdict.status !== 'pass')).toEqual([]);
    // A throughput that fell a little reads as a fall, in the gate and in the perf table.
    const throughput = report.perf.find((row) => row.scenario === 'k6' && row.metric === 'throughput');
    expect(Math.sign(throughput!.change!)).toBe(Math.sign(throughput!.head - throughput!.base!));

    const findings = gate(report, 'security', 'findings');
    expect(findings).toMatchObject({ status: 'fail', value: '1 new, 2 known', baseline: `2 known @ ${baseSha}, just now` });
    expect(findings?.reason).toBe('1 new finding at or above high: high js/sql-injection at src/app/db.js:12');
    expect(report.security.newFindings.map((finding) => finding.rule)).toEqual(['js/sql-injection']);

    expect(gate(report, 'coverage', 'drop')).toMatchObject({
      status: 'fail',
      value: '83.3%',
      baseline: `91.7% @ ${baseSha}, just now`,
      threshold: 'warn > 0.5 pts, fail > 1.0 pts',
      reason: 'dropped 8.3 pts against the baseline',
    });

    // The comment a maintainer reads: the sections agree with the gates table.
    const comment = readFileSync(join(repo, '.testops/out/comment.md'), 'utf8');
    expect(comment).toContain('### ❌ testops: Failed');
    expect(comment).toContain('Total line coverage **83.3%** (baseline 91.7%), patch coverage **70%**.');
    expect(comment).toContain('<summary>🔒 Security: 1 new finding</summary>');
    // The repeated load suites have no tests: no "0 of 0" determinism rows.
    expect(comment).not.toContain('Determinism');
    expect(comment).toContain('| high | js/sql-injection | `src/app/db.js:12` |');
    expect(comment).toMatch(
      /\| k6 \| p95 \| 200 ms \| 2[56]\d ms \| \+(2[5-9]|3\d)\.\d% \| ❌\u00a0fail <sub>prediction-interval<\/sub> \| ±\d+\.\d%, 3 of 3 runs \|/,
    );

    // Annotations: perf and coverage failures are notices on the config, where the thresholds live.
    const notices = renderAnnotations(report, '.github/testops.yml').filter((annotation) => annotation.level === 'notice');
    expect(notices.map((annotation) => annotation.title)).toEqual(
      expect.arrayContaining(['Gate failed: coverage (drop)', 'Gate failed: perf (k6/p95)']),
    );
    expect(notices.every((annotation) => annotation.file === '.github/testops.yml')).toBe(true);
    expect(notices.find((annotation) => annotation.title === 'Gate failed: perf (k6/p95)')?.message).toContain(
      `baseline 200 ms @ ${baseSha}, just now, threshold +15%`,
    );
  }, 30_000);
});
