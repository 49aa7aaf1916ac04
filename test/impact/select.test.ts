import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { buildImportGraph, selectSuites } from '../../src/impact/index.js';
import type { ChangedFile, EventInfo, SuitePlan } from '../../src/model.js';
import { makeRepo, type TempRepo } from './repo.js';

const CONFIG = `
version: 1
suites:
  api:
    command: npm run test:api
    paths: ["packages/api/**", "!packages/api/**/*.md"]
  web:
    command: npm run test:web
    paths: packages/web/**
    needs: [contracts]
  contracts:
    command: npm run test:contracts
    paths: packages/contracts/**
  security:
    command: npm audit
    always: true
  load:
    command: npm run load
`;

const event: EventInfo = { name: 'pull_request', headSha: 'h', isDefaultBranch: false, isFork: false, prLabels: [] };
const config = (text = CONFIG) => parseConfigText(text, '.github/testops.yml');
const changed = (...paths: string[]): ChangedFile[] => paths.map((path) => ({ path, status: 'modified' }));
const select = (files: ChangedFile[] | null, overrides: Partial<Parameters<typeof selectSuites>[0]> = {}) =>
  Object.fromEntries(
    selectSuites({ config: config(), configPath: '.github/testops.yml', changed: files, event, repoRoot: '/repo', ...overrides }).map(
      (plan) => [plan.name, plan],
    ),
  ) as Record<string, SuitePlan>;
const selectedNames = (plans: Record<string, SuitePlan>) =>
  Object.values(plans)
    .filter((plan) => plan.selected)
    .map((plan) => plan.name)
    .sort();

describe('selectSuites: rules and reasons', () => {
  it('a change in one package runs its suite plus always, and says why for every suite', () => {
    const plans = select(changed('packages/api/src/db.ts'));
    expect(selectedNames(plans)).toEqual(['api', 'security']);
    expect(plans.api.reasons).toEqual(['packages/api/src/db.ts → matched packages/api/**']);
    expect(plans.security.reasons).toEqual(['always']);
    expect(plans.web).toMatchObject({ selected: false, reasons: ['no changed file matches packages/web/**'] });
    expect(plans.load.reasons[0]).toMatch(/no paths declared/);
  });

  it('a negated glob excludes files (an unmatched file then runs everything by default)', () => {
    const plans = select(changed('packages/api/README.md'));
    expect(plans.api.reasons).toEqual(['run-all: packages/api/README.md matches no suite (unmatched: run-all)']);
    expect(selectedNames(plans)).toHaveLength(5);
  });

  it('needs selects dependencies, with the reason', () => {
    const plans = select(changed('packages/web/src/app.ts'));
    expect(selectedNames(plans)).toEqual(['contracts', 'security', 'web']);
    expect(plans.contracts.reasons).toEqual(['needed by web']);
  });

  it('run-all triggers: lockfiles, workflows, root package.json and the config file itself', () => {
    for (const path of [
      'package-lock.json',
      'packages/api/package-lock.json',
      '.github/workflows/ci.yml',
      'package.json',
      '.github/testops.yml',
    ]) {
      const plans = select(changed(path));
      expect(selectedNames(plans)).toHaveLength(5);
      expect(plans.load.reasons).toEqual([`run-all: ${path} changed`]);
    }
    // a nested package.json is an ordinary file of its package
    expect(selectedNames(select(changed('packages/api/package.json')))).toEqual(['api', 'security']);
  });

  it('run-all is configurable', () => {
    const custom = config(`${CONFIG}\nrun-all: ["infra/**"]\nunmatched: ignore\n`);
    const infra = select(changed('infra/main.tf', 'packages/api/x.ts'), { config: custom });
    expect(infra.load.reasons).toEqual(['run-all: infra/main.tf changed']);
    // the defaults are replaced; the config file itself still triggers
    expect(selectedNames(select(changed('package-lock.json', 'packages/api/x.ts'), { config: custom }))).toEqual(['api', 'security']);
    expect(selectedNames(select(changed('.github/testops.yml'), { config: custom }))).toHaveLength(5);
  });

  it('unmatched: ignore skips files that no suite claims', () => {
    const plans = select(changed('docs/guide.md', 'packages/api/src/db.ts'), { config: config(`${CONFIG}\nunmatched: ignore\n`) });
    expect(selectedNames(plans)).toEqual(['api', 'security']);
  });

  it('a rename counts its old path and a deletion counts', () => {
    const renamed: ChangedFile[] = [{ path: 'lib/moved.ts', previousPath: 'packages/web/src/moved.ts', status: 'renamed' }];
    const plans = select(renamed, { config: config(`${CONFIG}\nunmatched: ignore\n`) });
    expect(plans.web.reasons).toEqual(['packages/web/src/moved.ts → matched packages/web/**']);
    const deleted = select([{ path: 'packages/contracts/a.json', status: 'deleted' }]);
    expect(deleted.contracts.selected).toBe(true);
  });

  it('full runs: default-branch push, the label, an input reason, and no diff', () => {
    const push = select(changed('packages/api/x.ts'), { event: { ...event, name: 'push', isDefaultBranch: true, branch: 'main' } });
    expect(push.web.reasons).toEqual(['full run: push to the default branch main']);
    const label = select(changed('packages/api/x.ts'), { event: { ...event, prLabels: ['testops:full'] } });
    expect(label.web.reasons).toEqual(['full run: the pull request has the label testops:full']);
    expect(select(changed('packages/api/x.ts'), { full: 'input full-run: true' }).web.reasons).toEqual(['full run: input full-run: true']);
    expect(select(null).web.reasons).toEqual(['full run: no list of changed files']);
    const off = config(`${CONFIG}\nfull-run: { default-branch: false }\n`);
    const noFull = select(changed('packages/api/x.ts'), { config: off, event: { ...event, name: 'push', isDefaultBranch: true } });
    expect(selectedNames(noFull)).toEqual(['api', 'security']);
  });

  it('caps the reasons of a huge change', () => {
    const plans = select(changed(...Array.from({ length: 40 }, (_, index) => `packages/api/f${index}.ts`)));
    expect(plans.api.reasons).toHaveLength(6);
    expect(plans.api.reasons[5]).toBe('… and 35 more');
  });
});

