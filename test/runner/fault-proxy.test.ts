/**
 * The built-in fault proxy against a real HTTP server on 127.0.0.1: latency, drop and reset rates
 * measured over 1,000 requests, bandwidth, partitions, and the same faults again from the same seed.
 */
import { createServer, request, type Server } from 'node:http';
import { type AddressInfo, connect, createServer as createNetServer, type Server as NetServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FateSequence, FaultProxy, type ProxyOptions } from '../../src/runner/fault-proxy.js';
import { freePort } from './helpers.js';

let server: Server;
let port: number;
let echo: NetServer;
let echoPort: number;
const BIG = Buffer.alloc(100_000, 'x');

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/big') res.end(BIG);
    else res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
  echo = createNetServer((socket) => socket.on('data', (chunk) => socket.write(chunk)));
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', () => resolve()));
  echoPort = (echo.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => echo.close(() => resolve()));
});

/** `count` request/response exchanges over `parallel` kept-open connections: each one's time in ms. */
async function exchanges(target: number, count: number, parallel: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      const socket = connect(target, '127.0.0.1');
      socket.setNoDelay(true);
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
      while (next < count) {
        next++;
        const started = performance.now();
        await new Promise<void>((resolve) => {
          socket.once('data', () => resolve());
          socket.write('ping\n');
        });
        times.push(performance.now() - started);
      }
      socket.destroy();
    }),
  );
  return times;
}

const proxies: FaultProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

async function startProxy(options: Omit<ProxyOptions, 'listen' | 'to'>, to = port): Promise<{ proxy: FaultProxy; port: number }> {
  const listen = await freePort();
  const proxy = new FaultProxy({ listen: { host: '127.0.0.1', port: listen }, to: { host: '127.0.0.1', port: to }, ...options });
  await proxy.start();
  proxies.push(proxy);
  return { proxy, port: listen };
}

/** One GET on a fresh connection: its time in ms, or the error code. */
function get(
  target: number,
  path = '/',
  timeoutMs = 5000,
): Promise<{ ok: true; ms: number; bytes: number } | { ok: false; error: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: target, path, agent: false, timeout: timeoutMs }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ ok: true, ms: performance.now() - started, bytes }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, error: error.code ?? error.message }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, error: error.code ?? error.message }));
    req.end();
  });
}

/** `count` requests, `parallel` at a time. */
async function many(target: number, count: number, parallel: number) {
  const results: Awaited<ReturnType<typeof get>>[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next++;
        results.push(await get(target));
      }
    }),
  );
  return results;
}

const quartile = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 4)] as number;

describe('connection fates', () => {
  it('are exact per 100 connections, carry fractions over, and replay from the seed', () => {
    const fates = new FateSequence('seed-a', 0.05, 0.01);
    const first = Array.from({ length: 1000 }, (_, index) => fates.fate(index));
    expect(first.filter((fate) => fate === 'drop')).toHaveLength(50);
    expect(first.filter((fate) => fate === 'reset')).toHaveLength(10);
    for (let block = 0; block < 10; block++)
      expect(first.slice(block * 100, block * 100 + 100).filter((fate) => fate === 'drop')).toHaveLength(5);
    const again = new FateSequence('seed-a', 0.05, 0.01);
    expect(Array.from({ length: 1000 }, (_, index) => again.fate(index))).toEqual(first);
    const other = new FateSequence('seed-b', 0.05, 0.01);
    expect(Array.from({ length: 1000 }, (_, index) => other.fate(index))).not.toEqual(first);
    // 0.5 % cannot be exact in 100: one drop every second block
    const rare = new FateSequence('s', 0.005, 0);
    expect(Array.from({ length: 1000 }, (_, index) => rare.fate(index)).filter((fate) => fate === 'drop')).toHaveLength(5);
  });
});

