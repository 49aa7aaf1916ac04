/**
 * JS/TS packages: the root package.json and the packages of npm/yarn (`workspaces`) and pnpm
 * (`pnpm-workspace.yaml`) workspaces, and which runners each one uses — from its dependencies, its
 * runner config files and its `test*` scripts.
 */
import { posix } from 'node:path';
import { minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import { splitWrapper, type Wrapper } from './js-coverage.js';
import { jestSuite } from './jest.js';
import { mochaSuite } from './mocha.js';
import { nodeTestSuite } from './node-test.js';
import { vitestSuite } from './vitest.js';
import type { FoundSuite, ParseJs, RepoFiles } from './types.js';
import { under } from './types.js';
import { pushAll } from '../util/arrays.js';
import { parseJsonText } from '../ingest/json.js';

export interface Package {
  /** "" for the root */
  dir: string;
  /** package.json, repo-relative */
  file: string;
  json: Record<string, unknown>;
  /** dependency name → where it is declared ("devDependency") */
  deps: Map<string, string>;
  /** the test scripts: "test" and "test:*" / "test-*", name → text */
  scripts: Map<string, string>;
  /** its files (repo-relative), those of workspace packages inside it left out */
  files: string[];
  /** the root of a workspace (it has packages) */
  workspace?: boolean;
}

export interface JsContext {
  files: RepoFiles;
  parse: ParseJs | undefined;
  /** a suite name not taken yet */
  name(base: string): string;
}

const DEP_FIELDS: [string, string][] = [
  ['devDependencies', 'devDependency'],
  ['dependencies', 'dependency'],
  ['peerDependencies', 'peerDependency'],
  ['optionalDependencies', 'optionalDependency'],
];

function readPackage(files: RepoFiles, file: string): Package | string {
  const text = files.read(file);
  if (text === undefined) return `${file}: cannot be read (not a regular file, or over 4 MiB)`;
  let json: unknown;
  try {
    json = parseJsonText(text, file, 'package.json to be JSON');
  } catch (error) {
    // "package.json:1:54: unexpected end of the JSON (truncated file?) (expected …)": line and column
    return (error as Error).message;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return `${file}: expected a JSON object`;
  const record = json as Record<string, unknown>;
  const deps = new Map<string, string>();
  for (const [key, kind] of DEP_FIELDS) {
    const value = record[key];
    if (value && typeof value === 'object') for (const name of Object.keys(value)) if (!deps.has(name)) deps.set(name, kind);
  }
  const scripts = new Map<string, string>();
  if (record.scripts && typeof record.scripts === 'object')
    for (const [name, text] of Object.entries(record.scripts as Record<string, unknown>))
      if (typeof text === 'string' && /^test($|[:\-_])/.test(name)) scripts.set(name, text);
  const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
  return { dir, file, json: record, deps, scripts, files: [] };
}

/** Workspace globs of the root: package.json `workspaces` (a list, or `{packages}`), then pnpm-workspace.yaml `packages`. */
function workspaceGlobs(files: RepoFiles, root: Package | undefined): { globs: string[]; from: string } | undefined {
  const field = root?.json.workspaces;
  const list = Array.isArray(field) ? field : field && typeof field === 'object' ? (field as { packages?: unknown }).packages : undefined;
  if (Array.isArray(list))
    return { globs: list.filter((item): item is string => typeof item === 'string'), from: 'package.json workspaces' };
  const pnpm = files.read('pnpm-workspace.yaml');
  if (pnpm === undefined) return undefined;
  try {
    const packages = (parseYaml(pnpm) as { packages?: unknown } | null)?.packages;
    if (Array.isArray(packages))
      return { globs: packages.filter((item): item is string => typeof item === 'string'), from: 'pnpm-workspace.yaml packages' };
  } catch {
    // a broken workspace file: the root alone is read
  }
  return undefined;
}

/** The packages: the root and, in a workspace, each package directory its globs name. */
export function findPackages(files: RepoFiles): { packages: Package[]; problems: string[]; workspaces?: string } {
  const problems: string[] = [];
  const packages: Package[] = [];
  const rootRead = files.has('package.json') ? readPackage(files, 'package.json') : undefined;
  if (typeof rootRead === 'string') problems.push(rootRead);
  const root = typeof rootRead === 'object' ? rootRead : undefined;
  const workspaces = workspaceGlobs(files, root);
  if (workspaces) {
    const clean = (glob: string) => glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const include = workspaces.globs.filter((glob) => !glob.startsWith('!')).map(clean);
    const exclude = workspaces.globs.filter((glob) => glob.startsWith('!')).map((glob) => clean(glob.slice(1)));
    for (const file of files.paths) {
      if (!file.endsWith('/package.json') || file.split('/').includes('node_modules')) continue;
      const dir = posix.dirname(file);
      if (!include.some((glob) => minimatch(dir, glob)) || exclude.some((glob) => minimatch(dir, glob))) continue;
      const read = readPackage(files, file);
      if (typeof read === 'string') problems.push(read);
      else packages.push(read);
    }
  }
  if (root) {
    if (packages.length > 0) root.workspace = true;
    packages.unshift(root);
  }
  // each file belongs to the nearest package above it: one walk up its directories, not a scan per package
  const byDir = new Map(packages.map((pkg) => [pkg.dir, pkg]));
  for (const file of files.paths) {
    if (file.split('/').includes('node_modules')) continue;
    for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
      const owner = byDir.get(dir === '.' ? '' : dir);
      if (owner) {
        owner.files.push(file);
        break;
      }
      if (dir === '.' || dir === '/') break;
    }
  }
  return { packages, problems, ...(workspaces ? { workspaces: workspaces.from } : {}) };
}

/** Each shell command of a script, as words (quotes dropped): `a && b | c` → [[a], [b], [c]]. */
export function scriptCommands(script: string): string[][] {
  return script
    .split(/&&|\|\||[;|&\n]/)
    .map((part) =>
      [...part.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]).filter((word) => word !== ''),
    )
    .filter((words) => words.length > 0);
}

