/**
 * `testops failing [--report FILE] [--format text|json]`: the failed and flaky tests of a run with
 * their suite, seed and mode and the shell line that reproduces each; `testops run --failed` reruns
 * them all (see replayPlan).
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { terminalText } from '../render/terminal.js';
import { createGit } from '../util/git.js';
import { shellQuote } from './quote.js';
import { failingEntries, readReplay, ReplayError } from './replay.js';
import { seedProblem } from './seed.js';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export const FAILING_HELP = `testops failing [--report FILE] [--config F] [--seed S] [--format text|json]
      Lists the failed and flaky tests of a run (FILE defaults to .testops/out/report.json) with
      suite, seed, mode and the command that reproduces each; testops run --failed reruns them.`;

/** Where the report is: --report FILE (from the working directory), else the local run's. */
export async function reportPathOf(given: string | undefined, cwd: string): Promise<{ path: string; shown: string }> {
  if (given) {
    const path = isAbsolute(given) ? given : resolve(cwd, given);
    return { path, shown: given };
  }
  const top = (await createGit(cwd).run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim() || cwd;
  const path = join(top, '.testops/out/report.json');
  return { path, shown: relative(cwd, path) || path };
}

export function seedOverride(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const seed = flag ?? (env.TEST_SEED || undefined);
  if (seed === undefined) return undefined;
  const problem = seedProblem(seed.trim());
  if (problem) throw new ReplayError(`${flag !== undefined ? '--seed' : 'TEST_SEED'}: ${problem}`);
  return seed.trim();
}

export async function failingCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      report: { type: 'string' },
      config: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(`${FAILING_HELP}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new ReplayError(`--format: expected text or json, got "${format}"`);
  const { path, shown } = await reportPathOf(values.report, io.cwd);
  const replay = readReplay(path, shown);
  const top = (await createGit(io.cwd).run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim() || io.cwd;
  const { config } = loadConfig(top, values.config);
  const entries = failingEntries(replay, config, seedOverride(values.seed, process.env));
  const all = `npx testops run --failed${values.report ? ` --report ${shellQuote(shown)}` : ''}`;
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ report: shown, seed: entries[0]?.seed ?? replay.seed, tests: entries, rerun: entries.length > 0 ? all : null }, null, 2)}\n`,
    );
    return 0;
  }
  if (entries.length === 0) {
    io.stdout(`No failed or flaky test in ${terminalText(shown)} (seed ${replay.seed}).\n`);
    return 0;
  }
  const failed = entries.filter((entry) => entry.status !== 'flaky').length;
  const flaky = entries.length - failed;
  const lines = [
    `${[failed ? `${failed} failed` : '', flaky ? `${flaky} flaky` : ''].filter(Boolean).join(' and ')} test(s) in ${terminalText(shown)} (seed ${entries[0]?.seed}):`,
    '',
  ];
  for (const entry of entries) {
    const where = entry.file ? ` (${terminalText(entry.file)}${entry.line ? `:${entry.line}` : ''})` : '';
    lines.push(`${entry.status.padEnd(7)} ${terminalText(entry.suite)} › ${terminalText(entry.name)}${where}`);
    if (entry.message) lines.push(`        ${terminalText(entry.message.split('\n')[0]?.slice(0, 200) ?? '')}`);
    lines.push(`        seed ${entry.seed}, mode ${terminalText(entry.mode)}`);
    lines.push(`        reproduce: ${terminalText(entry.reproduce)}`);
    if (entry.note) lines.push(`        (${terminalText(entry.note)})`);
  }
  lines.push('', `Rerun them all with the same seed and mode: ${all}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
