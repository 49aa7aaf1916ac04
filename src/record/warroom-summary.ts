/**
 * Reading and summarising war-room logs: counts by kind and priority, the suites and tests that
 * come up most, first and last seen — as terminal text, markdown or JSON. Pure apart from the
 * reader, which takes file contents.
 */
import { markdownTable } from 'markdown-table';
import { escapeText } from '../render/escape.js';
import { ANOMALY_KINDS, type AnomalyKind, PRIORITIES, type Priority } from './catalogue.js';
import type { WarroomEntry } from './warroom.js';
import { maxOf } from '../util/arrays.js';

export interface ParsedLog {
  entries: WarroomEntry[];
  /** "FILE:LINE: what was wrong", one per line that could not be used */
  problems: string[];
}

/** Lines that are not war-room entries are named and skipped; the rest of the log is still used. */
export function parseWarroom(text: string, file: string): ParsedLog {
  const entries: WarroomEntry[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: not JSON (${(error as Error).message})`);
      continue;
    }
    const entry = value as Partial<WarroomEntry>;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${where}: expected an object with kind, priority and at`);
      continue;
    }
    if (!ANOMALY_KINDS.includes(entry.kind as AnomalyKind)) {
      problems.push(`${where}: kind ${JSON.stringify(entry.kind)} is not one of ${ANOMALY_KINDS.join(', ')}`);
      continue;
    }
    if (!PRIORITIES.includes(entry.priority as Priority)) {
      problems.push(`${where}: priority ${JSON.stringify(entry.priority)} is not one of ${PRIORITIES.join(', ')}`);
      continue;
    }
    if (typeof entry.at !== 'string' || !Number.isFinite(Date.parse(entry.at))) {
      problems.push(`${where}: at ${JSON.stringify(entry.at)} is not an ISO 8601 time`);
      continue;
    }
    entries.push({
      ...(entry as WarroomEntry),
      summary: typeof entry.summary === 'string' ? entry.summary : '',
      remediation: Array.isArray(entry.remediation) ? entry.remediation.filter((step) => typeof step === 'string') : [],
      evidence: entry.evidence && typeof entry.evidence === 'object' ? entry.evidence : {},
    });
  }
  return { entries, problems };
}

export interface KindSummary {
  kind: AnomalyKind;
  count: number;
  priority: Priority;
  firstSeen: string;
  lastSeen: string;
}

export interface WarroomSummary {
  entries: number;
  runs: number;
  firstSeen: string | null;
  lastSeen: string | null;
  byPriority: Record<Priority, number>;
  byKind: KindSummary[];
  topSuites: Array<{ suite: string; count: number }>;
  topTests: Array<{ test: string; suite?: string; count: number }>;
  /** the most urgent entries, newest first within a priority */
  urgent: Array<Pick<WarroomEntry, 'at' | 'kind' | 'priority' | 'respondWithin' | 'summary' | 'remediation' | 'commit'>>;
}

const RANK: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function summariseWarroom(entries: WarroomEntry[], top = 5): WarroomSummary {
  const byPriority: Record<Priority, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const kinds = new Map<AnomalyKind, KindSummary>();
  const suites = new Map<string, number>();
  const tests = new Map<string, { test: string; suite?: string; count: number }>();
  const runs = new Set<string>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const entry of entries) {
    byPriority[entry.priority]++;
    runs.add(`${entry.commit}|${entry.runUrl ?? ''}|${entry.at}`);
    if (firstSeen === null || entry.at < firstSeen) firstSeen = entry.at;
    if (lastSeen === null || entry.at > lastSeen) lastSeen = entry.at;
    const kind = kinds.get(entry.kind);
    if (!kind) kinds.set(entry.kind, { kind: entry.kind, count: 1, priority: entry.priority, firstSeen: entry.at, lastSeen: entry.at });
    else {
      kind.count++;
      if (RANK[entry.priority] < RANK[kind.priority]) kind.priority = entry.priority;
      if (entry.at < kind.firstSeen) kind.firstSeen = entry.at;
      if (entry.at > kind.lastSeen) kind.lastSeen = entry.at;
    }
    if (entry.suite) suites.set(entry.suite, (suites.get(entry.suite) ?? 0) + 1);
    if (entry.test) {
      const key = `${entry.suite ?? ''}\u0000${entry.test}`;
      const known = tests.get(key) ?? { test: entry.test, ...(entry.suite ? { suite: entry.suite } : {}), count: 0 };
      known.count++;
      tests.set(key, known);
    }
  }
  const byCount = <T extends { count: number }>(list: T[]) => list.sort((x, y) => y.count - x.count).slice(0, top);
  const urgent = [...entries]
    .sort((x, y) => RANK[x.priority] - RANK[y.priority] || (x.at < y.at ? 1 : x.at > y.at ? -1 : 0))
    .slice(0, top)
    .map(({ at, kind, priority, respondWithin, summary, remediation, commit }) => ({
      at,
      kind,
      priority,
      respondWithin,
      summary,
      remediation,
      commit,
    }));
  return {
    entries: entries.length,
    runs: runs.size,
    firstSeen,
    lastSeen,
    byPriority,
    byKind: [...kinds.values()].sort((x, y) => RANK[x.priority] - RANK[y.priority] || y.count - x.count),
    topSuites: byCount([...suites].map(([suite, count]) => ({ suite, count }))),
    topTests: byCount([...tests.values()]),
    urgent,
  };
}

