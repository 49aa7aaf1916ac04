import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { useGitHubServer } from './vitest.js';

describe('useGitHubServer', () => {
  const server = useGitHubServer((s) => {
    s.state.addUser({ login: 'bot', token: 't' });
    s.state.addRepo({ owner: 'acme', name: 'app' });
  });

  it('gives each test a seeded server', async () => {
    const gh = createClient({ token: 't', baseUrl: server().url });
    expect((await gh.rest.repos.get({ owner: 'acme', repo: 'app' })).data.full_name).toBe('acme/app');
  });

  it('starts from a fresh state in the next test', () => {
    expect(server().requests()).toEqual([]);
  });

  // the afterEach check itself: a contract violation left in the server fails the test after it
  it('records the violation the afterEach check will raise', async () => {
    const response = await fetch(`${server().url}/repos/acme/app/issues/1`, {
      method: 'PATCH',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'reopened' }),
    });
    expect(response.status).toBe(422);
    expect(() => server().assertNoViolations()).toThrow(
      /issues\/update .*\/requestBody\/state must be equal to one of the allowed values \(open, closed\)/,
    );
    // taken on purpose, so this test passes: a test that leaves it fails in afterEach
    expect(
      server()
        .takeViolations()
        .map((v) => v.operation),
    ).toEqual(['issues/update']);
    expect(() => server().assertNoViolations()).not.toThrow();
  });
});
