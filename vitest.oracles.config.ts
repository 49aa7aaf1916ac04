import { defineConfig } from 'vitest/config';

// Tests that compare testops with outside programs (real test runners, diff-cover, Chromium …).
// `.ci/run` installs what they need (the package list there) before `npm run test:oracles`.
export default defineConfig({
  test: {
    include: ['test/**/*.oracle.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    pool: 'forks',
    reporters: ['default'],
  },
});
