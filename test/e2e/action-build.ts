/**
 * The action the scenarios run: action.yml next to the bundled dist/ steps.
 *
 * - When TESTOPS_E2E_ACTION_PATH is set, that directory is used as is.
 * - When the repository's dist/ exists (CI: `npm test` builds before vitest), the repository root is
 *   used: the real committed action.
 * - Otherwise the steps are bundled from the current src/ into a temp directory with the same
 *   esbuild options as scripts/build.mjs, so a local run never writes dist/ into the shared tree.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let built: Promise<string> | undefined;

async function bundleInto(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(REPO_ROOT, 'action.yml'), join(dir, 'action.yml'));
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: { plan: 'src/steps/plan.ts', run: 'src/steps/run.ts', report: 'src/steps/report.ts', cli: 'src/cli.ts' },
    outdir: join(dir, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __testopsCreateRequire } from 'node:module';\nconst require = __testopsCreateRequire(import.meta.url);",
    },
  });
  return dir;
}

export function actionPath(): Promise<string> {
  built ??= (async () => {
    const given = process.env.TESTOPS_E2E_ACTION_PATH;
    if (given) return given;
    if (existsSync(join(REPO_ROOT, 'dist', 'plan.js')) && existsSync(join(REPO_ROOT, 'dist', 'report.js'))) return REPO_ROOT;
    return bundleInto(join(tmpdir(), `testops-e2e-action-${process.pid}`));
  })();
  return built;
}