/** Terminal text; `color` wraps priorities in ANSI colours. */
export function warroomText(summary: WarroomSummary, paint: (priority: Priority, text: string) => string = (_p, text) => text): string {
  if (summary.entries === 0) return 'No anomalies in the war-room log.\n';
  const lines: string[] = [];
  lines.push(`${summary.entries} anomalies from ${summary.runs} run(s), first ${summary.firstSeen}, last ${summary.lastSeen}`);
  lines.push(PRIORITIES.map((priority) => paint(priority, `${summary.byPriority[priority]} ${priority}`)).join(' · '));
  lines.push('');
  const width = maxOf(
    summary.byKind.map((kind) => kind.kind.length),
    4,
  );
  lines.push(`${'kind'.padEnd(width)}  count  priority  first seen                last seen`);
  for (const kind of summary.byKind)
    lines.push(
      `${kind.kind.padEnd(width)}  ${String(kind.count).padStart(5)}  ${paint(kind.priority, kind.priority.padEnd(8))}  ${kind.firstSeen.padEnd(24)}  ${kind.lastSeen}`,
    );
  if (summary.topSuites.length)
    lines.push('', `top suites: ${summary.topSuites.map((suite) => `${suite.suite} (${suite.count})`).join(', ')}`);
  if (summary.topTests.length)
    lines.push(
      `top tests: ${summary.topTests.map((test) => `${test.suite ? `${test.suite} › ` : ''}${test.test} (${test.count})`).join(', ')}`,
    );
  lines.push('', 'most urgent:');
  for (const entry of summary.urgent) {
    lines.push(
      `  ${paint(entry.priority, `[${entry.priority}]`)} ${entry.kind}: ${entry.summary} — respond ${entry.respondWithin} (${entry.at}, ${entry.commit.slice(0, 7)})`,
    );
    for (const step of entry.remediation.slice(0, 3)) lines.push(`      - ${step}`);
  }
  return `${lines.join('\n')}\n`;
}

export function warroomMarkdown(summary: WarroomSummary): string {
  if (summary.entries === 0) return '### War room\n\nNo anomalies.\n';
  const cell = (text: string) => escapeText(text);
  const parts = [
    '### War room',
    '',
    `${summary.entries} anomalies from ${summary.runs} run(s), first ${summary.firstSeen}, last ${summary.lastSeen}: ${PRIORITIES.map((priority) => `${summary.byPriority[priority]} ${priority}`).join(', ')}.`,
    '',
    markdownTable([
      ['Kind', 'Count', 'Priority', 'First seen', 'Last seen'],
      ...summary.byKind.map((kind) => [kind.kind, String(kind.count), kind.priority, kind.firstSeen, kind.lastSeen]),
    ]),
  ];
  if (summary.topSuites.length)
    parts.push('', `**Top suites:** ${summary.topSuites.map((suite) => `${cell(suite.suite)} (${suite.count})`).join(', ')}`);
  if (summary.topTests.length)
    parts.push(
      '',
      `**Top tests:** ${summary.topTests.map((test) => `${cell(`${test.suite ? `${test.suite} › ` : ''}${test.test}`)} (${test.count})`).join(', ')}`,
    );
  parts.push('', '**Most urgent**', '');
  for (const entry of summary.urgent) {
    parts.push(`- **${entry.priority}** ${entry.kind}: ${cell(entry.summary)} — respond ${entry.respondWithin}`);
    for (const step of entry.remediation.slice(0, 3)) parts.push(`  - ${cell(step)}`);
  }
  return `${parts.join('\n')}\n`;
}
