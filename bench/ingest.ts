// `npm run bench:ingest`: JUnit parse throughput and peak RSS — ours against bare saxes, a
// fast-xml-parser DOM and xml2js, on the same generated files in the same run, as ratios.
// Sizes: 10 MB and 100 MB (--quick: 10 MB only); 1 GB with BENCH_1GB=1 (ours and saxes only:
// the DOM parsers cannot hold it). Each parse runs in its own process for a clean peak RSS.
// The machine is shared, so each size is measured in BENCH_ROUNDS rounds (default 3; 1 at 1 GB),
// the parsers interleaved within a round: a parser's time is its fastest round (the least
// disturbed), its peak RSS the largest seen.
// Then every other format at 100 MB (--quick: 10 MB), each parsed with detection as `testops run`
// does, against the limits of issue #13 (≤ 1.5 GiB peak RSS, ≤ 30 s), wall and CPU time shown; and
// Locust's _stats_history.csv at N and 10·N rows (10× the rows in ≤ 12× the CPU time).
// --formats: only the other-formats section.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { FORMAT_GENERATORS } from './ingest-formats.js';
import { generate } from './ingest-generate.js';

const MB = 1024 * 1024;
const quick = process.argv.includes('--quick');
const formatsOnly = process.argv.includes('--formats');
const sizes = formatsOnly ? [] : quick ? [10] : [10, 100];
if (process.env.BENCH_1GB === '1') sizes.push(1024);

const dir = mkdtempSync(join(tmpdir(), 'testops-bench-ingest-'));

// The worker is bundled with esbuild, as dist/ is, and run by plain node: what ships is measured,
// and no parser's figures include tsx (its loader thread alone is ~40 MB of RSS).
const worker = join(dir, 'ingest-worker.mjs');
try {
  await build({
    entryPoints: [join(import.meta.dirname, 'ingest-worker.ts')],
    outfile: worker,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);",
    },
  });
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  throw error;
}

