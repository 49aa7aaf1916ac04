/**
 * Finding every process a suite started, including those that left its process group (`setsid`,
 * double-forked daemons): each command runs with a random run token in its environment, which
 * every descendant inherits, and a sweep looks for live processes that carry it. Jenkins' process
 * tree killer uses the same technique (BUILD_ID / JENKINS_NODE_COOKIE). A process that clears its
 * environment escapes the sweep; the runner then still stops waiting on its pipes.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** The environment variable that marks a suite's processes. */
export const RUN_TOKEN_VAR = 'TESTOPS_RUN_TOKEN';

export function newRunToken(): string {
  return randomBytes(12).toString('hex');
}

export interface FoundProcess {
  pid: number;
  /** the command line (or the short name when the command line cannot be read), cut to 120 characters */
  command: string;
  /** its process group when found: one other than the suite's left it (setsid, a daemon) */
  group?: number;
}

/** Whether the sweep can work here (Linux's /proc). */
export const canSweep = process.platform === 'linux';

function describe(pid: number): string {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').split('\0').join(' ');
    if (cmdline) return cmdline.length > 120 ? `${cmdline.slice(0, 119)}…` : cmdline;
  } catch {}
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** State and process group from /proc/PID/stat (after the parenthesised name: state, ppid, pgrp). */
function statOf(pid: number): { live: boolean; group?: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { live: state !== 'Z' && state !== 'X', ...(group && /^\d+$/.test(group) ? { group: Number(group) } : {}) };
  } catch {
    return { live: false };
  }
}

const isLive = (pid: number) => statOf(pid).live;

/** Live processes whose environment carries the token (never this process). */
export function processesWithToken(token: string): FoundProcess[] {
  if (!canSweep) return [];
  const needle = Buffer.from(`${RUN_TOKEN_VAR}=${token}\0`);
  const found: FoundProcess[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let environ: Buffer;
    try {
      environ = readFileSync(`/proc/${pid}/environ`);
    } catch {
      continue; // gone, or another user's
    }
    if (!environ.includes(needle)) continue;
    const stat = statOf(pid);
    if (stat.live) found.push({ pid, command: describe(pid), ...(stat.group !== undefined ? { group: stat.group } : {}) });
  }
  return found;
}

function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Stop every live process that carries the token: SIGTERM, then SIGKILL after `graceMs` for
 * whatever is left. Returns the processes found (what was still running).
 */
export async function sweepToken(token: string, graceMs: number): Promise<FoundProcess[]> {
  const found = processesWithToken(token);
  if (found.length === 0) return [];
  signalAll(
    found.map((entry) => entry.pid),
    'SIGTERM',
  );
  const deadline = Date.now() + graceMs;
  let left = found;
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(50, graceMs)));
    left = left.filter((entry) => isLive(entry.pid));
  }
  // New children may have been forked meanwhile: take them too.
  const remaining = [...new Set([...left.map((entry) => entry.pid), ...processesWithToken(token).map((entry) => entry.pid)])];
  signalAll(remaining, 'SIGKILL');
  return found;
}
