/**
 * Helpers for scenarios h–n on top of world.ts: events world.ts does not build (workflow_run, a
 * push on any commit with any run id), moving files out of RUNNER_TEMP the way upload-artifact /
 * download-artifact would (the harness empties RUNNER_TEMP before every run, like a fresh
 * machine), extra config files committed to the demo repository, and reading reports back.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Report, TestTotals } from '../../src/model.js';
import type { EventSpec, RepoInfo } from '../harness/events.js';
import { type ActionRun, runAction } from '../harness/runner.js';
import { actionPath } from './action-build.js';
import { explain, FULL_NAME, NAME, OWNER, WRITE_TOKEN, type World } from './world.js';

const REPO: RepoInfo = { owner: OWNER, name: NAME, defaultBranch: 'main' };

function repository(apiUrl: string) {
  return {
    id: 4242,
    node_id: 'R_stand_in',
    name: REPO.name,
    full_name: FULL_NAME,
    private: false,
    owner: { login: REPO.owner, id: 1, type: 'Organization' },
    html_url: `https://github.com/${FULL_NAME}`,
    url: `${apiUrl}/repos/${FULL_NAME}`,
    default_branch: REPO.defaultBranch,
    fork: false,
  };
}

/**
 * A `workflow_run` event (action `completed`) for a run of the testing workflow, shaped like
 * GitHub's: the job itself runs on the default branch (GITHUB_SHA = `mainSha`); `head_sha` is the
 * commit the triggering run tested. For a fork, GitHub leaves `pull_requests` empty.
 */
export function workflowRunEvent(spec: {
  apiUrl: string;
  mainSha: string;
  headSha: string;
  headBranch: string;
  forkOwner?: string;
  pullNumber?: number;
}): EventSpec {
  const base = repository(spec.apiUrl);
  const headRepository = spec.forkOwner
    ? { ...base, id: 4343, full_name: `${spec.forkOwner}/${REPO.name}`, owner: { login: spec.forkOwner, id: 2, type: 'User' }, fork: true }
    : base;
  const event = {
    name: 'workflow_run',
    sha: spec.mainSha,
    ref: `refs/heads/${REPO.defaultBranch}`,
    headRef: '',
    baseRef: '',
    payload: {
      action: 'completed',
      workflow_run: {
        id: 9001,
        name: 'test',
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        head_sha: spec.headSha,
        head_branch: spec.headBranch,
        head_repository: headRepository,
        repository: base,
        pull_requests:
          spec.forkOwner || spec.pullNumber === undefined
            ? []
            : [{ number: spec.pullNumber, head: { ref: spec.headBranch, sha: spec.headSha }, base: { ref: 'main', sha: spec.mainSha } }],
      },
      repository: base,
      sender: { login: 'dev', id: 3, type: 'User' },
    },
  };
  // the harness types list the events world.ts builds; the runner itself takes any name
  return event as unknown as EventSpec;
}

/** Runs the action for any event on the current checkout of the world's repository. */
export async function runEvent(
  world: World,
  event: EventSpec,
  options: { token?: string; runId?: number; runAttempt?: number; inputs?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runAction({
    actionPath: await actionPath(),
    workspace: world.workspace,
    repository: FULL_NAME,
    event,
    token: options.token ?? WRITE_TOKEN,
    apiUrl: world.github.url,
    cache: world.cache,
    runId: options.runId ?? 1000,
    ...(options.runAttempt ? { runAttempt: options.runAttempt } : {}),
    inputs: options.inputs ?? {},
  });
}

/** A directory outside RUNNER_TEMP that survives the next run (an artifact store); removed with the world. */
export function artifactDir(world: World, label: string): string {
  return mkdtempSync(join(dirname(world.workspace), `${label}-`));
}

/** Copies a file a run wrote under RUNNER_TEMP into `dir` (as upload + download-artifact would). */
export function keepFile(file: string | undefined, dir: string, name?: string): string {
  if (!file || !existsSync(file)) throw new Error(`expected the run to have written ${file ?? '(no path output)'}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name ?? basename(file));
  copyFileSync(file, target);
  return target;
}

/** The plan.json the plan step wrote next to runs.json ($RUNNER_TEMP/testops/plan.json). */
export function planFileOf(run: ActionRun): string {
  return join(run.runnerTemp, 'testops', 'plan.json');
}

export function readReport(path: string | undefined): Report {
  if (!path || !existsSync(path)) throw new Error(`expected report.json at ${path ?? '(no report output)'}`);
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

/** The totals two runs of the same tests must agree on (durations and attempts differ run to run). */
export function countsOf(totals: TestTotals): Pick<TestTotals, 'tests' | 'passed' | 'failed' | 'errored' | 'skipped'> {
  return { tests: totals.tests, passed: totals.passed, failed: totals.failed, errored: totals.errored, skipped: totals.skipped };
}

/** Writes files into the world's repository (creating directories) and commits them on the current branch. */
export async function commitFiles(world: World, files: Record<string, string>, message: string): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    const full = join(world.workspace, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return world.git.commitAll(message);
}

/** Fails with the job's log when a step did not end as expected. */
export function expectStep(run: ActionRun, id: string, outcome: 'success' | 'failure' | 'skipped'): void {
  expect(run.step(id).outcome, explain(run)).toBe(outcome);
}
