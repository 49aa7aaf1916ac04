/**
 * Report ingest: every report file a suite writes → the normalized model (src/model.ts).
 * parseReportFile is the one entry point; it throws ReportError (file:line:col: what) on bad input.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParsedReport, ReportKind } from '../model.js';
import { detectFormat, detectJsonValue, FORMATS, xmlRootName } from './detect.js';
import { ReportError } from './errors.js';
import { parseCobertura } from './coverage/cobertura.js';
import { parseGoCoverFile } from './coverage/go.js';
import { parseIstanbulFinal, parseIstanbulSummary } from './coverage/istanbul.js';
import { parseJaCoCo } from './coverage/jacoco.js';
import { parseLcovFile } from './coverage/lcov.js';
import { parseJsonText, readJson } from './json.js';
import { parseNpmAudit } from './security/npm-audit.js';
import { parseSarif } from './security/sarif.js';
import { parseJUnit } from './junit/parse.js';
import { parseCtrf } from './ctrf.js';
import { parseAutocannon, parseBenchmark, parseGoBench } from './perf/autocannon.js';
import { parseK6 } from './perf/k6.js';
import { parseK6Stream } from './perf/k6-stream.js';
import { parseLocustText } from './perf/locust.js';
import { cannotRead, gzipRefused, isGzipFile, readHead, readText, readTextChunks } from './source.js';
import { testTotals } from './tests.js';

export { detectFormat } from './detect.js';
export { ReportError } from './errors.js';
export { mergeCoverage, runCoverage } from './coverage/totals.js';
export { redactSecrets } from './redact.js';
export { mergeTestCases, testTotals, testTotalsOf } from './tests.js';

export interface ParseOptions {
  /** 'auto' (default) or one of the format names in docs/formats.md */
  format?: string;
  /** restrict detection to one kind of report */
  kind?: ReportKind;
  /** for coverage (and test file) path normalisation */
  repoRoot?: string;
  /** goes into TestCase.suite and the test id; default '' */
  suite?: string;
  /** the matrix leg (src/util/variant.ts): goes into TestCase.variant and the test id; default none */
  variant?: string;
}

export interface ReaderContext {
  path: string;
  format: string;
  repoRoot?: string;
  suite: string;
  variant?: string;
}

type Reader = (context: ReaderContext) => Promise<ParsedReport>;

const KIND_WORDS: Record<ReportKind, string> = {
  tests: 'a test report (JUnit XML or CTRF JSON)',
  coverage: 'a coverage report (lcov, Cobertura, JaCoCo, Istanbul or Go coverprofile)',
  perf: 'a performance report (k6, Locust CSV, autocannon or benchmark JSON)',
  security: 'a security report (SARIF or npm audit JSON)',
};

async function readJUnit(context: ReaderContext): Promise<ParsedReport> {
  const bytes = await stat(context.path).then(
    (stats) => stats.size,
    () => undefined,
  );
  const tests = await parseJUnit(readTextChunks(context.path, 'JUnit XML'), {
    file: context.path,
    suite: context.suite,
    repoRoot: context.repoRoot,
    bytes,
    variant: context.variant,
  });
  return { kind: 'tests', format: 'junit', file: context.path, tests, totals: testTotals(tests) };
}

async function readCtrf(context: ReaderContext): Promise<ParsedReport> {
  const source = await readText(context.path, 'CTRF JSON');
  const tests = parseCtrf(parseJsonText(source, context.path, 'CTRF JSON'), {
    source,
    file: context.path,
    suite: context.suite,
    repoRoot: context.repoRoot,
    variant: context.variant,
  });
  return { kind: 'tests', format: 'ctrf', file: context.path, tests, totals: testTotals(tests) };
}

const perfJson =
  (parse: (value: unknown, file: string) => ParsedReport, what: string): Reader =>
  async ({ path }) =>
    parse(await readJson(path, what), path);

