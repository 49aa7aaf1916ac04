/**
 * The durable store: history records on a data branch (default `testops-data`) of the repository's
 * own remote, written with git plumbing (git-plumbing.ts) so the user's checkout, index and HEAD
 * are never touched. Each append fetches the branch into a private ref, adds the run's record to
 * the tip's tree and pushes the new commit as a fast-forward; when another writer got there first
 * the push is rejected and the append starts again from the new tip (so concurrent jobs lose no
 * record). When whole records pile up beyond `keepRuns`, the append also compacts the oldest into
 * the monthly archive (compact.ts) and writes the result as a new root commit, pushed with a lease
 * on the tip it read: the branch's history restarts, so what a clone fetches stays bounded.
 */
import { archiveRecords, DEFAULT_KEEP_RUNS, planCompaction } from './compact.js';
import { plumbing, type Plumbing, type TreeEntry } from './git-plumbing.js';
import { archivePath, recordPath } from './layout.js';
import type { HistorySource } from './read.js';
import { type HistoryRecord, parseRecord, serializeRecord } from './record.js';

export const DEFAULT_DATA_BRANCH = 'testops-data';

export interface BranchStoreOptions {
  /** a directory inside the user's repository (its git dir holds the objects; the checkout is not touched) */
  repo: string;
  /** remote name or URL; default origin */
  remote?: string;
  /** default testops-data */
  branch?: string;
  keepRuns?: number;
  retentionDays?: number;
  /** compaction batch (records beyond keepRuns before compacting) */
  slack?: number;
  /** attempts before giving up when other writers keep moving the branch; default 30 */
  maxAttempts?: number;
  log?: { info(message: string): void; warning(message: string): void };
  now?: () => Date;
}

export interface AppendResult {
  commit: string;
  path: string;
  /** pushes tried (1 when nobody else wrote meanwhile) */
  attempts: number;
  /** the record was already on the branch (a repeated report step): nothing pushed */
  existed: boolean;
  /** records compacted into the archive by this append */
  compacted: number;
  /** archive months dropped by this append */
  dropped: number;
}

export class BranchStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BranchStoreError';
  }
}

