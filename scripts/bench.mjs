// `npm run bench`: every area's benchmark in turn (each is also `npm run bench:<area>`).
// Extra arguments are passed on, e.g. `npm run bench -- --quick`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts).filter((name) => name.startsWith('bench:'));
const only = process.env.BENCH_ONLY?.split(',');
let failed = 0;
for (const name of scripts) {
  if (only && !only.some((area) => name === `bench:${area}`)) continue;
  console.log(`\n━━ npm run ${name}`);
  const result = spawnSync('npm', ['run', '-s', name, '--', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${name} exited with ${result.status}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
