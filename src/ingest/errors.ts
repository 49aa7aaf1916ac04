import { InputError } from '../errors.js';

/** The one error every parser throws for bad input: it names the file, the position and what was wrong. */
export class ReportError extends InputError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  constructor(file: string, what: string, line?: number, column?: number) {
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    // one line: reports quote it verbatim in comments and annotations
    super(`${where}: ${what.replace(/\s*\n\s*/g, ' ')}`);
    this.name = 'ReportError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** A ReportError located at a 1-based line of a line-oriented text (lcov, csv, coverprofile). */
export function lineError(file: string, line: number, what: string): ReportError {
  return new ReportError(file, what, line);
}
