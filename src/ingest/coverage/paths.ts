/** Coverage paths → repo-relative, forward slashes (DESIGN: FileCoverage.path). */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { relativePath } from '../text.js';

export function normalizeCoveragePath(path: string, repoRoot?: string): string {
  return relativePath(path.trim(), repoRoot);
}

/**
 * Cobertura class filenames are relative to one of the <source> entries. Take the first source
 * under which the file exists in the repo; else the first source inside the repo; else the name
 * as written (a source from another machine, or a bogus one like "--source").
 */
export function resolveWithSources(filename: string, sources: readonly string[], repoRoot?: string): string {
  const name = filename.replace(/\\/g, '/');
  if (isAbsolute(name) || /^[A-Za-z]:\//.test(name)) return normalizeCoveragePath(name, repoRoot);
  const candidates = sources
    .map((source) => source.trim().replace(/\\/g, '/').replace(/\/+$/, ''))
    .filter((source) => source !== '' && !source.startsWith('-'))
    .map((source) => (isAbsolute(source) ? normalizeCoveragePath(source, repoRoot) : normalizeCoveragePath(source)))
    .filter((source) => !isAbsolute(source));
  const under = (source: string) => normalizeCoveragePath(source === '.' ? name : `${source}/${name}`);
  if (repoRoot) {
    for (const source of candidates) if (existsSync(join(repoRoot, under(source)))) return under(source);
    const inside = sources.find((source) => isAbsolute(source.trim()) && !isAbsolute(normalizeCoveragePath(source, repoRoot)));
    if (inside) return under(normalizeCoveragePath(inside.trim().replace(/\/+$/, ''), repoRoot));
  }
  return normalizeCoveragePath(name);
}
