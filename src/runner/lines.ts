/** Turning byte chunks into lines of bounded length, and keeping the last N lines of a log. */

/** Lines longer than this are cut (the whole output is still in the suite's output file). */
export const MAX_LINE_BYTES = 64 * 1024;

/**
 * Splits a byte stream into lines (without their end-of-line), handling chunks that cut a line or
 * a UTF-8 character. A line longer than `maxBytes` keeps its first `maxBytes` bytes and says how
 * many were cut, so memory stays flat whatever the output (a 200 MB line holds 64 KB at a time).
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private cut = 0;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxBytes = MAX_LINE_BYTES,
  ) {}

  push(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (;;) {
      const newline = bytes.indexOf(10, start);
      if (newline === -1) {
        this.append(bytes.subarray(start));
        return;
      }
      this.append(bytes.subarray(start, newline));
      this.emit();
      start = newline + 1;
    }
  }

  /** Emit a last line that had no newline. */
  end(): void {
    if (this.size > 0 || this.cut > 0) this.emit();
  }

  private append(piece: Buffer): void {
    if (piece.length === 0) return;
    const room = this.maxBytes - this.size;
    if (piece.length <= room) {
      // a copy: the chunk it came from must not stay alive for the sake of a short line
      this.parts.push(Buffer.from(piece));
      this.size += piece.length;
      return;
    }
    if (room > 0) {
      this.parts.push(Buffer.from(piece.subarray(0, room)));
      this.size += room;
    }
    this.cut += piece.length - Math.max(0, room);
  }

  private emit(): void {
    let bytes = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts, this.size);
    if (this.cut > 0) {
      // do not end on half a UTF-8 character
      let lead = bytes.length - 1;
      while (lead > 0 && bytes.length - lead < 4 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
      const first = bytes[lead] ?? 0;
      const needed = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
      if (bytes.length - lead < needed) {
        this.cut += bytes.length - lead;
        bytes = bytes.subarray(0, lead);
      }
    } else if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    const text = bytes.toString('utf8');
    this.onLine(this.cut > 0 ? `${text} … [line cut: ${this.cut} more bytes]` : text);
    this.parts = [];
    this.size = 0;
    this.cut = 0;
  }
}

/** A ring of the most recent lines. */
export class LineTail {
  private readonly lines: string[] = [];
  private start = 0;

  constructor(private readonly limit: number) {}

  push(line: string): void {
    if (this.limit <= 0) return;
    if (this.lines.length < this.limit) this.lines.push(line);
    else {
      this.lines[this.start] = line;
      this.start = (this.start + 1) % this.limit;
    }
  }

  get(): string[] {
    return [...this.lines.slice(this.start), ...this.lines.slice(0, this.start)];
  }
}
