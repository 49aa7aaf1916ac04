// One multi-entry esbuild bundle: dist/{plan,run,report,health,cli}.js (+ shared chunks), then the
// generated files that are checked fresh in CI (testops.schema.json, README tables).
import { build } from 'esbuild';
import { copyNativeBindings } from './native-bindings.mjs';
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: {
    plan: 'src/steps/plan.ts',
    run: 'src/steps/run.ts',
    report: 'src/steps/report.ts',
    health: 'src/steps/health.ts',
    cli: 'src/cli.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // oxc-parser and oxc-resolver load native binaries: those stay files next to the chunk that loads them
  external: ['*.node', '@oxc-parser/binding-*', '@oxc-resolver/binding-*', '@napi-rs/wasm-runtime', '@emnapi/*'],
  // uPlot, inlined into the dashboard page (src/dashboard/assets.ts)
  define: {
    __TESTOPS_UPLOT__: JSON.stringify({
      js: readFileSync('node_modules/uplot/dist/uPlot.iife.min.js', 'utf8'),
      css: readFileSync('node_modules/uplot/dist/uPlot.min.css', 'utf8'),
    }),
  },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __testopsCreateRequire } from 'node:module';\nconst require = __testopsCreateRequire(import.meta.url);",
  },
});
copyNativeBindings('dist');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { stdio: 'inherit' });
