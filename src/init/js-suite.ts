/**
 * What the JS/TS runner suites share: the evidence that a package uses a runner (a dependency, a
 * config file, a test script), its test files, and the fields every suite gets — a JUnit report at
 * reports/<suite>/junit.xml, `impact: imports`, paths — plus coverage from the runner's own reporters
 * or a c8/nyc wrapper.
 */
import { posix } from 'node:path';
import { Minimatch } from 'minimatch';
import { type Literal, NOT_LITERAL, readJsConfig } from './js-config.js';
import { wrapperCoverage } from './js-coverage.js';
import { configFiles, type JsContext, type Package, type TestCommand, testCommands } from './js.js';
import { JS_EXTENSIONS, suitePaths } from './paths.js';
import type { FoundSuite, SuiteFields } from './types.js';
import { under } from './types.js';

export interface RunnerOptions {
  /** the package is one of a workspace's (not its root): the suite runs in its directory */
  workspace: boolean;
  /** the package is the root of a workspace: a hoisted dependency alone says nothing */
  workspaceRoot: boolean;
  /** whether `npx <bin>` finds the binary from the repository root (declared there, or hoisted by npm or yarn) */
  rootBin?: (name: string) => boolean;
}

export type Build = (pkg: Package, context: JsContext, options: RunnerOptions) => FoundSuite | string | undefined;

/** What says a package uses a runner: the dependency, config files, words in its test scripts. */
export function evidence(
  pkg: Package,
  context: JsContext,
  options: RunnerOptions,
  spec: { dep: string; configs: readonly string[]; word: (words: string[]) => boolean; key?: string },
): { detected: string[]; configs: string[]; commands: { script: string; words: string[] }[] } | undefined {
  const detected: string[] = [];
  const kind = pkg.deps.get(spec.dep);
  const configs = configFiles(context.files, pkg.dir, spec.configs);
  const commands = testCommands(pkg).filter((command) => spec.word(command.words));
  if (kind) detected.push(`${kind} in ${pkg.file}`);
  // the runner's settings in package.json ("jest": {…}): an object, not any value under that name
  const keyed = spec.key !== undefined && typeof pkg.json[spec.key] === 'object' && pkg.json[spec.key] !== null;
  if (keyed) detected.push(`"${spec.key}" in ${pkg.file}`);
  if (configs.length > 0) detected.push(`config ${configs.join(', ')}`);
  const scripts = [...new Set(commands.map((command) => command.script))].map((script) => `"${script}"`);
  if (scripts.length === 1) detected.push(`${scripts[0]} script in ${pkg.file}`);
  else if (scripts.length > 1)
    detected.push(`${scripts.slice(0, 3).join(', ')}${scripts.length > 3 ? ` (+${scripts.length - 3})` : ''} scripts in ${pkg.file}`);
  const strong = configs.length > 0 || commands.length > 0 || keyed;
  if (!strong && (!kind || options.workspaceRoot)) return undefined;
  return { detected, configs, commands };
}

export const firstWord = (name: string) => (words: string[]) => words[0] === name || words[0]?.endsWith(`/.bin/${name}`) === true;

