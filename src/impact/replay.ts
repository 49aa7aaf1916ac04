/**
 * `testops replay-impact --from REV --to REV`: replays selection over a repository's own history
 * (today's config against each commit's diff) to show what selection would have saved.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load.js';
import type { Baseline, EventInfo } from '../model.js';
import { createGit } from '../util/git.js';
import { parseNameStatus } from './changes.js';
import { buildImportGraph, type ImportGraph } from './imports.js';
import { selectSuites } from './select.js';

export interface ReplayIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

const USAGE = 'usage: testops replay-impact --from REV --to REV [--config FILE] [--baseline FILE] [--json]';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface ReplayRow {
  commit: string;
  subject: string;
  selected: number;
  total: number;
  /** share of suite time skipped, 0–1 */
  skipped: number;
  /** first reason of a full selection (run-all, unmatched), if any */
  note?: string;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export async function replayImpactCommand(argv: string[], io: ReplayIo): Promise<number> {
  let options: { from?: string; to?: string; config?: string; baseline?: string; json?: boolean };
  try {
    options = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (error) {
    io.stderr(`replay-impact: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!options.from || !options.to) {
    io.stderr(`replay-impact: --from and --to are required\n${USAGE}\n`);
    return 2;
  }
  try {
    const git = createGit(io.cwd);
    const repoRoot = (await git.run(['rev-parse', '--show-toplevel'])).trim();
    const root = createGit(repoRoot);
    const { config, path: configPath } = loadConfig(repoRoot, options.config);
    for (const rev of [options.from, options.to]) {
      const found = (await root.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true })).trim();
      if (!found) throw new ReplayError(`replay-impact: ${rev} is not a commit in ${repoRoot} (fetch the history: git fetch --unshallow)`);
    }
    const weights = await suiteWeights(Object.keys(config.suites), options.baseline);
    const needsGraph = Object.values(config.suites).some((suite) => suite.impact === 'imports');
    const graph: ImportGraph | undefined = needsGraph ? await buildImportGraph(repoRoot) : undefined;
    const log = await root.run(['log', '--first-parent', '--reverse', '--format=%H%x09%P%x09%s', `${options.from}..${options.to}`]);
    const rows: ReplayRow[] = [];
    for (const line of log.split('\n').filter(Boolean)) {
      const [commit, parents, subject] = line.split('\t');
      const parent = parents.split(' ')[0] || EMPTY_TREE;
      const changed = parseNameStatus(await root.run(['diff', '--name-status', '-z', '--find-renames', parent, commit]));
      const event: EventInfo = { name: 'replay', headSha: commit, isDefaultBranch: false, isFork: false };
      const plan = selectSuites({ config, configPath, changed, event, repoRoot, importGraph: graph });
      const totalTime = plan.reduce((sum, suite) => sum + weights.get(suite.name)!, 0);
      const skippedTime = plan.filter((suite) => !suite.selected).reduce((sum, suite) => sum + weights.get(suite.name)!, 0);
      const selected = plan.filter((suite) => suite.selected).length;
      const fullReason =
        selected === plan.length
          ? plan[0]?.reasons.find((reason) => reason.startsWith('run-all') || reason.startsWith('full run'))
          : undefined;
      rows.push({ commit, subject, selected, total: plan.length, skipped: totalTime > 0 ? skippedTime / totalTime : 0, note: fullReason });
    }
    if (options.json) io.stdout(`${JSON.stringify({ commits: rows, median: summary(rows) }, null, 2)}\n`);
    else io.stdout(renderReplay(rows, Boolean(options.baseline)));
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    io.stderr(`${error instanceof ReplayError ? error.message : `replay-impact: ${(error as Error).message}`}\n`);
    return 1;
  }
}

class ReplayError extends Error {}

function summary(rows: ReplayRow[]) {
  return {
    commits: rows.length,
    selected: median(rows.map((row) => row.selected)),
    total: rows[0]?.total ?? 0,
    skipped: median(rows.map((row) => row.skipped)),
  };
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

export function renderReplay(rows: ReplayRow[], weighted: boolean): string {
  if (rows.length === 0) return 'no commits in that range\n';
  const lines = rows.map(
    (row) =>
      `${row.commit.slice(0, 10)}  ${String(row.selected).padStart(3)}/${row.total} suites  ${percent(row.skipped).padStart(4)} of suite time skipped  ${row.subject}${row.note ? `  [${row.note}]` : ''}`,
  );
  const total = summary(rows);
  lines.push(
    `median over ${total.commits} commit${total.commits === 1 ? '' : 's'}: ${total.selected}/${total.total} suites selected, ${percent(total.skipped)} of suite time skipped`,
  );
  if (!weighted) lines.push('(every suite weighs the same: pass --baseline FILE with suite durations to weigh by time)');
  return `${lines.join('\n')}\n`;
}

/** Suite → weight: the median recent duration from a baseline JSON, 1 each without one. */
async function suiteWeights(names: string[], baselinePath?: string): Promise<Map<string, number>> {
  const weights = new Map(names.map((name) => [name, 1]));
  if (!baselinePath) return weights;
  let baseline: Baseline;
  try {
    baseline = JSON.parse(await readFile(baselinePath, 'utf8')) as Baseline;
  } catch (error) {
    throw new ReplayError(
      `replay-impact: --baseline ${baselinePath}: expected a baseline JSON file (${(error as Error).message.split('\n')[0]})`,
    );
  }
  if (!baseline || typeof baseline.suiteDurations !== 'object')
    throw new ReplayError(`replay-impact: --baseline ${baselinePath}: expected a "suiteDurations" mapping of suite → seconds`);
  const known = names.map((name) => median(baseline.suiteDurations[name] ?? []));
  const fallback = median(known.filter((value) => value > 0)) || 1;
  for (const [index, name] of names.entries()) weights.set(name, known[index] > 0 ? known[index] : fallback);
  return weights;
}
