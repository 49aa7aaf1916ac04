/**
 * Selection by name (Python): when a change to a module lies only inside the bodies of its
 * functions and methods (the rest of the file — imports, module and class code, signatures,
 * decorators — is the same text at the merge base), only code that calls one of them can behave
 * differently. Python has no static bindings to follow, so a changed function is followed by its
 * NAME: a function or method of any Python file of the repository whose body mentions a changed
 * name (as a bare name, an attribute `.name`, an import, or a word of a string literal —
 * `getattr(x, "name")`, `methodcaller("name")`) is changed too, and a test file runs when it
 * reaches the module by imports and its text mentions one of the names.
 *
 * Whatever names cannot vouch for goes by file from that file on, with the reason: a dunder
 * (operators and the interpreter call them without the name), a decorated function (a decorator
 * may register it: fixtures, hooks, properties), a method of a class with a decorator, a metaclass
 * or a base from outside the file (the base may call it by name), module- or class-level code
 * using a changed name, `conftest.py`, a non-literal `getattr`/`setattr`/`attrgetter`/
 * `methodcaller`, `eval`, `vars()`, `__dict__`, and a file that does not parse. A method whose name
 * the standard library calls on objects it is handed (a `str` method overridden by a `str`
 * subclass, `keys`, `read`, `write`, …) is reached through its class's name as well.
 * Files are read with @lezer/python.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { join } from 'node:path';
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import type { BindingSelection } from './bindings.js';
import { type ImportGraph, testsReaching } from './imports.js';

interface Unit {
  /** `name` or `Class.name` */
  qual: string;
  name: string;
  cls?: string;
  /** the body's code: from its first statement to the end of its last */
  from: number;
  to: number;
  decorated: boolean;
}

interface ClassFacts {
  /** why its methods may be called by name from code that never names them, if they may */
  hooks?: string;
  /** the builtin base whose method names its overrides answer to */
  builtin?: string;
}

interface PyFacts {
  units: Unit[];
  classes: Map<string, ClassFacts>;
  /** the text outside the bodies, each body replaced by its unit's name */
  skeleton: string;
  /** names module and class code uses when the file loads (imports and string literals left out) */
  loadNames: Set<string>;
  /** `from m import a as b`: a → b */
  aliases: Array<{ imported: string; local: string }>;
  /** per unit (same order): the names and string words its body mentions */
  unitNames: Set<string>[];
  /** per unit: a dynamic attribute access in its body */
  unitDynamic: Array<string | undefined>;
  /** per unit: a `global` statement in its body (it writes module state) */
  unitGlobal: Array<string | undefined>;
  /** the same for code that runs at load */
  loadDynamic?: string;
}

/** Methods the builtin value types have: a subclass's override may be called by code that only sees a str (or int, …). */
const BUILTIN_METHODS: Record<string, string> = {
  str: 'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  bytes:
    'capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  int: 'as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes',
  float: 'as_integer_ratio conjugate fromhex hex imag is_integer real',
  tuple: 'count index',
  object: '',
};
/** Names the standard library calls on objects it is handed (mappings, files, iterators, encoders, loggers, loaders). */
const PROTOCOL =
  'keys items values get read readline readlines readinto write writelines flush close fileno seek tell truncate isatty readable writable seekable send throw copy update append extend pop add discard remove clear index count default emit handle filter run isoformat utcoffset tzname dst fromutc find_spec exec_module create_module load_module get_data';
const CALLED_BY_NAME = new Set(PROTOCOL.split(' '));
/** Functions a test runner calls by name. */
const RUNNER_HOOK = /^(?:pytest_\w+|setUp\w*|tearDown\w*|setup_\w+|teardown_\w+|setup|teardown|load_tests)$/;
const DUNDER = /^__\w+__$/;
/** Calls that reach attributes by a computed name: a literal name is a string word like any other. */
const BY_NAME_AT = new Map([
  ['getattr', 1],
  ['setattr', 1],
  ['hasattr', 1],
  ['delattr', 1],
  ['attrgetter', 0],
  ['methodcaller', 0],
]);
const ALWAYS_DYNAMIC = new Set([
  'eval',
  'exec',
  'vars',
  'globals',
  'locals',
  '__import__',
  'import_module',
  '__getattribute__',
  '__getattr__',
]);

