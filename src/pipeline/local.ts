/** The local (laptop) side of the pipeline: an EventInfo made from git instead of a GitHub event. */
import { UsageError } from '../errors.js';
import type { EventInfo } from '../model.js';
import type { Git } from '../util/git.js';

const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

async function resolve(git: Git, rev: string): Promise<string | undefined> {
  const out = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
  return out.trim() || undefined;
}

export { UsageError } from '../errors.js';

/** Build the event of a local run: head (default HEAD) against base (default the default branch). */
export async function localEvent(git: Git, options: { base?: string; head?: string }): Promise<EventInfo> {
  const headRev = options.head ?? 'HEAD';
  const headSha = await resolve(git, headRev);
  if (!headSha)
    throw new UsageError(
      `--head: "${headRev}" is not a commit in ${git.cwd}${headRev === 'HEAD' ? ' (is this a git repository with a commit?)' : ''}`,
    );
  let baseRev = options.base;
  if (!baseRev) {
    for (const candidate of DEFAULT_BASES) {
      if (await resolve(git, candidate)) {
        baseRev = candidate;
        break;
      }
    }
  }
  if (!baseRev) throw new UsageError('--base: no default branch (origin/HEAD, main, master) found; pass --base REV');
  const baseSha = await resolve(git, baseRev);
  if (!baseSha) throw new UsageError(`--base: "${baseRev}" is not a commit; fetch it (git fetch origin ${baseRev}) or pass another --base`);
  const branch = (await git.run(['rev-parse', '--abbrev-ref', 'HEAD'], { allowFailure: true })).trim() || 'local';
  return {
    name: 'local',
    headSha,
    baseSha,
    baseRef: baseRev,
    branch,
    isDefaultBranch: false,
    isFork: false,
  };
}
