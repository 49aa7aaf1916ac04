/**
 * Runs a composite action.yml the way the Actions runner does, offline: parse with
 * @actions/workflow-parser, evaluate `${{ }}` with @actions/expressions, then for each step decide
 * `if:` against the job status, run `run:` steps as real bash processes (spawned asynchronously, so
 * in-process stand-in servers keep serving) and `uses: actions/cache/restore|save` with the real
 * @actions/cache library in-process. Outputs come back from GITHUB_OUTPUT, annotations/masks from
 * stdout commands, the summary from GITHUB_STEP_SUMMARY.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreCache, saveCache } from '@actions/cache';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { type ActionTemplate, convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { CacheServer } from '../cache-server/server.js';
import { withEnv } from '../cache-server/with-env.js';
import { type Annotation, type CommandSink, commandReader, emptySink, mask, parseCommandFile, shownByGitHub } from './commands.js';
import type { EventSpec } from './events.js';
import { type ExpressionEnvironment, evaluate, evaluateString, type JobStatus, truthy } from './expressions.js';

export interface RunActionOptions {
  /** directory holding action.yml (GITHUB_ACTION_PATH) */
  actionPath: string;
  /** the checked-out repository (GITHUB_WORKSPACE, default working directory) */
  workspace: string;
  /** owner/name */
  repository: string;
  event: EventSpec;
  /** the `with:` of the workflow step; missing inputs get their defaults */
  inputs?: Record<string, string>;
  /** github.token (the job's GITHUB_TOKEN) */
  token: string;
  /** GITHUB_API_URL: the REST stand-in */
  apiUrl: string;
  serverUrl?: string;
  /** the cache stand-in used by `uses: actions/cache/*`; without it those steps fail as on a runner with no cache service */
  cache?: CacheServer;
  runId?: number;
  runAttempt?: number;
  /**
   * RUNNER_TEMP, used as given. By default one fixed path per process, emptied before every run: a
   * fresh machine each time, but at the same path, as on hosted runners — cache versions hash the
   * paths, so `${{ runner.temp }}/x` must name the same path in the saving and the restoring job.
   */
  runnerTemp?: string;
  /** extra variables for every process (e.g. PATH tweaks) */
  env?: Record<string, string>;
  /** per-step time limit in ms (default 120 000) */
  stepTimeoutMs?: number;
}

export type Outcome = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepResult {
  id: string;
  name: string;
  outcome: Outcome;
  conclusion: Outcome;
  outputs: Record<string, string>;
  exitCode?: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface ActionRun {
  status: JobStatus;
  steps: StepResult[];
  step(id: string): StepResult;
  /** the action's outputs, evaluated after the last step */
  outputs: Record<string, string>;
  /** every annotation the steps wrote */
  annotations: Annotation[];
  /** the ones GitHub would show (10 per level from the action's step, 50 a job); the rest it drops */
  shownAnnotations: Annotation[];
  masks: string[];
  groups: string[];
  /** everything written to GITHUB_STEP_SUMMARY */
  summary: string;
  /** the job log as shown by a runner (commands removed, masks applied) */
  log: string;
  runnerTemp: string;
}

export class ActionFileError extends Error {}

/** what one step may write to GITHUB_STEP_SUMMARY before the runner drops it: 1 MiB */
export const SUMMARY_LIMIT = 1024 * 1024;

interface LoadedAction {
  template: ActionTemplate;
  /** per step index: the raw `with`, `shell`, `working-directory` tokens (convertActionTemplate drops them) */
  raw: { with?: MappingToken; shell?: TemplateToken; workingDirectory?: TemplateToken }[];
}

function mappingGet(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !('get' in token)) return undefined;
  const mapping = token as unknown as MappingToken;
  for (let i = 0; i < mapping.count; i++) {
    const pair = mapping.get(i);
    if (pair.key.toString() === key) return pair.value;
  }
  return undefined;
}

export function loadAction(actionPath: string): LoadedAction {
  const file = join(actionPath, 'action.yml');
  const parsed = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length || !parsed.value) throw new ActionFileError(`${file}: ${errors.map((e) => e.message).join('; ') || 'empty document'}`);
  const template = convertActionTemplate(parsed.context, parsed.value);
  if (template.runs.using !== 'composite')
    throw new ActionFileError(`${file}: the harness runs composite actions, not ${template.runs.using}`);
  const stepsToken = mappingGet(mappingGet(parsed.value, 'runs'), 'steps') as unknown as
    | { count: number; get(i: number): TemplateToken }
    | undefined;
  const raw: LoadedAction['raw'] = [];
  for (let i = 0; i < (stepsToken?.count ?? 0); i++) {
    const step = stepsToken?.get(i);
    const entry: LoadedAction['raw'][number] = {};
    const withToken = mappingGet(step, 'with');
    if (withToken) entry.with = withToken as unknown as MappingToken;
    const shell = mappingGet(step, 'shell');
    if (shell) entry.shell = shell;
    const workingDirectory = mappingGet(step, 'working-directory');
    if (workingDirectory) entry.workingDirectory = workingDirectory;
    raw.push(entry);
  }
  return { template, raw };
}

