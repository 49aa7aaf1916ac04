/**
 * The CHAOS_* variables of a suite: a `level: chaos` suite (or any suite with a `chaos:` block)
 * gets CHAOS_ENABLED, CHAOS_PROBABILITY, CHAOS_DURATION and CHAOS_SEED, so the chaos library inside
 * the tests is driven from the config and reproduces from the run's seed.
 */
import type { SuiteConfig } from '../config/schema.js';
import { stableHash } from '../util/id.js';

/** A decimal seed below 2^32 from the run's seed and the suite name, so two chaos suites do not draw the same faults. */
export function chaosSeed(runSeed: string, suite: string): string {
  return String(Number.parseInt(stableHash('testops-chaos', runSeed, suite).slice(0, 8), 16));
}

/** The variables, or an empty object for a suite that is neither level chaos nor has a chaos block. */
export function chaosEnv(suite: Pick<SuiteConfig, 'level' | 'chaos'>, name: string, runSeed: string): Record<string, string> {
  const chaos = suite.chaos;
  if (!chaos && suite.level !== 'chaos') return {};
  const env: Record<string, string> = {
    CHAOS_ENABLED: String(chaos?.enabled ?? true),
    CHAOS_SEED: chaos?.seed ?? chaosSeed(runSeed, name),
  };
  if (chaos?.probability !== undefined) env.CHAOS_PROBABILITY = String(chaos.probability);
  if (chaos?.duration !== undefined) env.CHAOS_DURATION = String(chaos.duration);
  return env;
}
