/**
 * Services a suite runs against (an API, a database): each started in its own process group,
 * polled until ready, its log captured to a file and a tail kept, and stopped after the suite.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ServiceConfig } from '../config/schema.js';
import type { ServiceRun } from '../model.js';
import { LineTail } from './lines.js';
import { forwardLines, spawnGroup, stopEverything } from './process.js';
import { newRunToken } from './sweep.js';
import { describeReadiness, parseReadiness, waitUntilReady } from './readiness.js';

/** How many log lines of a service are shown when the suite fails or the service dies. */
export const SERVICE_TAIL_LINES = 50;

export interface ServiceContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** where its output is written in full */
  logFile: string;
  /** milliseconds between SIGTERM and SIGKILL when stopping */
  graceMs: number;
  /** milliseconds between readiness probes */
  pollMs: number;
  signal?: AbortSignal;
}

export interface RunningService {
  readonly name: string;
  /** its process group (for faults: kill, pause) */
  readonly pid: number | undefined;
  /** resolves once ready; `ready: false` with the reason when it never became ready */
  readonly ready: Promise<{ ready: boolean; reason?: string; afterSeconds: number }>;
  /** set once the process exited on its own with a failure (non-zero code or a signal) */
  died(): string | undefined;
  /** the last lines of its output */
  tail(): string[];
  /** SIGTERM the group, SIGKILL after the grace period; resolves when its output is closed */
  stop(): Promise<void>;
  /** the record for runs.json; the log tail is included when asked (suite failed, service died) */
  record(includeTail: boolean): ServiceRun;
}

/** Start one service. Never throws: a service that cannot start reports it through `ready`. */
export function startService(config: ServiceConfig, context: ServiceContext): RunningService {
  const tail = new LineTail(SERVICE_TAIL_LINES);
  mkdirSync(dirname(context.logFile), { recursive: true });
  // Written synchronously chunk by chunk: a service that floods its output cannot fill our memory.
  let logFd: number | undefined = openSync(context.logFile, 'w');
  const token = newRunToken();
  let exit: { code: number | null; signal: string | null } | undefined;
  let spawnError: string | undefined;
  let stopping = false;
  let readyState: { ready: boolean; afterSeconds: number } = { ready: false, afterSeconds: 0 };

  const child = spawnGroup(config.command, context.cwd, context.env, token);
  const closed = new Promise<void>((resolve) => {
    child.on('close', () => resolve());
    child.on('error', (error) => {
      spawnError = error.message;
      resolve();
    });
  });
  const flush = forwardLines(
    child,
    (line) => tail.push(line),
    (chunk) => {
      if (logFd !== undefined) writeSync(logFd, chunk);
    },
  );
  child.on('exit', (code, signal) => {
    exit = { code, signal };
  });
  closed.then(() => {
    flush();
    if (logFd !== undefined) closeSync(logFd);
    logFd = undefined;
  });

  const died = (): string | undefined => {
    if (spawnError) return `could not start: ${spawnError}`;
    if (!exit || stopping) return undefined;
    // Exit 0 is a launcher that daemonised (e.g. `docker compose up -d`), not a death.
    if (exit.code === 0) return undefined;
    return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  };

  let check: ReturnType<typeof parseReadiness>;
  let ready: RunningService['ready'];
  try {
    check = parseReadiness(config.ready);
    ready = waitUntilReady(check, {
      cwd: context.cwd,
      env: context.env,
      timeoutMs: 5000,
      deadlineMs: config.timeout * 1000,
      intervalMs: context.pollMs,
      signal: context.signal,
      gaveUp: died,
    }).then((result) => {
      readyState = { ready: result.ready, afterSeconds: result.elapsedMs / 1000 };
      if (result.ready) return { ready: true, afterSeconds: result.elapsedMs / 1000 };
      const within = `within ${config.timeout}s`;
      const reason =
        result.reason === 'cancelled'
          ? 'cancelled before it was ready'
          : died()
            ? `${died()} before it was ready`
            : `did not become ready ${within} (${describeReadiness(check)}${result.reason ? `: ${result.reason}` : ''})`;
      return { ready: false, reason, afterSeconds: result.elapsedMs / 1000 };
    });
  } catch (error) {
    ready = Promise.resolve({ ready: false, reason: (error as Error).message, afterSeconds: 0 });
  }

  return {
    name: config.name,
    pid: child.pid,
    ready,
    died,
    tail: () => tail.get(),
    async stop() {
      stopping = exit === undefined ? true : stopping;
      // its group, and whatever it daemonised (found by its run token)
      await stopEverything(child.pid, token, context.graceMs);
      // A process that left the group but kept the output pipe open must not hang the run.
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
    record(includeTail) {
      const death = died();
      return {
        name: config.name,
        command: config.command,
        ready: readyState.ready,
        ...(readyState.ready ? { readyAfter: Math.round(readyState.afterSeconds * 1000) / 1000 } : {}),
        exitCode: exit?.code ?? null,
        ...(death ? { died: true } : {}),
        ...(includeTail || death ? { logTail: tail.get() } : {}),
      };
    },
  };
}
