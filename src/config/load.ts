/**
 * Finding, reading and validating the config file. Every failure is a ConfigError whose message
 * is one line naming the file, the field, what was expected and what was found.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { ConfigError, describeIssue } from './errors.js';
import { type Config, configSchema, crossFieldIssues } from './schema.js';

export const DEFAULT_CONFIG_PATHS = ['.github/testops.yml', '.github/testops.yaml', 'testops.yml', 'testops.yaml'];

export interface LoadedConfig {
  config: Config;
  /** as given or found, relative to the repo root when inside it */
  path: string;
  text: string;
}

/** Resolve the config path: the one asked for, or the first default that exists. */
export function findConfig(repoRoot: string, requested?: string): string {
  const candidates =
    requested && !DEFAULT_CONFIG_PATHS.includes(requested)
      ? [requested]
      : [...new Set([requested ?? DEFAULT_CONFIG_PATHS[0], ...DEFAULT_CONFIG_PATHS])];
  for (const candidate of candidates) {
    const full = isAbsolute(candidate) ? candidate : join(repoRoot, candidate);
    if (existsSync(full)) return candidate;
  }
  throw new ConfigError(
    requested && !DEFAULT_CONFIG_PATHS.includes(requested)
      ? `${requested}: config file not found; check the "config" input or --config path`
      : `no config file: run "testops init" to write .github/testops.yml from the test setups it finds, or create it (or testops.yml) with "version: 1" and your suites`,
  );
}

/** Keys a strict object at `path` accepts, for "did you mean". */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let node: z.ZodType = configSchema as unknown as z.ZodType;
  const unwrap = (schema: z.ZodType): z.ZodType => {
    let current: z.ZodType = schema;
    for (let i = 0; i < 10; i++) {
      const def = (
        current as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; schema?: z.ZodType; options?: z.ZodType[] } }
      ).def;
      if (def.innerType) current = def.innerType;
      else if (def.type === 'pipe' && def.in) current = def.in;
      else if (def.type === 'union' && def.options) {
        const object = def.options.find((option) => (option as unknown as { def: { type: string } }).def.type === 'object');
        if (!object) break;
        current = object;
      } else break;
    }
    return current;
  };
  node = unwrap(node);
  for (const key of path) {
    const def = (
      node as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; valueType?: z.ZodType; element?: z.ZodType } }
    ).def;
    if (def.type === 'object' && def.shape) node = unwrap(def.shape[key as string] ?? node);
    else if (def.type === 'record' && def.valueType) node = unwrap(def.valueType);
    else if (def.type === 'array' && def.element) node = unwrap(def.element);
  }
  const def = (node as unknown as { def: { shape?: Record<string, unknown> } }).def;
  return def.shape ? Object.keys(def.shape).filter((key) => key !== '$schema') : [];
}

/** An unknown top-level key is often a holder of YAML anchors: say where those may live. */
function withAnchorHint(issue: z.core.$ZodIssue, line: string): string {
  return issue.code === 'unrecognized_keys' && issue.path.length === 0
    ? `${line} (a mapping that only holds YAML anchors can be named "x-…", e.g. x-defaults)`
    : line;
}

