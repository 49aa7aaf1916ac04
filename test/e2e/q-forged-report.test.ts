/**
 * q. The trust boundary of `mode: comment`: report.json comes from a run of a fork's code, so every
 * field may be hostile. A forged report — HTML, mentions, links, another job's sticky marker and
 * unknown enumeration values in every field, a foreign repository, PR, host and run — must render
 * inert and be posted only on the PR the trusted `workflow_run` event names, with links built
 * from the trusted environment. A report of the wrong shape is refused, one line per problem.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { renderMarkdown } from '../../src/render/html.js';
import { failingReport } from '../render/fixtures/reports.js';
import { BOT, calls, commitOnBranch, explain, FULL_NAME, MARKER, startWorld, type World } from './world.js';
import { artifactDir, runEvent, workflowRunEvent } from './world-extra.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const TRUSTED_PR = 31;
const VICTIM_PR = 32;
const FORK = 'fork-contributor';
/** the triggering run of workflowRunEvent: the footer links to it */
const TRIGGERING_RUN = 9001;

/** Every kind of hostile text GitHub would turn into markup, a notification or a link. */
const HOSTILE = [
  '<img src=https://evil.example/pixel.png>',
  '@acme/security-team @octocat',
  '[click me](https://evil.example/phish) ![x](https://evil.example/x.png)',
  'https://evil.example/bare www.evil.example mail@evil.example #1 GH-2',
  '<!-- testops:sticky id=default -->',
  '</details></td></tr></table><details open><summary>forged',
  '<a href="https://evil.example">a</a>',
].join(' ');
/** Put in every enumeration: it must never appear in the comment (enumerations are looked up, not copied). */
const ENUM = 'ENUMVALUE<b>@octocat</b>';
const ENUM_KEYS = new Set(['status', 'state', 'severity', 'kind', 'conclusion', 'gate']);
const KEEP = new Set(['headSha', 'prHeadSha', 'commit', 'version', 'createdAt']);

