/**
 * Process hygiene with real processes: daemons that leave the process group (setsid, double
 * fork) are found by the run token and stopped, pipes held open never hang the run, and output
 * is bounded in the log and kept whole in a file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

describe.skipIf(process.platform !== 'linux')('the issue #16 cases, as a suite runs them', () => {
  it('a suite with timeout 2s whose setsid daemon holds stdout ends at its timeout, the daemon stopped and named', async () => {
    const repo = tempDir();
    const pidFile = join(repo, 'daemon.pid');
    const config = makeConfig({
      suites: { hang: { command: `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 300' & sleep 300`, timeout: '2s' } },
    });
    const started = Date.now();
    const { runs } = await run(config, repo);
    const elapsed = Date.now() - started;
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('timeout');
    // the timeout, the grace period (300 ms here) and at most a second for the pipes
    expect(elapsed).toBeGreaterThanOrEqual(2000);
    expect(elapsed).toBeLessThan(4500);
    const daemon = readPid(pidFile);
    await waitFor(() => !alive(daemon), 2000);
    expect(suite.attempts[0]?.leaked?.some((entry) => entry.startsWith(`${daemon} `))).toBe(true);
    expect(suite.problems.map((problem) => problem.message).join('\n')).toMatch(
      /had 1 process\(es\) outside its process group \(setsid, daemons\) when it was timed out; they were stopped: \d+ sleep 300/,
    );
  });

  it("a double fork, sh -c '(sleep 300 &) &', holding the pipes: the command returns, the sleep is stopped and named", async () => {
    const repo = tempDir();
    const pidFile = join(repo, 'sleep.pid');
    const config = makeConfig({
      suites: { fork: { command: `sh -c '(sleep 300 & echo $! > ${pidFile}) &'; sleep 0.3; echo forked` } },
    });
    const started = Date.now();
    const { runs, lines } = await run(config, repo);
    expect(Date.now() - started).toBeLessThan(4000);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('passed');
    expect(lines).toContain('forked');
    const sleeper = readPid(pidFile);
    expect(suite.attempts[0]?.leaked).toEqual([`${sleeper} sleep 300`]);
    await waitFor(() => !alive(sleeper), 2000);
  });

  it.skipIf(!existsSync('/usr/bin/time'))(
    'testops run on a suite printing 200 MB on one line: under 200 MB peak RSS (/usr/bin/time -v), the whole line kept in a file',
    async () => {
      const repo = tempDir();
      mkdirSync(join(repo, '.github'));
      writeFileSync(
        join(repo, '.github', 'testops.yml'),
        `version: 1\nsuites:\n  wide:\n    command: head -c 200000000 /dev/zero | tr '\\0' x\n`,
      );
      const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '-qm', 'wide');
      const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
      const child = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'run', '--full', '--format', 'md', '--quiet'], {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(child.status).toBe(0);
      const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]);
      expect(peakKiB / 1024).toBeLessThan(200);
      // the log got the line cut to 64 KB
      const cutLine = child.stderr.split('\n').find((line) => line.includes('[line cut:')) as string;
      expect(Buffer.byteLength(cutLine)).toBeLessThan(66 * 1024);
      expect(statSync(join(repo, '.testops', 'out', 'work', 'wide', '0', 'output.log')).size).toBe(200_000_000);
    },
    60_000,
  );
});
