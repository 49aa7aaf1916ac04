/**
 * JUnit XML, streamed through saxes: every dialect we know of (Surefire/Gradle, pytest, Jest,
 * mocha, Playwright, minitest, Bazel, tst, xunit …) read into one TestCase per test, with one
 * Attempt per execution. See docs/formats.md for the rules; the why of each is noted inline.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { saxesMessage } from '../xml.js';
import type { Attempt, TestCase, TestStatus } from '../../model.js';
import { ReportError } from '../errors.js';
import { TestCollector, parseSeconds, worse } from '../tests.js';
import { bounded, clean, firstLine, relativePath, withLineBreaks } from '../text.js';
import { JUnitAttributes, captureAttributes } from './attributes.js';

export interface JUnitOptions {
  file: string;
  suite: string;
  repoRoot?: string;
  /** the file's size in bytes, to size the test list up front (optional) */
  bytes?: number;
  /** read saxes' attribute records instead of taking over its attribute step (for tests of both paths) */
  portableAttributes?: boolean;
  /** the matrix leg, part of every test id (src/util/variant.ts) */
  variant?: string;
  /** keep tests that passed once as compact rows (src/ingest/test-list.ts); by default for big reports */
  compact?: boolean;
}

/** How many recently interned values are checked before the map. */
const RECENT = 16;

/** Bytes of JUnit XML per test case in lean reports (pytest, Surefire): a generous test-count guess. */
const BYTES_PER_TEST_GUESS = 150;

const MESSAGE_LIMIT = 2_000;
/** real reports nest a handful of suites; thousands are a broken or hostile file */
const MAX_SUITE_DEPTH = 1_000;
/** placeholder tests for count-only suites in one report (see addUnlisted) */
const MAX_UNLISTED = 100_000;
/** a `time` beyond a year is a broken file, not a slow test (and sums of 1e308 overflow) */
const MAX_SECONDS = 365 * 24 * 3600;
const STACK_LIMIT = 64 * 1024;
const OUTPUT_LIMIT = 16 * 1024;
/** text we keep while reading one element, before trimming to the limits above */
const CAPTURE_LIMIT = STACK_LIMIT + 1024;

