/**
 * Rerunning only the failed tests, in each runner's own selector language. Test names come from
 * reports written by pull-request code: every value is escaped for the runner's pattern syntax
 * (regular expressions, Surefire and Gradle filters) and then for the shell, so a hostile name
 * selects at most itself and never runs as shell text.
 *
 * `rerun:` is a preset name (its selectors are appended to the suite's command) or a template
 * with placeholders. What each runner reports as a test's name, and what its filter matches:
 *
 * | preset | report names (JUnit) | selectors |
 * |---|---|---|
 * | pytest | classname `pkg.mod.Class`, file, name `test[param]` | node ids `file::Class::test[param]` |
 * | vitest | classname = file, name `describe > test` | files, `-t '^describe test$'` (vitest joins with spaces) |
 * | jest | (jest-junit) file attribute, name `describe test` | files, `-t '^(describe test)$'` |
 * | node | name = the test's own name | files, `--test-name-pattern '^(name)$'` |
 * | mocha | name = full title | `--grep '^(full title)$'` |
 * | playwright | classname = file, name `describe › test` | files, `--grep '(test)$'` |
 * | go | classname = package import path, name `TestA/sub` | `-run '^(TestA)$'` and the packages |
 * | maven | classname `pkg.Class`, name `method[1]` | `-Dtest='pkg.Class#method+other'` |
 * | gradle | classname `pkg.Class`, name `method()` | `--tests 'pkg.Class.method'` each |
 */
import type { TestCase } from '../model.js';
import { shellQuote } from './quote.js';

export const RERUN_PRESETS = ['pytest', 'vitest', 'jest', 'node', 'mocha', 'playwright', 'go', 'maven', 'gradle'] as const;
export type RerunPreset = (typeof RERUN_PRESETS)[number];

/** Placeholders a rerun template may use. */
export const RERUN_PLACEHOLDERS = [
  'tests',
  'files',
  'pytest-ids',
  'name-regex',
  'go-run',
  'go-packages',
  'maven-tests',
  'gradle-tests',
] as const;
export type RerunPlaceholder = (typeof RERUN_PLACEHOLDERS)[number];

/** Aliases accepted for a preset name. */
const PRESET_ALIASES: Readonly<Record<string, RerunPreset>> = {
  'node:test': 'node',
  'node-test': 'node',
  'go-test': 'go',
  gotestsum: 'go',
  mvn: 'maven',
  surefire: 'maven',
};

export function presetOf(value: string): RerunPreset | undefined {
  const name = value.trim().toLowerCase();
  if ((RERUN_PRESETS as readonly string[]).includes(name)) return name as RerunPreset;
  return PRESET_ALIASES[name];
}

/** Whether a template uses at least one placeholder. */
export function templatePlaceholders(template: string): RerunPlaceholder[] {
  return RERUN_PLACEHOLDERS.filter((key) => template.includes(`{${key}}`));
}

/** What the config says about `rerun`, or undefined when it is fine. */
export function rerunProblem(value: string): string | undefined {
  if (presetOf(value) || templatePlaceholders(value).length > 0) return undefined;
  return `expected a preset (${RERUN_PRESETS.join(', ')}) or a command template with a placeholder (${RERUN_PLACEHOLDERS.map((key) => `{${key}}`).join(', ')}), e.g. "pytest {pytest-ids}"`;
}

