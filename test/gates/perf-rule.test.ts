/**
 * The run-level perf rule: repeats in one job are one run, the baseline is a window of runs, step
 * changes restart it, and every judgement says what the noise lets it see.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { addPerfRun } from '../../src/baseline/perf-window.js';
import { type BaseRun, baseRunsOf, judgeRelative, runOf, winsorise } from '../../src/gates/perf-rule.js';
import { findSteps } from '../../src/gates/perf-steps.js';
import { normalCdf, normalQuantile, tCdf, tQuantile } from '../../src/gates/stats.js';
import type { PerfSeries, Provenance } from '../../src/model.js';
import { formatMetric } from '../../src/render/format.js';
import { formatRate } from '../../src/util/rate.js';

const runs = (values: number[], repeats = 1): BaseRun[] => values.map((value) => ({ value, repeats }));
/** 20 run values around 200 with a 10 % spread, deterministic */
const NOISY = [200, 222, 181, 214, 190, 236, 172, 205, 198, 219, 184, 228, 176, 203, 210, 188, 226, 195, 180, 213];
const judge = (base: BaseRun[], head: number[], extra: Partial<Parameters<typeof judgeRelative>[0]> = {}) =>
  judgeRelative({ base, head, limit: 0.15, biggerIsBetter: false, floor: 2, ...extra });

describe('statistics', () => {
  it('t and normal quantiles match published tables', () => {
    expect(tQuantile(0.95, 19)).toBeCloseTo(1.729133, 5);
    expect(tQuantile(0.95, 4)).toBeCloseTo(2.131847, 5);
    expect(tQuantile(0.995, 9)).toBeCloseTo(3.249836, 5);
    expect(tQuantile(0.05, 10)).toBeCloseTo(-1.812461, 5);
    expect(tCdf(2.228139, 10)).toBeCloseTo(0.975, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 6);
  });
});

describe('rates read as rates', () => {
  it('two decimals under 10%, one above, in the verdict and in the perf table', () => {
    expect(formatRate(0.0094)).toBe('0.94%');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(0.125)).toBe('12.5%');
    expect(formatRate(0.05)).toBe('5%');
    expect(formatMetric(0.0094, 'ratio')).toBe('0.94%');
  });
});

