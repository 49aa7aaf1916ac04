/**
 * Reading a runs.json back (the report step: this job's own, or a shard's artifact) without
 * holding it whole. At 6 million tests runs.json is ~2 GB, past V8's string limit, so it cannot be
 * one string for JSON.parse. src/runner/runs-json.ts writes it in a fixed layout — the file's
 * frame on the first line, `"suites":[` on the second, then per suite its fields on one line
 * ending in `"tests":[` and one test a line — and this reads it in that layout, a line at a time:
 * each test is parsed and validated on its own (the zod shape of src/util/artifacts.ts; a problem
 * names the file, the suite and the line), and in a big suite a test that ran once and passed goes
 * to a compact row (src/ingest/test-list.ts) as the parser keeps it, so the report step holds what
 * `testops run` holds. A file in another layout (hand-written, pretty-printed) is parsed whole when
 * it is small enough, and is an error naming its size when it is not.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { z } from 'zod';
import { formatPath } from '../config/errors.js';
import { InputError } from '../errors.js';
import { COMPACT_FROM } from '../ingest/tests.js';
import { CompactTests, compactList } from '../ingest/test-list.js';
import type { RunsFile, SuiteRun, TestCase } from '../model.js';
import { MAX_PROBLEMS, checkRuns, readArtifact, runsFileSchema, suiteRunSchema, testCaseSchema } from './artifacts.js';
import { hexId, testIdBucket, testIdLow } from './id.js';

const MiB = 1024 * 1024;
/** the largest runs.json not in the writer's layout that is parsed whole (the text and its objects: a few times this) */
export const WHOLE_LIMIT = 256 * MiB;
/** a longer line is not one the writer makes (a test's texts are bounded well below) */
const LINE_LIMIT = 256 * MiB;
const CHUNK = 64 * 1024;

export interface ReadRunsOptions {
  /** see WHOLE_LIMIT (tests lower it) */
  wholeLimit?: number;
  /** see LINE_LIMIT (tests lower it) */
  lineLimit?: number;
}

/** The file is not in the writer's layout (or ends early): `line` is where that was seen. */
class LayoutError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** The lines of a file, read in 64 KiB chunks; a line is decoded once it is whole. `end.cut`: the last one had no newline. */
function* lines(fd: number, lineLimit: number, end: { cut: boolean }): Generator<string> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let number = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, null);
    if (read === 0) break;
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(10, start);
      if (end < 0 || end >= read) break;
      number++;
      if (partial.length === 0) yield buffer.toString('utf8', start, end);
      else {
        partial.push(buffer.subarray(start, end));
        const whole = Buffer.concat(partial);
        partial = [];
        partialBytes = 0;
        yield whole.toString('utf8');
      }
      start = end + 1;
    }
    if (start < read) {
      partialBytes += read - start;
      if (partialBytes > lineLimit) throw new LayoutError(number + 1, `a line longer than ${Math.round(lineLimit / MiB)} MiB`);
      // copied: the chunk buffer is read into again
      partial.push(Buffer.from(buffer.subarray(start, read)));
    }
  }
  if (partialBytes > 0) {
    end.cut = true;
    yield Buffer.concat(partial).toString('utf8');
  }
}

/** The parsed value of `text`, or undefined when it is not JSON. */
function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const COMPACT_KEYS = new Set([
  'id',
  'suite',
  'suitePath',
  'variant',
  'file',
  'line',
  'classname',
  'name',
  'status',
  'attempts',
  'flaky',
  'duration',
]);

/** A suite's tests as they are read: compact rows for a big suite's tests that passed once, objects for the rest. */
class SuiteTests {
  private store: CompactTests | undefined;
  private readonly list: TestCase[] = [];
  /** one array per distinct suite path: compact rows share their group by the path's identity */
  private readonly paths = new Map<string, readonly string[]>();
  private lastPath: readonly string[] | undefined;

  constructor(
    private readonly suite: string,
    private readonly compact: boolean,
    private readonly capacity: number,
  ) {}

  add(test: TestCase): void {
    if (this.compact && this.addCompact(test)) return;
    if (this.store) this.store.entries.push(test);
    else this.list.push(test);
  }

