/**
 * Service readiness: an http(s) URL answering 2xx, a tcp://host:port accepting connections, or a
 * shell command exiting 0 — polled until it succeeds, the service dies, or the time is up.
 */
import { connect } from 'node:net';
import { runInGroup } from './process.js';

export type ReadinessCheck =
  | { kind: 'http'; url: string }
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'command'; command: string }
  | { kind: 'none' };

/** Read the `ready:` field. Throws an Error with a one-line message when it is malformed. */
export function parseReadiness(ready: string | undefined): ReadinessCheck {
  if (ready === undefined || ready.trim() === '') return { kind: 'none' };
  const text = ready.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      return { kind: 'http', url: new URL(text).toString() };
    } catch {
      throw new Error(`ready: "${text}" is not a valid URL; expected e.g. http://127.0.0.1:3000/health`);
    }
  }
  if (/^tcp:\/\//i.test(text)) {
    const match = /^tcp:\/\/(\[[^\]]+\]|[^:/]+):(\d{1,5})\/?$/i.exec(text);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535)
      throw new Error(`ready: "${text}" is not a valid tcp address; expected tcp://host:port, e.g. tcp://127.0.0.1:5432`);
    return { kind: 'tcp', host: (match[1] as string).replace(/^\[|\]$/g, ''), port };
  }
  const unusable = unusableCommand(text);
  if (unusable) throw new Error(`ready: ${unusable}, got "${text}"`);
  return { kind: 'command', command: text };
}

/**
 * A `ready:` that is neither http(s) nor tcp would be run as a shell command and fail on every poll
 * until the timeout; these two shapes are surely meant as addresses, so say so up front.
 */
function unusableCommand(text: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1];
  if (scheme) return `expected an http(s):// URL, tcp://host:port or a shell command, not the scheme "${scheme}"`;
  if (/^[\w.-]+:\d{1,5}$/.test(text)) return `expected tcp://${text} or http://${text}/… (an address needs its scheme)`;
  return undefined;
}

/** For config validation: what is wrong with a `ready:` value ("expected …"), or undefined when it can be used. */
export function readinessProblem(ready: string): string | undefined {
  const text = ready.trim();
  if (/^https?:\/\//i.test(text)) return URL.canParse(text) ? undefined : 'expected a valid URL, e.g. http://127.0.0.1:3000/health';
  if (/^tcp:\/\//i.test(text)) {
    try {
      parseReadiness(text);
    } catch {
      return 'expected tcp://host:port with a port from 1 to 65535, e.g. tcp://127.0.0.1:5432';
    }
    return undefined;
  }
  return unusableCommand(text);
}

export function describeReadiness(check: ReadinessCheck): string {
  switch (check.kind) {
    case 'http':
      return check.url;
    case 'tcp':
      return `tcp://${check.host}:${check.port}`;
    case 'command':
      return `command "${check.command}"`;
    case 'none':
      return 'no readiness check';
  }
}

export interface ProbeContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** upper bound for one probe */
  timeoutMs: number;
  /** a cancel cuts a probe short */
  signal?: AbortSignal;
}

/** One attempt; resolves undefined when ready, else why not. */
export async function probe(check: ReadinessCheck, context: ProbeContext): Promise<string | undefined> {
  switch (check.kind) {
    case 'none':
      return undefined;
    case 'http':
      try {
        const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(context.timeoutMs)));
        const response = await fetch(check.url, {
          signal: context.signal ? AbortSignal.any([timeout, context.signal]) : timeout,
          redirect: 'manual',
        });
        await response.body?.cancel();
        return response.status >= 200 && response.status < 300 ? undefined : `answered HTTP ${response.status}`;
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') return `no answer within ${Math.round(context.timeoutMs) / 1000}s`;
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        return cause?.code ?? cause?.message ?? (error as Error).message;
      }
    case 'tcp':
      return new Promise((resolve) => {
        const socket = connect({ host: check.host, port: check.port });
        const done = (reason: string | undefined) => {
          socket.destroy();
          resolve(reason);
        };
        socket.setTimeout(context.timeoutMs, () => done('connection timed out'));
        socket.once('connect', () => done(undefined));
        socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
      });
    case 'command': {
      const result = await runInGroup({
        command: check.command,
        cwd: context.cwd,
        env: context.env,
        timeoutMs: context.timeoutMs,
        ...(context.signal ? { signal: context.signal } : {}),
        graceMs: 1000,
      });
      if (result.spawnError) return result.spawnError;
      if (result.timedOut) return 'the check command timed out';
      return result.exitCode === 0 ? undefined : `the check command exited with ${result.exitCode ?? result.signal}`;
    }
  }
}

export interface WaitOptions extends ProbeContext {
  /** give up after this many milliseconds overall */
  deadlineMs: number;
  intervalMs: number;
  signal?: AbortSignal;
  /** a reason to stop waiting (the service died), checked between probes */
  gaveUp?: () => string | undefined;
}

export interface WaitResult {
  ready: boolean;
  /** milliseconds spent */
  elapsedMs: number;
  /** why the last probe failed, or why waiting stopped */
  reason?: string;
}

/** Poll `check` until it passes or the deadline, a cancel or `gaveUp` ends the wait. */
export async function waitUntilReady(check: ReadinessCheck, options: WaitOptions): Promise<WaitResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let reason: string | undefined;
  for (;;) {
    const stop = options.gaveUp?.();
    if (stop) return { ready: false, elapsedMs: elapsed(), reason: stop };
    if (options.signal?.aborted) return { ready: false, elapsedMs: elapsed(), reason: 'cancelled' };
    const remaining = options.deadlineMs - elapsed();
    if (remaining <= 0) return { ready: false, elapsedMs: elapsed(), reason };
    const clipped = remaining < options.timeoutMs;
    const outcome = await probe(check, { ...options, timeoutMs: Math.max(1, Math.min(options.timeoutMs, remaining)) });
    // A last probe cut short by the deadline says less than the one before it did.
    if (!(clipped && outcome !== undefined && reason !== undefined)) reason = outcome;
    if (outcome === undefined) {
      // A service that died while the probe ran was not really ready (something else answered).
      const died = options.gaveUp?.();
      return died ? { ready: false, elapsedMs: elapsed(), reason: died } : { ready: true, elapsedMs: elapsed() };
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.intervalMs, Math.max(0, options.deadlineMs - elapsed()))));
  }
}
