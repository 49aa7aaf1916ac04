/**
 * The report core's shape: buildReport's report is never changed afterwards (it is deep-frozen
 * here and then published), planEffects is pure (the same report and context give exactly the
 * same effects), and the executors return what happened, merged into a new final report that is
 * written once. The Action's executor runs against the GitHub stand-in, the CLI's into a temp dir.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import type { EventInfo, Plan, Report, RunsFile } from '../../src/model.js';
import { type EffectContext, finalReport, planCommentEffects, planEffects } from '../../src/pipeline/effects.js';
import { actionExecutor, applyEffects, cliExecutor } from '../../src/pipeline/execute.js';
import { pathsUnder } from '../../src/pipeline/paths.js';
import { buildReport, readReportFacts } from '../../src/pipeline/report.js';
import type { Clock } from '../../src/util/clock.js';
import { memoryLog } from '../../src/util/log.js';
import { runsFile, suiteRun, testCase } from '../flaky/helpers.js';
import { useGitHubServer } from '../github-server/vitest.js';
import { cleanTempDirs, makeConfig, makePlan, tempDir } from '../runner/helpers.js';

afterAll(cleanTempDirs);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const HEAD = 'a'.repeat(40);
const prEvent = (overrides: Partial<EventInfo> = {}): EventInfo => ({
  name: 'pull_request',
  repo: { owner: 'acme', repo: 'app' },
  branch: 'feature',
  baseRef: 'main',
  defaultBranch: 'main',
  headSha: HEAD,
  prHeadSha: HEAD,
  prNumber: 7,
  isDefaultBranch: false,
  isFork: false,
  runId: '9000',
  runAttempt: 1,
  serverUrl: 'https://github.com',
  ...overrides,
});

/** The effects on the final report, every environment alike: report.json, comment.md, summary.md, then the rest. */
const FINAL = ['file', 'file', 'file', 'job-summary', 'annotations', 'record', 'history-append'];

const config = makeConfig({ suites: { unit: { command: 'true' } } });

/** A built report of one run with a flaky test and a failing one, and what planEffects needs besides it. */
async function built(event: EventInfo) {
  const dir = tempDir('testops-effects-');
  const plan: Plan = { ...makePlan(config, dir), event };
  const runs: RunsFile = runsFile([
    suiteRun('unit', [testCase('saves the draft', 'fp', { message: 'timed out' }), testCase('adds', 'ff'), testCase('subtracts', 'p')]),
  ]);
  const paths = pathsUnder(join(dir, 'out'), join(dir, 'baseline'));
  const clock: Clock = { now: () => new Date('2026-03-01T12:00:00Z'), monotonic: () => 0 };
  const facts = await readReportFacts({ plan, runs, config, baselineDir: paths.baseline, clock });
  const input = deepFreeze({ plan, runs, config, ...facts });
  const { report, baseline, scopes } = buildReport(input);
  const context = (overrides: Partial<EffectContext> = {}): EffectContext => ({
    repoRoot: dir,
    plan,
    runs,
    config,
    configPath: '.github/testops.yml',
    baseline,
    scopes,
    now: clock.now().toISOString(),
    paths,
    recordDir: join(dir, 'out', 'out'),
    github: true,
    commentMode: 'always',
    checkRun: 'false',
    updateBaseline: false,
    failOnGates: true,
    outputs: true,
    ...overrides,
  });
  return { report: deepFreeze(report), context, paths, dir, input };
}

describe('buildReport', () => {
  it('is pure: from frozen facts, the same report every time; nothing read, nothing changed', async () => {
    const { report, input } = await built(prEvent());
    expect(buildReport(input).report).toEqual(report);
    expect(report.createdAt).toBe('2026-03-01T12:00:00.000Z');
    expect(report.flaky.map((entry) => entry.name)).toContain('saves the draft');
  }, 60_000);
});

