/**
 * Determinism across repeats with real processes: outcomes compared per test, and the files a
 * suite declares in `outputs:` hashed byte for byte across repeats with the same seed.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SuiteRun } from '../../src/model.js';
import { cleanTempDirs, makeConfig, makePlan, run, tempDir } from './helpers.js';

afterEach(cleanTempDirs);

describe('repeat with outputs', () => {
  it('names a file that differs between repeats with its first differing line, and scores tests and files together', async () => {
    const repo = tempDir();
    const counter = join(repo, 'counter');
    // repeat 2 writes a different third line in b.txt; c.txt only in repeat 1; a.txt the same every time
    const command = [
      `n=$(cat ${counter} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${counter}`,
      'mkdir -p out',
      'printf "seed $TEST_SEED\\nsame\\n" > out/a.txt',
      'if [ $n -eq 2 ]; then third="value 7"; else third="value 3"; fi',
      'printf "one\\ntwo\\n$third\\nfour\\n" > out/b.txt',
      'if [ $n -eq 1 ]; then echo once > out/c.txt; fi',
    ].join('; ');
    const config = makeConfig({ suites: { gen: { command, repeat: 3, outputs: ['out/*.txt'] } } });
    const { runs, lines } = await run(config, repo, { plan: makePlan(config, repo, { seed: '42' }) });
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.attempts.map((attempt) => attempt.kind)).toEqual(['initial', 'repeat', 'repeat']);
    const outputs = suite.determinism?.outputs;
    expect(outputs?.differences).toEqual([
      { file: 'out/b.txt', repeat: 2, kind: 'content', line: 3, expected: 'value 3', actual: 'value 7' },
      { file: 'out/c.txt', repeat: 2, kind: 'missing' },
      { file: 'out/c.txt', repeat: 3, kind: 'missing' },
    ]);
    // a.txt identical; b.txt and c.txt not
    expect(outputs).toMatchObject({ total: 3, identical: 1 });
    // no tests: the score is the files alone
    expect(suite.determinism?.score).toBeCloseTo(1 / 3);
    expect(lines.some((line) => line.includes('not deterministic') && line.includes('out/b.txt') && line.includes('line 3'))).toBe(true);
  });
});
