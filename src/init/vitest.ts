/** vitest: tests from the config's literal `include`, JUnit through `--reporter=junit`, coverage as the project turns it on. */
import { posix } from 'node:path';
import { field, NOT_LITERAL, stringList } from './js-config.js';
import {
  baseSuite,
  type Build,
  cleanDir,
  configOf,
  coverageFile,
  evidence,
  finish,
  firstWord,
  noTests,
  reporterNames,
  suiteName,
  testFiles,
} from './js-suite.js';
import { under } from './types.js';

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
    notes.push(
      `vitest projects: this suite runs every project${pkg.workspace ? '; the workspace packages get no vitest suites of their own' : ''}`,
    );
    pkg = { ...pkg, files: [...context.files.paths] };
  }
  const include = stringList(field(test, 'include'));
  // include globs are relative to test.dir (default: the root)
  const testDir = field(test, 'dir');
  const base = typeof testDir === 'string' ? testDir.replace(/^\.\//, '').replace(/\/+$/, '') : '';
  if (base) detected.push(`test.dir ${base} in ${configFile}`);
  const tests = (include ?? VITEST_INCLUDE).map((glob) => (base && base !== '.' ? `${base}/${glob.replace(/^\.\//, '')}` : glob));
  if (!include)
    notes.push(
      field(test, 'include') === NOT_LITERAL
        ? `tests: ${configFile}'s test.include is not a plain list; vitest's default ${VITEST_INCLUDE[0]} is used`
        : `tests: vitest's default ${VITEST_INCLUDE[0]}`,
    );
  const exclude = (stringList(field(test, 'exclude')) ?? []).map((glob) =>
    base && base !== '.' ? `${base}/${glob.replace(/^\.\//, '')}` : glob,
  );
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
  const suite = finish(pkg, { runner: 'vitest', name, fields, detected, notes, also: found.configs });
  return projects ? { ...suite, projects } : suite;
};
