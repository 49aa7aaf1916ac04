/**
 * The run's record: report.html, warroom.ndjson and bundle.zip written into one directory (the
 * CLI's --out, the action's $RUNNER_TEMP/testops/out). The renderers are pure; this is the edge
 * that writes files.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeRunsJson } from '../runner/runs-json.js';
import type { Baseline, Plan, Report, RunsFile } from '../model.js';
import { writeText } from '../pipeline/files.js';
import { releaseMemory } from '../util/memory.js';
import { bundleEntries, writeBundle } from './bundle.js';
import { renderReportHtml } from './html.js';
import { detectAnomalies, toNdjson, type WarroomEntry } from './warroom.js';

export { renderReportHtml } from './html.js';
export { detectAnomalies, toNdjson, type WarroomEntry } from './warroom.js';

export interface RecordInput {
  report: Report;
  runs: RunsFile;
  plan?: Plan;
  baseline?: Baseline | null;
  comment: string;
  summary: string;
  /** the runner's work directory (raw reports and logs per suite) */
  workDir: string;
  /**
   * runs.json as written for these runs, streamed into the bundle from disk; without it the runs
   * are written to a temporary file first (never one string: see src/runner/runs-json.ts)
   */
  runsFile?: string;
}

export interface RecordPaths {
  html: string;
  warroom: string;
  bundle: string;
  anomalies: WarroomEntry[];
}

/** The last lines of each suite's attempt outputs (WORK/SUITE/N/output.log), read from their ends. */
export function logTails(workDir: string, runs: RunsFile, lines = 40): Record<string, string> {
  const tails: Record<string, string> = {};
  for (const suite of runs.suites) {
    const texts: string[] = [];
    for (const attempt of suite.attempts) {
      const path = attempt.output?.file ?? join(workDir, suite.name, String(attempt.index), 'output.log');
      if (!existsSync(path)) continue;
      const size = statSync(path).size;
      const length = Math.min(size, 64 * 1024);
      const buffer = Buffer.alloc(length);
      const fd = openSync(path, 'r');
      try {
        readSync(fd, buffer, 0, length, size - length);
      } finally {
        closeSync(fd);
      }
      texts.push(buffer.toString('utf8').split('\n').slice(-lines).join('\n'));
    }
    if (texts.length > 0) tails[suite.name] = texts.join('\n');
  }
  return tails;
}

export async function writeRecord(outDir: string, input: RecordInput): Promise<RecordPaths> {
  const anomalies = detectAnomalies({ ...input, logTails: logTails(input.workDir, input.runs) });
  const html = renderReportHtml({ ...input, warroom: anomalies });
  const warroom = toNdjson(anomalies);
  const paths = { html: join(outDir, 'report.html'), warroom: join(outDir, 'warroom.ndjson'), bundle: join(outDir, 'bundle.zip') };
  writeText(paths.html, html);
  writeText(paths.warroom, warroom);
  // the page's making (its data, gzipped) goes before the bundle reads runs.json and the reports
  releaseMemory();
  const temporary =
    input.runsFile && existsSync(input.runsFile) ? undefined : join(mkdtempSync(join(tmpdir(), 'testops-record-')), 'runs.json');
  try {
    if (temporary) writeRunsJson(temporary, input.runs);
    await writeBundle(
      paths.bundle,
      bundleEntries(
        {
          'report.json': `${JSON.stringify(input.report, null, 1)}\n`,
          'report.html': html,
          'comment.md': input.comment,
          'summary.md': input.summary,
          'warroom.ndjson': warroom,
        },
        input.workDir,
        temporary ?? (input.runsFile as string),
      ),
    );
  } finally {
    if (temporary) rmSync(dirname(temporary), { recursive: true, force: true });
  }
  return { ...paths, anomalies };
}