  /** Stores `test` as a compact row when the row gives back the same test; false when it would not. */
  private addCompact(test: TestCase): boolean {
    if (test.status !== 'passed' || test.flaky !== false || test.suite !== this.suite) return false;
    const [attempt, more] = test.attempts;
    if (!attempt || more || attempt.status !== 'passed' || attempt.duration !== test.duration) return false;
    for (const key in attempt) if (key !== 'status' && key !== 'duration' && key !== 'run') return false;
    for (const key in test) if (!COMPACT_KEYS.has(key)) return false;
    if (!CompactTests.fits(test.line) || (test.line !== undefined && !Number.isInteger(test.line))) return false;
    if (test.variant !== undefined && typeof test.variant !== 'string') return false;
    const path = test.suitePath === undefined ? undefined : this.path(test.suitePath);
    if (path === null) return false;
    if (hexId(testIdBucket(test.id), testIdLow(test.id)) !== test.id) return false;
    if (!this.store) {
      // the store is made at the first test that fits: its variant and run tag are the suite's
      this.store = new CompactTests(this.suite, test.variant, this.capacity);
      this.store.run = attempt.run;
      this.store.ownIds = false;
      for (const earlier of this.list) this.store.entries.push(earlier);
      this.list.length = 0;
    }
    if (this.store.variant !== test.variant || this.store.run !== attempt.run) return false;
    this.store.pushPassed(test.id, path, test.file, test.line, test.classname, test.name, test.duration);
    return true;
  }

  /** The shared array of a suite path (null: not a list of strings). */
  private path(value: unknown): readonly string[] | null {
    if (!Array.isArray(value) || !value.every((part) => typeof part === 'string')) return null;
    // a report lists a class's tests together: most paths are the one before
    const last = this.lastPath;
    if (last && last.length === value.length && last.every((part, at) => part === value[at])) return last;
    const key = JSON.stringify(value);
    let shared = this.paths.get(key);
    if (!shared) {
      shared = value as string[];
      // bounded: beyond it, a path is kept as the test's own (a row per distinct path group)
      if (this.paths.size < 100_000) this.paths.set(key, shared);
    }
    this.lastPath = shared;
    return shared;
  }

  tests(): TestCase[] {
    return this.store ? compactList(this.store) : this.list;
  }
}

/** Problems found while reading, as one line each; reading stops past MAX_PROBLEMS. */
class Problems {
  readonly lines: string[] = [];
  constructor(
    private readonly path: string,
    private readonly what: string,
  ) {}

  check(schema: z.ZodType, value: unknown, prefix: PropertyKey[], where: string): boolean {
    const result = schema.safeParse(value);
    if (result.success) return true;
    for (const issue of result.error.issues) {
      if (this.lines.length === MAX_PROBLEMS) {
        this.lines.push(`${this.path}: ${this.what}: … and more problems (reading stopped ${where})`);
        throw new InputError(this.lines.join('\n'));
      }
      this.lines.push(`${this.path}: ${this.what}: ${formatPath([...prefix, ...issue.path])} (${where}): ${issue.message}`);
    }
    return false;
  }
}

