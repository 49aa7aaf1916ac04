/**
 * The order test files start in. Most of the suite's wall time is waiting, not computing (the
 * throttled GitHub client paces writes a second apart, @actions/cache backs off between retries,
 * the scenarios wait for their steps), so the longest files should start first and the short ones
 * fill the gaps, whatever their project. Once vitest's cache knows every file's duration (any
 * earlier run), that decides: failed first, then longest first. On a fresh clone it knows none,
 * and the files that talk to the stand-ins (test/e2e/, the GitHub and cache stand-ins, the action
 * harness) go first, then the others, each largest first.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const WAITING_PATH = /[/\\]test[/\\]e2e[/\\]/;
const WAITING_IMPORT = /from '[./]+(github-server|cache-server)\/(server|vitest)\.js'|from '[./]+harness\/runner\.js'/;

function waits(file: TestSpecification): boolean {
  if (WAITING_PATH.test(file.moduleId)) return true;
  try {
    return WAITING_IMPORT.test(readFileSync(file.moduleId, 'utf8'));
  } catch {
    return false;
  }
}

function size(file: TestSpecification): number {
  try {
    return statSync(file.moduleId).size;
  } catch {
    return 0;
  }
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const known = new Map(
      files.map((file) => [file, this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(root, file.moduleId)}`)]),
    );
    if ([...known.values()].every(Boolean)) {
      return [...files].sort((a, b) => {
        const [resultA, resultB] = [known.get(a), known.get(b)];
        if (resultA?.failed !== resultB?.failed) return resultA?.failed ? -1 : 1;
        return (resultB?.duration ?? 0) - (resultA?.duration ?? 0);
      });
    }
    const rank = new Map(files.map((file) => [file, { waits: waits(file), size: size(file) }]));
    return [...files].sort((a, b) => {
      const [rankA, rankB] = [rank.get(a), rank.get(b)];
      if (rankA?.waits !== rankB?.waits) return rankA?.waits ? -1 : 1;
      return (rankB?.size ?? 0) - (rankA?.size ?? 0);
    });
  }
}
