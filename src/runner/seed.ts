/** TEST_SEED: the configured seed, or one derived from the commit so a re-run of the same commit gets the same seed. */
import type { Config } from '../config/schema.js';
import { stableHash } from '../util/id.js';

/** A decimal seed below 2^32 (accepted by every common seeded random generator). */
export function deriveSeed(config: Pick<Config, 'seed'>, commitSha: string): string {
  if (config.seed !== undefined && config.seed !== '') return config.seed;
  return String(Number.parseInt(stableHash('testops-seed', commitSha.trim().toLowerCase()).slice(0, 8), 16));
}