/** a scalar token's value: an expression is evaluated, a literal is taken as is */
function tokenValue(token: TemplateToken | undefined, env: ExpressionEnvironment): string {
  if (!token) return '';
  const expression = (token as unknown as { expression?: string }).expression;
  if (typeof expression === 'string') return evaluateString(expression, env);
  const value = (token as unknown as { value?: unknown }).value;
  return value === undefined || value === null ? '' : String(value);
}

function mappingValues(token: MappingToken | undefined, env: ExpressionEnvironment): Record<string, string> {
  const out: Record<string, string> = {};
  if (!token) return out;
  for (let i = 0; i < token.count; i++) {
    const pair = token.get(i);
    out[pair.key.toString()] = tokenValue(pair.value, env);
  }
  return out;
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

async function spawnStep(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number; onLine: (line: string) => void },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) options.onLine(part.replace(/\r$/, ''));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending) options.onLine(pending);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Captures what an in-process library writes to stdout (its ::commands) during `run`. */
async function captureStdout<T>(onLine: (line: string) => void, run: () => Promise<T>): Promise<{ value: T; text: string }> {
  const original = process.stdout.write.bind(process.stdout);
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    const value = await run();
    return { value, text };
  } finally {
    process.stdout.write = original;
    for (const line of text.split('\n')) if (line) onLine(line);
  }
}

interface StepRunContext {
  stepEnv: Record<string, string>;
  cacheEnv: Record<string, string>;
  processEnv: Record<string, string>;
  withInputs: Record<string, string>;
  onLine: (line: string) => void;
  options: RunActionOptions;
}

