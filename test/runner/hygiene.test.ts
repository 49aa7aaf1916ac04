/**
 * Process hygiene with real processes: daemons that leave the process group (setsid, double
 * fork) are found by the run token and stopped, pipes held open never hang the run, and output
 * is bounded in the log and kept whole in a file.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInGroup } from '../../src/runner/process.js';
import type { SuiteRun } from '../../src/model.js';
import { alive, cleanTempDirs, makeConfig, run, tempDir, waitFor } from './helpers.js';

afterEach(cleanTempDirs);

const env = { PATH: process.env.PATH };
const readPid = (file: string) => Number(readFileSync(file, 'utf8').trim());

describe.skipIf(process.platform !== 'linux')('processes that leave the group', () => {
  it('a setsid daemon holding stdout does not hang the command; it is stopped and named', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'daemon.pid');
    const started = Date.now();
    const result = await runInGroup({
      command: `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 300' & sleep 0.2; echo done`,
      cwd: dir,
      env,
      timeoutMs: 20_000,
      graceMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    const daemon = readPid(pidFile);
    expect(result.leaked.map((entry) => entry.pid)).toContain(daemon);
    expect(result.leaked.find((entry) => entry.pid === daemon)?.command).toContain('sleep 300');
    await waitFor(() => !alive(daemon), 2000);
  });

  it('the timeout fires while a setsid child holds the pipes, and every process is ended', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'daemon.pid');
    const started = Date.now();
    const result = await runInGroup({
      command: `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 300' & sleep 300`,
      cwd: dir,
      env,
      timeoutMs: 500,
      graceMs: 300,
    });
    expect(result.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    await waitFor(() => !alive(readPid(pidFile)), 2000);
  });

  it('a double-forked daemon with its output redirected does not outlive the command', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'daemon.pid');
    const result = await runInGroup({
      command: `(setsid sh -c 'echo $$ > ${pidFile}; exec sleep 300' >/dev/null 2>&1 &) ; sleep 0.2`,
      cwd: dir,
      env,
      graceMs: 300,
    });
    expect(result.exitCode).toBe(0);
    const daemon = readPid(pidFile);
    expect(result.leaked.map((entry) => entry.pid)).toContain(daemon);
    await waitFor(() => !alive(daemon), 2000);
  });

  it('a daemon that clears its environment and holds the pipes still does not hang the run', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'daemon.pid');
    const started = Date.now();
    const result = await runInGroup({
      command: `setsid env -i sh -c 'echo $$ > ${pidFile}; exec sleep 30' & sleep 0.2`,
      cwd: dir,
      env,
      graceMs: 300,
    });
    expect(result.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    process.kill(readPid(pidFile), 'SIGKILL');
  });

  it('the suite names the leaked process in its problems', async () => {
    const repo = tempDir();
    const pidFile = join(repo, 'daemon.pid');
    const config = makeConfig({
      suites: { leaky: { command: `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 300' >/dev/null 2>&1 & sleep 0.2` } },
    });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('passed');
    const daemon = readPid(pidFile);
    expect(suite.attempts[0]?.leaked?.[0]).toMatch(new RegExp(`^${daemon} sh -c|^${daemon} sleep 300`));
    expect(suite.problems.map((problem) => problem.message).join('\n')).toMatch(/left 1 process\(es\) running .* they were stopped/);
    expect(alive(daemon)).toBe(false);
  });
});

describe('bounded output', () => {
  it('shows the head up to log-limit, then the last lines, and keeps the whole output in a file', async () => {
    const repo = tempDir();
    const config = makeConfig({
      'log-limit': '1KB',
      suites: { chatty: { command: 'i=0; while [ $i -lt 2000 ]; do echo "line $i"; i=$((i+1)); done' } },
    });
    const { runs, lines } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    const output = suite.attempts[0]?.output;
    expect(output?.bytes).toBe(readFileSync(output?.file as string).length);
    expect(readFileSync(output?.file as string, 'utf8').split('\n')).toHaveLength(2001);
    expect(lines).toContain('line 0');
    expect(lines).not.toContain('line 1000');
    expect(lines).toContain('line 1999');
    expect(lines.some((line) => line.startsWith('… output over the log limit: the rest is in '))).toBe(true);
    const shown = lines.filter((line) => /^line \d+$/.test(line));
    expect(shown.length).toBeLessThan(250);
    expect(output?.hiddenLines).toBe(2000 - shown.length);
  });

  it('cuts a line over 64 KB and keeps it whole in the file', async () => {
    const repo = tempDir();
    const config = makeConfig({ suites: { wide: { command: `node -e "process.stdout.write('é'.repeat(1500000) + '\\nafter\\n')"` } } });
    const { runs, lines } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    const long = lines.find((line) => line.includes('[line cut:')) as string;
    expect(Buffer.byteLength(long)).toBeLessThan(66 * 1024);
    expect(long).not.toContain('\uFFFD');
    expect(lines).toContain('after');
    expect(statSync(suite.attempts[0]?.output?.file as string).size).toBe(suite.attempts[0]?.output?.bytes);
  });
});
