// One multi-entry esbuild bundle: dist/{keys,plan,run,report,health,cli}.js (+ shared chunks, options in
// scripts/bundle.mjs), then the generated files that are checked fresh in CI (testops.schema.json,
// README tables).
import { build } from 'esbuild';
import { bundleOptions } from './bundle.mjs';
import { copyNativeBindings } from './native-bindings.mjs';
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
await build(bundleOptions('dist'));
copyNativeBindings('dist');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { stdio: 'inherit' });
