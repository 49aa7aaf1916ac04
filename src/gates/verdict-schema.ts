/**
 * The numbers of a verdict as zod schemas, for reading a report.json back (mode: comment): the
 * shapes of src/model.ts (Figure, Threshold, BaselineFigure), nothing more. Unknown keys are dropped.
 */
import { z } from 'zod';

const quantity = z.object({
  value: z.number(),
  unit: z.string(),
  of: z.number().optional(),
  label: z.string().optional(),
});

export const figureSchema = z.union([quantity, z.object({ parts: z.array(quantity) }), z.object({ text: z.string() })]);

export const thresholdSchema = z.object({
  limits: z
    // op and status any string: a newer producer may know more; the renderer shows only the ones it knows
    .array(z.object({ op: z.string(), value: quantity, status: z.string().optional() }))
    .optional(),
  change: z.number().optional(),
  relative: z.boolean().optional(),
  text: z.string().optional(),
});

export const baselineFigureSchema = z.object({
  value: figureSchema,
  commit: z.string().optional(),
  createdAt: z.string().optional(),
  files: z.number().optional(),
});
