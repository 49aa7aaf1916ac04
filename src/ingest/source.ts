/**
 * Reading report files as text: streaming for the XML formats, whole for the small ones. Decoding
 * is strict — a byte sequence that is not valid in the file's encoding is an error that names the
 * line and column, never a silent U+FFFD.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { pipeline, type Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { ReportError } from './errors.js';

const CHUNK = 256 * 1024;
/**
 * Bytes decoded at a time. The text pieces stay under V8's 128 KB large-object size even as
 * UTF-16, so they are young-generation garbage, freed at once; 256 KB strings would go to the
 * large-object space and pile up until a full GC (a gigabyte of them in a 1 GB report).
 */
const PIECE = 32 * 1024;

/** What the XML declaration or a BOM says about the encoding; utf-8 when nothing does. */
export function sniffEncoding(head: Uint8Array): { encoding: string; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const ascii = Buffer.from(head.subarray(0, 200)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(ascii)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      new TextDecoder(declared);
      return { encoding: declared, bomLength: 0 };
    } catch {
      // an unknown label: fall back to strict UTF-8, which reports the first bad byte
    }
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Offset of the first byte that does not start/continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, continuesPrevious = false): number {
  let i = 0;
  // a chunk may start inside a character that began in the previous chunk
  if (continuesPrevious) while (i < 3 && i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return -1; // cut by the chunk boundary: the next chunk decides
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Trailing bytes of `bytes` that start a UTF-8 character the next piece completes (0–3). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class Utf8Error extends Error {
  constructor(
    readonly index: number,
    readonly byte: number | undefined,
  ) {
    super('invalid UTF-8');
  }
}

/**
 * Strict streaming UTF-8: Node's SIMD validator and decoder (~5× faster than a fatal TextDecoder,
 * which cost 5% of a large JUnit parse). A character cut by a piece boundary waits for the next.
 */
class StrictUtf8 {
  private carry: Buffer | undefined;

  /** The text of `piece`; throws Utf8Error with the bad byte's index relative to the piece. */
  decode(piece: Buffer): string {
    const carried = this.carry?.length ?? 0;
    const bytes = this.carry ? Buffer.concat([this.carry, piece]) : piece;
    const cut = incompleteTail(bytes);
    const whole = cut > 0 ? bytes.subarray(0, bytes.length - cut) : bytes;
    this.carry = cut > 0 ? Buffer.from(bytes.subarray(bytes.length - cut)) : undefined;
    if (!isUtf8(whole)) {
      const at = Math.max(firstInvalidUtf8(whole), 0);
      throw new Utf8Error(at - carried, whole[at]);
    }
    return whole.toString('utf8');
  }

  /** Throws Utf8Error when the file ended inside a character. */
  end(): void {
    if (this.carry) throw new Utf8Error(0, undefined);
  }
}

/** The two bytes every gzip member starts with (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b];

/** Whether the file is gzip-compressed (k6 writes `--out json=x.json.gz` so); false when it cannot be read. */
export async function isGzipFile(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const magic = Buffer.alloc(2);
      const { bytesRead } = await handle.read(magic, 0, 2, 0);
      return bytesRead === 2 && magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Why a gzip-compressed file is refused by every reader but k6's --out json stream. */
export const gzipRefused = (what: string) =>
  `gzip-compressed: testops reads compressed output only from k6 --out json (k6 run --out json=results.json.gz); decompress it first (gunzip), expected ${what}`;

/** The file's bytes, decompressed when it is gzip: a stream whose errors (damaged gzip data) end the iteration. */
function byteStream(path: string, gzip: boolean, options: { highWaterMark?: number; end?: number } = {}): Readable {
  const file = createReadStream(path, options);
  return gzip ? pipeline(file, createGunzip({ chunkSize: CHUNK }), () => {}) : file;
}

/** zlib's failure as a report problem: truncated or damaged compressed data. */
function gzipError(path: string, error: unknown, decompressed: number): ReportError | undefined {
  const code = String((error as NodeJS.ErrnoException).code ?? '');
  if (!code.startsWith('Z_')) return undefined;
  return new ReportError(
    path,
    `damaged gzip data after ${decompressed} decompressed bytes: ${(error as Error).message} (a truncated or corrupt .gz file)`,
  );
}

/** 1-based line and column (in characters) of a byte offset, counted by re-reading the file. */
async function locateByte(path: string, offset: number, gzip = false): Promise<{ line: number; column: number }> {
  if (gzip) return locateGunzippedByte(path, offset);
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(offset);
    await handle.read(bytes, 0, offset, 0);
    let line = 1;
    let lineStart = 0;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: bytes.subarray(lineStart).toString('utf8').length + 1 };
  } finally {
    await handle.close();
  }
}

/** locateByte for a gzip file: the decompressed bytes are streamed up to the offset, keeping only the current line. */
async function locateGunzippedByte(path: string, offset: number): Promise<{ line: number; column: number }> {
  let line = 1;
  let seen = 0;
  let tail: Buffer[] = [];
  const stream = byteStream(path, true);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const part = chunk.subarray(0, Math.max(0, offset - seen));
      seen += chunk.length;
      const last = part.lastIndexOf(10);
      if (last >= 0) {
        for (let i = part.indexOf(10); i !== -1 && i <= last; i = part.indexOf(10, i + 1)) line++;
        tail = [part.subarray(last + 1)];
      } else tail.push(part);
      if (seen >= offset) break;
    }
  } catch {
    // the bytes up to the offset were read before; a later fault does not move the position
  } finally {
    stream.destroy();
  }
  return { line, column: Buffer.concat(tail).toString('utf8').length + 1 };
}