/** Every string of a report made hostile; enumerations set to a value no version knows. */
function poison(value: unknown, key = ''): unknown {
  if (KEEP.has(key)) return value;
  if (typeof value === 'string') return ENUM_KEYS.has(key) ? ENUM : `${HOSTILE} (${key})`;
  if (Array.isArray(value)) return value.map((entry) => poison(entry, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

function forgedReport(head: string): Report {
  const report = failingReport();
  report.levels = [
    {
      subject: 'integration',
      suites: ['api'],
      tests: 10,
      failed: 1,
      passRate: 90,
      policy: 'pass rate ≥ 95%',
      seconds: 30,
      budget: 60,
      flakyRate: 0,
      status: 'fail',
      reason: 'below policy',
    },
  ];
  const forged = poison(report) as Report;
  // aimed elsewhere: another repository, another PR, another host, another run
  forged.event = {
    ...forged.event,
    headSha: head,
    prHeadSha: head,
    prNumber: VICTIM_PR,
    repo: { owner: 'evil', repo: 'elsewhere' },
    serverUrl: 'https://evil.example',
    runId: '1)[run](https://evil.example/run',
  };
  forged.runUrl = 'https://evil.example/actions/runs/1';
  forged.security.newFindings[0]!.url = 'https://evil.example/rule';
  forged.flaky[0]!.issueUrl = 'https://evil.example/issues/431';
  forged.baseline.provenance!.commit = head;
  return forged;
}

/** The fork's PR (the trusted one: its head is the workflow run's commit) and an unrelated PR the forgery names. */
async function seedPulls(): Promise<string> {
  const head = await commitOnBranch(
    world,
    'fork-feature',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// fork\n' },
    'fork',
  );
  world.github.state.addPull(FULL_NAME, {
    number: TRUSTED_PR,
    user: FORK,
    head: { ref: 'fork-feature', sha: head, repoOwner: FORK },
    base: { ref: 'main', sha: world.mainSha },
  });
  const other = await commitOnBranch(world, 'other', world.mainSha, { path: 'README.md', append: '\nother\n' }, 'other');
  world.github.state.addPull(FULL_NAME, {
    number: VICTIM_PR,
    user: 'dev',
    head: { ref: 'other', sha: other },
    base: { ref: 'main', sha: world.mainSha },
  });
  return head;
}

async function commentRun(head: string, report: unknown) {
  const file = join(artifactDir(world, 'forged'), 'report.json');
  writeFileSync(file, JSON.stringify(report));
  await world.git.run('checkout', '-q', '--detach', world.mainSha);
  const event = workflowRunEvent({
    apiUrl: world.github.url,
    mainSha: world.mainSha,
    headSha: head,
    headBranch: 'fork-feature',
    forkOwner: FORK,
  });
  return { run: await runEvent(world, event, { runId: 3100, inputs: { mode: 'comment', 'report-file': file } }), file };
}

describe('q. a forged report.json in mode: comment', () => {
  it('renders inert and is posted only on the PR the workflow run names, every link from the trusted environment', async () => {
    const head = await seedPulls();
    const { run } = await commentRun(head, forgedReport(head));
    expect(run.status, explain(run)).toBe('success');

    expect(world.github.state.comments(FULL_NAME, VICTIM_PR)).toEqual([]);
    const comments = world.github.state.comments(FULL_NAME, TRUSTED_PR);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(comments[0]?.user).toBe(BOT);
    // every request went to the trusted repository
    for (const request of world.github.requests())
      if (request.path.startsWith('/repos/')) expect(request.path).toMatch(/^\/repos\/acme\/demo\//);

    // the marker once, as the first line: the forged one is text
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(body.split('<!-- testops:sticky').length).toBe(2);
    // the hostile text is there, as text (a reader sees what the fork wrote)
    expect(body).toContain('&lt;img src=https:\u200b//evil.example/pixel.png&gt;');
    // enumerations are never copied
    expect(body).not.toContain('ENUMVALUE');
    expect(body).toMatch(/❔\u00a0unknown/);
    // no mention: every @ is followed by a zero-width space
    expect(body).not.toMatch(/@[\w-]/);

    const html = renderMarkdown(body);
    // no markup from the report: no image, no raw HTML element, no hidden comment other than our own two
    expect(html).not.toMatch(/<img|<a href="https:\/\/evil|<details open><summary>forged|<b>/i);
    expect(html.match(/<!--/g)?.length ?? 0).toBe(2); // the sticky marker and the footer marker
    // every link is into the trusted repository on the trusted host
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/github\.com\/acme\/demo\//);
    expect(html).not.toContain('evil.example"');
    // the footer links the triggering run (from the workflow_run payload) and the PR's head commit
    expect(hrefs).toContain(`https://github.com/acme/demo/actions/runs/${TRIGGERING_RUN}`);
    expect(hrefs).toContain(`https://github.com/acme/demo/actions/runs/${TRIGGERING_RUN}#artifacts`);
    expect(hrefs).toContain(`https://github.com/acme/demo/commit/${head}`);
    // the flaky test's issue is linked by its number in this repository, not by the report's URL
    expect(hrefs).toContain('https://github.com/acme/demo/issues/431');
    // a link's text is never hostile markup
    for (const [, label] of html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)) expect(label).not.toMatch(/evil/);
    world.github.assertNoViolations();
  });

  it('refuses a report of the wrong shape, one line per problem, and posts nothing', async () => {
    const head = await seedPulls();
    const forged = forgedReport(head) as unknown as Record<string, unknown>;
    (forged.gates as Array<Record<string, unknown>>)[0]!.status = 5;
    (forged.totals as Record<string, unknown>).tests = 'many';
    forged.failures = { name: 'not a list' };
    const { run, file } = await commentRun(head, forged);
    expect(run.status).toBe('failure');
    expect(run.step('comment').exitCode).toBe(2);
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^report-file: ${file} is not a testops report: gates\\[0\\]\\.status: .*expected string`)),
      expect.stringMatching(/totals\.tests: .*expected number/),
      expect.stringMatching(/failures: .*expected array/),
    ]);
    expect(run.step('comment').stdout + run.step('comment').stderr).not.toMatch(/\n\s+at /);
    expect(calls(world).some((c) => c.startsWith('POST') || c.startsWith('PATCH'))).toBe(false);
    world.github.assertNoViolations();
  });
});
