import { describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers.js';

// `npm run demo` is the README's "run the main job" command: it must work on a fresh clone.
describe('npm run demo', () => {
  it('prints the gates table and the selected and skipped suites with reasons, exit 0', async () => {
    const result = await run(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, env: { DEMO_FAIL: '' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\|\s*Gate\s*\|/i);
    expect(result.stdout).toContain('web');
    expect(result.stdout).toContain('packages/web/');
    expect(result.stdout).toMatch(/always/);
    // only web (touched) and smoke (always) run; core, api and integration are skipped with a reason
    expect(result.stdout).toMatch(/no changed file matches/);
  }, 120_000);

  it('exits 1 only when the failing-test flag is set', async () => {
    const result = await run(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, env: { DEMO_FAIL: '1' } });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('formats a price in dollars');
  }, 120_000);
});
