/**
 * The action the scenarios run: action.yml next to the bundled dist/ steps.
 *
 * - When TESTOPS_E2E_ACTION_PATH is set, that directory is used as is.
 * - When dist/ is committed and neither dist/ nor src/ differs from the commit (CI: `npm test`
 *   builds and checks dist/ is fresh before vitest), the repository root is used: the real action.
 * - Otherwise (a local run, where dist/ may be missing, untracked or stale next to newer src/) the
 *   steps are bundled from the current src/ into a temp directory with the esbuild options
 *   scripts/build.mjs uses (scripts/bundle.mjs), so a local run tests the current code and never writes into the shared tree.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { bundleOptions } from '../../scripts/bundle.mjs';
// @ts-expect-error: a plain .mjs script without types
import { copyNativeBindings } from '../../scripts/native-bindings.mjs';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let built: Promise<string> | undefined;

async function bundleInto(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(REPO_ROOT, 'action.yml'), join(dir, 'action.yml'));
  await build(bundleOptions(join(dir, 'dist'), REPO_ROOT, 'error'));
  copyNativeBindings(join(dir, 'dist'));
  return dir;
}

/** dist/ is tracked by git and nothing under dist/ or src/ differs from the commit */
async function committedDistIsCurrent(): Promise<boolean> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'plan.js'))) return false;
  const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: REPO_ROOT }).then((r) => r.stdout.trim());
  try {
    const tracked = await git('ls-files', '--', 'dist/keys.js', 'dist/plan.js', 'dist/run.js', 'dist/report.js');
    if (tracked.split('\n').filter(Boolean).length < 4) return false;
    return (await git('status', '--porcelain', '--', 'dist', 'src', 'action.yml')) === '';
  } catch {
    return false;
  }
}

export function actionPath(): Promise<string> {
  built ??= (async () => {
    const given = process.env.TESTOPS_E2E_ACTION_PATH;
    if (given) return given;
    if (await committedDistIsCurrent()) return REPO_ROOT;
    return bundleInto(join(tmpdir(), `testops-e2e-action-${process.pid}`));
  })();
  return built;
}
