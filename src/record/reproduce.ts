/**
 * The commands that replay a run: the suite's own command under the run's TEST_SEED, and testops'
 * re-run of the failed tests with the same seed.
 */
import type { RunsFile } from '../model.js';
import { shellQuote } from '../runner/quote.js';

export interface ReproduceInput {
  runs: RunsFile;
  seed: string | undefined;
  /** the suites concerned; every selected suite when empty */
  suites: string[];
  /** name `testops run --failed` (only the failed tests again) */
  failedOnly: boolean;
}

/**
 * The testops command that reruns the run's failed and flaky tests with its seed (`--failed` reads
 * them from the report.json next to this record; `testops failing` lists them one by one).
 */
export function rerunFailedCommand(seed: string | undefined): string {
  return `npx testops run --failed${seed ? ` --seed ${shellQuote(seed)}` : ''}`;
}

export function suiteCommand(command: string, seed: string | undefined): string {
  return `${seed ? `TEST_SEED=${shellQuote(seed)} ` : ''}${command}`;
}

export function reproduceCommands(input: ReproduceInput): string[] {
  const wanted = new Set(input.suites);
  const commands = input.runs.suites
    .filter((suite) => suite.selected && suite.command && (wanted.size === 0 || wanted.has(suite.name)))
    .slice(0, 3)
    .map((suite) => suiteCommand(suite.command, suite.seed || input.seed));
  return input.failedOnly ? [rerunFailedCommand(input.seed), ...commands] : commands;
}
