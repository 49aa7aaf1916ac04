/**
 * The two git facts the flaky lifecycle needs from the checkout: the tree of HEAD (a pull
 * request's merge commit moves with the base branch, its tree does not) and when this branch
 * forked from the default branch (to tell whether it can contain a fix made after an issue closed).
 */
import type { Git } from '../util/git.js';

/** Tree id of `rev` (HEAD by default), or undefined when git cannot tell (no commits). */
export async function treeOf(git: Git, rev = 'HEAD'): Promise<string | undefined> {
  const out = (await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{tree}`], { allowFailure: true })).trim();
  return /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
}

/**
 * Committer time (ISO 8601) of the merge-base of `rev` and `base`, or undefined when there is none
 * (shallow clone, unrelated histories, unknown ref). Callers then reopen issues as on the default branch.
 */
export async function mergeBaseTime(git: Git, base: string, rev = 'HEAD'): Promise<string | undefined> {
  const mergeBase = (await git.run(['merge-base', rev, base], { allowFailure: true })).trim();
  if (!/^[0-9a-f]{40,64}$/.test(mergeBase)) return undefined;
  const time = (await git.run(['show', '-s', '--format=%cI', mergeBase], { allowFailure: true })).trim();
  return Number.isNaN(Date.parse(time)) ? undefined : new Date(time).toISOString();
}