/** Validate already-parsed data; `label` is the file name used in messages. */
export function validateConfig(raw: unknown, label: string): Config {
  if (raw === null || raw === undefined)
    throw new ConfigError(`${label}: the file is empty; expected a mapping with "version: 1" and "suites"`);
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError(`${label}: expected a mapping at the top level, got ${Array.isArray(raw) ? 'a list' : typeof raw}`);
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  // A misspelt key also shows up as a missing required one: name the misspelling first.
  const issues = [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const lines = issues.map((issue) => withAnchorHint(issue, describeIssue(raw, issue, knownKeysAt)));
  const extra = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
  throw new ConfigError(`${label}: ${lines[0]}${extra}`);
}

/** Aliases expanded at most this many times: a "billion laughs" file stops here instead of eating memory. */
export const MAX_ALIAS_COUNT = 100;

/** C0 controls and DEL, bar tab, LF and CR: YAML does not allow them raw, and no field needs them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const controlName = (char: string) => (char === '\u0000' ? 'NUL' : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);

/** The first string holding a control character (an escaped "\0" in quotes, say), with its field path. */
function controlInValues(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; char: string } | undefined {
  if (typeof value === 'string') {
    const match = CONTROL.exec(value);
    return match ? { path, char: match[0] } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = controlInValues(item, [...path, index]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = controlInValues(key, [...path, key]) ?? controlInValues(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * YAML text → plain data, or a ConfigError naming the file and line: syntax, raw control
 * characters, duplicate keys, alias bombs, control characters in values. Merge keys (`<<: *base`)
 * work; top-level keys starting with "x-" hold anchors and are dropped (as in Compose files).
 * Linear in the file: the yaml library's own duplicate-key check compares each key with every
 * earlier one, which made 10,000 suites take seconds, so duplicates are found here with a set.
 */
export function readConfigYaml(text: string, label: string): unknown {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const position = lineCounter.linePos(offset);
    return `${label}:${position.line}:${position.col}`;
  };
  const raw = CONTROL.exec(text);
  if (raw) {
    const before = text.slice(0, raw.index);
    const line = before.split('\n').length;
    const col = raw.index - before.lastIndexOf('\n');
    throw new ConfigError(
      `${label}:${line}:${col}: invalid YAML: a ${controlName(raw[0])} character; YAML allows only printable text, tabs and line breaks`,
    );
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
  const error = document.errors[0];
  if (error) {
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${at(error.pos[0])}: invalid YAML: ${message}`);
  }
  let duplicate: { key: string; offset: number } | undefined;
  let firstAlias: number | undefined;
  visit(document, {
    Map(_, map) {
      if (duplicate || !isMap(map)) return duplicate ? visit.BREAK : undefined;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (key === '<<') continue;
        if (seen.has(key)) {
          duplicate = { key: String(key), offset: (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0 };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
    Alias(_, alias) {
      if (firstAlias === undefined && isAlias(alias)) firstAlias = alias.range?.[0];
    },
  });
  if (duplicate) throw new ConfigError(`${at(duplicate.offset)}: invalid YAML: the key "${duplicate.key}" appears twice in one mapping`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const where = firstAlias === undefined ? label : at(firstAlias);
    throw new ConfigError(
      `${where}: invalid YAML: aliases expand to too much data (${(error as Error).message.replace(/\.$/, '')}); repeat the values instead of nesting aliases`,
    );
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data))
    for (const key of Object.keys(data)) if (key.startsWith('x-')) delete (data as Record<string, unknown>)[key];
  const control = controlInValues(data);
  if (control)
    throw new ConfigError(
      `${label}: ${
        control.path
          .map((key) => (typeof key === 'number' ? `[${key}]` : key))
          .join('.')
          .replace(/\.\[/g, '[') || '(top level)'
      }: expected text without control characters, got a ${controlName(control.char)}`,
    );
  return data;
}

/** Parse YAML text and validate it. */
export function parseConfigText(text: string, label: string): Config {
  return validateConfig(readConfigYaml(text, label), label);
}

/** Every issue, one line each (for `testops validate`). */
export function configProblems(text: string, label: string): string[] {
  let raw: unknown;
  try {
    raw = readConfigYaml(text, label);
  } catch (error) {
    if (error instanceof ConfigError) return [error.message];
    throw error;
  }
  // an empty file or a top-level list already has its plain one-line message
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    try {
      validateConfig(raw, label);
    } catch (error) {
      if (error instanceof ConfigError) return [error.message];
      throw error;
    }
    return [];
  }
  const result = configSchema.safeParse(raw);
  if (result.success) return [];
  // one line per field: a second complaint about the same value (an empty glob is both empty and no glob) is noise
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const issue of result.error.issues) {
    const line = withAnchorHint(issue, describeIssue(raw, issue, knownKeysAt));
    const field = line.slice(0, line.indexOf(': '));
    if (seen.has(field)) continue;
    seen.add(field);
    lines.push(`${label}: ${line}`);
  }
  // cross-field checks run on a fully parsed config only; list them here too, from the raw data
  for (const issue of crossFieldIssues(raw)) {
    const line = describeIssue(raw, { code: 'custom', path: issue.path, message: issue.message, input: undefined } as z.core.$ZodIssue);
    const field = line.slice(0, line.indexOf(': '));
    if (seen.has(field)) continue;
    seen.add(field);
    lines.push(`${label}: ${line}`);
  }
  return lines;
}

/** First byte offset of an invalid UTF-8 sequence, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] as number;
    // overlong forms, UTF-16 surrogates and code points past U+10FFFF
    if (
      (byte === 0xe0 && second < 0xa0) ||
      (byte === 0xed && second > 0x9f) ||
      (byte === 0xf0 && second < 0x90) ||
      (byte === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

/** The text of a config file: a directory, a missing or unreadable file, or bytes that are not UTF-8 give one line naming it. */
export function readConfigFile(full: string, label: string): string {
  let bytes: Buffer;
  try {
    if (statSync(full).isDirectory())
      throw new ConfigError(`${label}: is a directory; expected the config file itself (e.g. ${join(label, 'testops.yml')})`);
    bytes = readFileSync(full);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${label}: cannot read the config file (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`,
    );
  }
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const col = bad - before.lastIndexOf(0x0a);
    throw new ConfigError(
      `${label}:${line}:${col}: the file is not UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, '0')}); save it as UTF-8`,
    );
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function loadConfig(repoRoot: string, requested?: string): LoadedConfig {
  const path = findConfig(repoRoot, requested);
  const full = isAbsolute(path) ? path : join(repoRoot, path);
  const text = readConfigFile(full, path);
  const label = isAbsolute(path) ? relative(repoRoot, path) || path : path;
  return { config: parseConfigText(text, label.startsWith('..') ? path : label), path: label.startsWith('..') ? path : label, text };
}

export { ConfigError } from './errors.js';
export type { Config } from './schema.js';
