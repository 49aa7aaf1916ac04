import { describe, expect, it } from 'vitest';
import { classifyFailures } from '../../src/flaky/hints.js';

const cases: Array<[string, string]> = [
  ['timeout', 'Error: Test timed out in 5000ms.'],
  ['network', 'FetchError: request to http://127.0.0.1:3000/health failed, reason: connect ECONNREFUSED 127.0.0.1:3000'],
  ['order', 'SequelizeUniqueConstraintError: duplicate key value violates unique constraint "users_email_key"'],
  ['resource', 'Error: listen EADDRINUSE: address already in use :::8080'],
  ['time', "AssertionError: expected '2026-03-29T01:30:00.000Z' to equal '2026-03-29T02:30:00.000Z' (daylight saving)"],
  ['randomness', 'AssertionError: generated id collided; Math.random returned the same value'],
  ['unordered', "AssertionError: expected [ 'b', 'a' ] to deeply equal [ 'a', 'b' ]"],
];

describe('classifyFailures', () => {
  it.each(cases)('recognises %s and gives a concrete suggestion with the matching text', (kind, message) => {
    const hints = classifyFailures([message]);
    const hint = hints.find((item) => item.kind === kind);
    expect(hint, `${kind} in ${JSON.stringify(hints.map((item) => item.kind))}`).toBeDefined();
    expect(hint?.suggestion.length).toBeGreaterThan(40);
    expect(hint?.match.length).toBeGreaterThan(0);
  });

  it('ranks the most frequent cause first and counts failures', () => {
    const hints = classifyFailures(['Test timed out in 5000ms', 'Test timed out in 5000ms', 'connect ECONNREFUSED 127.0.0.1:5432']);
    expect(hints[0]).toMatchObject({ kind: 'timeout', count: 2 });
    expect(hints[1]).toMatchObject({ kind: 'network', count: 1 });
  });

  it('gives no hint for a plain assertion', () => {
    expect(classifyFailures(['AssertionError: expected 3 to equal 4'])).toEqual([]);
  });
});
