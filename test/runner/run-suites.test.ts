import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunsFile, SuiteRun } from '../../src/model.js';
import { deriveSeed } from '../../src/runner/index.js';
import { alive, cleanTempDirs, FIXTURES, freePort, makeConfig, makePlan, run, tempDir, waitFor } from './helpers.js';

afterEach(cleanTempDirs);

const nodeTest = (file: string, report: string) =>
  `node --test --test-reporter=junit --test-reporter-destination=${report} ${join(FIXTURES, file)}`;

describe('runSuites: environment and seed', () => {
  it('gives the suite TEST_MODE, TEST_SEED, TESTOPS_*, CI and its env, but not the action credentials', async () => {
    const repo = tempDir();
    const config = makeConfig({
      mode: 'GOLDEN',
      suites: {
        unit: { command: 'env > env.txt', env: { EXTRA: 'yes', TEST_SEED: 'overridden?' }, mode: 'LIVE_SMOKE' },
        other: { command: 'true' },
      },
    });
    const plan = { ...makePlan(config, repo, { skip: { other: 'no change matched other' }, seed: '777' }), shard: { index: 2, total: 3 } };
    const { runs, lines } = await run(config, repo, {
      plan,
      env: { PATH: process.env.PATH, 'INPUT_GITHUB-TOKEN': 'ghs_secret', GITHUB_TOKEN: 'ghs_secret2', GITHUB_SHA: 'abc' },
    });
    const env = Object.fromEntries(
      readFileSync(join(repo, 'env.txt'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(env).toMatchObject({
      TEST_MODE: 'LIVE_SMOKE',
      TEST_SEED: '777',
      TESTOPS_SUITE: 'unit',
      TESTOPS_SHARD: '2/3',
      CI: 'true',
      EXTRA: 'yes',
      GITHUB_SHA: 'abc',
    });
    expect(env['INPUT_GITHUB-TOKEN']).toBeUndefined();
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(lines.join('\n')).not.toContain('ghs_secret');
    expect(lines).toContain("reproduce: TEST_MODE=LIVE_SMOKE TEST_SEED=777 sh -c 'env > env.txt'");
    expect(runs.seed).toBe('777');
    expect(runs.shard).toEqual({ index: 2, total: 3 });
    expect(runs.suites.map((suite) => [suite.name, suite.status, suite.reasons])).toEqual([
      ['unit', 'passed', ['full run']],
      ['other', 'skipped', ['no change matched other']],
    ]);
    expect(runs.suites[0]).toMatchObject({ mode: 'LIVE_SMOKE', seed: '777', shard: '2/3', exitCode: 0 });
  });

  it('runs in working-directory, and names a missing one', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'pkg'));
    const config = makeConfig({
      suites: { here: { command: 'pwd > where.txt', 'working-directory': 'pkg' }, gone: { command: 'true', 'working-directory': 'nope' } },
    });
    const { runs } = await run(config, repo);
    expect(readFileSync(join(repo, 'pkg', 'where.txt'), 'utf8').trim()).toBe(join(repo, 'pkg'));
    expect(runs.suites[1]?.status).toBe('errored');
    expect(runs.suites[1]?.problems[0]?.message).toBe('suites.gone.working-directory: "nope" is not a directory in the repository');
  });

  it('deriveSeed: the config seed, else the same number for the same commit', () => {
    const config = makeConfig({ suites: { a: { command: 'true' } } });
    expect(deriveSeed(makeConfig({ seed: 42, suites: { a: { command: 'true' } } }), 'abc')).toBe('42');
    const seed = deriveSeed(config, 'a'.repeat(40));
    expect(seed).toMatch(/^\d+$/);
    expect(deriveSeed(config, 'A'.repeat(40))).toBe(seed);
    expect(deriveSeed(config, 'b'.repeat(40))).not.toBe(seed);
  });
});

