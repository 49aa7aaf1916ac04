import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../corpus.js';
import { git, makeRepo, ROOT, testops, writeFiles } from './helpers.js';

// Two suites on node:test with the junit reporter; one test fails only when FAIL_FLAG is set.
const nodeSuite = (name: string) =>
  `    command: node --test --test-reporter=junit --test-reporter-destination=reports/${name}.xml ${name}/\n    reports: { junit: reports/${name}.xml }\n`;
const REPO = {
  '.github/testops.yml': `version: 1\nsuites:\n  alpha:\n    paths: ['alpha/**']\n${nodeSuite('alpha')}  beta:\n    paths: ['beta/**']\n${nodeSuite('beta')}gates:\n  coverage: { min: 0 }\n`,
  'alpha/a.test.mjs':
    "import test from 'node:test';\nimport assert from 'node:assert';\ntest('alpha adds', () => assert.equal(1 + 1, 2));\n",
  'beta/b.test.mjs':
    "import test from 'node:test';\nimport assert from 'node:assert';\ntest('beta passes', () => assert.ok(true));\ntest('beta flag', () => assert.equal(process.env.FAIL_FLAG ?? '', ''));\n",
  '.gitignore': 'reports/\n.testops/\n',
};

describe('testops CLI', () => {
  let repo: string;
  beforeAll(async () => {
    expect(existsSync(join(ROOT, 'dist/cli.js')), 'dist/cli.js is built (npm run build)').toBe(true);
    repo = await makeRepo(REPO);
    await git(repo, 'checkout', '-q', '-b', 'feature');
    writeFiles(repo, { 'beta/b.test.mjs': `${REPO['beta/b.test.mjs']}// touched\n` });
    await git(repo, 'commit', '-q', '-am', 'touch beta');
  });

  it('parse prints the totals of a JUnit file', async () => {
    const file = join(CORPUS, 'junit/junit-to-ctrf/test-surefire.xml');
    const result = await testops(['parse', file], ROOT);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    const entry = Array.isArray(parsed) ? parsed[0] : parsed;
    expect(entry.format).toBe('junit');
    expect(Object.keys(entry.totals)).toEqual(expect.arrayContaining(['tests', 'passed', 'failed', 'errored', 'skipped', 'duration']));
    expect(entry.totals.tests).toBeGreaterThan(0);
  });

  it('plan selects by paths and says why, for every suite', async () => {
    const result = await testops(['plan', '--base', 'main'], repo);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout);
    const byName = Object.fromEntries(plan.suites.map((suite: { name: string }) => [suite.name, suite]));
    expect(byName.beta.selected).toBe(true);
    expect(byName.beta.reasons.join(' ')).toContain('beta/b.test.mjs');
    expect(byName.alpha.selected).toBe(false);
    expect(byName.alpha.reasons.join(' ')).toContain('alpha/**');
  });

  it('run writes the comment, summary and report and exits 0 when every gate passes', async () => {
    const out = join(repo, '.testops/ok');
    const result = await testops(['run', '--base', 'main', '--out', out], repo);
    expect(result.code, result.stderr).toBe(0);
    for (const file of ['comment.md', 'summary.md', 'report.json']) expect(existsSync(join(out, file)), file).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.conclusion).toBe('success');
    expect(report.gates.length).toBeGreaterThan(0);
    for (const gate of report.gates)
      expect(Object.keys(gate)).toEqual(expect.arrayContaining(['gate', 'status', 'value', 'baseline', 'threshold', 'reason']));
    const beta = report.suites.find((suite: { name: string }) => suite.name === 'beta');
    expect(beta).toMatchObject({ selected: true, status: 'passed' });
    expect(beta.tests.tests).toBe(2);
    expect(report.suites.find((suite: { name: string }) => suite.name === 'alpha')).toMatchObject({ selected: false });
    // drawn for a terminal: verdict first, plain text, no markdown or HTML
    expect(result.stdout.split('\n')[0]).toMatch(/^(✓|!) testops: passed/);
    expect(result.stdout).toContain('Gates');
    expect(result.stdout).toMatch(/✓ +beta +passed/);
    for (const markup of ['<details', '&lt;', '&amp;', '\\_', '<!--', '|---']) expect(result.stdout).not.toContain(markup);
    expect(result.stdout).not.toContain('\u001b['); // not a TTY: no colours
    // the missing baseline is said once, in full, on the baseline line
    expect(result.stdout.split('record one by running').length - 1).toBe(1);
  });

  it('--format md prints the comment, --format json the report, --quiet the verdict; another format is a usage error', async () => {
    const out = join(repo, '.testops/formats');
    const md = await testops(['run', '--base', 'main', '--out', out, '--format', 'md'], repo);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout.trim()).toBe(readFileSync(join(out, 'comment.md'), 'utf8').trim());
    const json = await testops(['run', '--base', 'main', '--out', out, '--format', 'json'], repo);
    expect(JSON.parse(json.stdout)).toMatchObject({ conclusion: 'success', version: 1 });
    const quiet = await testops(['run', '--base', 'main', '--out', out, '--quiet'], repo);
    expect(quiet.stdout.trim().split('\n')).toHaveLength(1);
    expect(quiet.stdout).toMatch(/^(✓|!) testops: passed/);
    const bad = await testops(['run', '--base', 'main', '--out', out, '--format', 'xml'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format: expected terminal, md or json, got "xml"');
    // the local directory ignores itself
    expect(readFileSync(join(repo, '.testops/.gitignore'), 'utf8')).toContain('*');
  });

  it('run exits 1 when a test fails, and names it', async () => {
    const out = join(repo, '.testops/fail');
    const result = await testops(['run', '--base', 'main', '--out', out], repo, { FAIL_FLAG: '1' });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.conclusion).toBe('failure');
    expect(report.failures.map((failure: { name: string }) => failure.name)).toContain('beta flag');
    expect(readFileSync(join(out, 'comment.md'), 'utf8')).toContain('beta flag');
  });

  it('a malformed config is one line on stderr and exit code 2', async () => {
    const bad = await makeRepo({ '.github/testops.yml': 'version: 1\nsuites:\n  unit:\n    command: x\n    budget: fast\n' });
    const result = await testops(['run', '--base', 'HEAD'], bad);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('.github/testops.yml: suites.unit.budget: expected a duration like "90s" or "2m", got "fast"');
    expect(result.stdout).toBe('');
  });

  it('validate lists every problem', async () => {
    const bad = await makeRepo({ 'testops.yml': 'version: 1\nsuites:\n  unit:\n    command: x\n    budget: fast\n    mode: LIVE\n' });
    const result = await testops(['validate'], bad);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('an unknown base ref is a clear usage error', async () => {
    const result = await testops(['plan', '--base', 'no-such-branch'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-branch/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown command exits 2', async () => {
    const result = await testops(['frobnicate'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});
