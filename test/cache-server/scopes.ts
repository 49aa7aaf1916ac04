/**
 * Cache scopes, as the runner hands them to a job inside ACTIONS_RUNTIME_TOKEN: a JWT whose `ac`
 * claim lists the refs the job may read (permission bit 1) and write (bit 2). A pull request's job
 * writes its own ref and reads its own, its base branch's and the default branch's; a branch's job
 * reads and writes its own branch and reads the default branch. The default branch thus never sees
 * a PR's entries.
 */

export interface CacheScope {
  scope: string;
  permission: number;
}

export const READ = 1;
export const WRITE = 2;

export interface JobRefs {
  /** GITHUB_REF, e.g. refs/pull/7/merge or refs/heads/main */
  ref: string;
  /** the PR's base branch name (GITHUB_BASE_REF), when the job runs for a pull request */
  baseRef?: string;
  defaultBranch: string;
}

export function scopesFor(job: JobRefs): CacheScope[] {
  const scopes: CacheScope[] = [{ scope: job.ref, permission: READ | WRITE }];
  const add = (scope: string) => {
    if (!scopes.some((existing) => existing.scope === scope)) scopes.push({ scope, permission: READ });
  };
  if (job.baseRef) add(`refs/heads/${job.baseRef}`);
  add(`refs/heads/${job.defaultBranch}`);
  return scopes;
}

const base64url = (value: string) => Buffer.from(value).toString('base64url');

/** an unsigned-looking JWT carrying the scopes (the stand-in does not check signatures) */
export function runtimeToken(scopes: CacheScope[]): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      ac: JSON.stringify(scopes.map((s) => ({ Scope: s.scope, Permission: s.permission }))),
      iss: 'offline-github',
      exp: 4102444800,
    }),
  );
  return `${header}.${payload}.${base64url('stand-in-signature')}`;
}

export class TokenError extends Error {}

export function scopesOfToken(authorization: string | undefined): CacheScope[] {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new TokenError('missing bearer token (ACTIONS_RUNTIME_TOKEN)');
  const payload = token.split('.')[1];
  if (!payload) throw new TokenError('ACTIONS_RUNTIME_TOKEN is not a JWT');
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { ac?: string };
    const list = JSON.parse(claims.ac ?? '[]') as { Scope: string; Permission: number }[];
    return list.map((entry) => ({ scope: entry.Scope, permission: entry.Permission }));
  } catch {
    throw new TokenError('ACTIONS_RUNTIME_TOKEN has no readable `ac` claim');
  }
}
