/**
 * pytest: found from its config (pytest.ini, pyproject.toml [tool.pytest.ini_options], tox.ini
 * [pytest], setup.cfg [tool:pytest]), a conftest.py or test_*.py files — at the root and in each
 * Python project below it (a directory with its own pyproject.toml, setup.py, setup.cfg, pytest.ini
 * or tox.ini), which runs in its directory. The command writes JUnit in the xunit1 family, whose
 * `file` attribute the pytest rerun preset and selection by file need (xunit2, pytest's default,
 * has none).
 */
import { posix } from 'node:path';
import { Minimatch } from 'minimatch';
import { suitePaths } from './paths.js';
import { listValue, readSections, section } from './toml.js';
import type { FoundSuite, RepoFiles } from './types.js';
import { under } from './types.js';

/** pytest's config files in the order pytest looks for them, with the section that holds its settings. */
const CONFIGS: [file: string, section: string][] = [
  ['pytest.ini', 'pytest'],
  ['.pytest.ini', 'pytest'],
  ['pyproject.toml', 'tool.pytest.ini_options'],
  ['tox.ini', 'pytest'],
  ['setup.cfg', 'tool:pytest'],
];

/** Files that make a directory a Python project of its own. */
const PROJECT_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'pytest.ini', 'tox.ini']);

const DEFAULT_PYTHON_FILES = ['test_*.py', '*_test.py'];

/** Files that declare dependencies (relative to the project), where pytest-cov would be named. */
const DEPENDENCY_FILES =
  /^(pyproject\.toml|setup\.cfg|setup\.py|tox\.ini|(requirements|dev-requirements|test-requirements)[^/]*\.(txt|in)|requirements\/[^/]+\.(txt|in))$/;

const sample = (list: string[], count: number) => `${list.slice(0, count).join(', ')}${list.length > count ? ', …' : ''}`;

/** One pytest suite per Python project that has tests: the root first, then the projects below it. */
export function detectPytest(files: RepoFiles, name: (base: string) => string): (FoundSuite | string)[] {
  const pyFiles = files.paths.filter((file) => file.endsWith('.py'));
  if (pyFiles.length === 0) return [];
  const dirs = new Set<string>(['']);
  for (const file of files.paths)
    if (PROJECT_FILES.has(posix.basename(file)) && !file.split('/').includes('node_modules'))
      dirs.add(posix.dirname(file) === '.' ? '' : posix.dirname(file));
  const projects = [...dirs].sort();
  // each Python file belongs to the deepest project above it
  const owned = new Map<string, string[]>(projects.map((dir) => [dir, []]));
  for (const file of pyFiles) {
    for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
      const list = owned.get(dir === '.' ? '' : dir);
      if (list) {
        list.push(file);
        break;
      }
      if (dir === '.' || dir === '/') break;
    }
  }
  const results: (FoundSuite | string)[] = [];
  for (const dir of projects) {
    const nested = projects.filter((other) => other !== dir && (dir === '' || other.startsWith(`${dir}/`)));
    const result = detectProject(files, dir, owned.get(dir) ?? [], nested, name);
    if (result) results.push(result);
  }
  return results;
}

