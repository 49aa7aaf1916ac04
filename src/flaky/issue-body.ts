/**
 * The body of a flaky-test issue: what a person reads (status, recent runs, failures, hints) and
 * what the next run reads back (the hidden marker and a machine-readable history block), so the
 * issue remains the record when the baseline cache is evicted.
 */
import { markdownTable } from 'markdown-table';
import type { FlakyEntry, TestHistoryEntry } from '../model.js';
import { escapeText } from '../render/escape.js';
import { formatPct } from '../render/format.js';
import type { Assessment } from './assess.js';
import { classifyFailures } from './hints.js';
import type { TestIdentity } from './observations.js';

/** GitHub rejects issue bodies above 65,536 characters; stay clear of it. */
export const BODY_LIMIT = 65_536;
const BODY_BUDGET = 60_000;
/** History entries kept in the block: enough for a clean streak to clear at the default settings. */
export const HISTORY_KEEP = 150;
export const MESSAGES_KEEP = 5;

/** The markers count only as the body's first line: one quoted further down (in a failure text) is text. */
const TEST_MARKER = /^<!--\s*testops:flaky-test id=([0-9A-Za-z_-]+)\s*-->/;
const GROUP_MARKER = /^<!--\s*testops:flaky-group key=([^\s]+)\s*-->/;
const DATA_BLOCK = /<!--\s*testops:data\n([\s\S]*?)\n-->/;

export const testMarker = (id: string) => `<!-- testops:flaky-test id=${id} -->`;
export const groupMarker = (key: string) => `<!-- testops:flaky-group key=${key} -->`;

export interface IssueData {
  v: 1;
  id: string;
  suite: string;
  name: string;
  file?: string;
  line?: number;
  firstSeen: string;
  lastSeen: string;
  /** latest distinct failure texts, newest first */
  messages: string[];
  /** every leg's observations, oldest first (entries carry their variant) */
  history: TestHistoryEntry[];
  /** the verdict when the body was written, so a change (flaky → broken) is said once */
  state?: 'flaky' | 'broken' | 'stable' | 'cleared';
  /** earlier names of the test, when the issue followed a rename */
  renamedFrom?: string[];
}

export interface ParsedBody {
  testId?: string;
  groupKey?: string;
  data?: IssueData;
  /** why the data block could not be read (the issue is still used; its history is not) */
  problem?: string;
}

/** JSON inside an HTML comment: `--` must not appear, and JSON allows escaping it in strings. */
const embed = (value: unknown) => JSON.stringify(value).replace(/--/g, '-\\u002d');

export function parseBody(body: string | null | undefined): ParsedBody {
  const text = body ?? '';
  const parsed: ParsedBody = {};
  const test = TEST_MARKER.exec(text.trimStart());
  if (test) parsed.testId = test[1];
  const group = GROUP_MARKER.exec(text.trimStart());
  if (group) parsed.groupKey = group[1];
  const block = DATA_BLOCK.exec(text);
  if (block) {
    try {
      const data = JSON.parse(block[1]) as IssueData;
      if (data?.v !== 1 || !Array.isArray(data.history) || typeof data.id !== 'string')
        parsed.problem = 'history block: expected {"v":1,"id":…,"history":[…]}';
      else if (parsed.testId && data.id !== parsed.testId)
        parsed.problem = `history block: id ${data.id} does not match the marker ${parsed.testId}`;
      else parsed.data = { ...data, messages: Array.isArray(data.messages) ? data.messages : [] };
    } catch (error) {
      parsed.problem = `history block: not valid JSON (${(error as Error).message})`;
    }
  }
  return parsed;
}

/** Normalise a failure text for deduplication: numbers, hex ids and paths of temp dirs vary run to run. */
const fingerprint = (text: string) =>
  text
    .split('\n')[0]
    .replace(/0x[0-9a-f]+|\b[0-9a-f]{7,40}\b/gi, 'H')
    .replace(/\d+(\.\d+)?/g, 'N')
    .replace(/\s+/g, ' ')
    .trim();

/** Trim a failure text to a readable size. */
export function trimMessage(text: string, maxLines = 15, maxChars = 1200): string {
  const lines = text.replace(/\r\n/g, '\n').trim().split('\n');
  let out = lines.slice(0, maxLines).join('\n');
  if (out.length > maxChars) out = `${out.slice(0, maxChars)}…`;
  else if (lines.length > maxLines) out += `\n… (${lines.length - maxLines} more lines)`;
  return out;
}

/** Newest distinct failure texts first, deduplicated by their normalised first line. */
export function dedupeMessages(newest: string[], older: string[], keep = MESSAGES_KEEP): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of [...newest, ...older]) {
    if (!text?.trim()) continue;
    const key = fingerprint(text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(trimMessage(text));
    if (out.length >= keep) break;
  }
  return out;
}

