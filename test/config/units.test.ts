import { describe, expect, it } from 'vitest';
import { parseDuration, parsePercent, parseRelative } from '../../src/config/units.js';

describe('units', () => {
  it.each([
    ['90s', 90],
    ['2m', 120],
    ['1h30m', 5400],
    ['1h 30m', 5400],
    ['500ms', 0.5],
    ['1.5h', 5400],
    ['45', 45],
    [30, 30],
  ])('duration %s', (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(['fast', '', '2x', 'm', '-5s', '1h foo'])('rejects duration %j', (text) => expect(parseDuration(text)).toBeUndefined());

  it('percentages stay within 0–100', () => {
    expect(parsePercent('80%')).toBe(80);
    expect(parsePercent(100)).toBe(100);
    expect(parsePercent(100.1)).toBeUndefined();
    expect(parsePercent('-1')).toBeUndefined();
  });

  it('relative changes carry their sign', () => {
    expect(parseRelative('+15%')).toBeCloseTo(0.15);
    expect(parseRelative('-5%')).toBeCloseTo(-0.05);
    expect(parseRelative('15%')).toBeUndefined();
  });
});
