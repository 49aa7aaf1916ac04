/**
 * The import graph of a repository: which file loads which. JS/TS through oxc-parser and
 * oxc-resolver (see js-graph.ts), Python as pytest loads it (see python-graph.ts). Whatever cannot
 * be followed statically — a non-literal dynamic import, a specifier that resolves to nothing, a
 * parser that could not load — is recorded with the reason, and selection then runs conservatively.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { createGit } from '../util/git.js';
import { createJsResolver, isJsFile, JS_EXTENSIONS, type JsScan, scanJsAsync, workspacePackages } from './js-graph.js';
import type { JsTools } from './bindings.js';
import { loadOxc } from './native.js';
import { isPythonFile, PYTEST_CONFIGS, PythonResolver, pytestConfigPlugins, scanPython } from './python-graph.js';
import { pushAll } from '../util/arrays.js';

export interface ImportGraph {
  /** every repository file considered (repo-relative, forward slashes) */
  files: string[];
  /** file → the repository files it loads */
  imports: Map<string, string[]>;
  /** file → why it may load files the graph cannot name: whatever reaches it runs on any code change */
  dynamic: Map<string, string>;
  /** file → repository paths (without extension) it names that do not exist: a deleted or generated module */
  dangling: Map<string, string[]>;
  /** files whose change affects every test (runner and compiler configs, pytest plugins) → why */
  global: Map<string, string>;
  /** files that start processes or workers the graph cannot name → why: a test reaching one may run any file */
  spawns: Map<string, string>;
  /** file → the files it names only in `import type` / `export type … from` (in imports too; erased at run time) */
  typeImports: Map<string, Set<string>>;
  /** set when JS/TS files could not be followed at all (the parser did not load): why */
  jsUnavailable?: string;
  /** the JS/TS parser and resolver the graph was built with, and each file's scan: for selection by binding */
  js?: JsTools & { scans: Map<string, JsScan> };
}

export interface ImportGraphOptions {
  /** the repository's files (repo-relative); default: `git ls-files` in repoRoot */
  files?: string[];
}

/** Files that configure how JS/TS tests are compiled and run: a change to one can change every test. */
const JS_GLOBAL =
  /^(?:.*\/)?(?:(?:vitest|vite|jest|babel|karma|ava|playwright|vitest\.workspace)\.config\.[cm]?[jt]s|vitest\.workspace\.[cm]?[jt]s|tsconfig(?:\.[\w-]+)?\.json|jsconfig\.json|\.babelrc(?:\.json)?|\.mocharc\.(?:js|cjs|json|ya?ml)|\.swcrc)$/;

export const isCodeFile = (path: string) => isJsFile(path) || isPythonFile(path);

export async function buildImportGraph(repoRoot: string, options: ImportGraphOptions = {}): Promise<ImportGraph> {
  const files = (options.files ?? (await listFiles(repoRoot))).filter((file) => !file.includes('node_modules/'));
  const known = new Set(files);
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(join(repoRoot, path), 'utf8');
    } catch {
      return undefined; // listed but gone (deleted in the working tree): nothing loads through it
    }
  };
  const graph: ImportGraph = {
    files,
    imports: new Map(),
    dynamic: new Map(),
    dangling: new Map(),
    global: new Map(),
    spawns: new Map(),
    typeImports: new Map(),
  };
  const jsFiles = files.filter(isJsFile);
  const pyFiles = files.filter(isPythonFile);
  if (jsFiles.length > 0) await addJs(graph, repoRoot, jsFiles, known, read);
  if (pyFiles.length > 0) addPython(graph, pyFiles, known, read);
  for (const file of files) if (JS_GLOBAL.test(file)) graph.global.set(file, `${file} configures how tests compile and run`);
  return graph;
}

