/** Writing the baseline directory that the cache save step stores. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Baseline } from '../model.js';
import { redactor } from '../util/redact.js';
import { BASELINE_FILE } from './format.js';

export function writeBaseline(dir: string, baseline: Baseline): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, BASELINE_FILE);
  // write then rename: a run killed mid-write must not leave a half file for the save step
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(redactor.deep(baseline))}\n`);
  renameSync(temporary, file);
}