/** runs.json read in the writer's layout (LayoutError when it is not in it; InputError for what it holds). */
function readStreamed(fd: number, path: string, what: string, size: number, lineLimit: number): RunsFile {
  const problems = new Problems(path, what);
  let number = 0;
  let frame: Record<string, unknown> | undefined;
  let suitesOpen = false;
  let done = false;
  const suites: SuiteRun[] = [];
  let suite: { head: Record<string, unknown>; index: number; name: string; tests: SuiteTests; count: number } | undefined;

  const openSuite = (head: unknown, withTests: boolean): void => {
    const index = suites.length;
    const name = typeof (head as { name?: unknown })?.name === 'string' ? (head as { name: string }).name : `#${index + 1}`;
    const where = `suite "${name}", line ${number}`;
    problems.check(suiteRunSchema, { ...(head as object), tests: [] }, ['suites', index], where);
    const fields = head as Record<string, unknown>;
    if (!withTests) {
      suites.push({ ...(fields as unknown as SuiteRun) });
      return;
    }
    const declared = (fields.totals as { tests?: unknown } | undefined)?.tests;
    const expected = typeof declared === 'number' && Number.isInteger(declared) && declared > 0 ? declared : 0;
    // the capacity is a guess from the file, which may lie: never more rows than its size could hold
    const capacity = Math.max(1024, Math.min(expected, Math.floor(size / 64), 1 << 25));
    suite = { head: fields, index, name, tests: new SuiteTests(name, expected > COMPACT_FROM, capacity), count: 0 };
  };

  const closeSuite = (): void => {
    if (!suite) return;
    suites.push({ ...(suite.head as unknown as SuiteRun), tests: suite.tests.tests() });
    suite = undefined;
  };

  const end = { cut: false };
  const cutShort = () =>
    new LayoutError(number, suite ? `the file ends inside suite "${suite.name}" (cut short?)` : 'the file ends early (cut short?)');
  for (const raw of lines(fd, lineLimit, end)) {
    number++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (done) {
      if (line.trim() !== '') throw new LayoutError(number, 'text after the end of the file’s JSON');
      continue;
    }
    if (!frame) {
      // `{"version":1,…,` : the frame without its closing brace
      const value = line === '{' ? {} : line.startsWith('{') && line.endsWith(',') ? parse(`${line.slice(0, -1)}}`) : undefined;
      if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new LayoutError(number, 'not the first line of a runs.json testops writes');
      frame = value as Record<string, unknown>;
      continue;
    }
    if (!suitesOpen) {
      if (line !== '"suites":[') throw new LayoutError(number, 'expected "suites":[');
      suitesOpen = true;
      continue;
    }
    if (!suite) {
      if (line === ']}') {
        done = true;
        continue;
      }
      const body = line.endsWith(',') ? line.slice(0, -1) : line;
      if (body.endsWith('"tests":[')) {
        const head = body.slice(0, -'"tests":['.length);
        const value = head === '{' ? {} : head.endsWith(',') ? parse(`${head.slice(0, -1)}}`) : undefined;
        if (!value || typeof value !== 'object') throw new LayoutError(number, 'a suite’s line is not JSON');
        openSuite(value, true);
      } else {
        const value = parse(body);
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new LayoutError(number, 'a suite’s line is not JSON');
        openSuite(value, false);
      }
      continue;
    }
    // tests: `{…},` or, the suite's last, `{…}]},` / `{…}]}`
    const body = line.endsWith(',') ? line.slice(0, -1) : line;
    let tests: unknown;
    let last = false;
    if (body.endsWith(']}')) {
      tests = parse(`[${body.slice(0, -2)}]`);
      last = tests !== undefined;
    }
    if (tests === undefined) tests = parse(`[${body}]`);
    if (!Array.isArray(tests) && end.cut) throw cutShort();
    if (!Array.isArray(tests)) throw new LayoutError(number, `a test of suite "${suite.name}" is not JSON`);
    for (const test of tests) {
      const at = suite.count++;
      if (problems.check(testCaseSchema, test, ['suites', suite.index, 'tests', at], `suite "${suite.name}", line ${number}`))
        suite.tests.add(test as TestCase);
    }
    if (last) closeSuite();
  }
  if (!done)
    throw new LayoutError(number, suite ? `the file ends inside suite "${suite.name}" (cut short?)` : 'the file ends early (cut short?)');
  problems.check(runsFileSchema, { ...frame, suites: [] }, [], 'line 1');
  if (problems.lines.length > 0) throw new InputError(problems.lines.join('\n'));
  return { ...(frame as unknown as RunsFile), suites };
}

/**
 * A runs.json read and validated (InputError, one line per problem naming the file and the field):
 * streamed in the writer's layout, else parsed whole when it is at most `wholeLimit` bytes.
 */
export function readRunsArtifact(path: string, what = 'runs.json', options: ReadRunsOptions = {}): RunsFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new InputError(`${path}: ${what} not found`);
  }
  let size = 0;
  let layout: LayoutError;
  try {
    size = fstatSync(fd).size;
    return readStreamed(fd, path, what, size, options.lineLimit ?? LINE_LIMIT);
  } catch (error) {
    if (!(error instanceof LayoutError)) throw error;
    layout = error;
  } finally {
    closeSync(fd);
  }
  const wholeLimit = options.wholeLimit ?? WHOLE_LIMIT;
  // past its first two lines the file was in the writer's layout: where it broke says more than JSON.parse's position
  const inLayout = layout.line > 2;
  if (size > wholeLimit && inLayout) throw new InputError(`${path}: ${what}: ${layout.message}`);
  if (size > wholeLimit)
    throw new InputError(
      `${path}: ${what} is ${(size / MiB).toFixed(1)} MiB, not in the layout testops writes (${layout.message}) and too big to parse whole (over ${Math.round(wholeLimit / MiB)} MiB)`,
    );
  let value: unknown;
  try {
    value = readArtifact(path, what);
  } catch (error) {
    if (inLayout) throw new InputError(`${path}: ${what}: ${layout.message}`);
    throw error;
  }
  return checkRuns(value, path, what);
}