function hasError(tree: Tree): number | undefined {
  let at: number | undefined;
  tree.iterate({
    enter(node) {
      if (at !== undefined) return false;
      if (node.type.isError) at = node.from;
      return undefined;
    },
  });
  return at;
}

const words = (text: string, into: Set<string>) => {
  for (const match of text.matchAll(/[A-Za-z_]\w*/g)) into.add(match[0]);
};

/** The last segment of a callee (`operator.methodcaller` → methodcaller). */
function calleeName(node: SyntaxNode, text: string): string | undefined {
  if (node.name === 'VariableName') return text.slice(node.from, node.to);
  if (node.name === 'MemberExpression') {
    const last = node.lastChild;
    if (last?.name === 'PropertyName') return text.slice(last.from, last.to);
  }
  return undefined;
}

/** Why a call reaches attributes by a computed name, if it does. */
function dynamicCall(call: SyntaxNode, text: string): string | undefined {
  const callee = call.firstChild;
  const args = call.lastChild;
  if (!callee || args?.name !== 'ArgList') return undefined;
  const name = calleeName(callee, text);
  if (!name) return undefined;
  const line = text.slice(call.from, call.to).split('\n')[0].slice(0, 60);
  if (ALWAYS_DYNAMIC.has(name)) return `${line} (line ${lineOf(text, call.from)})`;
  const at = BY_NAME_AT.get(name);
  if (at === undefined) return undefined;
  const values: SyntaxNode[] = [];
  for (let child = args.firstChild; child; child = child.nextSibling) if (!['(', ')', ','].includes(child.name)) values.push(child);
  const arg = values[at];
  return arg && arg.name === 'String' ? undefined : `${line} (line ${lineOf(text, call.from)})`;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Names, string words and dynamic access inside [from, to); skipping `skip` ranges. */
function mentions(
  tree: Tree,
  text: string,
  from: number,
  to: number,
  options: { strings: boolean; skip?: (node: SyntaxNode) => boolean },
): { names: Set<string>; dynamic?: string; global?: string } {
  const names = new Set<string>();
  let dynamic: string | undefined;
  let global: string | undefined;
  tree.iterate({
    from,
    to,
    enter(ref) {
      if (ref.to <= from || ref.from >= to) return false;
      const node = ref.node;
      if (ref.from >= from && ref.to <= to && options.skip?.(node)) return false;
      const name = ref.name;
      if (ref.from < from || ref.to > to) return undefined; // an enclosing node: go in
      if (name === 'Comment') return false;
      if (name === 'VariableName' || name === 'PropertyName') {
        const word = text.slice(ref.from, ref.to);
        names.add(word);
        if (word === '__dict__') dynamic ??= `__dict__ (line ${lineOf(text, ref.from)})`;
      } else if (name === 'String' || name === 'FormatString') {
        if (options.strings) words(text.slice(ref.from, ref.to), names);
        return name === 'FormatString' ? undefined : false;
      } else if (name === 'CallExpression') dynamic ??= dynamicCall(node, text);
      else if (name === 'ScopeStatement' && text.startsWith('global', ref.from))
        global ??= `${text.slice(ref.from, ref.to)} (line ${lineOf(text, ref.from)})`;
      return undefined;
    },
  });
  return { names, ...(dynamic ? { dynamic } : {}), ...(global ? { global } : {}) };
}

/** The body of a function definition: from its first statement to the end of its last (comments around them are the file's). */
function bodyRange(def: SyntaxNode, text: string): { from: number; to: number } | undefined {
  const body = def.getChild('Body');
  if (!body) return undefined;
  const statements: SyntaxNode[] = [];
  for (let child = body.firstChild; child; child = child.nextSibling)
    if (child.name !== ':' && child.name !== 'Comment') statements.push(child);
  if (statements.length === 0) return undefined;
  const first = statements[0];
  const lineStart = text.lastIndexOf('\n', first.from - 1) + 1;
  // a body on the line of its `def` starts at its statement; one below, at its line
  const from = text.slice(body.from, first.from).includes('\n') ? lineStart : first.from;
  return { from, to: statements[statements.length - 1].to };
}

/** The functions, classes and load-time names of a Python file, or why it cannot be read by name. */
export function pythonFacts(path: string, text: string): PyFacts | { why: string } {
  let tree: Tree;
  try {
    tree = parser.parse(text);
  } catch (error) {
    return { why: `${path} could not be parsed (${(error as Error).message.split('\n')[0]})` };
  }
  const bad = hasError(tree);
  if (bad !== undefined) return { why: `${path} could not be parsed (line ${lineOf(text, bad)})` };
  const units: Unit[] = [];
  const classes = new Map<string, ClassFacts>();
  const addDef = (def: SyntaxNode, decorated: boolean, cls?: string) => {
    const nameNode = def.getChild('VariableName');
    const range = bodyRange(def, text);
    if (!nameNode || !range) return;
    const name = text.slice(nameNode.from, nameNode.to);
    units.push({ qual: cls ? `${cls}.${name}` : name, name, ...(cls ? { cls } : {}), ...range, decorated });
  };
  const addClass = (def: SyntaxNode, decorated: boolean) => {
    const nameNode = def.getChild('VariableName');
    if (!nameNode) return;
    const name = text.slice(nameNode.from, nameNode.to);
    const facts: ClassFacts = {};
    const bases: string[] = [];
    const args = def.getChild('ArgList');
    let keyword = false;
    for (let child = args?.firstChild; child; child = child.nextSibling) {
      if (child.name === 'AssignOp') keyword = true;
      if (['(', ')', ',', 'AssignOp'].includes(child.name)) continue;
      bases.push(text.slice(child.from, child.to));
    }
    const outside = bases.filter((base) => !(base in BUILTIN_METHODS) && !classes.has(base));
    const inherited = bases.map((base) => classes.get(base)).find((base) => base?.hooks);
    if (decorated) facts.hooks = `class ${name} is decorated`;
    else if (keyword) facts.hooks = `class ${name} has a metaclass or class keywords`;
    else if (outside.length > 0) facts.hooks = `${name} subclasses ${outside[0]}, which may call its methods by name`;
    else if (inherited?.hooks) facts.hooks = inherited.hooks;
    const builtin = bases.find((base) => base in BUILTIN_METHODS) ?? bases.map((base) => classes.get(base)?.builtin).find(Boolean);
    if (builtin) facts.builtin = builtin;
    classes.set(name, facts);
    const body = def.getChild('Body');
    for (let child = body?.firstChild; child; child = child.nextSibling) {
      if (child.name === 'FunctionDefinition') addDef(child, false, name);
      else if (child.name === 'DecoratedStatement') {
        const inner = child.getChild('FunctionDefinition');
        if (inner) addDef(inner, true, name);
      }
    }
  };
  for (let child = tree.topNode.firstChild; child; child = child.nextSibling) {
    if (child.name === 'FunctionDefinition') addDef(child, false);
    else if (child.name === 'ClassDefinition') addClass(child, false);
    else if (child.name === 'DecoratedStatement') {
      const fn = child.getChild('FunctionDefinition');
      const cls = child.getChild('ClassDefinition');
      if (fn) addDef(fn, true);
      else if (cls) addClass(cls, true);
    }
  }
  let skeleton = '';
  let at = 0;
  for (const unit of [...units].sort((a, b) => a.from - b.from)) {
    skeleton += `${text.slice(at, unit.from)}\u0000${unit.qual}\u0000`;
    at = unit.to;
  }
  skeleton += text.slice(at);

  const bodies = new Set(units.map((unit) => `${unit.from}:${unit.to}`));
  const aliases: PyFacts['aliases'] = [];
  const inBody = (node: SyntaxNode) => units.some((unit) => node.from >= unit.from && node.to <= unit.to);
  const load = mentions(tree, text, 0, text.length, {
    strings: false,
    skip: (node) => {
      if (bodies.has(`${node.from}:${node.to}`) || inBody(node)) return true;
      // the name a def or class binds is not a use
      if (node.name === 'VariableName' && (node.parent?.name === 'FunctionDefinition' || node.parent?.name === 'ClassDefinition'))
        return true;
      // nor a parameter's name (its default, after `=`, and its annotation are evaluated at definition: uses)
      if (node.name === 'VariableName' && node.parent?.name === 'ParamList' && node.prevSibling?.name !== 'AssignOp') return true;
      if (node.name !== 'ImportStatement') return false;
      // `from m import a as b`: the names are bindings, not uses; an alias takes the name on
      const parts: string[] = [];
      for (let child = node.firstChild; child; child = child.nextSibling) parts.push(text.slice(child.from, child.to));
      const start = parts.indexOf('import');
      if (parts[0] === 'from')
        for (let i = start + 1; i < parts.length; i++)
          if (parts[i + 1] === 'as' && parts[i + 2]) aliases.push({ imported: parts[i], local: parts[i + 2] });
      return true;
    },
  });
  const unitMentions = units.map((unit) => mentions(tree, text, unit.from, unit.to, { strings: true }));
  return {
    units,
    classes,
    skeleton,
    loadNames: load.names,
    aliases,
    unitNames: unitMentions.map((found) => found.names),
    unitDynamic: unitMentions.map((found) => found.dynamic),
    unitGlobal: unitMentions.map((found) => found.global),
    ...(load.dynamic ? { loadDynamic: load.dynamic } : {}),
  };
}

/** Every name and string word of a file's code (comments left out), and its first dynamic access. */
function allMentions(text: string): { names: Set<string>; dynamic?: string } | { why: string } {
  const tree = parser.parse(text);
  const bad = hasError(tree);
  if (bad !== undefined) return { why: `line ${lineOf(text, bad)} could not be parsed` };
  return mentions(tree, text, 0, text.length, { strings: true });
}

/**
 * Follows a change to one Python file, confined to function and method bodies, by name to the
 * test files. `{ why }` when the change itself cannot be followed by name: select by file.
 */
export function selectPythonByName(input: {
  root: string;
  path: string;
  before: string;
  graph: ImportGraph;
  isTest(file: string): boolean;
  /** at most this many files are parsed */
  budget?: number;
}): BindingSelection | { why: string } {
  const budget = input.budget ?? 3000;
  const { path, graph } = input;
  if (posix.basename(path) === 'conftest.py') return { why: `${path} is a conftest.py` };
  const read = (file: string) => {
    try {
      return readFileSync(join(input.root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const after = read(path);
  if (after === undefined) return { why: `${path} is gone` };
  const old = pythonFacts(path, input.before);
  if ('why' in old) return { why: `at the parent: ${old.why}` };
  const now = pythonFacts(path, after);
  if ('why' in now) return now;
  if (old.skeleton !== now.skeleton)
    return {
      why: `${path}: the change is outside any function body (module or class code, a signature, a decorator, a function added or removed)`,
    };
  const quals = now.units.map((unit) => unit.qual);
  if (new Set(quals).size !== quals.length) return { why: `${path}: two functions share a name` };
  const oldBody = new Map(old.units.map((unit) => [unit.qual, input.before.slice(unit.from, unit.to)]));
  const changed = now.units.filter((unit) => oldBody.get(unit.qual) !== after.slice(unit.from, unit.to));

  const selection: BindingSelection = { tests: new Map(), byFile: new Map(), functions: changed.map((unit) => unit.qual) };
  const label = `${path} ${selection.functions.map((name) => `${name}()`).join(', ')}`;
  const tainted = new Set<string>();
  /** names newly known to carry the change, not yet looked up */
  const queue: string[] = [];
  const taint = (name: string) => {
    if (tainted.has(name)) return;
    tainted.add(name);
    queue.push(name);
  };
  const byFile = (file: string, why: string) => {
    if (!selection.byFile.has(file)) selection.byFile.set(file, why);
  };
  /** a function or method that behaves differently now: its name, or why its callers cannot be found by name */
  const addUnit = (file: string, facts: PyFacts, unit: Unit, cause = '') => {
    // a function reached from a changed one says how: "Markup.__html_format__ (uses format)"
    const who = cause ? `${unit.qual} (${cause})` : unit.qual;
    if (DUNDER.test(unit.name)) return byFile(file, `${who} is a dunder method: operators and the interpreter call it without its name`);
    if (unit.decorated) return byFile(file, `${who} is decorated: the decorator may register or wrap it`);
    if (RUNNER_HOOK.test(unit.name)) return byFile(file, `${who} is a name a test runner calls`);
    const global = facts.unitGlobal[facts.units.indexOf(unit)];
    if (global) return byFile(file, `${who} writes module state (${global}): what reads it later is not followed by name`);
    taint(unit.name);
    if (!unit.cls) return;
    const cls = facts.classes.get(unit.cls);
    const builtin = cls?.builtin ? BUILTIN_METHODS[cls.builtin].split(' ').includes(unit.name) : false;
    // the method may be called by code that never names it (a base class, the standard library): it is
    // reached wherever the class is, since only code naming the class makes its instances
    if (cls?.hooks || builtin || CALLED_BY_NAME.has(unit.name)) taint(unit.cls);
  };
  for (const unit of changed) addUnit(path, now, unit);

  const pythonFiles = graph.files.filter((file) => file.endsWith('.py'));
  const nativeFiles = graph.files.filter((file) => /\.(?:pyx|c|cpp)$/.test(file));
  const texts = new Map<string, string>();
  const facts = new Map<string, PyFacts | { why: string }>();
  const textOf = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) {
      text = file === path ? after : (read(file) ?? '');
      texts.set(file, text);
    }
    return text;
  };
  // word → the Python files whose text has it (comments too): only those can mention a name
  const index = new Map<string, string[]>();
  for (const file of pythonFiles) {
    const seen = new Set<string>();
    words(textOf(file), seen);
    for (const word of seen) {
      const files = index.get(word);
      if (files) files.push(file);
      else index.set(word, [file]);
    }
  }
  const factsOf = (file: string): PyFacts | { why: string } | undefined => {
    let found = facts.get(file);
    if (!found) {
      if (facts.size >= budget) return undefined;
      found = pythonFacts(file, textOf(file));
      facts.set(file, found);
    }
    return found;
  };
  /** what a file does with a name that carries the change (name undefined: its dynamic access alone) */
  const visit = (file: string, name: string | undefined): boolean => {
    if (selection.byFile.has(file)) return true;
    const found = factsOf(file);
    if (!found) return false;
    if ('why' in found) {
      byFile(file, found.why);
      return true;
    }
    if (name === undefined) {
      if (found.loadDynamic) byFile(file, `${file} reaches attributes by a computed name when it loads: ${found.loadDynamic}`);
      else
        for (const [at, unit] of found.units.entries()) {
          const dynamic = found.unitDynamic[at];
          if (dynamic) addUnit(file, found, unit, `reaches attributes by a computed name: ${dynamic}`);
        }
      return true;
    }
    if (posix.basename(file) === 'conftest.py') {
      if (found.loadNames.has(name) || found.unitNames.some((names) => names.has(name)))
        byFile(file, `${file} (a conftest.py: its fixtures and hooks run without being named) uses ${name}`);
      return true;
    }
    if (found.loadNames.has(name)) {
      byFile(file, `${name} is used by code that runs when ${file} loads`);
      return true;
    }
    for (const alias of found.aliases) if (alias.imported === name) taint(alias.local);
    for (const [at, unit] of found.units.entries()) if (found.unitNames[at].has(name)) addUnit(file, found, unit, `uses ${name}`);
    return true;
  };
  const tooMany = { why: `${label} reaches more than ${budget} Python files that may name it` };
  // code that reaches attributes by a computed name may call any changed function
  const dynamicFiles = new Set<string>();
  for (const word of [...BY_NAME_AT.keys(), ...ALWAYS_DYNAMIC, '__dict__'])
    for (const file of index.get(word) ?? []) dynamicFiles.add(file);
  for (const file of pythonFiles) if (dynamicFiles.has(file) && !visit(file, undefined)) return tooMany;
  // the names grow until no function of the repository mentions a new one
  for (let i = 0; i < queue.length; i++) for (const file of index.get(queue[i]) ?? []) if (!visit(file, queue[i])) return tooMany;

  // an extension module may call the package's functions by name (PyObject_CallMethod): any mention goes by file
  for (const file of nativeFiles) {
    const text = read(file) ?? '';
    const name = [...tainted].find((candidate) => new RegExp(`\\b${candidate}\\b`).test(text));
    if (name) byFile(file, `${file} (native code) mentions ${name}`);
  }

  // test files that load the changed module and mention a changed name, or reach attributes by a computed name
  const reaching = testsReaching(graph, [path], input.isTest).tests;
  const names = [...tainted].sort();
  for (const test of [...reaching.keys()].sort()) {
    if (selection.byFile.has(test)) continue;
    const found = allMentions(textOf(test));
    if ('why' in found) {
      byFile(test, `${test}: ${found.why}`);
      continue;
    }
    const name = names.find((candidate) => found.names.has(candidate));
    if (name) selection.tests.set(test, `${label} → ${test} uses ${name}`);
    else if (found.dynamic) selection.tests.set(test, `${label} → ${test} reaches attributes by a computed name: ${found.dynamic}`);
  }
  return selection;
}
