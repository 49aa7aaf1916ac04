/**
 * URLs into the repository on GitHub, built from the event (no API calls). The event is the
 * trusted one: the report step's own environment, or in `mode: comment` the variables and the
 * `workflow_run` payload of the trusted job — never fields of an uploaded report. Every link a
 * rendered report holds (files, commits, the run, its artifacts, flaky-test issues) comes from here.
 */
import type { EventInfo } from '../model.js';

export interface Links {
  /** link to a file (and line) at the PR's head commit (else the run's); undefined when the repo is unknown */
  file(path: string, line?: number): string | undefined;
  commit(sha: string): string | undefined;
  /** the workflow run's page */
  run(): string | undefined;
  /** the run page's artifacts list (the bundle with report.html, when the workflow uploads it) */
  artifacts(): string | undefined;
  /** an issue of the repository */
  issue(number: number | undefined): string | undefined;
}

/** GITHUB_SERVER_URL, when it is a plain http(s) origin; github.com otherwise. */
function serverOf(event: EventInfo): string {
  const server = (event.serverUrl ?? '').replace(/\/+$/, '');
  return /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) ? server : 'https://github.com';
}

export function linksFor(event: EventInfo): Links {
  const server = serverOf(event);
  const repo = event.repo ? `${server}/${encodeURIComponent(event.repo.owner)}/${encodeURIComponent(event.repo.repo)}` : undefined;
  const runId = typeof event.runId === 'string' && /^\d+$/.test(event.runId) ? event.runId : undefined;
  const run = repo && runId ? `${repo}/actions/runs/${runId}` : undefined;
  return {
    file(path, line) {
      const sha = event.prHeadSha ?? event.headSha;
      if (!repo || !sha || !/^[0-9a-f]{7,64}$/i.test(sha) || typeof path !== 'string' || /^(\/|[a-zA-Z]:)/.test(path)) return undefined;
      const encoded = path
        .replace(/\\/g, '/')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
      const lineNumber = Number.isInteger(line) && (line as number) > 0 ? line : undefined;
      return `${repo}/blob/${sha}/${encoded}${lineNumber ? `#L${lineNumber}` : ''}`;
    },
    commit(sha) {
      return repo && typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? `${repo}/commit/${sha}` : undefined;
    },
    run: () => run,
    artifacts: () => (run ? `${run}#artifacts` : undefined),
    issue(number) {
      return repo && Number.isInteger(number) && (number as number) > 0 ? `${repo}/issues/${number}` : undefined;
    },
  };
}

/**
 * A link to somewhere else (a security rule's documentation): only an https URL, with the
 * characters that could end a Markdown link target encoded. Anything else is no link.
 */
export function externalUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return undefined;
  return parsed.href.replace(/[()<>\s"'`\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
