import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

/** Every package src/ imports for its values (type-only imports vanish from the bundle). */
function runtimeImports(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync('src', { recursive: true }).map(String)) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join('src', file), 'utf8');
    for (const match of text.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'/gms)) {
      const spec = match[1];
      if (spec.startsWith('node:')) continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  return names;
}

describe('package.json', () => {
  it('lists every package that ships in dist/ as a runtime dependency', () => {
    const imported = runtimeImports();
    expect(imported.size).toBeGreaterThan(5);
    // uPlot is inlined into the dashboard by the bundle (scripts/bundle.mjs)
    for (const name of [...imported, 'uplot']) expect(pkg.dependencies, name).toHaveProperty(name);
  });
});
