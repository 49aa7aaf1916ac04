/** jest: JUnit through jest-junit (named even when it is not installed: the summary says to install it). */
import { field, type Literal, stringList } from './js-config.js';
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

export const JEST_TEST_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];

export const jestSuite: Build = (pkg, context, options) => {
  const found = evidence(pkg, context, options, { dep: 'jest', configs: ['jest.config'], word: firstWord('jest'), key: 'jest' });
  if (!found) return undefined;
  const fromFile = configOf(context, found.configs);
  const inPackage = typeof pkg.json.jest === 'object' && pkg.json.jest !== null;
  const config = inPackage ? (pkg.json.jest as Literal) : fromFile.value;
  const configName = inPackage ? `${pkg.file} "jest"` : (fromFile.file ?? found.configs[0]);
  const detected = found.detected;
  const notes: string[] = [];
  const match = stringList(field(config, 'testMatch'))?.map((glob) => glob.replace(/^<rootDir>\//, ''));
  if (field(config, 'testRegex') !== undefined && !match)
    notes.push(`tests: ${configName} uses testRegex; jest's default testMatch is used for selection`);
  else if (!match) notes.push(`tests: jest's default testMatch ${JEST_TEST_MATCH.join(', ')}`);
  // testMatch applies inside each of `roots` (default: the package)
  const roots = stringList(field(config, 'roots'))
    ?.map((root) =>
      root
        .replace(/^<rootDir>\/?/, '')
        .replace(/^\.\//, '')
        .replace(/\/+$/, ''),
    )
    .filter((root) => root !== '' && root !== '.');
  if (roots && roots.length > 0) detected.push(`roots ${roots.join(', ')} in ${configName}`);
  const tests = (match ?? JEST_TEST_MATCH).flatMap((glob) =>
    roots && roots.length > 0 && glob.startsWith('**/') ? roots.map((root) => `${root}/${glob}`) : [glob],
  );
  const files = testFiles(pkg, tests);
  if (files.length === 0) return noTests(pkg, 'jest', tests, detected);
  const name = suiteName(context, pkg, 'jest', options);
  // a workspace package runs from the root with --config when jest is found there: jest matches
  // files-arg's repository paths against absolute paths, and its rootDir is the config's directory
  const fromRoot = options.workspace && options.rootBin?.('jest') === true;
  if (fromRoot) options = { ...options, workspace: false };
  const configArg = fromRoot ? ` --config ${found.configs.find((file) => /\.(c|m)?[jt]s$|\.json$/.test(file)) ?? pkg.file}` : '';
  let command = `npx jest --ci --reporters=default --reporters=jest-junit${configArg}`;
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
    env: { JEST_JUNIT_OUTPUT_DIR: fromRoot ? under(pkg.dir, `reports/${name}`) : `reports/${name}`, JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' },
    rerun: 'jest',
    filesArg: `${command} -- {files}`,
  });
  if (coveragePath) fields.reports.coverage = coveragePath;
  return finish(pkg, { runner: 'jest', name, fields, detected, notes, also: found.configs });
};
