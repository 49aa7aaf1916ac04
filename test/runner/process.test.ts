import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInGroup } from '../../src/runner/process.js';
import { alive, cleanTempDirs, FIXTURES, tempDir, waitFor } from './helpers.js';

afterEach(cleanTempDirs);

describe('runInGroup', () => {
  it('returns the exit code and every output line in order', async () => {
    const lines: string[] = [];
    const result = await runInGroup({
      command: 'echo one; echo two >&2; printf three; exit 4',
      cwd: tempDir(),
      env: { PATH: process.env.PATH },
      graceMs: 200,
      onLine: (line) => lines.push(line),
    });
    expect(result.exitCode).toBe(4);
    expect(result.timedOut).toBe(false);
    expect(lines.sort()).toEqual(['one', 'three', 'two']);
  });

  it('kills the whole process group on timeout, grandchild included', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'grandchild.pid');
    const result = await runInGroup({
      command: `sh ${join(FIXTURES, 'hang.sh')} ${pidFile}`,
      cwd: dir,
      env: { PATH: process.env.PATH },
      timeoutMs: 500,
      graceMs: 200,
    });
    expect(result.timedOut).toBe(true);
    expect(result.durationMs).toBeLessThan(5000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(grandchild), 2000);
  });

  it('SIGKILLs a group that ignores SIGTERM after the grace period', async () => {
    const result = await runInGroup({
      command: `trap '' TERM; echo trapped; sleep 30 & wait; sleep 30`,
      cwd: tempDir(),
      env: { PATH: process.env.PATH },
      timeoutMs: 300,
      graceMs: 300,
    });
    expect(result.timedOut).toBe(true);
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('stops on cancel and says so', async () => {
    const controller = new AbortController();
    const started = runInGroup({
      command: 'sleep 30',
      cwd: tempDir(),
      env: { PATH: process.env.PATH },
      signal: controller.signal,
      graceMs: 200,
    });
    setTimeout(() => controller.abort(), 200);
    const result = await started;
    expect(result.cancelled).toBe(true);
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBeNull();
  });

  it('stops background jobs the command left behind, so it returns', async () => {
    const dir = tempDir();
    const result = await runInGroup({
      command: `sleep 30 & echo $! > ${join(dir, 'bg.pid')}; echo done`,
      cwd: dir,
      env: { PATH: process.env.PATH },
      graceMs: 200,
    });
    expect(result.exitCode).toBe(0);
    await waitFor(() => !alive(Number(readFileSync(join(dir, 'bg.pid'), 'utf8'))), 2000);
  });
});
