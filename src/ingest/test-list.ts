/**
 * A compact list of tests for reports of millions of them. A TestCase object costs ~220 bytes (a
 * 12-field object, its 16-character id, its name, its list slot): 1.3 GB at 6.3 million tests. Most
 * of those tests ran once and passed, and say nothing but their name, where they are and how long
 * they took; this list keeps such a test as a row of typed arrays (its id as two 32-bit lanes, one
 * index for its suite path, file and classname, its line and duration) beside its name, ~80 bytes,
 * and every other test as its object.
 *
 * It is handed out as a TestCase[] (a Proxy over the list of names and objects): reading an index
 * builds that test's object afresh, so every reader of `SuiteRun.tests` works unchanged. A compact
 * test's object is a copy: code that changes a test in place takes it with `ownTest`, which keeps
 * the object in the list from then on. Writing an index or pushing stores the object given.
 */
import type { Attempt, TestCase } from '../model.js';
import { hexId, testIdBucket, testIdLow } from '../util/id.js';

/** Where a compact test sits: shared by the tests of one class in one file. */
interface Group {
  suitePath: readonly string[] | undefined;
  file: string | undefined;
  classname: string | undefined;
}

const NO_LINE = -1;

/** The compact rows, and the list behind the Proxy: a name for a compact test, the object for any other. */
export class CompactTests {
  readonly entries: Array<string | TestCase>;
  private idA: Uint32Array;
  private idB: Uint32Array;
  private group: Int32Array;
  private line: Int32Array;
  private duration: Float64Array;
  private readonly groups: Group[] = [];
  private readonly groupIndex = new Map<string | undefined, Map<string | undefined, Map<readonly string[] | undefined, number>>>();
  /** the runner attempt that produced the compact tests (src/runner/suite.ts tagAttempts), once tagged */
  run: number | undefined;
  /** per run tag, per duration: the one frozen attempt list compact tests of that duration share */
  private readonly passes = new Map<number | undefined, Map<number, Attempt[]>>();
  /** false once a test came from elsewhere than its own collector: ids may repeat */
  ownIds = true;

  constructor(
    readonly suite: string,
    readonly variant: string | undefined,
    capacity: number,
  ) {
    this.entries = [];
    this.idA = new Uint32Array(capacity);
    this.idB = new Uint32Array(capacity);
    this.group = new Int32Array(capacity);
    this.line = new Int32Array(capacity);
    this.duration = new Float64Array(capacity);
  }

  get length(): number {
    return this.entries.length;
  }

  /** Appends a test that ran once and passed, with no occurrence index. */
  pushPassed(
    id: string,
    suitePath: readonly string[] | undefined,
    file: string | undefined,
    line: number | undefined,
    classname: string | undefined,
    name: string,
    duration: number,
  ): void {
    const at = this.entries.length;
    if (at >= this.idA.length) this.grow(Math.max(1024, this.idA.length * 2));
    this.idA[at] = testIdBucket(id);
    this.idB[at] = testIdLow(id);
    this.group[at] = this.groupOf(suitePath, file, classname);
    // a line past what an Int32 holds is kept by making the test an object
    this.line[at] = line === undefined ? NO_LINE : line;
    this.duration[at] = duration;
    this.entries.push(name);
  }

  /** Whether a test can be kept compact (see pushPassed). */
  static fits(line: number | undefined): boolean {
    return line === undefined || (line >= 0 && line <= 0x7fffffff);
  }

  private grow(capacity: number): void {
    const copy = <T extends Uint32Array | Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.idA = copy(this.idA, new Uint32Array(capacity));
    this.idB = copy(this.idB, new Uint32Array(capacity));
    this.group = copy(this.group, new Int32Array(capacity));
    this.line = copy(this.line, new Int32Array(capacity));
    this.duration = copy(this.duration, new Float64Array(capacity));
  }

