/**
 * A retry that reruns only the failed tests writes the coverage of those tests alone, often nothing
 * (jest with collectCoverage, c8 around node --test: an empty lcov.info). Coverage comes from the
 * first attempt that produced any, so a retry's coverage files are not read once it has: an empty
 * one is no parse error, and the full run's coverage stands.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SuiteRun } from '../../src/model.js';
import { cleanTempDirs, makeConfig, run, tempDir } from './helpers.js';

afterEach(cleanTempDirs);

// first run: one failing test and the full coverage; the retry: the test passes, lcov.info is empty
const SCRIPT = `mkdir -p reports coverage
if [ -f seen ]; then
  printf '<testsuite name="s"><testcase classname="c" name="flaky"/></testsuite>' > reports/junit.xml
  : > coverage/lcov.info
else
  touch seen
  printf '<testsuite name="s"><testcase classname="c" name="flaky"><failure message="first"/></testcase><testcase classname="c" name="steady"/></testsuite>' > reports/junit.xml
  printf 'SF:src/a.js\\nDA:1,1\\nDA:2,0\\nend_of_record\\n' > coverage/lcov.info
fi
`;

describe('coverage across retries', () => {
  it("keeps the full run's coverage and reads no coverage file of a retry of failed tests", async () => {
    const repo = tempDir();
    writeFileSync(join(repo, 'suite.sh'), SCRIPT);
    const config = makeConfig({
      suites: {
        unit: {
          command: 'sh suite.sh',
          rerun: 'sh suite.sh {tests}',
          retries: 1,
          reports: { junit: 'reports/junit.xml', coverage: 'coverage/lcov.info' },
        },
      },
    });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.attempts).toHaveLength(2);
    expect(suite.problems).toEqual([]);
    expect(suite.status).toBe('passed');
    expect(suite.coverage?.totals.lines).toMatchObject({ covered: 1, total: 2 });
  });
});