/** The package's test files matching globs relative to its directory (other packages left out). */
export function testFiles(pkg: Package, globs: readonly string[], ignore: readonly string[] = []): string[] {
  const prefix = pkg.dir ? `${pkg.dir}/` : '';
  const compile = (glob: string) => new Minimatch(glob.replace(/^\.\//, ''), { dot: true });
  const patterns = globs.map(compile);
  const ignored = ignore.map(compile);
  return pkg.files.filter((file) => {
    const rest = file.slice(prefix.length);
    return patterns.some((glob) => glob.match(rest)) && !ignored.some((glob) => glob.match(rest));
  });
}

/** Common fields: the JUnit file, paths, working directory and the imports selection. */
export function baseSuite(
  pkg: Package,
  options: RunnerOptions,
  name: string,
  command: string,
  tests: string[],
  extra: { env?: Record<string, string>; rerun?: string; filesArg?: string },
): SuiteFields {
  const fields: SuiteFields = {
    command,
    ...(options.workspace ? { 'working-directory': pkg.dir } : {}),
    ...(extra.env ? { env: extra.env } : {}),
    paths: [], // filled in by finish()
    impact: 'imports',
    tests: tests.map((glob) => under(pkg.dir, glob.replace(/^\.\//, ''))),
    // in a package directory too: the runner hands files-arg the files relative to it
    ...(extra.filesArg ? { 'files-arg': extra.filesArg } : {}),
    ...(extra.rerun ? { rerun: extra.rerun } : {}),
    reports: { junit: under(pkg.dir, `reports/${name}/junit.xml`) },
  };
  return fields;
}

export function finish(
  pkg: Package,
  found: { runner: string; name: string; fields: SuiteFields; detected: string[]; notes: string[]; also: string[] },
): FoundSuite {
  const fields = found.fields;
  fields.paths = suitePaths(pkg.files, { dir: pkg.dir, extensions: JS_EXTENSIONS, also: [pkg.file, ...found.also], imports: true });
  const notes = [...found.notes];
  return { name: found.name, runner: found.runner, dir: pkg.dir, fields, detected: found.detected, notes };
}

export const suiteName = (context: JsContext, pkg: Package, runner: string, options: RunnerOptions) =>
  context.name(options.workspace ? posix.basename(pkg.dir) : runner);

export function noTests(pkg: Package, runner: string, globs: readonly string[], detected: string[]): string {
  return `${pkg.dir || '.'}: ${runner} (${detected.join(', ')}) but no test file matches ${globs.join(', ')}`;
}

/** The literal config of the first config file, and whether it could be read. */
export function configOf(context: JsContext, configs: string[]): { value: Literal | undefined; file?: string } {
  const file = configs.find((path) => /\.[cm]?[jt]s$/.test(path));
  if (!file) return { value: undefined };
  const text = context.files.read(file);
  return { value: text === undefined ? NOT_LITERAL : readJsConfig(context.parse, file, text), file };
}

/** The first reporter name of a reporter list entry (`'lcov'` or `['lcov', {…}]`). */
export const reporterNames = (value: Literal | undefined): string[] | undefined =>
  Array.isArray(value)
    ? value.map((entry) => (Array.isArray(entry) ? entry[0] : entry)).filter((entry): entry is string => typeof entry === 'string')
    : typeof value === 'string'
      ? [value]
      : undefined;

export const cleanDir = (dir: string) =>
  dir
    .replace(/^<rootDir>\/?/, '')
    .replace(/^\.\//, '')
    .replace(/\/+$/, '') || '.';

/**
 * A c8/nyc wrapper of the runner's script, kept around the suite's command when it writes a coverage
 * file testops reads: the prefix to put before the runner, and that file.
 */
export function wrapped(context: JsContext, pkg: Package, commands: TestCommand[], detected: string[], notes: string[]) {
  const command = commands.find((one) => one.wrapper);
  if (!command?.wrapper) return { prefix: '' };
  const coverage = wrapperCoverage(context.files, pkg, command.wrapper);
  if ('why' in coverage) {
    notes.push(coverage.why);
    return { prefix: '' };
  }
  detected.push(`coverage: ${coverage.from}`);
  return { prefix: `npx ${[command.wrapper.tool, ...command.wrapper.args].map(shellWord).join(' ')} `, coverage: coverage.path };
}

/** The coverage file a runner writes from its reporters: lcov.info, else Istanbul's coverage-final.json. */
export function coverageFile(reporters: string[], dir: string): string | undefined {
  const base = dir === '.' ? '' : dir;
  if (reporters.includes('lcov') || reporters.includes('lcovonly')) return under(base, 'lcov.info');
  if (reporters.includes('json')) return under(base, 'coverage-final.json');
  return undefined;
}

/** A word for sh: as it is when it is plain, else single-quoted. */
export const shellWord = (word: string) => (/^[\w./@=:-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/**
 * A runner's file argument as a glob of files: a file or file glob as it is, a directory (a trailing
 * slash, or a last segment without an extension: `test`, `test/unit/`) as the files in it.
 */
export function filesGlob(arg: string, inDir: string): string {
  const trimmed = arg.replace(/^\.\//, '').replace(/\/+$/, '');
  const last = trimmed.split('/').at(-1) ?? '';
  if (!arg.endsWith('/') && last.includes('.')) return trimmed;
  return last === '**' ? `${trimmed}/${inDir.replace(/^\*\*\//, '')}` : `${trimmed}/${inDir}`;
}