describe('planEffects', () => {
  it('is pure: a frozen report and context give the same effects every time, in the order they apply', async () => {
    const { report, context } = await built(prEvent());
    const frozen = deepFreeze(context());
    const first = planEffects(report, frozen);
    expect(planEffects(report, frozen)).toEqual(first);
    expect(first.map((effect) => effect.kind)).toEqual(['flaky-issues', 'comment', ...FINAL, 'verdict-log', 'outputs']);
    expect(first.find((effect) => effect.kind === 'comment')).toEqual({
      kind: 'comment',
      action: 'upsert',
      repo: { owner: 'acme', repo: 'app' },
      pr: 7,
      mode: 'always',
      failed: true,
      comment: { summaryUrl: 'https://github.com/acme/app/actions/runs/9000' },
    });
    // report.json is written once, after every GitHub effect
    const files = first.flatMap((effect) => (effect.kind === 'file' ? [effect.content] : []));
    expect(files).toEqual(['report.json', 'comment.md', 'summary.md']);
    expect(first.findIndex((effect) => effect.kind === 'file')).toBeGreaterThan(first.findIndex((effect) => effect.kind === 'comment'));
    expect(first.find((effect) => effect.kind === 'verdict-log')).toMatchObject({
      level: 'error',
      message: expect.stringContaining('testops: 3 gates failed'),
    });
    expect(first.find((effect) => effect.kind === 'outputs')).toEqual({
      kind: 'outputs',
      values: { conclusion: 'failure', report: context().paths.report, 'cache-key': 'k' },
    });
  }, 60_000);

  it('comment-mode off deletes the comment; a check-run setting adds the check run; fail-on-gates false warns', async () => {
    const { report, context } = await built(prEvent());
    const effects = planEffects(report, context({ commentMode: 'off', checkRun: 'true', commentId: 'e2e', failOnGates: false }));
    expect(effects.find((effect) => effect.kind === 'comment')).toMatchObject({
      action: 'delete',
      mode: 'off',
      comment: { commentId: 'e2e' },
    });
    expect(effects.find((effect) => effect.kind === 'check-run')).toEqual({
      kind: 'check-run',
      setting: 'true',
      configPath: '.github/testops.yml',
      changedFiles: [],
      readOnly: false,
      commentId: 'e2e',
    });
    expect(effects.find((effect) => effect.kind === 'verdict-log')).toMatchObject({ level: 'warning' });
  }, 60_000);

  it('a fork PR writes nothing to GitHub but a read-only check run attempt; the report says so', async () => {
    const { report, context } = await built(prEvent({ isFork: true }));
    const kinds = planEffects(report, context({ checkRun: 'auto' })).map((effect) => effect.kind);
    expect(kinds).not.toContain('comment');
    expect(kinds).not.toContain('flaky-issues');
    expect(planEffects(report, context({ checkRun: 'auto' })).find((effect) => effect.kind === 'check-run')).toMatchObject({
      readOnly: true,
    });
    expect(report.problems.map((problem) => problem.message)).toContain(
      'fork PR: the token is read-only, so the report goes to the job summary and report.json only',
    );
  }, 60_000);

  it('a default-branch push writes the baseline it computed; without a token, no GitHub effects', async () => {
    const { report, context, paths } = await built(prEvent({ name: 'push', prNumber: undefined, branch: 'main', isDefaultBranch: true }));
    const effects = planEffects(report, context({ github: false, updateBaseline: true }));
    expect(effects.map((effect) => effect.kind)).not.toContain('flaky-issues');
    const write = effects.find((effect) => effect.kind === 'baseline-write');
    expect(write).toMatchObject({ dir: paths.baseline, baseline: { provenance: { commit: HEAD, branch: 'main', runId: '9000' } } });
  }, 60_000);

  it('mode comment: the comment and the check run on the trusted PR, or only the outputs when there is none', () => {
    const report = { conclusion: 'bogus', event: prEvent() } as unknown as Report;
    expect(planCommentEffects(report, { pr: 7, commentMode: 'on-failure', checkRun: 'auto', configPath: 'c.yml' })).toEqual([
      { kind: 'comment', action: 'upsert', repo: { owner: 'acme', repo: 'app' }, pr: 7, mode: 'on-failure', failed: true, comment: {} },
      { kind: 'check-run', setting: 'auto', configPath: 'c.yml', changedFiles: [], readOnly: false },
      { kind: 'outputs', values: { conclusion: 'bogus' } },
    ]);
    expect(planCommentEffects(report, { commentMode: 'always', checkRun: 'auto', configPath: 'c.yml' })).toEqual([
      { kind: 'outputs', values: { conclusion: 'bogus' } },
    ]);
  });
});

