/**
 * Small formatting helpers shared by the comment, the summary and the annotations: numbers,
 * durations, ages. They return plain text; escaping is the renderer's, through ./escape.ts.
 */
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

/**
 * The one percent formatter: a percentage (0–100) rounded to `digits` decimals, trailing zeros
 * dropped: "82.4%", "66.7%" (20 of 30), "100%", "0%". A gate's value that would read the same as
 * its limit gets more digits (src/render/quantity.ts).
 */
export function formatPct(pct: number | null | undefined, digits = 1): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—';
  const text = pct.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  return `${text === '-0' ? '0' : text}%`;
}

/**
 * A rate (a fraction 0–1) as a percentage a reader can compare: two decimals under 10 % so that an
 * error rate of 0.0094 reads "0.94%" (not "0.01" or "0.9%"), one above.
 */
export function formatRate(fraction: number): string {
  const pct = fraction * 100;
  return formatPct(pct, Math.abs(pct) < 10 ? 2 : 1);
}

/**
 * formatPct, formatRate and formatSeconds for the pages' scripts (report.html, the dashboard), ES5
 * and inlined: `fmtPct(pct, digits)` is formatPct to the character; `fmtRate(pct)` is formatRate
 * for a value already in percent (two decimals under 10 %); `fmtSecs(seconds)` is formatSeconds.
 * test/render/format.test.ts holds them to the same outputs, so a page never words a number
 * differently from the comment.
 */
export const CLIENT_FORMAT_JS = `
  function fmtPct(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) return '—';
    var text = v.toFixed(digits === undefined ? 1 : digits).replace(/\\.0+$|(\\.\\d*?)0+$/, '$1');
    return (text === '-0' ? '0' : text) + '%';
  }
  function fmtRate(v) { return fmtPct(v, v !== null && v !== undefined && Math.abs(v) < 10 ? 2 : 1); }
  function pad2(n) { return n < 10 ? '0' + n : String(n); }
  function fmtSecs(s) {
    if (s === null || s === undefined || !isFinite(s) || s < 0) return '—';
    if (Math.round(s * 1000) < 1000) return Math.round(s * 1000) + 'ms';
    var tenths = Math.round(s * 10);
    if (tenths < 600) return (tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)) + 's';
    var whole = Math.round(s);
    if (whole < 3600) return Math.floor(whole / 60) + 'm' + (whole % 60 ? ' ' + pad2(whole % 60) + 's' : '');
    var minutes = Math.round(s / 60);
    return Math.floor(minutes / 60) + 'h' + (minutes % 60 ? ' ' + pad2(minutes % 60) + 'm' : '');
  }
`;

/**
 * The one duration formatter (logs, verdicts, comments, the terminal, the HTML record): seconds →
 * "850ms", "12.3s", "1s", "4m 05s", "2m", "1h 02m", "2h". A whole value drops its zero part so a
 * configured "1s" timeout or "2m" budget reads back as written, never "1.0s" or "2m 00s".
 */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (Math.round(seconds * 1000) < 1000) return `${Math.round(seconds * 1000)}ms`;
  const tenths = Math.round(seconds * 10);
  if (tenths < 600) return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}s`;
  const totalSeconds = Math.round(seconds);
  if (totalSeconds < 3600) {
    const rest = totalSeconds % 60;
    return `${Math.floor(totalSeconds / 60)}m${rest ? ` ${String(rest).padStart(2, '0')}s` : ''}`;
  }
  const totalMinutes = Math.round(seconds / 60);
  const rest = totalMinutes % 60;
  return `${Math.floor(totalMinutes / 60)}h${rest ? ` ${String(rest).padStart(2, '0')}m` : ''}`;
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

/** Percentage points: "0.5 pts" (`signed`: "+0.5 pts" / "−0.5 pts") */
export function formatPoints(points: number, signed = false): string {
  const text = `${Math.abs(points).toFixed(1)} pts`;
  if (!signed) return points < 0 ? `−${text}` : text;
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${text}`;
}

/** A relative change as "+12.5%" / "−3.0%" (true minus sign), or "—". */
export function formatChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return '—';
  const pct = change * 100;
  const text = Math.abs(pct).toFixed(1);
  if (text === '0.0') return '±0.0%';
  return `${pct > 0 ? '+' : '−'}${text}%`;
}

/** The one age formatter: "3d", "5h", "12m", "just now" (or "in the future"). */
export function formatAge(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 60) return seconds < 0 ? 'in the future' : 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

/** How old something made at `from` was at `to` (ISO times): "2d ago", "just now", or undefined. */
export function formatAgeSince(from: string, to: string): string | undefined {
  const seconds = (Date.parse(to) - Date.parse(from)) / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  const age = formatAge(seconds);
  return age === 'just now' || age === 'in the future' ? age : `${age} ago`;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** "Retrying 3 tests (2 rerun commands) added 12.0s, 8% of the suites' time." — undefined when nothing was retried */
export function retrySentence(report: {
  retryTime?: { seconds: number; share: number; commands: number; tests: number };
}): string | undefined {
  const retries = report.retryTime;
  if (!retries) return undefined;
  const commands = retries.commands > 0 ? ` (${plural(retries.commands, 'rerun command')})` : '';
  return `Retrying ${plural(retries.tests, 'test')}${commands} added ${formatSeconds(retries.seconds)}, ${formatPct(retries.share * 100)} of the suites' time.`;
}

/** "Early flake detection repeated 2 changed test files 2 times (3.1s of a 12.0s budget)." — undefined when none ran */
export function earlySentence(report: {
  suites: ReadonlyArray<{
    early?: { files: string[]; repeats: number; planned: number; seconds: number; budget: number; stopped?: string };
  }>;
}): string | undefined {
  const early = report.suites.flatMap((suite) => (suite.early ? [suite.early] : []));
  if (early.length === 0) return undefined;
  const files = early.reduce((sum, entry) => sum + entry.files.length, 0);
  const repeats = early.reduce((sum, entry) => sum + entry.repeats, 0);
  const planned = early.reduce((sum, entry) => sum + entry.planned, 0);
  const seconds = early.reduce((sum, entry) => sum + entry.seconds, 0);
  const budget = early.reduce((sum, entry) => sum + entry.budget, 0);
  const stopped = early.find((entry) => entry.stopped)?.stopped;
  return `Early flake detection: ${plural(files, 'changed test file')} repeated ${repeats} of ${plural(planned, 'planned time')} (${formatSeconds(seconds)} of a ${formatSeconds(budget)} budget)${stopped ? `; stopped: ${stopped}` : ''}.`;
}

/** The early-detection sentence of a flaky entry's evidence ("new test failed 1 of 3 repeats in …"), if any */
export function earlyEvidence(evidence: readonly string[]): string | undefined {
  return evidence.find((line) => /^(new|changed) test failed \d+ of \d+ repeats\b/.test(line));
}
