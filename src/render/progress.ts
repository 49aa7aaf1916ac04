/**
 * Progress on a terminal while suites run: "suite 2 of 5 · 0:12 elapsed · about 0:40 expected",
 * redrawn in place once a second on stderr, with log lines printed above it. The expected time
 * comes from the baseline's recent durations of the selected suites (their medians, summed, over
 * max-parallel); suites the baseline has never seen are named as unknown instead of guessed.
 */
import type { Baseline } from '../model.js';

export interface ProgressState {
  done: number;
  total: number;
  elapsedSeconds: number;
  /** null when no selected suite has a recorded duration */
  expectedSeconds: number | null;
  /** selected suites without a recorded duration */
  unknown: number;
}

const clock = (seconds: number) => {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
};

export function progressLine(state: ProgressState): string {
  const running = Math.min(state.done + 1, state.total);
  const position = state.done >= state.total ? `${state.total} of ${state.total} suites done` : `suite ${running} of ${state.total}`;
  const expected =
    state.expectedSeconds === null
      ? ' · no expected time yet (no baseline durations)'
      : ` · about ${clock(state.expectedSeconds)} expected${state.unknown > 0 ? ` (+${state.unknown} suite${state.unknown === 1 ? '' : 's'} never timed)` : ''}`;
  return `testops: ${position} · ${clock(state.elapsedSeconds)} elapsed${expected}`;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Expected seconds for these suites from the baseline, and how many it has no durations for. */
export function expectedDuration(
  baseline: Pick<Baseline, 'suiteDurations'> | null,
  suites: readonly string[],
  maxParallel: number,
): { seconds: number | null; unknown: number } {
  let total = 0;
  let known = 0;
  for (const suite of suites) {
    const durations = baseline?.suiteDurations[suite] ?? [];
    if (durations.length === 0) continue;
    total += median(durations);
    known++;
  }
  return { seconds: known === 0 ? null : total / Math.max(1, Math.min(maxParallel, known)), unknown: suites.length - known };
}

export class TerminalProgress {
  private done = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly started: number;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
    private readonly total: number,
    private readonly expected: { seconds: number | null; unknown: number },
  ) {
    this.started = now();
  }

  start(): void {
    this.draw();
    this.timer = setInterval(() => this.draw(), 1000);
    this.timer.unref();
  }

  suiteDone(): void {
    this.done++;
    this.draw();
  }

  /** A log line: printed above the progress line, which is drawn again below it. */
  print(line: string): void {
    this.clear();
    this.write(`${line}\n`);
    if (this.timer) this.draw();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  private clear(): void {
    if (this.shown) this.write('\r\u001b[2K');
    this.shown = false;
  }

  private draw(): void {
    this.clear();
    this.write(
      progressLine({
        done: this.done,
        total: this.total,
        elapsedSeconds: (this.now() - this.started) / 1000,
        expectedSeconds: this.expected.seconds,
        unknown: this.expected.unknown,
      }),
    );
    this.shown = true;
  }
}
