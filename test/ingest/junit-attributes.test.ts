/**
 * The JUnit reader takes over saxes' attribute step (src/ingest/junit/attributes.ts). It must read
 * exactly what saxes' own attribute records give, and reject what saxes rejects.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/ingest/index.js';
import { JUnitAttributes, captureAttributes } from '../../src/ingest/junit/attributes.js';
import { parseJUnit } from '../../src/ingest/junit/parse.js';
import { readTextChunks } from '../../src/ingest/source.js';
import { CORPUS, tempFiles } from './helpers.js';

const write = tempFiles();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function parse(path: string, portableAttributes: boolean) {
  return parseJUnit(readTextChunks(path, 'JUnit XML'), { file: path, suite: 's', portableAttributes });
}

async function parseError(xml: string, portableAttributes = false): Promise<ReportError> {
  const path = write(`bad-${Math.random().toString(36).slice(2)}.xml`, xml);
  const error = await parse(path, portableAttributes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ReportError);
  return error as ReportError;
}

describe('attribute capture', () => {
  it('this saxes has the internals the fast path uses', () => {
    expect(captureAttributes(new SaxesParser({ position: true }), new JUnitAttributes())).toBe(true);
  });

  it('keeps the known attributes, and leaves saxes` own record empty', () => {
    const parser = new SaxesParser();
    const attributes = new JUnitAttributes();
    captureAttributes(parser, attributes);
    const seen: Array<{ tag: Record<string, string>; name: string | undefined; time: string | undefined; line: string | undefined }> = [];
    parser.on('opentag', (tag) =>
      seen.push({
        tag: { ...(tag.attributes as Record<string, string>) },
        name: attributes.name,
        time: attributes.time,
        line: attributes.line,
      }),
    );
    parser.write('<a name="x &amp; y" hostname="h" time="1.5"><b line="3"/></a>').close();
    expect(seen).toEqual([
      { tag: {}, name: 'x & y', time: '1.5', line: undefined },
      { tag: {}, name: undefined, time: undefined, line: '3' },
    ]);
  });

  it('a repeated known attribute is an error naming it, at its element', async () => {
    const error = await parseError('<testsuite>\n  <testcase name="a" time="1" name="b"/>\n</testsuite>\n');
    expect(error.message).toMatch(/:2:\d+: duplicate attribute: name\.$/);
  });

  it('a repeated other attribute is an error too', async () => {
    const error = await parseError('<testsuite hostname="a" timestamp="t" hostname="b">\n</testsuite>\n');
    expect(error.message).toMatch(/:1:\d+: duplicate attribute: hostname\.$/);
  });

  it('many other attributes: a late repeat is still found (the Set path), distinct ones pass', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `x${i}="${i}"`).join(' ');
    const error = await parseError(`<testsuite ${many} x3="again">\n</testsuite>\n`);
    expect(error.message).toMatch(/duplicate attribute: x3\.$/);
    const ok = write('many.xml', `<testsuite ${many}>\n  <testcase ${many} name="t"/>\n  <testcase ${many} name="u"/>\n</testsuite>\n`);
    expect((await parse(ok, false)).map((test) => test.name)).toEqual(['t', 'u']);
  });

  it('the same errors through saxes` own records', async () => {
    const error = await parseError('<testsuite>\n  <testcase name="a" name="b"/>\n</testsuite>\n', true);
    expect(error.message).toMatch(/:2:\d+: duplicate attribute: name\.$/);
  });
});

describe('every corpus JUnit file reads the same with and without the fast path', () => {
  const files = walk(join(CORPUS, 'junit')).filter((path) => path.endsWith('.xml'));
  it('finds the corpus', () => expect(files.length).toBeGreaterThan(30));
  for (const file of files) {
    it(relative(CORPUS, file), async () => {
      const fast = await parse(file, false).catch((error: Error) => error.message);
      const portable = await parse(file, true).catch((error: Error) => error.message);
      expect(fast).toEqual(portable);
    });
  }
});
