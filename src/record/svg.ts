/**
 * Small inline SVG charts for report.html: a perf metric against its baseline samples, and the
 * run's timeline. Numbers only come in; every label is escaped here.
 */
import type { RunsFile } from '../model.js';
import { escapeText } from '../render/escape.js';
import { maxOf, minOf } from '../util/arrays.js';

const escapeHtml = (text: string) => escapeText(text, 'html');

const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, ''));

/**
 * One metric: the baseline samples as grey dots with their min–max band and median, the head
 * value as a coloured dot (red when worse than the band, green otherwise).
 */
export function perfChart(samples: number[], head: number, biggerIsBetter: boolean, label: string): string {
  const width = 180;
  const height = 34;
  const pad = 6;
  const values = [...samples, head].filter(Number.isFinite);
  if (values.length === 0) return '';
  const lo = minOf(values);
  const hi = maxOf(values);
  const span = hi - lo || Math.abs(hi) || 1;
  const x = (value: number) => pad + ((value - lo) / span) * (width - 2 * pad);
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted.length > 0 ? (sorted[Math.floor((sorted.length - 1) / 2)] as number) : undefined;
  const worse = sorted.length > 0 && (biggerIsBetter ? head < (sorted[0] as number) : head > (sorted[sorted.length - 1] as number));
  const parts: string[] = [];
  if (sorted.length > 0) {
    const bandStart = x(sorted[0] as number);
    const bandEnd = x(sorted[sorted.length - 1] as number);
    parts.push(
      `<rect x="${bandStart.toFixed(1)}" y="8" width="${Math.max(1, bandEnd - bandStart).toFixed(1)}" height="18" fill="#d8dee4" rx="2"/>`,
    );
    for (const [index, sample] of sorted.entries())
      parts.push(`<circle cx="${x(sample).toFixed(1)}" cy="${(12 + (index % 3) * 5).toFixed(1)}" r="2" fill="#8c959f"/>`);
    if (median !== undefined)
      parts.push(`<line x1="${x(median).toFixed(1)}" x2="${x(median).toFixed(1)}" y1="6" y2="28" stroke="#57606a" stroke-width="1.5"/>`);
  }
  parts.push(`<circle cx="${x(head).toFixed(1)}" cy="17" r="4.5" fill="${worse ? '#cf222e' : '#1a7f37'}" stroke="#fff"/>`);
  const title = `${label}: head ${fmt(head)}${sorted.length > 0 ? `; baseline ${sorted.length} samples ${fmt(sorted[0] as number)}–${fmt(sorted[sorted.length - 1] as number)}, median ${fmt(median as number)}` : '; no baseline samples'}`;
  return `<svg class="spark" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

interface Bar {
  row: number;
  start: number;
  end: number;
  label: string;
  cls: string;
}

/** Suites, their services and attempts on one time axis (seconds since the run started). */
export function timeline(runs: RunsFile): string {
  const origin = Date.parse(runs.startedAt);
  const finished = Date.parse(runs.finishedAt);
  if (!Number.isFinite(origin)) return '';
  const bars: Bar[] = [];
  const rows: string[] = [];
  for (const suite of runs.suites.filter((candidate) => candidate.selected)) {
    const suiteStart = suite.startedAt ? (Date.parse(suite.startedAt) - origin) / 1000 : 0;
    const servicesReady = maxOf(
      suite.services.map((service) => service.readyAfter ?? 0),
      0,
    );
    for (const service of suite.services) {
      rows.push(`${suite.name} · ${service.name}`);
      const end = suiteStart + servicesReady + suite.attempts.reduce((sum, attempt) => sum + attempt.duration, 0);
      bars.push({
        row: rows.length - 1,
        start: suiteStart,
        end: Math.max(end, suiteStart + (service.readyAfter ?? 0)),
        label: `service ${service.name}: ${service.ready ? `ready after ${fmt(service.readyAfter ?? 0)} s` : 'never ready'}${service.died ? ', died' : ''}`,
        cls: service.ready && !service.died ? 'svc' : 'bad',
      });
    }
    rows.push(suite.name);
    let at = suiteStart + servicesReady;
    for (const attempt of suite.attempts) {
      const failed = attempt.timedOut || attempt.exitCode !== 0;
      bars.push({
        row: rows.length - 1,
        start: at,
        end: at + attempt.duration,
        label: `${suite.name} attempt ${attempt.index + 1} (${attempt.kind}): ${attempt.timedOut ? 'timed out' : `exit ${attempt.exitCode ?? attempt.signal}`} in ${fmt(attempt.duration)} s`,
        cls: attempt.timedOut ? 'bad' : failed ? 'fail' : 'ok',
      });
      at += attempt.duration;
    }
  }
  if (rows.length === 0) return '';
  const total = maxOf(
    bars.map((bar) => bar.end),
    Math.max(Number.isFinite(finished) ? (finished - origin) / 1000 : 0, 0.001),
  );
  const labelWidth = 180;
  const width = 900;
  const rowHeight = 22;
  const plot = width - labelWidth - 10;
  const x = (seconds: number) => labelWidth + (seconds / total) * plot;
  const height = rows.length * rowHeight + 24;
  const parts: string[] = [];
  for (const [index, row] of rows.entries())
    parts.push(
      `<text x="4" y="${index * rowHeight + 15}" class="tl-label">${escapeHtml(row.length > 28 ? `${row.slice(0, 27)}…` : row)}</text>`,
    );
  for (const bar of bars)
    parts.push(
      `<rect class="tl-${bar.cls}" x="${x(bar.start).toFixed(1)}" y="${bar.row * rowHeight + 4}" width="${Math.max(2, x(bar.end) - x(bar.start)).toFixed(1)}" height="${rowHeight - 8}" rx="2"><title>${escapeHtml(bar.label)}</title></rect>`,
    );
  for (let tick = 0; tick <= 4; tick++) {
    const seconds = (total * tick) / 4;
    parts.push(
      `<text x="${x(seconds).toFixed(1)}" y="${height - 6}" class="tl-tick" text-anchor="${tick === 0 ? 'start' : tick === 4 ? 'end' : 'middle'}">${fmt(Number(seconds.toFixed(1)))} s</text>`,
    );
  }
  return `<svg class="timeline" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>Timeline of suites, services and attempts</title>${parts.join('')}</svg>`;
}