describe('a run is the unit of evidence', () => {
  it("a run's value is the median of 3–4 repeats and a trimmed mean of more; one wild repeat barely moves it", () => {
    expect(runOf([10, 30, 11])).toMatchObject({ value: 11, repeats: 3 });
    expect(runOf([100])).toEqual({ value: 100, repeats: 1 });
    const run = runOf([100, 101, 99, 100, 102, 98, 100, 101, 99, 900]);
    expect(run.value).toBeCloseTo(100.17, 1);
    expect(run.spread).toBeGreaterThan(0);
    expect(run.spread).toBeLessThan(0.03);
  });

  it('ten tight repeats 18% over a noisy baseline are one slow run, within the run-to-run noise: a warning', () => {
    const head = Array.from({ length: 10 }, (_, index) => 236 + (index % 3) - 1);
    const judged = judge(runs(NOISY, 10), head);
    expect(judged).toMatchObject({ status: 'warn', rule: 'within-noise', runs: { used: 10, window: 20 } });
    expect(judged.reason).toMatch(/within the noise of 10 baseline runs \(can detect \+\d+% here\)/);
  });

  it('a regression beyond the prediction bound fails and says what the noise lets it see', () => {
    const judged = judge(runs(NOISY), [330]);
    expect(judged).toMatchObject({ status: 'fail', rule: 'prediction-interval' });
    expect(judged.reason).toMatch(
      /^\+6\d% worse, over \+15% and beyond the 95% prediction bound of 10 baseline runs \(can detect \+\d+% here\)$/,
    );
    // 10 % run-to-run noise, 19 degrees of freedom, one head run: about +30 % is caught 80 % of the time
    expect(judged.detectable).toBeGreaterThan(0.25);
    expect(judged.detectable).toBeLessThan(0.35);
  });

  it('at or under the limit passes whatever the noise; a quiet baseline fails just over it', () => {
    const quiet = runs([100, 101, 99, 100, 100, 101, 99, 100]);
    expect(judge(runs([100, 100, 100, 100, 100]), [115])).toMatchObject({ status: 'pass', rule: 'relative' });
    expect(judge(quiet, [114.9])).toMatchObject({ status: 'pass', rule: 'relative' });
    expect(judge(quiet, [116])).toMatchObject({ status: 'fail', rule: 'prediction-interval' });
  });

  it('a head as slow as two or more baseline runs (a noisy neighbour) warns instead of failing', () => {
    const neighbours = NOISY.map((value, index) => ([3, 11, 17].includes(index) ? 260 + index / 10 : 200 + (value - 200) / 10));
    const judged = judge(runs(neighbours), [259]);
    expect(judged.status).toBe('warn');
    expect(judged.reason).toContain('3 of 20 baseline runs were as slow');
    // slower than all of them: a regression
    expect(judge(runs(neighbours), [300]).status).toBe('fail');
  });

  it('one far run in the window (a heavy tail) barely widens the bound: the spread is winsorised', () => {
    const quiet = judge(runs(NOISY), [300]);
    const withFarRun = judge(runs([...NOISY.slice(0, 7), 400, ...NOISY.slice(8)]), [300]);
    // a plain standard deviation would roughly double with the 400 (log 0.69 from the rest)
    expect(withFarRun.detectable).toBeLessThan((quiet.detectable ?? 0) * 1.6);
    expect(withFarRun).toMatchObject({ status: 'fail', rule: 'prediction-interval' });
  });

  it('the winsorised spread stays unbiased for normal runs at the sizes a window has, not only in the limit', () => {
    const random = seedrandom('winsor-consistency');
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    for (const size of [8, 9, 13, 20, 30]) {
      let total = 0;
      const segments = 20_000;
      for (let index = 0; index < segments; index++) {
        const { values, consistency } = winsorise(Array.from({ length: size }, normal));
        const centre = values.reduce((sum, value) => sum + value, 0) / size;
        total += values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (size - 1) / consistency;
      }
      // σ² = 1; the large-sample factor 0.995 alone leaves 2.6 % (20 runs) to 6 % (8 runs) too little
      expect(Math.abs(total / segments - 1), `${size} runs`).toBeLessThan(0.015);
    }
  });

  it('a metric too noisy for its limit warns and never fails, and says so', () => {
    const wild = runs([100, 190, 60, 150, 80, 210, 70, 120, 50, 170]);
    const judged = judge(wild, [400]);
    expect(judged).toMatchObject({ status: 'warn', rule: 'too-noisy' });
    expect(judged.reason).toMatch(/too noisy to gate: can detect \+\d+% here .* warns, never fails$/);
  });

  it('a head with fewer repeats than the baseline runs gets the extra within-run noise', () => {
    const base = NOISY.map((value) => ({ value, repeats: 10, spread: 0.2 }));
    const tenRepeats = judge(
      base,
      Array.from({ length: 10 }, () => 200),
    );
    const oneRepeat = judge(base, [200]);
    expect(oneRepeat.detectable).toBeGreaterThan((tenRepeats.detectable ?? 0) + 0.03);
  });

  it('throughput regresses downwards; one or two runs use the absolute floor; none is skipped', () => {
    expect(judge(runs([1000, 1010, 990, 1005, 995]), [940], { biggerIsBetter: true, limit: 0.05 }).status).toBe('fail');
    expect(judge(runs([1000, 1010, 990, 1005, 995]), [2000], { biggerIsBetter: true, limit: 0.05 }).status).toBe('pass');
    expect(judge(runs([10]), [11.9])).toMatchObject({ status: 'warn', rule: 'below-floor' });
    expect(judge(runs([10, 10]), [12.1])).toMatchObject({ status: 'fail', rule: 'floor' });
    expect(judge([], [1])).toMatchObject({ status: 'skipped', rule: 'no-baseline' });
  });

  it('zeros (an error rate) are judged on the plain scale, without NaN', () => {
    const steady = judge(runs([0.01, 0.011, 0.009, 0.01, 0.012, 0.01, 0.009, 0]), [0.05], { limit: 0.5 });
    expect(steady).toMatchObject({ status: 'fail', rule: 'prediction-interval' });
    // an error rate of 0–2 % swings by more than its +50 % limit: too noisy to gate
    const judged = judge(runs([0, 0.01, 0, 0.02, 0.01, 0, 0.01]), [0.5], { limit: 0.5 });
    expect(judged).toMatchObject({ status: 'warn', rule: 'too-noisy' });
    expect(Number.isFinite(judged.detectable)).toBe(true);
  });
});

