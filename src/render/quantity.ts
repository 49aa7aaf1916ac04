/**
 * Verdict numbers into words: the one place a gate's value, baseline and threshold become text
 * (the comment, the summary, the annotations, the terminal and report.html all come here). Plain
 * text out; the caller escapes it for where it is written. A value from an uploaded report.json
 * that is not the shape this version writes reads "—" (or, for a bare string, as that text).
 */
import type { BaselineFigure, Figure, Limit, Quantity, Threshold } from '../model.js';
import { formatAgeSince, formatCount, formatMetric, formatPct, formatPoints, formatSeconds, shortSha } from './format.js';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isQuantity(value: unknown): value is Quantity {
  return typeof value === 'object' && value !== null && isNumber((value as Quantity).value) && typeof (value as Quantity).unit === 'string';
}

/** A ratio in percent, or a percentage, as the number shown: what `digits` decimals of it read. */
function percentOf(quantity: Quantity): number | undefined {
  if (quantity.unit === 'percent') return quantity.value;
  if (quantity.unit === 'ratio' || quantity.unit === 'fraction') return quantity.value * 100;
  return undefined;
}

/**
 * A percentage rounded to one decimal, or to as many more (up to three) as it takes not to read the
 * same as a limit it was compared with: 79.96% against "< 80%" reads 79.96%, never 80%.
 */
function percentText(pct: number, against: readonly number[]): string {
  const small = Math.abs(pct) < 10 && pct !== 0;
  for (let digits = small ? 2 : 1; digits < 4; digits++) {
    const text = formatPct(pct, digits);
    if (!against.some((limit) => limit !== pct && formatPct(limit, digits) === text)) return text;
  }
  return formatPct(pct, 4);
}

/** One quantity: "66.7%", "0.94%", "12.3s", "20/30 passed", "3 new", "412 ms". */
export function formatQuantity(quantity: Quantity, against: readonly Quantity[] = []): string {
  const pct = percentOf(quantity);
  if (pct !== undefined)
    return percentText(
      pct,
      against.flatMap((limit) => percentOf(limit) ?? []),
    );
  const label = typeof quantity.label === 'string' && quantity.label !== '' ? ` ${quantity.label}` : '';
  if (quantity.unit === 'seconds') return `${formatSeconds(quantity.value)}${label}`;
  if (quantity.unit === 'points') return `${formatPoints(quantity.value)}${label}`;
  if (quantity.unit === 'count')
    return `${formatCount(quantity.value)}${isNumber(quantity.of) ? `/${formatCount(quantity.of)}` : ''}${label}`;
  return `${formatMetric(quantity.value, quantity.unit)}${label}`;
}

/** A verdict's value (or "—"), its digits chosen against the threshold's limits. */
export function formatFigure(figure: Figure | string | null | undefined, threshold?: Threshold | null): string {
  if (typeof figure === 'string') return figure;
  if (isQuantity(figure)) return formatQuantity(figure, limitValues(threshold));
  if (typeof figure === 'object' && figure !== null && Array.isArray((figure as { parts?: unknown }).parts)) {
    const parts = (figure as { parts: unknown[] }).parts.filter(isQuantity);
    return parts.length === 0 ? '—' : parts.map((part) => formatQuantity(part)).join(', ');
  }
  if (typeof figure === 'object' && figure !== null && typeof (figure as { text?: unknown }).text === 'string')
    return (figure as { text: string }).text;
  return '—';
}

function limitValues(threshold: Threshold | null | undefined): Quantity[] {
  return Array.isArray(threshold?.limits) ? threshold.limits.flatMap((limit) => (isQuantity(limit?.value) ? [limit.value] : [])) : [];
}

const OPS: Record<Limit['op'], string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** "+15%" / "−5%": a relative limit */
function changeText(change: number): string {
  const pct = change * 100;
  return `${pct >= 0 ? '+' : '−'}${formatPct(Math.abs(pct), 1)}`;
}

/** "warn < 80%, fail < 70%", "< 1%", "+15%", "≤ 15% failed · SLA 2m", or "—". */
export function formatThreshold(threshold: Threshold | string | null | undefined): string {
  if (typeof threshold === 'string') return threshold;
  if (typeof threshold !== 'object' || threshold === null) return '—';
  const parts: string[] = [];
  if (typeof threshold.text === 'string' && threshold.text !== '') parts.push(threshold.text);
  if (Array.isArray(threshold.limits)) {
    const limits = threshold.limits.filter((limit) => isQuantity(limit?.value) && Object.hasOwn(OPS, limit.op));
    const values = limits.map((limit) => limit.value);
    parts.push(
      limits
        .map((limit) => {
          const level = limit.status === 'warn' || limit.status === 'fail' ? `${limit.status} ` : '';
          const others = values.filter((value) => value !== limit.value);
          const sign = threshold.relative === true && limit.value.value > 0 ? '+' : '';
          return `${level}${OPS[limit.op]} ${sign}${formatQuantity(limit.value, others)}`;
        })
        .join(', '),
    );
  }
  if (isNumber(threshold.change)) parts.push(changeText(threshold.change));
  const text = parts.filter((part) => part !== '').join(' ');
  return text === '' ? '—' : text;
}

/** "81.2% @ abc1234, 2d ago" — the baseline value, its commit and its age at `now` (the report's time). */
export function formatBaselineFigure(
  baseline: BaselineFigure | string | null | undefined,
  now: string,
  threshold?: Threshold | null,
): string {
  if (typeof baseline === 'string') return baseline;
  if (typeof baseline !== 'object' || baseline === null) return '—';
  const scope = isNumber(baseline.files) ? ` (the ${baseline.files === 1 ? 'file' : `${baseline.files} files`} this run measured)` : '';
  const value = formatFigure(baseline.value, threshold);
  if (typeof baseline.commit !== 'string' || !/^[0-9a-f]{4,64}$/i.test(baseline.commit)) return `${value}${scope}`;
  const age = typeof baseline.createdAt === 'string' ? formatAgeSince(baseline.createdAt, now) : undefined;
  return `${value} @ ${shortSha(baseline.commit)}${age ? `, ${age}` : ''}${scope}`;
}
