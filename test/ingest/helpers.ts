import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export { CORPUS } from '../corpus.js';

/** A temp directory removed after the file's tests; write(name, content) returns the path. */
export function tempFiles(): (name: string, content: string | Uint8Array) => string {
  const dir = mkdtempSync(join(tmpdir(), 'testops-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}