describe('config errors', () => {
  it('an invalid glob names the field', () => {
    expect(() => config(CONFIG.replace('packages/web/**', 'packages/web/[a'))).toThrow(
      '.github/testops.yml: suites.web.paths[0]: expected "]" to close "["',
    );
    expect(() => config(`${CONFIG}\nrun-all: ["/abs/**"]\n`)).toThrow(/run-all\[0\]: expected a path relative to the repository root/);
    expect(() => config(CONFIG.replace('packages/web/**', 'packages\\\\web\\\\**'))).toThrow(
      /suites\.web\.paths\[0\]: expected forward slashes/,
    );
  });

  it('an unknown suite in needs names the field', () => {
    expect(() => config(CONFIG.replace('needs: [contracts]', 'needs: [contract]'))).toThrow(
      /suites\.web\.needs\[0\]: expected the name of a suite/,
    );
  });
});

describe('selectSuites: import-graph impact', () => {
  const repos: TempRepo[] = [];
  afterEach(() => {
    for (const repo of repos.splice(0)) repo.cleanup();
  });
  const IMPORT_CONFIG = `
version: 1
unmatched: ignore
suites:
  unit:
    command: npx vitest run
    impact: imports
    tests: "packages/**/*.test.ts"
    files-arg: npx vitest run {files}
`;
  async function graphRepo() {
    const repo = makeRepo({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["packages/lib/src/*"] } } }',
      'packages/lib/src/math.ts': 'export const add = (a: number, b: number) => a + b;\n',
      'packages/api/src/db.ts': "import { add } from '@lib/math';\nexport const db = add(1, 2);\n",
      'packages/api/test/db.test.ts': "import { db } from '../src/db.js';\n",
      'packages/web/test/app.test.ts': "const app = require('../src/app');\n",
      'packages/web/src/app.ts': 'module.exports = 1;\n',
      'packages/plugins/src/load.ts': 'export const load = (name: string) => import(`./plugins/${name}.js`);\n',
      'packages/plugins/test/load.test.ts': "import { load } from '../src/load';\n",
    });
    repos.push(repo);
    return { repo, graph: await buildImportGraph(repo.dir) };
  }

  it('selects the test files that transitively import a change, and only those', async () => {
    const { repo, graph } = await graphRepo();
    const [plan] = selectSuites({
      config: config(IMPORT_CONFIG),
      configPath: '.github/testops.yml',
      changed: changed('packages/lib/src/math.ts'),
      event,
      repoRoot: repo.dir,
      importGraph: graph,
    });
    expect(plan.selected).toBe(true);
    // app.test.ts does not reach math.ts; load.test.ts reaches a non-literal dynamic import, so it runs too
    expect(plan.files).toEqual(['packages/api/test/db.test.ts', 'packages/plugins/test/load.test.ts']);
    expect(plan.reasons[0]).toBe('2 of 3 test files run (imports)');
    expect(plan.reasons[1]).toBe('packages/lib/src/math.ts → imported by packages/api/test/db.test.ts');
  });

  it('a non-literal dynamic import selects its tests for any code change', async () => {
    const { repo, graph } = await graphRepo();
    const [plan] = selectSuites({
      config: config(IMPORT_CONFIG),
      configPath: '.github/testops.yml',
      changed: changed('packages/web/src/app.ts'),
      event,
      repoRoot: repo.dir,
      importGraph: graph,
    });
    expect(plan.files).toEqual(['packages/plugins/test/load.test.ts', 'packages/web/test/app.test.ts']);
    expect(plan.reasons.join('\n')).toMatch(/import\(`.\/plugins\/\$\{name\}\.js`\) in packages\/plugins\/src\/load\.ts is not a literal/);
  });

  it('skips the suite when no test reaches the change, with the reason', async () => {
    const { repo, graph } = await graphRepo();
    const [plan] = selectSuites({
      config: config(IMPORT_CONFIG),
      configPath: '.github/testops.yml',
      changed: changed('README.md'),
      event,
      repoRoot: repo.dir,
      importGraph: graph,
    });
    expect(plan).toEqual({ name: 'unit', selected: false, reasons: ['no changed file is imported by packages/**/*.test.ts'] });
  });
});
