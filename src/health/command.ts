/**
 * `testops health [--history DIR] [--config F] [--format md|json] [--now TIME]`: the health check on
 * this machine, from a history directory, the data branch (history.store: branch) or the local
 * history (.testops/history). Prints the markdown the health issue would hold. Exit 0 when
 * nothing alerts, 1 when something does, 2 on a usage error or when there is no history.
 */
import { parseArgs } from 'node:util';
import { historySettings } from '../history/command.js';
import { loadHistory, NoHistoryError } from '../history/source.js';
import { createGit } from '../util/git.js';
import { assessHealth } from './assess.js';
import { healthMarkdown } from './render.js';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = `usage: testops health [--history DIR] [--config F] [--format md|json] [--now TIME]
  The health check over the last window (health.window, default 7d) of the history: pass rate,
  execution time against SLA, flaky rate, coverage, the window's movers and each alert's steps.
  Reads DIR, else the data branch (history.store: branch), else .testops/history.
  Exit 0 when nothing alerts, 1 when something does.`;

export async function healthCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      history: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', short: 'f' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') {
    io.stderr(`testops health: --format must be md or json, got "${format}"\n`);
    return 2;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    io.stderr(`testops health: --now must be a time like 2026-12-01T08:00:00Z, got "${values.now}"\n`);
    return 2;
  }
  const repoRoot = (await createGit(io.cwd).run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim() || io.cwd;
  const { history, health } = historySettings(repoRoot, values.config);
  let loaded: Awaited<ReturnType<typeof loadHistory>>;
  try {
    loaded = await loadHistory({ repoRoot, history, ...(values.history ? { dir: values.history } : {}) });
  } catch (error) {
    if (!(error instanceof NoHistoryError)) throw error;
    io.stderr(`testops health: ${error.message}\n`);
    return 2;
  }
  for (const problem of loaded.problems) io.stderr(`testops health: left out ${problem}\n`);
  const report = assessHealth(loaded.records, health, now);
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : healthMarkdown(report));
  return report.alerts.length > 0 ? 1 : 0;
}
