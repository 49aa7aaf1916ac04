/** The PR files API over Octokit: every page of pulls.listFiles, as ChangedFiles. */
import type { Octokit } from '@octokit/rest';
import type { ChangedFile, ChangeStatus } from '../model.js';
import type { PullFilesApi } from './changes.js';

const STATUS: Record<string, ChangeStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'changed',
  unchanged: 'changed',
};

/** Maps one entry of the API's answer. */
export function fromApiFile(file: { filename: string; status: string; previous_filename?: string }): ChangedFile {
  const changed: ChangedFile = { path: file.filename, status: STATUS[file.status] ?? 'changed' };
  if (file.previous_filename) changed.previousPath = file.previous_filename;
  return changed;
}

export function pullFilesApi(octokit: Pick<Octokit, 'paginate' | 'rest'>): PullFilesApi {
  return {
    async listFiles(owner, repo, pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
      return files.map(fromApiFile);
    },
  };
}
