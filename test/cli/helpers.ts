import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(ROOT, 'dist/cli.js');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a real process asynchronously (never spawnSync: it starves in-process servers). */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export const testops = (args: string[], cwd: string, env?: NodeJS.ProcessEnv) =>
  run(process.execPath, [CLI, ...args], { cwd, ...(env ? { env } : {}) });

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await run('git', ['-c', 'user.name=test', '-c', 'user.email=test@testops.invalid', ...args], { cwd });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A real git repository in a temp dir with the given files committed as the base. */
export async function makeRepo(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'testops-cli-'));
  writeFiles(dir, files);
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
