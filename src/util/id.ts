import { createHash } from 'node:crypto';

/** Short stable hash of the given parts (hex, 16 chars). */
export function stableHash(...parts: Array<string | number | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return hash.digest('hex').slice(0, 16);
}

/** murmur3's finaliser: every input bit reaches every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Two independent 32-bit lanes (FNV-1a, and a multiply/rotate lane with other constants) over the
// UTF-16 code units of each part followed by U+0000. A million-test report hashes every test id,
// so this avoids SHA-256 (a crypto hash is ~10× slower here and not needed: ids are not secrets).
let laneA = 0;
let laneB = 0;
function feed(part: string | undefined): void {
  let a = laneA;
  let b = laneB;
  if (part !== undefined) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b = (b << 13) | (b >>> 19);
    }
  }
  laneA = Math.imul(a, 0x01000193);
  laneB = Math.imul((b << 13) | (b >>> 19), 0x5bd1e995);
}

const HEX = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

/** The hash state after suite, file and classname: tests of one class hash only their names. */
export interface TestIdPrefix {
  readonly a: number;
  readonly b: number;
}

/**
 * The hash state after suite, file, classname and (when the report has one) the suite path: the
 * names of the enclosing <testsuite> elements, or CTRF's `suite` list. Each path element is fed
 * after a U+0001 marker, so a test without a suite path keeps the id it had before suite paths
 * were part of the identity, and ["a", "b"] never hashes like ["a b"].
 */
export function testIdPrefix(
  suite: string,
  file: string | undefined,
  classname: string | undefined,
  suitePath?: readonly string[],
): TestIdPrefix {
  laneA = 0x811c9dc5;
  laneB = 0x2f6b3c1d;
  feed(suite);
  feed(file);
  feed(classname);
  if (suitePath) for (const element of suitePath) feed(`\u0001${element}`);
  return { a: laneA, b: laneB };
}

/** testId(suite, file, classname, name) from testIdPrefix(suite, file, classname). */
export function testIdWithPrefix(prefix: TestIdPrefix, name: string): string {
  laneA = prefix.a;
  laneB = prefix.b;
  feed(name);
  const a = mix(laneA);
  const b = mix(laneB ^ a);
  lastBucket = a;
  return hexId(a, b);
}

/** The 16-character id of two 32-bit hash lanes (the inverse of testIdBucket and testIdLow). */
export function hexId(a: number, b: number): string {
  // one flat 16-character string (joined halves would be a rope of three strings: ~3× the memory)
  return String.fromCharCode(
    HEX[a >>> 28]!,
    HEX[(a >>> 24) & 15]!,
    HEX[(a >>> 20) & 15]!,
    HEX[(a >>> 16) & 15]!,
    HEX[(a >>> 12) & 15]!,
    HEX[(a >>> 8) & 15]!,
    HEX[(a >>> 4) & 15]!,
    HEX[a & 15]!,
    HEX[b >>> 28]!,
    HEX[(b >>> 24) & 15]!,
    HEX[(b >>> 20) & 15]!,
    HEX[(b >>> 16) & 15]!,
    HEX[(b >>> 12) & 15]!,
    HEX[(b >>> 8) & 15]!,
    HEX[(b >>> 4) & 15]!,
    HEX[b & 15]!,
  );
}

/**
 * The stable id of a test: a 64-bit hash of suite + file + classname (+ suite path) + name (DESIGN
 * §4), as 16 hex characters. The same inputs give the same id in every process and version:
 * baselines and flaky issues are keyed by it, so the function must not change.
 */
export function testId(
  suite: string,
  file: string | undefined,
  classname: string | undefined,
  name: string,
  suitePath?: readonly string[],
): string {
  return testIdWithPrefix(testIdPrefix(suite, file, classname, suitePath), name);
}

/** An id extended by one more part (after a marker character), through the same hash. */
function extend(id: string, marker: string, part: string): string {
  laneA = 0x811c9dc5;
  laneB = 0x2f6b3c1d;
  feed(id);
  feed(`${marker}${part}`);
  return testIdWithPrefix({ a: laneA, b: laneB }, '');
}

/**
 * The id of the k-th (0-based) test with the same identity inside one report of one attempt: two
 * `it('works')` in different files of one class, equal parameterized names. k = 0 is the plain id.
 */
export function withOccurrence(id: string, occurrence: number): string {
  return occurrence > 0 ? extend(id, '\u0002', String(occurrence)) : id;
}

/** The id of a test on one variant (matrix leg): '' (no variant) is the plain id. */
export function withVariant(id: string, variant: string | undefined): string {
  return variant ? extend(id, '\u0003', variant) : id;
}

/** Everything a test's identity is made of (the TestCase fields of the same names). */
export interface TestIdentity {
  suite: string;
  suitePath?: readonly string[];
  file?: string;
  classname?: string;
  name: string;
  occurrence?: number;
  variant?: string;
}

/** A test's id from its identity fields: what the readers compute, for anyone who must recompute it. */
export function testIdOf(test: TestIdentity): string {
  return withVariant(
    withOccurrence(testId(test.suite, test.file, test.classname, test.name, test.suitePath), test.occurrence ?? 0),
    test.variant,
  );
}

/**
 * The id this test had before suite paths, occurrences and variants were part of the identity
 * (testops ≤ 2026-11): baseline history and flaky issues recorded under it are adopted by the
 * test (docs/formats.md, "Test identity").
 */
export function legacyTestId(test: Pick<TestIdentity, 'suite' | 'file' | 'classname' | 'name'>): string {
  return testId(test.suite, test.file, test.classname, test.name);
}

let lastBucket = 0;

/** testIdBucket of the id testId/testIdWithPrefix returned last (without re-reading it). */
export function lastTestIdBucket(): number {
  return lastBucket;
}

/** The first 32 bits of a testId as a number (for hash tables keyed by test id). */
export function testIdBucket(id: string, from = 0): number {
  let bucket = 0;
  for (let i = from; i < from + 8; i++) {
    const c = id.charCodeAt(i);
    // hex digit value; other characters still give a (worse-spread) number, never an error
    bucket = (bucket << 4) | ((c & 15) + (c > 57 ? 9 : 0));
  }
  return bucket >>> 0;
}

/** The last 32 bits of a testId as a number: with testIdBucket, the whole id (see hexId). */
export const testIdLow = (id: string): number => testIdBucket(id, 8);

/** What names a test wherever it is copied (a history row, a test case rebuilt from one): id, suite, name, and file and variant when known. */
export function testNaming(test: { id: string; suite: string; name: string; file?: string; variant?: string }) {
  return {
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...(test.file ? { file: test.file } : {}),
    ...(test.variant ? { variant: test.variant } : {}),
  };
}
