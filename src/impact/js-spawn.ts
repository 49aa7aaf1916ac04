/**
 * What a JS/TS file that starts processes runs: when every use of `child_process` in it is a call
 * whose command can be worked out from the file alone — `node <script>` with a script path built
 * from literals, `__dirname`, `import.meta.url`/`dirname`/`filename`, `path.join`/`resolve`/`dirname`,
 * `fileURLToPath` and `new URL(…, import.meta.url)` — the scripts it runs are what it loads (the
 * graph follows their imports). Anything else (another program, `node -e`, `--import`, a shell
 * pipeline, a command from a variable, a `child_process` binding passed elsewhere, workers, execa,
 * zx…) cannot be named, and the caller keeps the file as "may run any file", with this reason.
 */
import { posix } from 'node:path';
import { type AstNode, calleeName as calleeTail, walkAst } from './ast.js';

type Node = AstNode;

/** The scripts a file starts (repo-relative), or why they cannot be named. */
export type SpawnScan = { scripts: string[] } | { why: string };

const CHILD_PROCESS = new Set(['child_process', 'node:child_process']);
/** child_process functions that run a command line (shell) or a file with arguments */
const SHELL = new Set(['exec', 'execSync']);
const FILE = new Set(['execFile', 'execFileSync', 'spawn', 'spawnSync']);
const FORK = 'fork';
const API = new Set([...SHELL, ...FILE, FORK]);
/** node options that take no value and load no code */
export const PLAIN_NODE_OPTIONS =
  /^--(?:no-warnings|enable-source-maps|experimental-vm-modules|trace-warnings|trace-uncaught|expose-gc|no-deprecation|throw-deprecation|pending-deprecation|preserve-symlinks|stack-trace-limit=\d+|max-old-space-size=\d+|unhandled-rejections=[\w-]+|conditions=[\w-]+|input-type=\w+|title=[\w-]+)$/;
/** where the repository sits in evaluated paths */
const ROOT = '/\u0000repo';

