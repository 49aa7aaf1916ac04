import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitOnBranch, explain, runPullRequest, startWorld, WRITE_TOKEN, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

/** every file under a directory, recursively */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

// token shapes a test can leak: in its name, its failure message and its output
const IN_NAME = `ghp_${'N'.repeat(18)}${'1'.repeat(18)}`;
const IN_MESSAGE = `github_pat_${'M'.repeat(30)}_${'2'.repeat(30)}`;
const IN_OUTPUT = `xoxb-${'3'.repeat(12)}-${'O'.repeat(24)}`;
const MASKED = 'masked-by-the-suite-4711';
const FROM_ENV = 'env-secret-value-0815';

describe('p. secrets: a token-shaped string or a known secret reaches no output and no GitHub request', () => {
  it('redacts tokens in a test name, a failure message and the output, masked values and secret variables', async () => {
    const leaky = {
      path: 'packages/web/test/format.test.mjs',
      append: [
        '',
        `test('calls the API with ${IN_NAME}', () => {`,
        `  console.log('::add-mask::${MASKED}');`,
        `  console.log('debug: slack ${IN_OUTPUT}, masked ${MASKED}, env ' + process.env.DEPLOY_API_KEY);`,
        `  assert.fail('401 for Authorization: ${IN_MESSAGE} and ' + process.env.DEPLOY_API_KEY);`,
        '});',
        '',
      ].join('\n'),
    };
    const head = await commitOnBranch(world, 'leaky', world.mainSha, leaky, 'web: a test that prints its secrets');
    const run = await runPullRequest(world, {
      number: 41,
      headRef: 'leaky',
      headSha: head,
      baseSha: world.mainSha,
      env: { DEPLOY_API_KEY: FROM_ENV },
    });
    expect(run.outputs.conclusion, explain(run)).toBe('failure');
    const secrets = [IN_NAME, IN_MESSAGE, IN_OUTPUT, MASKED, FROM_ENV, WRITE_TOKEN];

    // the report still says which test failed, with the secret replaced
    const report = readFileSync(run.outputs.report ?? '', 'utf8');
    expect(report).toContain('calls the API with [redacted]');

    const written = filesUnder(join(run.runnerTemp, 'testops')).filter((file) => !file.endsWith('.zip'));
    expect(written.map((file) => file.split('/testops/')[1])).toEqual(
      expect.arrayContaining(['report.json', 'runs.json', 'comment.md', 'summary.md', 'out/report.html']),
    );
    // bundle.zip, unpacked with the system's unzip: the record and the suite's raw reports and logs
    const unpacked = mkdtempSync(join(tmpdir(), 'testops-bundle-'));
    execFileSync('unzip', ['-q', run.outputs.bundle ?? '', '-d', unpacked]);
    const bundled = filesUnder(unpacked);
    expect(bundled.map((file) => file.slice(unpacked.length + 1))).toEqual(
      expect.arrayContaining([
        'report.html',
        'report.json',
        'runs.json',
        expect.stringMatching(/^logs\/web\//),
        expect.stringMatching(/^reports\/web\//),
      ]),
    );
    const leaks: string[] = [];
    for (const file of written) {
      const text = readFileSync(file, 'utf8');
      // the suite's raw output and reports are the suite's own files, kept as it wrote them
      if (/[/\\]work[/\\]/.test(file)) continue;
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret}`);
    }
    // ... but what testops hands on (the bundle) is redacted, raw reports and logs included
    const raw = filesUnder(join(run.runnerTemp, 'testops', 'work'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(raw).toContain(IN_NAME);
    for (const file of bundled) {
      const text = readFileSync(file, 'utf8');
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`bundle.zip ${file.slice(unpacked.length + 1)}: ${secret}`);
    }
    rmSync(unpacked, { recursive: true, force: true });
    for (const request of world.github.requests()) {
      const body = JSON.stringify(request.body ?? '');
      for (const secret of secrets) if (body.includes(secret)) leaks.push(`${request.method} ${request.operation}: ${secret}`);
    }
    for (const secret of secrets) {
      if (run.log.includes(secret)) leaks.push(`the job log: ${secret}`);
      if (run.summary?.includes(secret)) leaks.push(`the job summary: ${secret}`);
      for (const annotation of run.annotations) if (annotation.message.includes(secret)) leaks.push(`an annotation: ${secret}`);
    }
    expect(leaks).toEqual([]);
    const comment = world.github.state.comments('acme/demo', 41)[0]?.body ?? '';
    expect(comment).toContain('calls the API with \\[redacted\\]');
    world.github.assertNoViolations();
  });
});
