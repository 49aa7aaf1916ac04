/**
 * Cache keys of the baseline directory. Only default-branch runs save, each under a key of its own
 * (cache entries are immutable); readers restore the newest entry by prefix: the PR's base branch
 * first, then the default branch.
 */

export const CACHE_KEY_PREFIX = 'testops-v1-';

/**
 * A branch name as a key segment. Kept as it is (slashes included) because action.yml's restore
 * step writes the same prefixes as expressions (`github.base_ref || github.ref_name`), which cannot
 * transform text; only the comma, which a cache key cannot hold, is replaced.
 */
export function sanitiseBranch(branch: string): string {
  const cleaned = branch.replace(/^refs\/heads\//, '').replace(/,/g, '-');
  return cleaned || 'unknown';
}

export function cacheKeys(input: { branch: string; baseBranch?: string; defaultBranch: string; runId: string; runAttempt: number }): {
  key: string;
  restoreKeys: string[];
} {
  const key = `${CACHE_KEY_PREFIX}${sanitiseBranch(input.branch)}-${input.runId}-${input.runAttempt}`;
  const prefixes = [input.baseBranch, input.defaultBranch]
    .filter((branch): branch is string => typeof branch === 'string' && branch !== '')
    .map((branch) => `${CACHE_KEY_PREFIX}${sanitiseBranch(branch)}-`);
  return { key, restoreKeys: [...new Set(prefixes)] };
}
