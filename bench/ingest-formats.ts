// Generators for `npm run bench:ingest`'s other-formats section: one file of about `bytes` bytes in
// each format testops reads, realistic in shape (what each producer writes), streamed to disk.
import { createWriteStream } from 'node:fs';

type Writer = (text: string) => Promise<void>;

async function produce(path: string, body: (write: Writer) => Promise<void>): Promise<void> {
  const out = createWriteStream(path);
  const write: Writer = (text) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await body(write);
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Writes blocks from `block(i)` until `bytes` are written; returns the block count. */
async function blocks(write: Writer, bytes: number, block: (i: number) => string, separator = ''): Promise<number> {
  let written = 0;
  let i = 0;
  for (; written < bytes; i++) {
    const text = (i > 0 ? separator : '') + block(i);
    written += text.length;
    await write(text);
  }
  return i;
}

export const FORMAT_GENERATORS: Record<string, (path: string, bytes: number) => Promise<void>> = {
  lcov: (path, bytes) =>
    produce(path, async (write) => {
      await blocks(write, bytes, (i) => {
        let record = `TN:\nSF:src/module${i}/file${i}.ts\n`;
        for (let f = 0; f < 8; f++) record += `FN:${f * 20 + 1},fn${f}\nFNDA:${(i + f) % 3},fn${f}\n`;
        for (let line = 1; line <= 160; line++) record += `DA:${line},${(line * 7 + i) % 5}\n`;
        for (let b = 0; b < 12; b++) record += `BRDA:${b * 10 + 2},0,${b % 2},${(b + i) % 4 === 0 ? '-' : b}\n`;
        return `${record}end_of_record\n`;
      });
    }),
  cobertura: (path, bytes) =>
    produce(path, async (write) => {
      await write(
        '<?xml version="1.0" ?>\n<coverage version="7.4" line-rate="0.8" branch-rate="0.5"><sources><source>/repo</source></sources><packages><package name="pkg"><classes>\n',
      );
      await blocks(write, bytes, (i) => {
        let lines = '';
        for (let line = 1; line <= 120; line++)
          lines +=
            line % 10 === 0
              ? `<line number="${line}" hits="${line % 3}" branch="true" condition-coverage="50% (1/2)"/>\n`
              : `<line number="${line}" hits="${(line + i) % 4}"/>\n`;
        return `<class name="m${i}" filename="pkg/m${i}.py" line-rate="0.8" branch-rate="0.5"><methods/><lines>\n${lines}</lines></class>\n`;
      });
      await write('</classes></package></packages></coverage>\n');
    }),
  ctrf: (path, bytes) =>
    produce(path, async (write) => {
      await write(
        '{"results":{"tool":{"name":"jest"},"summary":{"tests":1,"passed":1,"failed":0,"skipped":0,"pending":0,"other":0,"start":1,"stop":2},"tests":[\n',
      );
      await blocks(
        write,
        bytes,
        (i) =>
          JSON.stringify({
            name: `renders item ${i} with props ${i % 17}`,
            status: i % 33 === 5 ? 'failed' : i % 20 === 7 ? 'skipped' : 'passed',
            duration: (i * 37) % 2500,
            suite: [`suite ${i % 97}`, `describe ${i % 13}`],
            filePath: `src/components/c${i % 500}.test.tsx`,
            ...(i % 33 === 5
              ? { message: 'expected 3 to be 4', trace: 'Error: expected 3 to be 4\n    at Object.<anonymous> (c.test.tsx:10:5)' }
              : {}),
          }),
        ',\n',
      );
      await write('\n]}}\n');
    }),
  sarif: (path, bytes) =>
    produce(path, async (write) => {
      await write(
        '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"CodeQL","rules":[{"id":"js/xss","defaultConfiguration":{"level":"error"},"properties":{"security-severity":"7.8"}}]}},"results":[\n',
      );
      await blocks(
        write,
        bytes,
        (i) =>
          JSON.stringify({
            ruleId: 'js/xss',
            ruleIndex: 0,
            message: { text: `Cross-site scripting vulnerability due to user-provided value ${i}.` },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: `src/f${i % 900}.js` }, region: { startLine: 1 + (i % 400), startColumn: 5 } },
              },
            ],
            partialFingerprints: { primaryLocationLineHash: `${(i * 2654435761) >>> 0}:1` },
          }),
        ',\n',
      );
      await write('\n]}]}\n');
    }),
  'locust history': (path, bytes) =>
    produce(path, async (write) => {
      await write(
        'Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,Total Min Response Time,Total Max Response Time,Total Average Content Size\n',
      );
      await blocks(
        write,
        bytes,
        (i) =>
          `${1700000000 + (i >> 4)},50,${i % 16 === 15 ? ',Aggregated' : `GET,/api/item/${i % 15}`},${(i % 90) / 3},0.1,120,130,140,150,170,180,190,200,210,210,210,${i * 3},${i >> 6},120,125.5,90,210,512\n`,
      );
    }),
  'k6 --out json': (path, bytes) =>
    produce(path, async (write) => {
      await write(
        '{"type":"Metric","data":{"type":"trend","contains":"time","tainted":null,"thresholds":["p(95)<500"],"submetrics":null},"metric":"http_req_duration"}\n{"type":"Metric","data":{"type":"counter","contains":"default","tainted":null,"thresholds":[],"submetrics":null},"metric":"http_reqs"}\n',
      );
      await blocks(write, bytes, (i) => {
        const time = new Date(1700000000000 + i * 7).toISOString();
        const tags = `"tags":{"expected_response":"true","group":"","method":"GET","name":"http://localhost/api/${i % 40}","proto":"HTTP/1.1","scenario":"default","status":"200"}`;
        return `{"type":"Point","data":{"time":"${time}","value":${((i * 7919) % 50000) / 100},${tags}},"metric":"http_req_duration"}\n{"type":"Point","data":{"time":"${time}","value":1,${tags}},"metric":"http_reqs"}\n`;
      });
    }),
  'go coverprofile': (path, bytes) =>
    produce(path, async (write) => {
      await write('mode: atomic\n');
      await blocks(
        write,
        bytes,
        (i) => `github.com/o/r/pkg${i % 300}/file${(i >> 8) % 50}.go:${(i % 400) + 1}.2,${(i % 400) + 3}.16 ${1 + (i % 4)} ${i % 5}\n`,
      );
    }),
  'istanbul coverage-final.json': (path, bytes) =>
    produce(path, async (write) => {
      await write('{\n');
      await blocks(
        write,
        bytes,
        (i) => {
          const statementMap: Record<string, object> = {};
          const s: Record<string, number> = {};
          for (let k = 0; k < 60; k++) {
            statementMap[k] = { start: { line: k + 1, column: 2 }, end: { line: k + 1, column: 30 } };
            s[k] = (k + i) % 4;
          }
          const fnMap = {
            0: {
              name: 'f',
              decl: { start: { line: 1, column: 0 }, end: { line: 1, column: 5 } },
              loc: { start: { line: 1, column: 0 }, end: { line: 9, column: 1 } },
              line: 1,
            },
          };
          const branchMap = {
            0: {
              loc: { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } },
              type: 'if',
              locations: [
                { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } },
                { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } },
              ],
              line: 3,
            },
          };
          const file = `/repo/src/m${i}.js`;
          return `${JSON.stringify(file)}:${JSON.stringify({ path: file, statementMap, fnMap, branchMap, s, f: { 0: i % 2 }, b: { 0: [i % 3, 0] } })}`;
        },
        ',\n',
      );
      await write('\n}\n');
    }),
};
