/** The baseline directory: format, cache keys, read (PRs), update and write (default-branch runs). */
export { formatAge } from '../render/format.js';
export { BASELINE_FILE, BASELINE_SCHEMA_VERSION } from './format.js';
export { attemptsKeys, CACHE_KEY_PREFIX, cacheKeys, sanitiseBranch, variantSegment } from './keys.js';
export { readBaseline } from './read.js';
export { type BaselineLimits, updateBaseline } from './update.js';
export { writeBaseline } from './write.js';
