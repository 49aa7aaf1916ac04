/**
 * Cache keys of the baseline directory. Only default-branch runs save, each under a key of its own
 * (cache entries are immutable); readers restore the newest entry by prefix: the PR's base branch
 * first, then the default branch.
 */

export const CACHE_KEY_PREFIX = 'testops-v1-';

/** A branch name as a key segment: anything but letters, digits, ".", "_" and "-" becomes "-". */
export function sanitiseBranch(branch: string): string {
  const cleaned = branch
    .replace(/^refs\/heads\//, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
