/**
 * Planning cost: 100,000 changed paths against 1,000 suites of 5 globs each (globs compiled
 * once, indexed by literal prefix). The reference, measured in the same run, is the naive way —
 * minimatch(path, glob) per pair — on a sample, scaled up to the full size.
 *
 * Then the import graph of a generated 10,000-file repository (limit 2 s), beside the time it
 * takes only to read those files.
 *
 *   npm run bench:impact                 (full size)
 *   SUITES=100 PATHS=10000 GRAPH_FILES=1000 npm run bench:impact
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { minimatch } from 'minimatch';
import seedrandom from 'seedrandom';
import { parseConfigText } from '../src/config/load.js';
import { buildImportGraph } from '../src/impact/imports.js';
import { selectSuites } from '../src/impact/select.js';
import type { ChangedFile, EventInfo } from '../src/model.js';

const SUITES = Number(process.env.SUITES ?? 1000);
const PATHS = Number(process.env.PATHS ?? 100_000);
const LIMIT_SECONDS = 1;
const random = seedrandom('bench-impact');

const suiteGlobs = (index: number) => [
  `packages/pkg${index}/src/**`,
  `packages/pkg${index}/test/**/*.test.ts`,
  `services/svc${index}/**/*.{ts,js}`,
  `docs/pkg${index}/*.md`,
  `!packages/pkg${index}/src/**/*.snap`,
];
const yaml = [
  'version: 1',
  'unmatched: ignore',
  'suites:',
  ...Array.from({ length: SUITES }, (_, index) => [
    `  s${index}:`,
    '    command: "true"',
    `    paths: ${JSON.stringify(suiteGlobs(index))}`,
  ]).flat(),
].join('\n');
const config = parseConfigText(yaml, 'bench.yml');

// Paths spread over ~3× as many packages as there are suites, so most suites stay unselected and every path is really matched.
const shapes = [
  (n: number) => `packages/pkg${n}/src/module${n % 17}/file${n % 101}.ts`,
  (n: number) => `packages/pkg${n}/test/unit/file${n % 13}.test.ts`,
  (n: number) => `services/svc${n}/handlers/h${n % 7}.js`,
  (n: number) => `docs/pkg${n}/guide${n % 5}.md`,
  (n: number) => `vendor/lib${n}/x/y/z.c`,
];
const changed: ChangedFile[] = Array.from({ length: PATHS }, () => {
  const n = Math.floor(random() * SUITES * 3);
  return { path: shapes[Math.floor(random() * shapes.length)](n), status: 'modified' };
});
const event: EventInfo = { name: 'pull_request', headSha: 'h', isDefaultBranch: false, isFork: false };

const started = performance.now();
const plan = selectSuites({ config, configPath: '.github/testops.yml', changed, event, repoRoot: '.' });
const seconds = (performance.now() - started) / 1000;
const selected = plan.filter((suite) => suite.selected).length;

// Reference: naive per-call minimatch over a sample of paths, extrapolated.
const sample = changed.slice(0, Math.max(1, Math.floor(PATHS / 1000)));
// negations are checked too (as the planner does), but only positive globs count as hits
const globs = Array.from({ length: SUITES }, (_, index) => suiteGlobs(index)).flat();
const naiveStart = performance.now();
let hits = 0;
for (const { path } of sample) for (const glob of globs) if (minimatch(path, glob, { dot: true }) && !glob.startsWith('!')) hits++;
const naiveSeconds = ((performance.now() - naiveStart) / 1000) * (PATHS / sample.length);

console.log(`impact planning: ${PATHS.toLocaleString('en')} changed paths × ${SUITES} suites × 5 globs`);
console.log(`  compiled, indexed : ${seconds.toFixed(3)} s (${selected} suites selected)`);
console.log(`  naive minimatch() : ${naiveSeconds.toFixed(1)} s (extrapolated from ${sample.length} paths, ${hits} hits)`);
console.log(`  ratio             : ${(naiveSeconds / seconds).toFixed(0)}× faster than the reference`);

const full = SUITES >= 1000 && PATHS >= 100_000;
let failed = false;
if (full && seconds >= LIMIT_SECONDS) {
  console.error(`FAIL: planning took ${seconds.toFixed(3)} s, limit ${LIMIT_SECONDS} s`);
  failed = true;
} else console.log(full ? `  within the ${LIMIT_SECONDS} s limit` : '  (reduced size: limit not checked)');

// ── The import graph of a generated repository: GRAPH_FILES files (TS sources, tests, Python) ──
const GRAPH_FILES = Number(process.env.GRAPH_FILES ?? 10_000);
const GRAPH_LIMIT_SECONDS = 2;
const root = mkdtempSync(join(tmpdir(), 'testops-bench-graph-'));
try {
  writeFileSync(join(root, 'package.json'), '{"name":"bench","type":"module"}');
  writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["packages/*"] } } }');
  const packages = Math.max(1, Math.floor(GRAPH_FILES / 100));
  let written = 0;
  for (let pkg = 0; pkg < packages && written < GRAPH_FILES; pkg++) {
    mkdirSync(join(root, `packages/p${pkg}/src`), { recursive: true });
    mkdirSync(join(root, `packages/p${pkg}/test`), { recursive: true });
    mkdirSync(join(root, `py/p${pkg}`), { recursive: true });
    writeFileSync(join(root, `py/p${pkg}/__init__.py`), '');
    for (let file = 0; file < 100 && written < GRAPH_FILES; file++, written++) {
      const kind = file % 10;
      if (kind === 9) {
        writeFileSync(
          join(root, `packages/p${pkg}/test/m${file}.test.ts`),
          `import { f${file - 2} } from '../src/m${file - 2}.js';\nimport { describe } from 'vitest';\ndescribe('m', () => f${file - 2}());\n`,
        );
      } else if (kind === 8) {
        writeFileSync(
          join(root, `py/p${pkg}/m${file}.py`),
          `${file >= 18 ? `from . import m${file - 10}\n` : ''}import os\n\ndef f():\n    return os.sep\n`,
        );
      } else {
        const previous = kind === 0 ? file - 3 : file - 1; // the previous TypeScript source (8 is Python, 9 a test)
        const deps = [
          file > 0 ? `import { f${previous} } from './m${previous}.js';` : '',
          pkg > 0 ? `import * as other from '@lib/p${pkg - 1}/src/m${file}';` : '',
        ];
        writeFileSync(
          join(root, `packages/p${pkg}/src/m${file}.ts`),
          `${deps.join('\n')}\nexport function f${file}(value: number = ${file}): number {\n  return value * 2;\n}\n`,
        );
      }
    }
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  // the reference: reading every file once (the I/O any graph needs)
  const files = execFileSync('git', ['ls-files', '--others'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const readStart = performance.now();
  for (const file of files) readFileSync(join(root, file), 'utf8');
  const readSeconds = (performance.now() - readStart) / 1000;
  const graphStart = performance.now();
  const graph = await buildImportGraph(root);
  const graphSeconds = (performance.now() - graphStart) / 1000;
  const edges = [...graph.imports.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(`import graph: ${files.length.toLocaleString('en')} files (TS sources and tests, Python modules)`);
  console.log(
    `  built             : ${graphSeconds.toFixed(3)} s (${edges.toLocaleString('en')} edges, ${graph.dynamic.size} unresolvable)`,
  );
  console.log(`  reading the files : ${readSeconds.toFixed(3)} s (reference: ${(graphSeconds / readSeconds).toFixed(1)}× the bare reads)`);
  if (GRAPH_FILES >= 10_000 && graphSeconds >= GRAPH_LIMIT_SECONDS) {
    console.error(`FAIL: the graph took ${graphSeconds.toFixed(3)} s, limit ${GRAPH_LIMIT_SECONDS} s`);
    failed = true;
  } else console.log(GRAPH_FILES >= 10_000 ? `  within the ${GRAPH_LIMIT_SECONDS} s limit` : '  (reduced size: limit not checked)');
} finally {
  if (process.env.BENCH_KEEP) console.log(`  kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
if (failed) process.exit(1);
