/**
 * Finding, reading and validating the config file. Every failure is a ConfigError whose message
 * is one line naming the file, the field, what was expected and what was found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
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
      : `no config file: create .github/testops.yml (or testops.yml) with "version: 1" and your suites`,
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
  const lines = issues.map((issue) => describeIssue(raw, issue, knownKeysAt));
  const extra = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
  throw new ConfigError(`${label}: ${lines[0]}${extra}`);
}

/** Parse YAML text and validate it. */
export function parseConfigText(text: string, label: string): Config {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const position = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${label}:${position.line}:${position.col}: invalid YAML: ${message}`);
  }
  return validateConfig(document.toJS({ maxAliasCount: 100 }), label);
}

/** Every issue, one line each (for `testops validate`). */
export function configProblems(text: string, label: string): string[] {
  try {
    parseConfigText(text, label);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const document = parseDocument(text);
    if (document.errors.length > 0) return [error.message];
    const raw = document.toJS();
    // an empty file or a top-level list already has its plain one-line message
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [error.message];
    const result = configSchema.safeParse(raw);
    if (result.success) return [error.message];
    // one line per field: a second complaint about the same value (an empty glob is both empty and no glob) is noise
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const issue of result.error.issues) {
      const line = describeIssue(raw, issue, knownKeysAt);
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
}

export function loadConfig(repoRoot: string, requested?: string): LoadedConfig {
  const path = findConfig(repoRoot, requested);
  const full = isAbsolute(path) ? path : join(repoRoot, path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const label = isAbsolute(path) ? relative(repoRoot, path) || path : path;
  return { config: parseConfigText(text, label.startsWith('..') ? path : label), path: label.startsWith('..') ? path : label, text };
}

export { ConfigError } from './errors.js';
export type { Config } from './schema.js';
