/**
 * One attempt's output: the whole of it kept in a file, at most `limit` bytes of it shown in the
 * log (the head), then — when there was more — a note naming the file and the last lines (the
 * tail). Memory stays flat whatever the output: chunks go straight to the file, lines are cut at
 * 64 KB by the splitter, and only the tail's lines are held.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { LineTail } from './lines.js';

/** Lines shown from the end of an output that went over its limit. */
export const TAIL_LINES = 100;

export interface CaptureSummary {
  /** the file with the whole output */
  file: string;
  /** bytes the command wrote */
  bytes: number;
  /** lines not shown in the log (between the head and the tail) */
  hiddenLines: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export class OutputCapture {
  private fd: number | undefined;
  private bytes = 0;
  private shown = 0;
  private hidden = 0;
  private readonly tail = new LineTail(TAIL_LINES);

  /**
   * @param file where the whole output goes
   * @param budget shared by the suite's attempts: bytes of the log still free (mutated)
   * @param show prints one line to the log
   */
  constructor(
    readonly file: string,
    private readonly budget: { left: number },
    private readonly show: (line: string) => void,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.fd = openSync(file, 'w');
  }

  /** A raw chunk (stdout or stderr, as it came). */
  data(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.fd !== undefined) writeSync(this.fd, chunk);
  }

  /** A line of it (already cut to 64 KB). */
  line(line: string): void {
    const size = Buffer.byteLength(line) + 1;
    if (this.hidden === 0 && size <= this.budget.left) {
      this.budget.left -= size;
      this.shown += size;
      this.show(line);
      return;
    }
    if (this.hidden === 0) this.show(`… output over the log limit: the rest is in ${this.file}; its last lines follow at the end`);
    this.budget.left = 0;
    this.hidden += 1;
    this.tail.push(line);
  }

  /** Close the file; when lines were held back, show the last ones. */
  close(): CaptureSummary {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    const tail = this.tail.get();
    if (this.hidden > 0) {
      const skipped = this.hidden - tail.length;
      this.show(
        `… ${skipped > 0 ? `${skipped} line(s) not shown; ` : ''}${mb(this.bytes)} in all, kept whole in ${this.file}; the last ${tail.length} line(s):`,
      );
      for (const line of tail) this.show(line);
    }
    return { file: this.file, bytes: this.bytes, hiddenLines: Math.max(0, this.hidden - tail.length) };
  }
}
