import { describe, expect, it } from 'vitest';
import { appendToBranch, branchSource } from '../../src/history/branch-store.js';
import { archiveRecords, planCompaction } from '../../src/history/compact.js';
import { plumbing } from '../../src/history/git-plumbing.js';
import { readHistory } from '../../src/history/read.js';
import { git, writeFiles } from '../cli/helpers.js';
import { cloneOf, hourly, makeRecord, makeRemote } from './store-fixture.js';

const START = '2026-11-01T00:00:00.000Z';

async function remoteHistory(clone: string, branch = 'testops-data') {
  const source = await branchSource({ repo: clone, branch });
  if (!source) throw new Error('no data branch');
  return readHistory(source);
}

describe('the data branch store (real git, a bare remote)', () => {
  it("appends records with plumbing and leaves the user's checkout, index and HEAD as they were", async () => {
    const { bare } = await makeRemote();
    const user = await cloneOf(bare, 'user');
    // a checkout mid-work: a staged file, an unstaged edit, an untracked file
    writeFiles(user, { 'staged.txt': 'staged\n', 'src/app.js': 'export const x = 2;\n', 'untracked.txt': 'u\n' });
    await git(user, 'add', 'staged.txt');
    const before = {
      head: await git(user, 'rev-parse', 'HEAD'),
      status: await git(user, 'status', '--porcelain'),
      branch: await git(user, 'branch', '--show-current'),
    };

    const results = [];
    for (let index = 0; index < 3; index++)
      results.push(await appendToBranch({ repo: user }, makeRecord(String(index + 1), hourly(START, index))));
    expect(results.map((result) => [result.path, result.attempts, result.existed])).toEqual([
      ['runs/2026-11/20261101T000000Z-1.json', 1, false],
      ['runs/2026-11/20261101T010000Z-2.json', 1, false],
      ['runs/2026-11/20261101T020000Z-3.json', 1, false],
    ]);
    expect({
      head: await git(user, 'rev-parse', 'HEAD'),
      status: await git(user, 'status', '--porcelain'),
      branch: await git(user, 'branch', '--show-current'),
    }).toEqual(before);
    expect(await git(user, 'branch', '--list')).toBe('* main'); // no local branch was made

    // the remote has the branch: one commit per record, by the bot, with the record files
    expect(await git(bare, 'rev-list', '--count', 'testops-data')).toBe('3');
    expect(await git(bare, 'log', '-1', '--format=%an <%ae>|%s', 'testops-data')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|testops: record run 3 (cccccccccccc)',
    );
    const { records, problems } = await remoteHistory(await cloneOf(bare, 'reader'));
    expect(problems).toEqual([]);
    expect(records.map((record) => record.run.id)).toEqual(['1', '2', '3']);
    expect(records[0]).toEqual(makeRecord('1', hourly(START, 0)));

    // the same run again (a re-run report step) adds nothing
    const again = await appendToBranch({ repo: user }, makeRecord('3', hourly(START, 2)));
    expect(again).toMatchObject({ existed: true, commit: results[2].commit });
    expect(await git(bare, 'rev-list', '--count', 'testops-data')).toBe('3');
  });

  it('a push from a stale tip is rejected (not forced), and a lease guards the rewrite', async () => {
    const { bare } = await makeRemote();
    const [a, b] = [await cloneOf(bare, 'a'), await cloneOf(bare, 'b')];
    await appendToBranch({ repo: a }, makeRecord('1', hourly(START, 0)));
    const pa = plumbing(a);
    const tip = (await pa.fetch('origin', 'testops-data', 'refs/testops/t')) as string;
    const stale = await pa.commitTree(await pa.writeTree(tip, [{ path: 'x.txt', oid: await pa.writeBlob('x') }], []), tip, 'stale');
    await appendToBranch({ repo: b }, makeRecord('2', hourly(START, 1)));
    expect(await pa.push('origin', stale, 'testops-data')).toBe('rejected');
    expect(await pa.push('origin', stale, 'testops-data', tip)).toBe('rejected');
    expect(await git(bare, 'rev-list', '--count', 'testops-data')).toBe('2');
  });

  it('5 concurrent writers lose no record: rejected pushes start again from the new tip', async () => {
    const { bare } = await makeRemote();
    const writers = await Promise.all([0, 1, 2, 3, 4].map((index) => cloneOf(bare, `w${index}`)));
    const perWriter = 2;
    const attempts = await Promise.all(
      writers.map(async (repo, writer) => {
        const tries: number[] = [];
        for (let index = 0; index < perWriter; index++) {
          const id = String(writer * perWriter + index + 1);
          tries.push((await appendToBranch({ repo }, makeRecord(id, hourly(START, writer * perWriter + index)))).attempts);
        }
        return tries;
      }),
    );
    const { records } = await remoteHistory(writers[0]);
    expect(records.map((record) => Number(record.run.id)).sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(await git(bare, 'rev-list', '--count', 'testops-data')).toBe('10');
    // (contention is likely but not certain; the retries taken are printed for the record)
    console.log(`concurrent writers: pushes per append ${JSON.stringify(attempts)}`);
  }, 300_000);

  it('5 concurrent writers with compaction due: every run kept (whole or compacted), the branch bounded', async () => {
    const { bare } = await makeRemote();
    const writers = await Promise.all([0, 1, 2, 3, 4].map((index) => cloneOf(bare, `c${index}`)));
    const options = { keepRuns: 3, slack: 2 };
    await Promise.all(
      writers.map(async (repo, writer) => {
        for (let index = 0; index < 2; index++) {
          const n = writer * 2 + index;
          await appendToBranch({ repo, ...options }, makeRecord(String(n + 1), hourly(START, n)));
        }
      }),
    );
    const { records, problems } = await remoteHistory(writers[0]);
    expect(problems).toEqual([]);
    expect(records.map((record) => Number(record.run.id)).sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    const files = (await git(bare, 'ls-tree', '-r', '--name-only', 'testops-data')).split('\n');
    const whole = files.filter((file) => file.startsWith('runs/'));
    expect(whole.length).toBeLessThanOrEqual(5);
    expect(records.filter((record) => !record.compacted).length).toBe(whole.length);
    expect(Number(await git(bare, 'rev-list', '--count', 'testops-data'))).toBeLessThanOrEqual(3);
  }, 300_000);

  it('compaction keeps the newest runs whole, archives the rest by month, restarts history and drops months past retention', async () => {
    const { bare } = await makeRemote();
    const user = await cloneOf(bare, 'user');
    let now = new Date('2026-11-01T00:00:00Z');
    const options = { repo: user, keepRuns: 2, slack: 1, retentionDays: 40, now: () => now };
    // 12 runs five days apart from October 1st: runs 1–7 in October, 8–12 in November
    const at = (n: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + n * 5 * 86_400_000).toISOString();
    const compacted: number[] = [];
    const dropped: number[] = [];
    for (let n = 0; n < 12; n++) {
      if (n === 8) {
        expect((await git(bare, 'ls-tree', '-r', '--name-only', 'testops-data')).split('\n')).toContain('archive/2026-10.ndjson');
        now = new Date('2026-12-20T00:00:00Z'); // October ended more than 40 days ago from here on
      }
      const result = await appendToBranch(options, makeRecord(String(n + 1), at(n)));
      if (result.compacted > 0) compacted.push(n + 1);
      if (result.dropped > 0) dropped.push(n + 1);
    }
    // 2 whole + 1 slack: the 4th append compacts 2, and every 2nd after it
    expect(compacted).toEqual([4, 6, 8, 10, 12]);
    expect(dropped).toEqual([9]);
    const files = (await git(bare, 'ls-tree', '-r', '--name-only', 'testops-data')).split('\n');
    expect(files.filter((file) => file.startsWith('archive/'))).toEqual(['archive/2026-11.ndjson']);
    expect(files.filter((file) => file.startsWith('runs/')).length).toBe(2);
    // a compaction restarts the branch's history (a new root commit)
    expect(await git(bare, 'rev-list', '--count', 'testops-data')).toBe('1');
    const { records } = await remoteHistory(user);
    // October's runs are past retention; November's are kept, 8–10 compacted, 11–12 whole
    expect(records.map((record) => [Number(record.run.id), record.compacted ?? false])).toEqual([
      [8, true],
      [9, true],
      [10, true],
      [11, false],
      [12, false],
    ]);
    for (const record of records.filter((one) => one.compacted)) {
      expect(record.coverage).toEqual({ totals: makeRecord('1', at(0)).coverage?.totals });
      expect(record.testsKept).toBe('failures');
      expect(record.tests).toEqual([]);
    }
    // a whole record keeps every test
    expect(records.at(-1)?.tests.length).toBe(3);
  }, 300_000);

  it('planCompaction and archiveRecords on their own', () => {
    const paths = Array.from({ length: 9 }, (_, n) => `runs/2026-11/20261101T0${n}0000Z-${n}.json`);
    expect(planCompaction(paths, { keepRuns: 5, now: new Date() }).compact).toEqual([]); // 9 ≤ 5 + 5
    expect(planCompaction(paths, { keepRuns: 5, slack: 3, now: new Date() }).compact).toEqual(paths.slice(0, 4));
    const drop = planCompaction(['archive/2025-01.ndjson', 'archive/2026-11.ndjson', 'README.md'], {
      keepRuns: 5,
      retentionDays: 30,
      now: new Date('2026-12-15T00:00:00Z'),
    });
    expect(drop.drop).toEqual(['archive/2025-01.ndjson']);
    const one = makeRecord('7', '2026-11-03T00:00:00Z');
    const first = archiveRecords([one], new Map(), { now: new Date() });
    const again = archiveRecords([one], first, { now: new Date() });
    expect(again.size).toBe(0); // already archived: not added twice
    expect(first.get('archive/2026-11.ndjson')?.trim().split('\n').length).toBe(1);
  });

  it('an unreachable remote is a clear error naming the branch and the remote', async () => {
    const { bare } = await makeRemote();
    const user = await cloneOf(bare, 'user');
    await expect(appendToBranch({ repo: user, remote: '/nonexistent/remote.git' }, makeRecord('1', START))).rejects.toThrow(
      /git fetch of branch testops-data from \/nonexistent\/remote\.git failed: .*/,
    );
  });
});
