// The esbuild options of the action's bundle, shared by scripts/build.mjs (dist/) and the e2e
// scenarios' local bundle (test/e2e/action-build.ts), so both build the same steps the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** dist/<name>.js for every action step and the CLI; action.yml runs keys, plan, run, report and health */
export const ENTRY_POINTS = {
  keys: 'src/steps/keys.ts',
  plan: 'src/steps/plan.ts',
  run: 'src/steps/run.ts',
  report: 'src/steps/report.ts',
  health: 'src/steps/health.ts',
  cli: 'src/cli.ts',
};

/** esbuild options writing the bundle into `outdir`, resolving entry points from `root` */
export function bundleOptions(outdir, root = process.cwd(), logLevel = 'warning') {
  return {
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel,
    // oxc-parser and oxc-resolver load native binaries: those stay files next to the chunk that loads them
    external: ['*.node', '@oxc-parser/binding-*', '@oxc-resolver/binding-*', '@napi-rs/wasm-runtime', '@emnapi/*'],
    // uPlot, inlined into the dashboard page (src/dashboard/assets.ts)
    define: {
      __TESTOPS_UPLOT__: JSON.stringify({
        js: readFileSync(join(root, 'node_modules/uplot/dist/uPlot.iife.min.js'), 'utf8'),
        css: readFileSync(join(root, 'node_modules/uplot/dist/uPlot.min.css'), 'utf8'),
      }),
    },
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __testopsCreateRequire } from 'node:module';\nconst require = __testopsCreateRequire(import.meta.url);",
    },
  };
}
