/** mocha: mocha-junit-reporter when the project has it (full titles, files: reruns work), else the built-in xunit reporter. */
import { field, type Literal, readRcFile, stringList } from './js-config.js';
import {
  baseSuite,
  type Build,
  evidence,
  filesGlob,
  finish,
  firstWord,
  noTests,
  shellWord,
  suiteName,
  testFiles,
  wrapped,
} from './js-suite.js';

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
  // mocha reads a directory's files, not its subdirectories' (without --recursive)
  const tests = specs ? specs.map((spec) => filesGlob(spec, '*.{js,cjs,mjs}')) : MOCHA_SPEC;
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
  return finish(pkg, { runner: 'mocha', name, fields, detected, notes, also: found.configs });
};
