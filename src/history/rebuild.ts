/**
 * When the Actions cache misses (an entry unused for 7 days is evicted), the baseline is rebuilt
 * from the data branch: the default-branch records are replayed, oldest first, through the same
 * updateBaseline the report step uses, so test histories, suite and file durations, perf windows
 * and known findings come back as they were built. Only whole records (every test) feed test
 * histories — a compacted record holds only the failures, and replaying it would make every test
 * look worse. Coverage per file comes from the newest record that has it. What the records do not
 * hold (the flaky estimator's state, git trees) starts afresh.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_FILE, updateBaseline, writeBaseline } from '../baseline/index.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Attempt, Baseline, PerfScenario, Provenance, RunsFile, SuiteRun, TestCase } from '../model.js';
import type { Log } from '../util/log.js';
import { branchSource } from './branch-store.js';
import { readHistory } from './read.js';
import type { HistoryRecord, HistoryTest } from './record.js';
import { testNaming } from '../util/id.js';
import { splitPerfSeriesKey } from '../util/series.js';

function attemptsOf(test: HistoryTest): Attempt[] {
  const count = test.attempts ?? 1;
  const failures = test.failures ?? (test.status === 'failed' || test.status === 'errored' ? 1 : 0);
  const each = (test.duration ?? 0) / count;
  const failedStatus = test.status === 'errored' ? 'errored' : 'failed';
  return Array.from({ length: count }, (_, index) => ({
    status: index < failures ? (index === count - 1 ? test.status : failedStatus) : test.status,
    duration: each,
  }));
}

function testCase(test: HistoryTest): TestCase {
  return {
    ...testNaming(test),
    status: test.status,
    attempts: attemptsOf(test),
    flaky: test.flaky === true,
    duration: test.duration ?? 0,
  };
}

/** The runs.json a record stands for, as far as updateBaseline reads it. */
export function runsFromRecord(record: HistoryRecord): RunsFile {
  const whole = record.testsKept === 'all';
  const perfBySuite = new Map<string, Map<string, PerfScenario>>();
  for (const row of record.perf) {
    const { suite, scenario } = splitPerfSeriesKey(row.series);
    const scenarios = perfBySuite.get(suite) ?? new Map<string, PerfScenario>();
    perfBySuite.set(suite, scenarios);
    const entry = scenarios.get(scenario) ?? { name: scenario, metrics: {} };
    scenarios.set(scenario, entry);
    entry.metrics[row.metric] = {
      value: row.value,
      unit: row.unit,
      biggerIsBetter: row.biggerIsBetter ?? false,
      ...(row.samples && row.samples.length > 1 ? { samples: row.samples } : {}),
    };
  }
  const fingerprints = record.security.fingerprints ?? [];
  const suites: SuiteRun[] = record.suites.map((suite, index) => ({
    name: suite.name,
    selected: suite.selected,
    reasons: [],
    ...(suite.level ? { level: suite.level as SuiteRun['level'] } : {}),
    mode: 'MOCK',
    seed: '',
    command: '',
    status: suite.status,
    exitCode: null,
    duration: suite.duration,
    ...(suite.budget !== undefined ? { budget: suite.budget } : {}),
    attempts: [],
    services: [],
    tests: whole ? record.tests.filter((test) => test.suite === suite.name).map(testCase) : [],
    totals: {
      tests: suite.tests,
      passed: 0,
      failed: suite.failed,
      errored: 0,
      skipped: suite.skipped,
      flaky: suite.flaky,
      attempts: suite.tests,
      duration: suite.duration,
    },
    perf: [...(perfBySuite.get(suite.name)?.values() ?? [])],
    // the known findings ride on the first suite: updateBaseline only needs their fingerprints
    security:
      index === 0 && record.security.fingerprints
        ? fingerprints.map((fingerprint) => ({ fingerprint }) as unknown as SuiteRun['security'][number])
        : [],
    problems: [],
  }));
  const finished = Date.parse(record.run.at);
  return {
    version: 1,
    startedAt: new Date(finished - record.run.duration * 1000).toISOString(),
    finishedAt: record.run.at,
    cancelled: false,
    seed: '',
    suites,
  };
}

const provenanceOf = (record: HistoryRecord, fallbackBranch: string): Provenance => {
  const match = /^(\d+)-(\d+)$/.exec(record.run.id);
  return {
    commit: record.run.commit,
    branch: record.run.branch ?? fallbackBranch,
    ...(match ? { runId: match[1], runAttempt: Number(match[2]) } : { runId: record.run.id }),
    createdAt: record.run.at,
    schemaVersion: 1,
  };
};

/** The baseline the default-branch records add up to; null when there is none. */
export function baselineFromRecords(records: HistoryRecord[], config: Pick<Config, 'baseline'>, defaultBranch = 'main'): Baseline | null {
  const defaultRuns = records.filter((record) => record.run.pr === undefined && !/^pull_request/.test(record.run.event));
  let baseline: Baseline | null = null;
  const limits = { historyRuns: config.baseline['history-runs'], perfSamples: config.baseline['perf-samples'] };
  for (const record of defaultRuns)
    baseline = updateBaseline(baseline, runsFromRecord(record), provenanceOf(record, defaultBranch), limits);
  if (!baseline) return null;
  // per-file coverage as counts: the newest record that has it
  const covered = [...defaultRuns].reverse().find((record) => record.coverage?.files);
  if (covered?.coverage?.files)
    baseline.coverage = {
      totals: covered.coverage.totals,
      files: Object.fromEntries(Object.entries(covered.coverage.files).map(([path, [hit, total]]) => [path, { covered: hit, total }])),
    } as Baseline['coverage'];
  else delete baseline.coverage;
  return baseline;
}

/**
 * Before the plan (or report) reads the baseline: with history.store: branch and no baseline
 * restored from the cache, rebuild it from the branch. Never fails the step: a problem is one line.
 */
export async function restoreBaselineFromHistory(input: {
  repoRoot: string;
  configPath?: string;
  baselineDir: string;
  defaultBranch?: string;
  log: Log;
}): Promise<'rebuilt' | 'present' | 'off' | 'empty' | 'failed'> {
  let config: Config;
  try {
    config = loadConfig(input.repoRoot, input.configPath).config;
  } catch {
    return 'off'; // the step itself reports the config error
  }
  if (config.history.store !== 'branch') return 'off';
  if (existsSync(join(input.baselineDir, BASELINE_FILE))) return 'present';
  try {
    const source = await branchSource({ repo: input.repoRoot, branch: config.history.branch });
    if (!source) {
      input.log.info(`testops history: no baseline in the cache and branch ${config.history.branch} does not exist yet`);
      return 'empty';
    }
    const { records, problems } = await readHistory(source);
    for (const problem of problems) input.log.warning(`testops history: left out ${problem}`);
    const baseline = baselineFromRecords(records, config, input.defaultBranch);
    if (!baseline) {
      input.log.info(`testops history: no baseline in the cache and no default-branch run on branch ${config.history.branch}`);
      return 'empty';
    }
    writeBaseline(input.baselineDir, baseline);
    const whole = records.filter((record) => record.testsKept === 'all').length;
    input.log.info(
      `testops history: no baseline in the cache; rebuilt it from branch ${config.history.branch} (${records.length} runs, ${whole} with every test; newest ${baseline.provenance.commit.slice(0, 7)} at ${baseline.provenance.createdAt})`,
    );
    return 'rebuilt';
  } catch (error) {
    input.log.warning(
      `testops history: the baseline could not be rebuilt from branch ${config.history.branch}: ${(error as Error).message.split('\n')[0]}`,
    );
    return 'failed';
  }
}
