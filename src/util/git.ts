/**
 * Running git. An interface so callers can be given a repo dir; the implementation spawns
 * the real git asynchronously (never a synchronous spawn: it would starve in-process servers).
 */
import { execFile } from 'node:child_process';

export interface Git {
  /** Run git with args in the repo; resolves stdout, rejects with GitError on non-zero exit. */
  run(args: string[], options?: { allowFailure?: boolean }): Promise<string>;
  readonly cwd: string;
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly args: string[],
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export function createGit(cwd: string): Git {
  return {
    cwd,
    run(args, options) {
      return new Promise((resolve, reject) => {
        execFile(
          'git',
          args,
          { cwd, maxBuffer: 1024 * 1024 * 512, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
          (error, stdout, stderr) => {
            if (error && !options?.allowFailure) {
              const code = typeof error.code === 'number' ? error.code : null;
              reject(new GitError(`git ${args.join(' ')} failed: ${(stderr || error.message).trim().split('\n')[0]}`, args, stderr, code));
            } else resolve(stdout);
          },
        );
      });
    },
  };
}
