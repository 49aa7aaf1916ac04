/**
 * Where progress goes. In the action it writes workflow commands (::group:: etc.) to stdout;
 * on a laptop it writes plain lines. Passed in, never imported as a global, by the core. Every
 * line is redacted (src/util/redact.ts) on its way out: messages quote test output.
 */
import { redactor } from './redact.js';

export interface Log {
  info(message: string): void;
  warning(message: string, location?: { file?: string; line?: number; title?: string }): void;
  error(message: string, location?: { file?: string; line?: number; title?: string }): void;
  notice(message: string, location?: { file?: string; line?: number; title?: string }): void;
  /** start a collapsible group; must be closed with endGroup */
  group(title: string): void;
  endGroup(): void;
  debug(message: string): void;
}

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, message: string, location?: { file?: string; line?: number; title?: string }): string {
  const props = location
    ? Object.entries({ file: location.file, line: location.line, title: location.title })
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
    : '';
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Workflow-command logger for GitHub Actions (writes to the given stream, stdout by default). */
export function actionsLog(writeLine: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Log {
  const write = (line: string) => writeLine(redactor.text(line));
  return {
    info: (message) => write(message),
    warning: (message, location) => write(command('warning', message, location)),
    error: (message, location) => write(command('error', message, location)),
    notice: (message, location) => write(command('notice', message, location)),
    group: (title) => write(`::group::${escapeData(title)}`),
    endGroup: () => write('::endgroup::'),
    debug: (message) => write(`::debug::${escapeData(message)}`),
  };
}

/** Plain logger for the CLI (stderr, so stdout stays the command's result). */
export function consoleLog(writeLine: (line: string) => void = (line) => process.stderr.write(`${line}\n`), verbose = false): Log {
  const write = (line: string) => writeLine(redactor.text(line));
  const at = (location?: { file?: string; line?: number }) =>
    location?.file ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : '';
  return {
    info: (message) => write(message),
    warning: (message, location) => write(`warning: ${message}${at(location)}`),
    error: (message, location) => write(`error: ${message}${at(location)}`),
    notice: (message, location) => write(`notice: ${message}${at(location)}`),
    group: (title) => write(`── ${title}`),
    endGroup: () => {},
    debug: (message) => {
      if (verbose) write(`debug: ${message}`);
    },
  };
}

/** A logger that keeps lines in memory (tests, and output buffering for parallel suites). */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(
    actionsLog((line) => lines.push(line)),
    { lines },
  );
}
