/**
 * One suite per JS/TS runner a package uses — vitest, jest, mocha, node:test — each written so
 * testops reads its results: a JUnit report at reports/<suite>/junit.xml, the tests' globs, and
 * `impact: imports`. Each field comes from what was found (a dependency, a config file, a script)
 * or the runner's documented default, and the suite says which.
 */
import { posix } from 'node:path';
import { Minimatch } from 'minimatch';
import { field, type Literal, NOT_LITERAL, readJsConfig, readRcFile, stringList } from './js-config.js';
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

type Build = (pkg: Package, context: JsContext, options: RunnerOptions) => FoundSuite | string | undefined;

/** What says a package uses a runner: the dependency, config files, words in its test scripts. */
function evidence(
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
  if (spec.key && pkg.json[spec.key] !== undefined) detected.push(`"${spec.key}" in ${pkg.file}`);
  if (configs.length > 0) detected.push(`config ${configs.join(', ')}`);
  for (const script of new Set(commands.map((command) => command.script))) detected.push(`"${script}" script in ${pkg.file}`);
  const strong = configs.length > 0 || commands.length > 0 || (spec.key !== undefined && pkg.json[spec.key] !== undefined);
  if (!strong && (!kind || options.workspaceRoot)) return undefined;
  return { detected, configs, commands };
}

const firstWord = (name: string) => (words: string[]) => words[0] === name || words[0]?.endsWith(`/.bin/${name}`) === true;

/** The package's test files matching globs relative to its directory (other packages left out). */
function testFiles(pkg: Package, globs: readonly string[], ignore: readonly string[] = []): string[] {
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
function baseSuite(
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
    ...(extra.filesArg && !options.workspace ? { 'files-arg': extra.filesArg } : {}),
    ...(extra.rerun ? { rerun: extra.rerun } : {}),
    reports: { junit: under(pkg.dir, `reports/${name}/junit.xml`) },
  };
  return fields;
}

function finish(
  pkg: Package,
  options: RunnerOptions,
  found: { runner: string; name: string; fields: SuiteFields; detected: string[]; notes: string[]; also: string[] },
): FoundSuite {
  const fields = found.fields;
  fields.paths = suitePaths(pkg.files, { dir: pkg.dir, extensions: JS_EXTENSIONS, also: [pkg.file, ...found.also], imports: true });
  const notes = [...found.notes];
  if (options.workspace)
    notes.push(
      `runs whole when selected: it runs in ${pkg.dir}, and files-arg passes repository paths the runner would not find from there`,
    );
  return { name: found.name, runner: found.runner, dir: pkg.dir, fields, detected: found.detected, notes };
}

const suiteName = (context: JsContext, pkg: Package, runner: string, options: RunnerOptions) =>
  context.name(options.workspace ? posix.basename(pkg.dir) : runner);

function noTests(pkg: Package, runner: string, globs: readonly string[], detected: string[]): string {
  return `${pkg.dir || '.'}: ${runner} (${detected.join(', ')}) but no test file matches ${globs.join(', ')}`;
}

/** The literal config of the first config file, and whether it could be read. */
function configOf(context: JsContext, configs: string[]): { value: Literal | undefined; file?: string } {
  const file = configs.find((path) => /\.[cm]?[jt]s$/.test(path));
  if (!file) return { value: undefined };
  const text = context.files.read(file);
  return { value: text === undefined ? NOT_LITERAL : readJsConfig(context.parse, file, text), file };
}

/** The first reporter name of a reporter list entry (`'lcov'` or `['lcov', {…}]`). */
const reporterNames = (value: Literal | undefined): string[] | undefined =>
  Array.isArray(value)
    ? value.map((entry) => (Array.isArray(entry) ? entry[0] : entry)).filter((entry): entry is string => typeof entry === 'string')
    : typeof value === 'string'
      ? [value]
      : undefined;