export function spawnedScripts(path: string, text: string, program: unknown, spawning: string[]): SpawnScan {
  const other = spawning.find((module) => !CHILD_PROCESS.has(module));
  if (other) return { why: `${path} uses ${other}, whose commands testops does not read` };
  indexParents(program);
  const declared = new Map<string, Node | null>(); // name → its only initializer (null: declared more than once or reassigned)
  const namespaces = new Set<string>(); // `import child from 'child_process'`, `const cp = require('child_process')`
  const spawners = new Map<string, string>(); // local name → child_process function it is (or wraps with promisify)
  const scripts = new Set<string>();
  let why: string | undefined;
  const fail = (reason: string) => {
    why ??= `${path}: ${reason}`;
  };
  const snippet = (node: Node) => text.slice(node.start, node.end).replace(/\s+/g, ' ').slice(0, 60);

  // 1. bindings: imports of child_process, and every variable's initializer (reassigned ones are unknown)
  const isChildRequire = (node: Node | null | undefined) =>
    node?.type === 'CallExpression' &&
    (node.callee as Node).type === 'Identifier' &&
    (node.callee as { name: string }).name === 'require' &&
    CHILD_PROCESS.has(String(((node.arguments as Node[])[0] as { value?: unknown } | undefined)?.value));
  walkAst(program, (node) => {
    if (node.type === 'ImportDeclaration' && CHILD_PROCESS.has(String((node.source as { value: unknown }).value))) {
      for (const specifier of node.specifiers as Node[]) {
        const local = (specifier.local as { name: string }).name;
        if (specifier.type === 'ImportSpecifier') {
          const imported = (specifier.imported as { name?: string; value?: string }).name ?? '';
          if (API.has(imported)) spawners.set(local, imported);
          else declared.set(local, null);
        } else namespaces.add(local);
      }
    } else if (node.type === 'VariableDeclarator') {
      const id = node.id as Node & { name?: string };
      const init = node.init as Node | null;
      if (id.type === 'Identifier' && id.name) {
        if (isChildRequire(init)) namespaces.add(id.name);
        else declared.set(id.name, declared.has(id.name) ? null : init);
      } else if (id.type === 'ObjectPattern' && isChildRequire(init)) {
        for (const property of id.properties as Node[]) {
          const key = (property.key as { name?: string }).name ?? '';
          const value = property.value as { type: string; name?: string };
          if (property.type === 'Property' && value.type === 'Identifier' && value.name && API.has(key)) spawners.set(value.name, key);
          else fail(`${snippet(property)} from child_process is not followed`);
        }
      } else for (const name of boundNames(id)) declared.set(name, null);
    } else if (FUNCTIONS.has(node.type) || node.type === 'CatchClause') {
      // parameters shadow the file's names: a name bound there is never evaluated
      for (const name of boundNames(node.type === 'CatchClause' ? node.param : node.params)) declared.set(name, null);
      if (node.type !== 'CatchClause' && (node.id as { name?: string } | null)?.name)
        declared.set((node.id as { name: string }).name, null);
    } else if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') {
      const target = (node.left ?? node.argument) as Node & { name?: string };
      if (target.type === 'Identifier' && target.name) declared.set(target.name, null);
    }
  });
  // aliases: `const exec = promisify(child.exec)`, `let run = execSync`
  const spawnerOf = (node: Node | null | undefined): string | undefined => {
    if (!node) return undefined;
    if (node.type === 'Identifier') return spawners.get(node.name ?? '');
    if (node.type === 'MemberExpression' && !node.computed) {
      const object = node.object as Node & { name?: string };
      const property = (node.property as { name?: string }).name ?? '';
      if (object.type === 'Identifier' && namespaces.has(object.name ?? '') && API.has(property)) return property;
    }
    if (node.type === 'CallExpression' && calleeTail(node.callee as Node) === 'promisify') return spawnerOf((node.arguments as Node[])[0]);
    return undefined;
  };
  for (const [name, init] of declared) {
    const kind = spawnerOf(init);
    if (kind) spawners.set(name, kind);
  }

  // 2. every reference to child_process or a spawner must be a call whose command is known
  walkAst(program, (node, parent, key) => {
    if (node.type !== 'Identifier') return;
    const name = node.name ?? '';
    if (!namespaces.has(name) && !spawners.has(name)) return;
    if (!parent || isDeclarationPosition(parent, key)) return;
    const aliasOf = (declarator: Node | undefined) =>
      declarator?.type === 'VariableDeclarator' && spawners.has((declarator.id as { name?: string }).name ?? '');
    if (parent.type === 'VariableDeclarator' && key === 'init' && aliasOf(parent)) return; // `const run = exec`: checked where it is called
    let reference: Node = node;
    let holder: Node | undefined = parent;
    if (namespaces.has(name)) {
      if (parent.type !== 'MemberExpression' || key !== 'object' || parent.computed)
        return fail(`${snippet(parent)} passes child_process on`);
      reference = parent;
      holder = parents.get(parent);
      if (!API.has((parent.property as { name?: string }).name ?? '')) return fail(`${snippet(parent)} is not followed`);
    }
    // `const exec = promisify(child.exec)`, `const run = child.execSync`: checked where the alias is called
    if (holder?.type === 'CallExpression' && calleeTail(holder.callee as Node) === 'promisify' && aliasOf(parents.get(holder))) return;
    if (holder?.type === 'VariableDeclarator' && holder.init === reference && aliasOf(holder)) return;
    if (holder?.type !== 'CallExpression' || holder.callee !== reference)
      return fail(`${snippet(holder ?? reference)} is not a call testops reads`);
    const kind = spawnerOf(reference) as string;
    const found = commandOf(kind, holder.arguments as Node[]);
    if (typeof found === 'string') scripts.add(found);
    else fail(`${snippet(holder)}: ${found.why}`);
  });
  if (why) return { why };
  return { scripts: [...scripts].sort() };

  // ── helpers over the file's own bindings ──
  function commandOf(kind: string, args: Node[]): string | { why: string } {
    if (kind === FORK) {
      if (args.some((arg) => arg.type === 'ObjectExpression' && /execArgv|execPath/.test(snippet(arg))))
        return { why: 'fork options change node' };
      const script = evaluate(args[0]);
      return script === undefined ? { why: 'the module path is not known' } : scriptIn(script);
    }
    if (SHELL.has(kind)) {
      const command = evaluate(args[0]);
      if (command === undefined) return { why: 'the command is not known' };
      const words = shellWords(command);
      return words ? nodeScript(words[0], words.slice(1)) : { why: 'the command uses the shell beyond words and quotes' };
    }
    const file = evaluate(args[0]);
    if (file === undefined) return { why: 'the program is not known' };
    const list = args[1];
    if (args.some((arg) => arg.type === 'ObjectExpression' && /\bshell\b/.test(snippet(arg)))) return { why: 'runs through a shell' };
    if (list && list.type !== 'ArrayExpression') return { why: 'the arguments are not a literal list' };
    const words: string[] = [];
    for (const element of (list?.elements as Node[] | undefined) ?? []) {
      const value = element ? evaluate(element) : undefined;
      // arguments after the script are the script's own: only what comes before it must be known
      words.push(value ?? '\u0000unknown');
    }
    return nodeScript(file, words);
  }

  function nodeScript(program: string, args: string[]): string | { why: string } {
    if (program.startsWith(`${ROOT}/`)) return scriptIn(program); // a script run directly (its shebang names node)
    if (program !== 'node' && program !== '\u0000execPath')
      return { why: `runs ${program.startsWith('/') ? posix.basename(program) : program}, not node` };
    for (const arg of args) {
      if (arg === '\u0000unknown') return { why: 'an argument before the script is not known' };
      if (!arg.startsWith('-')) return scriptIn(arg);
      if (!PLAIN_NODE_OPTIONS.test(arg)) return { why: `node ${arg} may load other code` };
    }
    return { why: 'node without a script reads code from stdin' };
  }

  function scriptIn(value: string): string | { why: string } {
    if (!value.startsWith(`${ROOT}/`)) return { why: `${value} is not a path in the repository` };
    return value.slice(ROOT.length + 1);
  }

  function evaluate(node: Node | undefined, depth = 0): string | undefined {
    if (!node || depth > 20) return undefined;
    const here = `${ROOT}/${path}`;
    switch (node.type) {
      case 'Literal':
        return typeof node.value === 'string' ? node.value : undefined;
      case 'TemplateLiteral': {
        const quasis = node.quasis as Array<{ value: { cooked: string | null } }>;
        const parts = (node.expressions as Node[]).map((expression) => evaluate(expression, depth + 1));
        if (parts.some((part) => part === undefined) || quasis.some((quasi) => quasi.value.cooked === null)) return undefined;
        return quasis.map((quasi, index) => `${quasi.value.cooked}${parts[index] ?? ''}`).join('');
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return undefined;
        const left = evaluate(node.left as Node, depth + 1);
        const right = evaluate(node.right as Node, depth + 1);
        return left === undefined || right === undefined ? undefined : left + right;
      }
      case 'Identifier': {
        const name = node.name ?? '';
        if (name === '__dirname') return posix.dirname(here);
        if (name === '__filename') return here;
        const init = declared.get(name);
        return init ? evaluate(init, depth + 1) : undefined;
      }
      case 'MemberExpression': {
        const tail = calleeTail(node);
        if (tail === 'import.meta.url') return `file://${here}`;
        if (tail === 'import.meta.dirname') return posix.dirname(here);
        if (tail === 'import.meta.filename') return here;
        if (tail === 'process.execPath') return '\u0000execPath';
        if (!node.computed && (node.property as { name?: string }).name === 'pathname') {
          const url = evaluate(node.object as Node, depth + 1);
          return url?.startsWith('file://') ? url.slice('file://'.length) : undefined;
        }
        return undefined;
      }
      case 'NewExpression': {
        if (calleeTail(node.callee as Node) !== 'URL') return undefined;
        const [relative, base] = (node.arguments as Node[]).map((arg) => evaluate(arg, depth + 1));
        if (relative === undefined || base === undefined || !base.startsWith('file://')) return undefined;
        return `file://${posix.resolve(posix.dirname(base.slice('file://'.length)), relative)}`;
      }
      case 'CallExpression': {
        const name = calleeTail(node.callee as Node)
          ?.split('.')
          .pop();
        const values = (node.arguments as Node[]).map((arg) => evaluate(arg, depth + 1));
        if (values.some((value) => value === undefined)) return undefined;
        const strings = values as string[];
        if (name === 'fileURLToPath' && strings[0]?.startsWith('file://')) return strings[0].slice('file://'.length);
        if (name === 'join' && strings.length > 0) return posix.join(...strings);
        if (name === 'resolve' && strings.some((value) => value.startsWith('/')))
          return posix.resolve(...strings.slice(strings.findLastIndex((value) => value.startsWith('/'))));
        if (name === 'dirname' && strings.length === 1) return posix.dirname(strings[0]);
        if (name === 'String' && strings.length === 1) return strings[0];
        return undefined;
      }
      default:
        return undefined;
    }
  }
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The names a parameter list or pattern binds (every identifier in it: defaults over-count, which only makes less known). */
function boundNames(node: unknown): string[] {
  const names: string[] = [];
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const child of value) visit(child);
      return;
    }
    const current = value as Node;
    if (current.type === 'Identifier') names.push(current.name ?? '');
    for (const field in current) if (field !== 'type' && current[field] && typeof current[field] === 'object') visit(current[field]);
  };
  visit(node);
  return names;
}

