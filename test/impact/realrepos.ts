/**
 * The real repositories of shared/realrepos ($TESTOPS_REALREPOS) for oracle tests: one clone per
 * repository cached under the OS temp dir, its dependencies installed once with its own package
 * manager, so a second run reuses both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const beside = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/realrepos');
const found = [process.env.TESTOPS_REALREPOS, beside, '/work/shared/realrepos'].find(
  (path): path is string => Boolean(path) && existsSync(join(path as string, 'README.md')),
);
if (!found) throw new Error(`shared/realrepos was not found (looked beside the checkout and in /work/shared); set TESTOPS_REALREPOS`);
export const REALREPOS: string = found;

export const REALREPO_CACHE = join(tmpdir(), 'testops-realrepos-cache');

/** How each repository's dependencies are installed (its own tool), where it has any to install. */
export const REALREPO_INSTALL: Record<string, string> = {
  defu: 'npx -y pnpm@10 install --frozen-lockfile --config.manage-package-manager-versions=false --reporter=silent',
};

/** The cached clone of a bundle, checked out at `head`, with its dependencies installed once. */
export function cachedClone(name: string, head: string, install = REALREPO_INSTALL[name]): string {
  const clone = join(REALREPO_CACHE, name);
  if (!existsSync(join(clone, '.git'))) {
    mkdirSync(REALREPO_CACHE, { recursive: true });
    execFileSync('git', ['clone', '-q', join(REALREPOS, `${name}.bundle`), clone]);
  }
  execFileSync('git', ['checkout', '-q', '--detach', head], { cwd: clone });
  if (install && !existsSync(join(clone, 'node_modules'))) execFileSync('bash', ['-c', install], { cwd: clone, stdio: 'pipe' });
  return clone;
}
