/**
 * A stand-in for the Actions cache service v2 (what @actions/cache 6 talks to when
 * ACTIONS_CACHE_SERVICE_V2 is set): Twirp JSON under
 * /twirp/github.actions.results.api.v1.CacheService/ plus a blob store answering the Azure block
 * blob calls the library makes on its signed URLs (Put Blob, Put Block, Put Block List, Get Blob).
 * Scopes come from ACTIONS_RUNTIME_TOKEN (see scopes.ts); lookup rules are in store.ts.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { type JobRefs, runtimeToken, scopesFor, scopesOfToken, TokenError } from './scopes.js';
import { type CacheEntry, CacheStore } from './store.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';

/**
 * up: normal; refused: jobs are handed a service URL where nothing listens (ECONNREFUSED);
 * error: every Twirp call answers 500
 */
export type CacheMode = 'up' | 'refused' | 'error';

export interface CacheRequest {
  method: string;
  path: string;
  status: number;
}

export interface CacheServer {
  /** the server's own URL (ends with /); jobs get ACTIONS_RESULTS_URL from env(), which follows the mode */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN for a job on these refs */
  tokenFor(job: JobRefs): string;
  /** the environment @actions/cache needs, for a job on these refs (read it per job: it follows setMode) */
  env(job: JobRefs): Record<string, string>;
  entries(): CacheEntry[];
  setMode(mode: CacheMode): Promise<void>;
  requests(): CacheRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
}

function azureError(res: ServerResponse, status: number, code: string, message: string) {
  res
    .writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code })
    .end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/**
 * A URL on which a connection is refused, deterministically: a port below 1024, which the OS never
 * hands out for listen(0) (so no parallel test can start listening there), probed to be closed.
 */
async function refusingUrl(): Promise<string> {
  for (const port of [9, 1, 7, 13, 19, 37]) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });
    if (refused) return `http://127.0.0.1:${port}`;
  }
  throw new Error('cache-server: found no local port that refuses connections (1, 7, 9, 13, 19, 37 all answer)');
}