describe('runSuites: reports and outcomes', () => {
  it('a test that fails and then passes on retry is flaky, with both attempts and both report copies', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: {
        unit: {
          command: nodeTest('flaky.test.mjs', 'reports/unit.xml'),
          retries: 2,
          env: { MARKER: join(repo, 'marker') },
          reports: { junit: 'reports/*.xml' },
        },
      },
    });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('passed');
    expect(suite.attempts.map((attempt) => [attempt.kind, attempt.exitCode, attempt.reportFiles])).toEqual([
      ['initial', 1, ['reports/unit.xml']],
      ['retry', 0, ['reports/unit.xml']],
    ]);
    const flaky = suite.tests.find((test) => test.name === 'flaky on first run');
    expect(flaky).toMatchObject({ status: 'passed', flaky: true, suite: 'unit' });
    expect(flaky?.attempts.map((attempt) => [attempt.status, attempt.run])).toEqual([
      ['failed', 0],
      ['passed', 1],
    ]);
    expect(flaky?.attempts[0]?.message).toContain('first run fails');
    expect(suite.totals).toMatchObject({ tests: 2, passed: 2, failed: 0, flaky: 1 });
    // each attempt's report was copied before the next one overwrote it
    expect(readFileSync(join(repo, '.work', 'unit', '0', 'reports', 'unit.xml'), 'utf8')).toContain('<failure');
    expect(readFileSync(join(repo, '.work', 'unit', '1', 'reports', 'unit.xml'), 'utf8')).not.toContain('<failure');
  });

  it('reruns only the failed tests through the rerun template, each name safely quoted', async () => {
    const repo = tempDir();
    const names = ['passes first', 'it\'s "quoted"', 'runs $(touch pwned) `touch pwned2`', 'a; rm -rf x'];
    const config = makeConfig({
      suites: {
        named: {
          command: `node ${join(FIXTURES, 'named-suite.mjs')}`,
          rerun: `node ${join(FIXTURES, 'named-suite.mjs')} {tests}`,
          retries: 1,
          env: {
            ARGV_LOG: join(repo, 'argv.log'),
            ALL_TESTS: JSON.stringify(names),
            FAILED_ONCE: join(repo, 'seen.json'),
            REPORT: 'out/named.xml',
          },
          reports: { junit: 'out/*.xml' },
        },
      },
    });
    const { runs } = await run(config, repo);
    const argv = readFileSync(join(repo, 'argv.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(argv).toEqual([[], names.slice(1)]);
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
    expect(existsSync(join(repo, 'pwned2'))).toBe(false);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('passed');
    expect(suite.attempts[1]?.command).toContain("'runs $(touch pwned) `touch pwned2`'");
    expect(suite.tests.filter((test) => test.flaky).map((test) => test.name)).toEqual(names.slice(1));
    expect(suite.tests.find((test) => test.name === 'passes first')?.attempts).toHaveLength(1);
  });

  it('without a rerun template, retries the whole suite; a test failing every time fails the suite', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: {
        always: {
          command: `printf '<testsuite><testcase classname="c" name="always fails"><failure message="no"/></testcase></testsuite>' > out/a.xml; exit 1`,
          retries: 1,
          reports: { junit: 'out/*.xml' },
        },
      },
    });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.attempts.map((attempt) => [attempt.kind, attempt.command])).toEqual([
      ['initial', suite.command],
      ['retry', suite.command],
    ]);
    expect(suite.status).toBe('failed');
    expect(suite.tests[0]).toMatchObject({ name: 'always fails', status: 'failed', flaky: false });
    expect(suite.tests[0]?.attempts.map((attempt) => attempt.status)).toEqual(['failed', 'failed']);
    expect(suite.problems).toEqual([]);
  });

  it('exit 0 with no report where one is declared: failed, and the missing report is said', async () => {
    const repo = tempDir();
    const config = makeConfig({ suites: { quiet: { command: 'echo nothing written', reports: { junit: 'out/*.xml' } } } });
    const { runs } = await run(config, repo);
    expect(runs.suites[0]?.status).toBe('failed');
    expect(runs.suites[0]?.problems).toEqual([
      { kind: 'missing-report', suite: 'quiet', message: 'no test report was written (the reports globs matched no new file)' },
    ]);
  });

  it('never collects its own report copies when the work dir is inside the repository', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: {
        wide: {
          command: `printf '<testsuite><testcase classname="c" name="t"><failure message="no"/></testcase></testsuite>' > out/a.xml; exit 1`,
          retries: 2,
          reports: { junit: ['out/*.xml', '**/*.xml'] },
        },
      },
    });
    const { runs, lines } = await run(config, repo);
    expect(runs.suites[0]?.attempts.map((attempt) => attempt.reportFiles)).toEqual([['out/a.xml'], ['out/a.xml'], ['out/a.xml']]);
    expect(runs.suites[0]?.tests[0]?.attempts).toHaveLength(3);
    expect(lines.filter((line) => line.includes('.work'))).toEqual([]);
  });

  it('exit non-zero and no report: failed with "no report produced"', async () => {
    const repo = tempDir();
    const config = makeConfig({ suites: { broken: { command: 'echo boom >&2; exit 3', reports: { junit: 'reports/*.xml' } } } });
    const { runs } = await run(config, repo);
    expect(runs.suites[0]).toMatchObject({ status: 'failed', exitCode: 3 });
    expect(runs.suites[0]?.problems).toEqual([
      { kind: 'no-report', suite: 'broken', message: 'no report produced: the command exited with code 3' },
    ]);
  });

  it('a command that does not exist: failed, and the report says "command not found"', async () => {
    const repo = tempDir();
    const config = makeConfig({ suites: { typo: { command: 'testops-no-such-command --run' } } });
    const { runs } = await run(config, repo);
    expect(runs.suites[0]).toMatchObject({ status: 'failed', exitCode: 127 });
    expect(runs.suites[0]?.problems[0]?.message).toBe(
      'no report produced: the command exited with code 127 (command not found: check the spelling and that it is installed or on PATH) and the suite declares no test report',
    );
  });

  it('exit 0 but the report shows failures: failed', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: {
        lenient: {
          command: `${nodeTest('flaky.test.mjs', 'r/t.xml')} || true`,
          env: { MARKER: join(repo, 'm') },
          reports: { junit: 'r/t.xml' },
        },
      },
    });
    const { runs } = await run(config, repo);
    expect(runs.suites[0]).toMatchObject({ status: 'failed', exitCode: 0 });
    expect(runs.suites[0]?.totals).toMatchObject({ failed: 1, passed: 1 });
  });

  it('a report that does not parse is a problem naming file:line; the other reports are still used', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: {
        mixed: {
          command: `${nodeTest('flaky.test.mjs', 'r/good.xml')}; printf '<?xml version="1.0"?>\\n<testsuite>\\n<testcase name="x">\\n' > r/bad.xml; exit 0`,
          env: { MARKER: join(repo, 'm') },
          reports: { junit: 'r/*.xml' },
        },
      },
    });
    writeFileSync(join(repo, 'm'), 'already ran');
    const { runs } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.totals.tests).toBe(2);
    const problem = suite.problems.find((entry) => entry.kind === 'parse-error');
    expect(problem).toMatchObject({ kind: 'parse-error', suite: 'mixed', file: 'r/bad.xml' });
    expect(problem?.line).toBeGreaterThan(0);
    expect(problem?.message).toMatch(/^r\/bad\.xml:\d+/);
    expect(suite.status).toBe('passed');
  });

  it('ignores a report left from before the run', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'r'));
    writeFileSync(join(repo, 'r', 'old.xml'), '<testsuite><testcase name="old"/></testsuite>');
    const config = makeConfig({ suites: { s: { command: 'exit 2', reports: { junit: 'r/*.xml' } } } });
    const { runs, lines } = await run(config, repo);
    expect(runs.suites[0]?.status).toBe('failed');
    expect(runs.suites[0]?.tests).toEqual([]);
    expect(lines.some((line) => line.includes('ignored report file(s) not written by this attempt: r/old.xml'))).toBe(true);
  });
});

