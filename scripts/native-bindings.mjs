// The bundle keeps oxc-parser's and oxc-resolver's `require('./<name>.linux-x64-gnu.node')`: copy
// those binaries (from the installed binding packages) next to each output file that loads them.
// linux-x64 glibc is the platform of GitHub's Ubuntu runners; elsewhere the import graph reports
// that it cannot load and selection runs those suites whole.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const BINDINGS = [
  { file: 'parser.linux-x64-gnu.node', from: '@oxc-parser/binding-linux-x64-gnu/parser.linux-x64-gnu.node' },
  { file: 'resolver.linux-x64-gnu.node', from: '@oxc-resolver/binding-linux-x64-gnu/resolver.linux-x64-gnu.node' },
];

export function copyNativeBindings(outdir) {
  const outputs = readdirSync(outdir, { recursive: true }).filter((name) => String(name).endsWith('.js'));
  for (const binding of BINDINGS) {
    const users = outputs.filter((name) => readFileSync(join(outdir, String(name)), 'utf8').includes(`./${binding.file}`));
    if (users.length === 0) throw new Error(`no output loads ${binding.file}: the oxc packages changed how they load their binaries`);
    let source;
    try {
      source = require.resolve(binding.from);
    } catch {
      throw new Error(`${binding.from} is not installed: the build needs the linux-x64 glibc binaries (npm ci on linux-x64)`);
    }
    for (const name of users) copyFileSync(source, join(outdir, dirname(String(name)), binding.file));
  }
}
