import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_REQUEST, ChecksPermissionError, checkRunsApi, publishCheckRun } from '../../src/github/checks.js';
import { createClient } from '../../src/github/client.js';
import { type CheckRunContent, renderCheckRun } from '../../src/render/check-run.js';
import { memoryLog } from '../../src/util/log.js';
import { useGitHubServer } from '../github-server/vitest.js';
import { failingReport } from '../render/fixtures/reports.js';

const HEAD = 'c'.repeat(40);
const server = useGitHubServer((s) => {
  s.state.addUser({ login: 'github-actions[bot]', token: 'write-token', app: true });
  s.state.addUser({ login: 'no-checks[bot]', token: 'no-checks-token', app: true, checks: 'read' });
  s.state.addRepo({ owner: 'acme', name: 'app' });
  s.state.addPull('acme/app', { number: 7, head: { ref: 'feature', sha: HEAD }, base: { ref: 'main', sha: 'b'.repeat(40) } });
});

const log = memoryLog();
const client = (token = 'write-token') => checkRunsApi(createClient({ token, baseUrl: server().url, retryAfterBaseValue: 1 }));

/** a failing report with `count` failed tests, each at its own line */
function withFailures(count: number): CheckRunContent {
  const report = failingReport();
  const [first] = report.failures;
  report.failures = Array.from({ length: count }, (_, i) => ({
    ...(first as NonNullable<typeof first>),
    id: `t${i}`,
    name: `case ${i + 1}`,
    line: i + 1,
    quarantined: false,
  }));
  return renderCheckRun(report, { job: 'test', configPath: '.github/testops.yml' });
}

const checkCalls = () =>
  server()
    .requests()
    .filter((r) => r.operation.startsWith('checks/'))
    .map((r) => `${r.method} ${r.operation} ${r.status}`);

describe('publishCheckRun against the GitHub stand-in', () => {
  it('creates a completed check run on the commit with every annotation, 50 a request', async () => {
    const content = withFailures(120);
    const failures = content.annotations.filter((a) => a.annotation_level === 'failure').length;
    expect(failures).toBeGreaterThanOrEqual(120);
    const result = await publishCheckRun({
      api: client(),
      owner: 'acme',
      repo: 'app',
      headSha: HEAD,
      content,
      log,
      detailsUrl: 'https://github.com/acme/app/actions/runs/1',
    });
    expect(result).toMatchObject({ action: 'created', annotations: content.annotations.length });
    expect(result.requests).toBe(Math.ceil(content.annotations.length / ANNOTATIONS_PER_REQUEST));
    const [run] = server().state.checkRuns('acme/app', HEAD);
    expect(run).toMatchObject({ name: 'testops / test', status: 'completed', conclusion: 'failure', externalId: 'testops:test:default' });
    expect(run?.output.title).toBe(content.title);
    expect(run?.output.summary).toBe(content.summary);
    expect(run?.annotations).toHaveLength(content.annotations.length);
    expect(run?.annotations.map((a) => a.title)).toEqual(content.annotations.map((a) => a.title ?? null));
    expect(checkCalls()).toEqual([
      'GET checks/list-for-ref 200',
      'POST checks/create 201',
      ...Array.from({ length: result.requests - 1 }, () => 'PATCH checks/update 200'),
    ]);
    // read back through list-annotations, 100 a page (two pages)
    expect(await client().annotations('acme', 'app', result.id)).toEqual(content.annotations);
    // every request held at most 50 annotations (the contract's maxItems would have refused more)
    for (const r of server()
      .requests()
      .filter((q) => q.operation.startsWith('checks/') && q.method !== 'GET'))
      expect((r.body as { output: { annotations?: unknown[] } }).output.annotations?.length ?? 0).toBeLessThanOrEqual(50);
  }, 30_000);

  it('a re-run updates the same check run and appends only the annotations it lacks', async () => {
    const first = withFailures(3);
    await publishCheckRun({ api: client(), owner: 'acme', repo: 'app', headSha: HEAD, content: first, log });
    const second = withFailures(5);
    const result = await publishCheckRun({ api: client(), owner: 'acme', repo: 'app', headSha: HEAD, content: second, log });
    expect(result.action).toBe('updated');
    const runs = server().state.checkRuns('acme/app', HEAD);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.annotations).toHaveLength(second.annotations.length);
    expect(new Set(runs[0]?.annotations.map((a) => `${a.path}:${a.startLine}:${a.title}`)).size).toBe(second.annotations.length);
    // another comment-id is another check run
    const other = { ...second, name: 'testops / test (api)', externalId: 'testops:test:api' };
    expect((await publishCheckRun({ api: client(), owner: 'acme', repo: 'app', headSha: HEAD, content: other, log })).action).toBe(
      'created',
    );
    expect(server().state.checkRuns('acme/app', HEAD)).toHaveLength(2);
  }, 30_000);

  it('a check run of the same name that testops did not create (another external_id) is left alone', async () => {
    const content = withFailures(1);
    await publishCheckRun({
      api: client(),
      owner: 'acme',
      repo: 'app',
      headSha: HEAD,
      content: { ...content, externalId: 'someone-else' },
      log,
    });
    expect((await publishCheckRun({ api: client(), owner: 'acme', repo: 'app', headSha: HEAD, content, log })).action).toBe('created');
  }, 30_000);

  it('redacts secrets in the title, summary and annotations before they leave (the client’s one door)', async () => {
    const secret = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
    const content = withFailures(1);
    content.annotations[0] = {
      ...(content.annotations[0] as (typeof content.annotations)[number]),
      message: `Authorization: token ${secret}`,
    };
    content.summary = `${content.summary}\n\nleaked ${secret}`;
    await publishCheckRun({ api: client(), owner: 'acme', repo: 'app', headSha: HEAD, content, log });
    const [run] = server().state.checkRuns('acme/app', HEAD);
    expect(JSON.stringify(run)).not.toContain(secret);
    expect(run?.annotations[0]?.message).toBe('Authorization: token [redacted]');
  });

  it('a token without checks: write gets a ChecksPermissionError, and nothing is written', async () => {
    const content = withFailures(2);
    await expect(
      publishCheckRun({ api: client('no-checks-token'), owner: 'acme', repo: 'app', headSha: HEAD, content, log }),
    ).rejects.toThrow(ChecksPermissionError);
    expect(server().state.checkRuns('acme/app')).toEqual([]);
    expect(checkCalls()).toEqual(['GET checks/list-for-ref 200', 'POST checks/create 403']);
  });
});

