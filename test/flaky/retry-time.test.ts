import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { retryTime } from '../../src/flaky/retry-time.js';
import { checkUploadedReport } from '../../src/pipeline/comment.js';
import type { Report, SuiteRun } from '../../src/model.js';
import { renderComment, renderSummary } from '../../src/render/index.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { failingReport } from '../render/fixtures/reports.js';
import { cleanTempDirs, FIXTURES, makeConfig, run, tempDir } from '../runner/helpers.js';

afterEach(cleanTempDirs);

const nodeTest = (file: string, report: string) =>
  `node --test --test-reporter=junit --test-reporter-destination=${report} ${join(FIXTURES, file)}`;

describe('the time retries added', () => {
  it('a real node:test suite retried once: the retry command’s wall time, said in the comment, summary and terminal', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: {
        unit: {
          command: nodeTest('flaky.test.mjs', 'reports/unit.xml'),
          retries: 2,
          env: { MARKER: join(repo, 'marker') },
          reports: { junit: 'reports/*.xml' },
        },
        steady: {
          command: nodeTest('flaky.test.mjs', 'reports/steady.xml'),
          env: { MARKER: repo },
          reports: { junit: 'reports/steady.xml' },
        },
      },
    });
    const { runs } = await run(config, repo);
    const unit = runs.suites.find((suite) => suite.name === 'unit') as SuiteRun;
    const retry = unit.attempts.find((attempt) => attempt.kind === 'retry');
    expect(retry?.duration).toBeGreaterThan(0);
    const retries = retryTime(runs);
    // node:test has no rerun template here: the whole suite ran again, both its tests
    expect(retries).toEqual({
      seconds: retry?.duration,
      share: expect.any(Number),
      commands: 1,
      tests: 2,
      suites: [{ suite: 'unit', seconds: retry?.duration, commands: 1, tests: 2 }],
    });
    const total = runs.suites.reduce((sum, suite) => sum + suite.duration, 0);
    expect(retries?.share).toBeCloseTo((retry?.duration ?? 0) / total, 6);

    const report = { ...failingReport(), retryTime: retries };
    report.suites = [{ ...(report.suites[0] as Report['suites'][number]), name: 'unit' }];
    const comment = renderComment(report);
    expect(comment).toMatch(/took [^·]+ \(retries \d/);
    expect(comment).toContain('of it retries');
    expect(comment).toMatch(/Retrying 2 tests \(1 rerun command\) added [\d.]+m?s, \d+(\.\d)?% of the suites' time\./);
    expect(renderSummary(report)).toMatch(/\(retries \d/);
    expect(renderTerminal(report, { color: false })).toMatch(/Retrying 2 tests \(1 rerun command\) added/);
    // mode comment (workflow_run) validates the uploaded report.json: the retries survive it
    expect(checkUploadedReport(JSON.parse(JSON.stringify(report)), 'report.json').retryTime).toEqual(retries);
  });

  it('retries a runner made inside one command count their own attempts; repeats and green runs count nothing', () => {
    const suite = (tests: SuiteRun['tests'], kinds: Array<'initial' | 'retry' | 'repeat'> = ['initial']): SuiteRun =>
      ({
        name: 'py',
        selected: true,
        reasons: [],
        status: 'passed',
        duration: 20,
        exitCode: 0,
        attempts: kinds.map((kind, index) => ({
          index,
          kind,
          command: 'pytest',
          exitCode: 0,
          timedOut: false,
          duration: 10,
          reportFiles: [],
        })),
        tests,
        totals: { tests: tests.length, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 },
        problems: [],
      }) as unknown as SuiteRun;
    const test = (durations: Array<[number, number]>) => ({
      id: 't',
      suite: 'py',
      name: 't',
      status: 'passed' as const,
      flaky: true,
      duration: 0,
      attempts: durations.map(([run, duration], index) => ({
        status: index === 0 ? ('failed' as const) : ('passed' as const),
        duration,
        run,
      })),
    });
    const runs = (suites: SuiteRun[]) => ({ version: 1 as const, startedAt: '', finishedAt: '', cancelled: false, seed: '1', suites });
    // pytest --reruns 2: three attempts in one command; the two reruns took 2 + 3 seconds
    expect(
      retryTime(
        runs([
          suite([
            test([
              [0, 1],
              [0, 2],
              [0, 3],
            ]),
          ]),
        ]),
      ),
    ).toMatchObject({ seconds: 5, commands: 0, tests: 1, share: 0.25 });
    // a repeat is not a retry
    expect(
      retryTime(
        runs([
          suite(
            [
              test([
                [0, 1],
                [1, 1],
              ]),
            ],
            ['initial', 'repeat'],
          ),
        ]),
      ),
    ).toBeUndefined();
    expect(retryTime(runs([suite([test([[0, 1]])])]))).toBeUndefined();
  });
});
