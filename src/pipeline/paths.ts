/** Where the steps exchange bulky data: files under one directory ($RUNNER_TEMP/testops in the action). */
import { join } from 'node:path';

export interface Paths {
  root: string;
  plan: string;
  runs: string;
  report: string;
  comment: string;
  summary: string;
  baseline: string;
  work: string;
}

export function pathsUnder(root: string, baselineDir?: string): Paths {
  return {
    root,
    plan: join(root, 'plan.json'),
    runs: join(root, 'runs.json'),
    report: join(root, 'report.json'),
    comment: join(root, 'comment.md'),
    summary: join(root, 'summary.md'),
    baseline: baselineDir ?? join(root, 'baseline'),
    work: join(root, 'work'),
  };
}
