import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import type { ServiceConfig } from '../../src/config/schema.js';
import { parseReadiness, probe } from '../../src/runner/readiness.js';
import { type RunningService, startService } from '../../src/runner/services.js';
import { cleanTempDirs, FIXTURES, freePort, tempDir } from './helpers.js';

const started: RunningService[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((service) => service.stop()));
  cleanTempDirs();
});

function service(fields: Record<string, unknown>): ServiceConfig {
  const config = validateConfig({ version: 1, suites: { s: { command: 'true', services: [fields] } } }, 'test');
  return config.suites.s?.services[0] as ServiceConfig;
}

function start(config: ServiceConfig, env: Record<string, string>, dir = tempDir()): RunningService {
  const running = startService(config, {
    cwd: dir,
    env: { PATH: process.env.PATH, ...env },
    logFile: join(dir, 'logs', `${config.name}.log`),
    graceMs: 300,
    pollMs: 50,
  });
  started.push(running);
  return running;
}

describe('readiness checks', () => {
  it('reads http, tcp and command checks, and names a malformed one', () => {
    expect(parseReadiness('http://127.0.0.1:3000/health')).toEqual({ kind: 'http', url: 'http://127.0.0.1:3000/health' });
    expect(parseReadiness('tcp://localhost:5432')).toEqual({ kind: 'tcp', host: 'localhost', port: 5432 });
    expect(parseReadiness('pg_isready -q')).toEqual({ kind: 'command', command: 'pg_isready -q' });
    expect(parseReadiness(undefined)).toEqual({ kind: 'none' });
    expect(() => parseReadiness('tcp://localhost')).toThrow('expected tcp://host:port');
    expect(() => parseReadiness('tcp://localhost:99999')).toThrow('tcp://localhost:99999');
    // an address without a scheme, or another scheme, would be run as a command that never succeeds
    expect(() => parseReadiness('localhost:5432')).toThrow('expected tcp://localhost:5432 or http://localhost:5432/');
    expect(() => parseReadiness('ftp://host/x')).toThrow('not the scheme "ftp"');
  });

  it('a closed port fails tcp and http probes with the reason', async () => {
    const port = await freePort();
    const context = { cwd: tempDir(), env: { PATH: process.env.PATH }, timeoutMs: 1000 };
    expect(await probe({ kind: 'tcp', host: '127.0.0.1', port }, context)).toBe('ECONNREFUSED');
    expect(await probe({ kind: 'http', url: `http://127.0.0.1:${port}/` }, context)).toBe('ECONNREFUSED');
    expect(await probe({ kind: 'command', command: 'exit 2' }, context)).toContain('exited with 2');
    expect(await probe({ kind: 'command', command: 'true' }, context)).toBeUndefined();
  });
});

describe('services', () => {
  it('waits for a service that is slow to become ready (http)', async () => {
    const port = await freePort();
    const api = start(
      service({ name: 'api', command: `node ${join(FIXTURES, 'server.mjs')}`, ready: `http://127.0.0.1:${port}/health`, timeout: '10s' }),
      {
        PORT: String(port),
        READY_AFTER_MS: '600',
      },
    );
    const ready = await api.ready;
    expect(ready.ready).toBe(true);
    expect(ready.afterSeconds).toBeGreaterThanOrEqual(0.5);
    expect(api.died()).toBeUndefined();
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    expect(response.status).toBe(200);
  });

  it('a non-2xx answer is not ready; tcp readiness works on the same server', async () => {
    const port = await freePort();
    const tcp = start(
      service({ name: 'tcp', command: `node ${join(FIXTURES, 'server.mjs')}`, ready: `tcp://127.0.0.1:${port}`, timeout: '10s' }),
      {
        PORT: String(port),
        READY_AFTER_MS: '200',
      },
    );
    expect((await tcp.ready).ready).toBe(true);
    const wrongPath = start(service({ name: 'wrong', command: 'sleep 30', ready: `http://127.0.0.1:${port}/nope`, timeout: '1s' }), {});
    const result = await wrongPath.ready;
    expect(result.ready).toBe(false);
    expect(result.reason).toContain('answered HTTP 404');
  });

  it('reports a service that never becomes ready, within its timeout', async () => {
    const port = await freePort();
    const never = start(
      service({ name: 'never', command: 'echo booting; sleep 30', ready: `tcp://127.0.0.1:${port}`, timeout: '800ms' }),
      {},
    );
    const began = Date.now();
    const result = await never.ready;
    expect(result.ready).toBe(false);
    expect(result.reason).toBe(`did not become ready within 0.8s (tcp://127.0.0.1:${port}: ECONNREFUSED)`);
    expect(Date.now() - began).toBeLessThan(3000);
    await never.stop();
    expect(never.record(true).logTail).toEqual(['booting']);
  });

  it('notices a service that dies before it is ready and says how', async () => {
    const port = await freePort();
    const crash = start(
      service({ name: 'crash', command: 'echo "cannot bind" >&2; exit 7', ready: `tcp://127.0.0.1:${port}`, timeout: '10s' }),
      {},
    );
    const result = await crash.ready;
    expect(result.ready).toBe(false);
    expect(result.reason).toBe('exited with code 7 before it was ready');
    expect(crash.record(false)).toMatchObject({ name: 'crash', ready: false, exitCode: 7, died: true, logTail: ['cannot bind'] });
  });

  it('notices a service that dies after it was ready, and keeps the last 50 log lines', async () => {
    const port = await freePort();
    const dir = tempDir();
    const api = start(
      service({ name: 'api', command: `node ${join(FIXTURES, 'server.mjs')}`, ready: `http://127.0.0.1:${port}/health` }),
      { PORT: String(port), DIE_AFTER_MS: '300', LINES: '80' },
      dir,
    );
    expect((await api.ready).ready).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(api.died()).toBe('exited with code 3');
    await api.stop();
    const record = api.record(false);
    expect(record.died).toBe(true);
    expect(record.logTail).toHaveLength(50);
    expect(record.logTail?.at(-1)).toBe('fatal: service crashed');
    // the full log is kept on disk
    expect(readFileSync(join(dir, 'logs', 'api.log'), 'utf8')).toContain('service log line 1\n');
  });

  it('stop() ends the whole group and is not counted as a death', async () => {
    const svc = start(service({ name: 'quiet', command: 'sleep 30 & sleep 30' }), {});
    expect((await svc.ready).ready).toBe(true);
    await svc.stop();
    expect(svc.died()).toBeUndefined();
    expect(svc.record(false).died).toBeUndefined();
  });

  it('a malformed ready value is reported, not thrown', async () => {
    // the config refuses it; a config built some other way must still not throw at run time
    expect(() => service({ name: 'bad', command: 'sleep 30', ready: 'tcp://nohost' })).toThrow('suites.s.services[0].ready');
    const bad = start({ ...service({ name: 'bad', command: 'sleep 30' }), ready: 'tcp://nohost' }, {});
    const result = await bad.ready;
    expect(result).toMatchObject({ ready: false });
    expect(result.reason).toContain('expected tcp://host:port');
  });
});