/** Runner words after the launchers that only find a binary (npx, pnpm exec, yarn, cross-env A=b …). */
export function runnerWords(words: string[]): string[] {
  let rest = words;
  for (let guard = 0; guard < 6 && rest.length > 0; guard++) {
    const [first, second] = rest;
    if (first === 'npx' || first === 'bunx') rest = rest.slice(1).filter((word, index) => index > 0 || !word.startsWith('-'));
    else if ((first === 'pnpm' || first === 'yarn' || first === 'npm') && (second === 'exec' || second === 'dlx')) rest = rest.slice(2);
    else if ((first === 'pnpm' || first === 'yarn') && second && /^[a-z@]/.test(second) && !['run', 'test', 'install'].includes(second))
      rest = rest.slice(1);
    else if (first === 'cross-env' || first === 'env') rest = rest.slice(1);
    else if (/^[A-Z_][A-Z0-9_]*=/.test(first)) rest = rest.slice(1);
    else break;
  }
  return rest;
}

export interface TestCommand {
  /** the script's name ("test", "test:unit") */
  script: string;
  /** the runner and its arguments, launchers and a coverage wrapper taken off */
  words: string[];
  /** c8 or nyc around the runner */
  wrapper?: Wrapper;
}

/** Every command of the package's test scripts, with the script's name, as runner words. */
export function testCommands(pkg: Package): TestCommand[] {
  const found: TestCommand[] = [];
  for (const [script, text] of pkg.scripts)
    for (const words of scriptCommands(text)) {
      const split = splitWrapper(runnerWords(words));
      found.push({ script, words: runnerWords(split.words), ...(split.wrapper ? { wrapper: split.wrapper } : {}) });
    }
  return found;
}

