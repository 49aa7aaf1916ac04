/**
 * Annotations: test failures and new security findings at file:line, problems at their location, and perf/coverage gate
 * failures as notices on the config file (where the thresholds live). GitHub shows at most 50
 * annotations from one job, so past 49 the rest are summarised in one last annotation.
 */
import type { Report } from '../model.js';
import { firstLines, plural } from './format.js';
import { allProblems } from './sections.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export const MAX_ANNOTATIONS = 50;

const CONFIG_GATES = new Set(['coverage', 'patch-coverage', 'perf']);

function at(file?: string, line?: number): Pick<Annotation, 'file' | 'line'> {
  if (!file) return {};
  return line && line > 0 ? { file, line } : { file };
}

export function renderAnnotations(report: Report, configPath: string): Annotation[] {
  const all: Annotation[] = [];
  // Blocking failures first: they are what the reader must fix.
  const failures = [...report.failures].sort((a, b) => Number(a.quarantined ?? false) - Number(b.quarantined ?? false));
  for (const failure of failures) {
    all.push({
      level: failure.quarantined ? 'warning' : 'error',
      title: `${failure.quarantined ? 'Quarantined test failed' : failure.status === 'errored' ? 'Test errored' : 'Test failed'}: ${failure.name}`,
      message: `${failure.suite}: ${failure.name}${failure.message?.trim() ? `\n${firstLines(failure.message, 6, 300)}` : ''}`,
      ...at(failure.file, failure.line),
    });
  }
  // New security findings where they are, so the reviewer sees them in the diff
  const blocking = report.gates.some((gate) => gate.gate === 'security' && gate.status === 'fail');
  for (const finding of report.security.newFindings) {
    all.push({
      level: blocking && (finding.severity === 'critical' || finding.severity === 'high') ? 'error' : 'warning',
      title: `New ${finding.severity} finding: ${finding.rule}`,
      message: `${finding.tool}: ${finding.message}`,
      ...at(finding.file, finding.line),
    });
  }
  for (const problem of allProblems(report)) {
    all.push({
      level: 'warning',
      title: `testops: ${problem.kind}${problem.suite ? ` in ${problem.suite}` : ''}`,
      message: problem.message,
      ...at(problem.file, problem.line),
    });
  }
  for (const gate of report.gates) {
    if (gate.status !== 'fail' || !CONFIG_GATES.has(gate.gate)) continue;
    const values = [
      gate.value && `value ${gate.value}`,
      gate.baseline && `baseline ${gate.baseline}`,
      gate.threshold && `threshold ${gate.threshold}`,
    ]
      .filter(Boolean)
      .join(', ');
    all.push({
      level: 'notice',
      title: `Gate failed: ${gate.gate}${gate.subject ? ` (${gate.subject})` : ''}`,
      message: `${gate.reason}${values ? ` (${values})` : ''}`,
      file: configPath,
    });
  }
  if (all.length <= MAX_ANNOTATIONS) return all;
  const kept = all.slice(0, MAX_ANNOTATIONS - 1);
  const rest = all.slice(MAX_ANNOTATIONS - 1);
  const errors = rest.filter((annotation) => annotation.level === 'error').length;
  kept.push({
    level: errors > 0 ? 'error' : 'warning',
    title: `${plural(rest.length, 'more annotation')} not shown`,
    message: `GitHub shows at most ${MAX_ANNOTATIONS} annotations; ${rest.length} more (${plural(errors, 'error')}) are listed in the job summary.`,
  });
  return kept;
}
