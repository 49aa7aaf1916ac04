import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CacheServer, startCacheServer } from '../cache-server/server.js';
import { parseCommandFile } from './commands.js';
import { pullRequestEvent, pushEvent } from './events.js';
import { hashFiles } from './expressions.js';
import { runAction } from './runner.js';

const ACTION = join(import.meta.dirname, 'fixtures', 'sample-action');
const repo = { owner: 'acme', name: 'app', defaultBranch: 'main' };
let root: string;
let workspace: string;
let cache: CacheServer;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'harness-'));
  workspace = join(root, 'ws');
  mkdirSync(join(workspace, 'sub'), { recursive: true });
  writeFileSync(join(workspace, 'sub', 'one.txt'), 'one');
  writeFileSync(join(workspace, 'sub', 'two.txt'), 'two');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(async () => {
  cache = await startCacheServer();
});
afterEach(async () => {
  await cache.close();
});

const push = () => pushEvent({ repo, branch: 'main', before: '1'.repeat(40), after: '2'.repeat(40), apiUrl: 'http://127.0.0.1:9' });
const pr = () =>
  pullRequestEvent({
    repo,
    number: 5,
    headRef: 'feature',
    headSha: '3'.repeat(40),
    baseRef: 'main',
    baseSha: '2'.repeat(40),
    apiUrl: 'http://127.0.0.1:9',
  });
const base = { actionPath: ACTION, repository: 'acme/app', token: 'ghs_secret_token', apiUrl: 'http://127.0.0.1:9' };

describe('runner harness', () => {
  it('runs steps like a runner: defaults, env, outputs, commands, masks, summary, working-directory, hashFiles, cache save', async () => {
    const run = await runAction({ ...base, workspace, event: push(), cache, inputs: { greeting: 'hi' } });
    expect(run.status).toBe('success');
    expect(run.steps.map((s) => `${s.id}:${s.outcome}`)).toEqual([
      'restore:success',
      'first:success',
      'boom:skipped',
      'after-failure:success',
      'on-failure:skipped',
      'always:success',
      expect.stringMatching(/:success$/),
    ]);
    expect(run.step('first').name).toBe('First hi');
    expect(run.outputs).toEqual({ greeting: 'hi from acme/app', multi: 'line 1\nline 2', seen: 'none', restored: '/' });
    expect(run.step('restore').outputs).toEqual({ 'cache-primary-key': 'sample-main-1000' });
    expect(run.annotations).toEqual([
      { level: 'warning', message: 'two\nlines', file: 'src/a.ts', line: 3, title: 'Careful', step: 'first' },
    ]);
    expect(run.groups).toEqual(['Details']);
    expect(run.log).toContain('the value is ***');
    expect(run.log).toContain('token is ***');
    expect(run.log).not.toMatch(/s3cret|ghs_secret_token/);
    expect(run.summary).toBe('## Sample summary\n');
    const expectedHash = createHash('sha256');
    for (const text of ['one', 'two']) expectedHash.update(createHash('sha256').update(text).digest());
    expect(run.step('always').outputs.dir).toBe(`sub env=exported status=success hash=${expectedHash.digest('hex')}`);
    expect(run.step('always').outputs.tool).toBe('tool-on-path');
    // like a runner, run: steps never see the cache service's token or URL
    expect(run.step('always').outputs.runtime).toBe('none none');
    expect(cache.entries()).toEqual([expect.objectContaining({ key: 'sample-main-1000', scope: 'refs/heads/main', finalized: true })]);
  });

  it('lets a failure flow into later if: (skips success() steps, runs failure() and always())', async () => {
    const run = await runAction({ ...base, workspace, event: push(), cache, inputs: { fail: 'true' } });
    expect(run.status).toBe('failure');
    expect(run.step('boom')).toMatchObject({ outcome: 'failure', exitCode: 3 });
    expect(run.step('after-failure').outcome).toBe('skipped');
    expect(run.step('on-failure').outcome).toBe('success');
    expect(run.outputs.seen).toBe('failure');
    expect(run.step('always').outputs.dir).toMatch(/status=failure/);
    expect(run.annotations.map((a) => `${a.level} ${a.file}:${a.line} ${a.message}`)).toContain('error src/b.ts:9 it broke');
  });

  it('restores through restore-keys from the base branch on a PR, and continue-on-error keeps a failed restore from failing the job', async () => {
    await runAction({ ...base, workspace, event: push(), cache, runId: 10 });
    const run = await runAction({ ...base, workspace, event: pr(), cache, runId: 11 });
    expect(run.outputs.restored).toBe('false/sample-main-10');
    expect(run.step('first').outputs.restored).toBe('saved from main');
    expect(cache.entries().map((e) => `${e.scope} ${e.key}`)).toEqual([
      'refs/heads/main sample-main-10',
      'refs/pull/5/merge sample-5/merge-11',
    ]);

    await cache.setMode('refused');
    const down = await runAction({ ...base, workspace, event: pr(), cache, runId: 12 });
    expect(down.step('restore')).toMatchObject({ outcome: 'success' });
    expect(down.outputs.restored).toBe('/');
    expect(down.annotations.some((a) => a.level === 'warning' && /Failed to restore/.test(a.message))).toBe(true);
    expect(down.status).toBe('success');
  });

  it('keeps each step summary up to 1 MiB and drops a bigger one with an error, like a runner', async () => {
    const fits = await runAction({ ...base, workspace, event: push(), inputs: { 'summary-bytes': String(1024 * 1024) } });
    expect(fits.summary.length).toBe('## Sample summary\n'.length + 1024 * 1024);
    const over = await runAction({ ...base, workspace, event: push(), inputs: { 'summary-bytes': String(1024 * 1024 + 1) } });
    expect(over.summary).toBe('## Sample summary\n');
    expect(over.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', step: 'after-failure', message: expect.stringContaining('over the 1024k') }),
    );
  });

  it('rejects an input the action does not declare', async () => {
    await expect(runAction({ ...base, workspace, event: push(), inputs: { nope: 'x' } })).rejects.toThrow(
      'input nope is not declared in action.yml',
    );
  });
});

