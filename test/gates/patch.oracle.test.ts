/**
 * Patch coverage against the diff-cover oracle: real git repos in temp dirs (a base and a head
 * commit), a Cobertura report for the head (read by our ingest parser), and diff-cover run on the
 * same diff and report.
 * Our covered/total counts and missing lines must equal diff-cover's, file by file.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { patchCoverage } from '../../src/gates/patch.js';
import { parseReportFile } from '../../src/ingest/index.js';
import type { CoverageReport, FileCoverage } from '../../src/model.js';
import { createGit } from '../../src/util/git.js';

const run = promisify(execFile);
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

type Files = Record<string, string | null>;

/** Coverable lines of our toy sources: not blank, not a comment; a line saying "uncovered" has 0 hits. */
function lineHits(content: string): [number, number][] {
  const hits: [number, number][] = [];
  content.split('\n').forEach((text, index) => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    hits.push([index + 1, trimmed.includes('uncovered') ? 0 : 3]);
  });
  return hits;
}

function cobertura(root: string, files: FileCoverage[]): string {
  const classes = files
    .map((file) => {
      const lines = file.lines.map(([line, hits]) => `<line number="${line}" hits="${hits}"/>`).join('');
      return `<class name="${file.path}" filename="${file.path}" complexity="0" line-rate="0" branch-rate="0"><methods/><lines>${lines}</lines></class>`;
    })
    .join('\n');
  return `<?xml version="1.0" ?>
<coverage version="7.4" timestamp="1700000000000" lines-valid="0" lines-covered="0" line-rate="0" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">
<sources><source>${root}</source></sources>
<packages><package name="." line-rate="0" branch-rate="0" complexity="0"><classes>
${classes}
</classes></package></packages>
</coverage>
`;
}

async function git(root: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd: root })).stdout;
}

async function writeTree(root: string, files: Files): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    if (content === null) await git(root, 'rm', '-q', path);
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  await git(root, 'add', '-A', '.');
}

/** Builds base and head commits, a Cobertura report of the head, and runs both implementations. */
async function compare(base: Files, head: Files, options: { renames?: Array<[string, string]> } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'testops-patch-'));
  roots.push(root);
  await git(root, 'init', '-q', '-b', 'base');
  await git(root, 'config', 'user.email', 'test@example.com');
  await git(root, 'config', 'user.name', 'test');
  await writeTree(root, base);
  await git(root, 'commit', '-q', '-m', 'base');
  await git(root, 'checkout', '-q', '-b', 'head');
  for (const [from, to] of options.renames ?? []) await git(root, 'mv', from, to);
  await writeTree(root, head);
  await git(root, 'commit', '-q', '-m', 'head');

  const tracked = (await git(root, 'ls-files')).split('\n').filter((path) => path.endsWith('.py'));
  const files: FileCoverage[] = tracked.map((path) => ({ path, lines: lineHits(readFileSync(join(root, path), 'utf8')), branches: [] }));
  const reportDir = mkdtempSync(join(tmpdir(), 'testops-patch-report-'));
  roots.push(reportDir);
  writeFileSync(join(reportDir, 'coverage.xml'), cobertura(root, files));
  // the same file both tools read, through our real Cobertura parser
  const report = (await parseReportFile(join(reportDir, 'coverage.xml'), { kind: 'coverage', repoRoot: root })) as CoverageReport;
  expect(report.files.map((file) => [file.path, file.lines])).toEqual(files.map((file) => [file.path, file.lines]));

  const mergeBase = (await git(root, 'merge-base', 'base', 'HEAD')).trim();
  const ours = await patchCoverage({ git: createGit(root), mergeBase, head: 'HEAD', coverage: report });
  await run('diff-cover', [join(reportDir, 'coverage.xml'), '--compare-branch=base', '--json-report', join(reportDir, 'out.json')], {
    cwd: root,
  });
  const oracle = JSON.parse(readFileSync(join(reportDir, 'out.json'), 'utf8')) as {
    src_stats: Record<string, { violation_lines: number[]; percent_covered: number | null }>;
    total_num_lines: number;
    total_num_violations: number;
    total_percent_covered: number;
  };
  return { ours, oracle };
}

