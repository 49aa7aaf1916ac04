/**
 * Detection grows with the repository, not with packages × files: a workspace of 600 packages
 * (60,600 files) takes at most 30 times as long as one of 60 (6,060 files) — 10 when linear, about
 * 100 when every package scans every file, as the first version did (9.5 s for the larger one).
 */
import { cpus, loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/init/index.js';
import type { RepoFiles } from '../../src/init/types.js';

function workspace(packages: number): RepoFiles {
  const texts = new Map<string, string>([
    ['package.json', JSON.stringify({ private: true, workspaces: ['packages/*'], scripts: { test: 'npm test --workspaces' } })],
  ]);
  const paths = ['package.json', 'package-lock.json'];
  for (let p = 0; p < packages; p++) {
    const dir = `packages/p${p}`;
    texts.set(`${dir}/package.json`, JSON.stringify({ name: `p${p}`, scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4' } }));
    paths.push(`${dir}/package.json`);
    for (let i = 0; i < 80; i++) paths.push(`${dir}/src/m${i}.ts`);
    for (let i = 0; i < 20; i++) paths.push(`${dir}/test/m${i}.test.ts`);
  }
  paths.sort();
  const set = new Set(paths);
  return { paths, has: (path) => set.has(path), read: (path) => texts.get(path) ?? (set.has(path) ? '' : undefined) };
}

/** The fastest of a few runs, in milliseconds. */
function time(files: RepoFiles): { ms: number; suites: number } {
  let best = Number.POSITIVE_INFINITY;
  let suites = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    suites = detect(files, undefined).suites.length;
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, suites };
}

describe('testops init at scale', () => {
  it('600 packages take at most 30× the time of 60', () => {
    const small = time(workspace(60));
    const large = time(workspace(600));
    const ratio = large.ms / small.ms;
    console.log(
      `init detect: 60 packages ${small.ms.toFixed(0)} ms, 600 packages ${large.ms.toFixed(0)} ms, ratio ${ratio.toFixed(1)} (target ≤ 30); load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
    expect([small.suites, large.suites]).toEqual([60, 600]);
    expect(ratio).toBeLessThanOrEqual(30);
  });
});
