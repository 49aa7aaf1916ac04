/**
 * Per-file CPU time, for measuring the suite (docs/testing.md): with TESTOPS_TEST_CPU_LOG set, each
 * test file's worker appends one JSON line to that file when the file ends — its own CPU time and
 * that of every process it spawned and waited for (/proc/self/stat utime, stime, cutime, cstime),
 * and its wall time. Without the variable it does nothing.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

const log = process.env.TESTOPS_TEST_CPU_LOG;

/** [own, children] CPU seconds of this process so far (Linux) */
function cpu(): [number, number] {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, cstime field 17
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as [number, number, number, number];
  return [(utime + stime) / 100, (cutime + cstime) / 100];
}

if (log) {
  let start: [number, number] = [0, 0];
  let wall = 0;
  beforeAll(() => {
    start = cpu();
    wall = performance.now();
  });
  afterAll(() => {
    const [own, children] = cpu();
    const file = expect.getState().testPath ?? '?';
    appendFileSync(
      log,
      `${JSON.stringify({ file, pid: process.pid, own, children, ownDelta: own - start[0], childrenDelta: children - start[1], wall: (performance.now() - wall) / 1000, uptime: process.uptime(), end: Date.now() / 1000 })}\n`,
    );
  });
}