function expectSame({ ours, oracle }: Awaited<ReturnType<typeof compare>>) {
  expect(ours.total).toBe(oracle.total_num_lines);
  expect(ours.total - ours.covered).toBe(oracle.total_num_violations);
  // diff-cover lists only files with measured changed lines; per file it gives the percentage and the missing lines
  const oracleFiles = Object.entries(oracle.src_stats)
    .filter(([, stats]) => stats.percent_covered !== null)
    .map(([path, stats]) => ({
      path,
      pct: Number(stats.percent_covered?.toFixed(6)),
      missing: [...stats.violation_lines].sort((a, b) => a - b),
    }));
  expect(
    ours.files.map((file) => ({ path: file.path, pct: Number(((file.covered / file.total) * 100).toFixed(6)), missing: file.missing })),
  ).toEqual(oracleFiles);
  if (ours.pct === null) expect(oracle.total_num_lines).toBe(0);
  else expect(Math.floor(ours.pct)).toBe(oracle.total_percent_covered);
}

const APP = ['def add(a, b):', '    return a + b', '', '# helpers', 'def sub(a, b):', '    return a - b', ''].join('\n');

describe('patch coverage equals diff-cover', () => {
  it('partial coverage of modified lines', async () => {
    const head = [
      'def add(a, b):',
      '    total = a + b',
      '    print("uncovered")',
      '    return total',
      '',
      '# helpers',
      'def sub(a, b):',
      '    return a - b  # uncovered now',
      '',
    ].join('\n');
    const result = await compare({ 'src/app.py': APP }, { 'src/app.py': head });
    expectSame(result);
    expect(result.ours).toMatchObject({ covered: 2, total: 4 });
    expect(result.ours.files[0].missing).toEqual([3, 8]);
  });

  it('a new file counts every coverable line', async () => {
    const added = ['import os', '', 'def main():', '    if os.environ.get("X"):', '        return "uncovered"', '    return 1', ''].join(
      '\n',
    );
    const result = await compare({ 'src/app.py': APP }, { 'src/new.py': added });
    expectSame(result);
    expect(result.ours).toMatchObject({ covered: 4, total: 5 });
    expect(result.ours.pct).toBeCloseTo(80, 10);
  });

  it('deleted lines only: coverage not affected', async () => {
    const head = ['def add(a, b):', '    return a + b', ''].join('\n');
    const result = await compare({ 'src/app.py': APP }, { 'src/app.py': head });
    expectSame(result);
    expect(result.ours.pct).toBeNull();
  });

  it('no coverable line changed (comments, blank lines, files outside the report)', async () => {
    const head = APP.replace('# helpers', '# helpers for arithmetic\n\n# more words');
    const result = await compare({ 'src/app.py': APP, 'README.md': 'hello\n' }, { 'src/app.py': head, 'README.md': 'hello\nworld\n' });
    expectSame(result);
    expect(result.ours).toMatchObject({ covered: 0, total: 0, pct: null });
  });

  it('a deleted file and a renamed, edited file in several hunks', async () => {
    const long = Array.from({ length: 30 }, (_, index) => `x${index} = ${index}`).join('\n');
    const edited = long.replace('x3 = 3', 'x3 = "uncovered"').replace('x20 = 20', 'x20 = 21\ny = 2');
    const result = await compare(
      { 'src/app.py': APP, 'src/old.py': long, 'src/gone.py': 'value = 1\n' },
      { 'src/moved.py': edited, 'src/gone.py': null },
      { renames: [['src/old.py', 'src/moved.py']] },
    );
    expectSame(result);
    expect(result.ours).toMatchObject({ covered: 2, total: 3 });
  });
});