describe('the stand-in’s check-run operations', () => {
  it('lists the latest of each name by default, every one with filter=all, on a SHA or a branch', async () => {
    const api = client();
    const body = { status: 'completed' as const, conclusion: 'success' as const, output: { title: 't', summary: 's' } };
    await api.create('acme', 'app', { name: 'x', head_sha: HEAD, ...body });
    await api.create('acme', 'app', { name: 'x', head_sha: HEAD, ...body });
    const gh = createClient({ token: 'write-token', baseUrl: server().url });
    const latest = await gh.rest.checks.listForRef({ owner: 'acme', repo: 'app', ref: HEAD, check_name: 'x' });
    expect(latest.data.total_count).toBe(1);
    expect(latest.data.check_runs[0]?.pull_requests.map((p) => p.number)).toEqual([7]);
    const all = await gh.rest.checks.listForRef({ owner: 'acme', repo: 'app', ref: HEAD, check_name: 'x', filter: 'all' });
    expect(all.data.total_count).toBe(2);
    // a branch name resolves to its head commit
    expect((await gh.rest.checks.listForRef({ owner: 'acme', repo: 'app', ref: 'feature', filter: 'all' })).data.total_count).toBe(2);
  }, 30_000);

  it('refuses what GitHub refuses: 51 annotations (contract), completed without a conclusion, an unknown SHA, a title over 255', async () => {
    const gh = createClient({ token: 'write-token', baseUrl: server().url, retries: 0 });
    const annotation = { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'failure' as const, message: 'm' };
    await expect(
      gh.rest.checks.create({
        owner: 'acme',
        repo: 'app',
        name: 'x',
        head_sha: HEAD,
        output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(server().takeViolations()).toEqual([
      expect.objectContaining({ kind: 'request', operation: 'checks/create', message: expect.stringContaining('annotations') }),
    ]);
    await expect(
      gh.rest.checks.create({ owner: 'acme', repo: 'app', name: 'x', head_sha: HEAD, status: 'completed' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(gh.rest.checks.create({ owner: 'acme', repo: 'app', name: 'x', head_sha: 'main' })).rejects.toMatchObject({ status: 422 });
    await expect(
      gh.rest.checks.create({
        owner: 'acme',
        repo: 'app',
        name: 'x',
        head_sha: HEAD,
        output: { title: 't', summary: 's', annotations: [{ ...annotation, title: 'x'.repeat(256) }] },
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(server().state.checkRuns('acme/app')).toEqual([]);
  }, 30_000);
});
