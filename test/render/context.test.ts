/**
 * readEventContext against GitHub's own example webhook payloads (@octokit/webhooks-examples),
 * written to real files and read back the way the runner hands them to the action.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EventContextError, readEventContext } from '../../src/github/context.js';

// biome-ignore lint/suspicious/noExplicitAny: the example payloads are untyped JSON that the tests edit
type Payload = Record<string, any>;
type Example = { name: string; examples: Payload[] };
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Example[];
const example = (name: string, pick: (payload: Payload) => boolean) =>
  structuredClone(examples.find((entry) => entry.name === name)!.examples.find(pick)!);

const dir = mkdtempSync(join(tmpdir(), 'testops-event-'));
let count = 0;
function eventFile(payload: unknown): string {
  const path = join(dir, `event-${count++}.json`);
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return path;
}
const read = (path: string) => readFileSync(path, 'utf8');

const runnerEnv = {
  GITHUB_RUN_ID: '11873450112',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SERVER_URL: 'https://github.com',
};

describe('readEventContext', () => {
  it('reads a pull_request from the same repository', () => {
    const payload = example('pull_request', (p) => p.action === 'synchronize');
    const pr = payload.pull_request;
    const event = readEventContext(
      {
        ...runnerEnv,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile(payload),
        GITHUB_REPOSITORY: payload.repository.full_name,
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_REF: `refs/pull/${pr.number}/merge`,
        GITHUB_HEAD_REF: pr.head.ref,
        GITHUB_BASE_REF: pr.base.ref,
      },
      read,
    );
    expect(event).toEqual({
      name: 'pull_request',
      repo: { owner: 'Codertocat', repo: 'Hello-World' },
      ref: `refs/pull/${pr.number}/merge`,
      branch: pr.head.ref,
      headSha: 'f'.repeat(40),
      prHeadSha: pr.head.sha,
      baseRef: pr.base.ref,
      baseSha: pr.base.sha,
      prNumber: pr.number,
      prLabels: pr.labels.map((label: { name: string }) => label.name),
      defaultBranch: 'master',
      isDefaultBranch: false,
      isFork: false,
      runId: '11873450112',
      runAttempt: 2,
      serverUrl: 'https://github.com',
    });
    expect(event.prLabels).toEqual(['bug']);
  });

  it('detects a fork: the head repository differs from the base repository', () => {
    const payload = example('pull_request', (p) => p.action === 'opened');
    payload.pull_request.head.repo.full_name = 'contributor/Hello-World';
    payload.pull_request.head.repo.owner.login = 'contributor';
    const event = readEventContext(
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(payload), GITHUB_REPOSITORY: 'Codertocat/Hello-World' },
      read,
    );
    expect(event.isFork).toBe(true);
    expect(event.prNumber).toBe(payload.pull_request.number);
    // GITHUB_SHA absent: the PR head is the best we have.
    expect(event.headSha).toBe(payload.pull_request.head.sha);

    // A fork whose repository was deleted since: head.repo is null, still a fork.
    payload.pull_request.head.repo = null;
    expect(readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(payload) }, read).isFork).toBe(true);

    // Same repository, different letter case (GitHub names are case-insensitive): not a fork.
    const same = example('pull_request', (p) => p.action === 'opened');
    same.pull_request.head.repo.full_name = 'codertocat/hello-world';
    expect(readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(same) }, read).isFork).toBe(false);
  });

  it('reads a push to the default branch, with the commit before it as the base', () => {
    const payload = example('push', (p) => p.ref === 'refs/heads/master');
    payload.before = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
    const event = readEventContext(
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventFile(payload),
        GITHUB_REPOSITORY: payload.repository.full_name,
        GITHUB_SHA: payload.after,
        GITHUB_REF: 'refs/heads/master',
        GITHUB_REF_NAME: 'master',
      },
      read,
    );
    expect(event).toMatchObject({
      name: 'push',
      branch: 'master',
      headSha: payload.after,
      baseSha: payload.before,
      isDefaultBranch: true,
      isFork: false,
    });
    expect(event.prNumber).toBeUndefined();
  });

  it('a push of a tag or a new branch is not the default branch and has no base', () => {
    const tag = example('push', (p) => p.ref === 'refs/tags/simple-tag' && /^0+$/.test(p.before));
    const event = readEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile(tag), GITHUB_REF: tag.ref }, read);
    expect(event.isDefaultBranch).toBe(false);
    expect(event.baseSha).toBeUndefined();
    expect(event.branch).toBeUndefined();
  });

  it('reads a workflow_run follow-up, where a fork PR leaves pull_requests empty', () => {
    const payload = example('workflow_run', (p) => p.workflow_run.pull_requests.length === 1);
    const withPr = readEventContext({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile(payload) }, read);
    expect(withPr.prNumber).toBe(payload.workflow_run.pull_requests[0].number);
    expect(withPr.headSha).toBe(payload.workflow_run.head_sha);

    payload.workflow_run.event = 'pull_request';
    payload.workflow_run.pull_requests = [];
    payload.workflow_run.head_repository.full_name = 'contributor/octo-repo';
    const fork = readEventContext({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile(payload) }, read);
    expect(fork.isFork).toBe(true);
    expect(fork.prNumber).toBeUndefined();
    expect(fork.prHeadSha).toBe(payload.workflow_run.head_sha);
  });

  it('outside Actions it is a local run with nothing but what the environment gives', () => {
    expect(readEventContext({}, read)).toEqual({ name: 'local', headSha: '', isDefaultBranch: false, isFork: false });
  });

  it('names the file and what was wrong for a bad payload or repository', () => {
    const missing = join(dir, 'nope.json');
    expect(() => readEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: missing }, read)).toThrow(
      new RegExp(`^GITHUB_EVENT_PATH ${missing}: cannot read the event payload \\(ENOENT`),
    );
    const broken = eventFile('{"action": "opened",');
    expect(() => readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: broken }, read)).toThrow(EventContextError);
    expect(() => readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: broken }, read)).toThrow(
      `GITHUB_EVENT_PATH ${broken}: the event payload is not a JSON object`,
    );
    expect(() => readEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile('[]') }, read)).toThrow(
      'expected a JSON object',
    );
    expect(() => readEventContext({ GITHUB_REPOSITORY: 'just-a-name' }, read)).toThrow(
      'GITHUB_REPOSITORY: expected "owner/repo", got "just-a-name"',
    );
  });
});