/** Parents of every node (for the reference walk), built lazily once per program. */
const parents = new WeakMap<Node, Node>();

function isDeclarationPosition(parent: Node, key: string): boolean {
  if (
    (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier' || parent.type === 'ImportNamespaceSpecifier') &&
    key !== ''
  )
    return true;
  if (parent.type === 'VariableDeclarator' && key === 'id') return true;
  if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return true;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    key === 'key' &&
    !parent.computed
  )
    return true;
  if (parent.type === 'Property' && key === 'value' && parents.get(parent)?.type === 'ObjectPattern') return true;
  return false;
}

/** Words of a command line with plain words and quotes only; undefined when the shell would do more. */
export function shellWords(command: string, globs = false): string[] | undefined {
  const words: string[] = [];
  let current = '';
  let has = false;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (char === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return undefined;
      current += command.slice(i + 1, end);
      has = true;
      i = end;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        if ('$`\\'.includes(command[j])) return undefined;
        current += command[j];
      }
      if (j >= command.length) return undefined;
      has = true;
      i = j;
    } else if (char === ' ' || char === '\t') {
      if (has) words.push(current);
      current = '';
      has = false;
    } else if ('|&;<>()$`\\\n*?[]{}~#='.includes(char) && !(char === '=' && has) && !(globs && '*?[]{}'.includes(char))) return undefined;
    else {
      current += char;
      has = true;
    }
  }
  if (has) words.push(current);
  // `NAME=value cmd`: an environment (NODE_OPTIONS) the command runs with
  return words.length > 0 && !words[0].includes('=') ? words : undefined;
}

/** Records each node's parent so the reference walk can look one level up. */
function indexParents(program: unknown): void {
  walkAst(program, (node, parent) => {
    if (parent) parents.set(node, parent);
  });
}
