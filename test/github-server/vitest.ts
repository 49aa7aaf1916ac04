/**
 * The stand-in as a vitest fixture: a fresh server before each test, and after it a check that
 * no request or response broke the contract (the test fails naming the operation and the schema
 * error), then close.
 */
import { afterEach, beforeEach } from 'vitest';
import { type GitHubServer, type GitHubServerOptions, startGitHubServer } from './server.js';

export function useGitHubServer(seed?: (server: GitHubServer) => void | Promise<void>, options?: GitHubServerOptions): () => GitHubServer {
  let server: GitHubServer | undefined;
  beforeEach(async () => {
    server = await startGitHubServer(options);
    await seed?.(server);
  });
  afterEach(async () => {
    const current = server;
    server = undefined;
    if (!current) return;
    try {
      current.assertNoViolations();
    } finally {
      await current.close();
    }
  });
  return () => {
    if (!server) throw new Error('useGitHubServer: the server exists only inside a test');
    return server;
  };
}
