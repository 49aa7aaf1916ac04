/**
 * Per-suite output. Each suite's lines go in its own ::group::; with parallel suites they are
 * recorded and replayed when the suite ends, so two suites never interleave. Output of the
 * suite's own processes is untrusted: on GitHub Actions it is fenced with ::stop-commands:: so
 * it cannot issue workflow commands (add-mask, set-output, …).
 */
import { randomBytes } from 'node:crypto';
import type { Log } from '../util/log.js';
import { redactor } from '../util/redact.js';

type Call = { method: 'info' | 'warning' | 'error' | 'notice' | 'debug' | 'group' | 'endGroup'; args: unknown[] };

/** A Log that records calls, to replay them later into another Log. */
export function recordingLog(): Log & { replay(target: Log): void } {
  const calls: Call[] = [];
  const record =
    (method: Call['method']) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
    };
  return {
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
    notice: record('notice'),
    debug: record('debug'),
    group: record('group'),
    endGroup: record('endGroup'),
    replay(target) {
      for (const call of calls) (target[call.method] as (...args: unknown[]) => void)(...call.args);
    },
  };
}

export class SuiteOutput {
  private fenced = false;
  private readonly token = randomBytes(12).toString('hex');

  /**
   * @param log where lines go (the real log, or a recording one for a parallel suite)
   * @param fenceCommands wrap process output in ::stop-commands:: (on GitHub Actions)
   */
  constructor(
    readonly log: Log,
    private readonly fenceCommands: boolean,
  ) {}

  /** A line printed by the suite's or a service's process. */
  processLine(line: string): void {
    // the fence keeps the runner from acting on a suite's ::add-mask::, so testops masks it itself
    redactor.seeMasks(line);
    if (this.fenceCommands && !this.fenced) {
      this.log.info(`::stop-commands::${this.token}`);
      this.fenced = true;
    }
    this.log.info(line);
  }

  /** Re-enable workflow commands before our own messages. */
  private unfence(): void {
    if (!this.fenced) return;
    this.log.info(`::${this.token}::`);
    this.fenced = false;
  }

  info(message: string): void {
    this.unfence();
    this.log.info(message);
  }

  warning(message: string): void {
    this.unfence();
    this.log.warning(message);
  }

  error(message: string): void {
    this.unfence();
    this.log.error(message);
  }

  group(title: string): void {
    this.unfence();
    this.log.group(title);
  }

  endGroup(): void {
    this.unfence();
    this.log.endGroup();
  }
}
