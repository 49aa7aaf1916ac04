/**
 * A built-in TCP fault proxy (what teams otherwise run Toxiproxy for): clients connect to
 * `listen`, the proxy forwards to `to`, and on the way it adds latency and jitter to the replies,
 * limits bandwidth, drops or resets a share of connections, and holds all traffic during a
 * partition. Every random choice comes from the seed, so a run can be replayed exactly.
 *
 * Drops and resets are exact per block of 100 connections (5 % drops 5 of every 100, at positions
 * drawn from the seed; fractions carry over to the next block): the rate a suite sees is the rate
 * configured, not a binomial draw around it, while which connections fail still looks random.
 */
import { createServer, type Server, type Socket, connect } from 'node:net';
import seedrandom from 'seedrandom';
import type { ProxyStats } from '../model.js';
import { pushAll } from '../util/arrays.js';

export interface Endpoint {
  host: string;
  port: number;
}

export interface ProxyOptions {
  listen: Endpoint;
  to: Endpoint;
  /** milliseconds added to every chunk from the service to the client */
  latencyMs?: number;
  /** ± milliseconds, uniform, per chunk */
  jitterMs?: number;
  /** bytes per second per connection, each direction */
  bytesPerSecond?: number;
  /** share of connections closed at once, 0–1 */
  drop?: number;
  /** share of connections reset after their first request bytes, 0–1 */
  reset?: number;
  seed: string;
}

export type ConnectionFate = 'pass' | 'drop' | 'reset';

const BLOCK = 100;
/** Bytes held for one connection before reading from the service pauses (backpressure). */
const MAX_PENDING = 1 << 20;

/**
 * The fate of each connection, in order: exact counts per block of 100, positions from the seed.
 * Pure and deterministic: the same seed and rates give the same sequence.
 */
export class FateSequence {
  private readonly fates: ConnectionFate[] = [];
  private dropCarry = 0;
  private resetCarry = 0;
  private block = 0;
  constructor(
    private readonly seed: string,
    private readonly drop: number,
    private readonly reset: number,
  ) {}

  fate(index: number): ConnectionFate {
    while (this.fates.length <= index) this.fillBlock();
    return this.fates[index] as ConnectionFate;
  }

  private fillBlock(): void {
    const random = seedrandom(`testops-proxy:${this.seed}:block:${this.block++}`);
    this.dropCarry += this.drop * BLOCK;
    this.resetCarry += this.reset * BLOCK;
    const drops = Math.min(BLOCK, Math.floor(this.dropCarry + 1e-9));
    const resets = Math.min(BLOCK - drops, Math.floor(this.resetCarry + 1e-9));
    this.dropCarry -= drops;
    this.resetCarry -= resets;
    const positions = Array.from({ length: BLOCK }, (_, index) => index);
    for (let i = BLOCK - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [positions[i], positions[j]] = [positions[j] as number, positions[i] as number];
    }
    const block: ConnectionFate[] = new Array(BLOCK).fill('pass');
    for (let i = 0; i < drops; i++) block[positions[i] as number] = 'drop';
    for (let i = drops; i < drops + resets; i++) block[positions[i] as number] = 'reset';
    pushAll(this.fates, block);
  }
}

/** One direction of one connection: chunks delivered in order, each no earlier than its delay and the bandwidth allow. */
class Lane {
  private lastDue = 0;
  private pending = 0;
  private ended = false;
  private inFlight = 0;
  constructor(
    private readonly from: Socket,
    private readonly to: Socket,
    private readonly delay: () => number,
    private readonly bytesPerSecond: number | undefined,
    private readonly gate: (deliver: () => void) => void,
    private readonly count: (bytes: number) => void,
  ) {}

  push(chunk: Buffer): void {
    const now = performance.now();
    const transfer = this.bytesPerSecond ? (chunk.length / this.bytesPerSecond) * 1000 : 0;
    const due = Math.max(this.lastDue + transfer, now + this.delay() + transfer);
    this.lastDue = due;
    this.pending += chunk.length;
    this.inFlight++;
    if (this.pending > MAX_PENDING) this.from.pause();
    const deliver = () =>
      this.gate(() => {
        this.pending -= chunk.length;
        this.inFlight--;
        if (!this.to.destroyed) {
          this.to.write(chunk);
          this.count(chunk.length);
        }
        if (this.pending <= MAX_PENDING / 2 && this.from.isPaused() && !this.from.destroyed) this.from.resume();
        if (this.ended && this.inFlight === 0) this.to.end();
      });
    const wait = due - now;
    if (wait <= 0.5) deliver();
    else setTimeout(deliver, wait);
  }

