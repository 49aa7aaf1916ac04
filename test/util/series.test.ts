import { describe, expect, it } from 'vitest';
import { perfSeriesKey, splitPerfSeriesKey } from '../../src/util/series.js';

describe('perf series keys', () => {
  it('keep two suites whose scenarios share a name apart, and read back to the same suite and scenario', () => {
    expect(perfSeriesKey('checkout', 'k6')).toBe('checkout › k6');
    expect(perfSeriesKey('search', 'k6')).not.toBe(perfSeriesKey('checkout', 'k6'));
    expect(splitPerfSeriesKey(perfSeriesKey('checkout', 'k6'))).toEqual({ suite: 'checkout', scenario: 'k6' });
  });

  it('a scenario named after its suite is the suite name alone, both ways', () => {
    expect(perfSeriesKey('load', 'load')).toBe('load');
    expect(splitPerfSeriesKey('load')).toEqual({ suite: 'load', scenario: 'load' });
  });

  it('a scenario whose name holds the separator still reads back to its suite', () => {
    expect(splitPerfSeriesKey(perfSeriesKey('api', 'GET › /cart'))).toEqual({ suite: 'api', scenario: 'GET › /cart' });
  });
});
