/**
 * The terminal renderer and the progress line: verdict first and in words that agree with the
 * counts, aligned plain text, colours only when asked, untrusted text unable to drive the terminal.
 */
import { describe, expect, it } from 'vitest';
import { expectedDuration, progressLine, TerminalProgress } from '../../src/render/progress.js';
import { alignColumns, renderTerminal, terminalText, verdictOf } from '../../src/render/terminal.js';
import { failingReport, greenReport, missingBaselineReport } from './fixtures/reports.js';

const ESC = '\u001b';

describe('renderTerminal', () => {
  it('puts the verdict first and lists the failing gates, failures and suites as plain text', () => {
    const report = failingReport();
    const text = renderTerminal(report, { color: false, width: 120 });
    const [first] = text.split('\n');
    expect(first).toMatch(/^✗ testops: failed — \d+ gates? failed · /);
    expect(text).toContain('\nGates\n');
    expect(text).toContain('\nSuites\n');
    expect(text).toMatch(/\nFailures \(\d+\)\n/);
    for (const markup of ['<details', '&lt;', '&amp;', '\\_', '<!--', '|---']) expect(text).not.toContain(markup);
    expect(text).not.toContain(ESC);
    // failing gates come first in the table
    const gateLines = text.split('\nGates\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
    expect(gateLines[0]?.trimStart().startsWith('✗')).toBe(true);
  });

  it('colours only when asked', () => {
    const report = failingReport();
    expect(renderTerminal(report, { color: true })).toContain(`${ESC}[31m`);
    expect(renderTerminal(report, { color: false })).not.toContain(ESC);
  });

  it('--quiet: the verdict line and one line per failing gate', () => {
    const report = failingReport();
    const failing = report.gates.filter((gate) => gate.status === 'fail');
    const lines = renderTerminal(report, { color: false, quiet: true }).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + failing.length);
    expect(lines[0]).toMatch(/^✗ testops: failed/);
    for (const [index, gate] of failing.entries())
      expect(lines[index + 1]).toContain(`✗ ${gate.subject ? `${gate.gate} · ${gate.subject}` : gate.gate}: `);
    expect(renderTerminal(greenReport(), { color: false, quiet: true }).trimEnd().split('\n')).toHaveLength(1);
  });

  it('says why it passed with warnings, in words that agree with the counts', () => {
    const green = greenReport();
    expect(verdictOf(green).word).toBe(green.gates.some((gate) => gate.status === 'warn') ? 'passed with warnings' : verdictOf(green).word);
    const missing = missingBaselineReport();
    const verdict = verdictOf(missing);
    expect(verdict.word).toBe('passed with warnings');
    expect(verdict.because).toContain('no baseline yet');
    // no "0 warned" beside "passed with warnings": each reason named is a count above zero
    for (const reason of verdict.because) expect(reason).not.toMatch(/^0 /);
    const text = renderTerminal(missing, { color: false });
    const reason = missing.baseline.reason as string;
    expect(text.split(reason).length - 1).toBe(1); // the baseline's reason said once
  });

  it('shows control characters in untrusted text instead of sending them to the terminal', () => {
    const report = failingReport();
    const failure = report.failures[0];
    if (!failure) throw new Error('fixture has failures');
    failure.name = `evil${ESC}[2J${ESC}]0;title\u0007\rover\u202eevil`;
    failure.message = 'line one\nline two';
    const text = renderTerminal(report, { color: false, width: 200 });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\u0007');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('evil\\u001b[2J\\u001b]0;title\\u0007 over\\u202eevil');
    expect(text).toContain('line one line two');
    expect(terminalText('a\tb')).toBe('a b');
  });

  it('aligns columns by their widest cell', () => {
    expect(
      alignColumns([
        ['✓', 'unit', 'passed'],
        ['✗', 'integration', 'failed'],
      ]),
    ).toEqual(['  ✓  unit         passed', '  ✗  integration  failed']);
  });
});

describe('progress', () => {
  it('says which suite of how many, the time so far and the time expected from the baseline', () => {
    expect(progressLine({ done: 1, total: 5, elapsedSeconds: 12.4, expectedSeconds: 40, unknown: 0 })).toBe(
      'testops: suite 2 of 5 · 0:12 elapsed · about 0:40 expected',
    );
    expect(progressLine({ done: 5, total: 5, elapsedSeconds: 3725, expectedSeconds: 3600, unknown: 1 })).toBe(
      'testops: 5 of 5 suites done · 1:02:05 elapsed · about 1:00:00 expected (+1 suite never timed)',
    );
    expect(progressLine({ done: 0, total: 2, elapsedSeconds: 0, expectedSeconds: null, unknown: 2 })).toBe(
      'testops: suite 1 of 2 · 0:00 elapsed · no expected time yet (no baseline durations)',
    );
  });

  it('expects the medians of the baseline durations, over max-parallel', () => {
    const baseline = { suiteDurations: { unit: [10, 30, 20], e2e: [60, 100] } };
    expect(expectedDuration(baseline, ['unit', 'e2e', 'new'], 1)).toEqual({ seconds: 100, unknown: 1 });
    expect(expectedDuration(baseline, ['unit', 'e2e'], 2)).toEqual({ seconds: 50, unknown: 0 });
    expect(expectedDuration(null, ['unit'], 1)).toEqual({ seconds: null, unknown: 1 });
  });

  it('draws in place and prints log lines above itself', () => {
    const written: string[] = [];
    let now = 0;
    const progress = new TerminalProgress(
      (text) => written.push(text),
      () => now,
      2,
      { seconds: 10, unknown: 0 },
    );
    progress.start();
    now = 3000;
    progress.print('suite unit: passed');
    progress.suiteDone();
    progress.stop();
    const screen = written.join('');
    expect(screen).toContain('testops: suite 1 of 2 · 0:00 elapsed · about 0:10 expected');
    expect(screen).toContain(`\r${ESC}[2Ksuite unit: passed\n`);
    expect(screen).toContain('testops: suite 2 of 2 · 0:03 elapsed');
    expect(screen.endsWith(`\r${ESC}[2K`)).toBe(true);
  });
});
