/**
 * JS/TS imports of one file, read with oxc-parser (TypeScript and JSX aware), and resolved with
 * oxc-resolver (tsconfig `paths` and references, package `exports`/`imports`, self-references,
 * directory indexes, `.js` → `.ts`). Workspace packages that are not installed are resolved from
 * their own directory, and `exports` that name build output fall back to the source under `src/`.
 */
import { isBuiltin } from 'node:module';
import { posix, relative, sep } from 'node:path';
// the ESM build: the package's main is a UMD wrapper whose lazy require()s a bundler cannot follow
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import type { ResolverFactory } from 'oxc-resolver';
import { type AstNode, calleeName, walkAst } from './ast.js';
import { spawnedScripts } from './js-spawn.js';
import type { OxcParser } from './native.js';

export const JS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
export const isJsFile = (path: string) => JS_EXTENSIONS.some((ext) => path.endsWith(ext)) && !/\.d\.[mc]?ts$/.test(path);

/** Modules that start processes or workers: a test using them may run any file of the repository. */
export const SPAWNING_MODULES = new Set([
  'child_process',
  'node:child_process',
  'worker_threads',
  'node:worker_threads',
  'execa',
  'cross-spawn',
  'tinyexec',
  'nano-spawn',
  'zx',
]);

/** What one file asks for. */
export interface JsScan {
  specifiers: string[];
  /** set when the file starts processes or workers that cannot be named: why */
  spawns?: string;
  /** the scripts the file starts with node, worked out from the file alone (repo-relative): what they load, it loads */
  spawned?: string[];
  /** specifiers named only by `import type` / `export type … from`: erased before the code runs */
  typeOnly?: string[];
  /** why the file may load a module we cannot name (non-literal dynamic import/require, import.meta.glob, parse error) */
  dynamic?: string;
}

