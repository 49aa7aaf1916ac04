/**
 * What every action step shares: where files live, the event, the GitHub client, and turning
 * an error into one clear line and its exit code (src/errors.ts: 2 for a user error, 3 for a
 * testops bug, whose stack is shown only with the runner's debug logging).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { describeError, debugEnabled } from '../errors.js';
import { createClient, type GitHubClient } from '../github/client.js';
import { readEventContext } from '../github/context.js';
import type { EventInfo } from '../model.js';
import { type Paths, pathsUnder } from '../pipeline/paths.js';
import type { AnnotationRoom } from '../render/annotations.js';
import { fileLedgerStore, ledgerLog } from '../util/annotation-ledger.js';
import { actionsLog, type Log } from '../util/log.js';
import { redactor } from '../util/redact.js';
import { type ActionInputs, readActionInputs } from './inputs.js';

export interface StepContext {
  repoRoot: string;
  paths: Paths;
  event: EventInfo;
  log: Log;
  /** the action's inputs, checked (src/steps/inputs.ts) */
  inputs: ActionInputs;
  octokit(): GitHubClient | undefined;
  /** workflow-command annotations of each level this action step may still write (GitHub shows 10) */
  annotationRoom(): AnnotationRoom;
}

/** the step runStep is running: the annotation ledger tells plan, run and report apart */
let currentStep = 'step';

export function stepContext(env: NodeJS.ProcessEnv = process.env): StepContext {
  const inputs = readActionInputs(env);
  const repoRoot = env.GITHUB_WORKSPACE || process.cwd();
  const paths = pathsUnder(join(env.RUNNER_TEMP || tmpdir(), 'testops'));
  const log = ledgerLog(actionsLog(), fileLedgerStore(join(paths.root, 'annotations.json')), currentStep);
  // secrets the workflow handed this step (INPUT_GITHUB-TOKEN, API_KEY …) are hidden in all it writes
  redactor.addEnv(env);
  const event = readEventContext(env, (path) => readFileSync(path, 'utf8'));
  let client: GitHubClient | undefined | null = null;
  return {
    repoRoot,
    paths,
    event,
    log,
    inputs,
    annotationRoom: () => log.room(),
    octokit() {
      if (client === null) {
        const token = inputs['github-token'];
        // masked in every later log line, whatever token the workflow passed in
        if (token) {
          core.setSecret(token);
          redactor.add(token);
        }
        client = token ? createClient({ token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log }) : undefined;
      }
      return client;
    },
  };
}

export type SetOutputs = (outputs: Record<string, string | number | boolean | undefined>) => void;

export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) if (value !== undefined) core.setOutput(name, String(value));
}

/** Run a step body; exit with its code, or with a one-line error. */
export async function runStep(name: string, body: () => Promise<number>): Promise<void> {
  currentStep = name;
  try {
    process.exitCode = await body();
  } catch (error) {
    const described = describeError(error, `testops ${name}`);
    // one annotation per problem (a report-file with several wrong fields lists each)
    for (const line of described.line.split('\n')) core.error(redactor.text(line), { title: described.title });
    // core.debug shows only with the runner's debug logging; TESTOPS_DEBUG prints it plainly
    if (described.stack && debugEnabled()) {
      if (process.env.RUNNER_DEBUG === '1') core.debug(redactor.text(described.stack));
      else core.info(redactor.text(described.stack));
    }
    process.exitCode = described.code;
  }
}
