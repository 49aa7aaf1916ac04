/** Reading the restored baseline directory; every way it can be unusable is said in one plain line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Baseline, BaselineInfo } from '../model.js';
import { formatAge } from '../render/format.js';
import { BASELINE_FILE, BASELINE_SCHEMA_VERSION, baselineFileSchema } from './format.js';

export function readBaseline(
  dir: string,
  options: { maxAgeSeconds: number; now: Date; restoredKey?: string },
): { baseline: Baseline | null; info: BaselineInfo } {
  const file = join(dir, BASELINE_FILE);
  const keyPart = options.restoredKey ? { key: options.restoredKey } : {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'no baseline: nothing was restored from the cache (no default-branch run saved one yet, or it was evicted after 7 days unused)'
        : `no baseline: ${file} cannot be read (${code ?? String(error)})`;
    return { baseline: null, info: { status: 'missing', reason, ...keyPart } };
  }
  const corrupt = (why: string) => ({
    baseline: null,
    info: { status: 'corrupt' as const, reason: `baseline ignored: ${BASELINE_FILE} ${why}`, ...keyPart },
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return corrupt(`is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== BASELINE_SCHEMA_VERSION)
    return corrupt(`has schema version ${JSON.stringify(version) ?? 'none'}, expected ${BASELINE_SCHEMA_VERSION}`);
  const parsed = baselineFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join('.') || '(top level)';
    return corrupt(`is damaged at ${path}: ${issue.message}`);
  }
  const baseline = parsed.data as Baseline;
  const provenance = baseline.provenance;
  const ageSeconds = (options.now.getTime() - Date.parse(provenance.createdAt)) / 1000;
  if (ageSeconds > options.maxAgeSeconds)
    return {
      baseline: null,
      info: {
        status: 'too-old',
        reason: `baseline ignored: made ${formatAge(ageSeconds)} ago at ${provenance.commit.slice(0, 7)}, older than the max-age of ${formatAge(options.maxAgeSeconds)}`,
        provenance,
        ...keyPart,
      },
    };
  return { baseline, info: { status: 'ok', provenance, ...keyPart } };
}
