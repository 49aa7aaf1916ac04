/**
 * p. The action's exit codes, step by step through the offline runner: 0 every gate passed,
 * 1 a gate failed, 2 a user error (input, config, event, git) as one error annotation naming
 * what and where, 3 an internal error saying it is a testops bug (the stack only under
 * RUNNER_DEBUG=1). A failed plan is the one error shown: the report step does not pile on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitOnBranch, explain, runPullRequest, startWorld, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const BREAK_A_TEST = {
  path: 'packages/web/test/format.test.mjs',
  append: "\ntest('counts two', () => assert.equal(formatCount(2, 'item'), '2 item'));\n",
};
const HARMLESS = { path: 'packages/web/src/format.mjs', append: '\n// harmless\n' };

// the errors of the plan, run and report steps (the keys and cache steps before them continue on error)
const errors = (run: Awaited<ReturnType<typeof runPullRequest>>) =>
  run.annotations.filter((a) => a.level === 'error' && ['plan', 'run', 'report'].includes(a.step));

async function pull(edit: { path: string; append: string }, inputs: Record<string, string> = {}, env?: Record<string, string>) {
  const head = await commitOnBranch(world, 'feature', world.mainSha, edit, 'change');
  return runPullRequest(world, { number: 41, headRef: 'feature', headSha: head, baseSha: world.mainSha, inputs, ...(env ? { env } : {}) });
}

describe('p. exit codes of the action steps', () => {
  it('0 when every gate passes', async () => {
    const passed = await pull(HARMLESS);
    expect(passed.status, explain(passed)).toBe('success');
    for (const step of ['plan', 'run', 'report']) expect(passed.step(step)).toMatchObject({ outcome: 'success', exitCode: 0 });
  });

  it('1 when a gate fails', async () => {
    const failed = await pull(BREAK_A_TEST);
    expect(failed.step('report'), explain(failed)).toMatchObject({ outcome: 'failure', exitCode: 1 });
    expect(failed.outputs.conclusion).toBe('failure');
  });

  it('fail-on-gates: False reports the failure and exits 0', async () => {
    // getBooleanInput's spellings: False is false (it used to fail the job anyway)
    const reported = await pull(BREAK_A_TEST, { 'fail-on-gates': 'False' });
    expect(reported.status, explain(reported)).toBe('success');
    expect(reported.step('report')).toMatchObject({ outcome: 'success', exitCode: 0 });
    expect(reported.outputs.conclusion).toBe('failure');
    expect(reported.annotations.map((a) => `${a.level}: ${a.message}`)).toContainEqual(
      expect.stringMatching(/^warning: testops: \d+ gates? failed — /),
    );
  });

  it('2 for a wrong input, before any suite runs, naming the input and the allowed values', async () => {
    const run = await pull(HARMLESS, { 'fail-on-gates': 'yes' });
    expect(run.step('plan'), explain(run)).toMatchObject({ outcome: 'failure', exitCode: 2 });
    expect(run.step('run').outcome).toBe('skipped');
    expect(run.step('report').outcome).toBe('skipped');
    expect(errors(run).map((a) => a.message)).toEqual([
      'input fail-on-gates: expected one of true, True, TRUE, false, False, FALSE, got "yes" (set it in the testops step\'s with:)',
    ]);
    expect(errors(run)[0]?.title).toBe('testops plan: input error');

    // a mode that is none of the five used to run nothing and pass
    const mode = await pull(HARMLESS, { mode: 'ful' });
    expect(mode.step('plan'), explain(mode)).toMatchObject({ outcome: 'failure', exitCode: 2 });
    expect(errors(mode).map((a) => a.message)).toEqual([
      'input mode: expected one of full, plan, run, report, comment, health, got "ful" (set it in the testops step\'s with:)',
    ]);
  });

  it('2 for a config error (a YAML alias bomb) through dist/plan.js, and the report step does not add a second error', async () => {
    const bomb = `version: 1
x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
x-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
x-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
x-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
x-f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
suites:
  unit:
    command: "true"
    tags: *f
`;
    writeFileSync(join(world.workspace, '.github/testops.yml'), bomb);
    const run = await pull(HARMLESS);
    expect(run.step('plan'), explain(run)).toMatchObject({ outcome: 'failure', exitCode: 2 });
    expect(run.step('report').outcome).toBe('skipped');
    const [error, ...more] = errors(run);
    expect(more).toEqual([]);
    expect(error?.title).toBe('testops plan: config error');
    expect(error?.message).toMatch(/^\.github\/testops\.yml:3:\d+: invalid YAML: aliases expand to too much data/);
  });

  it('2 for an event testops cannot read, and for a base the checkout does not have', async () => {
    const event = await pull(HARMLESS, {}, { GITHUB_EVENT_PATH: join(world.workspace, 'no-such-event.json') });
    expect(event.step('plan'), explain(event)).toMatchObject({ outcome: 'failure', exitCode: 2 });
    expect(errors(event).map((a) => [a.title, a.message])).toEqual([
      ['testops plan: event error', expect.stringMatching(/^GITHUB_EVENT_PATH .*no-such-event\.json: cannot read the event payload/)],
    ]);

    const git = await pull(HARMLESS, { 'base-ref': 'no-such-branch' });
    expect(git.step('plan'), explain(git)).toMatchObject({ outcome: 'failure', exitCode: 2 });
    expect(errors(git).map((a) => [a.title, a.message])).toEqual([
      ['testops plan: git error', expect.stringMatching(/^the base "no-such-branch" is not in this checkout: set "fetch-depth: 0"/)],
    ]);
  });

  it('3 for an internal error: one line saying it is a testops bug, the stack only with RUNNER_DEBUG=1', async () => {
    // RUNNER_TEMP names a file: the step cannot make its directory, which testops does not foresee
    const notADirectory = join(world.workspace, 'package.json');
    const run = await pull(HARMLESS, {}, { RUNNER_TEMP: notADirectory });
    expect(run.step('plan'), explain(run)).toMatchObject({ outcome: 'failure', exitCode: 3 });
    const [error, ...more] = errors(run);
    expect(more).toEqual([]);
    expect(error?.title).toBe('testops plan: internal error');
    expect(error?.message).toMatch(/^testops plan: internal error, a bug in testops \(please report it with this line\): .*RUNNER_DEBUG=1/);
    expect(run.step('plan').stdout).not.toMatch(/\s+at /);

    const debug = await pull(HARMLESS, {}, { RUNNER_TEMP: notADirectory, RUNNER_DEBUG: '1' });
    expect(debug.step('plan')).toMatchObject({ outcome: 'failure', exitCode: 3 });
    expect(debug.step('plan').stdout).toMatch(/::debug::.*%0A\s+at /);
  });
});
