/**
 * The attributes the JUnit reader looks at, read straight from saxes' list of parsed attributes.
 *
 * saxes hands each element its attributes as an `Object.create(null)` record: a dictionary-mode
 * object, filled by hash inserts and read by hash lookups. Building those records is a quarter of
 * saxes' own time on a large report (measured: 1,050 ms → 810 ms for 100 MB of pytest-like JUnit),
 * and the reader then looks up ten names per testcase in them. JUnit needs only the fifteen names
 * below, so the reader takes over saxes' attribute step: it copies those values into one reused
 * fixed-shape object, checks every attribute name (known or not) for duplicates as saxes would, and
 * leaves the dictionary empty.
 */
import type { SaxesParser } from 'saxes';

/** One element's attributes that JUnit readers use (undefined: absent). */
export class JUnitAttributes {
  name: string | undefined = undefined;
  classname: string | undefined = undefined;
  file: string | undefined = undefined;
  filepath: string | undefined = undefined;
  line: string | undefined = undefined;
  lineno: string | undefined = undefined;
  time: string | undefined = undefined;
  status: string | undefined = undefined;
  skipped: string | undefined = undefined;
  disabled: string | undefined = undefined;
  message: string | undefined = undefined;
  type: string | undefined = undefined;
  tests: string | undefined = undefined;
  failures: string | undefined = undefined;
  errors: string | undefined = undefined;

  clear(): void {
    this.name = this.classname = this.file = this.filepath = this.line = this.lineno = this.time = undefined;
    this.status = this.skipped = this.disabled = this.message = this.type = this.tests = this.failures = this.errors = undefined;
  }

  copyFrom(other: JUnitAttributes): void {
    this.name = other.name;
    this.classname = other.classname;
    this.file = other.file;
    this.filepath = other.filepath;
    this.line = other.line;
    this.lineno = other.lineno;
    this.time = other.time;
    this.status = other.status;
    this.skipped = other.skipped;
    this.disabled = other.disabled;
    this.message = other.message;
    this.type = other.type;
    this.tests = other.tests;
    this.failures = other.failures;
    this.errors = other.errors;
  }

  /** Keeps `value` when `name` is one of the fields; returns the field's bit, or 0 for other names. */
  set(name: string, value: string): number {
    switch (name) {
      case 'name':
        this.name = value;
        return 1;
      case 'classname':
        this.classname = value;
        return 2;
      case 'file':
        this.file = value;
        return 4;
      case 'filepath':
        this.filepath = value;
        return 8;
      case 'line':
        this.line = value;
        return 16;
      case 'lineno':
        this.lineno = value;
        return 32;
      case 'time':
        this.time = value;
        return 64;
      case 'status':
        this.status = value;
        return 128;
      case 'skipped':
        this.skipped = value;
        return 256;
      case 'disabled':
        this.disabled = value;
        return 512;
      case 'message':
        this.message = value;
        return 1024;
      case 'type':
        this.type = value;
        return 2048;
      case 'tests':
        this.tests = value;
        return 4096;
      case 'failures':
        this.failures = value;
        return 8192;
      case 'errors':
        this.errors = value;
        return 16384;
      default:
        return 0;
    }
  }

  /** The fields from an attribute record (saxes' own, when the fast path is not available). */
  setAll(record: Record<string, string>): void {
    this.clear();
    for (const name in record) this.set(name, record[name]!);
  }
}

/** The parts of saxes 6 the fast path relies on (not in its type declarations). */
interface SaxesAttributeStep {
  attribList: Array<{ name: string; value: string }>;
  /** called once per attribute, with its name and (entity-decoded) value */
  pushAttrib: (name: string, value: string) => void;
  /** called when an element's start tag is complete, before its opentag event */
  processAttribs: () => void;
}

/** Above this many names that are not fields, duplicates are found with a Set instead of a scan. */
const SCAN_LIMIT = 16;

/**
 * Makes `parser` (non-namespace mode) put each element's attributes into `into` instead of the
 * element's attribute record, which stays empty. Returns false — and changes nothing — when this
 * saxes does not have the expected internals; the caller then reads the records (setAll).
 *
 * Both of saxes' attribute steps are replaced: pushAttrib (which would allocate a {name, value}
 * pair per attribute) and processAttribs (which would copy the pairs into the record).
 */
export function captureAttributes(parser: SaxesParser, into: JUnitAttributes): boolean {
  const step = parser as unknown as SaxesAttributeStep;
  if (!Array.isArray(step.attribList) || typeof step.pushAttrib !== 'function' || typeof step.processAttribs !== 'function') return false;
  /** whether `into` holds attributes of the start tag being read (else of the element before) */
  let reading = false;
  let seen = 0;
  let others: string[] = [];
  let otherCount = 0;
  let otherSet: Set<string> | undefined;
  const duplicate = (name: string) => parser.fail(`duplicate attribute: ${name}.`);
  step.pushAttrib = (name, value) => {
    if (!reading) {
      // the first attribute of a new start tag: the previous element's values go
      into.clear();
      reading = true;
      seen = 0;
      otherCount = 0;
      otherSet = undefined;
      if (others.length > SCAN_LIMIT) others = [];
    }
    const bit = into.set(name, value);
    if (bit !== 0) {
      if ((seen & bit) !== 0) duplicate(name);
      seen |= bit;
      return;
    }
    // other names (hostname, timestamp, assertions …): only checked for duplicates
    if (otherSet) {
      if (otherSet.has(name)) duplicate(name);
      otherSet.add(name);
      return;
    }
    for (let k = 0; k < otherCount; k++) if (others[k] === name) duplicate(name);
    others[otherCount++] = name;
    if (otherCount > SCAN_LIMIT) otherSet = new Set(others.slice(0, otherCount));
  };
  step.processAttribs = () => {
    // a start tag without attributes: nothing of the element before may show
    if (!reading) into.clear();
    reading = false;
  };
  return true;
}
