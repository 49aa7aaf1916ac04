/**
 * Service faults with real processes: an HTTP service is killed (and restarted), paused and put
 * behind the fault proxy while a real suite talks to it; runs.json records every fault with its
 * time, and the resilience gate reads the recovery from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../../src/config/load.js';
import { describeFaults, resilienceGate } from '../../src/gates/resilience.js';
import { chaosEnv } from '../../src/runner/chaos.js';
import { proxySeed } from '../../src/runner/faults.js';
import { cleanTempDirs, FIXTURES, freePort, makeConfig, run, tempDir } from './helpers.js';

afterEach(cleanTempDirs);

const configWith = (service: Record<string, unknown>, suite: Record<string, unknown> = {}) =>
  validateConfig(
    { version: 1, suites: { s: { command: 'true', services: [{ name: 'api', command: 'x', ...service }], ...suite } } },
    'testops.yml',
  );

describe('faults: config', () => {
  it('reads kill, pause and proxy faults with their units', () => {
    const config = configWith({
      faults: [
        { at: '5s', kill: 'SIGKILL', 'restart-after': '2s' },
        { at: '12s', pause: '3s' },
        {
          proxy: { listen: 3100, to: '127.0.0.1:3000' },
          latency: '200ms',
          jitter: '50ms',
          drop: '5%',
          reset: 1,
          bandwidth: '64KB/s',
          partition: { at: '20s', for: '4s' },
        },
      ],
    });
    expect(config.suites.s?.services[0]?.faults).toEqual([
      { at: 5, kill: 'SIGKILL', 'restart-after': 2 },
      { at: 12, pause: 3 },
      {
        proxy: { listen: { host: '127.0.0.1', port: 3100 }, to: { host: '127.0.0.1', port: 3000 } },
        latency: 0.2,
        jitter: 0.05,
        drop: 5,
        reset: 1,
        bandwidth: 64_000,
        partition: [{ at: 20, for: 4 }],
      },
    ]);
  });

  it('names the field of a fault that makes no sense', () => {
    const problem = (fault: Record<string, unknown>) => {
      try {
        configWith({ faults: [fault] });
      } catch (error) {
        if (error instanceof ConfigError) return error.message;
        throw error;
      }
      return 'accepted';
    };
    expect(problem({ at: '1s' })).toBe('testops.yml: suites.s.services[0].faults[0]: expected one of kill, pause or proxy in each fault');
    expect(problem({ at: '1s', kill: true, pause: '1s' })).toContain('got kill and pause');
    expect(problem({ kill: 'SIGKILL' })).toBe('testops.yml: suites.s.services[0].faults[0].at: expected a time for the kill');
    expect(problem({ at: '1s', pause: '1s', latency: '1s' })).toContain('faults[0].latency: expected only with proxy');
    expect(problem({ proxy: { listen: 70000, to: 3000 } })).toContain('faults[0].proxy.listen: expected a port (1–65535) or "host:port"');
    expect(problem({ proxy: { listen: 3100, to: 3000 }, drop: '80%', reset: '30%' })).toContain('expected drop + reset to be at most 100%');
    expect(problem({ proxy: { listen: 3100, to: 3000 }, bandwidth: 'fast' })).toContain(
      'faults[0].bandwidth: expected a rate like "64KB/s"',
    );
    expect(problem({ at: '1s', kill: 'SIGFOO' })).toContain('faults[0].kill');
  });

  it('chaos: level chaos suites get CHAOS_* from the block, seeded from the run', () => {
    const config = validateConfig(
      {
        version: 1,
        suites: {
          c: { command: 'x', level: 'chaos', chaos: { probability: '10%', duration: '30s' } },
          d: { command: 'x', level: 'chaos' },
          u: { command: 'x' },
        },
      },
      't',
    );
    const env = chaosEnv(config.suites.c as never, 'c', '42');
    expect(env).toMatchObject({ CHAOS_ENABLED: 'true', CHAOS_PROBABILITY: '0.1', CHAOS_DURATION: '30' });
    expect(env.CHAOS_SEED).toMatch(/^\d+$/);
    expect(chaosEnv(config.suites.c as never, 'c', '42').CHAOS_SEED).toBe(env.CHAOS_SEED);
    expect(chaosEnv(config.suites.d as never, 'd', '42').CHAOS_SEED).not.toBe(env.CHAOS_SEED);
    expect(chaosEnv(config.suites.c as never, 'c', '43').CHAOS_SEED).not.toBe(env.CHAOS_SEED);
    expect(chaosEnv(config.suites.u as never, 'u', '42')).toEqual({});
    expect(() => validateConfig({ version: 1, suites: { c: { command: 'x', chaos: { probability: 10 } } } }, 't')).toThrow(
      't: suites.c.chaos.probability',
    );
  });

  it('each proxy draws from its own seed: the run seed, suite, service and position', () => {
    const base = proxySeed({ seed: '1', suite: 's' }, 'api', 0);
    expect(proxySeed({ seed: '1', suite: 's' }, 'api', 0)).toBe(base);
    expect(new Set([base, proxySeed({ seed: '2', suite: 's' }, 'api', 0), proxySeed({ seed: '1', suite: 's' }, 'api', 1)]).size).toBe(3);
  });
});

describe('faults: a real service killed, paused and proxied while a real suite runs', () => {
  it('records each fault with its time, recovers, passes the suite and the resilience gate', async () => {
    const repo = tempDir();
    const [servicePort, proxyPort] = [await freePort(), await freePort()];
    const config = makeConfig({
      suites: {
        chaos: {
          level: 'chaos',
          command: `node ${join(FIXTURES, 'chaos-client.mjs')}`,
          env: { PROXY_PORT: String(proxyPort), DURATION_MS: '2400' },
          reports: { junit: 'report.xml' },
          services: [
            {
              name: 'api',
              command: `node ${join(FIXTURES, 'server.mjs')}`,
              ready: `http://127.0.0.1:${servicePort}/health`,
              env: { PORT: String(servicePort) },
              faults: [
                { at: '0.6s', pause: '0.6s' },
                { at: '1.6s', kill: 'SIGKILL', 'restart-after': '0.3s' },
                { proxy: { listen: proxyPort, to: servicePort }, latency: '50ms' },
              ],
            },
          ],
        },
      },
      gates: { resilience: { 'recovery-max': '5s' } },
    });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0];
    if (!suite) throw new Error('no suite');
    expect(suite.problems).toEqual([]);
    expect(suite.status).toBe('passed');
    expect(suite.chaos?.CHAOS_ENABLED).toBe('true');
    const api = suite.services[0];
    const kinds = (api?.faults ?? []).map((event) => event.kind);
    expect(kinds).toEqual(['pause', 'resume', 'kill', 'restart', 'ready']);
    const at = Object.fromEntries((api?.faults ?? []).map((event) => [event.kind, event.at]));
    expect(at.pause).toBeGreaterThanOrEqual(0.6);
    expect(at.resume).toBeGreaterThanOrEqual(1.2);
    expect(at.kill).toBeGreaterThanOrEqual(1.6);
    expect(at.restart).toBeGreaterThanOrEqual((at.kill as number) + 0.3);
    const kill = api?.faults?.find((event) => event.kind === 'kill');
    expect(kill?.recovery).toBeCloseTo((at.ready as number) - (at.kill as number), 2);
    expect(kill?.recovery).toBeGreaterThan(0.3);
    expect(api?.died).toBeUndefined();
    expect(api?.proxies?.[0]).toMatchObject({ listen: `127.0.0.1:${proxyPort}`, to: `127.0.0.1:${servicePort}`, dropped: 0 });
    expect(api?.proxies?.[0]?.refused).toBeGreaterThan(0); // requests while it was down

    // What the suite saw (its clock starts later than the fault timeline, so by shape, not time):
    // answers through the proxy carry its latency; one request hung while the service was frozen
    // and was answered after it thawed; a stretch of requests failed while it was down; and it
    // answered again at the end.
    const { timeline } = JSON.parse(readFileSync(join(repo, 'timeline.json'), 'utf8')) as {
      timeline: Array<{ at: number; ms: number; ok: boolean }>;
    };
    const answered = timeline.filter((entry) => entry.ok);
    expect(Math.min(...answered.map((entry) => entry.ms))).toBeGreaterThanOrEqual(45);
    expect(Math.max(...answered.map((entry) => entry.ms))).toBeGreaterThanOrEqual(300);
    const firstFailure = timeline.findIndex((entry) => !entry.ok);
    expect(firstFailure).toBeGreaterThan(0);
    const backAfter = timeline.slice(firstFailure).findIndex((entry) => entry.ok);
    expect(backAfter).toBeGreaterThanOrEqual(2);
    expect(timeline.slice(-3).every((entry) => entry.ok)).toBe(true);

    const verdicts = resilienceGate(runs.suites, config.gates.resilience);
    expect(verdicts.map((verdict) => [verdict.subject, verdict.status])).toEqual([
      ['chaos pass rate', 'pass'],
      ['chaos/api recovery', 'pass'],
    ]);
    expect(verdicts[0]?.reason).toMatch(
      /^1 of 1 tests passed under faults: api paused at 0\.\d s for 0\.6s; api killed \(SIGKILL\) at 1\.\d s, ready again at \d\.\d s$/,
    );
    expect(describeFaults(suite)).toContain('api killed (SIGKILL)');
  }, 30_000);

  it('a service that does not come back after its restart fails the suite and the recovery row', async () => {
    const repo = tempDir();
    const servicePort = await freePort();
    const config = makeConfig({
      suites: {
        chaos: {
          level: 'chaos',
          command: 'sleep 1.5',
          services: [
            {
              name: 'api',
              // the first start listens; every restart finds the marker and exits at once
              command: `if [ -e started ]; then exit 4; fi; touch started; PORT=${servicePort} exec node ${join(FIXTURES, 'server.mjs')}`,
              ready: `tcp://127.0.0.1:${servicePort}`,
              timeout: '3s',
              faults: [{ at: '0.2s', kill: 'SIGTERM', 'restart-after': '0.2s' }],
            },
          ],
        },
      },
    });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0];
    expect(suite?.status).toBe('failed');
    expect(suite?.problems.map((problem) => problem.message).join('\n')).toContain('service api did not come back after the kill at 0.');
    expect(suite?.services[0]?.faults?.map((event) => event.kind)).toEqual(['kill', 'restart', 'not-ready']);
    const verdicts = resilienceGate(runs.suites, config.gates.resilience);
    const recovery = verdicts.find((verdict) => verdict.subject === 'chaos/api recovery');
    expect(recovery?.status).toBe('fail');
    expect(recovery?.reason).toMatch(/never ready again \(exited with code 4 before it was ready\)/);
  }, 30_000);
});
