/**
 * Parsing of the human units used in the config: durations ("90s", "2m", "1h30m", "500ms") and
 * percentages ("15%", "+15%", "-5%"). Pure functions; the zod schema wraps them so that a bad
 * value is reported with its field path.
 */

const DURATION_PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds from "90s", "2m", "1h30m", "250ms", "1.5h" or a bare number of seconds; undefined when invalid. */
export function parseDuration(input: string | number): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? input : undefined;
  const text = input.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === '') return undefined;
  let total = 0;
  DURATION_PART.lastIndex = 0;
  let consumed = 0;
  for (;;) {
    const match = DURATION_PART.exec(text);
    if (!match) break;
    total += Number(match[1]) * (UNIT_SECONDS[match[2] as string] ?? Number.NaN);
    consumed = DURATION_PART.lastIndex;
    while (text[consumed] === ' ') consumed++;
    DURATION_PART.lastIndex = consumed;
  }
  return consumed === text.length && Number.isFinite(total) ? total : undefined;
}

/**
 * A signed relative change: "+15%" → 0.15, "-5%" → -0.05. Returns undefined when the text is
 * not a signed percentage.
 */
export function parseRelative(input: string): number | undefined {
  const match = /^\s*([+-])\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(input);
  if (!match) return undefined;
  const magnitude = Number(match[2]) / 100;
  return match[1] === '-' ? -magnitude : magnitude;
}

/** "15%" or 15 → 15 (percentage points 0–100); undefined when invalid or outside 0–100. */
export function parsePercent(input: string | number): number | undefined {
  const value = typeof input === 'number' ? input : Number(/^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(input)?.[1] ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1024,
  kib: 1024,
  k: 1024,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  g: 1024 ** 3,
};

/** Bytes from "10MB", "512 KiB", "1g" or a number of bytes (binary units: a MB is 1024² bytes). */
export function parseBytes(input: string | number): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? Math.floor(input) : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(input);
  if (!match) return undefined;
  const unit = BYTE_UNITS[(match[2] || 'b').toLowerCase()];
  return unit === undefined ? undefined : Math.floor(Number(match[1]) * unit);
}
