import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/sequencer.js';

// `npm test` runs on a machine with only Node and git. Tests that need outside programs (real test
// runners, diff-cover, Chromium …) are named `*.oracle.test.ts` and run by `npm run test:oracles`
// (vitest.oracles.config.ts), which `.ci/run` runs after installing their Debian packages.
const E2E = 'test/e2e/**/*.test.ts';
const ORACLES = '**/*.oracle.test.ts';
// Files that measure time against a target or a ratio: they run one at a time after the others,
// on cores nobody else in this run is using.
// run-suites.test.ts holds sub-second timeouts and readiness limits of real processes: a loaded
// machine (six files at once) made them miss.
const TIMING = [
  'test/runner/fault-proxy.test.ts',
  'test/runner/faults.test.ts',
  'test/config/edge-cases.test.ts',
  'test/runner/run-suites.test.ts',
  'test/init/scale.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports JSON without an import attribute: let vite transform it.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    pool: 'forks',
    // Most files spend most of their time waiting (throttled GitHub writes a second apart, cache
    // retry backoff, scenario steps), not computing: three files per core keep the cores busy, and
    // the longest files start first (test/sequencer.ts). Measured in docs/testing.md.
    // TESTOPS_TEST_WORKERS=N overrides it (the projects do not see vitest's --maxWorkers).
    maxWorkers: Number(process.env.TESTOPS_TEST_WORKERS) || Math.max(2, availableParallelism() * 3),
    sequence: { sequencer: LongestFirstSequencer },
    reporters: ['default'],
    // per-file CPU time when TESTOPS_TEST_CPU_LOG names a file (docs/testing.md)
    setupFiles: ['test/cpu-time.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['**/node_modules/**', ORACLES, E2E, ...TIMING],
        },
      },
      {
        extends: true,
        test: { name: 'timing', include: TIMING, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        // Each scenario runs the real action: several processes per step, sharing the cores with
        // the other files; the time limit is for a hang, not a measure.
        test: { name: 'e2e', include: [E2E], exclude: ['**/node_modules/**', ORACLES], testTimeout: 300_000, hookTimeout: 120_000 },
      },
    ],
  },
});
