import { join } from 'node:path';
// The estimator fed by the real JUnit parser and real reports from the shared corpus.
import { describe, expect, it } from 'vitest';
import { analyzeFlakiness } from '../../src/flaky/index.js';
import { parseReportFile } from '../../src/ingest/index.js';
import type { TestReport } from '../../src/model.js';
import { event, flakyConfig, runsFile, suiteRun } from './helpers.js';
import { CORPUS as SHARED_CORPUS } from '../corpus.js';

const CORPUS = join(SHARED_CORPUS, 'junit/junit-to-ctrf');

describe('evidence from real reports', () => {
  it('flags the surefire test whose <flakyFailure> attempts preceded a pass, with the failure text', async () => {
    const report = (await parseReportFile(`${CORPUS}/test-surefire-flaky.xml`, { suite: 'java' })) as TestReport;
    const entries = analyzeFlakiness({
      runs: runsFile([suiteRun('java', report.tests)]),
      baseline: null,
      config: flakyConfig(),
      event: event(),
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ name: 'testFlakyFeature', state: 'flaky', suite: 'java' });
    expect(entries[0].evidence[0]).toMatch(/failed 2 of 3 attempts and then passed/);
  });

  it('does not flag the plain surefire report (no retries, no history)', async () => {
    const report = (await parseReportFile(`${CORPUS}/test-surefire.xml`, { suite: 'java' })) as TestReport;
    expect(report.tests.length).toBeGreaterThan(0);
    const entries = analyzeFlakiness({
      runs: runsFile([suiteRun('java', report.tests)]),
      baseline: null,
      config: flakyConfig(),
      event: event(),
    });
    expect(entries.filter((entry) => entry.state === 'flaky')).toEqual([]);
  });
});