async function encodingError(
  path: string,
  byteOffset: number,
  encoding: string,
  byte: number | undefined,
  gzip = false,
): Promise<ReportError> {
  const { line, column } = await locateByte(path, byteOffset, gzip);
  const shown = byte === undefined ? 'an incomplete character at the end of the file' : `byte 0x${byte.toString(16).padStart(2, '0')}`;
  return new ReportError(path, `not valid ${encoding.toUpperCase()}: ${shown} (re-save the file as UTF-8)`, line, column);
}

export interface TextOptions {
  /**
   * Read a gzip-compressed file, decompressed as it streams, up to `maxBytes` of decompressed data
   * (a positioned limit, so a small .gz cannot expand past the memory a plain file would take).
   * Without it a gzip file is refused with a one-line error.
   */
  gzip?: { maxBytes: number };
}

/**
 * The file's text as decoded chunks (BOM removed). Throws ReportError for an empty file and for
 * bytes that are invalid in the encoding.
 */
export async function* readTextChunks(path: string, emptyWhat: string, options: TextOptions = {}): AsyncGenerator<string> {
  let decode: ((piece: Buffer) => string) | undefined;
  let end: (() => string) | undefined;
  let encoding = 'utf-8';
  let offset = 0;
  let sawContent = false;
  const gzip = await isGzipFile(path);
  if (gzip && !options.gzip) throw new ReportError(path, gzipRefused(emptyWhat));
  const maxBytes = gzip && options.gzip ? options.gzip.maxBytes : Number.POSITIVE_INFINITY;
  const stream = byteStream(path, gzip, { highWaterMark: CHUNK });
  try {
    for await (const raw of stream as AsyncIterable<Buffer>) {
      if (offset + raw.length > maxBytes)
        throw new ReportError(
          path,
          `decompresses to more than ${formatBytes(maxBytes)}, the most testops reads from a .gz file (split the run, or read it uncompressed)`,
        );
      let chunk: Buffer = raw;
      let chunkOffset = offset;
      if (!decode) {
        const sniffed = sniffEncoding(chunk);
        encoding = sniffed.encoding;
        if (encoding === 'utf-8') {
          const utf8 = new StrictUtf8();
          decode = (piece) => utf8.decode(piece);
          end = () => {
            utf8.end();
            return '';
          };
        } else {
          const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
          decode = (piece) => decoder.decode(piece, { stream: true });
          end = () => decoder.decode();
        }
        chunk = chunk.subarray(sniffed.bomLength);
        chunkOffset += sniffed.bomLength;
      }
      offset += raw.length;
      for (let start = 0; start < chunk.length; start += PIECE) {
        const piece = chunk.subarray(start, start + PIECE);
        const pieceOffset = chunkOffset + start;
        let text: string;
        try {
          text = decode(piece);
        } catch (error) {
          // UTF-8 knows the bad byte; other encodings report the piece's start
          const bad = error instanceof Utf8Error ? error.index : 0;
          throw await encodingError(path, pieceOffset + bad, encoding, error instanceof Utf8Error ? error.byte : piece[0], gzip);
        }
        if (!sawContent && /\S/.test(text)) sawContent = true;
        if (text) yield text;
      }
    }
    if (end) {
      let rest: string;
      try {
        rest = end();
      } catch {
        throw await encodingError(path, offset - 1, encoding, undefined, gzip);
      }
      if (rest) {
        if (/\S/.test(rest)) sawContent = true;
        yield rest;
      }
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw (gzip && gzipError(path, error, offset)) || new ReportError(path, cannotRead(error));
  } finally {
    stream.destroy();
  }
  if (!sawContent) throw new ReportError(path, `the file is empty (expected ${emptyWhat})`, 1, 1);
}

/** The whole file as text (for the small JSON/CSV/line formats), with the same checks. */
export async function readText(path: string, emptyWhat: string): Promise<string> {
  let text = '';
  for await (const chunk of readTextChunks(path, emptyWhat)) text += chunk;
  return text;
}

/** "cannot read the file" in words: the common causes named, the rest by their code. */
export function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file does not exist (check the path or the reports glob)';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read: permission denied';
  if (code === 'EISDIR') return 'this is a directory, not a report file';
  return `cannot read the file: ${code ?? (error as Error).message}`;
}

