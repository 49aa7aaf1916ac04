/**
 * `${{ }}` evaluation with GitHub's own expression engine (@actions/expressions). The parser
 * gives templates like `a-${{ x }}` as `format('a-{0}', x)`, so one evaluator covers both. The
 * runner supplies the status functions and hashFiles; they are passed in here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy as expressionTruthy } from '@actions/expressions/result';
import { minimatch } from 'minimatch';

export type JobStatus = 'success' | 'failure' | 'cancelled';

export interface ExpressionEnvironment {
  /** github, inputs, steps, runner, env, job, strategy, matrix … as plain JSON */
  contexts: Record<string, unknown>;
  jobStatus: JobStatus;
  workspace: string;
}

type FunctionDefinition = { name: string; minArgs: number; maxArgs: number; call: (...args: data.ExpressionData[]) => data.ExpressionData };

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** hashFiles: sha256 over the sha256 of every matched file, in path order; '' when none match */
export function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      if (entry === '.git') continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(workspace, full));
    }
  };
  walk(workspace);
  const matched = files.filter(
    (file) => include.some((p) => minimatch(file, p, { dot: true })) && !exclude.some((p) => minimatch(file, p, { dot: true })),
  );
  if (matched.length === 0) return '';
  const outer = createHash('sha256');
  for (const file of matched)
    outer.update(
      createHash('sha256')
        .update(readFileSync(join(workspace, file)))
        .digest(),
    );
  return outer.digest('hex');
}

function functions(env: ExpressionEnvironment): FunctionDefinition[] {
  const bool = (value: boolean) => new data.BooleanData(value);
  return [
    { name: 'success', minArgs: 0, maxArgs: 0, call: () => bool(env.jobStatus === 'success') },
    { name: 'failure', minArgs: 0, maxArgs: 0, call: () => bool(env.jobStatus === 'failure') },
    { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => bool(env.jobStatus === 'cancelled') },
    { name: 'always', minArgs: 0, maxArgs: 0, call: () => bool(true) },
    {
      name: 'hashFiles',
      minArgs: 1,
      maxArgs: 255,
      call: (...args) =>
        new data.StringData(
          hashFiles(
            env.workspace,
            args.map((arg) => arg.coerceString()),
          ),
        ),
    },
  ];
}

export class ExpressionFailure extends Error {}

export function evaluate(expression: string, env: ExpressionEnvironment): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const defs = functions(env);
  try {
    const tree = new Parser(lexed.tokens, Object.keys(env.contexts), defs).parse();
    const context = new data.Dictionary();
    for (const [name, value] of Object.entries(env.contexts)) context.add(name, toData(value));
    return new Evaluator(tree, context, new Map(defs.map((def) => [def.name.toLowerCase(), def]))).evaluate();
  } catch (error) {
    throw new ExpressionFailure(`cannot evaluate \${{ ${expression} }}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function evaluateString(expression: string, env: ExpressionEnvironment): string {
  return evaluate(expression, env).coerceString();
}

/** GitHub's truthiness (false, 0, '', null are falsy) */
export function truthy(value: data.ExpressionData): boolean {
  return expressionTruthy(value);
}
