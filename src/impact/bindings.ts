/**
 * Selection by binding (JS/TS): when a change lies inside the bodies of top-level functions (see
 * mutants.ts), only code that calls them can behave differently. The changed functions are followed
 * through the file's own bindings (a function that refers to a changed one is changed too), out
 * through its exports, into each importer's named, default and namespace imports and re-exports
 * (`export { a } from`, `export *`), and so on to the test files. A test that imports none of the
 * affected bindings does not run: nanoid's `non-secure.test.js` imports only `urlAlphabet` from
 * `index.js`, so a change inside `customRandom` does not reach it.
 *
 * Whatever this cannot vouch for falls back to selection by file from that file on, with the reason:
 * a binding used by code that runs at load (a module-level call, a class body, a value holding the
 * function), a file reached through `require`, `import()`, a mock or a script it starts, CommonJS
 * exports. Type-only imports (`import type`, `import { type T }`) never carry a change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AstNode, walkAst } from './ast.js';
import type { JsResolution } from './js-graph.js';
import { changeUnits, jsFunctions } from './mutants.js';
import type { OxcParser } from './native.js';

/** What selection by binding needs from the graph build: the parser and the resolver it used. */
export interface JsTools {
  parser: OxcParser;
  resolve(from: string, specifier: string): JsResolution;
}

interface ImportBinding {
  specifier: string;
  /** the imported name, 'default', or '*' (a namespace) */
  imported: string;
  local: string;
}

interface ReExport {
  specifier: string;
  /** the imported name, '*' for `export * as name`, '**' for `export *` */
  imported: string;
  /** the exported name ('' for `export *`) */
  exported: string;
}

