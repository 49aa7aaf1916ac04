/**
 * Where a failure happened when the report has no file/line attributes (node:test, mocha and
 * others put the location only in the stack): the first stack frame inside the repository,
 * outside node_modules. Used for annotations at file:line.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRAME =
  /(?:^|[\s(])((?:file:\/\/)?(?:\/|[A-Za-z]:\\)[^\s():]+|[^\s():]+\.[cm]?[jt]sx?|[^\s():]+\.(?:py|rb|go|java|kt|scala|cs|php)):(\d+)(?::\d+)?\)?/gm;

/** `relative`: the frame named a relative path (relative to where the runner ran), not an absolute one. */
export function locateInStack(stack: string | undefined, repoRoot: string): { file: string; line: number; relative: boolean } | undefined {
  if (!stack) return undefined;
  for (const match of stack.matchAll(FRAME)) {
    let path = match[1];
    const line = Number(match[2]);
    if (!Number.isInteger(line) || line < 1) continue;
    if (path.startsWith('file://')) {
      try {
        path = fileURLToPath(path);
      } catch {
        continue;
      }
    }
    if (path.startsWith('node:') || path.includes(`${sep}node_modules${sep}`) || path.includes('/node_modules/')) continue;
    const inRepo = isAbsolute(path) ? relative(repoRoot, path) : path;
    if (!inRepo || inRepo.startsWith('..') || isAbsolute(inRepo)) continue;
    return { file: inRepo.split(sep).join('/'), line, relative: !isAbsolute(path) };
  }
  return undefined;
}