describe('the fault proxy over 1,000 real requests', () => {
  it('adds the configured latency, within ±10 %', async () => {
    const latency = 100;
    const { port: proxied } = await startProxy({ latencyMs: latency, seed: 'latency' }, echoPort);
    // Request/response pairs over kept-open TCP connections to an echo service: the per-request
    // cost is tiny and alike on both paths. A busy machine only ever adds time (scheduling stalls,
    // heavy-tailed), so the lower quartile of each path is the least disturbed figure, and their
    // difference is the proxy's delay.
    const direct = quartile(await exchanges(echoPort, 200, 1));
    const through = quartile(await exchanges(proxied, 1000, 20));
    const added = through - direct;
    console.log(
      `proxy latency over 1,000 requests: +${added.toFixed(1)} ms at the lower quartile (target ${latency} ms ±10 %; direct ${direct.toFixed(2)} ms)`,
    );
    expect(added).toBeGreaterThan(latency * 0.9);
    expect(added).toBeLessThan(latency * 1.1);
  }, 30_000);

  it('fails the configured share of connections, within ±10 %', async () => {
    const drop = 0.05;
    const reset = 0.02;
    const { proxy, port: proxied } = await startProxy({ drop, reset, seed: 'measure' });
    const through = await many(proxied, 1000, 10);
    const failedShare = through.filter((result) => !result.ok).length / through.length;
    console.log(
      `proxy failures over 1,000 connections: ${(failedShare * 100).toFixed(1)} % (target ${((drop + reset) * 100).toFixed(1)} % ±10 %)`,
    );
    expect(failedShare).toBeGreaterThanOrEqual((drop + reset) * 0.9);
    expect(failedShare).toBeLessThanOrEqual((drop + reset) * 1.1);
    expect(proxy.stats()).toMatchObject({ connections: 1000, dropped: 50, reset: 20, refused: 0 });
    // the client sees a dropped connection close and a reset one reset: both surface as ECONNRESET in node:http
    const errors = new Set(through.flatMap((result) => (result.ok ? [] : [result.error])));
    expect([...errors].sort()).toEqual(['ECONNRESET']);
  }, 30_000);
});

describe('the fault proxy', () => {
  it('fails the same connections again from the same seed, others from another seed', async () => {
    const pattern = async (seed: string) => {
      const { port: proxied } = await startProxy({ drop: 0.1, reset: 0.1, seed });
      const results: boolean[] = [];
      for (let i = 0; i < 100; i++) results.push((await get(proxied)).ok);
      return results;
    };
    const first = await pattern('replay');
    expect(first.filter((ok) => !ok)).toHaveLength(20);
    expect(await pattern('replay')).toEqual(first);
    expect(await pattern('another')).not.toEqual(first);
  }, 20_000);

  it('limits bandwidth', async () => {
    const { port: proxied } = await startProxy({ bytesPerSecond: 400_000, seed: 'bw' });
    const result = await get(proxied, '/big');
    if (!result.ok) throw new Error(result.error);
    expect(result.bytes).toBe(BIG.length);
    // 100 kB at 400 kB/s: 250 ms
    expect(result.ms).toBeGreaterThan(225);
    expect(result.ms).toBeLessThan(400);
  });

  it('holds traffic during a partition and lets it through when it heals', async () => {
    const { proxy, port: proxied } = await startProxy({ seed: 'p' });
    proxy.setPartition(true);
    const pending = get(proxied);
    const early = await Promise.race([pending.then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('held'), 300))]);
    expect(early).toBe('held');
    proxy.setPartition(false);
    const result = await pending;
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.ms).toBeGreaterThanOrEqual(290);
  });

  it('resets a connection whose service is down, and counts it as refused', async () => {
    const { proxy, port: proxied } = await startProxy({ seed: 'x' });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    try {
      const result = await get(proxied);
      expect(result).toEqual({ ok: false, error: 'ECONNRESET' });
      expect(proxy.stats().refused).toBe(1);
    } finally {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    }
  });

  it('names a port already in use', async () => {
    const { port: taken } = await startProxy({ seed: 'a' });
    const second = new FaultProxy({ listen: { host: '127.0.0.1', port: taken }, to: { host: '127.0.0.1', port }, seed: 'b' });
    await expect(second.start()).rejects.toThrow(`fault proxy could not listen on 127.0.0.1:${taken}: the port is in use`);
  });
});
