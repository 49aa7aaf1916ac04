/** Shared setup for the runner tests: temp repos, free ports, configs, plans, a run with real processes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfig } from '../../src/config/load.js';
import type { Config, ConfigInput } from '../../src/config/schema.js';
import { mergeTestCases, parseReportFile } from '../../src/ingest/index.js';
import type { Plan, RunsFile } from '../../src/model.js';
import { type RunInput, runSuites } from '../../src/runner/index.js';
import { systemClock } from '../../src/util/clock.js';
import { memoryLog } from '../../src/util/log.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

const made: string[] = [];

export function tempDir(prefix = 'testops-runner-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function makeConfig(input: Omit<ConfigInput, 'version'>): Config {
  // retries 0 unless a test asks for them (the config default is 2): each test states what it exercises
  return validateConfig({ version: 1, retries: 0, ...input }, 'test config');
}

export function makePlan(config: Config, repoRoot: string, options: { skip?: Record<string, string>; seed?: string } = {}): Plan {
  return {
    version: 1,
    createdAt: new Date().toISOString(),
    configPath: '.github/testops.yml',
    repoRoot,
    event: { name: 'local', headSha: 'abc123', isDefaultBranch: false, isFork: false },
    changedFiles: null,
    changedSource: 'none',
    full: true,
    suites: Object.keys(config.suites).map((name) =>
      options.skip?.[name]
        ? { name, selected: false, reasons: [options.skip[name] as string] }
        : { name, selected: true, reasons: ['full run'] },
    ),
    seed: options.seed ?? '12345',
    cache: { key: 'k', restoreKeys: [] },
    problems: [],
  };
}

/** Run the plan with the real parser; short grace and poll periods keep the tests fast. */
export async function run(
  config: Config,
  repoRoot: string,
  overrides: Partial<RunInput> & { plan?: Plan } = {},
): Promise<{ runs: RunsFile; lines: string[] }> {
  const log = memoryLog();
  const runs = await runSuites({
    plan: overrides.plan ?? makePlan(config, repoRoot),
    config,
    repoRoot,
    workDir: join(repoRoot, '.work'),
    log,
    clock: systemClock,
    parse: (file, options) => parseReportFile(file, options),
    mergeTests: mergeTestCases,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    graceMs: 300,
    pollMs: 50,
    ...overrides,
  });
  return { runs, lines: log.lines };
}

/** Whether a process is running (a zombie, dead but not yet reaped, is not). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return process.platform !== 'linux';
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
