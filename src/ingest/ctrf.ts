/**
 * CTRF (Common Test Report Format, https://ctrf.io) JSON → tests. The shape is checked with zod so a
 * wrong file names the field (`results.tests[3].status`) instead of reading as zero tests.
 * See docs/formats.md for how retries and the non-standard statuses are counted.
 */
import { z } from 'zod';
import type { Attempt, TestCase, TestStatus } from '../model.js';
import { ReportError } from './errors.js';
import { locateJsonPath } from './json.js';
import { TestCollector } from './tests.js';
import { bounded, clean, firstLine, relativePath } from './text.js';

const MESSAGE_LIMIT = 2_000;
const STACK_LIMIT = 64 * 1024;
const OUTPUT_LIMIT = 16 * 1024;

const STATUSES = ['passed', 'failed', 'skipped', 'pending', 'other'] as const;
const status = z.enum(STATUSES);
/** a year, in milliseconds: any longer duration is a broken file, not a slow test */
const MAX_MILLIS = 365 * 24 * 3600 * 1000;
/** retries a report may declare without listing them (each becomes an attempt) */
const MAX_RETRIES = 1000;
/** milliseconds; some reporters write null or leave it out for skipped tests */
const millis = z.number().nonnegative().max(MAX_MILLIS, `expected milliseconds up to ${MAX_MILLIS} (a year)`).nullish();
/** stdout/stderr: a string, or (CTRF 0.0.x) an array of lines */
const lines = z.union([z.string(), z.array(z.string())]).nullish();

const retryAttempt = z.looseObject({
  attempt: z.number().int().nonnegative().nullish(),
  status,
  duration: millis,
  message: z.string().nullish(),
  trace: z.string().nullish(),
  stdout: lines,
  stderr: lines,
});

const ctrfTest = z.looseObject({
  name: z.string(),
  status,
  duration: millis,
  message: z.string().nullish(),
  trace: z.string().nullish(),
  rawStatus: z.string().nullish(),
  filePath: z.string().nullish(),
  line: z.number().int().nonnegative().nullish(),
  // a string, or (newer CTRF) the path of enclosing suites
  suite: z.union([z.string(), z.array(z.string())]).nullish(),
  retries: z.number().int().nonnegative().max(MAX_RETRIES, `expected a retry count up to ${MAX_RETRIES}`).nullish(),
  flaky: z.boolean().nullish(),
  stdout: lines,
  stderr: lines,
  retryAttempts: z.array(retryAttempt).nullish(),
});

const ctrfReport = z.looseObject({
  results: z.looseObject({
    tool: z.looseObject({ name: z.string() }),
    summary: z
      .looseObject({
        tests: z.number().int().nonnegative().nullish(),
      })
      .nullish(),
    tests: z.array(ctrfTest),
  }),
});

type CtrfTest = z.infer<typeof ctrfTest>;
type CtrfAttempt = z.infer<typeof retryAttempt>;

/** `results.tests[3].status` from a zod issue path. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(top level)';
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  let at: unknown = value;
  for (const key of issue.path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  const field = fieldPath(issue.path);
  const expected =
    issue.code === 'invalid_value' ? `one of ${issue.values.join(', ')}` : issue.code === 'invalid_type' ? issue.expected : undefined;
  if (at === undefined && expected) return `${field}: missing (expected ${expected})`;
  if (issue.code === 'invalid_value') return `${field}: expected ${expected}, got ${JSON.stringify(at)?.slice(0, 60)}`;
  if (issue.code === 'invalid_type') return `${field}: expected ${issue.expected}, got ${JSON.stringify(at)?.slice(0, 60)}`;
  if (issue.code === 'invalid_union') {
    // each alternative's own complaint about the value itself (string, array …)
    const kinds = issue.errors.map((branch) => {
      const first = branch[0];
      if (first?.code !== 'invalid_type') return undefined;
      return first.path.length === 0 ? first.expected : `array of ${first.expected}s`;
    });
    const named = [...new Set(kinds.filter((kind) => kind !== undefined))];
    if (named.length > 0) return `${field}: expected ${named.join(' or ')}, got ${JSON.stringify(at)?.slice(0, 60)}`;
  }
  return `${field}: ${issue.message}`;
}

/**
 * What a CTRF status counts as. `pending` is a test not run (skipped). `other` is whatever the
 * tool could not map (interrupted, unknown): not a pass, not proof of a failure — skipped, with the
 * raw status kept as the message so the report shows it.
 */
function statusOf(value: (typeof STATUSES)[number]): TestStatus {
  return value === 'passed' ? 'passed' : value === 'failed' ? 'failed' : 'skipped';
}

const seconds = (ms: number | null | undefined) => (ms ?? 0) / 1000;

