/**
 * What `testops init` found: one suite per test setup, each field traced to a file, and what it
 * could not recognise. Detection reads files only through `RepoFiles`, so it is pure and tested on
 * real repositories without touching the disk beyond them.
 */

/** The repository as detection sees it: its files (repo-relative, forward slashes) and their text. */
export interface RepoFiles {
  /** every file git knows (tracked and untracked, not ignored), sorted */
  readonly paths: readonly string[];
  /** whether `paths` holds this path */
  has(path: string): boolean;
  /** a file's text, or undefined when it does not exist or cannot be read */
  read(path: string): string | undefined;
}

/** A suite's fields, in the order they are written (the config's own names). */
export interface SuiteFields {
  command: string;
  'working-directory'?: string;
  env?: Record<string, string>;
  paths: string[];
  impact?: 'imports';
  tests?: string[];
  'files-arg'?: string;
  rerun?: string;
  reports: { junit: string; coverage?: string };
}

export interface FoundSuite {
  /** the suite name (letters, digits, ".", "_", "-") before de-duplication */
  name: string;
  /** the runner: vitest, jest, mocha, node:test, pytest, go, maven */
  runner: string;
  /** where it was found: "" for the repository root, else the package or module directory */
  dir: string;
  fields: SuiteFields;
  /** what was detected and from which file ("devDependency in package.json") */
  detected: string[];
  /** what to install, and what was left out and why */
  notes: string[];
  /** a vitest suite whose config declares projects (it runs the workspace packages' tests too) */
  projects?: boolean;
}

export interface Detection {
  suites: FoundSuite[];
  /** places that look like tests but match no setup, each with why ("packages/x: test script \"make check\"") */
  unrecognised: string[];
  /** test setups another suite already runs ("packages/a: its vitest tests run in suite vitest") */
  covered: string[];
}

/** Parses JS/TS (oxc-parser's parseSync), or undefined when the parser could not be loaded. */
export type ParseJs = (file: string, text: string) => { program: unknown; errors: readonly unknown[] };

/** `dir/rest`, or `rest` at the root. */
export const under = (dir: string, rest: string) => (dir ? `${dir}/${rest}` : rest);
