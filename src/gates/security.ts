/**
 * The `security` gate: a finding at or above fail-on-severity that the baseline does not know (by
 * fingerprint) fails. Security and adversarial suites are judged by their level policies
 * (src/gates/levels.ts: security must pass, adversarial may fail up to 15 %).
 */
import type { GatesConfig } from '../config/schema.js';
import type { Finding, Report, Severity, SuiteRun, Threshold, Verdict } from '../model.js';
import { type BaselineContext, baselineFigure, count, withoutBaseline } from './context.js';

const SEVERITY_ORDER: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
const atLeast = (severity: Severity, floor: Severity) => SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(floor);

export interface SecurityGateResult {
  verdicts: Verdict[];
  summary: Report['security'];
}

function describe(findings: Finding[]): string {
  const first = findings
    .slice(0, 2)
    .map(
      (finding) =>
        `${finding.severity} ${finding.rule}${finding.package ? ` in ${finding.package}` : finding.file ? ` at ${finding.file}${finding.line ? `:${finding.line}` : ''}` : ''}`,
    );
  return findings.length > 2 ? `${first.join(', ')} and ${findings.length - 2} more` : first.join(', ');
}

export function securityGate(suites: SuiteRun[], config: GatesConfig['security'], context: BaselineContext): SecurityGateResult {
  const verdicts: Verdict[] = [];
  const ran = suites.filter((suite) => suite.selected && suite.status !== 'skipped');

  const findings = ran.flatMap((suite) => suite.security).filter((finding) => !finding.suppressed);
  const unique = [...new Map(findings.map((finding) => [finding.fingerprint, finding])).values()];
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of unique) counts[finding.severity]++;
  const floor = config['fail-on-severity'];
  const threshold: Threshold = { limits: [{ op: '>', status: 'fail', value: count(0, `new ${floor}${floor === 'critical' ? '' : '+'}`) }] };
  const known = context.baseline && context.info.status === 'ok' ? new Set(context.baseline.findings) : null;
  const severe = unique.filter((finding) => atLeast(finding.severity, floor));
  let newFindings: Finding[];
  if (known) {
    newFindings = unique.filter((finding) => !known.has(finding.fingerprint));
    const blocking = newFindings.filter((finding) => atLeast(finding.severity, floor));
    if (unique.length > 0 || ran.some((suite) => suite.level === 'security'))
      verdicts.push({
        gate: 'security',
        subject: 'findings',
        status: blocking.length > 0 ? 'fail' : 'pass',
        value: { parts: [count(newFindings.length, 'new'), count(unique.length - newFindings.length, 'known')] },
        baseline: baselineFigure(count(known.size, 'known'), context),
        threshold,
        reason:
          blocking.length > 0
            ? `${blocking.length} new finding${blocking.length > 1 ? 's' : ''} at or above ${floor}: ${describe(blocking)}`
            : severe.length > 0
              ? `${severe.length} ${floor}+ finding${severe.length > 1 ? 's' : ''} already in the baseline (reported, not failed)`
              : `no new finding at or above ${floor}`,
      });
  } else {
    // Without a baseline only SARIF's own baselineState can say a finding is old.
    newFindings = unique.filter((finding) => finding.baselineState !== 'unchanged' && finding.baselineState !== 'updated');
    const blockingUnknown = newFindings.filter((finding) => atLeast(finding.severity, floor));
    if (blockingUnknown.length > 0)
      verdicts.push(
        withoutBaseline('security', context, {
          subject: 'findings',
          value: count(blockingUnknown.length, `${floor}+`),
          threshold,
          what: `${blockingUnknown.length} ${floor}+ finding${blockingUnknown.length > 1 ? 's' : ''} cannot be classed as new or known`,
        }),
      );
    else if (unique.length > 0)
      verdicts.push({
        gate: 'security',
        subject: 'findings',
        status: 'pass',
        value: count(unique.length, 'found'),
        baseline: null,
        threshold,
        reason: `no finding at or above ${floor} that could be new`,
      });
  }
  return { verdicts, summary: { newFindings, existing: unique.length - newFindings.length, counts } };
}
