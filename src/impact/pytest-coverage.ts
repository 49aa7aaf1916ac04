/**
 * Selection by test, for pytest: a full run records which test executed which line (coverage.py's
 * per-line contexts, `--cov-context=test`); a later change to the body of a function selects the
 * tests that executed that function at the baseline. Everything the recorded lines cannot vouch for
 * falls back to selection by file, and says why: a change outside a function body (module or class
 * level, a signature, a decorator), a new or deleted function or file, a file no test executed, a
 * function that also ran outside any test (import time, collection, hooks), fixtures and conftest.py,
 * anything that is not Python.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { ChangedFile } from '../model.js';

/** Per-test coverage of one pytest run: each file's executed lines, with the tests that executed them. */
export interface PerTestCoverage {
  /** test keys (`file::Class::function`, parameters dropped), indexed by the lines maps */
  tests: string[];
  /** file → line → indexes into tests */
  lines: Record<string, Record<string, number[]>>;
  /** file → lines executed outside any test (imports, collection, hooks) */
  outside: Record<string, number[]>;
}

/** A function of a Python file as `ast` sees it: lines are 1-based and inclusive. */
export interface PythonDef {
  name: string;
  /** first decorator or the `def` line */
  start: number;
  /** first statement of the body (its docstring included) */
  body: number;
  end: number;
  /** decorated with something named like a fixture */
  fixture: boolean;
}

/** The arguments that make pytest-cov record per-test contexts into a data file testops reads. */
export function coverageArgs(rcPath: string): string {
  return ` --cov=. --cov-context=test --cov-config=${rcPath} --cov-report=`;
}

export function writeCoverageRc(dir: string): { rc: string; data: string; json: string } {
  const rc = join(dir, 'testops-coverage.rc');
  const data = join(dir, 'testops-coverage.data');
  const json = join(dir, 'testops-coverage.json');
  writeFileSync(rc, `[run]\ndata_file = ${data}\n[json]\nshow_contexts = True\n`);
  return { rc, data, json };
}

/** The interpreter pytest runs under: `python -m pytest`'s python, else the pytest script's shebang, else python3. */
export function pythonOf(command: string, cwd: string, path = process.env.PATH ?? ''): string {
  const first = command.trim().split(/\s+/)[0] ?? '';
  if (/(^|\/)python[\d.]*$/.test(first)) return first;
  const candidates = first.includes('/')
    ? [isAbsolute(first) ? first : join(cwd, first)]
    : path.split(delimiter).map((dir) => join(dir, first));
  for (const candidate of candidates) {
    if (!first || !existsSync(candidate)) continue;
    try {
      const line = readFileSync(candidate, 'utf8').slice(0, 300).split('\n')[0];
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(line);
      if (shebang) return shebang[1].endsWith('/env') && shebang[2] ? shebang[2] : shebang[1];
    } catch {
      // not readable: the default
    }
    break;
  }
  return 'python3';
}

/** Writes coverage.py's JSON (with contexts) from the run's data file, in the directory the run used. */
export function exportCoverageJson(python: string, rc: string, json: string, cwd: string): void {
  execFileSync(python, ['-m', 'coverage', 'json', `--rcfile=${rc}`, '-o', json], { cwd, stdio: 'pipe', timeout: 120_000 });
}

/** `tests/test_a.py::TestX::test_y[p1-p2]|run` → `tests/test_a.py::TestX::test_y` */
export function testKeyOfContext(context: string): string {
  const bare = context.replace(/\|(?:run|setup|teardown)$/, '');
  const bracket = bare.indexOf('[');
  return bracket < 0 ? bare : bare.slice(0, bracket);
}

/** JUnit (xunit1) test of a file: classname `tests.test_a.TestX`, name `test_y[p]` → `tests/test_a.py::TestX::test_y` */
export function testKeyOfJunit(file: string, classname: string | undefined, name: string): string {
  const module = file.replace(/\.py$/, '').split('/').join('.');
  const classes = classname?.startsWith(`${module}.`) ? classname.slice(module.length + 1).split('.') : [];
  const bracket = name.indexOf('[');
  const bare = bracket < 0 ? name : name.slice(0, bracket);
  return [file, ...classes, bare].join('::');
}

/** Reads coverage.py's JSON report (show_contexts) for the files of the repository. */
export function readCoverageJson(text: string, repoFiles: Set<string>): PerTestCoverage {
  const report = JSON.parse(text) as { files?: Record<string, { contexts?: Record<string, string[]> }> };
  const coverage: PerTestCoverage = { tests: [], lines: {}, outside: {} };
  const index = new Map<string, number>();
  for (const [file, data] of Object.entries(report.files ?? {})) {
    if (!repoFiles.has(file)) continue;
    const lines: Record<string, number[]> = {};
    const outside: number[] = [];
    for (const [line, contexts] of Object.entries(data.contexts ?? {})) {
      const ids = new Set<number>();
      for (const context of contexts) {
        if (context === '') {
          outside.push(Number(line));
          continue;
        }
        const key = testKeyOfContext(context);
        let id = index.get(key);
        if (id === undefined) {
          id = coverage.tests.length;
          coverage.tests.push(key);
          index.set(key, id);
        }
        ids.add(id);
      }
      lines[line] = [...ids];
    }
    coverage.lines[file] = lines;
    coverage.outside[file] = outside;
  }
  return coverage;
}

const DEFS_SCRIPT = `
import ast, json, sys
out = {}
for key, source in json.load(sys.stdin).items():
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        out[key] = {"error": "syntax error at line %s" % error.lineno}
        continue
    defs = []
    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                start = min([child.lineno] + [d.lineno for d in child.decorator_list])
                fixture = any("fixture" in ast.dump(d) for d in child.decorator_list)
                defs.append([name, start, child.body[0].lineno, child.end_lineno, fixture])
                visit(child, name + ".<locals>.")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)
    visit(tree, "")
    out[key] = {"defs": defs}
json.dump(out, sys.stdout)
`;

