/**
 * How rendering scales with the size of the report (npm run bench:render).
 *
 * For reports with N failed tests (plus the fixture's gates, perf, coverage, flaky entries), it
 * times renderComment (65,536-character budget, trimming by bisection), renderSummary (1 MiB
 * budget) and renderAnnotations, against a reference measured in the same run on the same report:
 * JSON.stringify of the report (one pass over the data). The ratio says how many such passes the
 * renderer costs; a ratio that grows with N would mean trimming is worse than linear.
 *
 * Options: --quick (sizes 100 and 1,000), --json. RENDER_BENCH_FULL=1 adds 100,000 failures.
 */
import { renderAnnotations, renderComment, renderSummary } from '../src/render/index.js';
import { oversizedReport } from '../test/render/fixtures/reports.js';

const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const sizes = quick ? [100, 1_000] : [100, 1_000, 10_000, ...(process.env.RENDER_BENCH_FULL ? [100_000] : [])];

/** median milliseconds of `repeat` runs (after one warm-up) */
function time(fn: () => unknown, repeat: number): number {
  fn();
  const samples: number[] = [];
  for (let index = 0; index < repeat; index++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rows: Array<Record<string, number | string>> = [];
for (const failures of sizes) {
  const report = oversizedReport(failures);
  const repeat = failures >= 100_000 ? 3 : failures >= 10_000 ? 5 : 15;
  const reference = time(() => JSON.stringify(report), repeat);
  const comment = time(() => renderComment(report), repeat);
  const summary = time(() => renderSummary(report), repeat);
  const annotations = time(() => renderAnnotations(report, '.github/testops.yml'), repeat);
  const body = renderComment(report);
  rows.push({
    failures,
    referenceMs: Number(reference.toFixed(2)),
    commentMs: Number(comment.toFixed(2)),
    commentRatio: Number((comment / reference).toFixed(1)),
    summaryMs: Number(summary.toFixed(2)),
    summaryRatio: Number((summary / reference).toFixed(1)),
    annotationsRatio: Number((annotations / reference).toFixed(2)),
    commentChars: body.length,
    summaryBytes: Buffer.byteLength(renderSummary(report)),
  });
  if (body.length > 65_536) throw new Error(`renderComment returned ${body.length} characters for ${failures} failures (limit 65,536)`);
}

if (json) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('render: time against JSON.stringify of the same report (median)');
  console.table(rows);
}
