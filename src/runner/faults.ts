/**
 * Service faults: a service with `faults:` runs under a supervisor that kills it (and starts it
 * again), pauses it (SIGSTOP/SIGCONT) and puts fault proxies in front of it, on a timeline measured
 * from the start of the suite command. Every fault applied is recorded with its time for runs.json.
 *
 * The supervisor looks like any other running service to the suite: a planned kill is not a
 * death, but a service that does not come back after its restart is.
 */
import type { ServiceConfig } from '../config/schema.js';
import type { FaultConfig } from '../config/sections/resilience.js';
import type { FaultEvent, ServiceRun } from '../model.js';
import { stableHash } from '../util/id.js';
import { FaultProxy } from './fault-proxy.js';
import { signalGroup } from './process.js';
import { type RunningService, type ServiceContext, startService } from './services.js';

export interface FaultContext {
  /** the run's TEST_SEED */
  seed: string;
  suite: string;
  /** monotonic milliseconds */
  now: () => number;
}

/** A running service whose fault timeline can be started. */
export interface SupervisedService extends RunningService {
  /** start the kill/pause/partition timeline now (the suite command is about to start) */
  arm(): void;
}

export function isSupervised(service: RunningService): service is SupervisedService {
  return typeof (service as Partial<SupervisedService>).arm === 'function';
}

/** Start every armed timeline of the suite's services. */
export function armFaults(services: readonly RunningService[]): void {
  for (const service of services) if (isSupervised(service)) service.arm();
}

