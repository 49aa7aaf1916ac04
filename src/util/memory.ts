/**
 * A full garbage collection between the stages of a big run. V8 lets the old generation grow well
 * past what is live before it collects: a run holding a gigabyte of tests reached each stage
 * (report, record) with hundreds of megabytes of the last stage's garbage still resident, and its
 * peak RSS was that garbage plus the stage's own. Collecting at the boundary costs about a second
 * at that size; below the threshold nothing is done.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap in use below which a collection is not worth its pause. */
const WORTH_IT = 256 * 1024 * 1024;

let collect: (() => void) | undefined;

export function releaseMemory(): void {
  if (process.memoryUsage().heapUsed < WORTH_IT) return;
  if (!collect) {
    // the gc function of a fresh context, once the flag is set: no node flag needed at startup
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
