/**
 * Planning cost: 100,000 changed paths against 1,000 suites of 5 globs each (globs compiled
 * once, indexed by literal prefix). The reference, measured in the same run, is the naive way —
 * minimatch(path, glob) per pair — on a sample, scaled up to the full size.
 *
 *   npm run bench:impact                 (full size)
 *   SUITES=100 PATHS=10000 npm run bench:impact
 */
import { performance } from 'node:perf_hooks';
import { minimatch } from 'minimatch';
import seedrandom from 'seedrandom';
import { parseConfigText } from '../src/config/load.js';
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
if (full && seconds >= LIMIT_SECONDS) {
  console.error(`FAIL: planning took ${seconds.toFixed(3)} s, limit ${LIMIT_SECONDS} s`);
  process.exit(1);
}
console.log(full ? `  within the ${LIMIT_SECONDS} s limit` : '  (reduced size: limit not checked)');
