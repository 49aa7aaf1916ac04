/** JUnit input edge cases: encodings and the `time` forms reporters write. */
import { describe, expect, it } from 'vitest';
import { parseReportFile, ReportError } from '../../src/ingest/index.js';
import type { TestReport } from '../../src/model.js';
import { tempFiles } from './helpers.js';

const write = tempFiles();

async function tests(path: string): Promise<TestReport> {
  return (await parseReportFile(path, { format: 'junit' })) as TestReport;
}

const junit = (cases: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${declaration}\n<testsuite name="s" tests="1">\n${cases}\n</testsuite>\n`;

describe('JUnit encodings', () => {
  it('Latin-1 bytes without a declaration: an error naming the line and column of the first bad byte', async () => {
    // "café" in ISO-8859-1: é is the single byte 0xE9, invalid as UTF-8
    const xml = Buffer.concat([
      Buffer.from('<testsuite name="s">\n  <testcase name="'),
      Buffer.from('caf\u00e9 au lait', 'latin1'),
      Buffer.from('"/>\n</testsuite>\n'),
    ]);
    const error = await parseReportFile(write('latin1.xml', xml)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toMatchObject({ line: 2, column: 22 });
    expect((error as ReportError).message).toMatch(/latin1\.xml:2:22: not valid UTF-8: byte 0xe9 \(re-save the file as UTF-8\)$/);
  });

  it('a bad byte after the first 256 KB chunk is found in its own line', async () => {
    const filler = Array.from(
      { length: 4000 },
      (_, i) => `  <testcase classname="c" name="test number ${i} with a long enough name"/>`,
    ).join('\n');
    const xml = Buffer.concat([
      Buffer.from(`<testsuite name="s">\n${filler}\n  <testcase name="`),
      Buffer.from([0xff]),
      Buffer.from('"/>\n</testsuite>\n'),
    ]);
    expect(xml.length).toBeGreaterThan(256 * 1024);
    const error = (await parseReportFile(write('late.xml', xml)).catch((e: unknown) => e)) as ReportError;
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toMatch(/late\.xml:4002:19: not valid UTF-8: byte 0xff/);
  });

  it('characters cut by the 32 KB decoding boundary survive; a sequence broken across it is an error there', async () => {
    const head = '<testsuite name="s">\n  <testcase classname="c" name="';
    const pad = 'x'.repeat(32 * 1024 - Buffer.byteLength(head) - 1);
    // "€" is 3 bytes: the first lands on the last byte of the first 32 KB piece
    const good = `${head}${pad}€ and 𝐀"/>\n</testsuite>\n`;
    const report = await tests(write('boundary.xml', good));
    expect(report.tests[0]!.name).toBe(`${pad}€ and 𝐀`);
    const broken = Buffer.concat([Buffer.from(`${head}${pad}`), Buffer.from([0xe2, 0x41]), Buffer.from('"/>\n</testsuite>\n')]);
    const error = (await tests(write('broken.xml', broken)).catch((e: unknown) => e)) as ReportError;
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toMatch(new RegExp(`broken\\.xml:2:${pad.length + 33}: not valid UTF-8: byte 0xe2`));
  });

  it('names, classnames, files, messages and stacks copied out of ASCII and non-ASCII text pieces read back exactly', async () => {
    // names of 13+ characters are copied out of the 32 KB text pieces, one way for all-ASCII
    // pieces and another for the rest: the file mixes both kinds of piece, and names that cross them
    const cases: string[] = [];
    const expected: Array<{ name: string; classname: string; file: string; message?: string; stack?: string }> = [];
    for (let i = 0; i < 3000; i++) {
      const wide = i % 500 === 7; // some pieces carry non-ASCII characters, the others are all ASCII
      const name = wide ? `test_ünïcödé_名前_${i}_${'y'.repeat(i % 40)}` : `test_plain_ascii_name_${i}_${'z'.repeat(i % 40)}`;
      const classname = `pkg.module${i % 7}.TestClass${i % 3}`;
      const file = `tests/pkg/test_module_${Math.floor(i / 100)}.py`;
      if (i % 250 === 3) {
        const message = `AssertionError: expected ${i}, got ${i + 1}`;
        const stack = `Traceback (most recent call last):\n  File "${file}", line ${i}\n${message}`;
        cases.push(
          `  <testcase classname="${classname}" name="${name}" file="${file}"><failure message="${message}">${stack}</failure></testcase>`,
        );
        expected.push({ name, classname, file, message, stack });
      } else {
        cases.push(`  <testcase classname="${classname}" name="${name}" file="${file}"/>`);
        expected.push({ name, classname, file });
      }
    }
    const xml = `<testsuite name="s">\n${cases.join('\n')}\n</testsuite>\n`;
    expect(Buffer.byteLength(xml)).toBeGreaterThan(8 * 32 * 1024);
    const report = await tests(write('pieces.xml', xml));
    expect(
      report.tests.map((test) => {
        const attempt = test.attempts[0]!;
        return {
          name: test.name,
          classname: test.classname,
          file: test.file,
          ...(attempt.message === undefined ? {} : { message: attempt.message, stack: attempt.stack }),
        };
      }),
    ).toEqual(expected);
  });

  it('a file that ends inside a character: an error at its last byte', async () => {
    const xml = Buffer.concat([
      Buffer.from('<testsuite name="s">\n  <testcase name="a"/>\n</testsuite>\n<!-- '),
      Buffer.from([0xf0, 0x9f]),
    ]);
    const error = (await tests(write('cut.xml', xml)).catch((e: unknown) => e)) as ReportError;
    expect(error.message).toMatch(/cut\.xml:4:\d+: not valid UTF-8: an incomplete character at the end of the file/);
  });

  it('the same bytes with encoding="ISO-8859-1" declared are decoded', async () => {
    const xml = Buffer.from(
      junit('  <testcase classname="k" name="caf\u00e9 \u00bd" time="0.5"/>', '<?xml version="1.0" encoding="ISO-8859-1"?>'),
      'latin1',
    );
    const report = await tests(write('declared.xml', xml));
    expect(report.tests.map((test) => test.name)).toEqual(['café ½']);
    expect(report.totals).toMatchObject({ tests: 1, passed: 1, duration: 0.5 });
  });

  it('windows-1252 declared: its 0x80–0x9F characters (€, curly quotes) come out right', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?>\n<testsuite name="s">\n  <testcase name="price '),
      Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94]),
      Buffer.from('"/>\n</testsuite>\n'),
    ]);
    const report = await tests(write('cp1252.xml', bytes));
    expect(report.tests[0]!.name).toBe('price € “q”');
  });

  it('UTF-16 with a BOM is decoded', async () => {
    const text = junit('  <testcase classname="k" name="日本語のテスト"/>', '<?xml version="1.0" encoding="UTF-16"?>');
    const report = await tests(write('utf16.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(report.tests[0]!.name).toBe('日本語のテスト');
  });
});

