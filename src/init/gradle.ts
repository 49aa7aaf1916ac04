/** Gradle (build.gradle, build.gradle.kts): `gradle test` and the JUnit XML its test tasks write, in every project. */
import { posix } from 'node:path';
import { suitePaths } from './paths.js';
import type { FoundSuite, RepoFiles } from './types.js';

const BUILD_FILES = new Set(['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts']);

export function detectGradle(files: RepoFiles, name: (base: string) => string): FoundSuite | string | undefined {
  const build = ['build.gradle.kts', 'build.gradle', 'settings.gradle.kts', 'settings.gradle'].filter((file) => files.has(file));
  if (build.length === 0) return undefined;
  const tests = files.paths.filter((file) => /(^|\/)src\/test\//.test(file) && /\.(java|kt|groovy|scala)$/.test(file));
  if (tests.length === 0) return `${build[0]}: a Gradle build without files under src/test/`;
  const projects = new Set(files.paths.filter((file) => BUILD_FILES.has(posix.basename(file))).map((file) => posix.dirname(file)));
  const multi = [...projects].some((dir) => dir !== '.');
  const wrapper = files.has('gradlew');
  const notes: string[] = [];
  const text = build.map((file) => files.read(file) ?? '').join('\n');
  if (/\bjacoco\b/.test(text))
    notes.push('coverage: left out; the jacoco plugin is applied, but jacocoTestReport is a task of its own that `test` does not run');
  return {
    name: name('gradle'),
    runner: 'gradle',
    dir: '',
    fields: {
      // --continue: every project's tests run and report even when one project's fail
      command: `${wrapper ? './gradlew' : 'gradle'} test --continue`,
      paths: suitePaths(files.paths, {
        dir: '',
        extensions: ['java', 'kt', 'kts', 'groovy', 'scala', 'gradle', 'properties', 'xml'],
        also: build,
      }),
      rerun: 'gradle',
      reports: { junit: multi ? '**/build/test-results/test/TEST-*.xml' : 'build/test-results/test/TEST-*.xml' },
    },
    detected: [`${build.join(', ')}${wrapper ? ', gradlew' : ''}`, `${tests.length} file${tests.length === 1 ? '' : 's'} under src/test/`],
    notes,
  };
}