describe('runSuites: timeouts, services, cancel', () => {
  it('a hanging suite is killed by its timeout, whole group, and reported as a timeout', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: { hang: { command: `sh ${join(FIXTURES, 'hang.sh')} gc.pid`, timeout: '700ms', retries: 2, reports: { junit: 'r/*.xml' } } },
    });
    const { runs } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('timeout');
    expect(suite.attempts).toHaveLength(1); // a timeout is not retried
    expect(suite.attempts[0]?.timedOut).toBe(true);
    expect(suite.problems.map((problem) => problem.kind)).toEqual(['timeout']);
    expect(suite.problems[0]?.message).toContain('700ms');
    await waitFor(() => !alive(Number(readFileSync(join(repo, 'gc.pid'), 'utf8'))), 3000);
  });

  it('a service slow to become ready is waited for, used, and stopped after the suite', async () => {
    const repo = tempDir();
    const port = await freePort();
    const config = makeConfig({
      suites: {
        int: {
          command: `node -e "fetch('http://127.0.0.1:${port}/health').then(r => process.exit(r.status === 200 ? 0 : 1))"`,
          services: [
            {
              name: 'api',
              command: `node ${join(FIXTURES, 'server.mjs')} & echo $! > api.pid; wait`,
              ready: `http://127.0.0.1:${port}/health`,
              timeout: '10s',
              env: { PORT: String(port), READY_AFTER_MS: '500' },
            },
          ],
        },
      },
    });
    const { runs, lines } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('passed');
    expect(suite.services[0]).toMatchObject({ name: 'api', ready: true });
    expect(suite.services[0]?.readyAfter).toBeGreaterThanOrEqual(0.4);
    expect(suite.services[0]?.logTail).toBeUndefined(); // only kept when something went wrong
    expect(lines.some((line) => /^service api ready after/.test(line))).toBe(true);
    await waitFor(() => !alive(Number(readFileSync(join(repo, 'api.pid'), 'utf8'))), 3000);
  });

  it('a service that never becomes ready fails the suite with that reason, and the command never runs', async () => {
    const repo = tempDir();
    const port = await freePort();
    const config = makeConfig({
      suites: {
        int: {
          command: 'touch ran',
          services: [{ name: 'db', command: 'echo db starting; sleep 30', ready: `tcp://127.0.0.1:${port}`, timeout: '600ms' }],
        },
      },
    });
    const { runs, lines } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('errored');
    expect(suite.problems[0]).toEqual({
      kind: 'service',
      suite: 'int',
      message: `service db did not become ready within 0.6s (tcp://127.0.0.1:${port}: ECONNREFUSED)`,
    });
    expect(existsSync(join(repo, 'ran'))).toBe(false);
    expect(suite.services[0]?.logTail).toEqual(['db starting']);
    expect(lines).toContain('db starting');
  });

  it('a service that dies during the suite fails it and its last lines are shown', async () => {
    const repo = tempDir();
    const port = await freePort();
    const config = makeConfig({
      suites: {
        int: {
          command: 'sleep 1',
          services: [
            {
              name: 'api',
              command: `node ${join(FIXTURES, 'server.mjs')}`,
              ready: `tcp://127.0.0.1:${port}`,
              env: { PORT: String(port), DIE_AFTER_MS: '200' },
            },
          ],
        },
      },
    });
    const { runs, lines } = await run(config, repo);
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.status).toBe('failed');
    expect(suite.services[0]).toMatchObject({ died: true, exitCode: 3 });
    expect(suite.problems.at(-1)).toEqual({ kind: 'service', suite: 'int', message: 'service api exited with code 3 while the suite ran' });
    expect(lines).toContain('fatal: service crashed');
  });

  it('cancel mid-suite stops the suite and its services and still returns what was gathered', async () => {
    const repo = tempDir();
    const port = await freePort();
    const config = makeConfig({
      suites: {
        first: { command: 'echo first done' },
        slow: {
          command: 'sleep 30 & echo $! > slow.pid; echo started; wait',
          needs: ['first'],
          services: [
            {
              name: 'api',
              command: `node ${join(FIXTURES, 'server.mjs')} & echo $! > svc.pid; wait`,
              ready: `tcp://127.0.0.1:${port}`,
              env: { PORT: String(port) },
            },
          ],
        },
        later: { command: 'touch later-ran', needs: ['slow'] },
      },
    });
    const controller = new AbortController();
    const done: string[] = [];
    const running = run(config, repo, { signal: controller.signal, onSuiteDone: (suite) => done.push(`${suite.name}:${suite.status}`) });
    await waitFor(() => existsSync(join(repo, 'slow.pid')), 10_000);
    controller.abort();
    const { runs } = await running;
    expect(runs.cancelled).toBe(true);
    expect(runs.suites.map((suite) => [suite.name, suite.status])).toEqual([
      ['first', 'passed'],
      ['slow', 'cancelled'],
      ['later', 'cancelled'],
    ]);
    expect(done).toEqual(['first:passed', 'slow:cancelled', 'later:cancelled']);
    expect(existsSync(join(repo, 'later-ran'))).toBe(false);
    for (const pidFile of ['slow.pid', 'svc.pid']) await waitFor(() => !alive(Number(readFileSync(join(repo, pidFile), 'utf8'))), 3000);
    expect(runs.suites[1]?.problems.map((problem) => problem.kind)).toEqual(['cancelled']);
  });
});

