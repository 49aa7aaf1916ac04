import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANOMALY_KINDS } from '../../src/record/catalogue.js';
import { logTails } from '../../src/record/index.js';
import { detectAnomalies, type WarroomEntry } from '../../src/record/warroom.js';
import { cleanTempDirs } from '../runner/helpers.js';
import { type AnomalyRun, anomalyRun } from './fixtures.js';

let fixture: AnomalyRun;
let entries: WarroomEntry[];

beforeAll(async () => {
  fixture = await anomalyRun();
  entries = detectAnomalies({ ...fixture, logTails: logTails(fixture.workDir, fixture.runs) });
}, 60_000);
afterAll(cleanTempDirs);

const of = (kind: string) => entries.filter((entry) => entry.kind === kind);

describe('war-room anomalies from a real run', () => {
  it('provokes every kind', () => {
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(ANOMALY_KINDS));
  });

  it('no infrastructure entry for a suite whose tests failed normally', () => {
    expect(
      of('infrastructure-failure')
        .map((entry) => entry.suite)
        .sort(),
    ).toEqual(['killed', 'memory']);
  });

  it('failure spike: over 5% failing, with the connection-refused class and the rerun command', () => {
    const [spike] = of('failure-spike');
    expect(spike?.priority).toBe('high');
    expect(spike?.respondWithin).toBe('immediately');
    // 10 unit tests, and the repeated test whose outcome changed between repeats
    expect(spike?.evidence.failing).toBe(11);
    expect(spike?.remediation.join('\n')).toMatch(/Network or connection \(10 of 11/);
    expect(spike?.remediation).toContain('Run next: npx testops run --failed --seed 8');
    expect(spike?.commit).toBe('c'.repeat(40));
    expect(spike?.seed).toBe('8');
  });

  it('infrastructure: out of memory, killed by a signal, each with its cause', () => {
    const infra = of('infrastructure-failure');
    const memory = infra.find((entry) => entry.suite === 'memory');
    expect(memory?.priority).toBe('critical');
    expect(memory?.evidence.cause).toBe('out-of-memory');
    expect(memory?.remediation[0]).toMatch(/^Out of memory/);
    const killed = infra.find((entry) => entry.suite === 'killed');
    expect(killed?.evidence.cause).toBe('killed');
    expect(killed?.evidence.signal).toBe('SIGKILL');
  });

  it('timeout, service not ready, service crashed, leaked process', () => {
    expect(of('timeout').map((entry) => entry.suite)).toEqual(['hang']);
    const notReady = of('service-not-ready')[0];
    expect(notReady).toMatchObject({ suite: 'service-down', service: 'db', priority: 'high' });
    expect(notReady?.evidence.logTail).toContain('starting db');
    const crashed = of('service-crashed')[0];
    expect(crashed).toMatchObject({ suite: 'service-crash', service: 'api' });
    expect(crashed?.evidence.exitCode).toBe(3);
    // the timed-out suite's own hung process is what its timeout stops, never a leak
    expect(of('leaked-process').map((entry) => entry.suite)).toEqual(['leak']);
    const leaked = of('leaked-process')[0];
    expect(leaked?.suite).toBe('leak');
    // one process, named as it is at the sweep: still `setsid`, then `sh -c`, then `sleep 30` once each execs
    expect(leaked?.evidence.processes).toEqual([expect.stringMatching(/^\d+ (setsid sh -c|sh -c|sleep 30)/)]);
  });

  it('perf degradation: p95 3× slower than the baseline', () => {
    const p95 = of('perf-degradation').find((entry) => entry.evidence.metric === 'p95');
    expect(p95?.priority).toBe('medium');
    expect(p95?.respondWithin).toBe('within 4 hours');
    expect(p95?.evidence.ratio).toBe(3);
    expect(p95?.evidence.baselineCommit).toBe('b'.repeat(40));
  });

  it('flaky spike and new flaky tests, determinism break', () => {
    const [spike] = of('flaky-spike');
    // 15 retried tests that passed on their second attempt (a repeat that differs is not flaky: it is nondeterministic)
    expect(spike?.evidence.flaky).toBe(15);
    expect(spike?.evidence.rate).toBe('12.3%');
    expect(spike?.respondWithin).toBe('within a week');
    const fresh = of('new-flaky-test').filter((entry) => entry.suite === 'flaky');
    expect(fresh).toHaveLength(15);
    expect(fresh[0]?.evidence.attempts).toBe('failed → passed');
    expect(fresh[0]?.remediation[0]).toMatch(/^Timeout/);
    const [determinism] = of('determinism-break');
    expect(determinism?.suite).toBe('seeded');
    expect(determinism?.evidence).toMatchObject({ repeats: 3 });
  });

  it('coverage drop and the new security finding (by severity)', () => {
    const [coverage] = of('coverage-drop');
    expect(coverage?.evidence.lines).toBe(50);
    expect(coverage?.evidence.baseline).toBe(100);
    const [finding] = of('new-security-finding');
    expect(finding?.evidence.rule).toBe('js.sql-injection');
    expect(finding?.evidence.location).toBe('src/db.js:42');
    expect(['critical', 'high']).toContain(finding?.priority);
  });

  it('sorts by priority and writes one JSON object a line', () => {
    const ranks = entries.map((entry) => ['critical', 'high', 'medium', 'low'].indexOf(entry.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const entry of entries) expect(entry.remediation.length).toBeGreaterThan(0);
  });

  it('a healthy run has no anomaly', () => {
    const healthy = { ...fixture, runs: { ...fixture.runs, suites: fixture.runs.suites.filter((suite) => suite.name === 'load') } };
    const report = { ...fixture.report, perf: [], gates: [], security: { ...fixture.report.security, newFindings: [] } };
    expect(detectAnomalies({ ...healthy, report })).toEqual([]);
  });
});
