/**
 * What a change to one source file can affect, as a mutant that makes it fail loudly: when every
 * difference between the two sides lies inside the bodies of functions that exist on both sides
 * (the rest of the file — imports, module-level statements, signatures of Python functions, whose
 * defaults run at definition — is identical), only code that enters one of those functions can
 * behave differently, and the mutant makes each of them throw on entry. Otherwise the whole file
 * throws when loaded. The tests that then fail are the ones a safe selection must run.
 */
import type { OxcParser } from './native.js';
import type { PythonDef } from './pytest-coverage.js';

/** A function of a file: its name and the character range the mutant may treat as "its code". */
export interface FunctionSpan {
  name: string;
  /** character offsets of the code that only runs when the function is entered */
  start: number;
  end: number;
  /** where a throw goes (character offset), and whether the body is an expression (an arrow's `=> x`) */
  insertAt: number;
  expression?: boolean;
  /** JS/TS: the function's syntax tree without positions (comments and layout do not count) */
  key?: string;
}

/** Functions of a file; JS/TS ones carry the file's syntax tree outside them (positions, comments and layout left out). */
export type FileFunctions = FunctionSpan[] & { skeleton?: string };

export type ChangeUnits =
  /** the change lies inside these functions' bodies (none: comments and layout only) */
  | { functions: string[] }
  /** the change is (also) outside any function body: why */
  | { module: string };

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * The top-level functions of a JS/TS file: function declarations (exported or not, `export default`
 * included) and `const|let|var name = function/arrow`. Class methods and functions nested in
 * expressions count as module code (their change makes the whole file the mutant).
 */
export function jsFunctions(parser: OxcParser, path: string, text: string): FileFunctions | { error: string } {
  let result: ReturnType<OxcParser['parseSync']>;
  try {
    result = parser.parseSync(path, text);
  } catch (error) {
    return { error: `${path} could not be parsed (${(error as Error).message.split('\n')[0]})` };
  }
  if (result.errors.some((error) => error.severity === 'Error'))
    return { error: `${path} could not be parsed (${result.errors[0].message})` };
  const spans: FileFunctions = [];
  const nodes = new Map<object, string>();
  const add = (name: string, fn: Node) => {
    const body = fn.body as Node | undefined;
    if (!body) return; // a TypeScript overload signature has no body
    const block = body.type === 'BlockStatement' || body.type === 'FunctionBody';
    nodes.set(fn, name);
    spans.push({
      name,
      start: fn.start,
      end: fn.end,
      insertAt: block ? body.start + 1 : body.start,
      ...(block ? {} : { expression: true }),
      key: treeKey(fn),
    });
  };
  for (const statement of (result.program as unknown as { body: Node[] }).body) {
    let node = statement;
    if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') && node.declaration)
      node = node.declaration as Node;
    if (node.type === 'FunctionDeclaration') {
      const id = node.id as { name?: string } | null;
      add(id?.name ?? 'default', node);
    } else if (node.type === 'VariableDeclaration')
      for (const declarator of node.declarations as Node[]) {
        const id = declarator.id as { type: string; name?: string };
        const init = declarator.init as Node | null;
        if (id.type === 'Identifier' && id.name && init && FUNCTION_TYPES.has(init.type)) add(id.name, init);
      }
  }
  spans.skeleton = treeKey(result.program, nodes);
  return spans;
}

/** A syntax tree as text without positions and raw spellings: equal for code that differs in comments and layout only. */
function treeKey(node: unknown, replaced?: Map<object, string>): string {
  return JSON.stringify(node, (key, value) => {
    if (key === 'start' || key === 'end' || key === 'range' || key === 'loc' || key === 'raw') return undefined;
    const name = replaced?.get(value as object);
    return name === undefined ? value : `\u0000${name}`;
  });
}

/** Python functions as spans of whole lines: the body only (a signature's defaults and decorators run at definition). */
export function pythonFunctions(text: string, defs: PythonDef[]): FunctionSpan[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') offsets.push(i + 1);
  const at = (line: number) => offsets[Math.min(line - 1, offsets.length - 1)] ?? text.length;
  // the outermost functions and methods: a nested function is part of the one around it
  const outer = defs.filter((def) => !defs.some((other) => other !== def && other.body <= def.start && def.end <= other.end));
  return outer.map((def) => ({
    name: def.name,
    start: at(def.body),
    end: def.end < offsets.length ? at(def.end + 1) : text.length,
    insertAt: at(def.body),
  }));
}

/** The text outside the functions, each function replaced by its name: equal on both sides when only bodies changed. */
function skeleton(text: string, spans: FunctionSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const span of sorted) {
    if (span.start < from) continue;
    out += `${text.slice(from, span.start)}\u0000${span.name}\u0000`;
    from = span.end;
  }
  return out + text.slice(from);
}

/** Which functions a change lies in, or why it is module-level. */
export function changeUnits(
  before: { text: string; spans: FileFunctions | { error: string } },
  after: { text: string; spans: FileFunctions | { error: string } },
): ChangeUnits {
  if ('error' in before.spans) return { module: `at the parent: ${before.spans.error}` };
  if ('error' in after.spans) return { module: after.spans.error };
  const names = (spans: FunctionSpan[]) => spans.map((span) => span.name);
  if (new Set(names(before.spans)).size !== before.spans.length || new Set(names(after.spans)).size !== after.spans.length)
    return { module: 'two functions share a name' };
  const outside = (text: string, spans: FileFunctions) => spans.skeleton ?? skeleton(text, spans);
  if (outside(before.text, before.spans) !== outside(after.text, after.spans))
    return { module: 'the change is outside any function body (module code, a signature, a function added or removed)' };
  const code = (text: string, span: FunctionSpan) => span.key ?? text.slice(span.start, span.end);
  const old = new Map(before.spans.map((span) => [span.name, code(before.text, span)]));
  const functions = after.spans.filter((span) => old.get(span.name) !== code(after.text, span)).map((span) => span.name);
  // comments and layout only: nothing runs differently
  return { functions };
}

/** The file with each named function throwing on entry (JS/TS) or raising (Python). */
export function mutateFunctions(path: string, text: string, spans: FunctionSpan[], names: string[]): string {
  const python = path.endsWith('.py');
  const chosen = spans.filter((span) => names.includes(span.name)).sort((a, b) => b.insertAt - a.insertAt);
  let out = text;
  for (const span of chosen) {
    const message = JSON.stringify(`testops replay mutant: ${path} ${span.name}()`);
    if (python) {
      const newline = out.indexOf('\n', span.insertAt);
      const line = out.slice(span.insertAt, newline < 0 ? undefined : newline);
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      out = `${out.slice(0, span.insertAt)}${indent}raise RuntimeError(${message})\n${out.slice(span.insertAt)}`;
    } else if (span.expression) {
      // `=> expr` becomes `=> ((() => { throw … })(), expr)`: the throw runs first, the result is unchanged otherwise
      const end = span.end;
      out = `${out.slice(0, span.insertAt)}((() => { throw new Error(${message}) })(), ${out.slice(span.insertAt, end)})${out.slice(end)}`;
    } else out = `${out.slice(0, span.insertAt)} throw new Error(${message});${out.slice(span.insertAt)}`;
  }
  return out;
}

/** The file throwing when it is loaded. */
export function mutateModule(path: string, text: string): string {
  return path.endsWith('.py')
    ? `raise RuntimeError("testops replay mutant: ${path}")\n${text}`
    : `throw new Error("testops replay mutant: ${path}");\n${text}`;
}
