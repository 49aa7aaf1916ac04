/**
 * TEST_SEED: an override (`--seed`, or TEST_SEED in the environment of the plan), else the
 * configured seed, else one derived from the commit so a re-run of the same commit gets the same seed.
 */
import { UsageError } from '../errors.js';
import type { Config } from '../config/schema.js';
import { stableHash } from '../util/id.js';

/** What a seed may look like: it is printed into shell lines to reproduce a run. */
const SEED_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Why a seed override is not usable, or undefined. */
export function seedProblem(seed: string): string | undefined {
  return SEED_PATTERN.test(seed) ? undefined : `expected up to 64 letters, digits, ".", "_", ":" or "-", got ${JSON.stringify(seed)}`;
}

/** A decimal seed below 2^32 (accepted by every common seeded random generator), unless overridden or configured. */
export function deriveSeed(config: Pick<Config, 'seed'>, commitSha: string, override?: string): string {
  const given = override?.trim();
  if (given) {
    const problem = seedProblem(given);
    if (problem) throw new SeedError(`seed: ${problem}`);
    return given;
  }
  if (config.seed !== undefined && config.seed !== '') return config.seed;
  return String(Number.parseInt(stableHash('testops-seed', commitSha.trim().toLowerCase()).slice(0, 8), 16));
}

/** A bad seed override: a usage error (exit 2). */
export class SeedError extends UsageError {}
