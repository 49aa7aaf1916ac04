/**
 * pytest: found from its config (pytest.ini, pyproject.toml [tool.pytest.ini_options], tox.ini
 * [pytest], setup.cfg [tool:pytest]), a conftest.py or test_*.py files. The command writes JUnit
 * in the xunit1 family, whose `file` attribute the pytest rerun preset and the file-level
 * selection need (xunit2, pytest's default, has none).
 */
import { posix } from 'node:path';
import { minimatch } from 'minimatch';
import { suitePaths } from './paths.js';
import { listValue, readSections, section } from './toml.js';
import type { FoundSuite, RepoFiles } from './types.js';

/** pytest's config files in the order pytest looks for them, with the section that holds its settings. */
const CONFIGS: [file: string, section: string][] = [
  ['pytest.ini', 'pytest'],
  ['.pytest.ini', 'pytest'],
  ['pyproject.toml', 'tool.pytest.ini_options'],
  ['tox.ini', 'pytest'],
  ['setup.cfg', 'tool:pytest'],
];

const DEFAULT_PYTHON_FILES = ['test_*.py', '*_test.py'];

/** Files that declare dependencies, where pytest-cov would be named. */
const DEPENDENCY_FILES =
  /^(pyproject\.toml|setup\.cfg|setup\.py|tox\.ini|(requirements|dev-requirements|test-requirements)[^/]*\.(txt|in)|requirements\/[^/]+\.(txt|in))$/;

export function detectPytest(files: RepoFiles, name: (base: string) => string): FoundSuite | string | undefined {
  const detected: string[] = [];
  const notes: string[] = [];
  let settings: Map<string, string> | undefined;
  let configFile: string | undefined;
  for (const [file, header] of CONFIGS) {
    const text = files.has(file) ? files.read(file) : undefined;
    if (text === undefined) continue;
    const found = section(readSections(text), header);
    if (found) {
      settings = found;
      configFile = file;
      detected.push(`[${header}] in ${file}`);
      break;
    }
  }
  const pyFiles = files.paths.filter((file) => file.endsWith('.py'));
  const conftests = pyFiles.filter((file) => posix.basename(file) === 'conftest.py');
  if (conftests.length > 0) detected.push(`conftest.py (${conftests.slice(0, 3).join(', ')}${conftests.length > 3 ? ', …' : ''})`);
  const patterns = listValue(settings?.get('python_files')) ?? DEFAULT_PYTHON_FILES;
  const testpaths = listValue(settings?.get('testpaths'))?.map((path) => path.replace(/^\.\//, '').replace(/\/+$/, ''));
  const tests = (testpaths ?? ['**']).flatMap((dir) =>
    patterns.map((pattern) => (dir === '**' || dir === '.' ? `**/${pattern}` : `${dir}/**/${pattern}`)),
  );
  const testFiles = pyFiles.filter((file) => tests.some((glob) => minimatch(file, glob, { dot: false })));
  if (!settings && conftests.length === 0 && testFiles.length === 0) return undefined;
  if (testFiles.length > 0 && !settings && conftests.length === 0)
    detected.push(`test files ${testFiles.slice(0, 2).join(', ')}${testFiles.length > 2 ? ', …' : ''}`);
  if (testFiles.length === 0) return `pytest (${detected.join(', ')}) but no test file matches ${tests.join(', ')}`;
  if (!testpaths) notes.push(`tests: pytest's default python_files ${patterns.join(', ')} anywhere`);

  const suite = name('pytest');
  const junit = `reports/${suite}/junit.xml`;
  let command = `python3 -m pytest -o junit_family=xunit1 --junitxml=${junit}`;
  const env: Record<string, string> = {};
  // a src/ layout imports the working tree only when installed: PYTHONPATH makes the checkout's code the one tested
  const srcPackages = [...new Set(pyFiles.filter((file) => /^src\/[^/]+\/__init__\.py$/.test(file)).map((file) => file.split('/')[1]))];
  if (srcPackages.length > 0 && !settings?.has('pythonpath')) {
    env.PYTHONPATH = 'src';
    detected.push(`src layout (src/${srcPackages[0]}/__init__.py)`);
    notes.push('env PYTHONPATH=src tests the checkout without installing it; drop it if CI runs pip install -e .');
  }
  // coverage with pytest-cov, only when the project declares it
  const declaring = files.paths
    .filter((file) => DEPENDENCY_FILES.test(file))
    .find((file) => /(^|["'\s,[])pytest-cov\b/m.test(files.read(file) ?? ''));
  let coverage: string | undefined;
  if (declaring) {
    const rootPackages = [
      ...new Set(pyFiles.filter((file) => /^[^/]+\/__init__\.py$/.test(file)).map((file) => file.split('/')[0])),
    ].filter((dir) => !/^tests?$/.test(dir));
    const packages = srcPackages.length > 0 ? srcPackages : rootPackages;
    const configured = files.has('.coveragerc') || /\[tool\.coverage\.run\][^[]*\bsource\s*=/.test(files.read('pyproject.toml') ?? '');
    const target = configured || packages.length !== 1 ? '--cov' : `--cov=${packages[0]}`;
    coverage = `reports/${suite}/coverage.xml`;
    command += ` ${target} --cov-report=xml:${coverage}`;
    detected.push(`pytest-cov declared in ${declaring}`);
  } else notes.push('coverage: left out; pytest-cov is not a declared dependency');
  const extensions = ['py'];
  return {
    name: suite,
    runner: 'pytest',
    dir: '',
    fields: {
      command,
      ...(Object.keys(env).length > 0 ? { env } : {}),
      paths: suitePaths(files.paths, { dir: '', extensions, also: configFile ? [configFile] : [], imports: true }),
      impact: 'imports',
      tests,
      'files-arg': `${command} {files}`,
      rerun: 'pytest',
      reports: { junit, ...(coverage ? { coverage } : {}) },
    },
    detected,
    notes,
  };
}
