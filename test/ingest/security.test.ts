/** SARIF (sarif-sdk corpus) and npm audit. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../src/ingest/index.js';
import { severityFromScore } from '../../src/ingest/security/severity.js';
import type { SecurityReport } from '../../src/model.js';
import { CORPUS, tempFiles } from './helpers.js';

const SDK = join(CORPUS, 'sarif/sarif-sdk');
const security = async (path: string) => (await parseReportFile(path, { kind: 'security' })) as SecurityReport;
const tally = (report: SecurityReport, key: (f: SecurityReport['findings'][number]) => string | undefined) => {
  const out: Record<string, number> = {};
  for (const finding of report.findings) out[key(finding) ?? '-'] = (out[key(finding) ?? '-'] ?? 0) + 1;
  return out;
};

describe('SARIF corpus', () => {
  const expected: Record<string, Record<string, number>> = {
    TEST1001: { new: 30 },
    TEST1002: { new: 30 },
    TEST1003: { new: 30 },
    TEST1004: { unchanged: 7, new: 23 },
    TEST1005: { unchanged: 7, new: 23 },
    TEST1006: { updated: 7, new: 23 },
    TEST1007: { unchanged: 7, new: 23, absent: 1 },
    TEST1008: { unchanged: 1, new: 29 },
  };
  for (const name of readdirSync(join(SDK, 'baseline-option/ExpectedOutputs'))) {
    it(`ExpectedOutputs/${name}: baselineState counts; 23 error → high, 5 note → low, 2 without level → warning → medium`, async () => {
      const report = await security(join(SDK, 'baseline-option/ExpectedOutputs', name));
      expect(report.format).toBe('sarif');
      expect(tally(report, (f) => f.baselineState)).toEqual(expected[name.slice(0, 8)]);
      const severities = tally(report, (f) => f.severity);
      expect(severities.high).toBe(23);
      expect(severities.medium).toBe(2);
      expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBeGreaterThan(1);
    });
  }

  it('ToBeValidated.sarif: 3 results with no level are warnings (medium)', async () => {
    const report = await security(join(SDK, 'baseline-option/Inputs/ToBeValidated.sarif'));
    expect(report.findings.map((f) => f.severity)).toEqual(['medium', 'medium', 'medium']);
  });

  it('converter outputs: Clang (rule ids with spaces, no rules), TSLint (file:/// URIs), MSBuild (mixed levels)', async () => {
    const clang = await security(join(SDK, 'converter-outputs/ClangAnalyzer-RealLog.xml.sarif'));
    expect(clang.findings).toHaveLength(4);
    expect(clang.findings.some((f) => f.rule === 'Dereference of null pointer')).toBe(true);
    const tslint = await security(join(SDK, 'converter-outputs/TSLint-09.json.sarif'));
    expect(tslint.findings.every((f) => f.severity === 'high' && f.file && !f.file.startsWith('file:'))).toBe(true);
    const msbuild = await security(join(SDK, 'converter-outputs/MSBuild-SomeErrors.txt.sarif'));
    expect(tally(msbuild, (f) => f.severity)).toEqual({ high: 4, low: 1, medium: 2 });
  });

  it('SARIF 2.0.0 spec examples are rejected as the wrong version, with the line', async () => {
    await expect(security(join(SDK, 'spec-examples/Minimal.sarif'))).rejects.toThrow(
      /Minimal\.sarif:\d+: SARIF version "2\.0\.0" is not supported \(expected "2\.1\.0"\)/,
    );
    await expect(security(join(SDK, 'spec-examples/Comprehensive.sarif'))).rejects.toThrow(/not supported/);
  });
});

describe('SARIF rules', () => {
  it('security-severity bands and their edges', () => {
    const cases: Array<[number, string]> = [
      [10, 'critical'],
      [9.0, 'critical'],
      [8.99, 'high'],
      [8.9, 'high'],
      [7.0, 'high'],
      [6.99, 'medium'],
      [4.0, 'medium'],
      [3.99, 'low'],
      [0.1, 'low'],
      [0, 'low'],
    ];
    for (const [score, severity] of cases) expect([score, severityFromScore(score)]).toEqual([score, severity]);
  });

  it('rule default level, security-severity, suppressions and fingerprints', async () => {
    const write = tempFiles();
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'CodeQL',
              rules: [
                { id: 'js/xss', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.0' } },
                { id: 'js/unused', defaultConfiguration: { level: 'note' } },
              ],
            },
          },
          results: [
            { ruleId: 'js/xss', ruleIndex: 0, message: { text: 'xss' }, partialFingerprints: { primaryLocationLineHash: 'abc:1' } },
            {
              ruleId: 'js/unused',
              message: { text: 'unused' },
              suppressions: [{ kind: 'inSource' }],
              locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3 } } }],
            },
            {
              ruleId: 'js/unused',
              level: 'warning',
              message: { text: 'unused 2' },
              suppressions: [{ kind: 'external', status: 'rejected' }],
            },
          ],
        },
      ],
    };
    const report = await security(write('a.sarif', JSON.stringify(log)));
    expect(report.findings.map((f) => [f.rule, f.severity, f.suppressed ?? false])).toEqual([
      ['js/xss', 'critical', false],
      ['js/unused', 'low', true],
      ['js/unused', 'medium', false],
    ]);
    expect(report.findings[1]).toMatchObject({ file: 'src/a.js', line: 3 });
    // the partial fingerprint, not the message, is the identity
    const moved = structuredClone(log);
    moved.runs[0]!.results[0]!.message.text = 'xss, reworded';
    const again = await security(write('b.sarif', JSON.stringify(moved)));
    expect(again.findings[0]!.fingerprint).toBe(report.findings[0]!.fingerprint);
  });
});

describe('npm audit --json', () => {
  const write = tempFiles();
  it('v2: one finding per advisory, transitive-only packages named by what they pull in, moderate → medium', async () => {
    const audit = {
      auditReportVersion: 2,
      vulnerabilities: {
        minimist: {
          name: 'minimist',
          severity: 'critical',
          isDirect: false,
          via: [
            {
              source: 1096426,
              name: 'minimist',
              title: 'Prototype Pollution in minimist',
              url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
              severity: 'critical',
              range: '<0.2.4',
            },
          ],
          effects: ['mkdirp'],
          range: '<0.2.4',
          fixAvailable: true,
        },
        mkdirp: {
          name: 'mkdirp',
          severity: 'moderate',
          isDirect: true,
          via: ['minimist'],
          effects: [],
          range: '0.4.1 - 0.5.1',
          fixAvailable: true,
        },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 1, total: 2 } },
    };
    const report = await security(write('audit.json', JSON.stringify(audit)));
    expect(report.format).toBe('npm-audit');
    expect(report.findings.map((f) => [f.package, f.severity, f.rule])).toEqual([
      ['minimist', 'critical', 'GHSA-xvch-5gv4-984h'],
      ['mkdirp', 'medium', 'via minimist'],
    ]);
  });

  it('an {error} body is an error, not "no vulnerabilities"', async () => {
    const path = write(
      'audit-error.json',
      JSON.stringify({
        error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: 'Try creating one first' },
      }),
    );
    await expect(security(path)).rejects.toThrow(
      /audit-error\.json: npm audit failed: ENOLOCK: This command requires an existing lockfile\./,
    );
  });
});
