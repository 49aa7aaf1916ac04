// One multi-entry esbuild bundle: dist/{plan,run,report,comment,cli}.js (+ shared chunks), then the
// generated files that are checked fresh in CI (testops.schema.json, README tables).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: {
    plan: 'src/steps/plan.ts',
    run: 'src/steps/run.ts',
    report: 'src/steps/report.ts',
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
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __testopsCreateRequire } from 'node:module';\nconst require = __testopsCreateRequire(import.meta.url);",
  },
});
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { stdio: 'inherit' });
