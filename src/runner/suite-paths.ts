/**
 * Paths between the repository root and a suite's working-directory. The plan and every gate speak
 * repository paths; a suite with `working-directory: packages/a` runs there, so the files it is
 * handed must be relative to that directory, and the relative paths its tools write (an lcov
 * `SF:src/m.js`) are relative to it too.
 */
import { posix } from 'node:path';
import type { SuiteConfig } from '../config/schema.js';
import type { CoverageReport } from '../model.js';

/** The suite's directory from the repository root, forward slashes, '' for the root. */
export function suiteDirectory(suite: Pick<SuiteConfig, 'working-directory'>): string {
  const directory = suite['working-directory'];
  if (!directory) return '';
  const normal = posix.normalize(directory.replaceAll('\\', '/')).replace(/\/+$/, '');
  return normal === '.' ? '' : normal;
}

/** Repository paths as the suite's command sees them from its working-directory. */
export function filesFromSuiteDirectory(suite: Pick<SuiteConfig, 'working-directory'>, files: readonly string[]): string[] {
  const directory = suiteDirectory(suite);
  if (!directory) return [...files];
  return files.map((file) => posix.relative(directory, file) || '.');
}

/**
 * A path a suite's tools wrote, from its working-directory, as a repository path; one that already
 * lies in the directory (an absolute path the reader made relative to the root) is kept.
 */
export function fromSuiteDirectory(suite: Pick<SuiteConfig, 'working-directory'>, path: string): string {
  const directory = suiteDirectory(suite);
  if (!directory || path === directory || path.startsWith(`${directory}/`) || posix.isAbsolute(path)) return path;
  return posix.normalize(posix.join(directory, path));
}

/**
 * A coverage report written from the suite's working-directory, with its relative paths made
 * repository paths: `src/m.js` becomes `packages/a/src/m.js` when that file exists. A path that
 * exists only from the root, or that was absolute (already made relative to the root when read),
 * is kept. Two packages' `src/index.js` are then two files, not one merged entry.
 */
export function coverageFromSuiteDirectory(
  report: CoverageReport,
  suite: Pick<SuiteConfig, 'working-directory'>,
  exists: (repoPath: string) => boolean,
): CoverageReport {
  if (!suiteDirectory(suite)) return report;
  let moved = 0;
  const files = report.files.map((file) => {
    const inDirectory = fromSuiteDirectory(suite, file.path);
    if (inDirectory === file.path || !exists(inDirectory)) return file;
    moved++;
    return { ...file, path: inDirectory };
  });
  return moved === 0 ? report : { ...report, files };
}
