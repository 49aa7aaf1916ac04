import { describe, expect, it } from 'vitest';
import { assessConfig } from '../../src/flaky/analyze.js';
import { assess } from '../../src/flaky/assess.js';
import {
  BODY_LIMIT,
  dedupeMessages,
  type IssueData,
  parseBody,
  renderBody,
  renderGroupBody,
  testMarker,
} from '../../src/flaky/issue-body.js';
import { observe } from '../../src/flaky/observations.js';
import { event, flakyConfig, history, repeat, runsFile, suiteRun, testCase } from './helpers.js';

const links = { serverUrl: 'https://github.com', owner: 'acme', repo: 'app' };
const test = { id: '0123456789abcdef', suite: 'unit', name: 'saves a | piped name', file: 'test/a.test.ts', line: 12 };

function body(data: Partial<IssueData> = {}) {
  const past = data.history ?? history([...repeat('p', 10), 'fp', 'p']);
  const full: IssueData = {
    v: 1,
    id: test.id,
    suite: 'unit',
    name: test.name,
    firstSeen: '2026-01-01T10:00:00Z',
    lastSeen: '2026-01-01T11:00:00Z',
    messages: [],
    history: past,
    ...data,
  };
  return renderBody({ test, assessment: assess(full.history, assessConfig(flakyConfig(), { defaultBranch: 'main' })), data: full, links });
}

