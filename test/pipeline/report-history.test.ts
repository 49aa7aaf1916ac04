/**
 * The charts' data path: default-branch runs recorded in the baseline → buildReport puts the last 20
 * perf values (with their commits) and suite durations into report.json → the comment draws them.
 * Real suites (a node script writing JUnit, an autocannon JSON) through the real runner and parsers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updateBaseline, writeBaseline } from '../../src/baseline/index.js';
import type { Baseline } from '../../src/model.js';
import { assembleReport } from '../../src/pipeline/report.js';
import { renderComment } from '../../src/render/index.js';
import { systemClock } from '../../src/util/clock.js';
import { cleanTempDirs, makeConfig, makePlan, run, tempDir } from '../runner/helpers.js';

afterAll(cleanTempDirs);

const autocannon = (p95: number) =>
  JSON.stringify({
    title: 'checkout',
    latency: { p50: p95 / 2, p90: p95 * 0.9, p95, p99: p95 * 1.2, average: p95 / 2, min: 1, max: p95 * 2 },
    requests: { average: 1000, total: 10000 },
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  });

function setup(p95: number) {
  const repo = tempDir('testops-history-');
  const perf = join(repo, 'perf.json');
  writeFileSync(perf, autocannon(p95));
  const junit = join(repo, 'unit.mjs');
  writeFileSync(
    junit,
    `import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync('reports', { recursive: true });\nwriteFileSync('reports/unit.xml', '<testsuites><testsuite name="unit" tests="1"><testcase classname="u" name="ok" time="0.01"/></testsuite></testsuites>');\n`,
  );
  const config = makeConfig({
    suites: {
      unit: { command: `node ${junit}`, budget: '2m', reports: { junit: 'reports/unit.xml' } },
      load: {
        command: `mkdir -p reports && cp ${perf} reports/load.json`,
        reports: { perf: { format: 'autocannon', path: 'reports/load.json' } },
      },
    },
  });
  return { repo, config };
}

describe('default-branch history reaches the report and the comment’s charts', () => {
  it('the last 20 perf values with their commits and the suite durations, newest last', async () => {
    const base = setup(100);
    const { runs: baseRuns } = await run(base.config, base.repo);
    let baseline: Baseline | null = null;
    // 25 default-branch runs (the same results, each its own commit)
    for (let i = 0; i < 25; i++)
      baseline = updateBaseline(
        baseline,
        baseRuns,
        {
          commit: `${String(i).padStart(2, '0')}${'b'.repeat(38)}`,
          branch: 'main',
          createdAt: new Date(Date.now() - (25 - i) * 60_000).toISOString(),
          schemaVersion: 1,
        },
        { historyRuns: 50, perfSamples: 30 },
      );
    const head = setup(130);
    const baselineDir = join(head.repo, 'baseline');
    writeBaseline(baselineDir, baseline as Baseline);
    const plan = makePlan(head.config, head.repo);
    const { runs } = await run(head.config, head.repo, { plan });
    const { report } = await assembleReport({ plan, runs, config: head.config, baselineDir, clock: systemClock });

    const p95 = report.perf.find((entry) => entry.metric === 'p95');
    expect(p95?.head).toBe(130);
    expect(p95?.history).toHaveLength(20);
    expect(p95?.history?.every((point) => point.value === 100)).toBe(true);
    // the newest last: commits 05 … 24
    expect(p95?.history?.[0]?.commit?.slice(0, 2)).toBe('05');
    expect(p95?.history?.[19]?.commit?.slice(0, 2)).toBe('24');
    const unit = report.suites.find((suite) => suite.name === 'unit');
    expect(unit?.history).toHaveLength(20);
    expect(unit?.budget).toBe(120);

    const comment = renderComment(report);
    expect(comment).toContain('title "load › checkout · p95 (ms)"');
    expect(comment).toMatch(/line \[100, 100, .*, 100, 130\]/);
    expect(comment).toContain('title "Suite times (seconds)"');
  }, 60_000);

  it('without a baseline: no history, tables only', async () => {
    const head = setup(130);
    const plan = makePlan(head.config, head.repo);
    const { runs } = await run(head.config, head.repo, { plan });
    const { report } = await assembleReport({ plan, runs, config: head.config, baselineDir: join(head.repo, 'none'), clock: systemClock });
    expect(report.perf.every((entry) => entry.history === undefined)).toBe(true);
    expect(report.suites.every((suite) => suite.history === undefined)).toBe(true);
    const comment = renderComment(report);
    expect(comment).not.toContain('```mermaid');
    expect(comment).toContain('| Suite | This run | Budget | Used |');
  }, 60_000);
});