const LITERAL = /^\s*(?:(['"])([^'"\n]*)\1|`([^`$]*)`)\s*$/;
/** Calls whose first argument names a module: require, require.resolve, jest/vi mocks. */
const MODULE_CALLS = new Set(['require', 'require.resolve', 'jest.mock', 'jest.requireActual', 'vi.mock', 'vi.importActual', 'vi.doMock']);

/** The module specifiers of a JS/TS file. */
export function scanJs(parser: OxcParser, path: string, text: string): JsScan {
  try {
    return scanParsed(path, text, parser.parseSync(path, text));
  } catch (error) {
    return { specifiers: [], dynamic: `${path} could not be parsed (${(error as Error).message.split('\n')[0]})` };
  }
}

/** The same, parsing on the thread pool. */
export async function scanJsAsync(parser: OxcParser, path: string, text: string): Promise<JsScan> {
  try {
    return scanParsed(path, text, await parser.parse(path, text));
  } catch (error) {
    return { specifiers: [], dynamic: `${path} could not be parsed (${(error as Error).message.split('\n')[0]})` };
  }
}

function scanParsed(path: string, text: string, result: ReturnType<OxcParser['parseSync']>): JsScan {
  const specifiers = new Set<string>();
  let dynamic: string | undefined;
  const module = result.module;
  for (const entry of module.staticImports) specifiers.add(entry.moduleRequest.value);
  for (const entry of module.staticExports)
    for (const item of entry.entries) if (item.moduleRequest) specifiers.add(item.moduleRequest.value);
  for (const entry of module.dynamicImports) {
    const argument = text.slice(entry.moduleRequest.start, entry.moduleRequest.end);
    const literal = LITERAL.exec(argument);
    if (literal) specifiers.add(literal[2] ?? literal[3]);
    else dynamic ??= `import(${argument.slice(0, 60)}) in ${path} is not a literal`;
  }
  // require() and mocks are calls, found by walking the AST — only when the text mentions them.
  if (/\brequire\b|\.mock\(|importActual|import\.meta\.glob/.test(text)) {
    walkAst(result.program, (current) => {
      if (current.type === 'CallExpression') {
        const name = calleeName(current.callee as AstNode);
        const first = (current.arguments as AstNode[] | undefined)?.[0];
        if (name === 'import.meta.glob') dynamic ??= `import.meta.glob in ${path} loads files by pattern`;
        else if (name && MODULE_CALLS.has(name) && first) {
          const literal = LITERAL.exec(text.slice(first.start ?? 0, first.end ?? 0));
          if (literal) specifiers.add(literal[2] ?? literal[3]);
          else if (name === 'require')
            dynamic ??= `require(${text.slice(first.start ?? 0, first.end ?? 0).slice(0, 60)}) in ${path} is not a literal`;
        }
      } else if (current.type === 'MetaProperty' || current.type === 'MemberExpression') {
        // import.meta.glob may be passed around without a call
        if (calleeName(current) === 'import.meta.glob') dynamic ??= `import.meta.glob in ${path} loads files by pattern`;
      }
    });
  }
  if (result.errors.some((error) => error.severity === 'Error') && specifiers.size === 0 && !dynamic)
    dynamic = `${path} could not be parsed (${result.errors[0].message})`;
  // a file that also loads modules by require(), import() or mocks keeps every edge (the same name may be loaded there)
  const loadsByCall = module.dynamicImports.length > 0 || /\brequire\b|\.mock\(|importActual|doMock/.test(text);
  // reading the syntax tree costs more than the module record: only where the text has type-only declarations
  const typeOnly = loadsByCall || !/\b(?:import|export)\s+type\b/.test(text) ? [] : typeOnlySpecifiers(result.program);
  const spawning = [...specifiers].filter((specifier) => SPAWNING_MODULES.has(specifier));
  const started = spawning.length > 0 ? spawnedScripts(path, text, result.program, spawning) : undefined;
  return {
    specifiers: [...specifiers],
    ...(dynamic ? { dynamic } : {}),
    ...(started ? ('why' in started ? { spawns: started.why } : { spawned: started.scripts }) : {}),
    ...(typeOnly.length > 0 ? { typeOnly } : {}),
  };
}

/** The specifiers a file names only in whole-declaration `import type` / `export type … from` (never at run time). */
function typeOnlySpecifiers(program: unknown): string[] {
  const typed = new Set<string>();
  const valued = new Set<string>();
  for (const statement of (program as { body: AstNode[] }).body) {
    const source = (statement.source as { value?: string } | null | undefined)?.value;
    if (typeof source !== 'string') continue;
    const kind = statement.type === 'ImportDeclaration' ? statement.importKind : statement.exportKind;
    (kind === 'type' ? typed : valued).add(source);
  }
  return [...typed].filter((specifier) => !valued.has(specifier));
}

export interface WorkspacePackage {
  name: string;
  dir: string;
  exports?: unknown;
}

/** Workspace packages (every package.json outside node_modules that has a name), from the repository's files. */
export function workspacePackages(files: string[], read: (path: string) => string | undefined): Map<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  for (const file of files) {
    if (file !== 'package.json' && !file.endsWith('/package.json')) continue;
    if (file.includes('node_modules/')) continue;
    const text = read(file);
    if (text === undefined) continue;
    const manifest = parseJsonc(text, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined;
    if (manifest && typeof manifest.name === 'string' && !packages.has(manifest.name))
      packages.set(manifest.name, { name: manifest.name, dir: posix.dirname(file), exports: manifest.exports });
  }
  return packages;
}

const CONDITIONS = ['source', 'types', 'import', 'module', 'require', 'node', 'default'];

/** The target of a package `exports` entry for a subpath ('.' or './x'), following conditions and "*" patterns. */
export function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (!exports || typeof exports !== 'object' || Array.isArray(exports)) return undefined;
  const entries = exports as Record<string, unknown>;
  const isSubpathMap = Object.keys(entries).some((key) => key.startsWith('.'));
  if (!isSubpathMap) return subpath === '.' ? pickCondition(entries) : undefined;
  if (subpath in entries) return pickCondition(entries[subpath]);
  for (const [key, value] of Object.entries(entries)) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length)
      return pickCondition(value)?.replaceAll('*', subpath.slice(prefix.length, subpath.length - suffix.length));
  }
  return undefined;
}

function pickCondition(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(pickCondition).find(Boolean);
  if (!value || typeof value !== 'object') return undefined;
  const entries = value as Record<string, unknown>;
  for (const condition of CONDITIONS) if (condition in entries) return pickCondition(entries[condition]);
  return undefined;
}

export type JsResolution = { file: string } | { external: true } | { dangling: string };

/** Resolves specifiers of repository files to repository files (absolute root, repo-relative in and out). */
export function createJsResolver(
  root: string,
  factory: ResolverFactory,
  known: Set<string>,
  packages: Map<string, WorkspacePackage>,
): (from: string, specifier: string) => JsResolution {
  const toRepo = (absolute: string): string | undefined => {
    const path = relative(root, absolute).split(sep).join('/');
    return path.startsWith('..') || path.includes('node_modules/') ? undefined : path;
  };
  const attempt = (file: string, specifier: string): string | undefined | null => {
    const result = factory.resolveFileSync(`${root}/${file}`, specifier);
    if (!result.path) return null;
    return toRepo(result.path);
  };
  return (from, specifier) => {
    if (specifier.startsWith('node:') || isBuiltin(specifier)) return { external: true };
    const found = attempt(from, specifier);
    if (found && known.has(found)) return { file: found };
    if (found === undefined) return { external: true }; // resolved into node_modules or outside the repository
    const relativeSpecifier = specifier.startsWith('.') || specifier.startsWith('/');
    if (relativeSpecifier) {
      // exports of a package that name build output (dist/) are not in a source checkout: the file under src/
      const target = posix.normalize(posix.join(posix.dirname(from), specifier));
      return { dangling: target };
    }
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const pkg = packages.get(name);
    if (!pkg) return { external: true }; // a dependency that is not installed here: a lockfile change covers it
    // A workspace package that is not linked into node_modules: resolve it from its own directory (self-reference).
    const base = pkg.dir === '.' ? 'package.json' : `${pkg.dir}/package.json`;
    const self = attempt(base, specifier);
    if (self && known.has(self)) return { file: self };
    const subpath = specifier.length > name.length ? `.${specifier.slice(name.length)}` : '.';
    const exported = pkg.exports !== undefined ? exportTarget(pkg.exports, subpath) : undefined;
    const candidates = exported
      ? [exported, exported.replace(/^\.?\/?(dist|build|lib|out)\//, './src/').replace(/\.d\.[mc]?ts$/, '.ts')]
      : [subpath === '.' ? '.' : subpath, './src/index'];
    for (const candidate of candidates) {
      const path = attempt(base, candidate.startsWith('.') ? candidate : `./${candidate}`);
      if (path && known.has(path)) return { file: path };
      const stem = path ?? posix.normalize(posix.join(pkg.dir, candidate));
      for (const ext of ['', '.ts', '.tsx', '.mts', '.js', '.mjs']) {
        const withExt = stem.replace(/\.(m|c)?js$/, '') + ext;
        if (known.has(withExt)) return { file: withExt };
      }
    }
    return { dangling: posix.normalize(posix.join(pkg.dir, exported ?? subpath)) };
  };
}