describe('issue body', () => {
  it('carries the marker, status, run links and a history block that reads back exactly', () => {
    const past = history(['p', 'fp', 'p']);
    const text = body({ history: past, messages: ['Error: --> tricky <!-- comment'] });
    expect(text.startsWith(testMarker(test.id))).toBe(true);
    expect(text).toContain('| Flake rate');
    expect(text).toContain('[1001](https://github.com/acme/app/actions/runs/1001)');
    expect(text).toContain('**flaky** (1 failed, then passed)');
    expect(text).toContain('saves a \\| piped name');
    const parsed = parseBody(text);
    expect(parsed.testId).toBe(test.id);
    expect(parsed.problem).toBeUndefined();
    expect(parsed.data?.history).toEqual(past);
    expect(parsed.data?.messages).toEqual(['Error: --> tricky <!-- comment']);
  });

  it('passes the suite, the file and the failure text through the escaping function', () => {
    const hostile = { ...test, suite: 'unit` @acme/team <!-- testops:sticky id=default -->', file: 'a`b <img src=x>.ts' };
    const full: IssueData = {
      v: 1,
      id: hostile.id,
      suite: hostile.suite,
      name: hostile.name,
      firstSeen: '2026-01-01T10:00:00Z',
      lastSeen: '2026-01-01T11:00:00Z',
      messages: ['failed for @acme/team <!-- testops:sticky id=default -->'],
      history: history(['p', 'fp', 'p']),
    };
    const text = renderBody({
      test: hostile,
      assessment: assess(full.history, assessConfig(flakyConfig(), { defaultBranch: 'main' })),
      data: full,
      links,
    });
    const visible = text.slice(0, text.indexOf('<!-- testops:data'));
    expect(visible).toContain('``unit` @\u200bacme/team <\u200b!-- testops:sticky id=default -->``');
    expect(visible).toContain('``a`b <img src=x>.ts:12``');
    expect(visible).not.toMatch(/@acme|<!-- testops:sticky/);
  });

  it('shows remediation hints drawn from the failure texts', () => {
    const text = body({ messages: ['Error: listen EADDRINUSE: address already in use :::8080'] });
    expect(text).toMatch(/\*\*Resource or port in use\*\* \(in the failure texts, e\.g\. “.*EADDRINUSE.*”\): Listen on port 0/);
  });

  it('counts a hint once per failing run, not once for the run and again for its failure text', () => {
    const timeout = 'TimeoutError: locator.click: Timeout 5000ms exceeded.';
    const past = history(['p', 'fp', 'p', 'fp', 'ff']).map((entry, index) =>
      entry.message ? { ...entry, message: index === 1 ? 'expected 3 to be 2' : timeout } : entry,
    );
    const text = body({ history: past, messages: [`${timeout}\n    at checkout.spec.ts:42:17`, 'expected 3 to be 2'] });
    expect(text).toContain('- **Timeout** (2 failing runs, e.g.');
  });

  it('reads as a triager needs: the name as written, times in UTC like the table, one tight list of evidence', () => {
    const named = { ...test, name: 'applies a <discount> code' };
    const past = history(['p', 'fp', 'p', 'fp', 'p']);
    const data: IssueData = {
      v: 1,
      id: test.id,
      suite: 'unit',
      name: named.name,
      firstSeen: '2026-01-01T01:00:00.000Z',
      lastSeen: '2026-01-01T03:00:00.000Z',
      messages: [],
      history: past,
    };
    const assessment = assess(past, assessConfig(flakyConfig(), { defaultBranch: 'main' }));
    const text = renderBody({ test: named, assessment, data, links });
    // A raw <discount> would be taken for an HTML tag and vanish from the rendered issue.
    expect(text).toContain('The test **applies a &lt;discount&gt; code** in suite');
    expect(text).toMatch(/\| First seen +\| 2026-01-01 01:00 UTC +\|/);
    expect(text).toMatch(/\| Last seen +\| 2026-01-01 03:00 UTC +\|/);
    expect(text).toContain('| When (UTC) ');
    // No blank header row above the status table: the verdict heads it.
    expect(text).toMatch(/### Status\n\n\| Verdict +\| flaky +\|\n\| -+ \| -+ \|\n\| Flake rate/);
    const evidence = text.split('\n').filter((line) => line.startsWith('- failed') || line.startsWith('- failure rate'));
    expect(evidence.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain(evidence.join('\n'));
    expect(parseBody(text).data?.name).toBe('applies a <discount> code');
  });

  it('stays under GitHub’s 65,536-character limit with huge failures and a long history', () => {
    const huge = Array.from({ length: 5 }, (_, index) => `Error ${index}: ${'x'.repeat(20_000)}\n${'stack line\n'.repeat(400)}`);
    const past = history(repeat('fp', 150)).map((entry) => ({ ...entry, message: 'y'.repeat(300) }));
    const text = body({ history: past, messages: dedupeMessages(huge, []) });
    expect(text.length).toBeLessThan(BODY_LIMIT);
    expect(parseBody(text).data?.history.length).toBeGreaterThan(10);
  });

  it('reports an unreadable history block instead of trusting it', () => {
    const text = `${testMarker(test.id)}\n<!-- testops:data\n{not json\n-->`;
    expect(parseBody(text)).toMatchObject({ testId: test.id, problem: expect.stringMatching(/history block: not valid JSON/) });
    const wrongId = `${testMarker(test.id)}\n<!-- testops:data\n{"v":1,"id":"other","history":[]}\n-->`;
    expect(parseBody(wrongId).problem).toMatch(/id other does not match the marker/);
  });

  it('deduplicates failure texts that differ only in numbers and ids, newest first, trimmed', () => {
    const messages = dedupeMessages(
      ['Timed out after 5012ms at 0xdeadbeef', 'Timed out after 4999ms at 0xcafebabe', 'expected 1 to be 2'],
      ['expected 3 to be 4', 'older'],
    );
    expect(messages).toEqual(['Timed out after 5012ms at 0xdeadbeef', 'expected 1 to be 2', 'older']);
    expect(dedupeMessages([`a\n${'line\n'.repeat(40)}`], [])[0]).toMatch(/… \(\d+ more lines\)$/);
  });

  it('renders a grouped issue listing every test', () => {
    const assessment = assess(history(['fp']), assessConfig(flakyConfig(), {}));
    const tests = Array.from({ length: 12 }, (_, index) => ({
      test: { ...test, id: `id${index}`, name: `t${index}` },
      assessment,
      message: 'Test timed out in 5000ms',
    }));
    const text = renderGroupBody({ key: 'unit@42', suite: 'unit', runLabel: 'run 42', tests, groupAbove: 10 });
    expect(parseBody(text).groupKey).toBe('unit@42');
    expect(text).toMatch(/12 tests of suite `unit` flaked in run 42/);
    for (let index = 0; index < 12; index++) expect(text).toContain(`| t${index} `);
    expect(text).toContain('**Timeout** (12)');
  });
});

describe('failure texts kept for the issue', () => {
  it('a stack that starts with the message is kept once, not after the message again', () => {
    const message = 'Error: expect(received).toBe(expected)\n\nExpected: "$9.00"\nReceived: "$10.00"';
    const stack = `${message}\n    at e2e/checkout.spec.ts:42:17`;
    const flaky = testCase('applies a discount', 'fp');
    flaky.attempts = [{ status: 'failed', duration: 1, message, stack }, flaky.attempts[1]];
    const other = testCase('other', 'fp');
    other.attempts = [{ status: 'failed', duration: 1, message: 'boom', stack: 'at x.ts:1' }, other.attempts[1]];
    const [first, second] = observe(runsFile([suiteRun('unit', [flaky, other])]), event(), undefined, 1);
    expect(first.messages).toEqual([stack]);
    // A stack without the message (JUnit's text elsewhere) still follows it.
    expect(second.messages).toEqual(['boom\nat x.ts:1']);
  });
});
