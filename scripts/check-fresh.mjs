// Fails when the build changed committed generated files (dist/, testops.schema.json, README tables):
// they must be rebuilt and committed together with src/.
import { execFileSync } from 'node:child_process';

const stale = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'testops.schema.json', 'README.md'], { encoding: 'utf8' }).trim();
if (stale) {
  console.error(`Generated files are stale — run \`npm run build\` and commit the result:\n${stale}`);
  process.exit(1);
}
console.log('generated files are fresh');
