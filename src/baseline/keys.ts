/**
 * Cache keys of the baseline directory and of a run's earlier attempts. Only default-branch runs
 * save a baseline, each under a key of its own (cache entries are immutable); readers restore the
 * newest entry by prefix: the PR's base branch first, then the default branch.
 *
 * Every key carries the variant (the matrix leg, see src/util/variant.ts), so each leg restores
 * the baseline and the attempts its own leg saved: a Windows-only failure is never read against
 * Linux's history. action.yml's first step (src/steps/keys.ts) computes these keys, because the
 * actions/cache steps need them before the plan runs and an expression cannot hash.
 */
import { createHash } from 'node:crypto';

export const CACHE_KEY_PREFIX = 'testops-v1-';
const SLUG_MAX = 40;

/**
 * A branch name as a key segment. Kept as it is (slashes included); only the comma, which a
 * cache key cannot hold, is replaced.
 */
export function sanitiseBranch(branch: string): string {
  const cleaned = branch.replace(/^refs\/heads\//, '').replace(/,/g, '-');
  return cleaned || 'unknown';
}

/**
 * The variant as a key segment ending in '-': a readable slug (lower case, at most 40 characters)
 * and 8 hex digits of the variant's sha256, so two legs whose slugs collide (or are cut at the
 * same 40 characters) still get keys of their own. No variant (a local run): an empty segment.
 */
export function variantSegment(variant: string | undefined): string {
  if (variant === undefined || variant.trim() === '') return '';
  const slug = variant
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(variant).digest('hex').slice(0, 8);
  return `${slug ? `${slug}-` : ''}${hash}-`;
}

export function cacheKeys(input: {
  branch: string;
  baseBranch?: string;
  defaultBranch: string;
  runId: string;
  runAttempt: number;
  variant?: string;
}): {
  key: string;
  restoreKeys: string[];
} {
  const leg = variantSegment(input.variant);
  const key = `${CACHE_KEY_PREFIX}${sanitiseBranch(input.branch)}-${leg}${input.runId}-${input.runAttempt}`;
  const prefixes = [input.baseBranch, input.defaultBranch]
    .filter((branch): branch is string => typeof branch === 'string' && branch !== '')
    .map((branch) => `${CACHE_KEY_PREFIX}${sanitiseBranch(branch)}-${leg}`);
  return { key, restoreKeys: [...new Set(prefixes)] };
}

/**
 * The cache key of this attempt's record (earlier attempts of the same workflow run, see
 * src/pipeline/attempts.ts) and the prefix a re-run restores the newest earlier attempt by.
 */
export function attemptsKeys(input: { runId: string; job: string; commentId?: string; runAttempt: number; variant?: string }): {
  key: string;
  restoreKey: string;
} {
  const restoreKey = `${CACHE_KEY_PREFIX}attempts-${input.runId}-${input.job}-${input.commentId ?? ''}-${variantSegment(input.variant)}`;
  return { key: `${restoreKey}${input.runAttempt}`, restoreKey };
}
