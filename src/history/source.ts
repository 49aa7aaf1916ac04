/**
 * Where a command finds the history: a directory it was given, else the data branch (with
 * `history.store: branch`), else the local history `testops history import` writes
 * (.testops/history).
 */
import { InputError } from '../errors.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HistoryConfig } from '../config/sections/history.js';
import { branchSource } from './branch-store.js';
import { type HistoryRead, readHistory } from './read.js';

export const LOCAL_HISTORY_DIR = '.testops/history';

export interface LoadedHistory extends HistoryRead {
  /** for messages: the directory or "branch testops-data of origin" */
  from: string;
}

export class NoHistoryError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'NoHistoryError';
  }
}

export async function loadHistory(input: { repoRoot: string; history: HistoryConfig; dir?: string; since?: Date }): Promise<LoadedHistory> {
  const options = input.since ? { since: input.since } : {};
  if (input.dir) {
    const dir = resolve(input.repoRoot, input.dir);
    if (!existsSync(dir)) throw new NoHistoryError(`history directory ${dir} not found (build one with testops history import DIR)`);
    return { ...(await readHistory(dir, options)), from: dir };
  }
  if (input.history.store === 'branch') {
    const source = await branchSource({ repo: input.repoRoot, branch: input.history.branch });
    if (!source)
      throw new NoHistoryError(
        `branch ${input.history.branch} does not exist on origin yet: a default-branch run with history.store: branch creates it`,
      );
    return { ...(await readHistory(source, options)), from: `branch ${input.history.branch} of origin` };
  }
  const local = join(input.repoRoot, LOCAL_HISTORY_DIR);
  if (existsSync(local)) return { ...(await readHistory(local, options)), from: LOCAL_HISTORY_DIR };
  throw new NoHistoryError(
    `no history: set history.store: branch in the config (the data branch), or build a local one with testops history import DIR (${LOCAL_HISTORY_DIR})`,
  );
}
