/**
 * Globs compiled once and indexed by their literal leading directories, so that matching a
 * changed path only tries the few globs that could match it (100,000 paths × 5,000 globs would
 * otherwise be 5·10⁸ matcher calls).
 */
import { Minimatch } from 'minimatch';

const MATCH_OPTIONS = { dot: true, nocomment: true } as const;
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
interface Entry {
  owner: number;
  pattern: string;
  matcher: Minimatch;
  /** set for "dir/**": any path under dir matches, no matcher call needed */
  under?: string;
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
      const entry: Entry = { owner, pattern: body, matcher: new Minimatch(body, MATCH_OPTIONS) };
      const whole = /^(.+)\/\*\*$/.exec(body);
      if (whole && literalPrefix(body).length === whole[1].split('/').length) entry.under = whole[1];
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
        const hit = entry.under !== undefined ? path === entry.under || path.startsWith(`${entry.under}/`) : entry.matcher.match(path);
        if (!hit) continue;
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
    return list ? list.some((entry) => entry.matcher.match(path)) : false;
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
