import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise, OPERATIONS, subset } from '../../scripts/gen-openapi-subset.js';
import { SUBSET_PATH } from '../github-server/contract.js';

type Node = { [key: string]: unknown };

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  visit(node as Node);
  for (const value of Object.values(node)) walk(value, visit);
}

describe('OpenAPI subset', () => {
  it('rewrites nullable without type as anyOf with null, and adds null to nullable enums', () => {
    const counts = { nullableWithoutType: 0, nullableEnumWithoutNull: 0 };
    const out = normalise(
      {
        a: { nullable: true, description: 'd', allOf: [{ $ref: '#/components/schemas/x' }] },
        b: { type: 'string', nullable: true, enum: ['x', 'y'], example: 'x' },
      },
      counts,
    );
    expect(out).toEqual({
      a: { anyOf: [{ allOf: [{ $ref: '#/components/schemas/x' }] }, { type: 'null' }], description: 'd' },
      b: { type: 'string', nullable: true, enum: ['x', 'y', null] },
    });
    expect(counts).toEqual({ nullableWithoutType: 1, nullableEnumWithoutNull: 1 });
  });

  it('names operations missing from the source description', () => {
    expect(() => subset({ openapi: '3.0.3', info: {}, paths: {} }, ['issues/get'])).toThrow(
      'operations not in the source description: issues/get',
    );
  });

  it('the committed subset holds every served operation, every referenced component, and nothing Ajv rejects', () => {
    const document = JSON.parse(readFileSync(SUBSET_PATH, 'utf8')) as Node;
    const ids: string[] = [];
    walk(document.paths, (node) => {
      if (typeof node.operationId === 'string') ids.push(node.operationId);
    });
    expect(ids.sort()).toEqual([...OPERATIONS].sort());
    walk(document, (node) => {
      if (typeof node.$ref === 'string') {
        const [, , kind, name] = node.$ref.split('/');
        expect((document.components as Record<string, Node>)[kind as string]?.[name as string], node.$ref).toBeDefined();
      }
      if (node.nullable === true) expect(node.type, JSON.stringify(node).slice(0, 200)).toBeDefined();
      if (node.nullable === true && Array.isArray(node.enum)) expect(node.enum).toContain(null);
    });
  });
});
