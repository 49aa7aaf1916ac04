import { describe, expect, it } from 'vitest';
import { analyzeFlakiness, assessConfig } from '../../src/flaky/analyze.js';
import { assess, QUARANTINE_MIN_RUNS } from '../../src/flaky/assess.js';
import { withVariant } from '../../src/util/id.js';
import { baselineWith, event, flakyConfig, history, repeat, runsFile, suiteRun, testCase } from './helpers.js';

const config = assessConfig(flakyConfig(), { defaultBranch: 'main' });

describe('assess', () => {
  it('calls a test that failed and then passed on retry flaky, naming the run', () => {
    const verdict = assess(history([...repeat('p', 20), 'fp', ...repeat('p', 5)]), config);
    expect(verdict.state).toBe('flaky');
    expect(verdict.sameTree).toBe(true);
    expect(verdict.evidence.join('\n')).toMatch(/failed 1 of 2 attempts and then passed in run 1020/);
    // the rate is per run, from first attempts: 1 of 26 runs failed first
    expect(verdict.rate).toBeCloseTo(1 / 26, 6);
    expect(verdict.low).toBeGreaterThan(0);
    expect(verdict.high).toBeLessThan(0.2);
  });

  it('calls pass and fail on the same tree across workflow re-runs flaky', () => {
    const runs = history(['p', 'p', 'f', 'p'], { tree: (index) => (index >= 2 ? 'tree-x' : `tree-${index}`) });
    const verdict = assess(runs, config);
    expect(verdict.state).toBe('flaky');
    expect(verdict.evidence.join('\n')).toMatch(/passed and failed on the same tree tree-x across 2 runs/);
  });

  it('does not call failures on different trees flaky while the interval is low', () => {
    const verdict = assess(history([...repeat('p', 30), 'f', ...repeat('p', 30)]), config);
    expect(verdict.state).toBe('stable');
  });

  it('flags by the interval alone when its lower bound exceeds flaky-at and the test also passes', () => {
    const outcomes = Array.from({ length: 60 }, (_, index) => (index % 3 === 0 ? 'f' : 'p'));
    const verdict = assess(history(outcomes), config);
    expect(verdict.sameTree).toBe(false);
    expect(verdict.state).toBe('flaky');
    expect(verdict.low).toBeGreaterThan(0.1);
    expect(verdict.evidence.join('\n')).toMatch(/lower bound is above flaky-at 10%/);
  });

  it('calls a test that fails every attempt since its first run broken, not flaky', () => {
    const verdict = assess(history(repeat('fff', 25)), config);
    expect(verdict.state).toBe('broken');
    expect(verdict.quarantined).toBe(false);
    expect(verdict.brokenAt).toBe(history(['p'])[0].commit);
    expect(verdict.evidence[0]).toMatch(/broken, not flaky: failed every attempt in the last 25 runs/);
  });

  it('finds the change point: broken at the first failing commit after 40 clean runs, never flaky, fixed at the passing commit', () => {
    const outcomes = [...repeat('p', 40), ...repeat('fff', 6)];
    const runs = history(outcomes);
    for (let count = 41; count <= 46; count++) {
      const verdict = assess(runs.slice(0, count), config);
      expect(verdict.state).not.toBe('flaky');
      if (count >= 43) expect(verdict).toMatchObject({ state: 'broken', brokenAt: runs[40].commit });
    }
    const fixed = history([...outcomes, ...repeat('p', 10)]);
    const after = assess(fixed, config);
    expect(after.state).toBe('stable');
    expect(after.fixedAt).toBe(fixed[46].commit);
    expect(after.rate).toBe(0);
    expect(after.evidence.join('\n')).toMatch(/broken at .* fixed at .*: a breakage, not a flake/);
  });

  it('calls a failure that went away with nothing the test reaches changed a flake (retries 0)', () => {
    const scoped = history([...repeat('p', 20), 'f', ...repeat('p', 5)]).map((entry) => ({ ...entry, scope: 'same' }));
    const verdict = assess(scoped, config);
    expect(verdict.state).toBe('flaky');
    expect(verdict.sameCode).toBe(true);
    expect(verdict.sameTree).toBe(false);
    expect(verdict.evidence.join('\n')).toMatch(/passed again .* with nothing it reaches changed/);
    // the same failure fixed by a change to what it reaches is not a flake
    const changed = scoped.map((entry, index) => ({ ...entry, scope: index > 20 ? 'after' : 'before' }));
    expect(assess(changed, config).state).toBe('stable');
  });

  it('calls a quarantined test that fails every attempt in 3 runs in a row broken, so quarantine no longer excuses it', () => {
    const high = Array.from({ length: 40 }, (_, index) => (index % 3 === 0 ? 'fp' : 'p'));
    expect(assess(history(high), config).quarantined).toBe(true);
    expect(assess(history([...high, 'fff', 'fff']), config).state).toBe('flaky');
    const broken = assess(history([...high, 'fff', 'fff', 'fff']), config);
    expect(broken).toMatchObject({ state: 'broken', quarantined: false });
  });

  it('calls a quarantined test that breaks on an infrastructure run broken on its 3rd failing run, at that run', () => {
    const high = Array.from({ length: 40 }, (_, index) => (index % 3 === 0 ? 'fp' : 'p'));
    const outcomes = [...high, 'fff', 'fff', 'fff'];
    // the break falls on a run in which more than half of the suite failed its first attempt
    const runs = history(outcomes, { infra: outcomes.map((_, index) => index === 40) });
    expect(assess(runs.slice(0, 42), config)).toMatchObject({ state: 'flaky', quarantined: true });
    const broken = assess(runs, config);
    expect(broken).toMatchObject({ state: 'broken', quarantined: false, brokenAt: runs[40].commit });
    expect(broken.evidence.join('\n')).toMatch(/1 in which it failed every attempt counted toward the breakage/);
  });

  it('never makes a breakage of an outage: infrastructure runs that failed every attempt need 2 failing runs of the test own', () => {
    const high = Array.from({ length: 40 }, (_, index) => (index % 3 === 0 ? 'fp' : 'p'));
    const infraAt = (outcomes: string[], at: number[]) => history(outcomes, { infra: outcomes.map((_, index) => at.includes(index)) });
    // three outage runs in a row, then one of its own: still a quarantined flake
    expect(assess(infraAt([...high, 'fff', 'fff', 'fff'], [40, 41, 42]), config)).toMatchObject({ state: 'flaky', quarantined: true });
    expect(assess(infraAt([...high, 'fff', 'fff', 'fff'], [40, 41]), config)).toMatchObject({ state: 'flaky', quarantined: true });
    // a stable test that failed every attempt in an outage and passed again is not a flake, nor broken
    const stable = infraAt([...repeat('p', 20), 'fff', ...repeat('p', 5)], [20]).map((entry) => ({ ...entry, scope: 'same' }));
    expect(assess(stable, config)).toMatchObject({ state: 'stable', failures: 0, changePoints: [] });
  });

  it('clears after stable-runs clean runs that followed a change to what the test reaches', () => {
    const runs = history(['fp', ...repeat('p', 40)]).map((entry, index) => ({ ...entry, scope: index >= 6 ? 'fixed' : 'old' }));
    expect(assess(runs.slice(0, 35), config).state).toBe('flaky');
    const cleared = assess(runs.slice(0, 36), config);
    expect(cleared.state).toBe('cleared');
    expect(cleared.evidence[0]).toMatch(/cleared: 30 clean runs since .* changed what it reaches/);
  });

  it('excludes infrastructure runs from rates and evidence', () => {
    const outcomes = [...repeat('p', 10), 'fp', ...repeat('p', 10)];
    const infra = outcomes.map((_, index) => index === 10);
    const verdict = assess(history(outcomes, { infra }), config);
    expect(verdict.state).toBe('stable');
    expect(verdict.runs).toBe(20);
    expect(verdict.failures).toBe(0);
    expect(verdict.evidence.join('\n')).toMatch(/1 infrastructure run .* excluded/);
  });

  it('keeps a flaky test flaky until the clean streak is long and tight enough (hysteresis)', () => {
    const flakyThenClean = (clean: number) => history(['fp', ...repeat('p', clean)]);
    expect(assess(flakyThenClean(30), config).state).toBe('flaky');
    expect(assess(flakyThenClean(72), config).state).toBe('flaky');
    const cleared = assess(flakyThenClean(73), config);
    expect(cleared.state).toBe('cleared');
    expect(cleared.evidence[0]).toMatch(/cleared: 73 clean runs since the last failure/);
    // With a looser clearing rate, stable-runs is what holds it.
    const loose = assessConfig(flakyConfig({ 'clear-below': 20, 'stable-runs': 30 }), { defaultBranch: 'main' });
    expect(assess(flakyThenClean(29), loose).state).toBe('flaky');
    expect(assess(flakyThenClean(30), loose).state).toBe('cleared');
  });

  it('quarantines at quarantine-at with same-tree evidence, and not on too few runs', () => {
    const high = Array.from({ length: 40 }, (_, index) => (index % 3 === 0 ? 'fp' : 'p'));
    const verdict = assess(history(high), config);
    expect(verdict.state).toBe('flaky');
    expect(verdict.quarantined).toBe(true);
    expect(verdict.evidence[0]).toMatch(/^quarantined: failure rate/);
    expect(assess(history(high.slice(0, QUARANTINE_MIN_RUNS - 1)), config).quarantined).toBe(false);
    // The same rate without proof on one tree is flaky by the interval but not quarantined.
    const noSameTree = Array.from({ length: 60 }, (_, index) => (index % 3 === 0 ? 'f' : 'p'));
    expect(assess(history(noSameTree), config).quarantined).toBe(false);
  });

  it('releases a quarantine only below 75% of quarantine-at, so a test at the threshold does not flap', () => {
    // 30 runs at ~25% then drifting to ~17%: still quarantined (above 15%).
    const start = Array.from({ length: 30 }, (_, index) => (index % 4 === 0 ? 'fp' : 'p'));
    const drift = Array.from({ length: 30 }, (_, index) => (index % 10 === 0 ? 'fp' : 'p'));
    const verdict = assess(history([...start, ...drift]), config);
    expect(verdict.rate).toBeLessThan(0.2);
    expect(verdict.rate).toBeGreaterThan(0.15);
    expect(verdict.quarantined).toBe(true);
    // Never above 20% on the way: never quarantined.
    expect(assess(history([...drift, ...drift]), config).quarantined).toBe(false);
  });
});

