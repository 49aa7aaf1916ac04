import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fillTemplate, shellQuote } from '../../src/runner/quote.js';

/** What the real shell passes to a program for a command line. */
function argvOf(commandLine: string): string[] {
  const out = execFileSync('/bin/sh', ['-c', `node -e 'process.stdout.write(JSON.stringify(process.argv.slice(1)))' -- ${commandLine}`], {
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('shell quoting of untrusted test names', () => {
  const nasty = [
    'adds two numbers',
    "it's quoted",
    'say "hi"',
    'runs $(touch /tmp/testops-pwned)',
    'back `ticks` and $HOME',
    'semi; rm -rf /',
    'glob * and ? [a]',
    'new\nline',
    '',
    '-n',
    'tab\there',
    'ünïcödé ✓',
  ];

  it('gives the shell exactly each name as one argument', () => {
    expect(argvOf(nasty.map(shellQuote).join(' '))).toEqual(nasty);
  });

  it('fills {tests} and {files} as separate quoted words', () => {
    const command = fillTemplate('{tests} -- {files}', { tests: ["a 'b'", 'c$(d)'], files: ['x y.test.ts'] });
    expect(argvOf(command)).toEqual(["a 'b'", 'c$(d)', '--', 'x y.test.ts']);
  });

  it('leaves plain words unquoted and other braces alone', () => {
    expect(shellQuote('src/a.test.ts')).toBe('src/a.test.ts');
    expect(fillTemplate('run {other} {files}', { files: [] })).toBe('run {other} ');
  });
});
