/**
 * Coverage through c8 or nyc wrapped around a runner in a test script (`c8 --reporter=lcov mocha`):
 * the suite keeps the wrapper, and `reports.coverage` names the file its reporters write — lcov.info,
 * else Istanbul's coverage-final.json — from the script's options or the tool's rc file. Reporters
 * that write neither (c8's and nyc's default is text alone) leave coverage out, and say so.
 */
import { readRcFile } from './js-config.js';
import type { Package } from './js.js';
import type { RepoFiles } from './types.js';
import { under } from './types.js';

export interface Wrapper {
  tool: 'c8' | 'nyc';
  /** the tool's own options as written in the script */
  args: string[];
}

/** Options of c8/nyc that take a value as the next word. */
const TAKES_VALUE = new Set([
  '-r',
  '--reporter',
  '-o',
  '--report-dir',
  '--reports-dir',
  '--temp-directory',
  '-x',
  '--exclude',
  '-n',
  '--include',
  '-e',
  '--extension',
  '--lines',
  '--branches',
  '--functions',
  '--statements',
  '--src',
  '--cwd',
  '--config',
  '--nycrc-path',
]);

/** Splits a leading c8/nyc and its options off a command's words. */
export function splitWrapper(words: string[]): { wrapper?: Wrapper; words: string[] } {
  const tool = words[0];
  if (tool !== 'c8' && tool !== 'nyc') return { words };
  const args: string[] = [];
  let i = 1;
  for (; i < words.length && words[i].startsWith('-'); i++) {
    args.push(words[i]);
    if (!words[i].includes('=') && TAKES_VALUE.has(words[i]) && i + 1 < words.length) args.push(words[++i]);
  }
  return { wrapper: { tool, args }, words: words.slice(i) };
}

/** The values of an option in the script's words (`--reporter=lcov`, `-r lcov`). */
function optionValues(args: string[], names: string[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [name, value] = args[i].includes('=')
      ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)]
      : [args[i]];
    if (!names.includes(name)) continue;
    if (value !== undefined) values.push(value);
    else if (i + 1 < args.length) values.push(args[++i]);
  }
  return values;
}

/** The rc settings of c8 or nyc: .c8rc(.json), .nycrc(.json/.yml/.yaml), or package.json's "c8"/"nyc". */
function rcOf(files: RepoFiles, pkg: Package, tool: 'c8' | 'nyc'): { settings: Record<string, unknown>; file: string } | undefined {
  const names = tool === 'c8' ? ['.c8rc', '.c8rc.json'] : ['.nycrc', '.nycrc.json', '.nycrc.yml', '.nycrc.yaml'];
  for (const name of names) {
    const file = under(pkg.dir, name);
    if (!files.has(file)) continue;
    const value = readRcFile(files, undefined, file);
    return value && typeof value === 'object' && !Array.isArray(value) ? { settings: value as Record<string, unknown>, file } : undefined;
  }
  const field = pkg.json[tool];
  return field && typeof field === 'object' ? { settings: field as Record<string, unknown>, file: `${pkg.file} "${tool}"` } : undefined;
}

/** The coverage file a c8/nyc wrapper writes (repo-relative) and where that was read, or why not. */
export function wrapperCoverage(files: RepoFiles, pkg: Package, wrapper: Wrapper): { path: string; from: string } | { why: string } {
  const rc = rcOf(files, pkg, wrapper.tool);
  const fromArgs = optionValues(wrapper.args, ['-r', '--reporter']);
  const rcReporters = rc?.settings.reporter;
  const reporters =
    fromArgs.length > 0
      ? fromArgs
      : Array.isArray(rcReporters)
        ? rcReporters.filter((item): item is string => typeof item === 'string')
        : typeof rcReporters === 'string'
          ? [rcReporters]
          : [];
  const dirArg = optionValues(wrapper.args, ['-o', '--report-dir', '--reports-dir']).at(-1);
  const dirRc = rc?.settings['report-dir'] ?? rc?.settings.reportDir ?? rc?.settings['reports-dir'];
  const dir = (dirArg ?? (typeof dirRc === 'string' ? dirRc : 'coverage')).replace(/^\.\//, '').replace(/\/+$/, '');
  const from =
    fromArgs.length > 0
      ? `${wrapper.tool} ${fromArgs.map((name) => `--reporter=${name}`).join(' ')} in a test script of ${pkg.file}`
      : rc?.file;
  const file =
    reporters.includes('lcov') || reporters.includes('lcovonly')
      ? 'lcov.info'
      : reporters.includes('json')
        ? 'coverage-final.json'
        : undefined;
  if (!file || !from)
    return {
      why: `coverage: left out; ${wrapper.tool} writes ${reporters.length > 0 ? reporters.join(', ') : 'text only'} here (add --reporter=lcov, then reports.coverage: ${under(pkg.dir, `${dir}/lcov.info`)})`,
    };
  return { path: under(pkg.dir, `${dir}/${file}`), from };
}