interface ModuleFacts {
  imports: ImportBinding[];
  reexports: ReExport[];
  /** export name → local binding */
  exports: Map<string, string>;
  /** top-level bindings whose code runs only when called (functions) → the names their code refers to */
  deferred: Map<string, Set<string>>;
  /** names referred to by code that runs when the file loads */
  loadRefs: Set<string>;
  /** specifiers loaded at run time other than by static imports (require, import(), mocks) */
  otherSpecifiers: string[];
  /** the file loads modules by require(), import() or mocks: one of them may name a statically imported file too */
  loadsByCall: boolean;
  /** static specifiers of type-only imports and exports */
  typeOnly: Set<string>;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** TypeScript declarations that emit no code */
const TYPE_ONLY = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction']);

/** Every identifier a piece of code refers to (member properties and object keys are not references). */
function references(node: unknown, into: Set<string>): Set<string> {
  walkAst(node, (current, parent, key) => {
    if (current.type !== 'Identifier' && current.type !== 'JSXIdentifier') return;
    if (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) return;
    if (
      (parent?.type === 'Property' || parent?.type === 'PropertyDefinition' || parent?.type === 'MethodDefinition') &&
      key === 'key' &&
      !parent.computed
    )
      return;
    if (current.name) into.add(current.name);
  });
  return into;
}

/** The facts of one JS/TS file, or why it cannot be read by binding. */
export function moduleFacts(parser: OxcParser, path: string, text: string, specifiers: string[]): ModuleFacts | { why: string } {
  let result: ReturnType<OxcParser['parseSync']>;
  try {
    result = parser.parseSync(path, text);
  } catch (error) {
    return { why: `${path} could not be parsed (${(error as Error).message.split('\n')[0]})` };
  }
  if (result.errors.some((error) => error.severity === 'Error')) return { why: `${path} could not be parsed` };
  const facts: ModuleFacts = {
    imports: [],
    reexports: [],
    exports: new Map(),
    deferred: new Map(),
    loadRefs: new Set(),
    otherSpecifiers: [],
    loadsByCall: result.module.dynamicImports.length > 0 || /\brequire\b|\.mock\(|importActual|doMock/.test(text),
    typeOnly: new Set(),
  };
  const runtime = new Set<string>();
  for (const entry of result.module.staticImports) {
    const specifier = entry.moduleRequest.value;
    const values = entry.entries.filter((item) => !item.isType);
    if (entry.entries.length > 0 && values.length === 0) {
      facts.typeOnly.add(specifier);
      continue;
    }
    runtime.add(specifier);
    for (const item of values) {
      const kind = item.importName.kind;
      const imported = kind === 'Default' ? 'default' : kind === 'NamespaceObject' ? '*' : (item.importName.name ?? '');
      facts.imports.push({ specifier, imported, local: item.localName.value });
    }
  }
  for (const entry of result.module.staticExports)
    for (const item of entry.entries) {
      const exported = item.exportName.kind === 'Default' ? 'default' : (item.exportName.name ?? '');
      if (item.moduleRequest) {
        const specifier = item.moduleRequest.value;
        if (item.isType) {
          facts.typeOnly.add(specifier);
          continue;
        }
        runtime.add(specifier);
        const kind = item.importName.kind;
        const imported = kind === 'AllButDefault' ? '**' : kind === 'All' ? '*' : (item.importName.name ?? '');
        facts.reexports.push({ specifier, imported, exported: kind === 'AllButDefault' ? '' : exported });
      } else if (!item.isType) facts.exports.set(exported, item.localName.name ?? '*default*');
    }
  for (const specifier of runtime) facts.typeOnly.delete(specifier);
  facts.otherSpecifiers = specifiers.filter((specifier) => !runtime.has(specifier) && !facts.typeOnly.has(specifier));

  const deferred = (name: string, node: unknown) => facts.deferred.set(name, references(node, facts.deferred.get(name) ?? new Set()));
  for (const statement of (result.program as unknown as { body: AstNode[] }).body) {
    let node = statement;
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration') continue;
    if (node.type === 'ExportNamedDeclaration') {
      if (!node.declaration) continue; // an export list: the exports map has it
      node = node.declaration as AstNode;
    }
    if (node.type === 'ExportDefaultDeclaration') {
      const declaration = node.declaration as AstNode;
      const name = (declaration.id as AstNode | null | undefined)?.name ?? '*default*';
      if (FUNCTION_TYPES.has(declaration.type)) deferred(name, declaration);
      else if (declaration.type !== 'Identifier') references(declaration, facts.loadRefs);
      continue;
    }
    if (TYPE_ONLY.has(node.type) || (node.type === 'TSModuleDeclaration' && node.declare)) continue;
    if (node.type === 'FunctionDeclaration') {
      if (node.body) deferred((node.id as AstNode).name ?? '*default*', node);
      continue;
    }
    if (node.type === 'VariableDeclaration') {
      for (const declarator of node.declarations as AstNode[]) {
        const id = declarator.id as AstNode;
        const init = declarator.init as AstNode | null;
        if (id.type === 'Identifier' && id.name && init && FUNCTION_TYPES.has(init.type)) deferred(id.name, init);
        else references(declarator, facts.loadRefs);
      }
      continue;
    }
    // class bodies (static blocks, field initializers, decorators), enums, statements: they run at load
    references(node, facts.loadRefs);
  }
  return facts;
}

/** Bindings of a file that a set of its bindings reaches through the file's functions. */
function closure(facts: ModuleFacts, seeds: Iterable<string>): Set<string> {
  const tainted = new Set(seeds);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, refs] of facts.deferred) {
      if (tainted.has(name)) continue;
      for (const ref of refs)
        if (tainted.has(ref)) {
          tainted.add(name);
          grew = true;
          break;
        }
    }
  }
  return tainted;
}

export interface BindingSelection {
  /** test files the change reaches → the chain's last step */
  tests: Map<string, string>;
  /** files from which selection went by file (with why): their importers are reached as by the graph */
  byFile: Map<string, string>;
  /** the changed functions */
  functions: string[];
}

/**
 * Follows a change to one file, confined to function bodies, through bindings to the tests.
 * undefined (with why) when the change itself cannot be followed by binding: select by file.
 */
