/**
 * Go modules (go.mod): `gotestsum --junitfile`, because testops reads JUnit — `go test -json` is
 * not one of its formats. A module below the root runs in its directory.
 */
import { posix } from 'node:path';
import { suitePaths } from './paths.js';
import type { FoundSuite, RepoFiles } from './types.js';
import { under } from './types.js';

/** What the Go suites need; the command says whether this machine has it. */
export const GOTESTSUM_NOTE =
  'needs gotestsum on PATH (go install gotest.tools/gotestsum@latest): testops reads its JUnit, not go test -json';

export function detectGo(files: RepoFiles, name: (base: string) => string): (FoundSuite | string)[] {
  const modules = files.paths.filter((file) => posix.basename(file) === 'go.mod').map((file) => posix.dirname(file).replace(/^\.$/, ''));
  return modules.map((dir) => {
    const inModule = (file: string) =>
      (dir === '' || file.startsWith(`${dir}/`)) &&
      !modules.some((other) => other !== dir && other.startsWith(dir) && file.startsWith(`${other}/`));
    const tests = files.paths.filter((file) => file.endsWith('_test.go') && inModule(file));
    if (tests.length === 0) return `${under(dir, 'go.mod')}: a Go module without _test.go files`;
    const suite = name(dir ? `go-${posix.basename(dir)}` : 'go');
    const junit = `reports/${suite}/junit.xml`;
    const command = `gotestsum --format testname --junitfile ${junit} -- ./...`;
    const nested = modules.filter((other) => other !== dir && (dir === '' || other.startsWith(`${dir}/`)));
    return {
      name: suite,
      runner: 'go',
      dir,
      fields: {
        command,
        ...(dir ? { 'working-directory': dir } : {}),
        paths: suitePaths(files.paths, {
          dir,
          extensions: ['go'],
          also: [under(dir, 'go.mod'), ...(files.has(under(dir, 'go.sum')) ? [under(dir, 'go.sum')] : [])],
          exclude: nested,
        }),
        // the go preset appends -run and the packages; after ./... they would run everything again
        rerun: `gotestsum --format testname --junitfile ${junit} -- {go-run} {go-packages}`,
        reports: { junit: under(dir, junit) },
      },
      detected: [`${under(dir, 'go.mod')}, ${tests.length} _test.go file${tests.length === 1 ? '' : 's'}`],
      notes: [GOTESTSUM_NOTE, 'coverage: left out; go test writes none unless asked (-coverprofile=FILE, then reports.coverage: FILE)'],
    };
  });
}