export async function startCacheServer(options: { mode?: CacheMode } = {}): Promise<CacheServer> {
  const store = new CacheStore();
  const secret = randomBytes(16);
  const requests: CacheRequest[] = [];
  const blocks = new Map<number, Map<string, Buffer>>();
  let mode: CacheMode = options.mode ?? 'up';
  let base = '';

  const sign = (id: number, access: 'r' | 'w') => createHmac('sha256', secret).update(`${id}:${access}`).digest('base64url');
  const blobUrl = (id: number, access: 'r' | 'w') => `${base}/${ACCOUNT}/${CONTAINER}/${id}?sp=${access}&sig=${sign(id, access)}`;

  async function twirp(method: string, req: IncomingMessage, res: ServerResponse) {
    if (mode === 'error') return twirpError(res, 500, 'internal', 'cache service stand-in is told to fail');
    let scopes: ReturnType<typeof scopesOfToken>;
    try {
      scopes = scopesOfToken(req.headers.authorization);
    } catch (error) {
      if (error instanceof TokenError) return twirpError(res, 401, 'unauthenticated', error.message);
      throw error;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return twirpError(res, 400, 'malformed', 'request body is not JSON');
    }
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    if (!key || !version) return twirpError(res, 400, 'invalid_argument', 'key and version are required');
    const reply = (value: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    switch (method) {
      case 'CreateCacheEntry': {
        const created = store.create(scopes, key, version);
        if (!created.ok) {
          return created.reason === 'already-exists'
            ? twirpError(res, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists')
            : twirpError(res, 403, 'permission_denied', 'the token has no writable cache scope');
        }
        return reply({ ok: true, signed_upload_url: blobUrl(created.entry.id, 'w') });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = store.pending(scopes, key, version);
        if (!entry) return twirpError(res, 404, 'not_found', `no cache entry being uploaded for key ${key}`);
        if (!entry.blob) return twirpError(res, 400, 'failed_precondition', 'the archive was not uploaded');
        if (String(body.size_bytes) !== String(entry.blob.length)) {
          return twirpError(
            res,
            400,
            'invalid_argument',
            `size_bytes ${String(body.size_bytes)} does not match the upload (${entry.blob.length})`,
          );
        }
        entry.finalized = true;
        entry.sizeBytes = entry.blob.length;
        return reply({ ok: true, entry_id: String(entry.id) });
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
        const entry = store.lookup(scopes, key, restoreKeys, version);
        if (!entry) return reply({ ok: false, signed_download_url: '', matched_key: '' });
        return reply({ ok: true, signed_download_url: blobUrl(entry.id, 'r'), matched_key: entry.key });
      }
      default:
        return twirpError(res, 404, 'bad_route', `no method ${method}`);
    }
  }

  async function blob(req: IncomingMessage, res: ServerResponse, url: URL) {
    const id = Number(url.pathname.split('/')[3]);
    const access = req.method === 'PUT' ? 'w' : 'r';
    if (url.searchParams.get('sig') !== sign(id, access) || url.searchParams.get('sp') !== access) {
      return azureError(res, 403, 'AuthenticationFailed', 'signature does not match');
    }
    const entry = store.byId(id);
    if (!entry) return azureError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
    const headers = {
      etag: `"0x${id.toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-version': '2023-11-03',
      'x-ms-request-id': String(requests.length),
    };
    if (req.method === 'PUT') {
      if (entry.finalized) return azureError(res, 409, 'BlobImmutable', 'the entry is finalized');
      const data = await readBody(req);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const pendingBlocks = blocks.get(id) ?? new Map<string, Buffer>();
        pendingBlocks.set(url.searchParams.get('blockid') ?? '', data);
        blocks.set(id, pendingBlocks);
      } else if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] as string);
        const pendingBlocks = blocks.get(id) ?? new Map<string, Buffer>();
        const missing = ids.filter((blockId) => !pendingBlocks.has(blockId));
        if (missing.length) return azureError(res, 400, 'InvalidBlockList', `unknown blocks ${missing.join(',')}`);
        entry.blob = Buffer.concat(ids.map((blockId) => pendingBlocks.get(blockId) as Buffer));
        blocks.delete(id);
      } else {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
          return azureError(res, 400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required');
        entry.blob = data;
      }
      return res.writeHead(201, { ...headers, 'x-ms-request-server-encrypted': 'true' }).end();
    }
    if (!entry.finalized || !entry.blob) return azureError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
    res.writeHead(200, {
      ...headers,
      'content-length': String(entry.blob.length),
      'content-type': 'application/octet-stream',
      'x-ms-blob-type': 'BlockBlob',
    });
    return req.method === 'HEAD' ? res.end() : res.end(entry.blob);
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    res.on('finish', () => requests.push({ method: req.method ?? 'GET', path: url.pathname, status: res.statusCode }));
    const work = url.pathname.startsWith(SERVICE)
      ? req.method === 'POST'
        ? twirp(url.pathname.slice(SERVICE.length), req, res)
        : Promise.resolve(twirpError(res, 405, 'bad_route', 'Twirp wants POST'))
      : url.pathname.startsWith(`/${ACCOUNT}/${CONTAINER}/`)
        ? blob(req, res, url)
        : Promise.resolve(twirpError(res, 404, 'bad_route', `no route ${url.pathname}`));
    work.catch((error: unknown) => {
      if (!res.headersSent) twirpError(res, 500, 'internal', error instanceof Error ? error.message : String(error));
    });
  };

  const server: Server = createServer(handler);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The server keeps its port in every mode: closing it would let a parallel test's server take
  // the port, and "refused" would then reach that server instead.
  let refusingBase: string | undefined;
  const serviceBase = async () => (mode === 'refused' ? (refusingBase ??= await refusingUrl()) : base);
  let currentBase = await serviceBase();

  return {
    url: `${base}/`,
    tokenFor: (job) => runtimeToken(scopesFor(job)),
    env: (job) => ({
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${currentBase}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(scopesFor(job)),
    }),
    entries: () => store.list(),
    setMode: async (next) => {
      mode = next;
      currentBase = await serviceBase();
    },
    requests: () => [...requests],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