export interface Links {
  /** https://github.com */
  serverUrl: string;
  owner: string;
  repo: string;
}

const pct = (value: number) => formatPct(value * 100, value < 0.1 ? 1 : 0);
/**
 * Test names and failure snippets are untrusted text: escaped for markdown and HTML, so a name like
 * "applies a <discount> code" is shown as written instead of being swallowed as an HTML tag.
 */
const escapeCell = (text: string) => escapeText(text);
/** A test's file (and line) as inline code, or a dash */
const location = (test: { file?: string; line?: number }) =>
  test.file ? escapeText(`${test.file}${test.line ? `:${test.line}` : ''}`, 'code') : '—';
/** "2026-03-01T06:00:00.000Z" → "2026-03-01 06:00 UTC", as the history table writes times. */
const formatTime = (iso: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : iso);
const fence = (text: string) => escapeText(text, 'block');

function runLink(entry: TestHistoryEntry, links: Links): string {
  if (!entry.runId) return '—';
  const base = `${links.serverUrl}/${links.owner}/${links.repo}/actions/runs/${entry.runId}`;
  const url = entry.runAttempt && entry.runAttempt > 1 ? `${base}/attempts/${entry.runAttempt}` : base;
  return `[${entry.runId}${entry.runAttempt && entry.runAttempt > 1 ? ` #${entry.runAttempt}` : ''}](${url})`;
}

function outcome(entry: TestHistoryEntry): string {
  if (entry.infra) return 'infrastructure (excluded)';
  if (entry.failures === 0) return 'passed';
  if (entry.failures < entry.attempts) return `**flaky** (${entry.failures} failed, then passed)`;
  return 'failed';
}

export interface BodyInput {
  test: TestIdentity;
  assessment: Assessment;
  data: IssueData;
  links: Links;
  runUrl?: string;
  /** rows of the history table */
  rows?: number;
  /** the matrix legs, when the test ran on more than one */
  variants?: NonNullable<FlakyEntry['variants']>;
}

function render(input: BodyInput, rows: number, history: TestHistoryEntry[], messages: string[]): string {
  const { test, assessment, data, links } = input;
  const where = location(test);
  const verdict =
    assessment.state === 'broken'
      ? `broken${assessment.brokenAt ? ` at ${assessment.brokenAt.slice(0, 7)}` : ''} (fails every attempt: needs a fix, not a retry)`
      : assessment.state === 'cleared'
        ? 'cleared'
        : assessment.state === 'flaky'
          ? 'flaky'
          : 'no recent flakiness';
  // The verdict is the header row: an empty one would show as a blank grey bar above the table.
  const status = markdownTable([
    ['Verdict', verdict],
    [
      'Flake rate',
      `${pct(assessment.rate)} of runs (interval ${pct(assessment.low)}–${pct(assessment.high)}; ${assessment.failures} of ${assessment.attempts} attempts failed)`,
    ],
    ['Runs observed', String(assessment.runs)],
    ['First seen', formatTime(data.firstSeen)],
    ['Last seen', formatTime(data.lastSeen)],
    ['Quarantined', assessment.quarantined ? 'yes — its failures are reported, not fatal' : 'no'],
    ['Suite', escapeText(test.suite, 'code')],
    ['Location', where],
    ['Clean runs since the last failure', String(assessment.cleanStreak)],
  ]);
  const legs = input.variants
    ? markdownTable([
        ['Leg', 'Verdict', 'Flake rate', 'Runs'],
        ...input.variants.map((leg) => [
          escapeText(leg.variant, 'code'),
          `${leg.state}${leg.brokenAt ? ` at ${leg.brokenAt.slice(0, 7)}` : ''}${leg.quarantined ? ' (quarantined)' : ''}`,
          pct(leg.rate),
          String(leg.runs),
        ]),
      ])
    : '';
  const recent = history.slice(-rows).reverse();
  const withLeg = history.some((entry) => entry.variant);
  const table = markdownTable([
    ['Commit', 'Run', ...(withLeg ? ['Leg'] : []), 'When (UTC)', 'Outcome', 'Attempts'],
    ...recent.map((entry) => [
      `[${entry.commit.slice(0, 7)}](${links.serverUrl}/${links.owner}/${links.repo}/commit/${entry.commit})`,
      runLink(entry, links),
      ...(withLeg ? [entry.variant ? escapeText(entry.variant, 'code') : '—'] : []),
      entry.at.slice(0, 16).replace('T', ' '),
      outcome(entry),
      String(entry.attempts),
    ]),
  ]);
  // Patterns are looked for in the full failure texts and the runs' messages; the count is of
  // failing runs (each run's first failure text once). Counting both lists, as before, counted a
  // single failure twice.
  const perRun = history.map((entry) => entry.message ?? '').filter(Boolean);
  const runsMatching = new Map(classifyFailures(perRun).map((hint) => [hint.kind, hint.count]));
  const hints = classifyFailures([...messages, ...perRun]).map((hint) => ({ ...hint, runs: runsMatching.get(hint.kind) ?? 0 }));
  const seenIn = (runs: number) => (runs > 0 ? `${runs} failing run${runs === 1 ? '' : 's'}` : 'in the failure texts');
  const parts = [
    testMarker(test.id),
    `The test **${escapeCell(test.name)}** in suite ${escapeText(test.suite, 'code')} passes and fails without a change to its code. testops keeps this issue up to date and closes it when the test has been stable long enough.`,
    data.renamedFrom?.length ? `Formerly: ${data.renamedFrom.map((name) => `**${escapeCell(name)}**`).join(', ')}.` : '',
    '### Status',
    status,
    legs ? '### Legs' : '',
    legs,
    // One block, so the evidence is one tight list rather than paragraphs apart.
    assessment.evidence.map((line) => `- ${line}`).join('\n'),
    input.runUrl ? `\nLatest run: ${input.runUrl}` : '',
    `### Recent runs (${recent.length} of ${history.length})`,
    recent.length ? table : '_none yet_',
    '### Latest failures',
    messages.length ? messages.map(fence).join('\n\n') : '_no failure text was reported_',
    '### Likely causes',
    hints.length
      ? hints
          .sort((a, b) => b.runs - a.runs)
          .map((hint) => `- **${hint.title}** (${seenIn(hint.runs)}, e.g. “${escapeCell(hint.match)}”): ${hint.suggestion}`)
          .join('\n')
      : '_no known pattern in the failure texts; rerun with the same TEST_SEED to reproduce_',
    `<!-- testops:data\n${embed({ ...data, history, messages })}\n-->`,
  ];
  return parts.filter((part) => part !== '').join('\n\n');
}

