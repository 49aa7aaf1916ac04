/**
 * The import graph of Python code as pytest loads it: absolute and relative imports, packages
 * (a module import runs every parent `__init__.py`), `src/` layouts, test directories that pytest
 * puts on sys.path (rootdir-relative "prepend" mode), `conftest.py` (every file under its directory
 * depends on it), `pytest_plugins` and `-p` plugins from the pytest config.
 */
import { posix } from 'node:path';

export const isPythonFile = (path: string) => path.endsWith('.py') || path.endsWith('.pyi');

export interface PythonScan {
  /** absolute module names ("a.b.c") and relative ones (".x", "..") as written */
  modules: string[];
  /** `from a import b, c` may import submodules a.b, a.c: those candidates, tried only if they exist */
  maybeModules: string[];
  /** set when the file starts processes (which module) */
  spawns?: string;
  dynamic?: string;
}

/** Source text with comments removed and string contents blanked (the quotes stay), so imports are found only in code. */
function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '"' || char === "'") {
      const triple = text.startsWith(char.repeat(3), i);
      const quote = triple ? char.repeat(3) : char;
      let j = i + quote.length;
      let body = '';
      while (j < text.length && !text.startsWith(quote, j)) {
        if (text[j] === '\\') {
          body += '  ';
          j += 2;
          continue;
        }
        if (!triple && text[j] === '\n') break;
        body += text[j] === '\n' ? '\n' : ' ';
        j++;
      }
      // keep the literal of single-line strings: importlib.import_module("x") and pytest_plugins need them
      out += triple ? quote + body + quote : quote + text.slice(i + 1, Math.min(j, text.length)) + quote;
      i = j + quote.length;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** Logical lines: backslash continuations and open brackets joined. */
function logicalLines(code: string): string[] {
  const lines: string[] = [];
  let current = '';
  let depth = 0;
  for (const raw of code.split('\n')) {
    const line = raw.endsWith('\\') ? raw.slice(0, -1) : raw;
    current += `${line} `;
    for (const char of raw) {
      if (char === '(' || char === '[' || char === '{') depth++;
      else if ((char === ')' || char === ']' || char === '}') && depth > 0) depth--;
    }
    if (depth === 0 && !raw.endsWith('\\')) {
      lines.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}

const IMPORT = /^(?:[\w\s:]*?:\s*)?import\s+(.+)$/;
const FROM = /^(?:[\w\s:]*?:\s*)?from\s+(\.*)([\w.]*)\s+import\s+(.+)$/;
const NAME_LIST = (text: string) =>
  text
    .replace(/[()]/g, ' ')
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)[0]
        .trim(),
    )
    .filter((part) => /^[\w.]+$/.test(part) || part === '*');

export function scanPython(path: string, text: string): PythonScan {
  const modules = new Set<string>();
  const maybeModules = new Set<string>();
  let dynamic: string | undefined;
  const code = codeOnly(text);
  for (const line of logicalLines(code)) {
    const from = FROM.exec(line);
    if (from) {
      const module = from[1] + from[2];
      modules.add(module);
      for (const name of NAME_LIST(from[3])) if (name !== '*') maybeModules.add(from[2] ? `${module}.${name}` : `${module}${name}`);
      continue;
    }
    const plain = IMPORT.exec(line);
    if (plain && !/^\s*from\b/.test(line)) for (const name of NAME_LIST(plain[1])) if (name !== '*') modules.add(name);
  }
  for (const match of code.matchAll(/\b(?:importlib\.)?import_module\(\s*([^,)]*)/g)) {
    const literal = /^(['"])([\w.]+)\1$/.exec(match[1].trim());
    if (literal) modules.add(literal[2]);
    else dynamic ??= `import_module(${match[1].trim().slice(0, 60)}) in ${path} is not a literal`;
  }
  if (/\b__import__\(\s*[^'"\s]/.test(code)) dynamic ??= `__import__ with a computed name in ${path}`;
  // pytest_plugins = "a.b" / ["a", "b"] (conftest.py): plugin modules load with the tests
  const plugins = /^pytest_plugins\s*=\s*(.+)$/m.exec(code);
  if (plugins) for (const match of plugins[1].matchAll(/(['"])([\w.]+)\1/g)) modules.add(match[2]);
  const spawns =
    [...modules].find((module) => /^(subprocess|multiprocessing|pexpect)(\.|$)/.test(module)) ??
    (/\bos\.(system|popen|exec\w*|spawn\w*)\(/.test(code) ? 'os' : undefined);
  return { modules: [...modules], maybeModules: [...maybeModules], ...(dynamic ? { dynamic } : {}), ...(spawns ? { spawns } : {}) };
}

/** `-p name` plugins from pytest's config files (pytest.ini, pyproject.toml, setup.cfg, tox.ini). */
export function pytestConfigPlugins(text: string): string[] {
  const plugins: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s"'[,])-p\s*['"]?([A-Za-z_][\w.]*)/g)) if (!match[1].startsWith('no:')) plugins.push(match[1]);
  return plugins;
}

export const PYTEST_CONFIGS = ['pytest.ini', '.pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini', 'setup.py'];
const MODULE_EXTENSIONS = ['.py', '.pyi', '.pyx', '.c', '.cpp'];
const SOURCE_ROOTS = ['', 'src', 'lib', 'python'];

export class PythonResolver {
  private readonly dirs = new Set<string>();

  constructor(private readonly known: Set<string>) {
    for (const file of known) {
      let dir = posix.dirname(file);
      while (dir !== '.' && !this.dirs.has(dir)) {
        this.dirs.add(dir);
        dir = posix.dirname(dir);
      }
    }
  }

  private isPackage(dir: string): boolean {
    return this.known.has(`${dir}/__init__.py`) || this.known.has(`${dir}/__init__.pyi`);
  }

  /** The directory pytest (prepend mode) puts on sys.path for a file: the first ancestor that is not a package. */
  basedir(file: string): string {
    let dir = posix.dirname(file);
    while (dir !== '.' && this.isPackage(dir)) dir = posix.dirname(dir);
    return dir === '.' ? '' : dir;
  }

  /** The files a module path (slash-separated, relative to a root) names: module files and its parent packages' __init__. */
  private filesOf(base: string): string[] {
    const found: string[] = [];
    for (const ext of MODULE_EXTENSIONS) if (this.known.has(base + ext)) found.push(base + ext);
    if (this.known.has(`${base}/__init__.py`)) found.push(`${base}/__init__.py`);
    if (this.known.has(`${base}/__init__.pyi`)) found.push(`${base}/__init__.pyi`);
    return found;
  }

  private withParents(base: string, root: string, found: string[]): string[] {
    let dir = posix.dirname(base);
    while (dir !== '.' && dir !== root && dir.length > root.length) {
      if (this.known.has(`${dir}/__init__.py`)) found.push(`${dir}/__init__.py`);
      dir = posix.dirname(dir);
    }
    return found;
  }

  /**
   * The repository files a module name loads, or, when it names none, the paths it would have been
   * (so a deleted module still links its importers): `{ files }` or `{ missing }`.
   */
  resolve(from: string, module: string): { files: string[] } | { missing: string[] } {
    const dots = /^\.*/.exec(module)?.[0].length ?? 0;
    const rest = module.slice(dots).split('.').filter(Boolean).join('/');
    if (dots > 0) {
      let dir = posix.dirname(from);
      for (let level = 1; level < dots; level++) dir = posix.dirname(dir);
      const base = dir === '.' ? rest : rest ? `${dir}/${rest}` : dir;
      const files = rest ? this.filesOf(base) : this.filesOf(base).filter((file) => file.endsWith('__init__.py'));
      return files.length > 0 ? { files: this.withParents(rest ? base : `${base}/x`, '', files) } : { missing: [base] };
    }
    const roots = [this.basedir(from), ...SOURCE_ROOTS];
    const missing: string[] = [];
    for (const root of new Set(roots)) {
      const base = root ? `${root}/${rest}` : rest;
      const files = this.filesOf(base);
      if (files.length > 0) return { files: this.withParents(base, root, files) };
      missing.push(base);
    }
    return { missing };
  }

  /** conftest.py files that apply to a file: those in its directory and every ancestor. */
  conftests(file: string): string[] {
    const found: string[] = [];
    let dir = posix.dirname(file);
    for (;;) {
      const conftest = dir === '.' ? 'conftest.py' : `${dir}/conftest.py`;
      if (conftest !== file && this.known.has(conftest)) found.push(conftest);
      if (dir === '.') break;
      dir = posix.dirname(dir);
    }
    return found;
  }
}
