/**
 * Reusable zod field types for the config. Each one carries the exact "expected …" wording that
 * the one-line config error prints, so every field of the same kind explains itself the same way.
 */
import { z } from 'zod';
import { parseBytes, parseDuration, parsePercent, parseRelative } from './units.js';

/** Seconds, written "90s", "2m", "1h30m", "500ms" or a number of seconds. */
export const duration = () =>
  z
    .union([z.string(), z.number()])
    .superRefine((value, ctx) => {
      if (parseDuration(value) === undefined) ctx.addIssue({ code: 'custom', message: 'expected a duration like "90s" or "2m"' });
    })
    .transform((value) => parseDuration(value) as number)
    .meta({ description: 'A duration: "500ms", "90s", "2m", "1h30m", or a number of seconds.' });

/** Percentage points 0–100, written 80, "80" or "80%". */
export const percent = () =>
  z
    .union([z.string(), z.number()])
    .superRefine((value, ctx) => {
      if (parsePercent(value) === undefined)
        ctx.addIssue({ code: 'custom', message: 'expected a percentage from 0 to 100 like 80 or "80%"' });
    })
    .transform((value) => parsePercent(value) as number);

/** A signed relative change, "+15%" or "-5%", as a fraction (0.15, -0.05). */
export const relative = () =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (parseRelative(value) === undefined)
        ctx.addIssue({ code: 'custom', message: 'expected a signed relative change like "+15%" or "-5%"' });
    })
    .transform((value) => parseRelative(value) as number);

/** A glob or a list of globs; normalised to a list. */
export const globs = () =>
  z.union([z.string().min(1), z.array(z.string().min(1))]).transform((value) => (Array.isArray(value) ? value : [value]));

export const nonNegativeInt = () => z.number().int().min(0);

/** A size in bytes, written "10MB", "512KB", "1GB" or a number of bytes. */
export const byteSize = () =>
  z
    .union([z.string(), z.number()])
    .superRefine((value, ctx) => {
      if (parseBytes(value) === undefined) ctx.addIssue({ code: 'custom', message: 'expected a size like "10MB" or "512KB"' });
    })
    .transform((value) => parseBytes(value) as number)
    .meta({ description: 'A size: "10MB", "512KB", "1GB", or a number of bytes.' });
