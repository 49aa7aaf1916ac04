/**
 * report.html: the run's record as one self-contained page (inline CSS, script and SVG; nothing
 * fetched at view time). Verdict first, then gates, failures, flaky tests, anomalies, coverage,
 * perf, security, why each suite ran, the timeline, the seed and the reproduce commands, and
 * every test.
 *
 * Pure: Report + runs (+ plan, baseline, war-room entries) → string. Every string from a report is
 * escaped here (server side) or set through textContent (the paged lists, from embedded JSON whose
 * `<` are escaped so no value can close the script element).
 */
import { gzipSync } from 'node:zlib';
import type { Baseline, FileCoverage, Plan, Report, RunsFile, TestCase } from '../model.js';
import { linksFor } from '../render/links.js';
import { escapeText } from '../render/escape.js';
import { statusWord } from '../render/vocabulary.js';
import { formatBaselineFigure, formatFigure, formatThreshold } from '../render/quantity.js';
import { formatChange, formatCount, formatMetric, formatPct, formatSeconds, shortSha } from '../render/format.js';
import { REPORT_CSS, REPORT_JS } from './html-client.js';
import { pageHead } from '../render/page.js';
import { rerunFailedCommand, suiteCommand } from './reproduce.js';
import { perfChart, timeline } from './svg.js';
import type { WarroomEntry } from './warroom.js';

const esc = (value: unknown) => escapeText(value, 'html');

export interface HtmlInput {
  report: Report;
  runs: RunsFile;
  plan?: Plan;
  baseline?: Baseline | null;
  warroom?: WarroomEntry[];
}

/** Bounds that keep a hostile or enormous report's page small enough to open. */
export const HTML_LIMITS = {
  /** failures with every attempt's message, stack and output; the rest with their message only */
  detailedFailures: 5000,
  stack: 20_000,
  message: 4000,
  output: 4000,
  /**
   * rows of the "All tests" list: past this the page lists the first ones in report order and says
   * so (runs.json in bundle.zip has every test; the totals and the failures are always complete).
   * At 6 million tests the list alone was gigabytes of memory and hundreds of megabytes of page.
   */
  listedTests: 200_000,
} as const;

const cut = (text: string | undefined, max: number) =>
  text === undefined
    ? undefined
    : text.length > max
      ? `${text.slice(0, max)}\n… (${text.length - max} more characters in report.json / the bundle)`
      : text;

const isFailure = (status: string) => status === 'failed' || status === 'errored';

const EMBED_ESCAPES: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON that is safe inside <script type="application/json">: no "<" can end the element. One pass:
 * a large run's data is tens of megabytes, and each replace made another copy of it.
 */
function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (char) => EMBED_ESCAPES[char] as string);
}

/**
 * Embedded JSON over this many characters is gzipped and base64-encoded (the browser inflates it
 * with DecompressionStream): a 100,000-test page is then ~1 MB instead of ~10 MB, and reading and
 * parsing that many bytes, not the script, was what made such a page slow to open.
 */
export const COMPRESS_OVER = 256 * 1024;

/** The #testops-data element: plain JSON, or gzip+base64 (no "<" either way). */
function dataElement(value: unknown): string {
  const json = embedJson(value);
  if (json.length <= COMPRESS_OVER) return `<script type="application/json" id="testops-data">${json}</script>`;
  const packed = gzipSync(Buffer.from(json, 'utf8'), { level: 6 }).toString('base64');
  return `<script type="application/octet-stream" id="testops-data" data-encoding="gzip-base64">${packed}</script>`;
}