/** The seed of one proxy: the run's seed, the suite, the service and the proxy's place in the list. */
export function proxySeed(context: Pick<FaultContext, 'seed' | 'suite'>, service: string, index: number): string {
  return stableHash('testops-fault-proxy', context.seed, context.suite, service, index);
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** Start a service, under a fault supervisor when it declares faults. */
export function startServiceWithFaults(config: ServiceConfig, context: ServiceContext, faults: FaultContext): RunningService {
  if (config.faults.length === 0) return startService(config, context);
  return superviseService(config, context, faults);
}

export function superviseService(config: ServiceConfig, context: ServiceContext, faultContext: FaultContext): SupervisedService {
  const events: FaultEvent[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const proxies = config.faults.flatMap((fault, index) => (fault.proxy ? [{ fault, proxy: proxyFor(fault, config.name, index) }] : []));
  let origin: number | undefined;
  let stopped = false;
  let paused = false;
  /** the instance running now, and whether its end was planned (a kill fault) */
  let current = { service: startService(config, context), plannedEnd: false };
  let instances = 1;
  /** set when a restart did not come up */
  let failedRestart: string | undefined;
  const first = current.service;

  function proxyFor(fault: FaultConfig, service: string, index: number): FaultProxy {
    const proxy = fault.proxy as NonNullable<FaultConfig['proxy']>;
    return new FaultProxy({
      listen: proxy.listen,
      to: proxy.to,
      ...(fault.latency !== undefined ? { latencyMs: fault.latency * 1000 } : {}),
      ...(fault.jitter !== undefined ? { jitterMs: fault.jitter * 1000 } : {}),
      ...(fault.bandwidth !== undefined ? { bytesPerSecond: fault.bandwidth } : {}),
      drop: (fault.drop ?? 0) / 100,
      reset: (fault.reset ?? 0) / 100,
      seed: proxySeed(faultContext, service, index),
    });
  }

  const elapsed = () => (origin === undefined ? 0 : round((faultContext.now() - origin) / 1000));
  const record = (event: Omit<FaultEvent, 'at'>): FaultEvent => {
    const full = { at: elapsed(), ...event };
    events.push(full);
    return full;
  };
  const later = (seconds: number, action: () => void | Promise<void>) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) void action();
    }, seconds * 1000);
    timers.add(timer);
  };

  // Proxies listen from the start, so the service's clients can connect through them at once.
  const proxiesUp = Promise.all(proxies.map(({ proxy }) => proxy.start())).then(
    () => undefined,
    (error: Error) => error.message,
  );
  const ready = Promise.all([first.ready, proxiesUp]).then(([result, proxyError]) =>
    proxyError && result.ready ? { ready: false, reason: proxyError, afterSeconds: result.afterSeconds } : result,
  );

  const kill = (fault: FaultConfig) => {
    const target = current;
    const signal = fault.kill as NodeJS.Signals;
    target.plannedEnd = true;
    if (paused) signalGroup(target.service.pid, 'SIGCONT');
    paused = false;
    signalGroup(target.service.pid, signal);
    const killed = record({ kind: 'kill', target: config.name, detail: signal });
    const restartAfter = fault['restart-after'];
    if (restartAfter === undefined) return;
    later(restartAfter, async () => {
      // A signal the service may ignore (SIGTERM): make sure the old one is gone before the new one binds its port.
      await target.service.stop();
      if (stopped) return;
      instances++;
      const logFile = context.logFile.replace(/(\.log)?$/, `.restart-${instances - 1}.log`);
      current = { service: startService(config, { ...context, logFile }), plannedEnd: false };
      record({ kind: 'restart', target: config.name });
      const result = await current.service.ready;
      if (stopped) return;
      if (result.ready) {
        record({ kind: 'ready', target: config.name });
        killed.recovery = round(elapsed() - killed.at);
      } else {
        failedRestart = `did not come back after the kill at ${killed.at.toFixed(1)} s: ${result.reason ?? 'not ready'}`;
        record({ kind: 'not-ready', target: config.name, detail: result.reason ?? 'not ready' });
      }
    });
  };

  const pause = (seconds: number) => {
    if (current.plannedEnd) return; // killed and not back: nothing to freeze
    paused = true;
    signalGroup(current.service.pid, 'SIGSTOP');
    record({ kind: 'pause', target: config.name, detail: `${seconds}s` });
    const frozen = current;
    later(seconds, () => {
      if (current !== frozen || !paused) return;
      paused = false;
      signalGroup(frozen.service.pid, 'SIGCONT');
      record({ kind: 'resume', target: config.name });
    });
  };

  return {
    name: config.name,
    get pid() {
      return current.service.pid;
    },
    ready,
    died() {
      if (failedRestart) return failedRestart;
      if (current.plannedEnd) return undefined;
      return current.service.died();
    },
    tail: () => current.service.tail(),
    arm() {
      if (origin !== undefined) return;
      origin = faultContext.now();
      for (const fault of config.faults) {
        if (fault.kill !== undefined) later(fault.at ?? 0, () => kill(fault));
        else if (fault.pause !== undefined) later(fault.at ?? 0, () => pause(fault.pause as number));
      }
      for (const { fault, proxy } of proxies) {
        const target = `${config.name} via ${proxy.stats().listen}`;
        for (const window of fault.partition ?? []) {
          later(window.at, () => {
            proxy.setPartition(true);
            record({ kind: 'partition', target, detail: `${window.for}s` });
          });
          later(window.at + window.for, () => {
            proxy.setPartition(false);
            record({ kind: 'heal', target });
          });
        }
      }
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // A frozen process cannot act on SIGTERM: thaw it first so it stops within the grace period.
      if (paused) signalGroup(current.service.pid, 'SIGCONT');
      paused = false;
      await Promise.all([current.service.stop(), first === current.service ? undefined : first.stop()]);
      await Promise.all(proxies.map(({ proxy }) => proxy.close()));
    },
    record(includeTail): ServiceRun {
      const base = first.record(false);
      const now = current.service.record(includeTail);
      const death = this.died();
      const { died: _firstDied, exitCode: _firstExit, logTail: _firstTail, ...firstFields } = base;
      return {
        ...firstFields,
        exitCode: now.exitCode ?? null,
        ...(death ? { died: true } : {}),
        ...(includeTail || death ? { logTail: current.service.tail() } : {}),
        faults: [...events].sort((a, b) => a.at - b.at),
        ...(proxies.length > 0 ? { proxies: proxies.map(({ proxy }) => proxy.stats()) } : {}),
      };
    },
  };
}
