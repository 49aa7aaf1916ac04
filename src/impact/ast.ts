/** Walking oxc's ESTree-shaped AST: every node once, with its parent and the field it sits in. */
export type AstNode = { type: string; start: number; end: number; name?: string; [key: string]: unknown };

const SKIP = new Set(['type', 'start', 'end', 'range', 'loc']);

export function walkAst(node: unknown, visit: (node: AstNode, parent: AstNode | undefined, key: string) => void): void {
  const step = (value: unknown, parent: AstNode | undefined, key: string): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const child of value) step(child, parent, key);
      return;
    }
    const current = value as AstNode;
    if (typeof current.type !== 'string') return;
    visit(current, parent, key);
    for (const field in current) {
      if (SKIP.has(field)) continue;
      const child = current[field];
      if (child && typeof child === 'object') step(child, current, field);
    }
  };
  step(node, undefined, '');
}

/** `a.b.c` for identifiers and non-computed members (`import.meta.url` too), else undefined. */
export function calleeName(node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MetaProperty') return `${(node.meta as AstNode).name}.${(node.property as AstNode).name}`;
  if (node.type === 'MemberExpression' && !node.computed) {
    const object = calleeName(node.object as AstNode);
    const property = (node.property as AstNode | undefined)?.name;
    return object && typeof property === 'string' ? `${object}.${property}` : undefined;
  }
  return undefined;
}
