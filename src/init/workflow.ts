/**
 * `.github/workflows/testops.yml` for `testops init --workflow`: the README's quick start with its
 * least-privilege permissions, plus the install steps the found suites need. No `${{ }}` is ever
 * written inside `run:` text (script injection): expressions appear only in `with:`.
 */
import type { FoundSuite, RepoFiles } from './types.js';
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
    const project = files.has('pyproject.toml') || files.has('setup.py');
    const coverage = suites.some((suite) => suite.runner === 'pytest' && suite.fields.reports.coverage);
    steps.push(`      - run: python3 -m pip install ${project ? '-e . ' : ''}pytest${coverage ? ' pytest-cov' : ''}`);
  }
  if (runners.has('go'))
    steps.push(
      '      - uses: actions/setup-go@v5',
      `        with: { go-version-file: ${suites.find((suite) => suite.runner === 'go')?.dir ? `${suites.find((suite) => suite.runner === 'go')?.dir}/go.mod` : 'go.mod'} }`,
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
