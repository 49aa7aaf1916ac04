import { describe, expect, it } from 'vitest';
import { CLIENT_FORMAT_JS, formatPct, formatRate, formatSeconds } from '../../src/render/format.js';

describe('formatSeconds, the one duration wording', () => {
  it.each([
    [0.25, '250ms'],
    [0.9994, '999ms'],
    [0.9996, '1s'],
    [1, '1s'],
    [3.25, '3.3s'],
    [12.34, '12.3s'],
    [58, '58s'],
    [59.96, '1m'],
    [95, '1m 35s'],
    [120, '2m'],
    [245, '4m 05s'],
    [3599.6, '1h'],
    [3720, '1h 02m'],
    [7200, '2h'],
  ])('%s s reads %j', (seconds, text) => expect(formatSeconds(seconds)).toBe(text));

  it('has no wording for what is not a duration', () => {
    expect(formatSeconds(Number.NaN)).toBe('—');
    expect(formatSeconds(-1)).toBe('—');
  });
});

describe("the pages' percent and duration rules are render's", () => {
  const client = new Function(`${CLIENT_FORMAT_JS}; return { fmtPct: fmtPct, fmtRate: fmtRate, fmtSecs: fmtSecs };`)() as {
    fmtPct: (value: number | null, digits?: number) => string;
    fmtRate: (value: number | null) => string;
    fmtSecs: (seconds: number | null) => string;
  };
  const values = [0, 0.004, 0.94, 5, 9.996, 12.34, (20 / 30) * 100, 99.95, 100, -0.04, -3.25, 1234.5];

  it.each(values)('%s reads the same in a page as in the comment', (value) => {
    expect(client.fmtPct(value)).toBe(formatPct(value));
    expect(client.fmtPct(value, 0)).toBe(formatPct(value, 0));
    expect(client.fmtPct(value, 2)).toBe(formatPct(value, 2));
    expect(client.fmtRate(value)).toBe(formatRate(value / 100));
  });

  it('words the cases the issue named', () => {
    expect(client.fmtPct((20 / 30) * 100)).toBe('66.7%');
    expect(client.fmtRate(0.94)).toBe('0.94%');
    expect(client.fmtPct(100)).toBe('100%');
    expect(client.fmtPct(null)).toBe('—');
    expect(client.fmtRate(null)).toBe('—');
  });

  it.each([0, 0.0123, 0.9994, 0.9996, 1, 3.25, 12.34, 58, 59.96, 95, 120, 245, 3599.6, 3720, 7200, 90061])(
    '%s s reads the same in a page as in the comment',
    (seconds) => expect(client.fmtSecs(seconds)).toBe(formatSeconds(seconds)),
  );

  it('a missing duration is a dash in a page too', () => {
    expect(client.fmtSecs(null)).toBe('—');
    expect(client.fmtSecs(Number.NaN)).toBe(formatSeconds(Number.NaN));
  });
});