  private groupOf(suitePath: readonly string[] | undefined, file: string | undefined, classname: string | undefined): number {
    let byClass = this.groupIndex.get(file);
    if (!byClass) this.groupIndex.set(file, (byClass = new Map()));
    let byPath = byClass.get(classname);
    if (!byPath) byClass.set(classname, (byPath = new Map()));
    let index = byPath.get(suitePath);
    if (index === undefined) {
      index = this.groups.push({ suitePath, file, classname }) - 1;
      byPath.set(suitePath, index);
    }
    return index;
  }

  /** Whether the test at `at` has this id (without building the compact test's id). */
  hasId(at: number, id: string): boolean {
    const entry = this.entries[at] as string | TestCase;
    if (typeof entry !== 'string') return entry.id === id;
    return this.idA[at] === testIdBucket(id) && this.idB[at] === testIdLow(id);
  }

  /** The first 32 bits of the id of the test at `at` (testIdBucket of its id). */
  bucketAt(at: number): number {
    const entry = this.entries[at] as string | TestCase;
    return typeof entry === 'string' ? (this.idA[at] as number) : testIdBucket(entry.id);
  }

  /** The test at `at`: its object, or a new one built from its row. */
  at(at: number): TestCase {
    const entry = this.entries[at] as string | TestCase;
    if (typeof entry !== 'string') return entry;
    const group = this.groups[this.group[at] as number] as Group;
    const line = this.line[at] as number;
    const duration = this.duration[at] as number;
    // the fields in the collector's order (src/ingest/tests.ts testCase): runs.json reads the same
    return {
      id: hexId(this.idA[at] as number, this.idB[at] as number),
      suite: this.suite,
      suitePath: group.suitePath,
      variant: this.variant,
      file: group.file,
      line: line === NO_LINE ? undefined : line,
      classname: group.classname,
      name: entry,
      status: 'passed',
      attempts: this.passOf(duration),
      flaky: false,
      duration,
    };
  }

  /** The test at `at` as an object kept in the list: changes to it stay. */
  own(at: number): TestCase {
    const entry = this.entries[at] as string | TestCase;
    if (typeof entry !== 'string') return entry;
    const test = this.at(at);
    this.entries[at] = test;
    return test;
  }

  /** The one frozen attempt list of a compact test of this duration (tagged with `run` once set). */
  private passOf(duration: number): Attempt[] {
    let byDuration = this.passes.get(this.run);
    if (!byDuration) this.passes.set(this.run, (byDuration = new Map()));
    let list = byDuration.get(duration);
    if (!list) {
      const attempt: Attempt = this.run === undefined ? { status: 'passed', duration } : { status: 'passed', duration, run: this.run };
      list = Object.freeze([Object.freeze(attempt)]) as Attempt[];
      // bounded: durations written with many digits hardly repeat
      if (byDuration.size < 100_000) byDuration.set(duration, list);
    }
    return list;
  }
}

const stores = new WeakMap<object, CompactTests>();

function index(property: string | symbol): number {
  if (typeof property !== 'string') return -1;
  const first = property.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const value = Number(property);
  return Number.isInteger(value) && String(value) === property ? value : -1;
}

/** The compact list as the TestCase[] every reader takes. */
export function compactList(store: CompactTests): TestCase[] {
  const list = new Proxy(store.entries, {
    get(target, property, receiver) {
      const at = index(property);
      if (at >= 0) return at < target.length ? store.at(at) : undefined;
      return Reflect.get(target, property, receiver);
    },
    set(target, property, value, receiver) {
      if (index(property) >= 0) store.ownIds = false;
      return Reflect.set(target, property, value, receiver);
    },
  }) as unknown as TestCase[];
  stores.set(list, store);
  return list;
}

/** The compact store behind a list from compactList, if it is one. */
export function compactStoreOf(tests: readonly TestCase[]): CompactTests | undefined {
  return stores.get(tests);
}

/** The test at `at`, to be changed in place: in a compact list it stays an object from then on. */
export function ownTest(tests: TestCase[], at: number): TestCase {
  const store = stores.get(tests);
  return store ? store.own(at) : (tests[at] as TestCase);
}
