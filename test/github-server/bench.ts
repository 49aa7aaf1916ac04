/**
 * What the contract check costs (npm run bench:offline-github).
 *
 * For a PR with N comments, the real Octokit client pages through all of them (per_page 100) from
 * two servers in the same process: the stand-in (state → JSON → request and response validated
 * against the OpenAPI subset) and a reference server that answers the same pre-serialised pages
 * with the same Link headers and no checks. The ratio is the stand-in's overhead per listing; the
 * check runs on every request of every test, so it must stay a small constant factor.
 *
 * Options: --json. OFFLINE_GITHUB_BENCH_FULL=1 adds 20,000 comments.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/rest';
import { startGitHubServer } from './server.js';

const json = process.argv.includes('--json');
const sizes = [100, 1_000, 5_000, ...(process.env.OFFLINE_GITHUB_BENCH_FULL ? [20_000] : [])];

async function median(fn: () => Promise<unknown>, repeat: number): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const rows: Record<string, number>[] = [];
for (const comments of sizes) {
  const standIn = await startGitHubServer();
  standIn.state.addUser({ login: 'bot', token: 't' });
  standIn.state.addRepo({ owner: 'acme', name: 'app' });
  standIn.state.addIssue('acme/app', { title: 'pr' });
  for (let i = 0; i < comments; i++) standIn.state.addComment('acme/app', 1, { body: `comment ${i}`, user: i % 2 ? 'bot' : 'someone' });

  // the reference: the stand-in's own pages, captured once, served verbatim
  const pages = new Map<string, { body: string; link?: string }>();
  const capture = new Octokit({ auth: 't', baseUrl: standIn.url });
  for await (const response of capture.paginate.iterator(capture.rest.issues.listComments, {
    owner: 'acme',
    repo: 'app',
    issue_number: 1,
    per_page: 100,
  })) {
    const path = new URL(response.url).pathname + new URL(response.url).search;
    pages.set(path, { body: JSON.stringify(response.data), ...(response.headers.link ? { link: response.headers.link } : {}) });
  }
  const reference = createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (!page) return res.writeHead(404).end('{}');
    const link = page.link?.split(standIn.url).join(`http://127.0.0.1:${(reference.address() as AddressInfo).port}`);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...(link ? { link } : {}) }).end(page.body);
  });
  await new Promise<void>((resolve) => reference.listen(0, '127.0.0.1', resolve));
  const referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}`;

  const list = (baseUrl: string) => async () => {
    const gh = new Octokit({ auth: 't', baseUrl });
    const all = await gh.paginate(gh.rest.issues.listComments, { owner: 'acme', repo: 'app', issue_number: 1, per_page: 100 });
    if (all.length !== comments) throw new Error(`expected ${comments} comments, got ${all.length}`);
  };
  const repeat = comments >= 5_000 ? 3 : 7;
  const referenceMs = await median(list(referenceUrl), repeat);
  const standInMs = await median(list(standIn.url), repeat);
  standIn.assertNoViolations();
  rows.push({
    comments,
    pages: Math.ceil(comments / 100),
    referenceMs: Number(referenceMs.toFixed(1)),
    standInMs: Number(standInMs.toFixed(1)),
    ratio: Number((standInMs / referenceMs).toFixed(2)),
    standInMsPerPage: Number((standInMs / Math.ceil(comments / 100)).toFixed(2)),
  });
  await standIn.close();
  await new Promise<void>((resolve) => reference.close(() => resolve()));
}

if (json) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('Listing every comment of a PR with the real client: contract-checked stand-in vs. a plain server of the same pages');
  console.table(rows);
}
