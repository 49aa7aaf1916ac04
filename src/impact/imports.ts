/**
 * The JS/TS import graph of a repository: which file imports which. Static ES imports and
 * re-exports, CommonJS require, literal dynamic imports, tsconfig `paths` and workspace packages
 * (`exports`, then main/module/types) are followed. A dynamic import or require whose specifier is
 * not a literal marks its file: whatever reaches it may load anything.
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { createGit } from '../util/git.js';

export interface ImportGraph {
  /** every repository file considered (repo-relative, forward slashes) */
  files: string[];
  /** file → the repository files it imports */
  imports: Map<string, string[]>;
  /** files with a dynamic import/require of a non-literal specifier */
  dynamic: Set<string>;
}

export interface ImportGraphOptions {
  /** the repository's files (repo-relative); default: `git ls-files` in repoRoot */
  files?: string[];
  /** reads a repo-relative file; default: from disk under repoRoot */
  read?: (path: string) => Promise<string>;
}

export const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const RESOLVE_EXTENSIONS = [...CODE_EXTENSIONS, '.json'];
const isCode = (path: string) => CODE_EXTENSIONS.some((ext) => path.endsWith(ext)) && !path.endsWith('.d.ts');

export async function buildImportGraph(repoRoot: string, options: ImportGraphOptions = {}): Promise<ImportGraph> {
  const read = options.read ?? ((path: string) => readFile(join(repoRoot, path), 'utf8'));
  const files = options.files ?? (await listFiles(repoRoot));
  const known = new Set(files);
  const resolver = await createResolver(files, known, read);
  const imports = new Map<string, string[]>();
  const dynamic = new Set<string>();
  const code = files.filter((file) => isCode(file) && !file.includes('node_modules/'));
  // Bounded parallel reads: enough to hide latency, few enough not to exhaust file handles.
  let next = 0;
  const worker = async () => {
    while (next < code.length) {
      const file = code[next++];
      let text: string;
      try {
        text = await read(file);
      } catch {
        continue; // listed but gone (deleted in the working tree): nothing imports through it
      }
      const found = scanImports(text);
      if (found.dynamic) dynamic.add(file);
      const targets = new Set<string>();
      for (const specifier of found.specifiers) {
        const target = resolver(file, specifier);
        if (target && target !== file) targets.add(target);
      }
      imports.set(file, [...targets]);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return { files, imports, dynamic };
}

async function listFiles(repoRoot: string): Promise<string[]> {
  const out = await createGit(repoRoot).run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  return out.split('\0').filter(Boolean);
}

// ─────────────────────────── scanning ───────────────────────────

/** Source text with comments blanked out; strings and template literals kept. */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const nextChar = text[i + 1];
    if (char === '/' && nextChar === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '/' && nextChar === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (char === '"' || char === "'" || char === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== char) {
        if (text[j] === '\\') j++;
        else if (char !== '`' && text[j] === '\n') break;
        j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

const STATIC_FROM = /\b(?:import|export)\s+(?:type\s+)?[\w$*{}\s,]*?\bfrom\s*(['"])([^'"\n]+)\1/g;
const BARE_IMPORT = /\bimport\s*(['"])([^'"\n]+)\1/g;
const CALL = /\b(require|import)\s*\(\s*/g;
const LITERAL_ARG = /^(?:(['"])([^'"\n]+)\1|`([^`$]*)`)\s*[,)]/;

/** The specifiers a file imports, and whether it has a non-literal dynamic import/require. */
export function scanImports(source: string): { specifiers: string[]; dynamic: boolean } {
  const text = stripComments(source);
  const specifiers = new Set<string>();
  for (const match of text.matchAll(STATIC_FROM)) specifiers.add(match[2]);
  for (const match of text.matchAll(BARE_IMPORT)) specifiers.add(match[2]);
  let dynamic = false;
  for (const match of text.matchAll(CALL)) {
    // `x.require(` or `obj.import(` are method calls, not module loads.
    const before = text[(match.index ?? 0) - 1];
    if (before === '.') continue;
    const rest = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 300);
    const literal = LITERAL_ARG.exec(rest);
    if (literal) specifiers.add(literal[2] ?? literal[3]);
    else if (!rest.startsWith(')')) dynamic = true;
  }
  return { specifiers: [...specifiers], dynamic };
}

// ─────────────────────────── resolving ───────────────────────────

type Resolver = (from: string, specifier: string) => string | undefined;

interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: Record<string, unknown>;
}

interface PathAlias {
  prefix: string;
  suffix: string;
  wildcard: boolean;
  targets: string[];
}

/** JSON with comments and trailing commas (tsconfig). */
export function parseJsonc(text: string): unknown {
  const withoutComments = stripComments(text);
  return JSON.parse(withoutComments.replace(/,(\s*[}\]])/g, '$1'));
}

async function readJson(read: (path: string) => Promise<string>, path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value = parseJsonc(await read(path));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** tsconfig `paths` of the root tsconfig.json, following relative `extends`. */
async function readAliases(known: Set<string>, read: (path: string) => Promise<string>): Promise<PathAlias[]> {
  let file: string | undefined = known.has('tsconfig.json')
    ? 'tsconfig.json'
    : known.has('tsconfig.base.json')
      ? 'tsconfig.base.json'
      : undefined;
  const seen = new Set<string>();
  while (file && !seen.has(file)) {
    seen.add(file);
    const config = await readJson(read, file);
    if (!config) return [];
    const options = (config.compilerOptions ?? {}) as { baseUrl?: string; paths?: Record<string, string[]> };
    if (options.paths) {
      const base = posix.normalize(posix.join(posix.dirname(file), options.baseUrl ?? '.'));
      return Object.entries(options.paths).map(([key, targets]) => {
        const star = key.indexOf('*');
        return {
          prefix: star < 0 ? key : key.slice(0, star),
          suffix: star < 0 ? '' : key.slice(star + 1),
          wildcard: star >= 0,
          targets: targets.map((target) => posix.normalize(posix.join(base, target))),
        };
      });
    }
    const parent = typeof config.extends === 'string' && config.extends.startsWith('.') ? config.extends : undefined;
    file = parent ? posix.normalize(posix.join(posix.dirname(file), parent.endsWith('.json') ? parent : `${parent}.json`)) : undefined;
  }
  return [];
}

const CONDITIONS = ['source', 'types', 'import', 'module', 'require', 'node', 'default'];

/** The target of a package `exports` entry for a subpath ('.' or './x'), following conditions and "*" patterns. */
export function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (!exports || typeof exports !== 'object' || Array.isArray(exports)) return undefined;
  const entries = exports as Record<string, unknown>;
  const isSubpathMap = Object.keys(entries).some((key) => key.startsWith('.'));
  if (!isSubpathMap) return subpath === '.' ? pickCondition(entries) : undefined;
  if (subpath in entries) return pickCondition(entries[subpath]);
  for (const [key, value] of Object.entries(entries)) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length) {
      const target = pickCondition(value);
      return target?.replaceAll('*', subpath.slice(prefix.length, subpath.length - suffix.length));
    }
  }
  return undefined;
}

function pickCondition(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(pickCondition).find(Boolean);
  if (!value || typeof value !== 'object') return undefined;
  const entries = value as Record<string, unknown>;
  for (const condition of CONDITIONS) if (condition in entries) return pickCondition(entries[condition]);
  return undefined;
}

async function createResolver(files: string[], known: Set<string>, read: (path: string) => Promise<string>): Promise<Resolver> {
  const aliases = await readAliases(known, read);
  const packages = new Map<string, WorkspacePackage>();
  for (const file of files) {
    if (!file.endsWith('package.json') || file.includes('node_modules/')) continue;
    if (file !== 'package.json' && !file.endsWith('/package.json')) continue;
    const manifest = await readJson(read, file);
    if (manifest && typeof manifest.name === 'string')
      packages.set(manifest.name, { name: manifest.name, dir: posix.dirname(file), manifest });
  }

  /** A path as written (maybe without extension, maybe .js for a .ts source, maybe a directory). */
  const asFile = (path: string): string | undefined => {
    const normalized = posix.normalize(path);
    if (normalized.startsWith('..')) return undefined;
    if (known.has(normalized) && !normalized.endsWith('/')) return normalized;
    // TypeScript sources are imported with the extension of their output: ./x.js → ./x.ts
    const jsLike = /\.(m|c)?jsx?$/.exec(normalized);
    if (jsLike) {
      const stem = normalized.slice(0, -jsLike[0].length);
      for (const ext of ['.ts', '.tsx', '.mts', '.cts']) if (known.has(stem + ext)) return stem + ext;
    }
    for (const ext of RESOLVE_EXTENSIONS) if (known.has(normalized + ext)) return normalized + ext;
    for (const ext of RESOLVE_EXTENSIONS) if (known.has(`${normalized}/index${ext}`)) return `${normalized}/index${ext}`;
    return undefined;
  };

  const fromPackage = (pkg: WorkspacePackage, subpath: string): string | undefined => {
    const join = (target: string) => asFile(posix.join(pkg.dir, target));
    const exported = pkg.manifest.exports !== undefined ? exportTarget(pkg.manifest.exports, subpath) : undefined;
    if (exported) {
      const found = join(exported);
      if (found) return found;
      // exports often name the build output; the source sits in src/ under the same name
      const source = exported.replace(/^\.?\/?(dist|build|lib|out)\//, 'src/');
      return join(source);
    }
    if (subpath !== '.') return join(subpath);
    for (const field of ['source', 'types', 'module', 'main']) {
      const value = pkg.manifest[field];
      if (typeof value === 'string') {
        const found = join(value) ?? join(value.replace(/^\.?\/?(dist|build|lib|out)\//, 'src/'));
        if (found) return found;
      }
    }
    return join('index') ?? join('src/index');
  };

  return (from, specifier) => {
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..')
      return asFile(posix.join(posix.dirname(from), specifier));
    if (specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
    for (const alias of aliases) {
      const matches = alias.wildcard ? specifier.startsWith(alias.prefix) && specifier.endsWith(alias.suffix) : specifier === alias.prefix;
      if (!matches) continue;
      const middle = alias.wildcard ? specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length) : '';
      for (const target of alias.targets) {
        const found = asFile(target.replace('*', middle));
        if (found) return found;
      }
    }
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const pkg = packages.get(name);
    if (!pkg) return undefined;
    const rest = specifier.slice(name.length);
    return fromPackage(pkg, rest ? `.${rest}` : '.');
  };
}

// ─────────────────────────── queries ───────────────────────────

/**
 * For each test file reached: the changed file that reaches it (first found) — that is, the tests
 * that transitively import a changed file. A changed test file reaches itself.
 */
export function testsReaching(graph: ImportGraph, changed: readonly string[], isTest: (path: string) => boolean): Map<string, string> {
  const importers = reverse(graph);
  const reachedBy = new Map<string, string>();
  const queue: string[] = [];
  for (const path of changed) {
    if (!reachedBy.has(path)) {
      reachedBy.set(path, path);
      queue.push(path);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const importer of importers.get(file) ?? []) {
      if (reachedBy.has(importer)) continue;
      reachedBy.set(importer, reachedBy.get(file) as string);
      queue.push(importer);
    }
  }
  const tests = new Map<string, string>();
  for (const [file, cause] of reachedBy) if (isTest(file)) tests.set(file, cause);
  return tests;
}

/** The files that transitively import a file with a non-literal dynamic import (and those files), mapped to it. */
export function reachingDynamic(graph: ImportGraph): Map<string, string> {
  const importers = reverse(graph);
  const reached = new Map<string, string>();
  const queue = [...graph.dynamic];
  for (const file of queue) reached.set(file, file);
  for (let i = 0; i < queue.length; i++) {
    for (const importer of importers.get(queue[i]) ?? []) {
      if (reached.has(importer)) continue;
      reached.set(importer, reached.get(queue[i]) as string);
      queue.push(importer);
    }
  }
  return reached;
}

const reverseCache = new WeakMap<ImportGraph, Map<string, string[]>>();
function reverse(graph: ImportGraph): Map<string, string[]> {
  const cached = reverseCache.get(graph);
  if (cached) return cached;
  const importers = new Map<string, string[]>();
  for (const [file, targets] of graph.imports) {
    for (const target of targets) {
      const list = importers.get(target) ?? [];
      list.push(file);
      importers.set(target, list);
    }
  }
  reverseCache.set(graph, importers);
  return importers;
}

/** Whether the path is a source file the graph knows how to scan. */
export const isCodeFile = isCode;