function output(stdout: CtrfTest['stdout'], stderr: CtrfTest['stderr']): string | undefined {
  const join = (value: CtrfTest['stdout']) => (Array.isArray(value) ? value.join('\n') : (value ?? ''));
  return bounded([join(stdout), join(stderr)].filter(Boolean).join('\n'), OUTPUT_LIMIT);
}

function attemptOf(entry: CtrfAttempt | CtrfTest, rawStatus?: string | null): Attempt {
  const attempt: Attempt = { status: statusOf(entry.status), duration: seconds(entry.duration) };
  if (attempt.status === 'passed') return attempt;
  const message =
    bounded(entry.message ?? undefined, MESSAGE_LIMIT) ??
    firstLine(entry.trace ?? undefined) ??
    (entry.status === 'other' ? `status "other"${rawStatus ? ` (${rawStatus})` : ''}` : undefined);
  if (message !== undefined) attempt.message = message;
  if (attempt.status === 'skipped') return attempt;
  const stack = bounded(entry.trace ?? undefined, STACK_LIMIT);
  if (stack !== undefined) attempt.stack = stack;
  const text = output(entry.stdout, entry.stderr);
  if (text !== undefined) attempt.output = text;
  return attempt;
}

/**
 * The attempts of one CTRF test, in order. The test's own fields are its final run; `retryAttempts`
 * lists runs by number. Reporters differ on whether that list includes the final run: it does when
 * it has more entries than `retries`, or (without `retries`) when its last entry has the test's
 * status and duration. Without `retryAttempts`, `retries: N` on a test marked flaky (or failed)
 * means N failed runs before the final one, whose details the report does not give.
 */
function attemptsOf(test: CtrfTest): Attempt[] {
  const final = attemptOf(test, test.rawStatus);
  const listed = [...(test.retryAttempts ?? [])].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));
  if (listed.length > 0) {
    const last = listed[listed.length - 1]!;
    const includesFinal =
      test.retries != null ? listed.length > test.retries : last.status === test.status && (last.duration ?? 0) === (test.duration ?? 0);
    const earlier = listed.map((entry) => attemptOf(entry));
    if (includesFinal) {
      earlier[earlier.length - 1] = final;
      return earlier;
    }
    return [...earlier, final];
  }
  const retries = test.retries ?? 0;
  if (retries > 0 && (test.flaky || final.status === 'failed')) {
    const unknown: Attempt = { status: 'failed', duration: 0, message: 'failed run (the CTRF report gives no details)' };
    return [...Array.from({ length: retries }, () => ({ ...unknown })), final];
  }
  return [final];
}

export interface CtrfOptions {
  file: string;
  suite: string;
  repoRoot?: string;
  /** the matrix leg, part of every test id (src/util/variant.ts) */
  variant?: string;
  /** the JSON text, to give an error the line and column of the field */
  source?: string;
}

/** CTRF JSON (already parsed) → one TestCase per test; attempts from retryAttempts, flaky kept. */
export function parseCtrf(value: unknown, options: CtrfOptions): TestCase[] {
  const parsed = ctrfReport.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const at =
      options.source === undefined
        ? undefined
        : (locateJsonPath(options.source, path) ?? locateJsonPath(options.source, path.slice(0, -1)));
    throw new ReportError(options.file, `not a CTRF report: ${describeIssue(issue, value)}`, at?.line, at?.column);
  }
  const { results } = parsed.data;
  const declared = results.summary?.tests ?? 0;
  if (results.tests.length === 0 && declared > 0) {
    throw new ReportError(options.file, `results.summary.tests is ${declared} but results.tests is empty`);
  }
  const collector = new TestCollector(options.suite, 0, { variant: options.variant });
  /** one frozen suite path per distinct path, shared by its tests */
  const paths = new Map<string, readonly string[]>();
  for (const test of results.tests) {
    const elements = test.suite == null ? [] : Array.isArray(test.suite) ? test.suite : [test.suite];
    const suitePath = elements.join(' > ');
    let path = paths.get(elements.join('\u0000'));
    if (path === undefined && elements.length > 0) paths.set(elements.join('\u0000'), (path = Object.freeze([...elements])));
    const rawFile = clean(test.filePath ?? undefined);
    const file = rawFile === undefined ? undefined : relativePath(rawFile, options.repoRoot);
    const added = collector.add(
      file,
      test.line ?? undefined,
      clean(suitePath),
      clean(test.name) ?? '(unnamed test)',
      attemptsOf(test),
      path,
    );
    // the reporter's own flaky mark counts even when it kept no failed run
    if (test.flaky && added.status === 'passed') added.flaky = true;
  }
  return collector.tests();
}
