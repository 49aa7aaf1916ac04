/**
 * Globs compiled once and indexed by their literal leading directories, so that matching a
 * changed path only tries the few globs that could match it (100,000 paths × 5,000 globs would
 * otherwise be 5·10⁸ matcher calls).
 */
import { Minimatch } from 'minimatch';

// Level 1 skips the costly pattern rewriting of level 2: each pattern is matched against few paths.
const MATCH_OPTIONS = { dot: true, nocomment: true, optimizationLevel: 1 } as const;
const MAGIC = /[*?[\]{}()!+@]/;

/** Why a glob is unusable, or undefined when it is fine. Paths are repo-relative with forward slashes. */
export function globProblem(pattern: string): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') return 'expected a glob, got an empty pattern';
  if (body.includes('\\')) return 'expected forward slashes in a glob (paths are repository-relative, like "src/**")';
  if (body.startsWith('/')) return 'expected a path relative to the repository root, without a leading "/"';
  if (body.startsWith('./')) return 'expected a path relative to the repository root, without a leading "./"';
  let brackets = 0;
  let braces = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (brackets > 0) {
      if (char === ']' && body[i - 1] !== '[' && body[i - 1] !== '!' && body[i - 1] !== '^') brackets = 0;
      else if (char === '-' && body[i + 1] && body[i + 1] !== ']' && body[i - 1] !== '[' && body[i - 1] > body[i + 1])
        return `expected a character range in ascending order, got "${body[i - 1]}-${body[i + 1]}"`;
      continue;
    }
    if (char === '[') brackets = 1;
    else if (char === '{') braces++;
    else if (char === '}') {
      if (braces === 0) return 'expected "{" before "}"';
      braces--;
    }
  }
  if (brackets > 0) return 'expected "]" to close "["';
  if (braces > 0) return 'expected "}" to close "{"';
  return undefined;
}

/** One compiled glob with the id of whoever owns it (a suite index, or a special owner). */
class Entry {
  private compiled?: Minimatch;
  /** the common glob shapes as one RegExp (null: a shape only minimatch handles) */
  private regex?: RegExp | null;
  /** set for "dir/**": any path under dir matches */
  readonly under?: string;
  /** set for a file name at any depth ("**" then "/name"): the name to compare */
  readonly basename?: string;

  /** set for a pattern without magic: the one path it matches */
  readonly exact?: string;

  constructor(
    readonly owner: number,
    readonly pattern: string,
  ) {
    if (!MAGIC.test(pattern)) this.exact = pattern;
    const whole = /^(.+)\/\*\*$/.exec(pattern);
    if (whole && !MAGIC.test(whole[1]) && !whole[1].split('/').some((part) => part === '' || part === '.' || part === '..'))
      this.under = whole[1];
    const anyDepth = /^\*\*\/([^/]+)$/.exec(pattern);
    if (anyDepth && !MAGIC.test(anyDepth[1])) this.basename = anyDepth[1];
  }

  /** Matching without minimatch for the common shapes; the matcher is compiled only when needed. */
  test(path: string): boolean {
    if (this.exact !== undefined) return path === this.exact;
    if (this.under !== undefined) return path === this.under || path.startsWith(`${this.under}/`);
    if (this.basename !== undefined) return path === this.basename || path.endsWith(`/${this.basename}`);
    if (this.regex === undefined) this.regex = globToRegExp(this.pattern) ?? null;
    if (this.regex) return this.regex.test(path);
    this.compiled ??= new Minimatch(this.pattern, MATCH_OPTIONS);
    return this.compiled.match(path);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** One path segment of a glob as a RegExp source; undefined when it uses syntax left to minimatch. */
function segmentSource(segment: string): string | undefined {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i];
    if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) return undefined;
      let body = segment.slice(i + 1, end);
      if (body.includes('[') || body.includes('\\')) return undefined;
      if (body.startsWith('!') || body.startsWith('^')) body = `^${body.slice(1)}`;
      out += `[${body}]`;
      i = end;
    } else if (char === '{') {
      const end = segment.indexOf('}', i);
      const body = segment.slice(i + 1, end);
      if (end < 0 || body.includes('{') || body.includes('..') || !body.includes(',')) return undefined;
      const options = body.split(',').map(segmentSource);
      if (options.some((option) => option === undefined)) return undefined;
      out += `(?:${options.join('|')})`;
      i = end;
    } else if ('()!+@\\]}'.includes(char)) return undefined;
    else out += escapeRegExp(char);
  }
  return out;
}