/** The first bytes of a file decoded leniently, for format detection. */
export async function readHead(path: string, bytes = 4096): Promise<string> {
  if (await isGzipFile(path)) return readGunzippedHead(path, bytes);
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      const head = buffer.subarray(0, bytesRead);
      const { encoding, bomLength } = sniffEncoding(head);
      return new TextDecoder(encoding).decode(head.subarray(bomLength));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ReportError(path, cannotRead(error));
  }
}

/** readHead of a gzip file: the first decompressed bytes (a damaged stream gives what came before the damage). */
async function readGunzippedHead(path: string, bytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let have = 0;
  const stream = byteStream(path, true);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      have += chunk.length;
      if (have >= bytes) break;
    }
  } catch (error) {
    if (have === 0) throw gzipError(path, error, 0) ?? new ReportError(path, cannotRead(error));
  } finally {
    stream.destroy();
  }
  const head = Buffer.concat(chunks).subarray(0, bytes);
  const { encoding, bomLength } = sniffEncoding(head);
  return new TextDecoder(encoding).decode(head.subarray(bomLength));
}

const formatBytes = (bytes: number) =>
  bytes >= 2 ** 30 ? `${+(bytes / 2 ** 30).toFixed(1)} GiB` : bytes >= 2 ** 20 ? `${+(bytes / 2 ** 20).toFixed(1)} MiB` : `${bytes} bytes`;

/**
 * The file's lines (without their terminators: LF, CRLF or a lone CR), in batches — one batch per
 * decoded piece, so a 100 MB file is never held whole, nor as one array of lines.
 */
export async function* readLineBatches(path: string, emptyWhat: string): AsyncGenerator<string[]> {
  let carry = '';
  for await (const chunk of readTextChunks(path, emptyWhat)) {
    const text = carry + chunk;
    // a CR at the very end may be the first half of a CRLF: it waits for the next piece
    let cut = text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
    while (cut > 0 && text.charCodeAt(cut - 1) !== 10 && text.charCodeAt(cut - 1) !== 13) cut--;
    carry = text.slice(cut);
    if (cut === 0) {
      if (carry.length > 256 * 1024 * 1024) throw new ReportError(path, 'a line longer than 256 MiB');
      continue;
    }
    const lines = text.slice(0, cut).split(/\r?\n|\r/);
    lines.pop(); // the text ends with a terminator: the last element is the empty rest
    yield lines;
  }
  if (carry) {
    const lines = carry.split(/\r?\n|\r/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    yield lines;
  }
}