const readers: Record<string, Reader> = {
  // `k6` is any k6 output: the --out json stream (one object a line) or a summary
  k6: async (context) =>
    /^\s*\{"type"\s*:\s*"(Metric|Point)"/.test(await readHead(context.path, 256))
      ? parseK6Stream(context.path)
      : parseK6(await readJson(context.path, 'a k6 JSON summary'), context.path),
  'k6-summary-export': perfJson(parseK6, 'k6 --summary-export JSON'),
  'k6-handle-summary': perfJson(parseK6, 'k6 handleSummary JSON'),
  'k6-json': ({ path }) => parseK6Stream(path),
  autocannon: perfJson(parseAutocannon, 'autocannon --json output'),
  benchmark: async ({ path }) => {
    const text = (await readText(path, 'benchmark results')).replace(/^\uFEFF/, '');
    // github-action-benchmark's data.js assigns the JSON to a global
    const json = text.replace(/^\s*window\.BENCHMARK_DATA\s*=\s*/, '').replace(/;\s*$/, '');
    if (/^\s*[[{]/.test(json)) return parseBenchmark(parseJsonText(json, path, 'benchmark results JSON'), path);
    return parseGoBench(text, path);
  },
  locust: async ({ path }) => parseLocustText(await readText(path, 'a Locust CSV file'), path),
  sarif: async ({ path }) => {
    const text = await readText(path, 'a SARIF log');
    return parseSarif(parseJsonText(text, path, 'a SARIF log'), path, text);
  },
  'npm-audit': async ({ path }) => parseNpmAudit(await readJson(path, '`npm audit --json` output'), path),
  junit: readJUnit,
  ctrf: readCtrf,
  lcov: ({ path, repoRoot }) => parseLcovFile(path, repoRoot),
  cobertura: ({ path, repoRoot }) => parseCobertura(path, repoRoot),
  jacoco: ({ path, repoRoot }) => parseJaCoCo(path, repoRoot),
  go: ({ path, repoRoot }) => parseGoCoverFile(path, repoRoot),
  'istanbul-final': async ({ path, repoRoot }) => parseIstanbulFinal(await readJson(path, 'Istanbul coverage-final.json'), path, repoRoot),
  'istanbul-summary': async ({ path, repoRoot }) =>
    parseIstanbulSummary(await readJson(path, 'Istanbul coverage-summary.json'), path, repoRoot),
};

/** 1-based line and column of an index into a text. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

async function detect(path: string, options: ParseOptions): Promise<string> {
  const head = await readHead(path, 64 * 1024);
  let detected = detectFormat(head, basename(path));
  const wantedWords = options.kind ? KIND_WORDS[options.kind] : 'JUnit, CTRF, coverage, perf or security report — see docs/formats.md';
  // a .gz is read for k6's --out json stream only (the head above is decompressed)
  if (detected?.format !== 'k6-json' && (await isGzipFile(path))) throw new ReportError(path, gzipRefused(wantedWords));
  if (!detected && /^\s*[[{]/.test(head.replace(/^\uFEFF/, ''))) {
    // JSON keys may come late (k6 writes them in random order): look at the whole value
    // a syntax error is said as such, with its line and column, not as "cannot tell the format"
    detected = detectJsonValue(parseJsonText(await readText(path, 'a report'), path, 'a JSON report'));
  }
  const wanted = wantedWords;
  if (!head.trim()) throw new ReportError(path, `the file is empty (expected ${wanted})`, 1, 1);
  const root = /^\s*</.test(head) ? xmlRootName(head) : undefined;
  if (!detected && root) {
    const at = position(head, head.indexOf(`<${root}`));
    throw new ReportError(path, `root element <${root}> is not a report format testops reads (expected ${wanted})`, at.line, at.column);
  }
  if (!detected)
    throw new ReportError(path, `cannot tell the format from the content (expected ${wanted}); pass the format explicitly`, 1, 1);
  if (options.kind && detected.kind !== options.kind) {
    throw new ReportError(path, `looks like ${detected.format} (${detected.kind}), expected ${wanted}`, 1, 1);
  }
  return detected.format;
}

/**
 * Refuses what is not a regular file before anything opens it: opening a FIFO blocks until a
 * writer comes (forever, in CI), and a device or socket never ends.
 */
async function requireRegularFile(path: string): Promise<void> {
  let stats: Awaited<ReturnType<typeof stat>>;
  try {
    stats = await stat(path);
  } catch (error) {
    throw new ReportError(path, cannotRead(error));
  }
  if (stats.isFile()) return;
  if (stats.isDirectory()) throw new ReportError(path, cannotRead(Object.assign(new Error(), { code: 'EISDIR' })));
  const what = stats.isFIFO() ? 'a FIFO (named pipe)' : stats.isSocket() ? 'a socket' : 'a device';
  throw new ReportError(path, `this is ${what}, not a report file: refused without opening it`);
}

export async function parseReportFile(path: string, options: ParseOptions = {}): Promise<ParsedReport> {
  await requireRegularFile(path);
  const format = options.format && options.format !== 'auto' ? options.format : await detect(path, options);
  if (!(format in FORMATS)) {
    throw new ReportError(path, `unknown report format "${format}" (known: ${Object.keys(FORMATS).join(', ')})`);
  }
  if (options.kind && FORMATS[format] !== options.kind) {
    throw new ReportError(path, `format ${format} gives ${FORMATS[format]}, expected ${KIND_WORDS[options.kind]}`);
  }
  const reader = readers[format];
  if (!reader) throw new ReportError(path, `reading ${format} is not implemented yet`);
  return reader({ path, format, repoRoot: options.repoRoot, suite: options.suite ?? '', variant: options.variant });
}
