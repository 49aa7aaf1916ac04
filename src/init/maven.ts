/** Maven (pom.xml): `mvn test` and Surefire's XML reports, in every module. */
import { suitePaths } from './paths.js';
import type { FoundSuite, RepoFiles } from './types.js';

export function detectMaven(files: RepoFiles, name: (base: string) => string): FoundSuite | string | undefined {
  const pom = files.read('pom.xml');
  if (pom === undefined || !files.has('pom.xml')) return undefined;
  const tests = files.paths.filter((file) => /(^|\/)src\/test\//.test(file) && /\.(java|kt|groovy|scala)$/.test(file));
  if (tests.length === 0) return 'pom.xml: a Maven project without files under src/test/';
  const modules = [...pom.matchAll(/<module>\s*([^<]+?)\s*<\/module>/g)].map((match) => match[1]);
  const suite = name('maven');
  const wrapper = files.has('mvnw');
  const notes: string[] = [];
  if (/jacoco-maven-plugin/.test(pom))
    notes.push('coverage: left out; jacoco-maven-plugin is configured, but its report goal is not known to run in the test phase');
  return {
    name: suite,
    runner: 'maven',
    dir: '',
    fields: {
      command: `${wrapper ? './mvnw' : 'mvn'} -B test`,
      paths: suitePaths(files.paths, {
        dir: '',
        extensions: ['java', 'kt', 'groovy', 'scala', 'xml', 'properties'],
        also: ['pom.xml'],
      }),
      rerun: 'maven',
      reports: { junit: modules.length > 0 ? '**/target/surefire-reports/TEST-*.xml' : 'target/surefire-reports/TEST-*.xml' },
    },
    detected: [
      `pom.xml${modules.length > 0 ? ` (modules ${modules.join(', ')})` : ''}${wrapper ? ', mvnw' : ''}`,
      `${tests.length} file${tests.length === 1 ? '' : 's'} under src/test/`,
    ],
    notes,
  };
}
