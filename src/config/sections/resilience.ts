/**
 * Resilience config: a service's `faults:` (kill, pause, a fault proxy), a suite's `chaos:` block,
 * a GOLDEN suite's `cassettes:`, and `gates.resilience`. Read by src/runner/faults.ts,
 * src/runner/chaos.ts, src/runner/cassettes.ts, src/impact/select.ts and src/gates/resilience.ts.
 */
import { z } from 'zod';
import { duration, globs, percent } from '../types.js';

export const KILL_SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP', 'SIGABRT'] as const;

const ENDPOINT = /^(?:(\[[0-9a-f:.]+\]|[A-Za-z0-9.-]+):)?(\d{1,5})$/i;

/** "3100", 3100 or "host:3100" → {host, port}; the host defaults to 127.0.0.1. */
export function parseEndpoint(value: string | number): { host: string; port: number } | undefined {
  const match = ENDPOINT.exec(String(value).trim());
  if (!match) return undefined;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return undefined;
  return { host: (match[1] ?? '127.0.0.1').replace(/^\[|\]$/g, ''), port };
}

const endpoint = () =>
  z
    .union([z.string(), z.number()])
    .superRefine((value, ctx) => {
      if (!parseEndpoint(value)) ctx.addIssue({ code: 'custom', message: 'expected a port (1–65535) or "host:port"' });
    })
    .transform((value) => parseEndpoint(value) as { host: string; port: number });

const BANDWIDTH = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*(?:\/\s*s)?$/i;
const BANDWIDTH_UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

/** Bytes per second from "64KB/s", "1MiB/s", "500b/s" or a number of bytes per second. */
export function parseBandwidth(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const match = BANDWIDTH.exec(value.trim());
  if (!match) return undefined;
  const bytes = Number(match[1]) * (BANDWIDTH_UNITS[(match[2] ?? 'b').toLowerCase()] ?? Number.NaN);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
}

const window = z.strictObject({
  at: duration().meta({ description: 'When it starts, measured from the start of the suite command.' }),
  for: duration().meta({ description: 'How long it lasts.' }),
});

export const proxySchema = z.strictObject({
  listen: endpoint().meta({ description: 'Port (on 127.0.0.1) or "host:port" the proxy listens on; clients connect here.' }),
  to: endpoint().meta({ description: 'Port (on 127.0.0.1) or "host:port" the proxy forwards to: the service.' }),
});

export const faultSchema = z
  .strictObject({
    at: duration().optional().meta({ description: 'kill and pause: when, measured from the start of the suite command (e.g. "5s").' }),
    kill: z
      .union([z.literal(true), z.enum(KILL_SIGNALS)])
      .transform((value) => (value === true ? 'SIGKILL' : value))
      .optional()
      .meta({ description: 'Kill the service (its whole process group) with this signal (true = SIGKILL).' }),
    'restart-after': duration().optional().meta({ description: 'After a kill: start the service again this long after it.' }),
    pause: duration().optional().meta({ description: 'Freeze the service (SIGSTOP) for this long, then SIGCONT.' }),
    proxy: proxySchema
      .optional()
      .meta({ description: 'A TCP fault proxy in front of the service: clients use `listen`, the proxy forwards to `to`.' }),
    latency: duration().optional().meta({ description: 'Proxy: delay added to every reply chunk (e.g. "200ms").' }),
    jitter: duration().optional().meta({ description: 'Proxy: the delay varies uniformly by up to ± this much, from the seed.' }),
    bandwidth: z
      .union([z.string(), z.number()])
      .superRefine((value, ctx) => {
        if (parseBandwidth(value) === undefined)
          ctx.addIssue({ code: 'custom', message: 'expected a rate like "64KB/s", "1MiB/s" or a number of bytes per second' });
      })
      .transform((value) => parseBandwidth(value) as number)
      .optional()
      .meta({ description: 'Proxy: bytes per second per connection in each direction ("64KB/s").' }),
    drop: percent()
      .optional()
      .meta({ description: 'Proxy: share of connections closed at once without a reply, % (chosen from the seed).' }),
    reset: percent().optional().meta({ description: 'Proxy: share of connections reset (TCP RST) after the request arrived, %.' }),
    partition: z
      .union([window, z.array(window)])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional()
      .meta({ description: 'Proxy: {at, for} windows during which nothing passes (data is held, as in a real partition).' }),
  })
  .superRefine((fault, ctx) => {
    const kinds = (['kill', 'pause', 'proxy'] as const).filter((key) => fault[key] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          kinds.length === 0
            ? 'expected one of kill, pause or proxy in each fault'
            : `expected one of kill, pause or proxy in each fault, got ${kinds.join(' and ')}`,
      });
      return;
    }
    const kind = kinds[0];
    if (kind !== 'proxy' && fault.at === undefined)
      ctx.addIssue({ code: 'custom', path: ['at'], message: `expected a time for the ${kind}` });
    if (kind !== 'kill' && fault['restart-after'] !== undefined)
      ctx.addIssue({ code: 'custom', path: ['restart-after'], message: 'expected only with kill' });
    const proxyOnly = ['latency', 'jitter', 'bandwidth', 'drop', 'reset', 'partition'] as const;
    if (kind !== 'proxy')
      for (const key of proxyOnly)
        if (fault[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'expected only with proxy' });
    if (kind === 'proxy' && (fault.drop ?? 0) + (fault.reset ?? 0) > 100)
      ctx.addIssue({ code: 'custom', path: ['reset'], message: 'expected drop + reset to be at most 100%' });
    if (kind === 'proxy' && fault.at !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['at'],
        message: 'a proxy runs for the whole suite; use partition: {at, for} for a timed outage',
      });
  });

