import { describe, expect, it } from 'vitest';
import { formatSeconds } from '../../src/render/format.js';

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