describe('command files and hashFiles', () => {
  it('parses name=value and heredoc blocks, and names the bad line', () => {
    expect(parseCommandFile('a=1\nb<<X\nx\ny\nX\nc=\n', 'GITHUB_OUTPUT')).toEqual({ a: '1', b: 'x\ny', c: '' });
    expect(() => parseCommandFile('a=1\noops\n', 'GITHUB_OUTPUT')).toThrow(
      'GITHUB_OUTPUT: line 2 is neither name=value nor name<<DELIMITER: "oops"',
    );
    expect(() => parseCommandFile('b<<X\nx\n', 'GITHUB_OUTPUT')).toThrow('never closed');
  });

  it('hashFiles is empty without matches and changes with content', () => {
    expect(hashFiles(workspace, ['nothing/**'])).toBe('');
    const before = hashFiles(workspace, ['sub/**', '!sub/two.txt']);
    writeFileSync(join(workspace, 'sub', 'one.txt'), 'changed');
    expect(hashFiles(workspace, ['sub/**', '!sub/two.txt'])).not.toBe(before);
    writeFileSync(join(workspace, 'sub', 'one.txt'), 'one');
  });
});

describe('what GitHub shows of workflow-command annotations', () => {
  it('keeps the first 10 of each level from one step and 50 in a job, dropping the rest', async () => {
    const { commandReader, emptySink, shownByGitHub } = await import('./commands.js');
    const sink = emptySink();
    const read = commandReader(sink, 'report');
    for (let i = 0; i < 15; i++) read(`::error file=a.ts,line=${i + 1}::e${i}`);
    for (let i = 0; i < 3; i++) read(`::warning::w${i}`);
    for (let i = 0; i < 12; i++) read(`::notice::n${i}`);
    const shown = shownByGitHub(sink.annotations);
    expect(shown.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(Array.from({ length: 10 }, (_, i) => `e${i}`));
    expect(shown.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(shown.filter((a) => a.level === 'notice')).toHaveLength(10);
    const many = Array.from({ length: 60 }, (_, i) => ({
      level: (['error', 'warning', 'notice'] as const)[i % 3],
      message: `${i}`,
      step: 's',
    }));
    // 10 of each level: 30 — under the job's 50
    expect(shownByGitHub(many)).toHaveLength(30);
  });
});
