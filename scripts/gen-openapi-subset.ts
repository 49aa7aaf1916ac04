/**
 * Regenerates test/openapi/api.github.com.subset.json: the operations the offline GitHub stand-in
 * serves, cut from GitHub's own OpenAPI description (@octokit/openapi, api.github.com.json) with
 * every component they reference, normalised so Ajv (used by openapi-backend) compiles it.
 *
 * The source package is ~385 MB, so it is not a dependency; install it aside and point at it:
 *   npm install --prefix /tmp/oa @octokit/openapi
 *   node --import tsx scripts/gen-openapi-subset.ts /tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** operationIds served by test/github-server (keep in sync with its routes). */
export const OPERATIONS = [
  'users/get-authenticated',
  'rate-limit/get',
  'repos/get',
  'repos/compare-commits',
  'pulls/list',
  'pulls/get',
  'pulls/list-files',
  'issues/list-for-repo',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/add-labels',
  'issues/set-labels',
  'issues/remove-label',
  'issues/list-labels-for-repo',
  'issues/create-label',
  'issues/get-label',
  'search/issues-and-pull-requests',
  'checks/create',
  'checks/update',
  'checks/list-for-ref',
  'checks/list-annotations',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows every "$ref": "#/components/<kind>/<name>" reachable from `root`, collecting them. */
function collectRefs(root: Json, spec: JsonObject, seen: Set<string>): void {
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && !seen.has(ref)) {
      seen.add(ref);
      visit(resolve(spec, ref));
    }
    for (const [key, value] of Object.entries(node)) if (key !== '$ref') visit(value);
  };
  visit(root);
}

function resolve(spec: JsonObject, ref: string): Json {
  let node: Json = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    if (!isObject(node)) throw new Error(`unresolvable $ref ${ref}`);
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json;
  }
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return node;
}

export interface NormaliseCounts {
  nullableWithoutType: number;
  nullableEnumWithoutNull: number;
}

/**
 * GitHub's description is OpenAPI 3.0 but leans on readers being lenient:
 * - `nullable: true` next to allOf/anyOf/$ref and no `type` (Ajv rejects nullable without type):
 *   rewritten as anyOf [the schema, {type: null}];
 * - nullable enums whose list lacks null (Ajv then rejects a null value): null is added.
 * Examples are dropped: they are large and unused by validation.
 */
export function normalise(node: Json, counts: NormaliseCounts): Json {
  if (Array.isArray(node)) return node.map((item) => normalise(item, counts));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') continue;
    // property maps and the like are keyed by arbitrary names; still recurse into them
    out[key] = normalise(value, counts);
  }
  if (out.nullable === true && out.type === undefined) {
    counts.nullableWithoutType++;
    const { nullable: _nullable, description, title, ...rest } = out;
    const wrapped: JsonObject = { anyOf: [rest, { type: 'null' }] };
    if (description !== undefined) wrapped.description = description;
    if (title !== undefined) wrapped.title = title;
    return wrapped;
  }
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    counts.nullableEnumWithoutNull++;
    out.enum = [...out.enum, null];
  }
  return out;
}

export function subset(spec: JsonObject, operations: readonly string[]): { document: JsonObject; counts: NormaliseCounts } {
  const paths: JsonObject = {};
  const found = new Set<string>();
  for (const [path, item] of Object.entries(spec.paths as JsonObject)) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || typeof op.operationId !== 'string' || !operations.includes(op.operationId)) continue;
      found.add(op.operationId);
      const { 'x-github': _github, ...kept } = op;
      const target = (paths[path] ??= {}) as JsonObject;
      target[method] = kept;
    }
  }
  const missing = operations.filter((id) => !found.has(id));
  if (missing.length) throw new Error(`operations not in the source description: ${missing.join(', ')}`);

  const refs = new Set<string>();
  collectRefs(paths, spec, refs);
  const components: JsonObject = {};
  for (const ref of [...refs].sort()) {
    const [, , kind, name] = ref.split('/');
    if (!kind || !name) throw new Error(`unexpected $ref ${ref}`);
    ((components[kind] ??= {}) as JsonObject)[name] = resolve(spec, ref);
  }
  const counts: NormaliseCounts = { nullableWithoutType: 0, nullableEnumWithoutNull: 0 };
  const document = normalise(
    {
      openapi: spec.openapi as Json,
      info: { ...(spec.info as JsonObject), description: 'Subset generated by scripts/gen-openapi-subset.ts' },
      servers: spec.servers as Json,
      paths,
      components,
    },
    counts,
  ) as JsonObject;
  return { document, counts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = process.argv[2];
  if (!source) {
    console.error('usage: node --import tsx scripts/gen-openapi-subset.ts <path to @octokit/openapi generated/api.github.com.json>');
    process.exit(2);
  }
  const spec = JSON.parse(readFileSync(source, 'utf8')) as JsonObject;
  const { document, counts } = subset(spec, OPERATIONS);
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'openapi', 'api.github.com.subset.json');
  writeFileSync(out, `${JSON.stringify(document, null, 1)}\n`);
  const componentCount = Object.values(document.components as JsonObject).reduce<number>(
    (n, c) => n + Object.keys(c as JsonObject).length,
    0,
  );
  const pkg = JSON.parse(readFileSync(join(dirname(source), '..', 'package.json'), 'utf8')) as { version: string };
  console.log(
    `wrote ${out}: ${OPERATIONS.length} operations, ${componentCount} components from @octokit/openapi ${pkg.version}; normalised ${counts.nullableWithoutType} nullable-without-type, ${counts.nullableEnumWithoutNull} nullable enums`,
  );
}
