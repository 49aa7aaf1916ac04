/**
 * The action's inputs (action.yml `inputs:`), read once and checked with zod. The runner hands
 * each input to a step as INPUT_<NAME> (what @actions/core's getInput reads, trimmed); an empty
 * input means its default. A wrong value is an input error (exit 2) naming the input, what it
 * got and the values it allows, never a silent fallback (`fail-on-gates: False` is false).
 */
import { z } from 'zod';
import { describeIssue } from '../config/errors.js';
import { COMMENT_MODES, commentModeSchema } from '../config/schema.js';
import { InputError } from '../errors.js';
import { parseShard, type ShardSpec } from '../impact/shard.js';

/** What the action's step does (action.yml runs plan, run and report steps by it). */
export const ACTION_MODES = ['full', 'plan', 'run', 'report', 'comment', 'health'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** Exactly the spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema booleans). */
export const BOOLEAN_SPELLINGS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'] as const;
const booleanInput = (fallback: boolean) =>
  z
    .enum(BOOLEAN_SPELLINGS)
    .optional()
    .transform((value) => (value === undefined ? fallback : value.toLowerCase() === 'true'));

const text = z.string().optional();

const inputsSchema = z.object({
  config: text,
  'github-token': text,
  mode: z.enum(ACTION_MODES).default('full'),
  'base-ref': text,
  shard: z
    .string()
    .optional()
    .transform((value, ctx): ShardSpec | undefined => {
      if (value === undefined) return undefined;
      try {
        return parseShard(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected "i/n" with 1 ≤ i ≤ n, e.g. "2/3"' });
        return z.NEVER;
      }
    }),
  shards: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return 1;
      if (/^[0-9]+$/.test(value) && Number(value) >= 1) return Number(value);
      ctx.addIssue({ code: 'custom', message: 'expected a whole number ≥ 1' });
      return z.NEVER;
    }),
  runs: text,
  'report-file': text,
  history: text,
  'full-run': booleanInput(false),
  'comment-mode': commentModeSchema.optional(),
  'comment-id': text,
  // auto, or a boolean as getBooleanInput spells it
  'check-run': z
    .enum([...BOOLEAN_SPELLINGS, 'auto'])
    .optional()
    .transform((value): 'true' | 'false' | 'auto' =>
      value === undefined || value === 'auto' ? 'auto' : value.toLowerCase() === 'true' ? 'true' : 'false',
    ),
  variant: text,
  'fail-on-gates': booleanInput(true),
});

export type ActionInputs = z.output<typeof inputsSchema>;
export type InputName = keyof z.input<typeof inputsSchema>;
export const INPUT_NAMES = Object.keys(inputsSchema.shape) as InputName[];

/** The variable the runner sets for an input, as @actions/core's getInput names it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

const ALLOWED: Partial<Record<InputName, readonly string[]>> = {
  mode: ACTION_MODES,
  'comment-mode': COMMENT_MODES,
  'check-run': [...BOOLEAN_SPELLINGS, 'auto'],
  'full-run': BOOLEAN_SPELLINGS,
  'fail-on-gates': BOOLEAN_SPELLINGS,
};

/**
 * Every input of the action from the environment, checked. Throws one InputError whose line
 * names each wrong input, e.g. `input fail-on-gates: expected one of true, True, TRUE, false,
 * False, FALSE, got "yes" (set it in the testops step's with:)`.
 */
export function readActionInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) {
    const value = env[inputVariable(name)]?.trim();
    if (value) raw[name] = value;
    // mode's default is "full" in action.yml: an empty mode was set on purpose (an unset matrix value?)
    else if (name === 'mode' && value === '') raw[name] = value;
  }
  const result = inputsSchema.safeParse(raw);
  if (result.success) return result.data;
  const order = (issue: z.core.$ZodIssue) => INPUT_NAMES.indexOf(String(issue.path[0]) as InputName);
  const problems = [...result.error.issues]
    .sort((a, b) => order(a) - order(b))
    .map((issue) => {
      const name = String(issue.path[0]) as InputName;
      const allowed = ALLOWED[name];
      const got = raw[name] === undefined ? 'nothing' : JSON.stringify(raw[name]);
      return allowed ? `input ${name}: expected one of ${allowed.join(', ')}, got ${got}` : `input ${describeIssue(raw, issue)}`;
    });
  throw new InputError(`${[...new Set(problems)].join('; ')} (set it in the testops step's with:)`);
}
