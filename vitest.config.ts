import { defineConfig } from 'vitest/config';

// `npm test` runs on a machine with only Node and git. Tests that need outside programs (real test
// runners, diff-cover, Chromium …) are named `*.oracle.test.ts` and run by `npm run test:oracles`
// (vitest.oracles.config.ts), which `.ci/run` runs after installing their Debian packages.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.oracle.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports JSON without an import attribute: let vite transform it.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    pool: 'forks',
    reporters: ['default'],
  },
});
