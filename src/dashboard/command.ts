/**
 * `testops dashboard [--history DIR | --branch NAME] [--out DIR] [--since DATE] [--title T]`:
 * builds the static dashboard from a local history (`testops history import`, default
 * .testops/history) or from the data branch of the repository in the working directory.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { branchSource } from '../history/branch-store.js';
import { directorySource, type HistorySource, readHistory } from '../history/read.js';
import { buildDashboard } from './index.js';

export interface DashboardIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = `usage: testops dashboard [--history DIR | --branch NAME] [--out DIR] [--since YYYY-MM-DD] [--title TEXT]
  Builds a static dashboard (DIR/index.html, self-contained) from the history: pass rate, flaky
  tests, slowest suites and tests against budgets, durations, coverage per package, perf with
  baseline bands and change points, time saved by selection.
  --history DIR   a local history (default .testops/history; see testops history import)
  --branch NAME   the data branch of the repository here (history: store: branch), e.g. testops-data
  --out DIR       where to write (default .testops/dashboard)`;

export async function dashboardCommand(argv: string[], io: DashboardIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      history: { type: 'string' },
      branch: { type: 'string' },
      out: { type: 'string', short: 'o' },
      since: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.history && values.branch) {
    io.stderr('testops dashboard: give --history DIR or --branch NAME, not both\n');
    return 2;
  }
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = new Date(values.since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.since) || Number.isNaN(since.getTime())) {
      io.stderr(`testops dashboard: --since must be a date (YYYY-MM-DD), got "${values.since}"\n`);
      return 2;
    }
  }
  let source: string | HistorySource;
  if (values.branch) {
    const branch = await branchSource({ repo: io.cwd, branch: values.branch });
    if (!branch) {
      io.stderr(`testops dashboard: branch ${values.branch} was not found on origin; a run with history: { store: branch } creates it\n`);
      return 2;
    }
    source = branch;
  } else {
    const dir = resolve(io.cwd, values.history ?? '.testops/history');
    if (!existsSync(dir)) {
      io.stderr(
        `testops dashboard: no history at ${values.history ?? '.testops/history'} (expected a directory with runs/ and archive/; build one with testops history import, or read the data branch with --branch)\n`,
      );
      return 2;
    }
    // messages name files as the user wrote the directory
    source = { ...directorySource(dir), label: values.history ?? '.testops/history' };
  }
  const started = performance.now();
  const { records, problems } = await readHistory(source, since ? { since } : {});
  for (const problem of problems.slice(0, 20)) io.stderr(`${problem}\n`);
  if (problems.length > 20) io.stderr(`… and ${problems.length - 20} more records left out\n`);
  const out = resolve(io.cwd, values.out ?? '.testops/dashboard');
  const built = buildDashboard(records, out, values.title ? { title: values.title } : {});
  const shown = relative(io.cwd, built.path) || built.path;
  io.stdout(
    `dashboard: ${records.length} runs (${built.data.fullRecords} with every test) → ${shown} (${(built.bytes / 1024).toFixed(0)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return problems.length > 0 ? 1 : 0;
}
