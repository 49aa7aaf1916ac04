/**
 * Reading what a runner config file (vitest.config.ts, jest.config.js, .mocharc.js) sets, when it
 * is written as a literal: `export default defineConfig({ test: { include: [...] } })`,
 * `module.exports = {...}`, `export default {...}`. Anything computed is `NOT_LITERAL`, so the caller
 * falls back to the runner's default and says so, rather than guessing.
 */
import { type ParseError, parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import { parse as parseYaml } from 'yaml';
import type { AstNode } from '../impact/ast.js';
import type { ParseJs, RepoFiles } from './types.js';

export const NOT_LITERAL = Symbol('not a literal');
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal } | typeof NOT_LITERAL;

/** The value of a literal expression; NOT_LITERAL for anything computed. */
export function literalOf(node: AstNode | undefined): Literal {
  if (!node) return NOT_LITERAL;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null
        ? (node.value as Literal)
        : NOT_LITERAL;
    case 'TemplateLiteral': {
      const quasis = node.quasis as AstNode[];
      return (node.expressions as unknown[]).length === 0 && quasis.length === 1
        ? String((quasis[0].value as { cooked?: string }).cooked ?? '')
        : NOT_LITERAL;
    }
    case 'ArrayExpression':
      return (node.elements as (AstNode | null)[]).map((element) => (element ? literalOf(element) : NOT_LITERAL));
    case 'ObjectExpression': {
      const object: { [key: string]: Literal } = {};
      for (const property of node.properties as AstNode[]) {
        if (property.type !== 'Property' || property.computed) continue; // a spread or computed key: its keys are unknown
        const key = property.key as AstNode;
        const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
        if (name !== undefined) object[name] = literalOf(property.value as AstNode);
      }
      if ((node.properties as AstNode[]).some((property) => property.type !== 'Property' || property.computed)) object['...'] = NOT_LITERAL;
      return object;
    }
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'ParenthesizedExpression':
      return literalOf(node.expression as AstNode);
    default:
      return NOT_LITERAL;
  }
}

/** The config object a file exports: through defineConfig(…) / defineProject(…) and `() => ({…})`. */
function exported(node: AstNode | undefined, bindings: Map<string, AstNode>): AstNode | undefined {
  for (let depth = 0; node && depth < 5; depth++) {
    if (node.type === 'ObjectExpression') return node;
    if (node.type === 'Identifier') node = bindings.get(node.name as string);
    else if (node.type === 'CallExpression') node = (node.arguments as AstNode[])[0];
    else if (node.type === 'ArrowFunctionExpression' && (node.body as AstNode).type !== 'BlockStatement') node = node.body as AstNode;
    else if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression')
      node = node.expression as AstNode;
    else return undefined;
  }
  return undefined;
}

/** The literal config a runner config file exports, or NOT_LITERAL (also when it does not parse). */
export function readJsConfig(parse: ParseJs | undefined, file: string, text: string): Literal {
  if (!parse) return NOT_LITERAL;
  let program: AstNode;
  try {
    const result = parse(file, text);
    if (result.errors.length > 0) return NOT_LITERAL;
    program = result.program as AstNode;
  } catch {
    return NOT_LITERAL;
  }
  const bindings = new Map<string, AstNode>();
  let found: AstNode | undefined;
  for (const statement of program.body as AstNode[]) {
    if (statement.type === 'VariableDeclaration')
      for (const declarator of statement.declarations as AstNode[])
        if ((declarator.id as AstNode).type === 'Identifier' && declarator.init)
          bindings.set((declarator.id as AstNode).name as string, declarator.init as AstNode);
    if (statement.type === 'ExportDefaultDeclaration') found = statement.declaration as AstNode;
    if (statement.type === 'ExpressionStatement') {
      const expression = statement.expression as AstNode;
      const left = expression.type === 'AssignmentExpression' ? (expression.left as AstNode) : undefined;
      if (left?.type === 'MemberExpression' && (left.object as AstNode).name === 'module' && (left.property as AstNode).name === 'exports')
        found = expression.right as AstNode;
    }
  }
  const object = exported(found, bindings);
  return object ? literalOf(object) : NOT_LITERAL;
}

/** `value[key]` when value is a literal object; undefined when absent, NOT_LITERAL when unknowable. */
export function field(value: Literal | undefined, key: string): Literal | undefined {
  if (value === undefined) return undefined;
  if (value === NOT_LITERAL) return NOT_LITERAL;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (key in value) return value[key];
  return '...' in value ? NOT_LITERAL : undefined;
}

/** A list of strings (a lone string counts as one), or undefined when it is anything else. */
export function stringList(value: Literal | undefined): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return value as string[];
  return undefined;
}

/**
 * A runner's rc file as data: YAML (.yml/.yaml), JS (a literal export), else JSON with comments
 * (.json, .jsonc, or no extension: .mocharc, .c8rc, .nycrc). Undefined when it does not exist or parse.
 */
export function readRcFile(files: RepoFiles, parse: ParseJs | undefined, file: string): Literal | undefined {
  const text = files.read(file);
  if (text === undefined) return undefined;
  if (/\.[cm]?[jt]s$/.test(file)) return readJsConfig(parse, file, text);
  try {
    if (/\.ya?ml$/.test(file)) return (parseYaml(text) ?? undefined) as Literal | undefined;
  } catch {
    return undefined;
  }
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true });
  return errors.length > 0 ? undefined : (value as Literal);
}
