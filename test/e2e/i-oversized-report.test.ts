import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitOnBranch, explain, runPullRequest, startWorld, stickyComments, type World } from './world.js';
import { commitFiles, readReport } from './world-extra.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const COMMENT_LIMIT = 65_536;
const SUMMARY_LIMIT = 1024 * 1024;
const FAILURES = 3000;

/**
 * A suite whose command writes a real JUnit file with FAILURES failing tests (each at its own
 * file:line, with a multi-line message of about `messageLength` characters) and exits 1, as a
 * test runner does.
 */
const GENERATOR = `import { mkdirSync, writeFileSync } from 'node:fs';
const [count, messageLength] = process.argv.slice(2).map(Number);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const cases = [];
for (let i = 1; i <= count; i++) {
  const id = String(i).padStart(4, '0');
  const detail = ('expected the ledger row ' + id + ' to balance, but the totals differ by ' + i + ' cents; ').repeat(40).slice(0, messageLength);
  const message = 'AssertionError: ' + detail;
  const stack = message + '\\n    at Object.<anonymous> (packages/big/test/ledger.test.mjs:' + i + ':5)';
  cases.push('<testcase classname="ledger" name="balances row ' + id + '" file="packages/big/test/ledger.test.mjs" line="' + i + '" time="0.001">' +
    '<failure message="' + escape(message) + '" type="AssertionError">' + escape(stack) + '</failure></testcase>');
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/big.xml', '<?xml version="1.0" encoding="UTF-8"?>\\n<testsuites><testsuite name="ledger" tests="' + count + '" failures="' + count + '">' + cases.join('\\n') + '</testsuite></testsuites>\\n');
process.exitCode = 1;
`;

function config(messageLength: number): string {
  return `version: 1
retries: 0
suites:
  big:
    always: true
    command: node scripts/big-junit.mjs ${FAILURES} ${messageLength}
    reports: { junit: reports/big.xml }
`;
}

async function oversizedPullRequest(number: number, messageLength: number) {
  await world.git.run('checkout', '-q', 'main');
  const base = await commitFiles(
    world,
    { 'scripts/big-junit.mjs': GENERATOR, '.github/testops-big.yml': config(messageLength) },
    'a suite with 3000 failures',
  );
  const head = await commitOnBranch(world, 'feature', base, { path: 'packages/web/src/format.mjs', append: '\n// any change\n' }, 'change');
  return runPullRequest(world, {
    number,
    headRef: 'feature',
    headSha: head,
    baseSha: base,
    runId: 4000 + number,
    // sizes of the comment and the summary are the point here; the check run with 3,000 annotations
    // (60 throttled writes, a minute of waiting) is scenario p's, with 30
    inputs: { config: '.github/testops-big.yml', 'check-run': 'false' },
  });
}

const names = Array.from({ length: FAILURES }, (_, i) => `balances row ${String(i + 1).padStart(4, '0')}`);

describe('i. an oversized report: the comment is trimmed to fit, the summary keeps everything, annotations are capped', () => {
  it('3,000 failures: comment ≤ 65,536 characters linking to the summary; summary (under 1 MiB) lists all; 10 error annotations, the tenth naming the rest', async () => {
    const run = await oversizedPullRequest(81, 40);
    expect(run.status, explain(run)).toBe('failure');
    expect(run.outputs.conclusion).toBe('failure');
    const report = readReport(run.outputs.report);
    expect(report.totals).toMatchObject({ tests: FAILURES, failed: FAILURES });

    // the comment: posted (not refused with 422), within the limit, saying it was trimmed and where the rest is
    const comments = stickyComments(world, 81);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT / 2); // trimmed to fit, not emptied
    expect(body).toMatch(/trimmed to fit GitHub's 65,536-character limit/);
    expect(body).toContain('[job summary](https://github.com/acme/demo/actions/runs/4081)');
    // verdict first: the headline and gates survive trimming
    expect(body).toMatch(/❌/);
    expect(body).toMatch(/3,000|3000/);
    const shown = names.filter((name) => body.includes(name)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(FAILURES);

    // the job summary: under 1 MiB, so nothing cut: every failing test is there
    const summaryBytes = Buffer.byteLength(run.summary, 'utf8');
    expect(summaryBytes).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summaryBytes).toBeGreaterThan(COMMENT_LIMIT);
    expect(run.summary).not.toMatch(/trimmed/);
    expect(names.filter((name) => !run.summary.includes(name))).toEqual([]);

    // annotations: 10 errors at file:line (GitHub shows 10 a level from one step), the tenth naming the rest
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.every((a) => a.file === 'packages/big/test/ledger.test.mjs' && a.line !== undefined)).toBe(true);
    expect(errors[9]?.message).toContain(`${FAILURES - 10} more errors are not annotated here`);
    expect(run.shownAnnotations).toEqual(run.annotations);
    world.github.assertNoViolations();
  });

  it('3,000 long failures: the summary is trimmed to 1 MiB and says so; report.json keeps every failure', async () => {
    const run = await oversizedPullRequest(82, 600);
    expect(run.status, explain(run)).toBe('failure');
    const report = readReport(run.outputs.report);
    expect(report.failures).toHaveLength(FAILURES);
    const summaryBytes = Buffer.byteLength(run.summary, 'utf8');
    expect(summaryBytes).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summaryBytes).toBeGreaterThan(SUMMARY_LIMIT * 0.9);
    expect(run.summary).toMatch(/trimmed to fit GitHub's 1 MiB limit/);
    expect(run.summary).toMatch(/more, left out: the job summary is limited to 1 MiB/);
    const body = stickyComments(world, 82)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/trimmed to fit/);
    world.github.assertNoViolations();
  });
});