describe('finalReport', () => {
  it('is a new report with the outcome merged in; the built one is untouched', async () => {
    const { report } = await built(prEvent());
    const entry = report.flaky[0];
    if (!entry) throw new Error('expected a flaky entry');
    const merged = finalReport(report, {
      problems: [{ kind: 'github', message: 'PR comment not posted: HTTP 500' }],
      issueLinks: { [entry.id]: { number: 3, url: 'https://github.com/acme/app/issues/3' } },
      baselineUpdated: false,
    });
    expect(merged).not.toBe(report);
    expect(merged.flaky[0]).toMatchObject({ issueNumber: 3, issueUrl: 'https://github.com/acme/app/issues/3' });
    expect(merged.problems.at(-1)?.message).toBe('PR comment not posted: HTTP 500');
    expect(report.flaky[0]?.issueNumber).toBeUndefined();
  }, 60_000);
});

describe('executors', () => {
  const stand = useGitHubServer((server) => {
    server.state.addUser({ login: 'testops-bot', token: 'personal-token' });
    server.state.addRepo({ owner: 'acme', name: 'app' });
  });

  it('the Action: a frozen report is published (issue, comment, files, outputs); report.json is the final report', async () => {
    const server = stand();
    const pull = server.state.addPull('acme/app', { head: { ref: 'feature', sha: HEAD }, base: { ref: 'main', sha: 'b'.repeat(40) } });
    const { report, context, paths, dir } = await built(prEvent({ prNumber: pull.number, serverUrl: 'https://github.com' }));
    const before = JSON.stringify(report);
    const effects = planEffects(report, deepFreeze(context()));
    const outputs: Record<string, unknown> = {};
    const summaries: string[] = [];
    const log = memoryLog();
    const github = createClient({ token: 'personal-token', baseUrl: server.url, retryAfterBaseValue: 1 });
    const { report: final, outcome } = await applyEffects(
      report,
      effects,
      actionExecutor({
        github,
        log,
        jobSummary: async (markdown) => {
          summaries.push(markdown);
        },
        setOutputs: (values) => Object.assign(outputs, values),
      }),
    );
    expect(JSON.stringify(report)).toBe(before);

    const issue = [...server.state.repo('acme/app').issues.values()].find((candidate) => candidate.title.startsWith('Flaky test'));
    expect(issue?.title).toBe('Flaky test: saves the draft (unit)');
    const linked = final.flaky.find((entry) => entry.name === 'saves the draft');
    expect(linked).toMatchObject({ issueNumber: issue?.number });
    expect(outcome.issueLinks[linked?.id ?? '']?.number).toBe(issue?.number);

    // the comment and both files render the final report: the issue link is in them
    const [comment] = server.state.comments('acme/app', pull.number);
    expect(comment?.body).toContain(`#${issue?.number}`);
    expect(JSON.parse(readFileSync(paths.report, 'utf8'))).toEqual(JSON.parse(JSON.stringify(final)));
    expect(readFileSync(paths.comment, 'utf8')).toBe(comment?.body);
    expect(summaries).toHaveLength(1);
    expect(readFileSync(paths.summary, 'utf8')).toBe(summaries[0]);
    expect(outputs).toMatchObject({
      conclusion: 'failure',
      report: paths.report,
      'comment-url': `https://github.com/acme/app/pull/${pull.number}#issuecomment-${comment?.id}`,
      'baseline-updated': false,
      html: join(dir, 'out', 'out', 'report.html'),
    });
    expect(log.lines.some((line) => line.startsWith('::error::testops: 3 gates failed'))).toBe(true);
  }, 120_000);

  it('the CLI: files and the terminal only; a GitHub effect is a problem, never a request', async () => {
    const { report, context, paths } = await built(prEvent({ name: 'local', repo: undefined, prNumber: undefined }));
    const printed: string[] = [];
    const effects = planEffects(
      report,
      context({ github: false, outputs: false, terminal: { format: 'json', quiet: false, reportPath: 'r.json' } }),
    );
    expect(effects.map((effect) => effect.kind)).toEqual([...FINAL, 'verdict-log', 'terminal']);
    const executor = cliExecutor({ log: memoryLog(), stdout: (text) => printed.push(text), color: false });
    const { report: final } = await applyEffects(report, effects, executor);
    expect(JSON.parse(printed.join(''))).toEqual(JSON.parse(readFileSync(paths.report, 'utf8')));
    expect(final).toBe(report);

    const refused = await applyEffects(
      report,
      [{ kind: 'comment', action: 'upsert', repo: { owner: 'acme', repo: 'app' }, pr: 1, mode: 'always', failed: false, comment: {} }],
      executor,
    );
    expect(refused.outcome.problems).toEqual([{ kind: 'github', message: 'comment: not written from a laptop' }]);
    expect(stand().requests()).toEqual([]);
  }, 60_000);
});