/** The functions of Python sources (key → source), read with the interpreter's own `ast`. */
export function pythonDefs(python: string, sources: Record<string, string>): Record<string, PythonDef[] | { error: string }> {
  const output = execFileSync(python, ['-c', DEFS_SCRIPT], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  const parsed = JSON.parse(output) as Record<string, { defs?: Array<[string, number, number, number, boolean]>; error?: string }>;
  const result: Record<string, PythonDef[] | { error: string }> = {};
  for (const [key, value] of Object.entries(parsed))
    result[key] = value.error
      ? { error: value.error }
      : (value.defs ?? []).map(([name, start, body, end, fixture]) => ({ name, start, body, end, fixture }));
  return result;
}

/** Changed line ranges of `git diff -U0` for one file: old side (removed) and new side (added), 1-based. */
export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

export function parseHunks(diff: string): Hunk[] {
  const hunks: Hunk[] = [];
  for (const match of diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm))
    hunks.push({
      oldStart: Number(match[1]),
      oldCount: match[2] === undefined ? 1 : Number(match[2]),
      newStart: Number(match[3]),
      newCount: match[4] === undefined ? 1 : Number(match[4]),
    });
  return hunks;
}

/** The innermost function whose body holds the line (a function's own signature and decorators are not its body). */
function innermostBody(defs: PythonDef[], line: number): PythonDef | undefined {
  let best: PythonDef | undefined;
  for (const def of defs) if (def.body <= line && line <= def.end && (!best || def.body >= best.body)) best = def;
  // a nested function's signature or decorator is the outer function's code: it runs when the outer one does
  return best;
}

export interface TestSelection {
  /** test keys selected for what their coverage says */
  tests: Set<string>;
  /** test files selected whole (they changed) */
  files: Set<string>;
  /** set when the per-test selection cannot vouch for the change: select by file instead */
  fallback?: string;
  /** one line per changed function: `src/a.py Markup.striptags → 3 tests` */
  reasons: string[];
  /** the changed functions the tests were selected for */
  functions: Array<{ path: string; name: string }>;
}

export interface SelectInput {
  changed: ChangedFile[];
  /** path → hunks of the diff parent..commit */
  hunks: Record<string, Hunk[]>;
  /** path → functions at the parent and at the commit */
  defsBefore: Record<string, PythonDef[] | { error: string }>;
  defsAfter: Record<string, PythonDef[] | { error: string }>;
  coverage: PerTestCoverage;
  isTestFile(path: string): boolean;
}

/** Tests to run for a change, from the parent's per-test coverage (see the file comment for the rules). */
export function selectByCoverage(input: SelectInput): TestSelection {
  const selection: TestSelection = { tests: new Set(), files: new Set(), reasons: [], functions: [] };
  const fall = (why: string): TestSelection => ({ ...selection, fallback: why });
  for (const change of input.changed) {
    const path = change.path;
    if (input.isTestFile(path)) {
      if (change.status === 'renamed' && change.previousPath && !input.isTestFile(change.previousPath))
        return fall(`${change.previousPath} became a test file`);
      if (change.status !== 'deleted') selection.files.add(path);
      selection.reasons.push(`${path} changed: the whole file runs`);
      continue;
    }
    if (!path.endsWith('.py')) return fall(`${path} is not Python: no per-test coverage of it`);
    if (/(^|\/)conftest\.py$/.test(path))
      return fall(`${path}: conftest.py holds fixtures and hooks that run outside the tests that use them`);
    if (change.status !== 'modified') return fall(`${path} was ${change.status}`);
    const lines = input.coverage.lines[path];
    if (!lines) return fall(`${path} is not in the baseline's per-test coverage (no test executed it)`);
    const before = input.defsBefore[path];
    const after = input.defsAfter[path];
    if (!before || 'error' in before) return fall(`${path} at the parent: ${before && 'error' in before ? before.error : 'not read'}`);
    if (!after || 'error' in after) return fall(`${path}: ${after && 'error' in after ? after.error : 'not read'}`);
    const touched = new Set<string>();
    for (const hunk of input.hunks[path] ?? []) {
      for (let line = hunk.oldStart; line < hunk.oldStart + hunk.oldCount; line++) {
        const def = innermostBody(before, line);
        if (!def) return fall(`${path}:${line} (parent) is outside any function body`);
        touched.add(def.name);
      }
      for (let line = hunk.newStart; line < hunk.newStart + hunk.newCount; line++) {
        const def = innermostBody(after, line);
        if (!def) return fall(`${path}:${line} is outside any function body`);
        touched.add(def.name);
      }
    }
    if (touched.size === 0) return fall(`${path}: no changed lines read from the diff`);
    const outside = new Set(input.coverage.outside[path] ?? []);
    for (const name of [...touched].sort()) {
      const def = before.find((candidate) => candidate.name === name);
      if (!def || !after.some((candidate) => candidate.name === name)) return fall(`${path}: ${name} is new or gone`);
      if (def.fixture) return fall(`${path}: ${name} is a fixture`);
      const tests = new Set<number>();
      for (let line = def.body; line <= def.end; line++) {
        if (outside.has(line)) return fall(`${path}: ${name} also runs outside the tests (line ${line} at import or collection)`);
        for (const id of lines[String(line)] ?? []) tests.add(id);
      }
      for (const id of tests) selection.tests.add(input.coverage.tests[id]);
      selection.functions.push({ path, name });
      selection.reasons.push(`${path} ${name} → ${tests.size} test${tests.size === 1 ? '' : 's'}`);
    }
  }
  return selection;
}
