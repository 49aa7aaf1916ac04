/**
 * `testops init` on real repositories, then `testops run`: what testops counts must be what the
 * runner itself counts. defu (vitest, pnpm; dependencies from the shared realrepos cache), nanoid
 * (node:test through better-node-test) and markupsafe (pytest, src layout). Nothing is written by
 * hand: the config is init's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, run, testops } from '../cli/helpers.js';
import { cachedClone, REALREPOS } from '../impact/realrepos.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away clone at `head`, from a local source (a bundle or the cached clone). */
function cloneAt(source: string, head: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'testops-init-oracle-'));
  made.push(dir);
  execFileSync('git', ['clone', '-q', source, dir]);
  execFileSync('git', ['checkout', '-q', '--detach', head], { cwd: dir });
  return dir;
}

interface Totals {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
}

async function testopsRun(dir: string, ...args: string[]): Promise<{ totals: Totals; suites: { name: string }[] }> {
  const result = await testops(['run', '--quiet', ...args], dir);
  expect(result.code, result.stderr.slice(-2000)).toBe(0);
  return JSON.parse(readFileSync(join(dir, '.testops/out/report.json'), 'utf8'));
}

describe('testops init on real repositories, counted against the runner', () => {
  it('defu (vitest): init, run --full, and a change to one test file runs that file alone through files-arg', async () => {
    const head = '80c0146afb11';
    const cache = cachedClone('defu', head);
    const dir = cloneAt(cache, head);
    symlinkSync(join(cache, 'node_modules'), join(dir, 'node_modules')); // node_modules is ignored by defu's .gitignore

    const init = await testops(['init'], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('vitest: devDependency in package.json, "test" script in package.json');
    expect((await testops(['validate'], dir)).code).toBe(0);

    // vitest's own count of the whole suite, from its JSON reporter
    const own = async (...files: string[]) => {
      const out = join(dir, '.testops', `vitest-${files.length}.json`);
      const ran = await run('npx', ['vitest', 'run', ...files, '--reporter=json', `--outputFile=${out}`], { cwd: dir });
      expect(ran.code, ran.stderr).toBe(0);
      const json = JSON.parse(readFileSync(out, 'utf8'));
      return {
        tests: json.numTotalTests,
        passed: json.numPassedTests,
        failed: json.numFailedTests,
        skipped: json.numPendingTests + json.numTodoTests,
      };
    };
    const full = await testopsRun(dir, '--full');
    const vitest = await own();
    console.log(`defu: testops counted ${JSON.stringify(full.totals)}; vitest ${JSON.stringify(vitest)}`);
    expect(vitest.tests).toBeGreaterThan(0);
    expect(full.totals).toMatchObject(vitest);

    // commit the config, change one test file: the plan picks it by imports and runs it alone
    await git(dir, 'add', '.github/testops.yml');
    await git(dir, 'commit', '-q', '-m', 'testops init');
    const file = 'test/utils.test.ts';
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n// a change to this test file only\n`);
    const some = await testopsRun(dir, '--base', 'HEAD');
    const alone = await own(file);
    console.log(`defu, ${file} changed: testops counted ${JSON.stringify(some.totals)}; vitest on that file ${JSON.stringify(alone)}`);
    expect(alone.tests).toBeLessThan(vitest.tests);
    expect(some.totals).toMatchObject(alone);
  });

  it('nanoid (node:test through bnt): init, run --full, the same counts as node --test', async () => {
    const dir = cloneAt(join(REALREPOS, 'nanoid.bundle'), '07a39d62d84c');
    const init = await testops(['init'], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('node-test (node:test): bnt (better-node-test) in the "test:coverage" script of package.json');
    const config = readFileSync(join(dir, '.github/testops.yml'), 'utf8');
    const files = /--test-reporter-destination=reports\/node-test\/junit\.xml (.+)$/m.exec(config)?.[1] ?? '';
    expect(files).toBe('test/*.test.js');
    const full = await testopsRun(dir, '--full');
    // node's own count of the same files, from its TAP summary
    const tap = await run('sh', ['-c', `node --test --test-reporter=tap ${files}`], { cwd: dir });
    const count = (word: string) => Number(new RegExp(`^# ${word} (\\d+)$`, 'm').exec(tap.stdout)?.[1]);
    const node = { passed: count('pass'), failed: count('fail'), skipped: count('skipped') + count('todo') };
    console.log(`nanoid: testops counted ${JSON.stringify(full.totals)}; node --test said ${JSON.stringify(node)}`);
    expect(node.passed).toBeGreaterThan(0);
    expect(full.totals).toMatchObject({ ...node, tests: node.passed + node.failed + node.skipped });
  });

  it('markupsafe (pytest): init, run --full, the same passed and skipped counts as pytest', async () => {
    const dir = cloneAt(join(REALREPOS, 'markupsafe.bundle'), '1251593f6b0e');
    const init = await testops(['init'], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('pytest: [tool.pytest.ini_options] in pyproject.toml');
    const full = await testopsRun(dir, '--full');
    // pytest's own summary line, run as the generated suite runs it (its env)
    const ran = await run('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], { cwd: dir, env: { PYTHONPATH: 'src' } });
    const summary = ran.stdout.trim().split('\n').at(-1) ?? '';
    const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
    const pytest = { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
    console.log(`markupsafe: testops counted ${JSON.stringify(full.totals)}; pytest said "${summary}"`);
    expect(pytest.passed).toBeGreaterThan(0);
    expect(full.totals).toMatchObject({ ...pytest, tests: pytest.passed + pytest.failed + pytest.skipped });
  });
});
