/**
 * GOLDEN cassettes in a real git repository: a changed cassette selects its suite; a cassette
 * committed before the last change to the code it records is stale; a cassette the run did not
 * read (by the manifest the suite writes) is unused.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resilienceGate } from '../../src/gates/resilience.js';
import { selectSuites } from '../../src/impact/select.js';
import { shown } from '../gates/helpers.js';
import { cleanTempDirs, makeConfig, run, tempDir } from './helpers.js';

afterEach(cleanTempDirs);

function git(repo: string, args: string[], date?: string) {
  execFileSync('git', args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
    stdio: 'ignore',
  });
}

function write(repo: string, path: string, text: string) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

const golden = {
  mode: 'GOLDEN' as const,
  command: `node -e "require('fs').appendFileSync(process.env.TESTOPS_CASSETTE_MANIFEST, 'tests/cassettes/users.json\\n')"`,
  cassettes: { path: 'tests/cassettes/**', code: ['src/client/**'] },
};

describe('GOLDEN cassettes', () => {
  it('a changed cassette selects the suite that replays it, and says so', () => {
    const config = makeConfig({ unmatched: 'ignore', suites: { golden, unit: { command: 'x', paths: ['src/**'] } } });
    const plans = selectSuites({
      config,
      configPath: '.github/testops.yml',
      changed: [{ path: 'tests/cassettes/users.json', status: 'modified' }],
      event: { name: 'pull_request', headSha: 'a', isDefaultBranch: false, isFork: false },
      repoRoot: '/repo',
    });
    expect(plans).toEqual([
      { name: 'golden', selected: true, reasons: ['tests/cassettes/users.json → a cassette it replays'] },
      { name: 'unit', selected: false, reasons: ['no changed file matches src/**'] },
    ]);
    const unchanged = selectSuites({
      config,
      configPath: '.github/testops.yml',
      changed: [{ path: 'docs/x.md', status: 'modified' }],
      event: { name: 'pull_request', headSha: 'a', isDefaultBranch: false, isFork: false },
      repoRoot: '/repo',
    });
    expect(unchanged[0]?.reasons).toEqual(['no cassette changed (tests/cassettes/**)']);
  });

  it('reports cassettes older than the code they record as stale, and those no run read as unused', async () => {
    const repo = tempDir();
    git(repo, ['init', '-q', '-b', 'main']);
    write(repo, 'tests/cassettes/users.json', '{}');
    write(repo, 'tests/cassettes/orders.json', '{}');
    write(repo, 'src/client/api.ts', 'export {}');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'record'], '2026-11-01T10:00:00Z');
    write(repo, 'tests/cassettes/users.json', '{"re":"recorded"}');
    git(repo, ['commit', '-qam', 're-record users'], '2026-11-10T10:00:00Z');
    write(repo, 'src/client/api.ts', 'export const changed = 1');
    git(repo, ['commit', '-qam', 'client change'], '2026-11-05T10:00:00Z');
    // commit order is not date order here: the dates decide (users re-recorded after the change)

    const config = makeConfig({ suites: { golden } });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0];
    expect(suite?.status).toBe('passed');
    expect(suite?.cassettes).toEqual({
      files: 2,
      readBy: 'manifest',
      read: 1,
      unused: ['tests/cassettes/orders.json'],
      unusedCount: 1,
      stale: [
        {
          file: 'tests/cassettes/orders.json',
          recordedAt: '2026-11-01T10:00:00.000Z',
          codeChangedAt: '2026-11-05T10:00:00.000Z',
          code: 'src/client/api.ts',
        },
      ],
      staleCount: 1,
    });
    const [row] = resilienceGate(runs.suites, config.gates.resilience);
    expect(shown(row)).toMatchObject({
      gate: 'resilience',
      subject: 'golden cassettes',
      status: 'warn',
      value: '1 stale',
      threshold: 'warn > 0 stale',
    });
    expect(row?.reason).toBe(
      '1 of 2 cassettes recorded before the last change to src/client/api.ts (2026-11-05): re-record them; 1 not read by this run (by manifest)',
    );

    // an uncommitted edit to the code makes every committed cassette older than it
    write(repo, 'src/client/api.ts', 'export const changed = 2');
    const again = await run(config, repo);
    expect(again.runs.suites[0]?.cassettes?.staleCount).toBe(2);
    expect(resilienceGate(again.runs.suites, { ...config.gates.resilience, 'stale-cassettes': 'fail' })[0]?.status).toBe('fail');
  }, 30_000);

  it('without a manifest or a git history says what it cannot know instead of guessing', async () => {
    const repo = tempDir();
    write(repo, 'tests/cassettes/a.json', '{}');
    const config = makeConfig({ suites: { golden: { ...golden, command: 'true' } } });
    const { runs } = await run(config, repo);
    const audit = runs.suites[0]?.cassettes;
    expect(audit?.files).toBe(1);
    expect(audit?.readBy === 'unknown' || audit?.readBy === 'atime').toBe(true);
    expect(audit?.unused).toEqual([]);
    expect(audit?.staleUnknown).toBe('not a git repository: cassette ages come from git history');
    const [row] = resilienceGate(runs.suites, config.gates.resilience);
    expect(row?.status).toBe('pass');
    expect(row?.reason).toContain('not a git repository');
  });
});
