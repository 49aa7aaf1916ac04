/**
 * The `resilience` gate. For suites that ran under faults (level chaos, or a service with
 * `faults:`): the share of tests that passed while the faults hit, and for every kill followed by
 * a restart, how long the service took to be ready again against `recovery-max`. For GOLDEN suites
 * with cassettes: stale cassettes warn (or fail), unused ones are listed. No rows at all when no
 * such suite ran, so projects without chaos suites see nothing new.
 */
import type { GatesConfig } from '../config/schema.js';
import type { FaultEvent, SuiteRun, Verdict } from '../model.js';
import type { Threshold } from '../model.js';
import { count, floorThreshold, percent, seconds } from './context.js';
import { pushAll } from '../util/arrays.js';

/** seconds in a reason: "5.0 s" */
const inSeconds = (value: number) => `${value.toFixed(1)} s`;

/** "api killed at 5.0 s, ready again at 7.1 s; api paused at 12.0 s for 3s" */
export function describeFaults(suite: SuiteRun): string {
  const parts: string[] = [];
  for (const service of suite.services) {
    const events = service.faults ?? [];
    for (const [index, event] of events.entries()) {
      if (event.kind === 'kill') {
        const back = events.slice(index + 1).find((later) => later.kind === 'ready' || later.kind === 'not-ready' || later.kind === 'kill');
        parts.push(
          `${event.target} killed (${event.detail}) at ${inSeconds(event.at)}${
            back?.kind === 'ready' ? `, ready again at ${inSeconds(back.at)}` : back?.kind === 'not-ready' ? ', never ready again' : ''
          }`,
        );
      } else if (event.kind === 'pause') parts.push(`${event.target} paused at ${inSeconds(event.at)} for ${event.detail}`);
      else if (event.kind === 'partition') parts.push(`${event.target} partitioned at ${inSeconds(event.at)} for ${event.detail}`);
    }
    for (const proxy of service.proxies ?? []) {
      if (proxy.dropped + proxy.reset > 0)
        parts.push(
          `${service.name} via ${proxy.listen}: ${proxy.dropped} of ${proxy.connections} connections dropped, ${proxy.reset} reset`,
        );
    }
  }
  return parts.join('; ');
}

const faulted = (suite: SuiteRun) =>
  suite.level === 'chaos' || suite.services.some((service) => (service.faults ?? []).length > 0 || service.proxies);

export function resilienceGate(suites: readonly SuiteRun[], config: GatesConfig['resilience']): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const suite of suites) {
    if (faulted(suite)) {
      verdicts.push(passRateRow(suite, config['pass-rate']));
      pushAll(verdicts, recoveryRows(suite, config['recovery-max']));
    }
    if (suite.cassettes && config['stale-cassettes'] !== 'off') verdicts.push(cassetteRow(suite, config['stale-cassettes']));
  }
  return verdicts;
}

function passRateRow(suite: SuiteRun, min: number): Verdict {
  const threshold = floorThreshold(percent(min));
  const faults = describeFaults(suite);
  const under = faults ? ` under faults: ${faults}` : '';
  const counted = suite.tests.filter((test) => test.status !== 'skipped');
  const base = { gate: 'resilience', subject: `${suite.name} pass rate`, baseline: null, threshold };
  if (counted.length === 0) {
    const passed = suite.status === 'passed';
    return {
      ...base,
      status: passed ? 'pass' : 'fail',
      value: null,
      reason: `no test results; the suite ${passed ? 'passed' : suite.status}${under}`,
    };
  }
  const passed = counted.filter((test) => test.status === 'passed').length;
  const pct = (passed / counted.length) * 100;
  return {
    ...base,
    status: pct < min ? 'fail' : 'pass',
    value: percent(pct),
    reason: `${passed} of ${counted.length} tests passed${under}`,
  };
}

function recoveryRows(suite: SuiteRun, max: number): Verdict[] {
  const rows: Verdict[] = [];
  for (const service of suite.services) {
    const events = service.faults ?? [];
    events.forEach((event: FaultEvent, index) => {
      if (event.kind !== 'kill') return;
      const next = events.slice(index + 1).find((later) => later.kind === 'restart' || later.kind === 'kill');
      if (next?.kind !== 'restart') return; // no restart asked for (or the run ended first): nothing to recover
      const base = {
        gate: 'resilience',
        subject: `${suite.name}/${service.name} recovery`,
        baseline: null,
        threshold: { limits: [{ op: '<=', value: seconds(max) }] } as Threshold,
      };
      if (event.recovery === undefined) {
        const why = events.slice(index + 1).find((later) => later.kind === 'not-ready');
        rows.push({
          ...base,
          status: 'fail',
          value: null,
          reason: `killed at ${inSeconds(event.at)} and never ready again${why?.detail ? ` (${why.detail})` : ''}`,
        });
        return;
      }
      rows.push({
        ...base,
        status: event.recovery > max ? 'fail' : 'pass',
        value: seconds(event.recovery),
        reason: `killed at ${inSeconds(event.at)}, ready again at ${inSeconds(event.at + event.recovery)}${event.recovery > max ? `, slower than ${inSeconds(max)}` : ''}`,
      });
    });
  }
  return rows;
}

function cassetteRow(suite: SuiteRun, onStale: 'warn' | 'fail'): Verdict {
  const audit = suite.cassettes as NonNullable<SuiteRun['cassettes']>;
  const parts: string[] = [];
  if (audit.staleCount > 0) {
    const first = audit.stale[0];
    parts.push(
      `${audit.staleCount} of ${audit.files} cassettes recorded before the last change to ${first?.code ?? 'their code'}${first ? ` (${first.codeChangedAt.slice(0, 10)})` : ''}: re-record them`,
    );
  } else parts.push(`${audit.files} cassettes, none older than their code`);
  if (audit.staleUnknown) parts.push(audit.staleUnknown);
  if (audit.readBy === 'unknown') parts.push('which were read is unknown (write TESTOPS_CASSETTE_MANIFEST)');
  else if (audit.unusedCount > 0) parts.push(`${audit.unusedCount} not read by this run (by ${audit.readBy})`);
  return {
    gate: 'resilience',
    subject: `${suite.name} cassettes`,
    status: audit.staleCount > 0 ? onStale : 'pass',
    value: count(audit.staleCount, 'stale'),
    baseline: null,
    threshold: { limits: [{ op: '>', value: count(0, 'stale'), status: onStale }] },
    reason: parts.join('; '),
  };
}
