import { createHash } from 'node:crypto';

/** Short stable hash of the given parts (hex, 16 chars). */
export function stableHash(...parts: Array<string | number | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return hash.digest('hex').slice(0, 16);
}

/** The stable id of a test: hash of suite + file + classname + name (DESIGN §4). */
export function testId(suite: string, file: string | undefined, classname: string | undefined, name: string): string {
  return stableHash(suite, file, classname, name);
}
