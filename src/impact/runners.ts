/**
 * What a suite's runner loads and checks beyond the test files' own imports, read from its command
 * (and, for vitest, from its config files' text): whether a JS/TS file no test reaches can matter,
 * and whether a change to types alone can fail a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAIN_NODE_OPTIONS, shellWords } from './js-spawn.js';

/** node --test options that take their value as the next word */
const NODE_TEST_VALUES = new Set([
  '--test-reporter',
  '--test-reporter-destination',
  '--test-concurrency',
  '--test-timeout',
  '--test-name-pattern',
  '--test-skip-pattern',
  '--test-shard',
]);

/**
 * Why a suite's runner may load files its test files do not import, or undefined when it loads
 * nothing else: `node --test` whose every argument is one of the suite's `tests` globs (or, in
 * files-arg, `{files}`), with only test and plain options and no NODE_OPTIONS of its own. Other
 * runners read configs, setup files and plugins by name (vitest, jest, pytest): unknown here.
 */
export function runnerLoadsMore(spec: {
  command?: string;
  'files-arg'?: string;
  tests?: string[];
  env?: Record<string, string>;
}): string | undefined {
  if (spec.env && 'NODE_OPTIONS' in spec.env) return 'its env sets NODE_OPTIONS';
  const tests = new Set(spec.tests ?? []);
  for (const [field, command, own] of [
    ['command', spec.command, tests],
    ['files-arg', spec['files-arg'], new Set(['{files}'])],
  ] as const) {
    if (command === undefined) continue;
    // globs stay words: the suite's own globs are what they must be
    const words = shellWords(command, true);
    if (words?.[0] !== 'node') return `its ${field} is not node --test`;
    let test = false;
    const args: string[] = [];
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      if (word === '--test') test = true;
      else if (NODE_TEST_VALUES.has(word)) i++;
      else if (/^--(?:test-[\w-]+|experimental-test-coverage|test)(?:=.*)?$/.test(word) || PLAIN_NODE_OPTIONS.test(word)) continue;
      else if (word.startsWith('-')) return `node ${word} in its ${field} may load other code`;
      else args.push(word);
    }
    if (!test) return `its ${field} is not node --test`;
    // no argument: node's own patterns (every .js under a test/ directory among them), not the suite's globs
    if (args.length === 0 || args.some((arg) => !own.has(arg))) return `its ${field} runs files other than its tests globs name`;
  }
  return undefined;
}

const VITEST_CONFIG = /(?:^|\/)(?:vitest|vite)\.(?:config|workspace)\.[cm]?[jt]s$|(?:^|\/)vitest\.workspace\.json$/;

/**
 * Whether a suite may check types, so that a change to types alone can fail a test: jest (ts-jest
 * reports type errors), tsc, tsd, vitest with `typecheck` in its command or in a vitest/vite config
 * file of the repository, and any runner testops does not know. `node --test` strips types.
 */
export function mayCheckTypes(spec: { command?: string; 'files-arg'?: string }, repoRoot: string, files: string[]): boolean {
  const commands = [spec.command ?? '', spec['files-arg'] ?? ''].join('\n');
  if (/typecheck|\btsc\b|\btsd\b|\bjest\b/.test(commands)) return true;
  const words = shellWords(spec.command ?? '', true);
  if (words?.[0] === 'node' && words.includes('--test')) return false;
  if (!/\bvitest\b/.test(spec.command ?? '')) return true;
  for (const file of files) {
    if (!VITEST_CONFIG.test(file) || file.includes('node_modules/')) continue;
    try {
      if (readFileSync(join(repoRoot, file), 'utf8').includes('typecheck')) return true;
    } catch {
      return true;
    }
  }
  return false;
}
