/**
 * GitHub's REST contract, from the committed subset of @octokit/openapi (test/openapi/), loaded
 * into openapi-backend. The subset is already normalised for Ajv by scripts/gen-openapi-subset.ts;
 * here the GitHub-specific string formats are registered so they are checked rather than ignored.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIBackend } from 'openapi-backend';

export const SUBSET_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi', 'api.github.com.subset.json');

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const isUri = (value: string) => {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

/** String formats GitHub's description uses; unknown ones would otherwise pass silently. */
export const GITHUB_FORMATS: Record<string, (value: string) => boolean> = {
  'date-time': (value) => DATE_TIME.test(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  uri: isUri,
  'uri-template': (value) => isUri(value.replace(/\{[^}]*\}/g, '')),
  email: (value) => /^[^\s@]+@[^\s@]+$/.test(value),
  // owner/name, as in a search `repo:` qualifier
  'repo.nwo': (value) => /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value),
  // ISO 8601 timestamp, the date-time profile GitHub uses for `since`-like parameters
  timestamp: (value) => DATE_TIME.test(value),
};

let cachedDefinition: object | undefined;

function definition(): object {
  cachedDefinition ??= JSON.parse(readFileSync(SUBSET_PATH, 'utf8')) as object;
  // openapi-backend dereferences in place: give each backend its own copy
  return structuredClone(cachedDefinition);
}

let shared: Promise<OpenAPIBackend> | undefined;

/**
 * The ready (initialised) backend, one per process: every stand-in uses only its router and
 * validator, which hold nothing of a server's state, so the validators Ajv compiles on first use
 * (most of a fresh stand-in's CPU time) are compiled once per test file, not once per test.
 */
export function loadContract(): Promise<OpenAPIBackend> {
  shared ??= newContract();
  return shared;
}

async function newContract(): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: definition() as never,
    quick: true,
    validate: true,
    coerceTypes: true,
    customizeAjv: (ajv) => {
      for (const [name, validate] of Object.entries(GITHUB_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
      return ajv;
    },
  });
  await api.init();
  return api;
}

/** Ajv errors as one line: `/body/state must be equal to one of the allowed values (open, closed)`. */
export function describeErrors(
  errors: readonly { instancePath?: string; message?: string; params?: unknown }[] | null | undefined,
): string {
  if (!errors?.length) return 'invalid';
  return errors
    .slice(0, 5)
    .map((error) => {
      const params = error.params as { allowedValues?: unknown[]; additionalProperty?: string; missingProperty?: string } | undefined;
      const extra = params?.allowedValues
        ? ` (${params.allowedValues.map(String).join(', ')})`
        : params?.additionalProperty
          ? ` (${params.additionalProperty})`
          : '';
      return `${error.instancePath || '/'} ${error.message ?? 'invalid'}${extra}`;
    })
    .join('; ');
}
