// `npm run demo`: copies fixtures/demo into a throw-away git repository (a base commit, then a
// head commit that touches one package), records a baseline on the base commit, and runs
// `testops run` on the head — the PR a reviewer would see. Exits with testops's exit code.
//   npm run demo                 # all green
//   DEMO_FAIL=1 npm run demo     # one failing test → exit 1
//   npm run demo -- --html       # also writes the comment rendered as a page
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` (it is committed, so a fresh clone has it)');
  process.exit(2);
}
const extra = process.argv.slice(2);

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: options.quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit', ...options });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

async function git(cwd, ...args) {
  const { code, stderr } = await run('git', args, { cwd, quiet: true });
  if (code !== 0) throw new Error(`git ${args.join(' ')} failed: ${stderr}`);
}

const repo = mkdtempSync(join(tmpdir(), 'testops-demo-'));
cpSync(join(root, 'fixtures/demo'), repo, { recursive: true });
// the schema reference points into this checkout, so editors still find it
const configPath = join(repo, '.github/testops.yml');
writeFileSync(configPath, readFileSync(configPath, 'utf8').replace('../../../testops.schema.json', join(root, 'testops.schema.json')));
await git(repo, 'init', '-q', '-b', 'main');
await git(repo, '-c', 'user.name=demo', '-c', 'user.email=demo@testops.invalid', 'add', '-A');
await git(repo, '-c', 'user.name=demo', '-c', 'user.email=demo@testops.invalid', 'commit', '-q', '-m', 'base: the demo monorepo');

console.error(`demo repository: ${repo}`);
console.error('1/2 recording a baseline on the base commit (every suite)…');
const baseline = await run(
  process.execPath,
  [cli, 'run', '--full', '--base', 'HEAD', '--update-baseline', '--quiet', '--out', join(repo, '.testops/base-out')],
  {
    cwd: repo,
    quiet: true,
    env: { ...process.env, DEMO_FAIL: '' },
  },
);
if (baseline.code === 2) {
  console.error(baseline.stderr);
  process.exit(2);
}

// The "pull request": a change to the web package only.
const format = join(repo, 'packages/web/src/format.mjs');
writeFileSync(
  format,
  `${readFileSync(format, 'utf8')}
export function formatPercent(ratio) {
  if (!Number.isFinite(ratio)) return '—';
  return \`\${(ratio * 100).toFixed(1)}%\`;
}
`,
);
const formatTest = join(repo, 'packages/web/test/format.test.mjs');
writeFileSync(
  formatTest,
  `${readFileSync(formatTest, 'utf8')}
test('formats a percentage', async () => {
  const { formatPercent } = await import('../src/format.mjs');
  assert.equal(formatPercent(0.125), '12.5%');
});
`,
);
await git(repo, '-c', 'user.name=demo', '-c', 'user.email=demo@testops.invalid', 'commit', '-q', '-am', 'web: format percentages');

console.error('2/2 testops run on the head commit (the PR)…\n');
const head = await run(
  process.execPath,
  [cli, 'run', '--base', 'main~1', '--format', 'md', '--out', join(repo, '.testops/out'), ...extra],
  { cwd: repo },
);
console.error(`\ndemo repository: ${repo} (report: ${join(repo, '.testops/out/report.json')})`);
process.exit(head.code);