describe('JUnit time attribute forms', () => {
  const cases: Array<[string | undefined, number]> = [
    ['1.5', 1.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['0,03', 0.03],
    ['1.7e-05', 0.000017],
    ['2E+1', 20],
    [' 0.25 ', 0.25],
    ['', 0],
    [undefined, 0],
  ];
  for (const [time, seconds] of cases) {
    it(`time=${time === undefined ? '(missing)' : JSON.stringify(time)} → ${seconds} s`, async () => {
      const attribute = time === undefined ? '' : ` time="${time}"`;
      const report = await tests(write('time.xml', junit(`  <testcase classname="k" name="t"${attribute}/>`)));
      expect(report.tests[0]!.duration).toBeCloseTo(seconds, 12);
      expect(report.tests[0]!.attempts[0]!.duration).toBeCloseTo(seconds, 12);
    });
  }

  for (const bad of ['abc', '1.2.3', '-1', '0x10', 'Infinity', '1,5,', '12,34.5', '1,2,3', '5s']) {
    it(`time=${JSON.stringify(bad)} is an error at the testcase's position`, async () => {
      const error = await tests(write('bad-time.xml', junit(`  <testcase classname="k" name="t" time="${bad}"/>`))).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ReportError);
      expect((error as ReportError).message).toMatch(
        new RegExp(`bad-time\\.xml:3:\\d+: testcase time="${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is not a number of seconds$`),
      );
    });
  }

  it('times of flaky reruns: the passing run gets the total minus the failed runs', async () => {
    const xml = junit('  <testcase classname="k" name="t" time="1,234.5">\n    <flakyFailure message="x" time="0,5"/>\n  </testcase>');
    const [test] = (await tests(write('rerun-time.xml', xml))).tests;
    expect(test!.attempts.map((attempt) => attempt.duration)).toEqual([0.5, 1234]);
  });
});
