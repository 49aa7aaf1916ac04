/**
 * Config files of any size and shape: a directory, merge keys, bytes that are not UTF-8, control
 * characters, an alias bomb and duplicate keys each give one line naming the file (and the line or
 * field); 10,000 suites parse and validate in time that grows with the file, not faster.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ConfigError, configProblems, invalidUtf8At, loadConfig, parseConfigText } from '../../src/config/load.js';

const root = mkdtempSync(join(tmpdir(), 'testops-config-edge-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function loadError(name: string, content: string | Buffer): string {
  writeFileSync(join(root, name), content);
  try {
    loadConfig(root, name);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}

describe('config files of any shape', () => {
  it('a directory is named as one, with the file it probably meant', () => {
    mkdirSync(join(root, 'conf'));
    expect(() => loadConfig(root, 'conf')).toThrow('conf: is a directory; expected the config file itself (e.g. conf/testops.yml)');
  });

  it('merge keys work, and x- keys hold anchors', () => {
    const config = parseConfigText(
      'version: 1\nx-defaults: &defaults\n  timeout: 5m\n  retries: 2\nsuites:\n  unit:\n    <<: *defaults\n    command: npm test\n  e2e:\n    <<: *defaults\n    retries: 0\n    command: npm run e2e\n',
      't.yml',
    );
    expect(config.suites.unit).toMatchObject({ timeout: 300, retries: 2, command: 'npm test' });
    expect(config.suites.e2e).toMatchObject({ timeout: 300, retries: 0 });
    expect(() => parseConfigText('version: 1\ndefaults: &d {retries: 1}\nsuites:\n  u: {command: x}\n', 't.yml')).toThrow(
      't.yml: defaults: unknown field; expected one of version, mode',
    );
    expect(configProblems('version: 1\ndefaults: &d {retries: 1}\nsuites:\n  u: {command: x}\n', 't.yml')[0]).toContain(
      'can be named "x-…", e.g. x-defaults',
    );
  });

  it('bytes that are not UTF-8 are named with their line and column', () => {
    const bytes = Buffer.concat([
      Buffer.from('version: 1\nsuites:\n  unit:\n    command: npm '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('test\n'),
    ]);
    expect(loadError('latin.yml', bytes)).toBe('latin.yml:4:18: the file is not UTF-8 (byte 0xff); save it as UTF-8');
    expect(invalidUtf8At(Buffer.from('héllo ✓ 𝄞'))).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong NUL
    expect(invalidUtf8At(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(invalidUtf8At(Buffer.from([0x61, 0xe2, 0x9c]))).toBe(1); // cut short
    // a byte-order mark is fine
    writeFileSync(
      join(root, 'bom.yml'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version: 1\nsuites:\n  u: {command: x}\n')]),
    );
    expect(loadConfig(root, 'bom.yml').config.suites.u?.command).toBe('x');
  });

  it('NUL and other control characters are refused, raw or escaped', () => {
    expect(loadError('nul.yml', 'version: 1\nsuites:\n  unit:\n    command: "npm \u0000test"\n')).toBe(
      'nul.yml:4:19: invalid YAML: a NUL character; YAML allows only printable text, tabs and line breaks',
    );
    expect(loadError('esc.yml', 'version: 1\nsuites:\n  unit:\n    command: "npm \\0test"\n')).toBe(
      'esc.yml: suites.unit.command: expected text without control characters, got a NUL',
    );
    expect(loadError('ansi.yml', 'version: 1\nsuites:\n  unit:\n    command: x\n    env: {A: "\\e[31m"}\n')).toBe(
      'ansi.yml: suites.unit.env.A: expected text without control characters, got a U+001B',
    );
    // tabs and line breaks in a block scalar are fine
    expect(parseConfigText('version: 1\nsuites:\n  unit:\n    command: |\n      a\tb\n      c\n', 't').suites.unit?.command).toBe(
      'a\tb\nc\n',
    );
  });

  it('an alias bomb stops at once with the line of the first alias', () => {
    const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    let previous = 'a';
    for (let i = 0; i < 9; i++) {
      lines.push(`b${i}: &b${i} [${Array(9).fill(`*${previous}`).join(',')}]`);
      previous = `b${i}`;
    }
    lines.push('suites: {u: {command: x}}');
    const started = performance.now();
    expect(loadError('bomb.yml', `${lines.join('\n')}\n`)).toMatch(
      /^bomb\.yml:3:10: invalid YAML: aliases expand to too much data \(.+\); repeat the values instead of nesting aliases$/,
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a duplicate key names its line', () => {
    expect(loadError('dup.yml', 'version: 1\nsuites:\n  unit: {command: a}\n  unit: {command: b}\n')).toBe(
      'dup.yml:4:3: invalid YAML: the key "unit" appears twice in one mapping',
    );
  });
});

describe('config files of any size', () => {
  const configOf = (count: number) => {
    const lines = ['version: 1', 'suites:'];
    for (let i = 0; i < count; i++)
      lines.push(
        `  s${i}:`,
        `    command: npm run t${i}`,
        `    paths: ["packages/p${i}/**"]`,
        `    reports: { junit: "reports/${i}/*.xml" }`,
      );
    return `${lines.join('\n')}\n`;
  };

  it('10,000 suites take about five times as long as 2,000 (linear), printed beside the 2 s target', () => {
    const small = configOf(2000);
    const large = configOf(10_000);
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 2; round++) {
        const started = performance.now();
        expect(configProblems(text, 'big.yml')).toEqual([]);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(small); // warm-up
    const smallMs = time(small);
    const largeMs = time(large);
    const ratio = largeMs / smallMs;
    // the reference: the yaml library's bare parse of the same text, in the same run
    let yamlMs = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 2; round++) {
      const started = performance.now();
      parseDocument(large, { uniqueKeys: false });
      yamlMs = Math.min(yamlMs, performance.now() - started);
    }
    console.log(
      `config: 2,000 suites ${smallMs.toFixed(0)} ms, 10,000 suites ${largeMs.toFixed(0)} ms (target < 2,000 ms on an idle 2-core machine), ratio ${ratio.toFixed(1)} (linear: 5); bare YAML parse ${yamlMs.toFixed(0)} ms`,
    );
    // quadratic growth would be 25; a little above 5 is the garbage collector
    expect(ratio).toBeLessThan(9);
    // reading, checking and validating costs at most a few times the bare parse
    expect(largeMs / yamlMs).toBeLessThan(4);
  }, 120_000);
});