const cleanDir = (dir: string) =>
  dir
    .replace(/^<rootDir>\/?/, '')
    .replace(/^\.\//, '')
    .replace(/\/+$/, '') || '.';

/**
 * A c8/nyc wrapper of the runner's script, kept around the suite's command when it writes a coverage
 * file testops reads: the prefix to put before the runner, and that file.
 */
function wrapped(context: JsContext, pkg: Package, commands: TestCommand[], detected: string[], notes: string[]) {
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
function coverageFile(reporters: string[], dir: string): string | undefined {
  const base = dir === '.' ? '' : dir;
  if (reporters.includes('lcov') || reporters.includes('lcovonly')) return under(base, 'lcov.info');
  if (reporters.includes('json')) return under(base, 'coverage-final.json');
  return undefined;
}

// --- vitest ---------------------------------------------------------------------------------

/** vitest's default `include` (vitest 1–4). */
export const VITEST_INCLUDE = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
const VITEST_DEFAULT_REPORTERS = ['text', 'html', 'clover', 'json'];

export const vitestSuite: Build = (pkg, context, options) => {
  const found = evidence(pkg, context, options, {
    dep: 'vitest',
    configs: ['vitest.config', 'vite.config', 'vitest.workspace', 'vitest.projects'],
    word: firstWord('vitest'),
  });
  if (!found) return undefined;
  const vitestConfigs = found.configs.filter((file) => !posix.basename(file).startsWith('vite.'));
  const viteOnly = vitestConfigs.length === 0 && found.configs.length > 0;
  const { value: config, file: configFile } = configOf(context, vitestConfigs.length > 0 ? vitestConfigs : found.configs);
  const test = field(config, 'test');
  // a vite config alone says nothing about tests unless it has a `test` section or vitest is a dependency
  if (viteOnly && test === undefined && !pkg.deps.has('vitest') && found.commands.length === 0) return undefined;
  const detected = found.detected;
  const notes: string[] = [];
  // projects (test.projects, a vitest.workspace file) run the workspace packages' tests from here too
  const projectsField = field(test, 'projects') ?? field(test, 'workspace');
  const projects =
    found.configs.some((file) => /vitest\.(workspace|projects)/.test(file)) ||
    (projectsField !== undefined && projectsField !== NOT_LITERAL) ||
    (config === NOT_LITERAL && configFile !== undefined && /\b(projects|workspace)\s*:/.test(context.files.read(configFile) ?? ''));
  if (projects) {
    notes.push('vitest projects: the suite runs every project; their packages get no suites of their own');
    pkg = { ...pkg, files: [...context.files.paths] };
  }
  const include = stringList(field(test, 'include'));
  const tests = include ?? VITEST_INCLUDE;
  if (!include)
    notes.push(
      field(test, 'include') === NOT_LITERAL
        ? `tests: ${configFile}'s test.include is not a plain list; vitest's default ${VITEST_INCLUDE[0]} is used`
        : `tests: vitest's default ${VITEST_INCLUDE[0]}`,
    );
  const exclude = stringList(field(test, 'exclude')) ?? [];
  const files = testFiles(pkg, tests, exclude);
  if (files.length === 0) return noTests(pkg, 'vitest', tests, detected);
  const name = suiteName(context, pkg, 'vitest', options);
  const junit = `reports/${name}/junit.xml`;
  // a workspace package runs from the root with --root when vitest is found there: then files-arg's
  // repository paths resolve (vitest matches them against its root), and reports stay in the package
  const fromRoot = options.workspace && options.rootBin?.('vitest') === true;
  if (fromRoot) options = { ...options, workspace: false };
  let command = `npx vitest run${fromRoot ? ` --root ${pkg.dir}` : ''} --reporter=default --reporter=junit --outputFile.junit=${junit}`;
  // coverage: only as the project turns it on (coverage.enabled, or --coverage in its test script)
  const coverage = field(test, 'coverage');
  const flag = found.commands.some((command) => command.words.some((word) => word === '--coverage' || word === '--coverage.enabled'));
  const enabled = field(coverage, 'enabled') === true;
  let coveragePath: string | undefined;
  const provider = field(coverage, 'provider');
  const providerName = typeof provider === 'string' ? provider : 'v8';
  if (enabled || flag) {
    const reporters = field(coverage, 'reporter') === undefined ? VITEST_DEFAULT_REPORTERS : reporterNames(field(coverage, 'reporter'));
    const directory = field(coverage, 'reportsDirectory');
    const dir = directory === undefined ? 'coverage' : typeof directory === 'string' ? cleanDir(directory) : undefined;
    const file = reporters && dir ? coverageFile(reporters, dir) : undefined;
    if (file) {
      coveragePath = under(pkg.dir, file);
      if (flag && !enabled) command += ' --coverage';
      detected.push(enabled ? `coverage.enabled in ${configFile}` : `--coverage in a test script of ${pkg.file}`);
    } else
      notes.push(`coverage: left out; the coverage reporters or directory in ${configFile} are not plain literals naming lcov or json`);
    if (!pkg.deps.has(`@vitest/coverage-${providerName}`) && providerName !== 'custom')
      notes.push(`coverage needs @vitest/coverage-${providerName} (npm i -D @vitest/coverage-${providerName})`);
  } else if (pkg.deps.has('@vitest/coverage-v8') || pkg.deps.has('@vitest/coverage-istanbul'))
    notes.push(
      'coverage: left out; a coverage provider is installed but nothing turns coverage on (add --coverage to the command and reports.coverage)',
    );
  const fields = baseSuite(pkg, options, name, command, tests, {
    rerun: 'vitest',
    filesArg: `${command} {files}`,
  });
  if (coveragePath) fields.reports.coverage = coveragePath;
  const suite = finish(pkg, options, { runner: 'vitest', name, fields, detected, notes, also: found.configs });
  return projects ? { ...suite, projects } : suite;
};

// --- jest -----------------------------------------------------------------------------------

export const JEST_TEST_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];

export const jestSuite: Build = (pkg, context, options) => {
  const found = evidence(pkg, context, options, { dep: 'jest', configs: ['jest.config'], word: firstWord('jest'), key: 'jest' });
  if (!found) return undefined;
  const fromFile = configOf(context, found.configs);
  const config = pkg.json.jest !== undefined ? (pkg.json.jest as Literal) : fromFile.value;
  const configName = pkg.json.jest !== undefined ? `${pkg.file} "jest"` : (fromFile.file ?? found.configs[0]);
  const detected = found.detected;
  const notes: string[] = [];
  const match = stringList(field(config, 'testMatch'))?.map((glob) => glob.replace(/^<rootDir>\//, ''));
  if (field(config, 'testRegex') !== undefined && !match)
    notes.push(`tests: ${configName} uses testRegex; jest's default testMatch is used for selection`);
  else if (!match) notes.push(`tests: jest's default testMatch ${JEST_TEST_MATCH.join(', ')}`);
  const tests = match ?? JEST_TEST_MATCH;
  const files = testFiles(pkg, tests);
  if (files.length === 0) return noTests(pkg, 'jest', tests, detected);
  const name = suiteName(context, pkg, 'jest', options);
  let command = 'npx jest --ci --reporters=default --reporters=jest-junit';
  if (!pkg.deps.has('jest-junit'))
    notes.push('needs jest-junit for its JUnit report: npm i -D jest-junit (the command names it as a reporter)');
  const flag = found.commands.some((command) => command.words.includes('--coverage'));
  const collect = field(config, 'collectCoverage') === true;
  let coveragePath: string | undefined;
  if (collect || flag) {
    const reportersField = field(config, 'coverageReporters');
    const reporters = reportersField === undefined ? ['clover', 'json', 'lcov', 'text'] : reporterNames(reportersField);
    const directory = field(config, 'coverageDirectory');
    const dir = directory === undefined ? 'coverage' : typeof directory === 'string' ? cleanDir(directory) : undefined;
    const file = reporters && dir ? coverageFile(reporters, dir) : undefined;
    if (file) {
      coveragePath = under(pkg.dir, file);
      if (flag && !collect) command += ' --coverage';
      detected.push(collect ? `collectCoverage in ${configName}` : `--coverage in a test script of ${pkg.file}`);
    } else
      notes.push(`coverage: left out; coverageReporters or coverageDirectory in ${configName} are not plain literals naming lcov or json`);
  }
  const fields = baseSuite(pkg, options, name, command, tests, {
    env: { JEST_JUNIT_OUTPUT_DIR: `reports/${name}`, JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' },
    rerun: 'jest',
    filesArg: `${command} -- {files}`,
  });
  if (coveragePath) fields.reports.coverage = coveragePath;
  return finish(pkg, options, { runner: 'jest', name, fields, detected, notes, also: found.configs });
};

// --- mocha ----------------------------------------------------------------------------------

/** mocha's default spec (not recursive). */
export const MOCHA_SPEC = ['test/*.{js,cjs,mjs}'];

/** The spec arguments of a mocha command: words that are not options and look like paths. */
function specArgs(words: string[]): string[] {
  const specs: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith('-')) {
      if (
        !word.includes('=') &&
        [
          '--reporter',
          '-R',
          '--require',
          '-r',
          '--config',
          '--timeout',
          '-t',
          '--ui',
          '-u',
          '--grep',
          '-g',
          '--reporter-option',
          '--reporter-options',
          '-O',
          '--extension',
          '--spec',
          '--ignore',
          '--file',
          '--slow',
          '-s',
          '--retries',
          '--jobs',
          '-j',
        ].includes(word)
      ) {
        if (word === '--spec') specs.push(words[i + 1]);
        i++;
      }
      continue;
    }
    if (/[/*]|\.[cm]?[jt]s$/.test(word)) specs.push(word);
  }
  return specs.filter(Boolean);
}

const asGlob = (spec: string) => (/[*{]/.test(spec) || /\.[cm]?[jt]sx?$/.test(spec) ? spec : `${spec.replace(/\/+$/, '')}/*.{js,cjs,mjs}`);
const shellWord = (word: string) => (/^[\w./@=:-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

export const mochaSuite: Build = (pkg, context, options) => {
  const found = evidence(pkg, context, options, { dep: 'mocha', configs: ['.mocharc'], word: firstWord('mocha'), key: 'mocha' });
  if (!found) return undefined;
  const detected = found.detected;
  const notes: string[] = [];
  const rc = found.configs[0];
  const rcValue = rc ? readRcFile(context.files, context.parse, rc) : (pkg.json.mocha as Literal | undefined);
  const rcSpec = stringList(field(rcValue, 'spec'));
  const scriptSpec = found.commands.map((command) => specArgs(command.words)).find((specs) => specs.length > 0);
  const specs = scriptSpec ?? rcSpec;
  const tests = specs ? specs.map(asGlob) : MOCHA_SPEC;
  if (!specs) notes.push(`tests: mocha's default spec ${MOCHA_SPEC[0]}`);
  const files = testFiles(pkg, tests);
  if (files.length === 0) return noTests(pkg, 'mocha', tests, detected);
  const name = suiteName(context, pkg, 'mocha', options);
  const junit = `reports/${name}/junit.xml`;
  const hasReporter = pkg.deps.has('mocha-junit-reporter');
  // mocha-junit-reporter names each test by its full title and its file (what the mocha rerun preset
  // needs); the built-in xunit reporter writes only the test's own title, so reruns cannot name it
  const reporter = hasReporter
    ? `--reporter mocha-junit-reporter --reporter-options mochaFile=${junit},includePending=true`
    : `--reporter xunit --reporter-option output=${junit}`;
  if (!hasReporter)
    notes.push(
      "JUnit from mocha's built-in xunit reporter; npm i -D mocha-junit-reporter gives file names and full titles (then rerun: mocha reruns failed tests alone)",
    );
  const wrap = wrapped(context, pkg, found.commands, detected, notes);
  const base = `${wrap.prefix || 'npx '}mocha ${reporter}`;
  const command = specs && scriptSpec ? `${base} ${specs.map(shellWord).join(' ')}` : base;
  const fields = baseSuite(pkg, options, name, command, tests, {
    ...(hasReporter ? { rerun: 'mocha' } : {}),
    filesArg: `${base} {files}`,
  });
  if (wrap.coverage) fields.reports.coverage = wrap.coverage;
  return finish(pkg, options, { runner: 'mocha', name, fields, detected, notes, also: found.configs });
};

// --- node:test ------------------------------------------------------------------------------

/** better-node-test's files when given none: *.test.js / *.spec.js anywhere (its bin.js). */
const BNT_FILES = ['**/*.{test,spec}.{js,ts}'];
/** node --test's own default patterns (Node 20–24). */
export const NODE_TEST_FILES = [
  '**/*.test.{cjs,mjs,js}',
  '**/*-test.{cjs,mjs,js}',
  '**/*_test.{cjs,mjs,js}',
  '**/test-*.{cjs,mjs,js}',
  '**/test.{cjs,mjs,js}',
  '**/test/**/*.{cjs,mjs,js}',
];

/** Shell globs, one per directory, that name exactly these files' shape (`test/*.test.js`). */
function shellGlobs(files: string[], dir: string): string[] {
  const globs = new Set<string>();
  for (const file of files) {
    const rest = dir ? file.slice(dir.length + 1) : file;
    const match = /^(.*\/)?[^/]*?((?:\.|-|_)(?:test|spec)\.[cm]?[jt]s)$/.exec(rest);
    globs.add(match ? `${match[1] ?? ''}*${match[2]}` : rest);
  }
  return [...globs].sort();
}

/** A word as the script wrote it: quoted when the script quoted it (the runner globs it), else bare (the shell does). */
function asWritten(script: string, word: string): string {
  if (script.includes(`'${word}'`) || script.includes(`"${word}"`)) return `'${word.replace(/'/g, `'\\''`)}'`;
  return /^[\w./@=:*?{},[\]-]+$/.test(word) ? word : shellWord(word);
}

/** Options of node (and tsx) whose value is the next word. */
const NODE_VALUE_OPTIONS =
  /^(--import|--require|-r|--loader|--experimental-loader|--test-reporter|--test-reporter-destination|--test-name-pattern|--test-skip-pattern|--test-concurrency|--coverage-exclude|--coverage-include|--coverage|-t|--env-file)$/;

export const nodeTestSuite: Build = (pkg, context, options) => {
  const commands = testCommands(pkg);
  const node = commands.find((command) => (command.words[0] === 'node' || command.words[0] === 'tsx') && command.words.includes('--test'));
  const bnt = commands.find((command) => command.words[0] === 'bnt');
  if (!node && !bnt) return undefined;
  const which = (node ?? bnt) as TestCommand;
  const launcher = node?.words[0] === 'tsx' ? 'tsx' : 'node';
  const detected = [
    node
      ? `${launcher} --test in the "${which.script}" script of ${pkg.file}`
      : `bnt (better-node-test) in the "${which.script}" script of ${pkg.file}`,
  ];
  const notes: string[] = [];
  const at = node ? which.words.indexOf('--test') : 0;
  // node's own options before --test (a loader such as --import tsx) stay in the command
  const before = node ? which.words.slice(1, at) : [];
  // explicit files or directories after --test (or bnt's own arguments), else the default patterns
  const args = which.words
    .slice(at + 1)
    .filter((word, index, all) => !word.startsWith('-') && !NODE_VALUE_OPTIONS.test(all[index - 1] ?? ''));
  const ts = launcher === 'tsx' || bnt !== undefined;
  let tests: string[];
  if (args.length > 0)
    tests = args.map((arg) =>
      /[*{]|\.[cm]?[jt]s$/.test(arg) ? arg : `${arg.replace(/\/+$/, '')}/**/*.{cjs,mjs,js${ts ? ',cts,mts,ts' : ''}}`,
    );
  else {
    tests = bnt ? BNT_FILES : ts ? NODE_TEST_FILES.map((glob) => glob.replace('{cjs,mjs,js}', '{cjs,mjs,js,cts,mts,ts}')) : NODE_TEST_FILES;
    notes.push(`tests: ${bnt ? "bnt's files" : `${launcher} --test's default patterns`} ${tests.join(', ')}`);
  }
  const files = testFiles(pkg, tests);
  if (files.length === 0) return noTests(pkg, 'node:test', tests, detected);
  const typescript = files.some((file) => /\.[cm]?ts$/.test(file));
  // bnt runs .ts test files with --import tsx when tsx is installed (its bin.js)
  if (bnt && typescript && pkg.deps.has('tsx')) before.push('--import', 'tsx');
  if (
    typescript &&
    launcher === 'node' &&
    !before.some((word) => /^--(import|loader|experimental-loader|require|experimental-strip-types)/.test(word))
  )
    notes.push('TypeScript test files need a loader: add --import tsx (or run on a Node that strips types) to the command');
  const name = suiteName(context, pkg, 'node-test', options);
  const wrap = wrapped(context, pkg, [which], detected, notes);
  const program = launcher === 'tsx' ? `${wrap.prefix ? '' : 'npx '}tsx` : 'node';
  const base = [
    `${wrap.prefix}${program}`,
    ...before.map(shellWord),
    `--test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/${name}/junit.xml`,
  ].join(' ');
  // Node 20 takes no globs after --test: the files are named as the script named them, else as shell globs per directory
  const script = pkg.scripts.get(which.script) ?? '';
  const named = args.length > 0 ? args.map((arg) => asWritten(script, arg)) : shellGlobs(files, pkg.dir);
  const fields = baseSuite(pkg, options, name, `${base} ${named.join(' ')}`, tests, {
    rerun: 'node',
    filesArg: `${base} {files}`,
  });
  if (wrap.coverage) fields.reports.coverage = wrap.coverage;
  return finish(pkg, options, { runner: 'node:test', name, fields, detected, notes, also: [] });
};
