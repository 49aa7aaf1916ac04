/** URLs into the repository on GitHub, built from the event (no API calls). */
import type { EventInfo } from '../model.js';

export interface Links {
  /** link to a file (and line) at the PR's head commit (else the run's); undefined when the repo is unknown */
  file(path: string, line?: number): string | undefined;
  commit(sha: string): string | undefined;
}

export function linksFor(event: EventInfo): Links {
  const server = (event.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const repo = event.repo ? `${server}/${encodeURIComponent(event.repo.owner)}/${encodeURIComponent(event.repo.repo)}` : undefined;
  return {
    file(path, line) {
      const sha = event.prHeadSha ?? event.headSha;
      if (!repo || !sha || /^(\/|[a-zA-Z]:)/.test(path)) return undefined;
      const encoded = path
        .replace(/\\/g, '/')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
      return `${repo}/blob/${sha}/${encoded}${line ? `#L${line}` : ''}`;
    },
    commit(sha) {
      return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `${repo}/commit/${sha}` : undefined;
    },
  };
}
