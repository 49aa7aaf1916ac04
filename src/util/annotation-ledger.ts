/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations from one step and drops the
 * rest silently. testops is one composite step whose node steps (keys, plan, run, report) each write
 * workflow commands, and the runner collects a composite's annotations into the step that used it
 * (actions/runner#2311): the budget is shared. This ledger counts what each node step wrote, in a
 * small file beside plan.json, so the report step knows the room left; past the limit a line goes
 * to the log as plain text instead of vanishing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnnotationLevel, AnnotationRoom } from '../render/annotations.js';
import { STEP_LIMIT_PER_LEVEL } from '../render/annotations.js';
import type { Log } from './log.js';

/** The node steps of one action invocation, in the order action.yml runs them. */
const STEP_ORDER: Record<string, number> = { keys: 0, plan: 1, run: 2, report: 3 };

interface LedgerState {
  step: string;
  used: Record<AnnotationLevel, number>;
}

export interface LedgerStore {
  read(): LedgerState | undefined;
  write(state: LedgerState): void;
}

export function fileLedgerStore(path: string): LedgerStore {
  return {
    read() {
      if (!existsSync(path)) return undefined;
      try {
        const value = JSON.parse(readFileSync(path, 'utf8')) as LedgerState;
        return typeof value?.step === 'string' && typeof value.used === 'object' ? value : undefined;
      } catch {
        return undefined;
      }
    },
    write(state) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(state));
    },
  };
}

export type LedgerLog = Log & { room(): AnnotationRoom };

/**
 * Wraps a workflow-command log so it never writes more than 10 annotations of a level in one
 * action invocation. A step that comes at or before the previous writer in STEP_ORDER starts a new
 * invocation (a second testops step in the job, or a re-run), so the counts start again.
 */
export function ledgerLog(inner: Log, store: LedgerStore, step: string): LedgerLog {
  const previous = store.read();
  const continues = previous !== undefined && (STEP_ORDER[step] ?? 0) > (STEP_ORDER[previous.step] ?? 0);
  const used: Record<AnnotationLevel, number> = continues
    ? { error: previous.used.error ?? 0, warning: previous.used.warning ?? 0, notice: previous.used.notice ?? 0 }
    : { error: 0, warning: 0, notice: 0 };
  store.write({ step, used });
  const annotate =
    (level: AnnotationLevel) =>
    (message: string, location?: { file?: string; line?: number; title?: string }): void => {
      if (used[level] >= STEP_LIMIT_PER_LEVEL) {
        // GitHub would drop it: keep it readable in the log instead
        const where = location?.file ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : '';
        inner.info(`${level}: ${location?.title ? `${location.title}: ` : ''}${message}${where}`);
        return;
      }
      used[level] += 1;
      store.write({ step, used });
      inner[level](message, location);
    };
  return {
    ...inner,
    error: annotate('error'),
    warning: annotate('warning'),
    notice: annotate('notice'),
    room: () => ({
      error: STEP_LIMIT_PER_LEVEL - used.error,
      warning: STEP_LIMIT_PER_LEVEL - used.warning,
      notice: STEP_LIMIT_PER_LEVEL - used.notice,
    }),
  };
}
