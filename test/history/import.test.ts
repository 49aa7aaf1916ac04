import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/history/read.js';
import { testops } from '../cli/helpers.js';
import { makeRunRepo, type RunOutput, runInto } from './run-fixture.js';

describe('testops history import and testops health (real runs, the built CLI)', () => {
  let repo: string;
  let failing: RunOutput;
  let passing: RunOutput;
  beforeAll(async () => {
    repo = await makeRunRepo();
    failing = await runInto(repo, 'one', { FAIL_FLAG: '1' });
    passing = await runInto(repo, 'two');
    // an artifacts folder as a download of several runs would leave it: one whole run, one report alone, one foreign file
    const artifacts = join(repo, 'artifacts');
    cpSync(failing.out, join(artifacts, 'run-1'), { recursive: true });
    mkdirSync(join(artifacts, 'run-2'), { recursive: true });
    cpSync(join(passing.out, 'report.json'), join(artifacts, 'run-2', 'report.json'));
    mkdirSync(join(artifacts, 'other'), { recursive: true });
    writeFileSync(join(artifacts, 'other', 'report.json'), JSON.stringify({ version: 1, conclusion: 'maybe' }));
  }, 180_000);

  it('imports every report.json (whole with runs.json beside it), names what it could not read, and skips runs already there', async () => {
    const first = await testops(['history', 'import', 'artifacts'], repo);
    expect(first.stderr).toBe(
      'artifacts/other/report.json is not a testops report.json: createdAt: Invalid input: expected string, received undefined\n',
    );
    expect(first.stdout).toBe(
      'imported 2 runs into .testops/history (1 with every test, 1 failures only: no runs.json beside the report); 1 file(s) could not be read\n',
    );
    expect(first.code).toBe(1);
    const { records, problems } = await readHistory(join(repo, '.testops/history'));
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.run.conclusion, record.testsKept, record.tests.length])).toEqual([
      ['failure', 'all', 3],
      ['success', 'failures', 0],
    ]);
    expect(readdirSync(join(repo, '.testops/history/runs')).length).toBe(1); // one month folder

    // from a sub-directory it is the same history (the repository's .testops/history)
    const again = await testops(['history', 'import', '../artifacts/run-1'], join(repo, 'unit'));
    expect(again).toMatchObject({
      code: 0,
      stdout:
        'imported 0 runs into .testops/history (0 with every test, 0 failures only: no runs.json beside the report); 1 already there\n',
    });
  });

  it('testops health reads the local history: the table, the alert with its steps, exit 1 for an alert', async () => {
    const result = await testops(['health'], repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<!-- testops-health -->\n## testops health: 1 alert \(failure spike\)\n/);
    expect(result.stdout).toContain('| Pass rate | 50% | — | ≥ 95% | < 90% | 🔴 ALERT |');
    expect(result.stdout).toContain('| Coverage (lines) | 75% | — | ≥ 70% | < 65% | 🟢 on target |');
    expect(result.stdout).toContain('#### Failure spike — high, respond immediately');
    const json = await testops(['health', '--format', 'json', '--now', new Date(Date.now() + 30 * 86_400_000).toISOString()], repo);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ window: { runs: 0, previousRuns: 0 }, alerts: [] });
  });

  it('usage errors and a missing history are exit 2 with one line', async () => {
    expect(await testops(['history', 'import'], repo)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^testops history import: expected one directory of report.json files, got 0\n/),
    });
    expect(await testops(['history', 'import', 'nope'], repo)).toMatchObject({
      code: 2,
      stderr: 'testops history import: nope not found\n',
    });
    expect(await testops(['history', 'export'], repo)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^testops history: unknown subcommand "export" \(expected import\)/),
    });
    expect(await testops(['health', '--history', 'nowhere'], repo)).toMatchObject({
      code: 2,
      stderr: `testops health: history directory ${join(repo, 'nowhere')} not found (build one with testops history import DIR)\n`,
    });
    expect(await testops(['health', '--format', 'html'], repo)).toMatchObject({
      code: 2,
      stderr: 'testops health: --format must be md or json, got "html"\n',
    });
  });
});
