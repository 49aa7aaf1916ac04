/**
 * Series keys, shared by every stage that files a measurement under a name: the perf gate, the
 * baseline's perf windows, the history record (and through it the dashboard) and the history
 * rebuild, which reads the key back.
 */

const SEPARATOR = ' › ';

/**
 * The name a scenario's series goes by in the baseline and the report: the suite's name with the
 * scenario's, so two suites whose tools both call their scenario "k6" or "Aggregated" never mix
 * samples. Just the suite name when the scenario is named after it.
 */
export function perfSeriesKey(suite: string, scenario: string): string {
  return scenario === suite ? suite : `${suite}${SEPARATOR}${scenario}`;
}

/**
 * The suite and scenario back from a series key (the history rebuild reads records this way). A
 * suite whose name holds " › " itself cannot be told apart; the first separator wins.
 */
export function splitPerfSeriesKey(key: string): { suite: string; scenario: string } {
  const at = key.indexOf(SEPARATOR);
  return at < 0 ? { suite: key, scenario: key } : { suite: key.slice(0, at), scenario: key.slice(at + SEPARATOR.length) };
}
