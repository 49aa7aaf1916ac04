/**
 * `testops history import DIR [--out DIR] [--keep-runs N]`: a local history from report.json
 * files (src/history/import.ts). Exit 0 when every report was read, 1 when one could not be
 * (named on stderr, the rest still imported), 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_PATHS } from '../config/load.js';
import { type HealthConfig, type HistoryConfig, healthSchema, historySchema } from '../config/sections/history.js';
import { loadConfig } from '../config/load.js';
import { createGit } from '../util/git.js';
import { importHistory } from './import.js';
import { LOCAL_HISTORY_DIR } from './source.js';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = `usage: testops history import DIR [--out DIR] [--keep-runs N]
  Builds a local history from every report.json under DIR (with the runs.json and plan.json beside
  each, when there, every test is kept). Records go to --out (default ${LOCAL_HISTORY_DIR}) in the data
  branch's layout; testops health and testops dashboard read it.`;

/** history: and health: from the config when there is one, else their defaults. */
export function historySettings(repoRoot: string, configPath?: string): { history: HistoryConfig; health: HealthConfig } {
  const exists = configPath ? true : DEFAULT_CONFIG_PATHS.some((path) => existsSync(resolve(repoRoot, path)));
  if (!exists) return { history: historySchema.parse(undefined), health: healthSchema.parse(undefined) };
  const { config } = loadConfig(repoRoot, configPath);
  return { history: config.history, health: config.health };
}

export async function historyCommand(argv: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(`${USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'import') {
    io.stderr(`testops history: unknown subcommand "${sub}" (expected import)\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      out: { type: 'string' },
      'keep-runs': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`testops history import: expected one directory of report.json files, got ${positionals.length}\n${USAGE}\n`);
    return 2;
  }
  const from = resolve(io.cwd, positionals[0]);
  if (!existsSync(from)) {
    io.stderr(`testops history import: ${positionals[0]} not found\n`);
    return 2;
  }
  let keepRuns: number | undefined;
  if (values['keep-runs'] !== undefined) {
    keepRuns = Number(values['keep-runs']);
    if (!Number.isInteger(keepRuns) || keepRuns < 1) {
      io.stderr(`testops history import: --keep-runs must be a whole number of 1 or more, got "${values['keep-runs']}"\n`);
      return 2;
    }
  }
  // the repository's root, as testops health reads it (run from a sub-directory, it is the same history)
  const repoRoot = (await createGit(io.cwd).run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim() || io.cwd;
  const { history } = historySettings(repoRoot, values.config);
  const out = values.out ? resolve(io.cwd, values.out) : join(repoRoot, LOCAL_HISTORY_DIR);
  const result = await importHistory({ from, out, keepRuns: keepRuns ?? history['keep-runs'], cwd: io.cwd });
  for (const problem of result.problems) io.stderr(`${problem}\n`);
  const whole = result.imported.filter((item) => item.whole).length;
  io.stdout(
    `imported ${result.imported.length} run${result.imported.length === 1 ? '' : 's'} into ${values.out ?? LOCAL_HISTORY_DIR} (${whole} with every test, ${result.imported.length - whole} failures only: no runs.json beside the report)` +
      `${result.already.length > 0 ? `; ${result.already.length} already there` : ''}` +
      `${result.compacted > 0 ? `; ${result.compacted} older run(s) compacted into the archive` : ''}` +
      `${result.problems.length > 0 ? `; ${result.problems.length} file(s) could not be read` : ''}\n`,
  );
  return result.problems.length > 0 ? 1 : 0;
}