describe('runSuites: a real SIGTERM', () => {
  it('SIGTERM to the process running the suites stops them and still leaves the results', async () => {
    const repo = tempDir();
    const driver = spawn(process.execPath, ['--import', 'tsx', join(FIXTURES, 'cancel-driver.ts')], {
      env: { ...process.env, REPO: repo },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => driver.on('exit', (code) => resolve(code)));
    await waitFor(() => existsSync(join(repo, 'suite.pid')), 20_000);
    driver.kill('SIGTERM');
    expect(await exited).toBe(0);
    const runs = JSON.parse(readFileSync(join(repo, 'runs.json'), 'utf8')) as RunsFile;
    expect(runs.cancelled).toBe(true);
    expect(runs.suites[0]).toMatchObject({ name: 'slow', status: 'cancelled' });
    expect(runs.suites[0]?.attempts).toHaveLength(1);
    await waitFor(() => !alive(Number(readFileSync(join(repo, 'suite.pid'), 'utf8'))), 3000);
  });
});

describe('runSuites: budgets and cancel during readiness', () => {
  it('records the budget and says when a suite overran it', async () => {
    const repo = tempDir();
    const config = makeConfig({ suites: { slow: { command: 'sleep 0.3', budget: '100ms', level: 'smoke' } } });
    const { runs, lines } = await run(config, repo);
    expect(runs.suites[0]).toMatchObject({ status: 'passed', budget: 0.1, level: 'smoke' });
    expect(runs.suites[0]?.duration).toBeGreaterThan(0.3);
    expect(lines.some((line) => /^slow: took .*, over its budget of 100ms$/.test(line))).toBe(true);
  });

  it('a cancel while waiting for a service to be ready stops at once', async () => {
    const repo = tempDir();
    const port = await freePort();
    const config = makeConfig({
      suites: {
        int: { command: 'touch ran', services: [{ name: 'db', command: 'sleep 30', ready: `tcp://127.0.0.1:${port}`, timeout: '30s' }] },
      },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const began = Date.now();
    const { runs } = await run(config, repo, { signal: controller.signal });
    expect(Date.now() - began).toBeLessThan(5000);
    expect(runs.cancelled).toBe(true);
    expect(runs.suites[0]?.status).toBe('cancelled');
    expect(existsSync(join(repo, 'ran'))).toBe(false);
  });
});

describe('runSuites: parallel suites and repeats', () => {
  it("runs suites in parallel, each one's output in its own group, never interleaved", async () => {
    const repo = tempDir();
    const chatty = (tag: string) => `for i in 1 2 3 4 5; do echo ${tag} line $i; sleep 0.1; done`;
    const config = makeConfig({ 'max-parallel': 2, suites: { a: { command: chatty('A') }, b: { command: chatty('B') } } });
    const began = Date.now();
    const { runs, lines } = await run(config, repo);
    // both ran at once: together they took less than the two one after the other
    expect(Date.now() - began).toBeLessThan(runs.suites[0]!.duration * 1000 + runs.suites[1]!.duration * 1000);
    const groups: string[][] = [];
    for (const line of lines) {
      if (line.startsWith('::group::')) groups.push([line]);
      else if (line === '::endgroup::') groups.at(-1)?.push(line);
      else if (/^[AB] line/.test(line)) groups.at(-1)?.push(line);
    }
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      const tag = group[0] === '::group::suite a' ? 'A' : 'B';
      expect(group.slice(1, -1)).toEqual([1, 2, 3, 4, 5].map((i) => `${tag} line ${i}`));
      expect(group.at(-1)).toBe('::endgroup::');
    }
    // every process line sits inside a group
    let depth = 0;
    for (const line of lines) {
      if (line.startsWith('::group::')) depth++;
      else if (line === '::endgroup::') depth--;
      else if (/^[AB] line/.test(line)) expect(depth).toBe(1);
    }
  });

  it('on GitHub Actions, suite output cannot issue workflow commands', async () => {
    const repo = tempDir();
    const config = makeConfig({ suites: { s: { command: 'echo "::add-mask::x"; echo "::set-output name=a::b"' } } });
    const { lines } = await run(config, repo, { env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' } });
    const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const token = lines[stop]?.slice('::stop-commands::'.length);
    const resume = lines.indexOf(`::${token}::`);
    expect(stop).toBeGreaterThan(-1);
    expect(resume).toBeGreaterThan(lines.indexOf('::add-mask::x'));
    expect(stop).toBeLessThan(lines.indexOf('::add-mask::x'));
    expect(resume).toBeLessThan(lines.indexOf('::endgroup::'));
  });

  it('repeat runs N times with the same seed, marks non-deterministic tests and reports determinism', async () => {
    const repo = tempDir();
    const config = makeConfig({
      suites: {
        seeded: {
          command: nodeTest('seeded.test.mjs', 'r/seeded.xml'),
          repeat: 3,
          env: { COUNTER: join(repo, 'counter') },
          reports: { junit: 'r/*.xml' },
        },
      },
    });
    const { runs, lines } = await run(config, repo, { plan: makePlan(config, repo, { seed: '8' }) });
    const suite = runs.suites[0] as SuiteRun;
    expect(suite.attempts.map((attempt) => attempt.kind)).toEqual(['initial', 'repeat', 'repeat']);
    expect(suite.determinism).toEqual({ repeats: 3, identical: 1, total: 2, ratio: 0.5, score: 0.5 });
    const byName = Object.fromEntries(suite.tests.map((test) => [test.name, test]));
    expect(byName['depends only on the seed']?.nondeterministic).toBeUndefined();
    expect(byName['depends only on the seed']?.attempts).toHaveLength(3);
    expect(byName['differs between runs']?.nondeterministic).toBe(true);
    expect(byName['differs between runs']?.attempts.map((attempt) => attempt.status)).toEqual(['passed', 'failed', 'passed']);
    // failed in the second repeat: failed, whatever the last repeat said, and not "flaky"
    expect(byName['differs between runs']).toMatchObject({ status: 'failed', flaky: false });
    expect(suite.status).toBe('failed');
    expect(lines).toContain('determinism: 1/2 tests identical over 3 repeats (score 50.0%)');
  });
});
