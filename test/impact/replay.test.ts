import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replayImpactCommand } from '../../src/impact/index.js';
import { makeRepo, type TempRepo } from './repo.js';

const CONFIG = `version: 1
unmatched: ignore
suites:
  api: { command: "true", paths: "packages/api/**" }
  web: { command: "true", paths: "packages/web/**" }
  docs: { command: "true", paths: "docs/**" }
  audit: { command: "true", always: true }
`;

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await replayImpactCommand(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function history() {
  const repo = makeRepo({ '.github/testops.yml': CONFIG, 'packages/api/a.ts': '1', 'packages/web/w.ts': '1', 'docs/d.md': '1' });
  repos.push(repo);
  const first = repo.commit('initial');
  repo.write({ 'packages/api/a.ts': '2' });
  repo.commit('api change');
  repo.write({ 'packages/web/w.ts': '2', 'docs/d.md': '2' });
  repo.commit('web and docs');
  repo.write({ 'package-lock.json': '{}' });
  const last = repo.commit('lockfile');
  return { repo, first, last };
}

describe('replay-impact', () => {
  it('prints per commit the suites selected and the share of suite time skipped, and the median', async () => {
    const { repo, first, last } = history();
    const { code, stdout, stderr } = await run(['--from', first, '--to', last], repo.dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^[0-9a-f]{10} +2\/4 suites +50% of suite time skipped +api change$/);
    expect(lines[1]).toMatch(/ 3\/4 suites +25% of suite time skipped +web and docs$/);
    expect(lines[2]).toMatch(/ 4\/4 suites +0% of suite time skipped +lockfile +\[run-all: package-lock.json changed\]$/);
    expect(lines[3]).toBe('median over 3 commits: 3/4 suites selected, 25% of suite time skipped');
  });

  it('weighs suites by the baseline durations when given', async () => {
    const { repo, first, last } = history();
    const baseline = join(repo.dir, 'baseline.json');
    writeFileSync(baseline, JSON.stringify({ suiteDurations: { api: [10], web: [30], docs: [10], audit: [50] } }));
    const { stdout } = await run(['--from', first, '--to', last, '--baseline', baseline, '--json'], repo.dir);
    const result = JSON.parse(stdout);
    expect(result.commits.map((row: { skipped: number }) => row.skipped)).toEqual([0.4, 0.1, 0]);
    expect(result.median).toEqual({ commits: 3, selected: 3, total: 4, skipped: 0.1 });
  });

  it('explains bad arguments and unknown revisions', async () => {
    const { repo } = history();
    expect((await run(['--from', 'HEAD'], repo.dir)).stderr).toMatch(/--from and --to are required\nusage: testops replay-impact/);
    expect((await run(['--bogus'], repo.dir)).code).toBe(2);
    const missing = await run(['--from', 'nope', '--to', 'HEAD'], repo.dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope is not a commit/);
  });
});
