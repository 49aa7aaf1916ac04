/**
 * A rate (a fraction 0–1) as a percentage a reader can compare: two decimals under 10 % so that an
 * error rate of 0.0094 reads "0.94%" (not "0.01" or "0.9%"), one above; trailing zeros dropped.
 */
export function formatRate(fraction: number): string {
  const pct = fraction * 100;
  if (!Number.isFinite(pct)) return '—';
  const text = pct.toFixed(Math.abs(pct) < 10 ? 2 : 1).replace(/\.?0+$/, '');
  return `${text === '-0' ? '0' : text}%`;
}
