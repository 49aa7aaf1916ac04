/** `npm audit --json`: the v2 report (npm 7+), the v1 advisories report, and its error body. */
import type { Finding, SecurityReport } from '../../model.js';
import { stableHash } from '../../util/id.js';
import { ReportError } from '../errors.js';
import { severityFromNpm } from './severity.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

export function parseNpmAudit(value: unknown, file: string): SecurityReport {
  if (!isObject(value)) throw new ReportError(file, 'expected the JSON object `npm audit --json` writes');
  if (value.error !== undefined) {
    // npm writes {error: {code, summary, detail}} when the audit itself failed: not "no vulnerabilities"
    const error = isObject(value.error) ? value.error : { summary: String(value.error) };
    const what = [error.code, error.summary].filter((part) => typeof part === 'string' && part).join(': ') || 'unknown error';
    throw new ReportError(file, `npm audit failed: ${what}`.replace(/\s+/g, ' ').trim());
  }
  const findings: Finding[] = [];
  if (isObject(value.vulnerabilities)) {
    for (const [name, raw] of Object.entries(value.vulnerabilities)) {
      if (!isObject(raw)) throw new ReportError(file, `vulnerabilities["${name}"] is not an object`);
      const via = Array.isArray(raw.via) ? raw.via : [];
      const advisories = via.filter(isObject);
      if (advisories.length === 0) {
        // only through other packages: one finding naming them
        const through = via.filter((entry): entry is string => typeof entry === 'string');
        findings.push({
          fingerprint: stableHash('npm-audit', name, 'via', through.join(',')),
          tool: 'npm audit',
          rule: `via ${through.join(', ') || 'a dependency'}`,
          severity: severityFromNpm(raw.severity),
          message: `${name}${raw.range ? ` ${raw.range}` : ''} depends on vulnerable ${through.join(', ') || 'packages'}`,
          package: name,
        });
        continue;
      }
      for (const advisory of advisories) {
        const id = String(advisory.source ?? advisory.url ?? advisory.title ?? '');
        const finding: Finding = {
          fingerprint: stableHash('npm-audit', name, id),
          tool: 'npm audit',
          rule: typeof advisory.url === 'string' ? advisory.url.replace(/^https:\/\/github\.com\/advisories\//, '') : id,
          severity: severityFromNpm(advisory.severity ?? raw.severity),
          message: `${String(advisory.title ?? 'vulnerability')} (${name} ${String(advisory.range ?? raw.range ?? '')})`.replace(' )', ')'),
          package: name,
        };
        if (typeof advisory.url === 'string') finding.url = advisory.url;
        findings.push(finding);
      }
    }
  } else if (isObject(value.advisories)) {
    for (const [id, raw] of Object.entries(value.advisories)) {
      if (!isObject(raw)) throw new ReportError(file, `advisories["${id}"] is not an object`);
      const name = String(raw.module_name ?? '');
      const finding: Finding = {
        fingerprint: stableHash('npm-audit', name, String(raw.github_advisory_id ?? raw.url ?? id)),
        tool: 'npm audit',
        rule: String(raw.github_advisory_id ?? id),
        severity: severityFromNpm(raw.severity),
        message: `${String(raw.title ?? 'vulnerability')} (${name} ${String(raw.vulnerable_versions ?? '')})`,
        package: name,
      };
      if (typeof raw.url === 'string') finding.url = raw.url;
      findings.push(finding);
    }
  } else {
    throw new ReportError(file, 'neither "vulnerabilities" (npm 7+) nor "advisories" (npm 6) found: not `npm audit --json` output');
  }
  return { kind: 'security', format: 'npm-audit', file, findings };
}