const localRef = (branch: string) => `refs/testops/history/${branch}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function settings(options: BranchStoreOptions) {
  return {
    git: plumbing(options.repo),
    remote: options.remote ?? 'origin',
    branch: options.branch ?? DEFAULT_DATA_BRANCH,
    keepRuns: options.keepRuns ?? DEFAULT_KEEP_RUNS,
    maxAttempts: options.maxAttempts ?? 30,
    now: options.now ?? (() => new Date()),
  };
}

/** The records' texts for the paths given, parsed; a damaged one is named in a warning and left out. */
async function readRecords(git: Plumbing, entries: TreeEntry[], warn: (message: string) => void): Promise<HistoryRecord[]> {
  const texts = await git.readBlobs(entries.map((entry) => entry.oid));
  const records: HistoryRecord[] = [];
  for (const [index, text] of texts.entries()) {
    const where = entries[index].path;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      warn(`history: ${where} is not valid JSON (${(error as Error).message.split('\n')[0]}); it is dropped by compaction`);
      continue;
    }
    const parsed = parseRecord(value, where);
    if ('record' in parsed) records.push(parsed.record);
    else warn(`history: ${parsed.problem}; it is dropped by compaction`);
  }
  return records;
}

/**
 * Append one run's record to the data branch, compacting old records when due. Retries from the
 * new tip when the push is rejected because another writer moved the branch.
 */
export async function appendToBranch(options: BranchStoreOptions, record: HistoryRecord): Promise<AppendResult> {
  const { git, remote, branch, keepRuns, maxAttempts, now } = settings(options);
  const path = recordPath(record);
  const blob = await git.writeBlob(serializeRecord(record));
  const warn = (message: string) => options.log?.warning(message);
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const tip = await git.fetch(remote, branch, localRef(branch));
    const files = tip ? await git.listFiles(tip) : [];
    const existing = files.find((entry) => entry.path === path);
    if (tip && existing) return { commit: tip, path, attempts: attempt, existed: true, compacted: 0, dropped: 0 };

    const plan = planCompaction([...files.map((entry) => entry.path), path], {
      keepRuns,
      ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
      ...(options.slack !== undefined ? { slack: options.slack } : {}),
      now: now(),
    });
    let commit: string;
    let pushed: 'pushed' | 'rejected';
    if (plan.compact.length === 0 && plan.drop.length === 0) {
      const tree = await git.writeTree(tip, [{ path, oid: blob }], []);
      commit = await git.commitTree(tree, tip, `testops: record run ${record.run.id} (${record.run.commit.slice(0, 12)})`);
      pushed = await git.push(remote, commit, branch);
    } else {
      const byPath = new Map(files.map((entry) => [entry.path, entry]));
      const compactPaths = new Set(plan.compact);
      const old = await readRecords(
        git,
        plan.compact.flatMap((compactPath) => byPath.get(compactPath) ?? []),
        warn,
      );
      if (compactPaths.has(path)) old.push(record);
      const months = new Set(old.map(archivePath));
      const archiveEntries = files.filter((entry) => months.has(entry.path));
      const archiveTexts = await git.readBlobs(archiveEntries.map((entry) => entry.oid));
      const current = new Map(archiveEntries.map((entry, index) => [entry.path, archiveTexts[index]]));
      const updated = archiveRecords(old, current, {
        now: now(),
        ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
      });
      const set: TreeEntry[] = compactPaths.has(path) ? [] : [{ path, oid: blob }];
      for (const [archive, text] of updated) set.push({ path: archive, oid: await git.writeBlob(text) });
      const remove = [...plan.compact.filter((compactPath) => byPath.has(compactPath)), ...plan.drop];
      const tree = await git.writeTree(tip, set, remove);
      commit = await git.commitTree(
        tree,
        null,
        `testops: record run ${record.run.id}; compact ${old.length} older run(s) into archive/${plan.drop.length > 0 ? `, drop ${plan.drop.join(', ')}` : ''}`,
      );
      // a new root (history restarts, so the branch stays bounded), pushed only over the tip we read
      pushed = await git.push(remote, commit, branch, tip);
      if (pushed === 'pushed') {
        await git.updateRef(localRef(branch), commit);
        options.log?.info(
          `testops history: compacted ${old.length} run(s) into the archive of branch ${branch}${plan.drop.length > 0 ? `; dropped ${plan.drop.length} month(s) past the retention` : ''}`,
        );
        return { commit, path, attempts: attempt, existed: false, compacted: old.length, dropped: plan.drop.length };
      }
    }
    if (pushed === 'pushed') {
      await git.updateRef(localRef(branch), commit);
      return { commit, path, attempts: attempt, existed: false, compacted: 0, dropped: 0 };
    }
    // another writer moved the branch: back off (exponential with full jitter, so writers spread
    // out instead of colliding again) and start from the new tip
    await sleep(50 + Math.round(Math.random() * Math.min(4000, 200 * 2 ** (attempt - 1))));
  }
  throw new BranchStoreError(
    `history: could not append run ${record.run.id} to branch ${branch} of ${remote}: it moved under each of ${maxAttempts} attempts (other jobs writing at once); the record was not stored`,
  );
}

/**
 * The data branch as a history source (for readHistory): fetched into the private ref; null when
 * the branch does not exist yet.
 */
export async function branchSource(options: Pick<BranchStoreOptions, 'repo' | 'remote' | 'branch'>): Promise<HistorySource | null> {
  const { git, remote, branch } = settings(options as BranchStoreOptions);
  const tip = await git.fetch(remote, branch, localRef(branch));
  if (!tip) return null;
  const entries = await git.listFiles(tip);
  return {
    label: `branch ${branch}`,
    async *files() {
      // in batches, so a large history is never all in memory as text at once
      const sorted = [...entries].sort((a, b) => a.path.localeCompare(b.path));
      for (let at = 0; at < sorted.length; at += 16) {
        const batch = sorted.slice(at, at + 16);
        const texts = await git.readBlobs(batch.map((entry) => entry.oid));
        for (const [index, entry] of batch.entries()) yield { path: entry.path, text: texts[index] };
      }
    },
  };
}