type ResultKind = 'failure' | 'error' | 'skipped' | 'flakyFailure' | 'flakyError' | 'rerunFailure' | 'rerunError';
const RESULT_ELEMENTS = new Set<string>(['failure', 'error', 'skipped', 'flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);
const STATUS_OF: Record<ResultKind, TestStatus> = {
  failure: 'failed',
  error: 'errored',
  skipped: 'skipped',
  flakyFailure: 'failed',
  flakyError: 'errored',
  rerunFailure: 'failed',
  rerunError: 'errored',
};

interface Result {
  kind: ResultKind;
  message?: string;
  type?: string;
  time?: string;
  text: string;
  /** Surefire nests <stackTrace>/<system-out>/<system-err> inside flaky and rerun elements */
  output: string;
}

interface SuiteFrame {
  name?: string;
  /** names of this and every enclosing <testsuite>, outermost first: one frozen list shared by its tests */
  path: readonly string[] | undefined;
  file?: string;
  declared: { tests: number; failures: number; errors: number; skipped: number };
  /** testcases (and nested suites) seen below this suite */
  children: number;
}

interface CaseFrame {
  attrs: JUnitAttributes;
  line: number;
  column: number;
  /** result elements, in document order; absent while there are none (most tests) */
  results: Result[] | undefined;
  output: string;
}

/** What a `status` attribute (tst, Bazel, some C++ runners) says when no result element does. */
function statusAttribute(value: string | undefined): TestStatus | undefined {
  switch (value?.trim().toLowerCase()) {
    case 'disabled':
    case 'skipped':
    case 'skip':
    case 'notrun':
    case 'not_run':
    case 'ignored':
      return 'skipped';
    case 'failed':
    case 'fail':
    case 'failure':
      return 'failed';
    case 'error':
    case 'errored':
      return 'errored';
    default:
      return undefined;
  }
}

const truthy = (value: string | undefined) => value !== undefined && /^(true|1|yes)$/i.test(value.trim());

function count(value: string | undefined): number {
  const n = value === undefined ? 0 : Number(value.trim());
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** A `line`/`lineno` attribute: digits (spaces around allowed), else no line. */
function lineNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
  let i = 0;
  while (i < text.length && space(text.charCodeAt(i))) i++;
  const start = i;
  let value = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
  const digits = i - start;
  while (i < text.length && space(text.charCodeAt(i))) i++;
  return digits > 0 && digits < 16 && i === text.length ? value : undefined;
}

/** Concatenate at most `CAPTURE_LIMIT` characters. */
function append(into: string, text: string): string {
  if (into.length >= CAPTURE_LIMIT) return into;
  return into.length + text.length > CAPTURE_LIMIT ? into + text.slice(0, CAPTURE_LIMIT - into.length) : into + text;
}

/**
 * An attempt with only the fields that have a value, built in one step: fields added one by one
 * would go to a separate property store (~50 bytes more per failed attempt).
 */
function attemptOf(
  status: TestStatus,
  duration: number,
  message: string | undefined,
  stack: string | undefined,
  type: string | undefined,
  output: string | undefined,
): Attempt {
  if (message !== undefined && stack !== undefined) {
    if (type !== undefined && output !== undefined) return { status, duration, message, stack, type, output };
    if (type !== undefined) return { status, duration, message, stack, type };
  }
  const attempt: Attempt = { status, duration };
  if (message !== undefined) attempt.message = message;
  if (stack !== undefined) attempt.stack = stack;
  if (type !== undefined) attempt.type = type;
  if (output !== undefined) attempt.output = output;
  return attempt;
}
// As for TestCase (tests.ts): one attempt with a non-number duration makes V8 keep the field as a
// reference, so attempts share the reader's one number per duration instead of a 16-byte box each.
attemptOf('passed', null as unknown as number, '', '', '', '');

/** How many distinct durations the reader keeps one number for. */
const SHARED_DURATIONS = 100_000;

/**
 * detach for test names, of which a report holds millions: one flat string each (48 bytes for a
 * 30-character name, where the slice trick leaves a flat copy plus a slice of it: 80).
 *
 * A text piece that is all ASCII is a one-byte string, and so are its slices: joining the first
 * character with the rest gives a flat one-byte copy (~70 ns, against ~190 ns for a round trip
 * through a Latin-1 buffer). Slices of any other piece are two-byte strings, and so would a joined
 * copy be (twice the memory, even for an ASCII name): those names take the Latin-1 round trip,
 * which gives a one-byte copy when every character fits, and the slice trick when not.
 */
function detachName(value: string, asciiPiece: boolean): string {
  if (value.length < 13) return value;
  if (asciiPiece) return [value.charAt(0), value.slice(1)].join('');
  if (value.length > SCRATCH.length) return ` ${value}`.slice(1);
  // one reused buffer: no Buffer object per name
  const bytes = SCRATCH.write(value, 0, 'latin1');
  const copy = SCRATCH.toString('latin1', 0, bytes);
  return copy === value ? copy : ` ${value}`.slice(1);
}
const SCRATCH = Buffer.allocUnsafe(4096);

export class JUnitReader {
  private readonly parser: SaxesParser;
  private readonly collector: TestCollector;
  private readonly suites: SuiteFrame[] = [];
  private current: CaseFrame | undefined;
  private readonly frame: CaseFrame = { attrs: new JUnitAttributes(), line: 0, column: 0, results: undefined, output: '' };
  /** the attributes of the element being opened (see attributes.ts) */
  private readonly attributes = new JUnitAttributes();
  /** false when saxes' attribute step could not be taken over: the records are read instead */
  private readonly captured: boolean;
  private result: Result | undefined;
  /** depth of system-out/system-err/stackTrace we are capturing text for */
  private capture: 'result' | 'output' | undefined;
  private captureDepth = 0;
  private sawRoot = false;
  /** whether the text piece being parsed is all ASCII (see detachName) */
  private asciiPiece = false;
  private unnamed = 0;
  /** placeholder tests made for suites that only declare counts */
  private unlisted = 0;
  private failure: ReportError | undefined;
  private readonly interned = new Map<string, string>();
  private readonly durations = new Map<number, number>();
  private readonly onText: (text: string) => void;
  /** interned values seen last: consecutive testcases share them, or interleave a few */
  private readonly recent: string[] = [];
  private nextRecent = 0;
  private lastHit = 0;

  constructor(private readonly options: JUnitOptions) {
    this.collector = new TestCollector(options.suite, Math.ceil((options.bytes ?? 0) / BYTES_PER_TEST_GUESS), {
      variant: options.variant,
      ...(options.compact !== undefined ? { compact: options.compact } : {}),
    });
    this.parser = new SaxesParser({ position: true });
    // TestNG names itself in a comment before the root. It writes each invocation of a repeated or
    // retried method as its own <testcase> (a retried run as skipped): repeats are attempts there
    this.parser.on('comment', (text) => {
      if (!this.sawRoot && /org\.testng\.reporters\./.test(text)) this.collector.repeatsAreAttempts = true;
    });
    this.captured = options.portableAttributes !== true && captureAttributes(this.parser, this.attributes);
    this.parser.on('error', (error) => {
      const { what, column } = saxesMessage(this.parser, error.message);
      throw this.error(what, column);
    });
    this.parser.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.parser.on('closetag', (tag) => this.close(tag.name));
    // text handlers are attached only while an element's text is wanted: saxes then skips
    // building the (mostly whitespace) text between elements
    this.onText = (text: string) => this.text(text);
  }

  private error(what: string, column = this.parser.column + 1): ReportError {
    this.failure ??= new ReportError(this.options.file, what, this.parser.line, column);
    return this.failure;
  }

  write(chunk: string): void {
    // a UTF-8 length equal to the string length: all ASCII (see detachName)
    this.asciiPiece = Buffer.byteLength(chunk, 'utf8') === chunk.length;
    this.parser.write(chunk);
  }

  finish(): TestCase[] {
    this.parser.close();
    if (!this.sawRoot) throw this.error('no XML element found (expected JUnit XML with a <testsuites> or <testsuite> root)');
    return this.collector.tests();
  }

  /** Classnames and file paths repeat across thousands of tests: keep one copy of each. */
  private intern(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    // the last few values first: a cheap length and last-character test rejects most of them
    // without comparing the strings (the values are fresh slices, so comparing means scanning)
    const length = value.length;
    const last = value.charCodeAt(length - 1);
    const recent = this.recent;
    // the value returned last first: tests of one class are usually listed together
    const previous = recent[this.lastHit];
    if (previous !== undefined && previous.length === length && previous.charCodeAt(length - 1) === last && previous === value) {
      return previous;
    }
    for (let i = 0; i < recent.length; i++) {
      const candidate = recent[i]!;
      if (candidate.length === length && candidate.charCodeAt(length - 1) === last && candidate === value) {
        this.lastHit = i;
        return candidate;
      }
    }
    let kept = this.interned.get(value);
    if (kept === undefined) {
      kept = detachName(value, this.asciiPiece);
      // every distinct value is kept anyway; the map only stops when values hardly repeat
      if (this.interned.size < 100_000 || this.interned.size * 4 < this.collector.size) this.interned.set(kept, kept);
    }
    recent[this.nextRecent] = kept;
    this.lastHit = this.nextRecent;
    this.nextRecent = (this.nextRecent + 1) % RECENT;
    return kept;
  }

  /** One number per distinct duration, shared by the attempts and tests that took that long. */
  private durationOf(seconds: number): number {
    const kept = this.durations.get(seconds);
    if (kept !== undefined) return kept;
    if (this.durations.size < SHARED_DURATIONS) this.durations.set(seconds, seconds);
    return seconds;
  }

  /**
   * V8 keeps a slice of 13+ characters as a pointer into the string it came from: a message sliced
   * from a 32 KB text piece would pin the piece. Texts kept past their element are copied out.
   */
  private detach(value: string | undefined): string | undefined {
    if (value === undefined || value.length < 13) return value;
    // see detachName: a join gives one flat copy; the slice trick a flat copy plus a slice of it
    return this.asciiPiece ? [value.charAt(0), value.slice(1)].join('') : ` ${value}`.slice(1);
  }

  private listen(on: boolean): void {
    if (on) {
      this.parser.on('text', this.onText);
      this.parser.on('cdata', this.onText);
    } else {
      this.parser.off('text');
      this.parser.off('cdata');
    }
  }

  private lastRawFile: string | undefined;
  private lastFile: string | undefined;

  /** A test's file relative to the repo root, shared between the tests of one file. */
  private fileOf(raw: string | undefined): string | undefined {
    if (raw === undefined) return undefined;
    if (raw !== this.lastRawFile) {
      // a copy: a slice kept across many testcases would keep its text piece alive until V8 moves
      // it to the old generation, where it stays as garbage until a full GC
      this.lastRawFile = this.detach(raw);
      this.lastFile = this.intern(relativePath(raw, this.options.repoRoot));
    }
    return this.lastFile;
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (!this.sawRoot) {
      this.sawRoot = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        throw this.error(`root element <${name}> is not JUnit XML (expected <testsuites> or <testsuite>)`);
      }
    }
    if (this.capture === 'result' && this.captureDepth === 0 && (name === 'system-out' || name === 'system-err')) {
      // Surefire nests each rerun's own output inside its flaky/rerun element
      if (this.result!.output) this.result!.output += '\n';
      this.capture = 'output';
      return;
    }
    if (this.capture) {
      // <stackTrace> (Surefire reruns) and other nested markup: their text joins the element's text
      this.captureDepth++;
      return;
    }
    const attrs = this.attributes;
    if (!this.captured) attrs.setAll(tag.attributes);
    if (this.current) {
      if (RESULT_ELEMENTS.has(name) && !this.result) {
        this.result = { kind: name as ResultKind, message: attrs.message, type: attrs.type, time: attrs.time, text: '', output: '' };
        this.capture = 'result';
        this.captureDepth = 0;
        this.listen(true);
      } else if (name === 'system-out' || name === 'system-err') {
        if (this.current.output) this.current.output += '\n';
        this.capture = 'output';
        this.captureDepth = 0;
        this.listen(true);
      }
      return;
    }
    if (name === 'testsuite') {
      const parent = this.suites[this.suites.length - 1];
      if (parent) parent.children++;
      // each level copies its parent's path: bounded depth keeps that linear in the file size
      if (this.suites.length >= MAX_SUITE_DEPTH) throw this.error(`<testsuite> elements nested deeper than ${MAX_SUITE_DEPTH} levels`);
      // copies, as in fileOf: a suite lives across many text pieces
      const suiteName = this.detach(clean(attrs.name));
      this.suites.push({
        name: suiteName,
        path: suiteName === undefined ? parent?.path : Object.freeze([...(parent?.path ?? []), suiteName]),
        file: this.detach(clean(attrs.file ?? attrs.filepath)) ?? parent?.file,
        declared: {
          tests: count(attrs.tests),
          failures: count(attrs.failures),
          errors: count(attrs.errors),
          skipped: count(attrs.skipped) + count(attrs.disabled),
        },
        children: 0,
      });
      // pytest makes every node id unique in a session (equal parameter ids get suffixes), so a
      // repeated identity under its default suite name is a rerun (pytest-rerunfailures ≥ 16)
      if (suiteName === 'pytest') this.collector.repeatsAreAttempts = true;
    } else if (name === 'property' && attrs.name === 'go.version') {
      // gotestsum: Go test names are unique in a package (equal subtest names get #01 suffixes),
      // so a repeated identity is a --rerun-fails run
      this.collector.repeatsAreAttempts = true;
    } else if (name === 'testcase') {
      const suite = this.suites[this.suites.length - 1];
      if (suite) suite.children++;
      // one frame, reused: testcases do not nest, and most need nothing kept past their close
      const frame = this.frame;
      frame.attrs.copyFrom(attrs);
      frame.line = this.parser.line;
      frame.column = this.parser.column + 1;
      frame.results = undefined;
      frame.output = '';
      this.current = frame;
    }
  }

  private text(text: string): void {
    if (this.capture === 'result') this.result!.text = append(this.result!.text, text);
    else if (this.capture === 'output') {
      if (this.result) this.result.output = append(this.result.output, text);
      else this.current!.output = append(this.current!.output, text);
    }
  }

  private close(name: string): void {
    if (this.capture) {
      if (this.captureDepth > 0) {
        this.captureDepth--;
        return;
      }
      if (this.capture === 'output' && this.result) {
        this.capture = 'result';
        return;
      }
      this.capture = undefined;
      this.listen(false);
      if (this.result && RESULT_ELEMENTS.has(name)) {
        (this.current!.results ??= []).push(this.result);
        this.result = undefined;
      }
      return;
    }
    if (name === 'testcase' && this.current) {
      this.finishCase(this.current);
      this.current = undefined;
    } else if (name === 'testsuite') {
      const suite = this.suites.pop();
      if (suite && suite.children === 0) this.addUnlisted(suite);
    }
  }

  private finishCase(frame: CaseFrame): void {
    const attrs = frame.attrs;
    const suite = this.suites[this.suites.length - 1];
    const name = clean(attrs.name) ?? `(unnamed test #${++this.unnamed})`;
    // no classname: the enclosing <testsuite> name groups the test (tst, some C++ runners)
    const classname = this.intern(clean(attrs.classname) ?? suite?.name);
    const file = this.fileOf(clean(attrs.file ?? attrs.filepath) ?? suite?.file);
    const lineText = attrs.line ?? attrs.lineno;
    const line = lineNumber(lineText);
    const time = this.seconds(attrs.time, frame);
    if (frame.results === undefined && attrs.status === undefined && attrs.skipped === undefined && attrs.disabled === undefined) {
      this.collector.addPassed(file, line, classname, detachName(name, this.asciiPiece), time, suite?.path);
    } else this.collector.add(file, line, classname, detachName(name, this.asciiPiece), this.attempts(frame, time), suite?.path);
  }

  private seconds(value: string | undefined, frame: CaseFrame): number {
    const seconds = parseSeconds(value);
    if (seconds !== undefined && seconds > MAX_SECONDS) {
      throw new ReportError(
        this.options.file,
        `testcase time="${value}" is out of range (at most ${MAX_SECONDS} seconds, a year)`,
        frame.line,
        frame.column,
      );
    }
    if (seconds === undefined) {
      throw new ReportError(this.options.file, `testcase time="${value}" is not a number of seconds`, frame.line, frame.column);
    }
    return seconds;
  }

  /**
   * One testcase element → its attempts, in execution order:
   *   flakyFailure/flakyError (Surefire: failed runs before the final pass) → the main result →
   *   rerunFailure/rerunError (Surefire: failed re-runs after a failure).
   * Several plain results in one case (skipped + failure + error) are one attempt: the worst wins.
   */
  private attempts(frame: CaseFrame, time: number): Attempt[] {
    // a disabled test did not run, whatever else the element holds (tst, GoogleTest write a
    // <failure> or status on disabled cases too): disabled wins
    if (frame.attrs.status?.trim().toLowerCase() === 'disabled' || truthy(frame.attrs.disabled)) {
      return [attemptOf('skipped', this.durationOf(time), 'disabled', undefined, undefined, undefined)];
    }
    const before: Attempt[] = [];
    const after: Attempt[] = [];
    let main: Result | undefined;
    let status: TestStatus | undefined;
    for (const result of frame.results ?? []) {
      if (result.kind === 'flakyFailure' || result.kind === 'flakyError') before.push(this.attempt(result, frame));
      else if (result.kind === 'rerunFailure' || result.kind === 'rerunError') after.push(this.attempt(result, frame));
      else {
        const resultStatus = STATUS_OF[result.kind];
        if (!status || worse(status, resultStatus) !== status) {
          status = resultStatus;
          main = result;
        }
      }
    }
    // Surefire without the first <failure>: the rerun elements are all the runs there were
    if (!status && after.length > 0 && before.length === 0) {
      after[0]!.duration ||= time;
      return after;
    }
    status ??= statusAttribute(frame.attrs.status) ?? (truthy(frame.attrs.skipped) || truthy(frame.attrs.disabled) ? 'skipped' : 'passed');
    // Surefire writes the total of all runs on a flaky test's time: the passing run gets the rest
    const spent = before.reduce((sum, attempt) => sum + attempt.duration, 0);
    const duration = this.durationOf(before.length > 0 ? Math.max(0, time - spent) : time);
    let attempt: Attempt;
    if (status === 'passed') attempt = { status, duration };
    else {
      const text = bounded(withLineBreaks(main?.message, main?.text), MESSAGE_LIMIT) ?? firstLine(main?.text);
      if (status === 'skipped') {
        // skip reasons repeat ("needs GPU"): one copy each
        const message = text !== undefined && text.length < 200 ? this.intern(text) : this.detach(text);
        attempt = attemptOf(status, duration, message, undefined, undefined, undefined);
      } else {
        const stack = this.detach(bounded(main?.text, STACK_LIMIT));
        const output = this.detach(bounded(frame.output, OUTPUT_LIMIT));
        attempt = attemptOf(status, duration, this.detach(text), stack, this.intern(clean(main?.type)), output);
      }
    }
    // exact-size lists: a spread would leave spare capacity in each of thousands of lists
    return before.length === 0 && after.length === 0 ? [attempt] : before.concat([attempt], after);
  }

  private attempt(result: Result, frame: CaseFrame): Attempt {
    return attemptOf(
      STATUS_OF[result.kind],
      this.durationOf(result.time === undefined ? 0 : this.seconds(result.time, frame)),
      this.detach(bounded(result.message, MESSAGE_LIMIT) ?? firstLine(result.text)),
      this.detach(bounded(result.text, STACK_LIMIT)),
      this.intern(clean(result.type)),
      this.detach(bounded(result.output, OUTPUT_LIMIT)),
    );
  }

  /**
   * A suite that declares tests but lists none (some pytest/xdist crashes write only the counts):
   * its declared outcomes become placeholder tests, so a declared failure is never lost.
   */
  private addUnlisted(suite: SuiteFrame): void {
    const { tests, failures, errors, skipped } = suite.declared;
    if (tests === 0) return;
    // nothing is allocated from a declared count: a 58-byte file declaring tests="1e9" is an error
    this.unlisted += tests;
    if (this.unlisted > MAX_UNLISTED) {
      throw this.error(
        `<testsuite name="${suite.name ?? ''}"> declares ${tests} tests but lists none; at most ${MAX_UNLISTED} declared-only tests are read from one report`,
      );
    }
    const label = suite.name ?? 'testsuite';
    let index = 0;
    const add = (status: TestStatus, n: number) => {
      for (let i = 0; i < n && index < tests; i++) {
        index++;
        const attempt: Attempt = { status, duration: 0 };
        if (status !== 'passed') attempt.message = `listed only as a count on <testsuite name="${label}">`;
        this.collector.add(suite.file, undefined, suite.name, `(unlisted test ${index} of ${tests})`, [attempt], suite.path);
      }
    };
    add('errored', errors);
    add('failed', failures);
    add('skipped', skipped);
    add('passed', tests - index);
  }
}

/** Parse JUnit XML from decoded text chunks. */
export async function parseJUnit(chunks: AsyncIterable<string>, options: JUnitOptions): Promise<TestCase[]> {
  const reader = new JUnitReader(options);
  for await (const chunk of chunks) reader.write(chunk);
  return reader.finish();
}
