/**
 * Remediation hints: classify failure texts into the usual causes of flakiness, each with a
 * concrete next step. Patterns are deliberately specific; an unmatched failure gets no hint
 * rather than a wrong one.
 */

export type HintKind = 'timeout' | 'network' | 'order' | 'resource' | 'time' | 'randomness' | 'unordered';

export interface Hint {
  kind: HintKind;
  title: string;
  suggestion: string;
  /** the first matching fragment of a failure message, to show why */
  match: string;
  /** how many of the given failures matched */
  count: number;
}

interface Rule {
  kind: HintKind;
  title: string;
  pattern: RegExp;
  suggestion: string;
}

const RULES: Rule[] = [
  {
    kind: 'timeout',
    title: 'Timeout',
    pattern: /\btimed? ?out\b|\btimeout\b|exceeded (the )?\d+ ?m?s|ETIMEDOUT|deadline exceeded/i,
    suggestion:
      'Wait for the condition the test needs (poll with a deadline, await the event or promise) instead of a fixed sleep; look for an unawaited promise; raise the timeout only for the one slow step.',
  },
  {
    kind: 'network',
    title: 'Network or connection',
    pattern:
      /ECONNREFUSED|ECONNRESET|EPIPE|EAI_AGAIN|ENOTFOUND|socket hang up|fetch failed|connection (refused|reset|closed)|network (error|is unreachable)|\b50[234]\b/i,
    suggestion:
      'Start dependent services before the test and wait for their readiness endpoint; replace calls to outside hosts with a local stub; retry idempotent requests with backoff.',
  },
  {
    kind: 'order',
    title: 'Order dependence or shared state',
    pattern:
      /already (exists|registered|defined|in use by)|duplicate key|unique constraint|is not defined|cannot redefine|leaked|state from a previous test|before(All|Each)|after(All|Each)/i,
    suggestion:
      'Run the file alone and in shuffled order (vitest --sequence.shuffle, jest --randomize, pytest -p random_order) to reproduce; reset shared state, mocks and databases in beforeEach, and give each test its own fixtures.',
  },
  {
    kind: 'resource',
    title: 'Resource or port in use',
    pattern:
      /EADDRINUSE|address already in use|port \d+ (is )?(already )?in use|EBUSY|resource busy|database is locked|EMFILE|too many open files|ENOSPC|lock file/i,
    suggestion:
      'Listen on port 0 and read back the assigned port; use a fresh temporary directory per test (fs.mkdtemp); close servers, handles and files in afterEach.',
  },
  {
    kind: 'time',
    title: 'Time or date',
    pattern:
      /time ?zone|\bTZ\b|daylight|\bDST\b|Date\.now|new Date\(|midnight|leap (year|second)|\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|clock skew/i,
    suggestion:
      'Inject the clock (or use fake timers) and pin the time zone (TZ=UTC) in the test; never assert on the wall clock or on durations measured in the test.',
  },
  {
    kind: 'randomness',
    title: 'Randomness or seed',
    pattern: /Math\.random|random(ly)?\b|\bseed\b|uuid|shuffle/i,
    suggestion: 'Seed every random source from TEST_SEED and print the seed on failure, so the failing case can be replayed exactly.',
  },
  {
    kind: 'unordered',
    title: 'Assertion on unordered data',
    pattern:
      /expected \[[^\]]*\] to (deep(ly)? )?equal \[|toEqual\(\s*\[|arrays? (differ|order)|\border(ing)? of\b|unordered|Set \{|Map \{|Object\.keys/i,
    suggestion:
      'Sort both sides before comparing, or compare as sets (expect.arrayContaining plus a length check); results from parallel work, hash maps and directory listings have no stable order.',
  },
];

const snippet = (text: string, index: number, length: number) => {
  const start = Math.max(0, index - 30);
  return `${start > 0 ? '…' : ''}${text
    .slice(start, index + length + 30)
    .replace(/\s+/g, ' ')
    .trim()}${index + length + 30 < text.length ? '…' : ''}`;
};

/** Hints for a set of failure texts, most frequent first. */
export function classifyFailures(failures: string[]): Hint[] {
  const hints: Hint[] = [];
  for (const rule of RULES) {
    let count = 0;
    let match = '';
    for (const text of failures) {
      const found = rule.pattern.exec(text);
      if (!found) continue;
      count++;
      if (!match) match = snippet(text, found.index, found[0].length);
    }
    if (count > 0) hints.push({ kind: rule.kind, title: rule.title, suggestion: rule.suggestion, match, count });
  }
  return hints.sort((a, b) => b.count - a.count);
}
