/**
 * Who testops is on GitHub: the login its comments and issues carry as their author. Only what
 * that login wrote can be testops' sticky comment or flaky-test issue — a marker in anyone else's
 * text is text.
 *
 * - a personal token: `GET /user`;
 * - an installation token (the workflow's GITHUB_TOKEN, a GitHub App's token from
 *   actions/create-github-app-token): `GET /user` answers 403, and `GET /app` needs the app's JWT,
 *   but GraphQL's `viewer` is the installation's bot (`github-actions[bot]`, `my-app[bot]`);
 * - neither answering (a server without GraphQL): `github-actions[bot]`, GITHUB_TOKEN's author.
 */
import type { Log } from '../util/log.js';
import type { GitHubClient } from './client.js';

/** The login GitHub Actions' GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = 'github-actions[bot]';

const known = new WeakMap<GitHubClient, Promise<string>>();

function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;
}

/** The token's login, asked once per client. */
export function tokenLogin(octokit: GitHubClient, options: { fallback?: string; log?: Log } = {}): Promise<string> {
  let login = known.get(octokit);
  if (!login) {
    login = resolve(octokit, options);
    known.set(octokit, login);
  }
  return login;
}

async function resolve(octokit: GitHubClient, options: { fallback?: string; log?: Log }): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (![401, 403, 404].includes(status(error) ?? 0)) throw error;
  }
  try {
    const result = await octokit.graphql<{ viewer?: { login?: string } | null }>('query { viewer { login } }', {
      // a server without GraphQL answers 501, and asking again will not change it
      request: { retries: 0 },
    });
    const login = result.viewer?.login;
    if (login) {
      options.log?.debug(`GET /user was refused: an installation token, acting as ${login}`);
      return login;
    }
  } catch (error) {
    options.log?.debug(`GraphQL viewer could not be read (${status(error) ?? (error as Error).message})`);
  }
  const fallback = options.fallback ?? ACTIONS_BOT;
  options.log?.debug(`the token's login is unknown; assuming comments and issues are written as ${fallback}`);
  return fallback;
}
