/**
 * uPlot's script and stylesheet, inlined into the dashboard page (no network at view time). The
 * build (scripts/build.mjs) defines __TESTOPS_UPLOT__ with both texts, so dist/ carries them; from
 * source (tests, tsx) they are read from node_modules/uplot.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

declare const __TESTOPS_UPLOT__: { js: string; css: string } | undefined;

let cached: { js: string; css: string } | undefined;

export function uplotAssets(): { js: string; css: string } {
  if (typeof __TESTOPS_UPLOT__ !== 'undefined') return __TESTOPS_UPLOT__;
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = {
      js: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
      css: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
    };
  }
  return cached;
}
