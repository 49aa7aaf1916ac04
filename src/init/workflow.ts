/**
 * `.github/workflows/testops.yml` for `testops init --workflow`: the README's quick start with its
 * least-privilege permissions, plus the install steps the found suites need. No `${{ }}` is ever
 * written inside `run:` text (script injection): expressions appear only in `with:`.
 */
import type { FoundSuite, RepoFiles } from './types.js';
import { under } from './types.js';
import { pushAll } from '../util/arrays.js';

export const WORKFLOW_PATH = '.github/workflows/testops.yml';

/** The Node version file a repository pins, for actions/setup-node. */
const NODE_VERSION_FILES = ['.nvmrc', '.node-version', '.tool-versions'];

/** The steps that install a JS repository: its pinned Node, then its package manager from the lock file. */
function jsInstall(files: RepoFiles): string[] {
  const pinned = NODE_VERSION_FILES.find((file) => files.has(file));
  const node = pinned ? ['      - uses: actions/setup-node@v4', `        with: { node-version-file: ${pinned} }`] : [];
  if (files.has('pnpm-lock.yaml')) return [...node, '      - run: corepack enable', '      - run: pnpm install --frozen-lockfile'];
  if (files.has('yarn.lock')) return [...node, '      - run: corepack enable', '      - run: yarn install'];
  if (files.has('package-lock.json')) return [...node, '      - run: npm ci'];
  return [...node, '      - run: npm install'];
}

export function workflowText(files: RepoFiles, suites: readonly FoundSuite[], branch: string): string {
  const runners = new Set(suites.map((suite) => suite.runner));
  const steps: string[] = [];
  if (['vitest', 'jest', 'mocha', 'node:test'].some((runner) => runners.has(runner))) pushAll(steps, jsInstall(files));
  if (runners.has('pytest')) {
    // a Python of its own: Ubuntu's system pip refuses to install packages (PEP 668)
    const pinned = files.has('.python-version');
    steps.push(
      '      - uses: actions/setup-python@v5',
      `        with: { ${pinned ? 'python-version-file: .python-version' : "python-version: '3.x'"} }`,
    );
    for (const suite of suites.filter((one) => one.runner === 'pytest')) {
      const project = files.has(under(suite.dir, 'pyproject.toml')) || files.has(under(suite.dir, 'setup.py'));
      const packages = [
        project ? `-e ${suite.dir ? `./${suite.dir}` : '.'}` : '',
        'pytest',
        suite.fields.reports.coverage ? 'pytest-cov' : '',
      ]
        .filter(Boolean)
        .join(' ');
      steps.push(`      - run: python3 -m pip install ${packages}`);
    }
  }
  const goModule = suites.find((suite) => suite.runner === 'go');
  if (goModule)
    steps.push(
      '      - uses: actions/setup-go@v5',
      `        with: { go-version-file: ${under(goModule.dir, 'go.mod')} }`,
      '      - run: go install gotest.tools/gotestsum@latest',
    );
  const branchText = /^[\w./-]+$/.test(branch) ? branch : 'main';
  return [
    '# Written by `testops init --workflow`: testops on every pull request and on pushes to the default branch.',
    '# Replace OWNER/testops@v1 with where you use testops from. Permissions: see the README ("Permissions").',
    'name: testops',
    'on:',
    '  pull_request: {}',
    `  push: { branches: [${branchText}] }`,
    'permissions:',
    '  contents: read        # check out the code',
    '  pull-requests: write  # the sticky PR comment',
    '  issues: write         # flaky-test issues',
    '  checks: write         # the check run with every annotation',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with: { fetch-depth: 0 }   # testops diffs against the merge-base',
    ...steps,
    '      - uses: OWNER/testops@v1     # reads .github/testops.yml',
    '        id: testops',
    '      - uses: actions/upload-artifact@v4   # report.html, report.json, logs, raw reports',
    '        if: always()',
    "        with: { name: testops-record, path: '${{ steps.testops.outputs.bundle }}' }",
    '',
  ].join('\n');
}