async function addJs(
  graph: ImportGraph,
  repoRoot: string,
  jsFiles: string[],
  known: Set<string>,
  read: (path: string) => string | undefined,
): Promise<void> {
  const oxc = await loadOxc();
  if (typeof oxc === 'string') {
    graph.jsUnavailable = oxc;
    return;
  }
  const factory = oxc.createResolver({
    tsconfig: 'auto',
    conditionNames: ['source', 'import', 'require', 'module', 'node', 'default', 'types'],
    mainFields: ['source', 'module', 'main', 'types'],
    extensions: [...JS_EXTENSIONS, '.json', '.node', '.d.ts'],
    extensionAlias: { '.js': ['.ts', '.tsx', '.js', '.jsx'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'], '.jsx': ['.tsx', '.jsx'] },
    mainFiles: ['index'],
    symlinks: true,
  });
  const resolve = createJsResolver(repoRoot, factory, known, workspacePackages([...known], read));
  graph.js = { parser: oxc.parser, resolve, scans: new Map() };
  // Parsing runs on the thread pool, a bounded number of files at a time; resolution stays on this thread.
  const BATCH = 512;
  for (let start = 0; start < jsFiles.length; start += BATCH) {
    const batch = jsFiles.slice(start, start + BATCH);
    const scans = await Promise.all(
      batch.map(async (file) => {
        const text = read(file);
        return text === undefined ? undefined : await scanJsAsync(oxc.parser, file, text);
      }),
    );
    for (const [index, file] of batch.entries()) {
      const scan = scans[index];
      if (!scan) continue;
      graph.js.scans.set(file, scan);
      addJsFile(graph, file, scan, resolve);
    }
  }
}

function addJsFile(graph: ImportGraph, file: string, scan: JsScan, resolve: ReturnType<typeof createJsResolver>): void {
  if (scan.dynamic) graph.dynamic.set(file, scan.dynamic);
  if (scan.spawns) graph.spawns.set(file, scan.spawns);
  const targets = new Set<string>();
  // a script it starts with node loads what that script imports: an edge like an import
  for (const script of scan.spawned ?? []) {
    if (isJsFile(script) && graph.files.includes(script)) targets.add(script);
    else if (!graph.spawns.has(file)) graph.spawns.set(file, `${file} starts ${script}, which is not a JS/TS file of the repository`);
  }
  const typeOnly = new Set(scan.typeOnly ?? []);
  for (const specifier of scan.specifiers) {
    const found = resolve(file, specifier);
    if ('file' in found) {
      if (found.file !== file) targets.add(found.file);
      if (typeOnly.has(specifier) && found.file !== file) {
        const types = graph.typeImports.get(file) ?? new Set<string>();
        types.add(found.file);
        graph.typeImports.set(file, types);
      }
    } else if ('dangling' in found) {
      addTo(graph.dangling, file, found.dangling);
      if (!graph.dynamic.has(file)) graph.dynamic.set(file, `"${specifier}" in ${file} resolves to no file (generated, or deleted?)`);
    }
  }
  graph.imports.set(file, [...targets]);
}

function addPython(graph: ImportGraph, pyFiles: string[], known: Set<string>, read: (path: string) => string | undefined): void {
  const resolver = new PythonResolver(known);
  for (const file of pyFiles) {
    const text = read(file);
    if (text === undefined) continue;
    const scan = scanPython(file, text);
    if (scan.dynamic) graph.dynamic.set(file, scan.dynamic);
    if (scan.spawns) graph.spawns.set(file, `${file} starts processes (${scan.spawns}), whose commands are not read`);
    const targets = new Set<string>(resolver.conftests(file));
    for (const module of scan.modules) {
      const found = resolver.resolve(file, module);
      if ('files' in found) for (const target of found.files) targets.add(target);
      else if (module.startsWith('.')) for (const path of found.missing) addTo(graph.dangling, file, path);
      else for (const path of found.missing.slice(0, 2)) addTo(graph.dangling, file, path); // maybe third-party: only a deletion links it
    }
    for (const module of scan.maybeModules) {
      const found = resolver.resolve(file, module);
      if ('files' in found) for (const target of found.files) targets.add(target);
    }
    targets.delete(file);
    graph.imports.set(file, [...targets]);
  }
  // pytest's own config, and the plugins it names, load with every test
  for (const config of PYTEST_CONFIGS) {
    if (!known.has(config)) continue;
    graph.global.set(config, `${config} configures pytest`);
    for (const plugin of pytestConfigPlugins(read(config) ?? '')) {
      const found = resolver.resolve(config, plugin);
      if ('files' in found)
        for (const target of found.files) graph.global.set(target, `${target} is a pytest plugin (-p ${plugin} in ${config})`);
    }
  }
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function listFiles(repoRoot: string): Promise<string[]> {
  const out = await createGit(repoRoot).run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  // a file deleted in the working tree is still in the index: it is gone for the graph
  return out.split('\0').filter((path) => path && existsSync(join(repoRoot, path)));
}

// ─────────────────────────── queries ───────────────────────────

/** Why a test was reached: the changed file and the chain's last step. */
export interface Reach {
  cause: string;
  /** set when the test was reached through a file with a dynamic import or unresolvable specifier */
  via?: string;
}

/**
 * The tests a change reaches, each with a changed file that reaches it, and every changed file
 * that reaches at least one test (claimed). A changed test file reaches itself; a deleted path
 * reaches whatever named it; a global file (runner config, pytest plugin) reaches every test.
 */
export function testsReaching(
  graph: ImportGraph,
  changed: readonly string[],
  isTest: (path: string) => boolean,
): { tests: Map<string, Reach>; claimed: Set<string> } {
  const importers = reverse(graph);
  const danglingIndex = danglingImporters(graph);
  const tests = new Map<string, Reach>();
  const claimed = new Set<string>();
  const testFiles = graph.files.filter(isTest);

  // Multi-source breadth-first search over importers; each file remembers the first cause that reached it.
  const reachedBy = new Map<string, string>();
  const queue: string[] = [];
  const visit = (file: string, cause: string) => {
    if (reachedBy.has(file)) return;
    reachedBy.set(file, cause);
    queue.push(file);
  };
  let everything: string | undefined;
  for (const path of changed) {
    visit(path, path);
    if (graph.global.has(path)) everything ??= path;
    for (const importer of danglingIndex(path)) visit(importer, path);
  }
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const cause = reachedBy.get(file) as string;
    if (graph.global.has(file)) everything ??= cause;
    for (const importer of importers.get(file) ?? []) visit(importer, cause);
  }
  for (const [file, cause] of reachedBy) if (isTest(file)) tests.set(file, { cause });
  if (everything !== undefined) for (const test of testFiles) if (!tests.has(test)) tests.set(test, { cause: everything });

  // Claimed: the changed files some test loads (forward closure of the tests) — every one, not just the first cause.
  const loadedByTests = forwardClosure(graph, testFiles);
  for (const path of changed)
    if (isTest(path) || loadedByTests.has(path) || graph.global.has(path) || danglingIndex(path).length > 0) claimed.add(path);
  if (everything !== undefined) claimed.add(everything);
  return { tests, claimed };
}

/** Files every test loads, transitively. */
function forwardClosure(graph: ImportGraph, roots: string[]): Set<string> {
  const seen = new Set(roots);
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++)
    for (const target of graph.imports.get(queue[i]) ?? [])
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
  return seen;
}

/** For a path, the files whose unresolvable specifier names it (a deleted "src/c.ts" for an import of "./c"). */
function danglingImporters(graph: ImportGraph): (path: string) => string[] {
  const byStem = new Map<string, string[]>();
  for (const [file, stems] of graph.dangling)
    for (const stem of stems) {
      addTo(byStem, stem, file);
      const bare = stem.replace(/\.(m|c)?[jt]sx?$/, '');
      if (bare !== stem) addTo(byStem, bare, file);
    }
  if (byStem.size === 0) return () => [];
  return (path) => {
    const found: string[] = [];
    const stem = path.replace(/\.[^./]+$/, '');
    for (const key of new Set([path, stem, posix.dirname(path), stem.replace(/\/(index|__init__)$/, '')])) {
      const files = byStem.get(key);
      if (files && (key === path || key === stem || /\/(index|__init__)\.[^./]+$/.test(path))) pushAll(found, files);
    }
    return found;
  };
}

/** The files that transitively load a file with a dynamic import (and those files), mapped to the reason. */
export function reachingDynamic(graph: ImportGraph): Map<string, string> {
  return reaching(graph, graph.dynamic);
}

/** The files that transitively load a file starting processes the graph cannot name (and those files), mapped to the reason. */
export function reachingSpawns(graph: ImportGraph): Map<string, string> {
  return reaching(graph, graph.spawns);
}

function reaching(graph: ImportGraph, sources: Map<string, string>): Map<string, string> {
  const importers = reverse(graph);
  const reached = new Map<string, string>();
  const queue = [...sources.keys()];
  for (const file of queue) reached.set(file, sources.get(file) as string);
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
/** file → the files that load it */
export function reverse(graph: ImportGraph): Map<string, string[]> {
  const cached = reverseCache.get(graph);
  if (cached) return cached;
  const importers = new Map<string, string[]>();
  for (const [file, targets] of graph.imports) for (const target of targets) addTo(importers, target, file);
  reverseCache.set(graph, importers);
  return importers;
}

/**
 * The graph as it runs: without the edges into files that only type-only imports name anywhere in
 * the repository (a types module no code loads at run time); itself when there are none.
 */
export function runtimeGraph(graph: ImportGraph): ImportGraph {
  if (graph.typeImports.size === 0) return graph;
  const loadedAtRuntime = new Set<string>();
  for (const [file, targets] of graph.imports) {
    const types = graph.typeImports.get(file);
    for (const target of targets) if (!types?.has(target)) loadedAtRuntime.add(target);
  }
  const imports = new Map<string, string[]>();
  let dropped = false;
  for (const [file, targets] of graph.imports) {
    const types = graph.typeImports.get(file);
    const kept = types ? targets.filter((target) => !types.has(target) || loadedAtRuntime.has(target)) : targets;
    if (kept.length !== targets.length) dropped = true;
    imports.set(file, kept);
  }
  return dropped ? { ...graph, imports } : graph;
}