function a(text: string, href: string | undefined): string {
  return href ? `<a href="${esc(href)}" rel="noopener">${esc(text)}</a>` : esc(text);
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2>\n${body}\n</section>`;
}

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((cell, index) => `<th${numeric.includes(index) ? ' class="num"' : ''}>${esc(cell)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, index) => `<td${numeric.includes(index) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A status from the fixed vocabulary (src/render/vocabulary.ts), never the report's own text. */
const statusCell = (status: unknown) => {
  const word = statusWord(status);
  return `<span class="${word}">${word}</span>`;
};

/** Merge every suite's per-file coverage: a line is covered when any suite covered it. */
function coverageFiles(runs: RunsFile): Map<string, FileCoverage> {
  const merged = new Map<
    string,
    { lines: Map<number, number>; branches: Map<number, [number, number]>; counts?: FileCoverage['counts'] }
  >();
  for (const suite of runs.suites) {
    for (const file of suite.coverage?.files ?? []) {
      let entry = merged.get(file.path);
      if (!entry) {
        entry = { lines: new Map(), branches: new Map() };
        merged.set(file.path, entry);
      }
      for (const [line, hits] of file.lines) entry.lines.set(line, Math.max(entry.lines.get(line) ?? 0, hits));
      for (const [line, covered, total] of file.branches) {
        const before = entry.branches.get(line);
        entry.branches.set(line, before ? [Math.max(before[0], covered), Math.max(before[1], total)] : [covered, total]);
      }
      if (file.counts && !entry.counts) entry.counts = file.counts;
    }
  }
  const out = new Map<string, FileCoverage>();
  for (const [path, entry] of merged)
    out.set(path, {
      path,
      lines: [...entry.lines],
      branches: [...entry.branches].map(([line, [covered, total]]) => [line, covered, total] as [number, number, number]),
      ...(entry.counts ? { counts: entry.counts } : {}),
    });
  return out;
}

export function renderReportHtml(input: HtmlInput): string {
  const { report, runs } = input;
  const event = report.event;
  const links = linksFor(event);
  const seed = input.plan?.seed ?? runs.seed;
  const ok = report.conclusion === 'success';
  const failedGates = report.gates.filter((gate) => gate.status === 'fail');
  const title = `testops ${ok ? 'passed' : 'failed'} — ${shortSha(event.headSha)}`;

  // ── verdict ──
  const where = [
    event.repo ? `${event.repo.owner}/${event.repo.repo}` : undefined,
    event.branch ? `branch ${event.branch}` : undefined,
    event.prNumber ? `PR #${event.prNumber}` : undefined,
  ].filter(Boolean) as string[];
  const t = report.totals;
  const verdict = `<header class="verdict ${ok ? 'success' : 'failure'}">
<h1>${ok ? '✔ All gates passed' : `✘ ${failedGates.length} gate${failedGates.length === 1 ? '' : 's'} failed`}</h1>
<p>${esc(where.join(' · '))}${where.length ? ' · ' : ''}commit ${a(shortSha(event.headSha), links.commit(event.headSha))} · ${esc(report.createdAt)}${report.runUrl ? ` · ${a('workflow run', report.runUrl)}` : ''}</p>
<p>${formatCount(t.tests)} tests: ${formatCount(t.passed)} passed, ${formatCount(t.failed + t.errored)} failed, ${formatCount(t.skipped)} skipped, ${formatCount(t.flaky)} flaky · ${esc(formatSeconds(report.duration))} · seed <code>${esc(seed)}</code></p>
</header>`;

  // ── gates ──
  const gates = report.gates.length
    ? table(
        ['', 'Gate', 'Value', 'Baseline', 'Threshold', 'Why'],
        report.gates.map((gate) => [
          statusCell(gate.status),
          `${esc(gate.gate)}${gate.subject ? ` <span class="muted">${esc(gate.subject)}</span>` : ''}${gate.blocking === false ? ' <span class="muted">(not blocking)</span>' : ''}`,
          esc(formatFigure(gate.value, gate.threshold)),
          esc(formatBaselineFigure(gate.baseline, report.createdAt, gate.threshold)),
          esc(formatThreshold(gate.threshold)),
          esc(gate.reason),
        ]),
      )
    : '<p class="muted">No gates were evaluated.</p>';
  const baselineLine = `<p class="muted">Baseline: ${statusWord(report.baseline.status)}${report.baseline.provenance ? ` — commit ${a(shortSha(report.baseline.provenance.commit), links.commit(report.baseline.provenance.commit))} on ${esc(report.baseline.provenance.branch)}, ${esc(report.baseline.provenance.createdAt)}` : ''}${report.baseline.reason ? ` — ${esc(report.baseline.reason)}` : ''}</p>`;

  // ── failures (paged on the client) ──
  const byId = new Map<string, TestCase>();
  let testCount = 0;
  for (const suite of runs.suites) {
    testCount += suite.tests.length;
    for (const test of suite.tests) if (isFailure(test.status)) byId.set(test.id, test);
  }
  const failures = report.failures.map((failure, index) => {
    const test = byId.get(failure.id);
    const detailed = index < HTML_LIMITS.detailedFailures;
    return {
      suite: failure.suite,
      name: failure.name,
      classname: failure.classname,
      status: failure.status,
      file: failure.file,
      line: failure.line,
      href: failure.file ? links.file(failure.file, failure.line) : undefined,
      quarantined: failure.quarantined,
      message: cut(failure.message, HTML_LIMITS.message),
      attempts: detailed
        ? (test?.attempts ?? []).map((attempt) => ({
            status: attempt.status,
            duration: attempt.duration,
            type: attempt.type,
            message: cut(attempt.message, HTML_LIMITS.message),
            stack: cut(attempt.stack, HTML_LIMITS.stack),
            output: cut(attempt.output, HTML_LIMITS.output),
          }))
        : [],
    };
  });
  const failuresBody =
    failures.length === 0
      ? '<p class="pass">No test failed.</p>'
      : `<div id="failures-list"><noscript>${formatCount(failures.length)} failures: this list needs JavaScript; report.json holds them too.</noscript></div>${failures.length > HTML_LIMITS.detailedFailures ? `<p class="muted">Stacks are shown for the first ${formatCount(HTML_LIMITS.detailedFailures)} failures; the others show their message (all of them are in report.json and runs.json).</p>` : ''}`;

  // ── flaky ──
  const flaky = report.flaky.filter((entry) => entry.state !== 'stable');
  const flakyBody =
    flaky.length === 0
      ? '<p class="muted">No flaky test.</p>'
      : flaky
          .map(
            (
              entry,
            ) => `<details class="flaky-test"><summary><span class="badge ${entry.state === 'broken' ? 'fail' : 'flaky'}">${statusWord(entry.state)}</span> ${esc(entry.suite)} › <strong>${esc(entry.name)}</strong> — fails ${esc(formatPct(entry.rate * 100))} of runs (${esc(formatPct(entry.low * 100))}–${esc(formatPct(entry.high * 100))}, ${entry.runs} runs)${entry.quarantined ? ' <span class="muted">quarantined</span>' : ''}</summary>
${entry.file ? `<p>${a(`${entry.file}${entry.line ? `:${entry.line}` : ''}`, links.file(entry.file, entry.line))}</p>` : ''}${entry.issueUrl ? `<p>Issue: ${a(`#${entry.issueNumber ?? ''}`, entry.issueUrl)}</p>` : ''}
<ul class="tight">${entry.evidence.map((line) => `<li>${esc(line)}</li>`).join('')}</ul></details>`,
          )
          .join('\n');

  // ── anomalies ──
  const warroom = input.warroom ?? [];
  const anomaliesBody =
    warroom.length === 0
      ? '<p class="pass">No anomaly.</p>'
      : warroom
          .map(
            (
              entry,
            ) => `<details class="anomaly"><summary><span class="badge ${esc(entry.priority)}">${esc(entry.priority)}</span> <strong>${esc(entry.kind)}</strong> — ${esc(entry.summary)} <span class="muted">(respond ${esc(entry.respondWithin)})</span></summary>
<ol>${entry.remediation.map((step) => `<li>${esc(step)}</li>`).join('')}</ol>
<pre>${esc(JSON.stringify(entry.evidence, null, 1))}</pre></details>`,
          )
          .join('\n');

  // ── coverage ──
  let coverageBody = '<p class="muted">No coverage report.</p>';
  const coverageRows: unknown[] = [];
  if (report.coverage) {
    const files = coverageFiles(runs);
    const patchByPath = new Map((report.coverage.patch?.files ?? []).map((file) => [file.path, file]));
    for (const [path, file] of [...files].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      const lines = file.counts?.lines ?? { covered: file.lines.filter(([, hits]) => hits > 0).length, total: file.lines.length };
      const branches = file.counts?.branches ?? {
        covered: file.branches.reduce((sum, [, covered]) => sum + covered, 0),
        total: file.branches.reduce((sum, [, , total]) => sum + total, 0),
      };
      const patch = patchByPath.get(path);
      coverageRows.push([
        path,
        lines.covered,
        lines.total,
        branches.covered,
        branches.total,
        patch?.total ?? 0,
        patch?.covered ?? 0,
        (patch?.missing ?? []).slice(0, 200),
        links.file(path) ?? null,
      ]);
    }
    for (const [path, patch] of patchByPath)
      if (!files.has(path))
        coverageRows.push([path, 0, 0, 0, 0, patch.total, patch.covered, patch.missing.slice(0, 200), links.file(path) ?? null]);
    const totals = report.coverage.totals;
    const base = report.coverage.baseline;
    const patch = report.coverage.patch;
    coverageBody = `<dl class="kv"><dt>Lines</dt><dd>${esc(formatPct(totals.lines.pct))} (${formatCount(totals.lines.covered)}/${formatCount(totals.lines.total)})${base ? ` — baseline ${esc(formatPct(base.lines.pct))}` : ''}</dd>
<dt>Branches</dt><dd>${esc(formatPct(totals.branches.pct))} (${formatCount(totals.branches.covered)}/${formatCount(totals.branches.total)})${base ? ` — baseline ${esc(formatPct(base.branches.pct))}` : ''}</dd>
${patch ? `<dt>Changed lines</dt><dd>${patch.pct === null ? 'no coverable changed line' : `${esc(formatPct(patch.pct))} (${patch.covered}/${patch.total})`}</dd>` : ''}</dl>
${report.coverage.drops.length ? `<p>Largest drops: ${report.coverage.drops.map((drop) => `${esc(drop.path)} ${esc(formatPct(drop.before))} → ${esc(formatPct(drop.after))}`).join('; ')}</p>` : ''}
<div id="coverage-list"><noscript>Per-file coverage needs JavaScript.</noscript></div>`;
  }

  // ── perf ──
  const perfBody =
    report.perf.length === 0
      ? '<p class="muted">No performance results.</p>'
      : table(
          ['', 'Scenario', 'Metric', 'Baseline', 'Head', 'Change', 'Against the baseline samples', 'Rule'],
          report.perf.map((row) => {
            const known = input.baseline?.perf[row.scenario]?.[row.metric];
            return [
              statusCell(row.status),
              esc(row.scenario),
              esc(row.metric),
              esc(formatMetric(row.base, row.unit)),
              esc(formatMetric(row.head, row.unit)),
              esc(formatChange(row.change)),
              perfChart(
                known?.samples ?? (row.base !== null ? [row.base] : []),
                row.head,
                known?.biggerIsBetter ?? false,
                `${row.scenario} ${row.metric}`,
              ),
              esc(row.rule ?? ''),
            ];
          }),
        );

  // ── security ──
  const counts = report.security.counts;
  const securityBody = `<p>${(['critical', 'high', 'medium', 'low', 'info'] as const).map((severity) => `${counts[severity] ?? 0} ${severity}`).join(' · ')} · ${report.security.existing} known before</p>
${
  report.security.newFindings.length
    ? table(
        ['Severity', 'Tool', 'Rule', 'Where', 'Message'],
        report.security.newFindings.map((finding) => [
          statusCell(finding.severity),
          esc(finding.tool),
          finding.url ? a(finding.rule, /^https?:\/\//i.test(finding.url) ? finding.url : undefined) : esc(finding.rule),
          finding.file
            ? a(`${finding.file}${finding.line ? `:${finding.line}` : ''}`, links.file(finding.file, finding.line))
            : esc(finding.package ?? ''),
          esc(cut(finding.message, 600) ?? ''),
        ]),
      )
    : '<p class="pass">No new finding.</p>'
}`;

  // ── suites: why each ran or not ──
  const suitesBody = table(
    ['Suite', 'Status', 'Tests', 'Duration', 'Budget', 'Why it ran or not'],
    report.suites.map((suite) => [
      `<strong>${esc(suite.name)}</strong>${suite.level ? ` <span class="muted">${esc(suite.level)}</span>` : ''}`,
      statusCell(suite.selected ? suite.status : 'skipped'),
      suite.selected
        ? `${formatCount(suite.tests.passed)}/${formatCount(suite.tests.tests)} passed${suite.tests.flaky ? `, ${suite.tests.flaky} flaky` : ''}`
        : '—',
      suite.selected ? esc(formatSeconds(suite.duration)) : '—',
      suite.budget !== undefined
        ? `<span class="${suite.duration > suite.budget ? 'fail' : ''}">${esc(formatSeconds(suite.budget))}</span>`
        : '—',
      `<ul class="tight">${suite.reasons.map((reason) => `<li>${esc(reason)}</li>`).join('')}</ul>${suite.problems.length ? `<ul class="tight fail">${suite.problems.map((problem) => `<li>${esc(problem.kind)}: ${esc(problem.message)}</li>`).join('')}</ul>` : ''}`,
    ]),
    [2, 3, 4],
  );

  // ── determinism ──
  const determinismBody = report.determinism.length
    ? table(
        ['Suite', 'Repeats', 'Identical outcomes'],
        report.determinism.map((row) => [
          esc(row.suite),
          String(row.repeats),
          `<span class="${row.ratio < 1 ? 'fail' : 'pass'}">${row.identical}/${row.total} (${esc(formatPct(row.ratio * 100))})</span>`,
        ]),
        [1],
      )
    : '';

  // ── timeline ──
  const timelineSvg = timeline(runs);
  const services = runs.suites.flatMap((suite) =>
    suite.services.map((service) => [
      esc(suite.name),
      esc(service.name),
      `<code>${esc(service.command)}</code>`,
      service.ready
        ? `<span class="pass">ready after ${esc(formatSeconds(service.readyAfter ?? 0))}</span>`
        : '<span class="fail">never ready</span>',
      service.died ? `<span class="fail">died (exit ${esc(String(service.exitCode ?? '?'))})</span>` : '',
    ]),
  );
  const attempts = runs.suites.flatMap((suite) =>
    suite.attempts.map((attempt) => [
      esc(suite.name),
      String(attempt.index + 1),
      esc(attempt.kind),
      `<code>${esc(attempt.command)}</code>`,
      attempt.timedOut
        ? '<span class="fail">timed out</span>'
        : `<span class="${attempt.exitCode === 0 ? 'pass' : 'fail'}">${esc(String(attempt.exitCode ?? attempt.signal ?? '?'))}</span>`,
      esc(formatSeconds(attempt.duration)),
    ]),
  );
  const timelineBody = `${timelineSvg || '<p class="muted">No suite ran.</p>'}
${services.length ? `<h3>Services</h3>${table(['Suite', 'Service', 'Command', 'Readiness', ''], services)}` : ''}
${attempts.length ? `<h3>Attempts</h3>${table(['Suite', '#', 'Kind', 'Command', 'Exit', 'Duration'], attempts, [1, 5])}` : ''}`;

  // ── reproduce ──
  const selected = runs.suites.filter((suite) => suite.selected && suite.command);
  const reproduceBody = `<dl class="kv"><dt>Seed</dt><dd><code>${esc(seed)}</code> (TEST_SEED)</dd><dt>Commit</dt><dd><code>${esc(event.headSha)}</code></dd>${input.plan?.mergeBase ? `<dt>Merge base</dt><dd><code>${esc(input.plan.mergeBase)}</code></dd>` : ''}</dl>
${report.failures.length ? `<p>Run again with the same seed:</p><pre>${esc(rerunFailedCommand(seed))}</pre>` : ''}
${selected.length ? `<p>Each suite as it ran:</p><pre>${esc(selected.map((suite) => suiteCommand(suite.command, suite.seed || seed)).join('\n'))}</pre>` : ''}`;

  // ── problems ──
  const problemsBody = report.problems.length
    ? `<ul>${report.problems.map((problem) => `<li><span class="warn">${esc(problem.kind)}</span>${problem.suite ? ` [${esc(problem.suite)}]` : ''}: ${esc(problem.message)}${problem.file ? ` <span class="muted">${esc(problem.file)}${problem.line ? `:${problem.line}` : ''}</span>` : ''}</li>`).join('')}</ul>`
    : '';

  // ── all tests (paged on the client), column by column: a 100,000-test page parses 9 arrays, not
  // 100,000 small ones. Each file's path and link are kept once in `files` (a test's link is its
  // file's plus #Lline); `file` is an index into it or -1, `line` 0 when unknown, `status` an index
  // into `statuses`.
  const listed: TestCase[] = [];
  for (const suite of runs.suites) {
    if (listed.length >= HTML_LIMITS.listedTests) break;
    for (const test of suite.tests) {
      if (listed.length >= HTML_LIMITS.listedTests) break;
      listed.push(test);
    }
  }
  const suiteNames = [...new Set(listed.map((test) => test.suite))];
  const suiteIndex = new Map(suiteNames.map((name, index) => [name, index]));
  const fileIndex = new Map<string, number>();
  const statuses: string[] = [];
  const statusIndex = new Map<string, number>();
  const columns = {
    files: [] as Array<[string, string | null]>,
    statuses,
    suite: [] as number[],
    name: [] as string[],
    file: [] as number[],
    line: [] as number[],
    status: [] as number[],
    duration: [] as number[],
    flaky: [] as number[],
    attempts: [] as number[],
  };
  for (const test of listed) {
    let fileAt = -1;
    if (test.file !== undefined) {
      fileAt = fileIndex.get(test.file) ?? -1;
      if (fileAt < 0) {
        fileAt = columns.files.push([test.file, links.file(test.file) ?? null]) - 1;
        fileIndex.set(test.file, fileAt);
      }
    }
    let statusAt = statusIndex.get(test.status);
    if (statusAt === undefined) {
      statusAt = statuses.push(test.status) - 1;
      statusIndex.set(test.status, statusAt);
    }
    columns.suite.push(suiteIndex.get(test.suite) ?? 0);
    columns.name.push(test.name);
    columns.file.push(fileAt);
    columns.line.push(test.line ?? 0);
    columns.status.push(statusAt);
    columns.duration.push(Number(test.duration.toFixed(4)));
    columns.flaky.push(test.flaky ? 1 : 0);
    columns.attempts.push(test.attempts.length);
  }
  const capped =
    listed.length < testCount
      ? `<p class="muted">The list shows the first ${formatCount(listed.length)} of ${formatCount(testCount)} tests, in report order: runs.json in the run's bundle holds every test. The totals, failures and flaky tests above count them all.</p>`
      : '';
  const testsBody = `${capped}<div id="tests-list"><noscript>${formatCount(testCount)} tests: this list needs JavaScript.</noscript></div>`;

  const sections: Array<[string, string, string] | undefined> = [
    ['gates', 'Gates', `${gates}\n${baselineLine}`],
    ['failures', `Failures (${formatCount(failures.length)})`, failuresBody],
    ['flaky', `Flaky tests (${flaky.length})`, flakyBody],
    ['anomalies', `Anomalies (${warroom.length})`, anomaliesBody],
    ['coverage', 'Coverage', coverageBody],
    ['perf', 'Performance', perfBody],
    ['security', 'Security', securityBody],
    ['suites', 'Suites: why each ran or not', suitesBody],
    determinismBody ? ['determinism', 'Determinism', determinismBody] : undefined,
    ['timeline', 'Timeline', timelineBody],
    ['reproduce', 'Seed and reproduce', reproduceBody],
    problemsBody ? ['problems', `Problems (${report.problems.length})`, problemsBody] : undefined,
    [
      'tests',
      listed.length < testCount
        ? `Tests (first ${formatCount(listed.length)} of ${formatCount(testCount)})`
        : `All tests (${formatCount(testCount)})`,
      testsBody,
    ],
  ];
  const present = sections.filter((entry): entry is [string, string, string] => entry !== undefined);
  const nav = `<nav class="toc">${present.map(([id, heading]) => `<a href="#${id}">${esc(heading)}</a>`).join('')}</nav>`;
  const data = { suites: suiteNames, failures, tests: columns, coverageFiles: coverageRows };

  return `${pageHead(title, [REPORT_CSS])}
<body>
${verdict}
${nav}
<main>
${present.map(([id, heading, body]) => section(id, heading, body)).join('\n')}
<p class="muted">testops ${esc(report.version_testops)} · report.json, runs.json and the raw reports are in the run's bundle.</p>
</main>
${dataElement(data)}
<script>${REPORT_JS}</script>
</body>
</html>
`;
}