/** Render, shrinking the table, the failure texts and the history block until it fits GitHub's limit. */
export function renderBody(input: BodyInput): string {
  let rows = input.rows ?? 20;
  let history = input.data.history.slice(-HISTORY_KEEP);
  let messages = input.data.messages.slice(0, MESSAGES_KEEP);
  let body = render(input, rows, history, messages);
  for (let round = 0; body.length > BODY_BUDGET && round < 12; round++) {
    rows = Math.max(3, Math.floor(rows / 2));
    if (round % 2 === 1) messages = messages.map((text) => trimMessage(text, 5, 300)).slice(0, Math.max(1, messages.length - 1));
    history = history
      .slice(-Math.max(10, Math.floor(history.length * 0.6)))
      .map(({ message, ...rest }) => (message ? { ...rest, message: message.slice(0, 120) } : rest));
    body = render(input, rows, history, messages);
  }
  return body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT - 200)}\n\n_(trimmed to GitHub's size limit)_` : body;
}

export interface GroupTest {
  test: TestIdentity;
  assessment: Assessment;
  message?: string;
}

/** The body of one grouped issue: many tests of one suite flaked in one run. */
export function renderGroupBody(input: {
  key: string;
  suite: string;
  runLabel: string;
  runUrl?: string;
  tests: GroupTest[];
  groupAbove: number;
}): string {
  const messages = input.tests.map((item) => item.message ?? '').filter(Boolean);
  const hints = classifyFailures(messages);
  const rows = input.tests.map((item) => [
    escapeCell(item.test.name),
    location(item.test),
    `${pct(item.assessment.rate)} (${pct(item.assessment.low)}–${pct(item.assessment.high)})`,
    escapeCell((item.message ?? '').split('\n')[0].slice(0, 160)),
  ]);
  const render = (count: number) =>
    [
      groupMarker(input.key),
      `${input.tests.length} tests of suite ${escapeText(input.suite, 'code')} flaked in ${input.runLabel} (more than group-above ${input.groupAbove}), so they are tracked together here rather than as ${input.tests.length} issues. So many at once usually means a shared cause: an overloaded runner, a slow service, or shared state.`,
      input.runUrl ? `Run: ${input.runUrl}` : '',
      markdownTable([['Test', 'Location', 'Flake rate', 'Failure'], ...rows.slice(0, count)]),
      count < rows.length ? `… and ${rows.length - count} more` : '',
      '### Likely causes',
      hints.length
        ? hints.map((hint) => `- **${hint.title}** (${hint.count}): ${hint.suggestion}`).join('\n')
        : '_no known pattern in the failure texts_',
      `<!-- testops:data\n${embed({ v: 1, id: input.key, kind: 'group', suite: input.suite, tests: input.tests.map((item) => item.test.id), history: [], messages: [] })}\n-->`,
    ]
      .filter(Boolean)
      .join('\n\n');
  let count = rows.length;
  let body = render(count);
  while (body.length > BODY_BUDGET && count > 10) body = render((count = Math.floor(count / 2)));
  return body;
}
