/** node:test — `node --test`, `tsx --test` or better-node-test (`bnt`) — with node's own JUnit reporter. */
import { baseSuite, type Build, filesGlob, finish, noTests, shellWord, suiteName, testFiles, wrapped } from './js-suite.js';
import { type TestCommand, testCommands } from './js.js';

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
  if (args.length > 0) tests = args.map((arg) => filesGlob(arg, `**/*.{cjs,mjs,js${ts ? ',cts,mts,ts' : ''}}`));
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
  return finish(pkg, { runner: 'node:test', name, fields, detected, notes, also: [] });
};