/**
 * The glob as an anchored RegExp with minimatch's meaning under {dot: true} for the shapes that
 * configs use (*, **, ?, [class], {a,b}); undefined for anything else (extglobs, nested braces…).
 */
export function globToRegExp(pattern: string): RegExp | undefined {
  if (pattern.startsWith('!') || pattern.startsWith('#') || /\{[^}]*\/[^}]*\}/.test(pattern)) return undefined;
  const segments = pattern.split('/');
  let out = '';
  let needSeparator = false;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '**') {
      if (last) out += needSeparator ? '(?:/.*)?' : '.*';
      else out += needSeparator ? '(?:/.+)?/' : '(?:.+/)?';
      needSeparator = false;
      continue;
    }
    if (segment === '' || segment === '.' || segment === '..') return undefined;
    const source = segmentSource(segment);
    if (source === undefined) return undefined;
    out += (needSeparator ? '/' : '') + source;
    needSeparator = true;
  }
  return new RegExp(`^${out}$`);
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entries: Entry[];
}

const newNode = (): TrieNode => ({ children: new Map(), entries: [] });

/** The leading path segments that contain no glob magic ("packages/api/**" → ["packages", "api"]). */
function literalPrefix(pattern: string): string[] {
  const segments = pattern.split('/');
  const prefix: string[] = [];
  // The last segment is a file name: keep it out so "a/b.ts" is found under "a".
  for (let i = 0; i < segments.length - 1; i++) {
    if (MAGIC.test(segments[i]) || segments[i] === '' || segments[i] === '.' || segments[i] === '..') break;
    prefix.push(segments[i]);
  }
  return prefix;
}

/**
 * Positive globs in a prefix trie; negations ("!glob") kept per owner and checked only for owners
 * that a positive glob matched. An owner matches a path when some positive glob matches it and no
 * negation does.
 */
export class GlobIndex {
  private readonly root = newNode();
  private readonly negations = new Map<number, Entry[]>();
  private readonly positiveCount = new Map<number, number>();

  add(owner: number, patterns: readonly string[]): void {
    for (const pattern of patterns) {
      const negated = pattern.startsWith('!');
      const body = negated ? pattern.slice(1) : pattern;
      const entry = new Entry(owner, body);
      if (negated) {
        const list = this.negations.get(owner) ?? [];
        list.push(entry);
        this.negations.set(owner, list);
        continue;
      }
      this.positiveCount.set(owner, (this.positiveCount.get(owner) ?? 0) + 1);
      let node = this.root;
      for (const segment of literalPrefix(body)) {
        let child = node.children.get(segment);
        if (!child) {
          child = newNode();
          node.children.set(segment, child);
        }
        node = child;
      }
      node.entries.push(entry);
    }
  }

  /** Whether the owner has any positive glob. */
  has(owner: number): boolean {
    return (this.positiveCount.get(owner) ?? 0) > 0;
  }

  /**
   * Calls `found(owner, pattern)` once per owner whose globs match `path` (first matching
   * positive glob). `skip(owner)` lets the caller drop owners it no longer cares about cheaply.
   */
  match(path: string, found: (owner: number, pattern: string) => void, skip?: (owner: number) => boolean): void {
    const segments = path.split('/');
    let node: TrieNode | undefined = this.root;
    let seen: Set<number> | undefined;
    for (let depth = 0; node; depth++) {
      for (const entry of node.entries) {
        if (seen?.has(entry.owner) || skip?.(entry.owner)) continue;
        if (!entry.test(path)) continue;
        if (this.negated(entry.owner, path)) continue;
        if (!seen) seen = new Set();
        seen.add(entry.owner);
        found(entry.owner, entry.pattern);
      }
      node = depth < segments.length - 1 ? node.children.get(segments[depth]) : undefined;
    }
  }

  /** The owners matching a path, in no particular order. */
  owners(path: string): number[] {
    const out: number[] = [];
    this.match(path, (owner) => out.push(owner));
    return out;
  }

  private negated(owner: number, path: string): boolean {
    const list = this.negations.get(owner);
    return list ? list.some((entry) => entry.test(path)) : false;
  }
}

/** A single list of globs (with "!negation"), compiled once. */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const index = new GlobIndex();
  index.add(0, patterns);
  return (path) => {
    let hit = false;
    index.match(path, () => {
      hit = true;
    });
    return hit;
  };
}