function detectProject(
  files: RepoFiles,
  dir: string,
  pyFiles: string[],
  nested: string[],
  name: (base: string) => string,
): FoundSuite | string | undefined {
  const detected: string[] = [];
  const notes: string[] = [];
  let settings: Map<string, string> | undefined;
  let configFile: string | undefined;
  for (const [file, header] of CONFIGS) {
    const path = under(dir, file);
    const text = files.has(path) ? files.read(path) : undefined;
    if (text === undefined) continue;
    const found = section(readSections(text), header);
    if (found) {
      settings = found;
      configFile = path;
      detected.push(`[${header}] in ${path}`);
      break;
    }
  }
  const prefix = dir ? `${dir}/` : '';
  const local = (file: string) => file.slice(prefix.length);
  const conftests = pyFiles.filter((file) => posix.basename(file) === 'conftest.py');
  if (conftests.length > 0) detected.push(`conftest.py (${sample(conftests, 3)})`);
  const patterns = listValue(settings?.get('python_files')) ?? DEFAULT_PYTHON_FILES;
  const testpaths = listValue(settings?.get('testpaths'))?.map((path) => path.replace(/^\.\//, '').replace(/\/+$/, ''));
  const tests = (testpaths ?? ['**']).flatMap((path) =>
    patterns.map((pattern) => (path === '**' || path === '.' ? `**/${pattern}` : `${path}/**/${pattern}`)),
  );
  const matchers = tests.map((glob) => new Minimatch(glob));
  const testFiles = pyFiles.filter((file) => matchers.some((glob) => glob.match(local(file))));
  if (!settings && conftests.length === 0 && testFiles.length === 0) return undefined;
  if (testFiles.length > 0 && !settings && conftests.length === 0) detected.push(`test files ${sample(testFiles, 2)}`);
  if (testFiles.length === 0)
    return `${dir || '.'}: pytest (${detected.join(', ')}) but no test file matches ${tests.map((glob) => under(dir, glob)).join(', ')}`;
  if (!testpaths) notes.push(`tests: pytest's default python_files ${patterns.join(', ')} anywhere`);

  const suite = name(dir ? posix.basename(dir) : 'pytest');
  const junit = `reports/${suite}/junit.xml`;
  let command = `python3 -m pytest -o junit_family=xunit1 --junitxml=${junit}`;
  const env: Record<string, string> = {};
  // a src/ layout imports the working tree only when installed: PYTHONPATH makes the checkout's code the one tested
  const srcPackages = [...new Set(pyFiles.map(local).filter((file) => /^src\/[^/]+\/__init__\.py$/.test(file)))].map(
    (file) => file.split('/')[1],
  );
  if (srcPackages.length > 0 && !settings?.has('pythonpath')) {
    env.PYTHONPATH = 'src';
    detected.push(`src layout (${under(dir, `src/${srcPackages[0]}/__init__.py`)})`);
    notes.push('env PYTHONPATH=src tests the checkout without installing it; drop it if CI runs pip install -e .');
  }
  const dependencyFiles = files.paths.filter((file) => file.startsWith(prefix) && DEPENDENCY_FILES.test(local(file)));
  if (!settings && !dependencyFiles.some((file) => /(^|["'\s,[])pytest(?![\w-])/m.test(files.read(file) ?? '')))
    notes.push('pytest is not a declared dependency: install it (pytest also runs unittest tests)');
  // coverage with pytest-cov, only when the project declares it
  const declaring = dependencyFiles.find((file) => /(^|["'\s,[])pytest-cov\b/m.test(files.read(file) ?? ''));
  let coverage: string | undefined;
  if (declaring) {
    const rootPackages = [...new Set(pyFiles.map(local).filter((file) => /^[^/]+\/__init__\.py$/.test(file))).values()]
      .map((file) => file.split('/')[0])
      .filter((name) => !/^tests?$/.test(name));
    const packages = srcPackages.length > 0 ? srcPackages : rootPackages;
    const configured =
      files.has(under(dir, '.coveragerc')) ||
      /\[tool\.coverage\.run\][^[]*\bsource\s*=/.test(files.read(under(dir, 'pyproject.toml')) ?? '');
    const target = configured || packages.length !== 1 ? '--cov' : `--cov=${packages[0]}`;
    coverage = `reports/${suite}/coverage.xml`;
    command += ` ${target} --cov-report=xml:${coverage}`;
    detected.push(`pytest-cov declared in ${declaring}`);
  } else notes.push('coverage: left out; pytest-cov is not a declared dependency');
  // a project environment manager: python3 -m pytest needs the dependencies where python3 finds them
  const managers: [lock: string, how: string][] = [
    ['uv.lock', 'uv sync, then uv run testops …'],
    ['poetry.lock', 'poetry install, then poetry run testops …'],
    ['Pipfile.lock', 'pipenv install --dev, then pipenv run testops …'],
  ];
  const manager = managers.find(([lock]) => files.has(under(dir, lock)));
  if (manager)
    notes.push(`${under(dir, manager[0])}: python3 -m pytest needs the project's dependencies where python3 finds them (${manager[1]})`);
  return {
    name: suite,
    runner: 'pytest',
    dir,
    fields: {
      command,
      ...(dir ? { 'working-directory': dir } : {}),
      ...(Object.keys(env).length > 0 ? { env } : {}),
      paths: suitePaths(pyFiles, { dir, extensions: ['py'], also: configFile ? [configFile] : [], exclude: nested, imports: true }),
      impact: 'imports',
      tests: tests.map((glob) => under(dir, glob)),
      'files-arg': `${command} {files}`,
      rerun: 'pytest',
      reports: { junit: under(dir, junit), ...(coverage ? { coverage: under(dir, coverage) } : {}) },
    },
    detected,
    notes,
  };
}