export function selectByBinding(input: {
  root: string;
  path: string;
  before: string;
  tools: JsTools;
  /** the graph's importers of a file */
  importers(file: string): string[];
  /** the graph's specifiers of a file (as scanned), and the scripts it starts */
  specifiers(file: string): string[];
  spawned(file: string): string[];
  isTest(file: string): boolean;
  /** at most this many files are read */
  budget?: number;
}): BindingSelection | { why: string } {
  const { parser } = input.tools;
  const read = (file: string) => {
    try {
      return readFileSync(join(input.root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const after = read(input.path);
  if (after === undefined) return { why: `${input.path} is gone` };
  const units = changeUnits(
    { text: input.before, spans: jsFunctions(parser, input.path, input.before) },
    { text: after, spans: jsFunctions(parser, input.path, after) },
  );
  if ('module' in units) return { why: `${input.path}: ${units.module}` };
  const cache = new Map<string, ModuleFacts | { why: string }>();
  const factsOf = (file: string) => {
    let facts = cache.get(file);
    if (!facts) {
      const text = read(file);
      facts = text === undefined ? { why: `${file} could not be read` } : moduleFacts(parser, file, text, input.specifiers(file));
      cache.set(file, facts);
    }
    return facts;
  };
  const selection: BindingSelection = { tests: new Map(), byFile: new Map(), functions: units.functions };
  const label = `${input.path} ${units.functions.map((name) => `${name}()`).join(', ')}`;
  const budget = input.budget ?? 2000;
  // file → the export names of it that carry the change (grows as more of its dependencies are reached)
  const reached = new Map<string, Set<string>>();
  const queue: Array<{ file: string; seeds: Set<string> }> = [];
  /** a file whose change the bindings cannot follow: from it on, by file */
  const byFile = (file: string, why: string) => {
    if (!selection.byFile.has(file)) selection.byFile.set(file, why);
  };

  const start = factsOf(input.path);
  if ('why' in start) return { why: start.why };
  queue.push({ file: input.path, seeds: new Set(units.functions) });
  for (let i = 0; i < queue.length; i++) {
    if (cache.size > budget) return { why: `${label} reaches more than ${budget} files` };
    const { file, seeds } = queue[i];
    if (selection.byFile.has(file)) continue;
    const facts = factsOf(file);
    if ('why' in facts) {
      byFile(file, facts.why);
      continue;
    }
    const tainted = closure(facts, seeds);
    const atLoad = [...tainted].find((name) => facts.loadRefs.has(name));
    if (atLoad) {
      byFile(file, `${atLoad} is used by code that runs when ${file} loads`);
      continue;
    }
    const exported = new Set<string>();
    for (const [name, local] of facts.exports) if (tainted.has(local)) exported.add(name);
    const known = reached.get(file) ?? new Set<string>();
    const fresh = new Set([...exported].filter((name) => !known.has(name)));
    if (fresh.size === 0) continue;
    reached.set(file, new Set([...known, ...fresh]));
    for (const importer of input.importers(file)) propagate(importer, file, fresh);
  }
  return selection;

  /** What an importer gets from a file whose `names` exports carry the change. */
  function propagate(importer: string, from: string, names: Set<string>): void {
    if (selection.byFile.has(importer)) return;
    const facts = factsOf(importer);
    const stop = input.spawned(importer).includes(from) ? `${importer} starts ${from}` : 'why' in facts ? facts.why : undefined;
    if (stop !== undefined || 'why' in facts) {
      byFile(importer, stop ?? '');
      return;
    }
    const resolvesHere = (specifier: string) => {
      const found = input.tools.resolve(importer, specifier);
      return 'file' in found && found.file === from;
    };
    const other = facts.otherSpecifiers.find(resolvesHere);
    if (other || facts.loadsByCall) {
      const how = other ? `loads ${from} by require, import() or a mock ("${other}")` : 'also loads modules by require, import() or mocks';
      byFile(importer, `${importer} ${how}`);
      return;
    }
    const seeds = new Set<string>();
    for (const binding of facts.imports) {
      if (!resolvesHere(binding.specifier)) continue;
      if (binding.imported === '*' || names.has(binding.imported)) seeds.add(binding.local);
    }
    const reexported = new Set<string>();
    for (const entry of facts.reexports) {
      if (!resolvesHere(entry.specifier)) continue;
      if (entry.imported === '**') for (const name of names) if (name !== 'default') reexported.add(name);
      if (entry.imported === '*') reexported.add(entry.exported);
      else if (names.has(entry.imported)) reexported.add(entry.exported);
    }
    if (seeds.size === 0 && reexported.size === 0) return; // it loads the file for other names, or for types only
    // a test file runs; what imports it (a test importing another) is followed on like any file
    if (input.isTest(importer) && !selection.tests.has(importer)) selection.tests.set(importer, `${label} → used by ${importer}`);
    if (reexported.size > 0) {
      const known = reached.get(importer) ?? new Set<string>();
      const fresh = new Set([...reexported].filter((name) => !known.has(name)));
      if (fresh.size > 0) {
        reached.set(importer, new Set([...known, ...fresh]));
        for (const next of input.importers(importer)) propagate(next, importer, fresh);
      }
    }
    if (seeds.size > 0) queue.push({ file: importer, seeds });
  }
}
