/**
 * Running one shell command in its own process group, so that a timeout or a cancel can stop
 * everything it started (grandchildren included) with one signal to the group.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { LineSplitter } from './lines.js';
import { type FoundProcess, newRunToken, processesWithToken, RUN_TOKEN_VAR, sweepToken } from './sweep.js';

export interface GroupOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stop the group after this many milliseconds; undefined = no limit */
  timeoutMs?: number;
  /** aborting stops the group (cancel) */
  signal?: AbortSignal;
  /** milliseconds between SIGTERM and SIGKILL */
  graceMs: number;
  /** every output line, stdout and stderr, in arrival order (lines over 64 KB cut) */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** every raw output chunk, stdout and stderr, in arrival order (to keep the whole output in a file) */
  onData?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  /** the run token to mark the command's processes with (default: a new one) */
  token?: string;
}

export interface GroupResult {
  exitCode: number | null;
  /** the signal that ended the shell, if any */
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  /** set when the shell could not be started at all */
  spawnError?: string;
  durationMs: number;
  /** processes still running after the shell ended (background jobs, daemons): stopped, and named here */
  leaked: FoundProcess[];
}

/** How long to wait for the pipes to close once every process we can find is stopped. */
export const PIPE_CLOSE_WAIT_MS = 1000;

/** Send a signal to a whole process group; a group that is already gone is not an error. */
export function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
}

/**
 * Whether any live process is left in the group. A zombie does not count: it is dead, only not
 * yet reaped, and in containers whose init reaps slowly it would hold the wait for seconds.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ")"
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

/**
 * SIGTERM the group, then SIGKILL whatever is left after `graceMs`. Resolves once the group is
 * empty (or right after the SIGKILL, which cannot be refused).
 */
export async function stopGroup(pid: number | undefined, graceMs: number): Promise<void> {
  if (pid === undefined || !groupAlive(pid)) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(50, graceMs)));
    if (!groupAlive(pid)) return;
  }
  signalGroup(pid, 'SIGKILL');
}

/**
 * Start `command` under /bin/sh as the leader of a new process group, its environment marked with
 * the run token so that processes which leave the group can still be found (see sweep.ts).
 */
export function spawnGroup(command: string, cwd: string, env: NodeJS.ProcessEnv, token?: string): ChildProcess {
  return spawn('/bin/sh', ['-c', command], {
    cwd,
    env: token ? { ...env, [RUN_TOKEN_VAR]: token } : env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Stop the group and every process carrying the token; resolves with what was still running,
 * looked for before the group is signalled (else a background job in the group would die
 * unnamed before the sweep looks).
 */
export async function stopEverything(pid: number | undefined, token: string, graceMs: number): Promise<FoundProcess[]> {
  const before = processesWithToken(token);
  const [, found] = await Promise.all([stopGroup(pid, graceMs), sweepToken(token, graceMs)]);
  const seen = new Set(before.map((entry) => entry.pid));
  return [...before, ...found.filter((entry) => !seen.has(entry.pid))];
}

/** Pipe a child's output, split into lines, to `onLine`. Returns a function that flushes partial lines. */
export function forwardLines(
  child: ChildProcess,
  onLine: (line: string, stream: 'stdout' | 'stderr') => void,
  onData?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void,
): () => void {
  const out = new LineSplitter((line) => onLine(line, 'stdout'));
  const err = new LineSplitter((line) => onLine(line, 'stderr'));
  child.stdout?.on('data', (chunk: Buffer) => {
    onData?.(chunk, 'stdout');
    out.push(chunk);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    onData?.(chunk, 'stderr');
    err.push(chunk);
  });
  return () => {
    out.end();
    err.end();
  };
}

/**
 * Run a command to completion in its own process group. When the shell exits, anything it left
 * running — in its group, or anywhere with its run token (`setsid`, double forks) — is stopped
 * too, so no stray process outlives its suite. The timeout and a cancel stop the same set, and
 * the result never waits on pipes that a process we cannot find still holds open.
 */
export function runInGroup(options: GroupOptions): Promise<GroupResult> {
  const started = performance.now();
  const token = options.token ?? newRunToken();
  return new Promise((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let exit: { code: number | null; signal: string | null } | undefined;
    let child: ChildProcess;
    let leaked: FoundProcess[] = [];
    try {
      child = spawnGroup(options.command, options.cwd, options.env, token);
    } catch (error) {
      resolve({
        exitCode: null,
        signal: null,
        timedOut,
        cancelled,
        spawnError: (error as Error).message,
        durationMs: performance.now() - started,
        leaked,
      });
      return;
    }
    const flush = forwardLines(child, options.onLine ?? (() => {}), options.onData);
    let stopping: Promise<unknown> | undefined;
    /** processes a timeout or cancel stopped outside the command's group: leaked as much as those left after it exits */
    let escaped: FoundProcess[] = [];
    const stopAll = () => {
      stopping ??= stopEverything(child.pid, token, options.graceMs).then((found) => {
        escaped = found.filter((entry) => entry.group !== undefined && entry.group !== child.pid);
      });
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stopAll();
          }, options.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      stopAll();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    let finished = false;
    let closeWait: NodeJS.Timeout | undefined;
    const finish = (result: Partial<GroupResult>) => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      if (closeWait) clearTimeout(closeWait);
      options.signal?.removeEventListener('abort', onAbort);
      flush();
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        cancelled,
        durationMs: performance.now() - started,
        leaked,
        ...result,
      });
    };
    child.on('error', (error) => finish({ spawnError: error.message }));
    let closed = false;
    let swept = false;
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      if (timer) clearTimeout(timer);
      // Leftovers (background jobs, daemons) may still hold the pipes: stop them, or 'close' would
      // wait for them forever. What was still running then is named in the result.
      void (async () => {
        const [, found] = await Promise.all([stopping, stopEverything(child.pid, token, options.graceMs)]);
        const after = new Set(found.map((entry) => entry.pid));
        // After a timeout or cancel, what is still dying in the command's own group is what the
        // stop is ending (the hung test itself), not a leak; outside the group it is one.
        const stoppedByUs = timedOut || cancelled;
        const left = stoppedByUs ? found.filter((entry) => entry.group !== child.pid) : found;
        leaked = [...escaped.filter((entry) => !after.has(entry.pid)), ...left];
        swept = true;
        if (closed) return finish({});
        // A process that cleared its environment and left the group can still hold the pipes:
        // stop reading them rather than wait.
        closeWait = setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          finish({});
        }, PIPE_CLOSE_WAIT_MS);
      })();
    });
    child.on('close', () => {
      closed = true;
      if (swept) finish({});
    });
  });
}
