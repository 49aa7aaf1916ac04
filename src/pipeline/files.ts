/**
 * Reading and writing the JSON files steps hand to each other, with errors that name the file.
 * Everything written is redacted (src/util/redact.ts): these files are uploaded and shown.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';
import { redactor } from '../util/redact.js';

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  // write-then-rename: a cancelled step never leaves half a file for the next one
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(redactor.deep(value), null, 1)}\n`);
  renameSync(temporary, path);
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, redactor.text(text));
}

/** A file one step hands the next is not there: the workflow skipped or lost the step that writes it. */
export class MissingFileError extends InputError {
  constructor(
    readonly path: string,
    readonly what: string,
  ) {
    super(`${path}: ${what} not found`);
  }
}

export function readJson<T>(path: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new MissingFileError(path, what);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new InputError(`${path}: ${what} is not valid JSON (${(error as Error).message})`);
  }
}
