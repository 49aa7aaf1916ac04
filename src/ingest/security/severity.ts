/** Severity as GitHub code scanning shows it. */
import type { Severity } from '../../model.js';

/**
 * `properties.security-severity` (a CVSS-like score) → severity, GitHub's bands:
 * score ≥ 9.0 critical; 7.0 ≤ score < 9.0 high; 4.0 ≤ score < 7.0 medium; anything lower low.
 * Scores between the printed bands (8.95) go to the lower band: the band starts are the edges.
 */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/** SARIF level when there is no score: error → high, warning → medium, note → low, none → info. */
export function severityFromLevel(level: string): Severity {
  switch (level) {
    case 'error':
      return 'high';
    case 'warning':
      return 'medium';
    case 'note':
      return 'low';
    default:
      return 'info';
  }
}

/** npm's names (moderate) → ours. */
export function severityFromNpm(value: unknown): Severity {
  switch (String(value).toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
      return 'high';
    case 'moderate':
    case 'medium':
      return 'medium';
    case 'low':
      return 'low';
    default:
      return 'info';
  }
}
