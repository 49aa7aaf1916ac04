/**
 * runs.json written as a stream: the file's frame and each suite's fields at once, then the tests
 * a batch at a time, each batch serialised, redacted and written before the next is made. A suite
 * of 6 million tests never becomes one string (a single JSON.stringify of it is gigabytes, past
 * V8's string limit) nor a redacted deep copy (which held every test and attempt twice).
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunsFile, SuiteRun } from '../model.js';
import { type Redactor, redactor as sharedRedactor } from '../util/redact.js';

/**
 * Tests serialised per batch, and characters gathered before a write: small enough that every
 * string made stays under V8's large-object size (128 KiB) and dies young. A string over it is
 * allocated in the old generation, which only a full GC frees: at 6 million tests, megabyte batches
 * piled up as garbage until one (the JUnit reader decodes in 32 KiB pieces for the same reason).
 */
const BATCH = 200;
const FLUSH_BYTES = 48 * 1024;

/**
 * Writes `runs` to `path` (write-then-rename, so a reader never sees half a file). The JSON is the
 * same as JSON.stringify of the redacted value would give (without indentation inside a test).
 */
export function writeRunsJson(path: string, runs: RunsFile, redactor: Redactor = sharedRedactor): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    writeSync(fd, pending.join(''));
    pending = [];
    pendingBytes = 0;
  };
  const write = (text: string) => {
    pending.push(text);
    pendingBytes += text.length;
    if (pendingBytes >= FLUSH_BYTES) flush();
  };
  const json = (value: unknown) => serialise(value, redactor);
  try {
    const { suites, ...frame } = runs;
    const head = json(frame);
    write(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}\n"suites":[`);
    for (const [index, suite] of suites.entries()) {
      write(index === 0 ? '\n' : ',\n');
      writeSuite(suite, write, json);
    }
    write('\n]}\n');
    flush();
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, path);
}

function writeSuite(suite: SuiteRun, write: (text: string) => void, json: (value: unknown) => string): void {
  const { tests, ...fields } = suite;
  const head = json(fields);
  write(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"tests":[`);
  for (let start = 0; start < tests.length; start += BATCH) {
    const batch = json(tests.slice(start, start + BATCH));
    write(start === 0 ? '\n' : ',\n');
    // the batch's own brackets dropped: its tests join the suite's one list, one a line
    write(batch.slice(1, -1).replaceAll('},{"id"', '},\n{"id"'));
  }
  write(']}');
}

/**
 * JSON of a value with every string redacted. Most text holds nothing to redact: when the whole
 * serialised text shows no known value and no start of a secret shape (a loose test, see
 * Redactor.mayHold), it is taken as it is. JSON only turns quotes, backslashes and control
 * characters into escapes, and a known value holding one of those sends every batch the slow
 * way; otherwise each string is redacted on its own.
 */
export function serialise(value: unknown, redactor: Redactor): string {
  const plain = JSON.stringify(value);
  if (plain === undefined) return 'null';
  if (!redactor.hasEscapableValues() && !redactor.mayHold(plain)) return plain;
  return JSON.stringify(value, (_key, entry) => {
    if (typeof entry === 'string') return redactor.text(entry);
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      // keys are redacted too, as Redactor.deep does
      let renamed: Record<string, unknown> | undefined;
      for (const name of Object.keys(entry)) {
        const clean = redactor.text(name);
        if (clean !== name) renamed ??= {};
      }
      if (renamed) {
        for (const [name, inner] of Object.entries(entry)) renamed[redactor.text(name)] = inner;
        return renamed;
      }
    }
    return entry;
  });
}
