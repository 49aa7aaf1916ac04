/**
 * Serves an @octokit/fixtures scenario (exchanges recorded against the real api.github.com) from a
 * local server, in recorded order, with https://api.github.com rewritten to the local URL in
 * headers (Link) and bodies. A request that does not match the next recorded one answers 501 and is
 * kept in `mismatches()`, so a test can tell "the client did something GitHub never saw".
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

export interface RecordedExchange {
  scope: string;
  method: string;
  path: string;
  body: unknown;
  status: number;
  response: unknown;
  reqheaders: Record<string, string>;
  headers: Record<string, string | string[] | number>;
}

export interface ReplayServer {
  url: string;
  exchanges: RecordedExchange[];
  /** recorded exchanges not requested yet */
  pending(): RecordedExchange[];
  mismatches(): string[];
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

export function loadScenario(name: string): RecordedExchange[] {
  const root = dirname(require.resolve('@octokit/fixtures/package.json'));
  return JSON.parse(readFileSync(join(root, 'scenarios', 'api.github.com', name, 'normalized-fixture.json'), 'utf8')) as RecordedExchange[];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const sameBody = (recorded: unknown, sent: string) => {
  if (recorded === '' || recorded === undefined) return sent === '';
  try {
    return JSON.stringify(recorded) === JSON.stringify(JSON.parse(sent));
  } catch {
    return false;
  }
};

export async function startReplayServer(scenario: string): Promise<ReplayServer> {
  const exchanges = loadScenario(scenario);
  let next = 0;
  const mismatches: string[] = [];
  let url = '';
  const rewrite = (text: string) => text.split('https://api.github.com').join(url);
  const server = createServer((req, res) => {
    readBody(req)
      .then((sent) => {
        const expected = exchanges[next];
        const got = `${req.method} ${req.url}`;
        if (!expected || expected.method.toUpperCase() !== req.method || expected.path !== req.url || !sameBody(expected.body, sent)) {
          mismatches.push(
            `${got} ${sent} (expected ${expected ? `${expected.method.toUpperCase()} ${expected.path} ${JSON.stringify(expected.body)}` : 'nothing more'})`,
          );
          res.writeHead(501, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `replay: unexpected ${got}` }));
          return;
        }
        next += 1;
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(expected.headers)) {
          // the body is re-serialised locally: its length and encoding are ours
          if (['content-length', 'transfer-encoding', 'content-encoding', 'connection'].includes(name)) continue;
          headers[name] = rewrite(Array.isArray(value) ? value.join(', ') : String(value));
        }
        const body = expected.response === '' || expected.status === 204 ? undefined : rewrite(JSON.stringify(expected.response));
        res.writeHead(expected.status, headers).end(body);
      })
      .catch((error: unknown) => {
        mismatches.push(`replay crashed on ${req.method} ${req.url}: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    exchanges,
    pending: () => exchanges.slice(next),
    mismatches: () => [...mismatches],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