export type FaultConfig = z.output<typeof faultSchema>;

/** `chaos:` — the values handed to a chaos suite as CHAOS_ENABLED, CHAOS_PROBABILITY, CHAOS_DURATION, CHAOS_SEED. */
export const chaosSchema = z.strictObject({
  enabled: z.boolean().optional().meta({ description: 'CHAOS_ENABLED (default true for level: chaos suites).' }),
  probability: z
    .union([z.number().min(0).max(1), z.string()])
    .superRefine((value, ctx) => {
      if (typeof value === 'string' && (!/%\s*$/.test(value) || percentFraction(value) === undefined))
        ctx.addIssue({ code: 'custom', message: 'expected a probability from 0 to 1 like 0.1, or a percentage like "10%"' });
    })
    .transform((value) => (typeof value === 'number' ? value : (percentFraction(value) as number)))
    .optional()
    .meta({ description: 'CHAOS_PROBABILITY, a fraction 0–1 (0.1 or "10%").' }),
  duration: duration().optional().meta({ description: 'CHAOS_DURATION, in seconds ("30s", "2m").' }),
  seed: z
    .union([z.string(), z.number()])
    .transform(String)
    .optional()
    .meta({ description: "CHAOS_SEED (default: derived from the run's TEST_SEED and the suite name)." }),
});

function percentFraction(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  const number = match ? Number(match[1]) : Number.NaN;
  return Number.isFinite(number) && number <= 100 ? number / 100 : undefined;
}

export type ChaosConfig = z.output<typeof chaosSchema>;

/** `cassettes:` — a glob, a list, or {path, code, manifest}; normalised to the object. */
export const cassettesSchema = z
  .union([
    z.string().min(1),
    z.array(z.string().min(1)),
    z.strictObject({
      path: globs().meta({ description: 'Globs of the cassette files, relative to the repository root.' }),
      code: globs()
        .optional()
        .meta({ description: 'Globs of the code the cassettes record: a cassette older than its last change is reported stale.' }),
    }),
  ])
  .transform((value) =>
    typeof value === 'string' ? { path: [value] } : Array.isArray(value) ? { path: value } : (value as { path: string[]; code?: string[] }),
  )
  .meta({
    description:
      'GOLDEN cassettes: a change to one selects this suite; cassettes older than the code they record are stale; cassettes no run read are unused.',
  });

export type CassettesConfig = z.output<typeof cassettesSchema>;

/** `gates.resilience` */
export const resilienceGateSchema = z
  .strictObject({
    'pass-rate': percent()
      .default(100)
      .meta({ description: 'Chaos suites fail the gate below this share of passed tests, % (default 100).' }),
    'recovery-max': duration()
      .default(30)
      .meta({ description: 'A killed service must be ready again within this long after the kill (default 30s).' }),
    'stale-cassettes': z
      .enum(['warn', 'fail', 'off'])
      .default('warn')
      .meta({ description: 'What a stale GOLDEN cassette does to the gate (default warn).' }),
  })
  .default({ 'pass-rate': 100, 'recovery-max': 30, 'stale-cassettes': 'warn' });

export type ResilienceGateConfig = z.output<typeof resilienceGateSchema>;
