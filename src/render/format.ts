/**
 * Small formatting helpers shared by the comment, the summary and the annotations. Everything
 * that comes from a report (test names, messages, paths) is untrusted text: it is escaped so it
 * can neither break the layout (a `|` in a table, a stray `</details>`) nor inject markup.
 */
import type { GateStatus } from '../model.js';
import { formatRate } from '../util/rate.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape text for use inside HTML (a <summary>, an attribute). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]);
}

/**
 * Escape text for inline markdown: every markdown punctuation character gets a backslash (GFM
 * allows escaping any ASCII punctuation), HTML-significant characters become entities, and
 * newlines become spaces so one value stays on one line (and in one table cell).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
      // quotes need no escaping in markdown text (only in attributes, where escapeHtml is used)
      .replace(/[&<>]/g, (char) => HTML_ESCAPES[char])
      // A value that starts like a list item or a heading would change the block structure.
      .replace(/^(\s*)([-+]|#{1,6}|\d{1,9}[.)])(?=\s|$)/, (_all, space: string, mark: string) =>
        /\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
      )
      .replace(/@(?=\w)/g, NO_MENTION)
  );
}

/**
 * GitHub turns "@name" in a comment into a mention that notifies that person; a test name or
 * message must never ping anyone, so a zero-width space goes after the "@" (it renders the same).
 */
const NO_MENTION = '@\u200b';

/** Neutralise mentions in text that is not otherwise escaped (code blocks are safe already). */
export function noMentions(text: string): string {
  return text.replace(/@(?=\w)/g, NO_MENTION);
}

/** Inline code that survives any backticks inside the value. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  // Inside a table a pipe ends the cell even inside a code span; GFM accepts `\|` there.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function codeBlock(text: string, language = 'text'): string {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/** The first `count` non-empty lines of a message, each cut to `width` characters. */
export function firstLines(text: string, count = 4, width = 200): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  const kept = lines.slice(0, count).map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
  if (lines.length > count) kept.push(`… ${lines.length - count} more line${lines.length - count === 1 ? '' : 's'}`);
  return kept.join('\n');
}

export function statusIcon(status: GateStatus): string {
  return { pass: '✅', warn: '⚠️', fail: '❌', skipped: '⏭️' }[status];
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

// One formatter per precision: toLocaleString builds a new one on every call, which dominates
// the time to render a report with thousands of numbers.
const NUMBER_FORMATS = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/** "1,234" */
export function formatCount(count: number): string {
  return NUMBER_FORMATS[0].format(count);
}

/** "82.4%" (one decimal; "100%" and "0%" without) */
export function formatPct(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || Number.isNaN(pct)) return '—';
  const rounded = Math.round(pct * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

/**
 * A coverage percentage, cut down to one decimal as the gates table writes it (src/gates/context.ts),
 * so the coverage section and the table agree, and 79.96% never reads as the 80% it did not reach.
 */
export function formatCoveragePct(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || Number.isNaN(pct)) return '—';
  const cut = Math.floor(pct * 10 + 1e-9) / 10;
  return `${Number.isInteger(cut) ? cut.toFixed(0) : cut.toFixed(1)}%`;
}

/** Seconds → "850ms", "12.3s", "4m 05s", "1h 02m". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 60) return `${(Math.round(seconds * 10) / 10).toFixed(1)}s`;
  const totalSeconds = Math.round(seconds);
  if (totalSeconds < 3600) return `${Math.floor(totalSeconds / 60)}m ${String(totalSeconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(totalSeconds / 3600)}h ${String(Math.floor((totalSeconds % 3600) / 60)).padStart(2, '0')}m`;
}

/** A metric value with its unit, rounded to a readable precision. */
export function formatMetric(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 'fraction' || unit === 'ratio') return formatRate(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const number = NUMBER_FORMATS[digits].format(Number(value.toFixed(digits)));
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A relative change as "+12.5%" / "−3.0%" (true minus sign), or "—". */
export function formatChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return '—';
  const pct = change * 100;
  const text = Math.abs(pct).toFixed(1);
  if (text === '0.0') return '±0.0%';
  return `${pct > 0 ? '+' : '−'}${text}%`;
}

/** Age between two ISO timestamps: "just now", "5 min", "3 h", "2 days". */
export function formatAge(from: string, to: string): string {
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms)) return 'age unknown';
  const minutes = Math.max(0, Math.round(ms / 60000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min old`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h old`;
  return `${Math.round(hours / 24)} days old`;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