/** `uses: actions/cache/restore@…` / `save@…` with the real library, as the action would call it */
async function runCacheAction(
  kind: 'restore' | 'save',
  ctx: StepRunContext,
): Promise<{ ok: boolean; outputs: Record<string, string>; stdout: string }> {
  const paths = lines(ctx.withInputs.path ?? '');
  const key = ctx.withInputs.key ?? '';
  const env = { ...ctx.processEnv, ACTIONS_RESULTS_URL: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ...ctx.cacheEnv };
  const outputs: Record<string, string> = {};
  const { value: ok, text } = await captureStdout(ctx.onLine, () =>
    withEnv(env, async () => {
      const say = (line: string) => process.stdout.write(`${line}\n`);
      if (!paths.length || !key) {
        say(`::error::Input required and not supplied: ${!paths.length ? 'path' : 'key'}`);
        return false;
      }
      if (!ctx.options.cache) {
        say('::error::Cache service is not available (no ACTIONS_RESULTS_URL)');
        return false;
      }
      try {
        if (kind === 'restore') {
          const restoreKeys = lines(ctx.withInputs['restore-keys'] ?? '');
          const matched = await restoreCache(paths, key, restoreKeys, { lookupOnly: ctx.withInputs['lookup-only'] === 'true' });
          // as actions/cache/restore does: the primary key always; cache-hit and the matched key only
          // when something was restored (a miss leaves cache-hit unset, not 'false')
          outputs['cache-primary-key'] = key;
          if (matched) {
            outputs['cache-hit'] = String(matched.toLowerCase() === key.toLowerCase());
            outputs['cache-matched-key'] = matched;
          }
          if (!matched) {
            if (ctx.withInputs['fail-on-cache-miss'] === 'true') {
              say(`::error::Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${key}`);
              return false;
            }
            say(`Cache not found for input keys: ${[key, ...restoreKeys].join(', ')}`);
          } else {
            say(`Cache restored from key: ${matched}`);
          }
        } else {
          const id = await saveCache(paths, key);
          if (id !== -1) say(`Cache saved with key: ${key}`);
        }
        return true;
      } catch (error) {
        say(`::error::${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    }),
  );
  return { ok, outputs, stdout: text };
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { template, raw } = loadAction(options.actionPath);
  const runnerTemp = options.runnerTemp ?? join(tmpdir(), `offline-runner-${process.pid}`, '_temp');
  if (!options.runnerTemp) rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  const files = mkdtempSync(join(runnerTemp, '_runner_file_commands-'));
  const eventPath = join(files, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event.payload, null, 2));
  // each step writes its own summary file; the runner keeps those of at most 1 MiB
  const summaries: string[] = [];
  const owner = options.repository.split('/')[0] ?? '';
  const runId = options.runId ?? 1000;
  const runAttempt = options.runAttempt ?? 1;
  const serverUrl = options.serverUrl ?? 'https://github.com';
  // GitHub names a PR's ref `<n>/merge`
  const refName = options.event.ref.replace(/^refs\/(heads|tags|pull)\//, '');
  const cacheJob = {
    ref: options.event.ref,
    defaultBranch: String((options.event.payload.repository as { default_branch?: string })?.default_branch ?? 'main'),
    ...(options.event.baseRef ? { baseRef: options.event.baseRef } : {}),
  };

  const runnerEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tmpdir(),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTION_PATH: options.actionPath,
    GITHUB_ACTION_REPOSITORY: 'testops/testops',
    GITHUB_ACTOR: 'dev',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'test',
    GITHUB_REF: options.event.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: options.event.headRef,
    GITHUB_BASE_REF: options.event.baseRef,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_NUMBER: String(runId % 1000),
    GITHUB_RUN_ATTEMPT: String(runAttempt),
    GITHUB_SHA: options.event.sha,
    GITHUB_WORKFLOW: 'test',
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'offline-runner',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, '_tool'),
    ...(options.env ?? {}),
  };
  // the runner hands the cache service's URL and token to JavaScript actions only, never to run:
  // steps (a run: step calling @actions/cache fails on a real runner, so it must fail here too)
  const cacheEnv: Record<string, string> = options.cache ? options.cache.env(cacheJob) : {};

  const inputs: Record<string, string> = {};
  const sink: CommandSink = emptySink();
  sink.masks.push(options.token);
  const stepsContext: Record<string, { outputs: Record<string, string>; outcome: Outcome; conclusion: Outcome }> = {};
  let jobStatus: JobStatus = 'success';
  let exportedEnv: Record<string, string> = {};
  const github = {
    token: options.token,
    repository: options.repository,
    repository_owner: owner,
    event_name: options.event.name,
    event: options.event.payload,
    sha: options.event.sha,
    ref: options.event.ref,
    ref_name: refName,
    ref_type: 'branch',
    head_ref: options.event.headRef,
    base_ref: options.event.baseRef,
    run_id: String(runId),
    run_number: String(runId % 1000),
    run_attempt: String(runAttempt),
    actor: 'dev',
    workflow: 'test',
    job: 'test',
    action: '__run',
    action_path: options.actionPath,
    workspace: options.workspace,
    api_url: options.apiUrl,
    server_url: serverUrl,
    graphql_url: `${options.apiUrl}/graphql`,
  };
  const environment = (): ExpressionEnvironment => ({
    contexts: {
      github,
      inputs,
      steps: stepsContext,
      runner: { os: 'Linux', arch: 'X64', name: 'offline-runner', temp: runnerTemp, tool_cache: runnerEnv.RUNNER_TOOL_CACHE },
      env: { ...exportedEnv },
      job: { status: jobStatus },
      strategy: {},
      matrix: {},
    },
    jobStatus,
    workspace: options.workspace,
  });

  for (const input of template.inputs ?? []) {
    inputs[input.id] = options.inputs?.[input.id] ?? tokenValue(input.default, environment());
  }
  for (const given of Object.keys(options.inputs ?? {})) {
    if (!(template.inputs ?? []).some((input) => input.id === given))
      throw new ActionFileError(`input ${given} is not declared in action.yml`);
  }

  const results: StepResult[] = [];
  const steps = template.runs.using === 'composite' ? template.runs.steps : [];
  for (const [index, step] of steps.entries()) {
    const rawStep = raw[index] ?? {};
    const id = step.id;
    const stepName = step.name ? tokenValue(step.name, environment()) : id;
    const condition = 'if' in step && step.if ? (step.if as unknown as { expression: string }).expression : 'success()';
    const started = Date.now();
    const record = (result: Omit<StepResult, 'durationMs' | 'conclusion'>, continueOnError: boolean) => {
      const conclusion: Outcome = result.outcome === 'failure' && continueOnError ? 'success' : result.outcome;
      const full: StepResult = { ...result, conclusion, durationMs: Date.now() - started };
      results.push(full);
      stepsContext[id] = { outputs: full.outputs, outcome: full.outcome, conclusion };
      if (conclusion === 'failure') jobStatus = 'failure';
    };
    if (!truthy(evaluate(condition, environment()))) {
      record({ id, name: stepName, outcome: 'skipped', outputs: {}, stdout: '', stderr: '' }, false);
      continue;
    }
    const continueOnErrorValue = step['continue-on-error'];
    const continueOnError =
      typeof continueOnErrorValue === 'boolean'
        ? continueOnErrorValue
        : continueOnErrorValue
          ? tokenValue(continueOnErrorValue, environment()) === 'true'
          : false;
    const stepEnv = 'env' in step && step.env ? mappingValues(step.env, environment()) : {};
    const outputFile = join(files, `output_${index}`);
    const envFile = join(files, `env_${index}`);
    writeFileSync(outputFile, '');
    writeFileSync(envFile, '');
    const summaryFile = join(files, `summary_${index}`);
    writeFileSync(summaryFile, '');
    const processEnv = {
      ...runnerEnv,
      ...exportedEnv,
      ...stepEnv,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_ENV: envFile,
      GITHUB_STATE: join(files, `state_${index}`),
      GITHUB_PATH: join(files, `path_${index}`),
    };
    const onLine = commandReader(sink, id);
    sink.log.push(`── ${stepName}`);

    if ('uses' in step) {
      const uses = String((step.uses as unknown as { value: string }).value);
      const kind = /^actions\/cache\/(restore|save)@/.exec(uses)?.[1] as 'restore' | 'save' | undefined;
      if (!kind) throw new ActionFileError(`step ${id}: the harness cannot run uses: ${uses}`);
      const withInputs = mappingValues(rawStep.with, environment());
      const result = await runCacheAction(kind, { stepEnv, cacheEnv, processEnv, withInputs, onLine, options });
      record(
        {
          id,
          name: stepName,
          outcome: result.ok ? 'success' : 'failure',
          outputs: result.ok ? result.outputs : {},
          stdout: result.stdout,
          stderr: '',
        },
        continueOnError,
      );
      continue;
    }

    const script = tokenValue((step as { run: TemplateToken }).run as unknown as TemplateToken, environment());
    const shell = rawStep.shell ? tokenValue(rawStep.shell, environment()) : '';
    if (shell !== 'bash') throw new ActionFileError(`step ${id}: composite run steps need shell: bash here (got ${JSON.stringify(shell)})`);
    const cwd = rawStep.workingDirectory ? join(options.workspace, tokenValue(rawStep.workingDirectory, environment())) : options.workspace;
    const scriptPath = join(files, `step_${index}.sh`);
    writeFileSync(scriptPath, script);
    const { exitCode, stdout, stderr } = await spawnStep('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptPath], {
      cwd,
      env: processEnv,
      timeoutMs: options.stepTimeoutMs ?? 120_000,
      onLine,
    });
    for (const line of stderr.split('\n')) if (line) sink.log.push(mask(line, sink.masks));
    const outputs = parseCommandFile(readFileSync(outputFile, 'utf8'), `${id}: GITHUB_OUTPUT`);
    exportedEnv = { ...exportedEnv, ...parseCommandFile(readFileSync(envFile, 'utf8'), `${id}: GITHUB_ENV`) };
    // GITHUB_PATH: each line is prepended to PATH for the later steps
    const added = readFileSync(processEnv.GITHUB_PATH, { encoding: 'utf8', flag: 'a+' })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (added.length) runnerEnv.PATH = [...added.reverse(), runnerEnv.PATH].join(':');
    if (exitCode !== 0) sink.log.push(`Error: Process completed with exit code ${exitCode}.`);
    const stepSummary = readFileSync(summaryFile);
    if (stepSummary.length > SUMMARY_LIMIT) {
      sink.annotations.push({
        level: 'error',
        message: `GITHUB_STEP_SUMMARY of step ${id} not kept: ${Math.ceil(stepSummary.length / 1024)}k is over the 1024k a step may write`,
        step: id,
      });
    } else if (stepSummary.length) {
      summaries.push(stepSummary.toString('utf8'));
    }
    record({ id, name: stepName, outcome: exitCode === 0 ? 'success' : 'failure', outputs, exitCode, stdout, stderr }, continueOnError);
  }

  const outputs: Record<string, string> = {};
  for (const output of template.outputs ?? []) outputs[output.id] = tokenValue(output.value, environment());
  const summary = summaries.join('');
  appendFileSync(join(files, 'log.txt'), sink.log.join('\n'));
  return {
    status: jobStatus,
    steps: results,
    step: (stepId) => {
      const found = results.find((result) => result.id === stepId);
      if (!found) throw new Error(`no step ${stepId}; steps: ${results.map((r) => r.id).join(', ')}`);
      return found;
    },
    outputs,
    annotations: sink.annotations,
    shownAnnotations: shownByGitHub(sink.annotations),
    masks: sink.masks,
    groups: sink.groups,
    summary,
    log: sink.log.join('\n'),
    runnerTemp,
  };
}
