/**
 * What can go wrong, and the exit code each entry point (the action's steps, the CLI and its
 * commands) turns it into:
 *
 *   0  every gate passed
 *   1  a gate failed (the verdict, not an error)
 *   2  a user error: the config, the command line, an action input, the event or the git
 *      checkout is not what testops needs; one line says what, where, and the fix
 *   3  an internal error: a testops bug; one line says so, the stack only under debug
 *
 * A user error is thrown as one of the classes below; anything else reaching an entry point is
 * a bug in testops (exit 3), never a gate failure (exit 1).
 */

export const EXIT = { passed: 0, gateFailed: 1, userError: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type UserErrorKind = 'config' | 'usage' | 'input' | 'event' | 'git';

/** A problem the user can fix. Its message is the one line shown: what, where, and the fix. */
export class UserError extends Error {
  readonly exitCode = EXIT.userError;
  constructor(
    readonly kind: UserErrorKind,
    message: string,
  ) {
    // one line; or one line per problem, when a file has several (a report-file's fields)
    super(message);
    this.name = 'UserError';
  }
}

/** The config file: its YAML, a field, a glob, a reference between suites. */
export class ConfigError extends UserError {
  constructor(message: string) {
    super('config', message);
    this.name = 'ConfigError';
  }
}

/** The command line: an unknown option, a missing or malformed argument. */
export class UsageError extends UserError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/** An action input or a file handed in (report-file, runs, plan.json, a report to parse). */
export class InputError extends UserError {
  constructor(message: string) {
    super('input', message);
    this.name = 'InputError';
  }
}

/** The GitHub event: GITHUB_EVENT_PATH, GITHUB_REPOSITORY, an event testops cannot use. */
export class EventError extends UserError {
  constructor(message: string) {
    super('event', message);
    this.name = 'EventError';
  }
}

/** The git checkout: not a repository, a revision that is not there, history too shallow. */
export class GitStateError extends UserError {
  constructor(message: string) {
    super('git', message);
    this.name = 'GitStateError';
  }
}

/** node:util parseArgs' own errors (unknown option, missing value) are usage errors too. */
function isParseArgsError(error: unknown): error is Error {
  return error instanceof TypeError && String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
}

/** A user error: one of the classes above, node's parseArgs errors, or an error that declares exit code 2. */
export function isUserError(error: unknown): error is Error {
  return (
    error instanceof UserError || isParseArgsError(error) || (error instanceof Error && (error as { exitCode?: unknown }).exitCode === 2)
  );
}

/** The exit code of an error that reached an entry point: 2 for a user error, 3 for a testops bug. */
export function exitCodeFor(error: unknown): ExitCode {
  return isUserError(error) ? EXIT.userError : EXIT.internal;
}

/** The exit code of a finished run: 1 when a gate failed (and failing on gates is wanted), else 0. */
export function exitCodeForVerdict(conclusion: 'success' | 'failure' | string, failOnGates = true): ExitCode {
  return conclusion === 'failure' && failOnGates ? EXIT.gateFailed : EXIT.passed;
}

export interface ErrorReport {
  code: ExitCode;
  /** the one line to print */
  line: string;
  /** an annotation title */
  title: string;
  /** the stack, to print only under debug */
  stack?: string;
}

/**
 * The one line (and exit code) for an error at an entry point named `where` ("testops plan",
 * "testops run"). A user error is its own message; anything else says it is a testops bug.
 */
export function describeError(error: unknown, where: string): ErrorReport {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() || 'no message';
  const stack = error instanceof Error && error.stack ? error.stack : undefined;
  if (error instanceof UserError) {
    return { code: EXIT.userError, line: error.message.trim(), title: `${where}: ${error.kind} error`, ...(stack ? { stack } : {}) };
  }
  if (isUserError(error) && !isParseArgsError(error))
    return { code: EXIT.userError, line: message, title: `${where}: usage error`, ...(stack ? { stack } : {}) };
  if (isParseArgsError(error))
    return {
      code: EXIT.userError,
      line: `${where}: ${message} (see testops --help)`,
      title: `${where}: usage error`,
      ...(stack ? { stack } : {}),
    };
  const name = error instanceof Error && error.name && error.name !== 'Error' ? `${error.name}: ` : '';
  return {
    code: EXIT.internal,
    line: `${where}: internal error, a bug in testops (please report it with this line): ${name}${message}; re-run with debug logging (RUNNER_DEBUG=1, or --debug on the command line) for the stack`,
    title: `${where}: internal error`,
    ...(stack ? { stack } : {}),
  };
}

/** Whether the stack of an internal error is shown: the runner's debug logging, TESTOPS_DEBUG or --debug. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): boolean {
  return env.RUNNER_DEBUG === '1' || Boolean(env.TESTOPS_DEBUG) || argv.includes('--debug');
}

/**
 * Say an error that reached an entry point (its one line, the stack only under debug) and give
 * its exit code. Every entry point ends here: the action's steps, the CLI and each of its commands.
 */
export function reportError(error: unknown, where: string, write: (line: string) => void, debug = debugEnabled()): ExitCode {
  const described = describeError(error, where);
  write(described.line);
  if (debug && described.stack) write(described.stack);
  return described.code;
}
