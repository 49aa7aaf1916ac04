/**
 * `testops parse FILE… [--format F] [--files]`: the normalized model's figures as JSON, one
 * entry per file. A file that cannot be read is reported in place (and exits 2, a user error); the
 * others are still printed.
 */
import { resolve } from 'node:path';
import { describeError, EXIT, type ExitCode, UsageError } from '../errors.js';
import type { ParsedReport, Severity } from '../model.js';
import { FORMATS } from './detect.js';
import { ReportError } from './errors.js';
import { parseReportFile } from './index.js';
import { redactSecrets } from './redact.js';

export interface ParseCommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

const USAGE = 'usage: testops parse FILE… [--format F] [--files] [--suite NAME] [--repo-root DIR]';

function summarize(report: ParsedReport, files: boolean): Record<string, unknown> {
  const head = { file: report.file, format: report.format, kind: report.kind };
  switch (report.kind) {
    case 'tests':
      return { ...head, totals: report.totals };
    case 'coverage':
      return { ...head, totals: report.totals, ...(files ? { files: report.files } : { fileCount: report.files.length }) };
    case 'perf':
      return { ...head, scenarios: report.scenarios };
    case 'security': {
      const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
      for (const finding of report.findings) counts[finding.severity]++;
      return { ...head, totals: { findings: report.findings.length, ...counts }, ...(files ? { findings: report.findings } : {}) };
    }
  }
}

export async function parseCommand(argv: string[], io: ParseCommandIo): Promise<number> {
  const paths: string[] = [];
  let format: string | undefined;
  let files = false;
  let suite = '';
  let repoRoot = io.cwd;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    try {
      if (arg === '--format' || arg === '-f') format = value();
      else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
      else if (arg === '--files') files = true;
      else if (arg === '--suite') suite = value();
      else if (arg === '--repo-root') repoRoot = resolve(io.cwd, value());
      else if (arg === '--help' || arg === '-h') {
        io.stdout(`${USAGE}\nformats: auto, ${Object.keys(FORMATS).join(', ')}\n`);
        return 0;
      } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
      else paths.push(arg);
    } catch (error) {
      io.stderr(`testops parse: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
  }
  if (paths.length === 0) {
    io.stderr(`testops parse: no report file given\n${USAGE}\n`);
    return 2;
  }
  if (format !== undefined && format !== 'auto' && !(format in FORMATS)) {
    io.stderr(`testops parse: unknown format "${format}" (known: auto, ${Object.keys(FORMATS).join(', ')})\n`);
    return 2;
  }
  const results: Record<string, unknown>[] = [];
  let code: ExitCode = EXIT.passed;
  for (const path of paths) {
    try {
      const report = await parseReportFile(resolve(io.cwd, path), { format, repoRoot, suite });
      const warnings = report.kind === 'coverage' || report.kind === 'perf' ? (report.warnings ?? []) : [];
      for (const warning of warnings) io.stderr(`${path}: warning: ${warning}\n`);
      results.push({ ...summarize(report, files), file: path, ...(warnings.length > 0 ? { warnings } : {}) });
    } catch (error) {
      // a bad report is one line on stderr and an entry in the output, never a stack trace (exit 2);
      // anything else is a testops bug (exit 3)
      const described = describeError(error, `testops parse ${path}`);
      const message = error instanceof ReportError ? error.message.replace(resolve(io.cwd, path), path) : described.line;
      code = Math.max(code, described.code) as ExitCode;
      io.stderr(`${message}\n`);
      results.push({ file: path, error: message });
    }
  }
  io.stdout(`${JSON.stringify(redactSecrets(results), null, 2)}\n`);
  return code;
}
