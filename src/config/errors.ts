/**
 * Turning zod issues into the one-line config error users see:
 *   .github/testops.yml: suites.unit.budget: expected a duration like "90s" or "2m", got "fast"
 */
import type { z } from 'zod';

/** the config's user error (exit 2), one of the classes in src/errors.ts */
export { ConfigError } from '../errors.js';

type Issue = z.core.$ZodIssue;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  int: 'a whole number',
};

/** Levenshtein distance, for "did you mean" on unknown keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function suggest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/**
 * Every branch's issues with full paths. A union nested in a union at the same path (a report entry:
 * a glob, {path, format}, or a list of either) is opened too, or its object branch's precise
 * complaint ("format: expected one of …") would be hidden behind "expected a list".
 */
function unionBranches(issue: Issue & { code: 'invalid_union' }): Issue[] {
  return issue.errors.flat().flatMap((inner) => {
    const full = { ...inner, path: [...issue.path, ...inner.path] } as Issue;
    return full.code === 'invalid_union' && inner.path.length === 0 && full.errors.length > 0 ? unionBranches(full) : [full];
  });
}

/** The most specific issue wins: union branches are searched for the deepest explanation. */
function deepest(issue: Issue): Issue {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const candidates = unionBranches(issue);
    const custom = candidates.find((inner) => inner.code === 'custom');
    if (custom) return custom;
    const nested = candidates.filter((inner) => inner.path.length > issue.path.length);
    if (nested.length > 0) return deepest(nested[0]);
    const types = [
      ...new Set(candidates.flatMap((inner) => (inner.code === 'invalid_type' ? [TYPE_WORDS[inner.expected] ?? inner.expected] : []))),
    ];
    if (types.length > 0) return { code: 'custom', path: issue.path, message: `expected ${types.join(' or ')}`, input: undefined } as Issue;
  }
  return issue;
}

/** One line for one issue, without the file name. */
export function describeIssue(raw: unknown, original: Issue, knownKeys?: (path: readonly PropertyKey[]) => string[]): string {
  const issue = deepest(original);
  const path = issue.path as PropertyKey[];
  const found = valueAt(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      const hint = knownKeys ? suggest(key, knownKeys(path)) : undefined;
      return `${formatPath([...path, key])}: unknown field${hint ? `; did you mean "${hint}"?` : `; expected one of ${(knownKeys?.(path) ?? []).join(', ')}`}`;
    }
    case 'invalid_type': {
      if (found === undefined)
        return `${formatPath(path)}: required field is missing (expected ${TYPE_WORDS[issue.expected] ?? issue.expected})`;
      return `${formatPath(path)}: expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(found)}`;
    }
    case 'invalid_value':
      return `${formatPath(path)}: expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}, got ${describeValue(found)}`;
    case 'too_small':
    case 'too_big': {
      if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
        return `${formatPath(path)}: expected non-empty text, got ${describeValue(found)}`;
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      return `${formatPath(path)}: expected ${bound}${what ? ` ${what}` : ''}, got ${describeValue(found)}`;
    }
    case 'invalid_format':
      return `${formatPath(path)}: expected ${issue.format === 'regex' ? `text matching ${String((issue as { pattern?: string }).pattern)}` : issue.format}, got ${describeValue(found)}`;
    case 'invalid_key':
      return `${formatPath(path)}: ${issue.issues[0]?.message ?? 'invalid key'}`;
    case 'not_multiple_of':
      return `${formatPath(path)}: expected a multiple of ${String(issue.divisor)}, got ${describeValue(found)}`;
    default: {
      const message = issue.message.startsWith('expected') ? issue.message : `expected ${issue.message}`;
      return `${formatPath(path)}: ${message}${found !== undefined && typeof found !== 'object' ? `, got ${describeValue(found)}` : ''}`;
    }
  }
}
