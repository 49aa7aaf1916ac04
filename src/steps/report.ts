/**
 * Action step: runs + baseline → gates → report.json, job summary, annotations, the sticky
 * comment and flaky-test issues; on the default branch, the refreshed baseline. Also the
 * `comment` mode, which posts the comment of an uploaded report.json (workflow_run recipe).
 */
import { commentImpl, reportImpl } from '../pipeline/report-step.js';
import { runStep, setOutputs, stepContext } from './common.js';

await runStep('report', async () => {
  const context = stepContext();
  return context.inputs.mode === 'comment' ? commentImpl(context, setOutputs) : reportImpl(context, setOutputs);
});