describe('step changes', () => {
  const before = [100, 102, 98, 101, 99, 100, 103, 97, 100, 101, 99, 100];
  const after = [130, 132, 128, 131, 129, 130, 131, 129];

  it('are found where the level moved, and not in noise', () => {
    expect(findSteps([...before, ...after].map(Math.log))).toEqual([12]);
    expect(findSteps(NOISY.map(Math.log))).toEqual([]);
  });

  it('restart the window: a pull request on the new level passes, and the row says where the step was', () => {
    const judged = judge(runs([...before, ...after]), [133]);
    expect(judged).toMatchObject({ status: 'pass', runs: { used: 8, window: 20 } });
    expect(judged.step?.runsAgo).toBe(8);
    expect(judged.step?.change).toBeCloseTo(0.3, 1);
    // the spread is pooled within the segments, so the step does not hide a regression on the new level
    expect(judge(runs([...before, ...after]), [170])).toMatchObject({ status: 'fail', rule: 'prediction-interval' });
    expect(judge(runs([...before, ...after]), [170]).reason).toContain('since a +30% step 8 runs ago');
  });

  it('too young or too small to be found, a slower recent level still moves the centre; a faster one does not', () => {
    // the latest 5 runs of the noisy window 14% slower: no step is found, but the centre is theirs
    const slower = [...NOISY.slice(0, 15), ...NOISY.slice(15).map((value) => value * 1.14)];
    expect(findSteps(slower.map(Math.log))).toEqual([]);
    const head = [262];
    const judged = judge(runs(slower), head);
    expect(judged.runs.used).toBe(5);
    expect(judged.reason).toContain('5 baseline runs, the latest, slower than the runs before them');
    expect(judged.status).not.toBe('fail');
    // the same head against the window without the slower runs fails
    expect(judge(runs(NOISY), head)).toMatchObject({ status: 'fail', runs: { used: 10 } });
    // 14% faster: the centre stays on the latest 10 runs, so an innocent head is not judged against a lucky streak
    const faster = [...NOISY.slice(0, 15), ...NOISY.slice(15).map((value) => value / 1.14)];
    expect(judge(runs(faster), [200]).runs.used).toBe(10);
    // 9% slower is 1.4 standard errors of the difference: enough (the check fires beyond 1.3)
    const nineSlower = [...NOISY.slice(0, 15), ...NOISY.slice(15).map((value) => value * 1.09)];
    expect(judge(runs(nineSlower), [200]).runs.used).toBe(5);
    expect(judge(runs([...NOISY.slice(0, 15), ...NOISY.slice(15).map((value) => value * 1.06)]), [200]).runs.used).toBe(10);
  });

  it('a found step only a few runs old centres on its latest 5 runs: where it falls is uncertain by a run', () => {
    // 6 runs at the new level: the centre leaves out the oldest, which could belong to the old level
    const judged = judge(runs([...NOISY.slice(0, 14), ...NOISY.slice(14).map((value) => value * 1.35)]), [270]);
    expect(judged.step?.runsAgo).toBe(6);
    expect(judged.runs.used).toBe(5);
    // 8 runs on (enough for the young-step check) use them all, as the restart test above shows
  });
});

describe('the baseline window', () => {
  const provenance = (n: number): Provenance => ({
    commit: `c${n}`.padEnd(40, '0'),
    branch: 'main',
    createdAt: new Date(Date.UTC(2026, 10, 1, n)).toISOString(),
    schemaVersion: 1,
  });
  const metric = (samples: number[]) => ({ value: samples[0], unit: 'ms', biggerIsBetter: false, samples });

  it('keeps one entry per run however many repeats it had, bounded by the window', () => {
    let series: PerfSeries | undefined;
    for (let n = 0; n < 25; n++) series = addPerfRun(series, metric([200 + n, 201 + n, 199 + n, 200 + n, 202 + n]), provenance(n), 20);
    expect(series?.runs).toHaveLength(20);
    expect(series?.samples).toHaveLength(20);
    expect(series?.runs?.[19]).toMatchObject({ repeats: 5, commit: provenance(24).commit });
    expect(series?.runs?.[19].value).toBeCloseTo(224.33, 2);
  });

  it('records a step once, with the commit that started the new level', () => {
    let series: PerfSeries | undefined;
    const values = [100, 102, 98, 101, 99, 100, 103, 97, 130, 132, 128, 131, 129];
    values.forEach((value, n) => {
      series = addPerfRun(series, metric([value]), provenance(n), 20);
    });
    expect(series?.steps).toHaveLength(1);
    expect(series?.steps?.[0]).toMatchObject({ commit: provenance(8).commit });
    expect(series?.steps?.[0].change).toBeCloseTo(0.3, 1);
  });

  it('an older baseline with bare samples is read as runs of one repeat each', () => {
    expect(baseRunsOf({ samples: [1, 2, Number.NaN] })).toEqual([
      { value: 1, repeats: 1 },
      { value: 2, repeats: 1 },
    ]);
  });
});

describe('calibration (seeded)', () => {
  it('A/A runs whose repeats share a machine fail about 5% of the time, not 29%', () => {
    const random = seedrandom('perf-rule-test');
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const run = () => {
      const machine = 0.1 * normal();
      return Array.from({ length: 10 }, () => 200 * Math.exp(machine + 0.03 * normal()));
    };
    let failures = 0;
    const trials = 600;
    for (let trial = 0; trial < trials; trial++) {
      const base = Array.from({ length: 20 }, () => runOf(run()));
      if (judge(base, run()).status === 'fail') failures++;
    }
    expect(failures / trials).toBeLessThan(0.08);
    expect(failures / trials).toBeGreaterThan(0.01);
  });
});