function measure(parser: string, file: string): { ms: number; cpuMs: number; rss: number; tests: number } {
  // the other formats run as testops runs (node's default heap limit); the DOM parsers need room
  const flags = parser === 'any' ? [] : ['--max-old-space-size=8192'];
  const output = execFileSync(process.execPath, [...flags, worker, parser, file], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  return JSON.parse(output.trim().split('\n').pop()!);
}

try {
  for (const size of sizes) {
    const file = join(dir, `junit-${size}mb.xml`);
    const cases = await generate(file, size * MB);
    const mb = statSync(file).size / MB;
    const parsers = size >= 1024 ? ['ours', 'saxes'] : ['ours', 'saxes', 'fast-xml-parser', 'xml2js'];
    const roundsNote = size >= 1024 ? '1 round' : `best of ${Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3))} rounds`;
    console.log(`\nJUnit ${mb.toFixed(0)} MB, ${cases.toLocaleString('en')} test cases (${roundsNote})`);
    const results: Record<string, { ms: number; rss: number; tests: number }> = {};
    const failed = new Set<string>();
    const rounds = size >= 1024 ? 1 : Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
    for (let round = 0; round < rounds; round++) {
      for (const parser of parsers) {
        if (failed.has(parser)) continue;
        try {
          const result = measure(parser, file);
          const best = results[parser];
          results[parser] = best ? { ms: Math.min(best.ms, result.ms), rss: Math.max(best.rss, result.rss), tests: result.tests } : result;
        } catch (error) {
          failed.add(parser);
          console.log(`  ${parser.padEnd(16)} failed: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    const ours = results.ours;
    for (const [parser, result] of Object.entries(results)) {
      if (result.tests !== cases) console.log(`  !! ${parser} counted ${result.tests} test cases, expected ${cases}`);
      const speed = mb / (result.ms / 1000);
      const ratio =
        ours && parser !== 'ours'
          ? `  ours/${parser}: speed ×${(speed === 0 ? 0 : mb / (ours.ms / 1000) / speed).toFixed(2)}, RSS ×${(ours.rss / result.rss).toFixed(2)}`
          : '';
      console.log(
        `  ${parser.padEnd(16)} ${speed.toFixed(1).padStart(7)} MB/s  peak RSS ${(result.rss / MB).toFixed(0).padStart(5)} MB${ratio}`,
      );
    }
    if (size === 100 && ours && results.xml2js && results.saxes) {
      const speedVsXml2js = results.xml2js.ms / ours.ms;
      const rssVsXml2js = ours.rss / results.xml2js.rss;
      const vsSaxes = ours.ms / results.saxes.ms;
      console.log(
        `  targets at 100 MB: ≥4× xml2js speed: ${speedVsXml2js.toFixed(2)}× ${speedVsXml2js >= 4 ? 'ok' : 'MISSED'}; ≤¼ xml2js RSS: ${rssVsXml2js.toFixed(2)} ${rssVsXml2js <= 0.25 ? 'ok' : 'MISSED'}; within 2× of saxes: ${vsSaxes.toFixed(2)}× ${vsSaxes <= 2 ? 'ok' : 'MISSED'}`,
      );
    }
    if (size >= 1024 && ours) {
      const limit = 1.5 * 1024 * MB;
      const margin = Math.round((limit - ours.rss) / MB);
      console.log(
        `  1 GB: peak RSS ${(ours.rss / MB).toFixed(0)} MiB, ${margin >= 0 ? `under 1.5 GiB by ${margin} MiB: ok` : `over 1.5 GiB by ${-margin} MiB: MISSED`}`,
      );
    }
    rmSync(file, { force: true });
  }

  const formatMb = quick ? 10 : 100;
  const limitRss = 1.5 * 1024 * MB;
  const limitMs = 30_000;
  console.log(`\nEvery other format at ${formatMb} MB (detected from the content; limits: peak RSS ≤ 1536 MiB, time ≤ 30 s)`);
  let missed = 0;
  // BENCH_FORMATS="lcov,ctrf" measures only those
  const only = process.env.BENCH_FORMATS?.split(',').map((name) => name.trim());
  for (const [name, make] of Object.entries(FORMAT_GENERATORS)) {
    if (only && !only.includes(name)) continue;
    const file = join(dir, `${name.replace(/\W+/g, '-')}.report`);
    await make(file, formatMb * MB);
    const mb = statSync(file).size / MB;
    try {
      const result = measure('any', file);
      const ok = result.rss <= limitRss && result.ms <= limitMs;
      if (!ok) missed++;
      console.log(
        `  ${name.padEnd(30)} ${mb.toFixed(0).padStart(4)} MB  wall ${(result.ms / 1000).toFixed(1).padStart(5)} s  CPU ${(result.cpuMs / 1000).toFixed(1).padStart(5)} s  peak RSS ${(result.rss / MB).toFixed(0).padStart(5)} MiB  ${ok ? 'ok' : 'MISSED'}`,
      );
    } catch (error) {
      missed++;
      console.log(`  ${name.padEnd(30)} failed: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
    }
    rmSync(file, { force: true });
  }
  // Locust history in linear time: CPU time (less disturbed by other work than wall time)
  const historyMb = quick ? 2 : 8;
  const times: number[] = [];
  for (const size of [historyMb, historyMb * 10]) {
    const file = join(dir, `history-${size}.csv`);
    await FORMAT_GENERATORS['locust history']!(file, size * MB);
    times.push(measure('any', file).cpuMs);
    rmSync(file, { force: true });
  }
  const growth = times[1]! / times[0]!;
  if (growth > 12) missed++;
  console.log(
    `  Locust _stats_history.csv: ${historyMb} MB in ${(times[0]! / 1000).toFixed(2)} s CPU, ${historyMb * 10} MB in ${(times[1]! / 1000).toFixed(2)} s: 10× the rows in ${growth.toFixed(1)}× the time (≤ 12×: ${growth <= 12 ? 'ok' : 'MISSED'})`,
  );
  if (missed > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
