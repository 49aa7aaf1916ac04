/** Action step: config + event + changed files → plan.json and the plan outputs. */
import { planImpl } from '../pipeline/plan.js';
import { runStep, setOutputs, stepContext } from './common.js';

await runStep('plan', () => planImpl(stepContext(), setOutputs));