/** Config files of a runner in a package directory, repo-relative. */
export function configFiles(files: RepoFiles, dir: string, stems: readonly string[]): string[] {
  const found: string[] = [];
  for (const stem of stems)
    for (const ext of ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs', 'json', 'jsonc', 'yml', 'yaml', ''])
      if (files.has(under(dir, ext ? `${stem}.${ext}` : stem))) found.push(under(dir, ext ? `${stem}.${ext}` : stem));
  return found;
}

/** Test runners init does not write suites for, by the package that brings them, with why. */
const OTHER_RUNNERS: [dep: string, what: string][] = [
  ['@playwright/test', 'browser tests against a running app: add a suite with the services it needs (rerun: playwright)'],
  ['cypress', 'browser tests against a running app, which init does not write suites for'],
  ['ava', 'a runner init does not write suites for'],
  ['tap', 'a runner init does not write suites for'],
  ['uvu', 'a runner init does not write suites for'],
  ['jasmine', 'a runner init does not write suites for'],
  ['karma', 'a runner init does not write suites for'],
];

/** Why the root of a workspace is not a suite of its own: its test script only runs the packages'. */
const DELEGATES = /(--workspaces?\b|\s-r\b|--recursive|\bturbo\b|\blerna\b|\bnx\b|--filter\b|workspaces\s+(foreach|run)|\bwsrun\b)/;

export function detectJs(context: JsContext): { suites: FoundSuite[]; unrecognised: string[]; covered: string[] } {
  const { packages, problems, workspaces } = findPackages(context.files);
  const suites: FoundSuite[] = [];
  const unrecognised = [...problems];
  const covered: string[] = [];
  const inWorkspace = packages.length > 1 || Boolean(workspaces);
  const root = packages.find((pkg) => pkg.dir === '');
  // npm and yarn (node_modules) hoist workspace packages' binaries to the root; pnpm links only the root's own
  const hoists = context.files.has('package-lock.json') || (context.files.has('yarn.lock') && !context.files.has('.pnp.cjs'));
  const rootBin = (name: string) => Boolean(root?.deps.has(name)) || hoists;
  for (const pkg of packages) {
    const isRoot = pkg.dir === '';
    if (isRoot && inWorkspace && [...pkg.scripts.values()].every((text) => DELEGATES.test(text)) && pkg.scripts.size > 0) continue;
    const before = suites.length;
    const notRecognised: string[] = [];
    for (const build of [vitestSuite, jestSuite, mochaSuite, nodeTestSuite]) {
      // the root's vitest projects run every package's vitest tests: a suite per package would run them twice
      if (build === vitestSuite && !isRoot && suites.some((suite) => suite.dir === '' && suite.runner === 'vitest' && suite.projects)) {
        if (vitestSuite(pkg, { ...context, name: (base) => base }, { workspace: true, workspaceRoot: false }))
          covered.push(
            `${pkg.dir}: its vitest tests run in suite ${suites.find((one) => one.projects)?.name} (the root's vitest projects)`,
          );
        continue;
      }
      const result = build(pkg, context, { workspace: inWorkspace && !isRoot, workspaceRoot: inWorkspace && isRoot, rootBin });
      if (!result) continue;
      if (typeof result === 'string') notRecognised.push(result);
      else suites.push(result);
    }
    // runners init writes no suite for, named as what they are rather than guessed at
    for (const [dep, what] of OTHER_RUNNERS) {
      const kind = pkg.deps.get(dep);
      if (kind) notRecognised.push(`${pkg.file}: ${dep} (${kind}), ${what}`);
    }
    pushAll(unrecognised, notRecognised);
    if (suites.length === before && notRecognised.length === 0) {
      const script = pkg.scripts.get('test');
      if (script && !/no test specified/.test(script))
        unrecognised.push(`${pkg.file}: test script "${script}" runs no runner testops knows`);
    }
  }
  return { suites, unrecognised, covered };
}
