/** A real local run (the built CLI on a temp repo) whose report.json, runs.json and plan.json the history tests read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, Report, RunsFile } from '../../src/model.js';
import { CORPUS } from '../corpus.js';
import { git, makeRepo, testops, writeFiles } from '../cli/helpers.js';

const junit = (name: string) => `node --test --test-reporter=junit --test-reporter-destination=reports/${name}.xml ${name}/`;

// unit: three node:test tests, one failing only when FAIL_FLAG is set, and an lcov file;
// load: a real k6 summary export; docs: never selected on a branch that only touches unit/.
export const RUN_REPO = {
  '.github/testops.yml': [
    'version: 1',
    'retries: 0',
    'suites:',
    '  unit:',
    "    paths: ['unit/**']",
    `    command: mkdir -p reports && cp unit/lcov.info reports/lcov.info && ${junit('unit')}`,
    '    reports: { junit: reports/unit.xml, coverage: reports/lcov.info }',
    '  load:',
    "    paths: ['unit/**']",
    '    command: mkdir -p reports && cp perf/k6.json reports/k6.json',
    '    reports: { perf: { format: k6-summary-export, path: reports/k6.json } }',
    '  docs:',
    "    paths: ['docs/**']",
    '    command: node -e "process.exit(0)"',
    'gates:',
    '  coverage: { min: 0 }',
    '',
  ].join('\n'),
  'unit/a.test.mjs': [
    "import test from 'node:test';",
    "import assert from 'node:assert';",
    "test('adds', () => assert.equal(1 + 1, 2));",
    "test('multiplies', () => assert.equal(2 * 3, 6));",
    "test('flag', () => assert.equal(process.env.FAIL_FLAG ?? '', ''));",
    '',
  ].join('\n'),
  'unit/lcov.info':
    'TN:\nSF:unit/a.mjs\nDA:1,1\nDA:2,0\nDA:3,4\nLF:3\nLH:2\nend_of_record\nSF:unit/b.mjs\nDA:1,1\nLF:1\nLH:1\nend_of_record\n',
  'docs/readme.md': '# docs\n',
  '.gitignore': 'reports/\n.testops/\n',
};

export interface RunOutput {
  repo: string;
  out: string;
  report: Report;
  runs: RunsFile;
  plan: Plan;
}

/** A repo on a feature branch that touched unit/, ready for `testops run --base main`. */
export async function makeRunRepo(): Promise<string> {
  const repo = await makeRepo(RUN_REPO);
  writeFiles(repo, { 'perf/k6.json': readFileSync(join(CORPUS, 'perf/k6/andreposman-qr-code-generator.summary-export.json'), 'utf8') });
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'perf fixture');
  await git(repo, 'checkout', '-q', '-b', 'feature');
  writeFiles(repo, { 'unit/a.test.mjs': `${RUN_REPO['unit/a.test.mjs']}// touched\n` });
  await git(repo, 'commit', '-q', '-am', 'touch unit');
  return repo;
}

/** Runs testops in `repo` into `.testops/<name>` and reads what it wrote. */
export async function runInto(repo: string, name: string, env: NodeJS.ProcessEnv = {}): Promise<RunOutput> {
  const out = join(repo, '.testops', name);
  const result = await testops(['run', '--base', 'main', '--out', out], repo, env);
  if (result.code !== 0 && result.code !== 1) throw new Error(`testops run exited ${result.code}: ${result.stderr}`);
  const read = <T>(file: string) => JSON.parse(readFileSync(join(out, file), 'utf8')) as T;
  return { repo, out, report: read<Report>('report.json'), runs: read<RunsFile>('runs.json'), plan: read<Plan>('plan.json') };
}