/** A regular expression that matches exactly `text` (JavaScript, Python, Go RE2 and Java alike). */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|\t\n\r\v\f]/g, (char) =>
    // control whitespace as a hex escape, which all four dialects read (and the log shows on one line)
    /\s/.test(char) ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\${char}`,
  );
}

/** `^(?:a|b)$` over the escaped names; the names sorted so the command is stable. */
export function anchoredAlternation(names: readonly string[], anchorStart: boolean | 'word' = true): string {
  const unique = [...new Set(names)].sort();
  const body = unique.map(escapeRegex).join('|');
  return `${anchorStart === 'word' ? '(?:^| )' : anchorStart ? '^' : ''}(${body})$`;
}

const unique = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((value): value is string => Boolean(value))),
];

/** Display-name separators reporters put between describe blocks and the test. */
const VITEST_SEPARATOR = ' > ';
const PLAYWRIGHT_SEPARATOR = ' › ';

/** pytest's node id: `path::Class::name[param]` (classname `pkg.mod.Class` gives the class). */
export function pytestId(test: Pick<TestCase, 'file' | 'classname' | 'name'>): string | undefined {
  if (!test.file) return undefined;
  const file = test.file.replace(/\\/g, '/');
  // pytest's classname is the module path plus the class: "tests.test_a.TestX"; the module part
  // is the file itself, so only what follows it is the class (nested classes included).
  const modulePath = file.replace(/\.py$/, '').replace(/\//g, '.');
  let classes: string[] = [];
  if (test.classname && test.classname !== modulePath) {
    const suffix = test.classname.startsWith(`${modulePath}.`)
      ? test.classname.slice(modulePath.length + 1)
      : (test.classname
          .split('.')
          .filter((part) => /^[A-Z]/.test(part))
          .join('.') ?? '');
    classes = suffix ? suffix.split('.') : [];
  }
  return [file, ...classes, test.name].join('::');
}

/** The go test function a report's name belongs to (`TestA/sub_case` → `TestA`). */
const goFunction = (name: string) => name.split('/')[0] as string;

/** Surefire and Gradle name methods `method[1]`, `method()` or `method(Type)`: the bare method. */
const jvmMethod = (name: string) => name.replace(/[([].*$/, '').trim();

/** The Surefire `-Dtest` value: `pkg.Class#m1+m2,pkg.Other#m3`. */
export function mavenTests(tests: readonly TestCase[]): string {
  const byClass = new Map<string, Set<string>>();
  for (const test of tests) {
    const className = test.classname ?? '';
    if (!className) continue;
    const methods = byClass.get(className) ?? new Set<string>();
    methods.add(jvmMethod(test.name));
    byClass.set(className, methods);
  }
  return [...byClass.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([className, methods]) =>
        `${className.replace(/[,#+]/g, '?')}#${[...methods]
          .sort()
          .map((method) => method.replace(/[,#+]/g, '?'))
          .join('+')}`,
    )
    .join(',');
}

/** Gradle `--tests` filters: `pkg.Class.method` each ("*" in a name matches anything, so it becomes "*"). */
export function gradleTests(tests: readonly TestCase[]): string[] {
  return unique(tests.map((test) => (test.classname ? `${test.classname}.${jvmMethod(test.name)}` : undefined)));
}

/** A script file's name: what vitest and playwright put in `classname` when the report has no `file`. */
const SCRIPT_FILE = /\.[cm]?[jt]sx?$/;

/** The test's file: its `file`, else (vitest, playwright) the classname when it names a script file. */
export function testFile(test: Pick<TestCase, 'file' | 'classname'>): string | undefined {
  if (test.file) return test.file;
  return test.classname && SCRIPT_FILE.test(test.classname) ? test.classname : undefined;
}

/** The values every placeholder stands for, for the failed tests. */
export function placeholderValues(tests: readonly TestCase[], preset?: RerunPreset): Record<RerunPlaceholder, string> {
  const files = unique(tests.map(testFile));
  const quoted = (values: readonly string[]) => values.map(shellQuote).join(' ');
  let names: string[];
  let anchorStart: boolean | 'word' = true;
  switch (preset) {
    case 'vitest':
      names = tests.map((test) => test.name.split(VITEST_SEPARATOR).join(' '));
      break;
    case 'playwright':
      names = tests.map((test) => test.name.split(PLAYWRIGHT_SEPARATOR).at(-1) as string);
      anchorStart = false;
      break;
    case 'go':
      names = tests.map((test) => goFunction(test.name));
      break;
    case 'node':
      // node 20 matches the pattern against the test's own name, node 22 and later against its
      // describe names and its own joined by spaces: the name at the end, after a space or nothing
      names = tests.map((test) => test.name);
      anchorStart = 'word';
      break;
    default:
      names = tests.map((test) => test.name);
  }
  const goNames = unique(tests.map((test) => goFunction(test.name)));
  return {
    tests: quoted(unique(tests.map((test) => test.name))),
    files: quoted(files),
    'pytest-ids': quoted(unique(tests.map(pytestId))),
    'name-regex': shellQuote(anchoredAlternation(names, anchorStart)),
    'go-run': `-run ${shellQuote(anchoredAlternation(goNames))}`,
    'go-packages': quoted(unique(tests.map((test) => test.classname))),
    'maven-tests': shellQuote(`-Dtest=${mavenTests(tests)}`),
    'gradle-tests': gradleTests(tests)
      .map((filter) => `--tests ${shellQuote(filter)}`)
      .join(' '),
  };
}

