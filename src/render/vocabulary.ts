/**
 * Enumerations as they are shown: a fixed vocabulary per kind. A value from a report is looked up,
 * never copied, so a forged report.json (mode: comment) cannot smuggle text through a status, a
 * severity or a state, and a value this version does not know reads "unknown".
 */
import type { FlakyEntry, GateStatus, Problem, Severity, SuiteStatus } from '../model.js';

const NBSP = '\u00a0';

/** A lookup of `value` in `words`; anything else (another string, a number, an object) is `fallback`. */
function lookup<T extends string>(words: Record<T, string>, fallback: string): (value: unknown) => string {
  return (value) => (typeof value === 'string' && Object.hasOwn(words, value) ? words[value as T] : fallback);
}

/** Whether `value` is one of the words (for sorting and counting). */
export function isOneOf<T extends string>(words: Record<T, unknown>, value: unknown): value is T {
  return typeof value === 'string' && Object.hasOwn(words, value);
}

export const GATE_STATUS_ICONS: Record<GateStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skipped: '⏭️' };

/** "✅ pass" … with a no-break space, or "❔ unknown" */
export const gateStatus = lookup<GateStatus>(
  { pass: `✅${NBSP}pass`, warn: `⚠️${NBSP}warn`, fail: `❌${NBSP}fail`, skipped: `⏭️${NBSP}skipped` },
  `❔${NBSP}unknown`,
);

/** The gates testops evaluates (src/gates/*): their names as shown. */
export const GATE_NAMES = {
  baseline: 'baseline',
  coverage: 'coverage',
  duration: 'duration',
  flakiness: 'flakiness',
  level: 'level',
  'pass-rate': 'pass-rate',
  'patch-coverage': 'patch-coverage',
  perf: 'perf',
  resilience: 'resilience',
  security: 'security',
  tests: 'tests',
} as const;
export const gateName = lookup<keyof typeof GATE_NAMES>(GATE_NAMES, 'unknown gate');

export const SEVERITIES: Record<Severity, string> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low', info: 'info' };
export const severity = lookup(SEVERITIES, 'unknown');

/**
 * A status word for an HTML cell and its CSS class (report.html): gate, suite and test outcomes and
 * severities, each a word of this list; anything else is "unknown".
 */
export const statusWord = lookup(
  Object.fromEntries(
    [
      ...['pass', 'warn', 'fail', 'skipped'],
      ...['passed', 'failed', 'errored', 'timeout', 'cancelled', 'flaky', 'broken', 'stable', 'cleared'],
      ...['critical', 'high', 'medium', 'low', 'info'],
      ...['ok', 'missing', 'corrupt', 'too-old', 'unavailable'],
    ].map((word) => [word, word]),
  ),
  'unknown',
);

export const flakyState = lookup<FlakyEntry['state']>(
  { flaky: 'flaky', broken: 'broken', stable: 'stable', cleared: 'cleared' },
  'unknown',
);

/** A suite's outcome in the impact table (icon and word). */
export const suiteStatus = lookup<SuiteStatus>(
  {
    passed: `✅${NBSP}passed`,
    failed: `❌${NBSP}failed`,
    timeout: `⏱️${NBSP}timed out`,
    errored: `❌${NBSP}errored`,
    skipped: `⏭️${NBSP}skipped`,
    cancelled: `🚫${NBSP}cancelled`,
  },
  `❔${NBSP}unknown`,
);

export const problemKind = lookup<Problem['kind']>(
  {
    'parse-error': 'parse-error',
    'missing-report': 'missing-report',
    'no-report': 'no-report',
    timeout: 'timeout',
    crash: 'crash',
    service: 'service',
    cancelled: 'cancelled',
    config: 'config',
    baseline: 'baseline',
    github: 'github',
    other: 'other',
  },
  'problem',
);

/** The sentence for a baseline that is not usable, by its status. */
export const baselineStatus = lookup<'ok' | 'missing' | 'corrupt' | 'too-old' | 'unavailable'>(
  {
    ok: 'Baseline information is incomplete',
    missing: 'No baseline was found',
    corrupt: 'The baseline could not be read',
    'too-old': 'The baseline is too old to compare with',
    unavailable: 'The baseline is unavailable',
  },
  'The baseline is in an unknown state',
);
