import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports JSON without an import attribute: let vite transform it.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    pool: 'forks',
    reporters: ['default'],
  },
});