/** The selectors a preset appends to the suite's command. */
const PRESET_ARGS: Readonly<Record<RerunPreset, string>> = {
  pytest: '{pytest-ids}',
  vitest: '{files} -t {name-regex}',
  // jest's array options (--reporters=a b) would swallow files that follow them: -t first, the files after --
  jest: '-t {name-regex} -- {files}',
  // node stops reading its own options at the first file: the pattern goes right after --test (see presetCommand)
  node: '--test-name-pattern={name-regex} {files}',
  mocha: '--grep {name-regex}',
  playwright: '{files} --grep {name-regex}',
  go: '{go-run} {go-packages}',
  maven: '{maven-tests} -Dsurefire.failIfNoSpecifiedTests=false',
  gradle: '{gradle-tests}',
};

/** Which fields of the failed tests a preset needs; without them it cannot name the tests. */
const PRESET_NEEDS: Readonly<Record<RerunPreset, (test: TestCase) => boolean>> = {
  pytest: (test) => Boolean(test.file),
  vitest: (test) => Boolean(testFile(test)),
  jest: (test) => Boolean(test.file),
  node: () => true,
  mocha: () => true,
  playwright: (test) => Boolean(testFile(test)),
  go: (test) => Boolean(test.classname),
  maven: (test) => Boolean(test.classname),
  gradle: (test) => Boolean(test.classname),
};

/**
 * The suite's command with the preset's selectors. They go at the end, except node's pattern:
 * `node --test dir --test-name-pattern=x` reads the pattern as a file name (node takes no option
 * after its first file), so it goes right after the `--test` word, the files at the end.
 */
export function presetCommand(preset: RerunPreset, suiteCommand: string): string {
  if (preset === 'node') {
    const at = /(^|\s)--test(?=\s|$)/.exec(suiteCommand);
    if (at) {
      const end = at.index + at[0].length;
      return `${suiteCommand.slice(0, end)} --test-name-pattern={name-regex}${suiteCommand.slice(end)} {files}`;
    }
  }
  return `${suiteCommand} ${PRESET_ARGS[preset]}`;
}

export interface RerunCommand {
  command: string;
  /** why the whole command runs again instead (when it does) */
  fallback?: string;
}

/** Placeholders that name tests by file: empty when the report gave no files. */
const NEEDS_FILES: readonly RerunPlaceholder[] = ['files', 'pytest-ids'];

/**
 * The command that reruns `failed`: the preset's selectors after the suite's command, or the
 * template filled in. Falls back to the whole command (and says why) when the report does not
 * give what the selectors need.
 */
export function rerunCommand(rerun: string | undefined, suiteCommand: string, failed: readonly TestCase[]): RerunCommand {
  if (!rerun) return { command: suiteCommand, fallback: 'no rerun template' };
  if (failed.length === 0) return { command: suiteCommand, fallback: 'no failed test was named in a report' };
  const preset = presetOf(rerun);
  const template = preset ? presetCommand(preset, suiteCommand) : rerun;
  if (preset && !failed.every(PRESET_NEEDS[preset]))
    return { command: suiteCommand, fallback: `the report does not give what the ${preset} preset needs to name each failed test` };
  const used = templatePlaceholders(template);
  if (!preset && failed.some((test) => !testFile(test)) && used.some((key) => NEEDS_FILES.includes(key)))
    return { command: suiteCommand, fallback: 'the report does not give the file of each failed test' };
  const values = placeholderValues(failed, preset);
  return { command: template.replace(/\{([a-z-]+)\}/g, (whole, key: string) => (key in values ? values[key as RerunPlaceholder] : whole)) };
}
