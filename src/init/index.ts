/**
 * `testops init`: what the repository's files say about its tests, as suites testops can run and
 * read — JS/TS (vitest, jest, mocha, node:test, in the root and workspace packages), pytest, Go and
 * Maven — and what it found but does not recognise. Pure: files come in through `RepoFiles`.
 */
import { detectGo } from './go.js';
import { detectGradle } from './gradle.js';
import { detectJs } from './js.js';
import { detectMaven } from './maven.js';
import { detectPytest } from './python.js';
import type { Detection, FoundSuite, ParseJs, RepoFiles } from './types.js';
import { pushAll } from '../util/arrays.js';

/** Build files of setups init does not write suites for: said as "not recognised", never guessed at. */
const OTHER_SETUPS: [RegExp, string][] = [
  [/^(.*\/)?Cargo\.toml$/, 'Cargo (Rust)'],
  [/^(.*\/)?Gemfile$/, 'Bundler (Ruby)'],
  [/^(.*\/)?composer\.json$/, 'Composer (PHP)'],
  [/^(.*\/)?[^/]+\.(csproj|fsproj|sln)$/, '.NET'],
  [/^(.*\/)?CMakeLists\.txt$/, 'CMake'],
  [/^(.*\/)?deno\.jsonc?$/, 'Deno'],
  [/^(.*\/)?mix\.exs$/, 'Mix (Elixir)'],
];

/** What init looks for, for the message when it finds nothing. */
export const LOOKED_FOR =
  'package.json test runners (vitest, jest, mocha, node --test; workspaces too), pytest (pytest.ini, pyproject.toml, tox.ini, setup.cfg, conftest.py, test_*.py), go.mod with _test.go files, pom.xml or build.gradle with src/test';

export function detect(files: RepoFiles, parse: ParseJs | undefined): Detection {
  const taken = new Set<string>();
  const name = (base: string) => {
    const clean = base.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'tests';
    let candidate = clean;
    for (let n = 2; taken.has(candidate); n++) candidate = `${clean}-${n}`;
    taken.add(candidate);
    return candidate;
  };
  const suites: FoundSuite[] = [];
  const unrecognised: string[] = [];
  const add = (result: FoundSuite | string | undefined) => {
    if (typeof result === 'string') unrecognised.push(result);
    else if (result) suites.push(result);
  };
  const js = detectJs({ files, parse, name });
  pushAll(suites, js.suites);
  pushAll(unrecognised, js.unrecognised);
  for (const result of detectPytest(files, name)) add(result);
  for (const result of detectGo(files, name)) add(result);
  add(detectMaven(files, name));
  add(detectGradle(files, name));
  const others = new Map<string, string[]>();
  for (const file of files.paths)
    for (const [pattern, what] of OTHER_SETUPS)
      if (pattern.test(file) && !file.split('/').includes('node_modules')) others.set(what, [...(others.get(what) ?? []), file]);
  for (const [what, found] of others)
    unrecognised.push(`${found.slice(0, 2).join(', ')}${found.length > 2 ? ', …' : ''}: ${what}, which init does not write suites for`);
  return { suites, unrecognised, covered: js.covered };
}

export { CONFIG_PATH, configText, detectedLine } from './writer.js';
export type { Detection, FoundSuite, RepoFiles } from './types.js';
