/** Action step for `mode: health` (on a schedule): the health check of the history, its issue and the job summary. */
import { healthImpl } from '../pipeline/health-step.js';
import { runStep, setOutputs, stepContext } from './common.js';

await runStep('health', () => healthImpl(stepContext(), setOutputs));
