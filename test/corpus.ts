/**
 * Where the shared corpus of real report files is: $TESTOPS_CORPUS, else `shared/corpus` beside
 * this checkout (how CI lays it out), else /work/shared/corpus. Missing is an error, never a skip.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const beside = join(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

function locate(): string {
  const candidates = [process.env.TESTOPS_CORPUS, beside, '/work/shared/corpus'].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(join(path, 'README.md')));
  if (!found) throw new Error(`the report corpus was not found (looked in ${candidates.join(', ')}); set TESTOPS_CORPUS`);
  return found;
}

export const CORPUS = locate();