  end(): void {
    this.ended = true;
    if (this.inFlight === 0) this.gate(() => this.to.end());
  }
}

export class FaultProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly fates: FateSequence;
  private next = 0;
  private partitioned = false;
  private held: Array<() => void> = [];
  private readonly counts = { connections: 0, dropped: 0, reset: 0, refused: 0, bytesUp: 0, bytesDown: 0 };

  constructor(private readonly options: ProxyOptions) {
    this.fates = new FateSequence(options.seed, options.drop ?? 0, options.reset ?? 0);
  }

  /** Listen; rejects with a plain sentence when the port cannot be had. */
  start(): Promise<void> {
    const server = createServer({ pauseOnConnect: true }, (client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            `fault proxy could not listen on ${this.describe(this.options.listen)}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`,
          ),
        ),
      );
      server.listen(this.options.listen.port, this.options.listen.host, () => resolve());
    });
  }

  /** Start or end a partition: while on, nothing passes in either direction (connections are held, not closed). */
  setPartition(on: boolean): void {
    if (on === this.partitioned) return;
    this.partitioned = on;
    if (on) for (const socket of this.sockets) socket.pause();
    else {
      const held = this.held;
      this.held = [];
      for (const deliver of held) deliver();
      for (const socket of this.sockets) if (!socket.destroyed) socket.resume();
    }
  }

  stats(): ProxyStats {
    return { listen: this.describe(this.options.listen), to: this.describe(this.options.to), ...this.counts };
  }

  async close(): Promise<void> {
    this.partitioned = false;
    this.held = [];
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private describe(endpoint: Endpoint): string {
    return `${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
  }

  private gate = (deliver: () => void): void => {
    if (this.partitioned) this.held.push(deliver);
    else deliver();
  };

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => {}); // ends through 'close'; the peer sees the reset or the end
  }

  private accept(client: Socket): void {
    const index = this.next++;
    this.counts.connections++;
    this.track(client);
    const fate = this.fates.fate(index);
    if (fate === 'drop') {
      this.counts.dropped++;
      client.destroy();
      return;
    }
    const jitterRandom = seedrandom(`testops-proxy:${this.options.seed}:jitter:${index}`);
    const latency = this.options.latencyMs ?? 0;
    const jitter = this.options.jitterMs ?? 0;
    const downDelay = () => Math.max(0, latency + (jitter > 0 ? (jitterRandom() * 2 - 1) * jitter : 0));
    this.gate(() => {
      if (client.destroyed) return;
      const upstream = connect(this.options.to.port, this.options.to.host);
      this.track(upstream);
      let connected = false;
      upstream.once('connect', () => {
        connected = true;
        client.resume();
      });
      upstream.once('error', () => {
        if (!connected) this.counts.refused++;
        client.resetAndDestroy();
      });
      upstream.once('close', () => {
        if (!client.destroyed && !client.writableEnded && !connected) client.resetAndDestroy();
      });
      client.once('close', () => upstream.destroy());
      const up = new Lane(
        client,
        upstream,
        () => 0,
        this.options.bytesPerSecond,
        this.gate,
        (bytes) => {
          this.counts.bytesUp += bytes;
        },
      );
      const down = new Lane(upstream, client, downDelay, this.options.bytesPerSecond, this.gate, (bytes) => {
        this.counts.bytesDown += bytes;
      });
      let first = true;
      client.on('data', (chunk: Buffer) => {
        if (first && fate === 'reset') {
          this.counts.reset++;
          client.resetAndDestroy();
          upstream.destroy();
          return;
        }
        first = false;
        up.push(chunk);
      });
      client.on('end', () => up.end());
      upstream.on('data', (chunk: Buffer) => down.push(chunk));
      upstream.on('end', () => down.end());
      if (this.partitioned) client.pause();
    });
  }
}
