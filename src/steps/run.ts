/** Action step: plan.json → run the selected suites → runs.json. Stops cleanly on SIGINT/SIGTERM. */
import { runImpl } from '../pipeline/run.js';
import { runStep, setOutputs, stepContext } from './common.js';

await runStep('run', () => runImpl(stepContext(), setOutputs));