describe('analyzeFlakiness', () => {
  it('flags a retry pass in the current run and leaves stable tests out', () => {
    const runs = runsFile([suiteRun('unit', [testCase('retries', 'fp'), testCase('solid', 'p'), testCase('solid 2', 'p')])]);
    const entries = analyzeFlakiness({ runs, baseline: null, config: flakyConfig(), event: event() });
    expect(entries.map((entry) => [entry.name, entry.state])).toEqual([['retries', 'flaky']]);
    expect(entries[0]).toMatchObject({ suite: 'unit', file: 'test/a.test.ts', line: 7, runs: 1, rate: 1, quarantined: false });
  });

  it('merges the baseline history and does not count the current run twice', () => {
    const test = testCase('slow', 'fp');
    const past = history([...repeat('p', 30), 'fp', ...repeat('p', 10)]);
    const baseline = baselineWith({ [test.id]: { name: 'slow', history: past } });
    const [entry] = analyzeFlakiness({
      runs: runsFile([suiteRun('unit', [test])]),
      baseline,
      config: flakyConfig(),
      event: event({ runId: '1040' }),
    });
    // run 1040 is already in the baseline (the last entry): replaced, not added
    expect(entry.runs).toBe(41);
    const [fresh] = analyzeFlakiness({
      runs: runsFile([suiteRun('unit', [test])]),
      baseline,
      config: flakyConfig(),
      event: event({ runId: '77777' }),
    });
    expect(fresh.runs).toBe(42);
  });

  it('finds pass and fail on the same tree across attempts of the workflow run (run_attempt)', () => {
    const first = runsFile([suiteRun('unit', [testCase('order', 'f')])], '2026-03-01T10:00:00.000Z');
    const second = runsFile([suiteRun('unit', [testCase('order', 'p')])], '2026-03-01T10:10:00.000Z');
    const entries = analyzeFlakiness({
      runs: second,
      previousAttempts: [first],
      baseline: null,
      config: flakyConfig(),
      event: event({ runAttempt: 2 }),
      tree: 'abc123',
    });
    expect(entries).toHaveLength(1);
    expect(entries[0].state).toBe('flaky');
    expect(entries[0].evidence.join('\n')).toMatch(/same tree abc123 across 2 runs \(run 9000: failed, run 9000 attempt 2: passed\)/);
  });

  it('finds a matrix-leg test that failed in an earlier attempt, whose record keeps its id but not its leg', () => {
    const onLeg = (outcomes: string) => {
      const test = testCase('order', outcomes);
      return { ...test, id: withVariant(test.id, 'ubuntu-latest'), variant: 'ubuntu-latest' };
    };
    // the attempt record (src/pipeline/attempts.ts) drops `variant`; the id still holds it
    const { variant: _dropped, ...recorded } = onLeg('f');
    const first = runsFile([suiteRun('unit', [recorded])], '2026-03-01T10:00:00.000Z');
    const second = runsFile([suiteRun('unit', [onLeg('p'), testCase('solid', 'p')])], '2026-03-01T10:10:00.000Z');
    const entries = analyzeFlakiness({
      runs: second,
      previousAttempts: [first],
      baseline: null,
      config: flakyConfig(),
      event: event({ runAttempt: 2 }),
      tree: 'abc123',
    });
    expect(entries.map((entry) => [entry.name, entry.state])).toEqual([['order', 'flaky']]);
  });

  it('excludes a suite in which most tests failed (infrastructure) even when retries passed', () => {
    const tests = ['a', 'b', 'c', 'd', 'e', 'f'].map((name, index) => testCase(name, index < 4 ? 'fp' : 'p', { suite: 'int' }));
    const entries = analyzeFlakiness({ runs: runsFile([suiteRun('int', tests)]), baseline: null, config: flakyConfig(), event: event() });
    expect(entries).toEqual([]);
  });

  it('finds infrastructure runs in the baseline that its writer did not mark (a blip the retries survived)', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const tests = names.map((name) => testCase(name, 'p'));
    // run 1005: four of six tests failed once and passed on retry; nothing marked infra
    const past = (index: number) => history(Array.from({ length: 10 }, (_, run) => (run === 5 && index < 4 ? 'fp' : 'p')));
    const baseline = baselineWith(Object.fromEntries(tests.map((test, index) => [test.id, { name: test.name, history: past(index) }])));
    const entries = analyzeFlakiness({ runs: runsFile([suiteRun('unit', tests)]), baseline, config: flakyConfig(), event: event() });
    expect(entries).toEqual([]);
    // the same blip on two of six tests is not infrastructure: both are flagged
    const fewer = baselineWith(Object.fromEntries(tests.map((test, index) => [test.id, { name: test.name, history: past(index + 2) }])));
    expect(
      analyzeFlakiness({ runs: runsFile([suiteRun('unit', tests)]), baseline: fewer, config: flakyConfig(), event: event() })
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('flags a nondeterministic test (different outcome across repeats with the same seed)', () => {
    const test = { ...testCase('seeded', 'p'), nondeterministic: true };
    const [entry] = analyzeFlakiness({ runs: runsFile([suiteRun('unit', [test])]), baseline: null, config: flakyConfig(), event: event() });
    expect(entry.state).toBe('flaky');
    expect(entry.evidence[0]).toMatch(/differed across repeats/);
  });

  it('returns plain JSON a report can carry', () => {
    const entries = analyzeFlakiness({
      runs: runsFile([suiteRun('unit', [testCase('x', 'fp')])]),
      baseline: null,
      config: flakyConfig(),
      event: event(),
    });
    expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);
  });
});

describe('matrix legs', () => {
  it('calls a test that always fails on one leg and passes on the others a platform failure, not a flake', () => {
    const legs = ['ubuntu-latest', 'windows-latest'];
    const baseline = baselineWith({});
    for (const leg of legs) {
      const test = testCase('reads paths', 'p');
      baseline.tests[withVariant(test.id, leg)] = {
        suite: 'unit',
        name: 'reads paths',
        variant: leg,
        history: history(repeat(leg === 'windows-latest' ? 'fff' : 'p', 30)),
      };
    }
    const tests = legs.map((leg) => {
      const test = testCase('reads paths', leg === 'windows-latest' ? 'fff' : 'p');
      return { ...test, id: withVariant(test.id, leg), variant: leg };
    });
    const [entry] = analyzeFlakiness({
      runs: runsFile([suiteRun('unit', tests)]),
      baseline,
      config: flakyConfig(),
      event: event({ runId: '5000' }),
    });
    expect(entry.state).toBe('broken');
    expect(entry.evidence[0]).toMatch(
      /fails on windows-latest only, on every run since c000000, and passes on ubuntu-latest: a platform failure, not a flake/,
    );
    expect(entry.variants?.map((leg) => [leg.variant, leg.state])).toEqual([
      ['ubuntu-latest', 'stable'],
      ['windows-latest', 'broken'],
    ]);
  });
  it('lists the legs a flaky test is steady on, though they only passed and have no past', () => {
    const tests = ['ubuntu-latest', 'windows-latest'].map((leg) => {
      const test = testCase('reads paths', leg === 'windows-latest' ? 'fp' : 'p');
      return { ...test, id: withVariant(test.id, leg), variant: leg };
    });
    const [entry, ...rest] = analyzeFlakiness({
      runs: runsFile([suiteRun('unit', tests)]),
      baseline: null,
      config: flakyConfig(),
      event: event(),
    });
    expect(rest).toEqual([]);
    expect(entry.state).toBe('flaky');
    expect(entry.variants?.map((leg) => [leg.variant, leg.state])).toEqual([
      ['ubuntu-latest', 'stable'],
      ['windows-latest', 'flaky'],
    ]);
    expect(entry.evidence[0]).toBe('flaky on windows-latest; steady on the other legs');
  });

  it('still assesses a test that passed now but was flaky in the baseline (it stays flaky until a clean streak clears it)', () => {
    const test = testCase('slow', 'p');
    const baseline = baselineWith({ [test.id]: { name: 'slow', history: history([...repeat('p', 5), 'fp', 'p']) } });
    const entries = analyzeFlakiness({
      runs: runsFile([suiteRun('unit', [test, testCase('solid', 'p')])]),
      baseline,
      config: flakyConfig(),
      event: event({ runId: '90000' }),
    });
    expect(entries.map((entry) => [entry.name, entry.state, entry.runs])).toEqual([['slow', 'flaky', 8]]);
  });
});
