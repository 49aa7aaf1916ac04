/**
 * The variant of a run: which matrix leg produced its tests. It is part of every test's identity
 * (ids, baseline history, attempt records), so the same test on Node 20 and on Node 22 keeps two
 * histories and a failure on one leg is never read as flakiness of the other.
 *
 *   - `variant` input / TESTOPS_VARIANT set to a JSON object (`${{ toJSON(matrix) }}`):
 *     "<job> · key=value, key=value" with keys sorted; testops' own `shard` key is left out, since
 *     a test moves between shards as durations change and must keep its history;
 *   - set to any other text: that text (trimmed), so a user can name legs themselves;
 *   - unset, on GitHub Actions: "<job> · <runner OS>";
 *   - unset elsewhere (a laptop): no variant.
 */

/** testops' own matrix key (mode plan's `{"shard": [...]}`): not part of a variant */
const SHARD_KEYS = new Set(['shard']);
const MAX_LENGTH = 200;

function scalar(value: unknown): string {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return String(value);
  return JSON.stringify(value);
}

export function resolveVariant(env: NodeJS.ProcessEnv): string | undefined {
  const given = (env.INPUT_VARIANT ?? env.TESTOPS_VARIANT ?? '').trim();
  const job = env.GITHUB_JOB?.trim();
  let variant: string | undefined;
  if (given) {
    let matrix: unknown;
    try {
      matrix = given.startsWith('{') ? JSON.parse(given) : undefined;
    } catch {
      matrix = undefined;
    }
    if (matrix && typeof matrix === 'object' && !Array.isArray(matrix)) {
      const pairs = Object.entries(matrix as Record<string, unknown>)
        .filter(([key]) => !SHARD_KEYS.has(key))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => `${key}=${scalar(value)}`);
      variant = [job, pairs.join(', ')].filter(Boolean).join(' · ') || undefined;
    } else variant = given;
  } else if (env.GITHUB_ACTIONS === 'true') {
    variant = [job, env.RUNNER_OS?.trim()].filter(Boolean).join(' · ') || undefined;
  }
  return variant && variant.length > MAX_LENGTH ? variant.slice(0, MAX_LENGTH) : variant;
}
