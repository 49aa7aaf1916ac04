// One parse in a fresh process, so peak RSS belongs to that parser alone. Prints {ms, rss, tests}.
import { createReadStream, readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';

const [which, file] = process.argv.slice(2) as [string, string];
// modules load before the clock starts (startup is not parsing); each process loads only the
// parser it measures, so peak RSS is not inflated by the others' code
const { parseReportFile } = which === 'ours' || which === 'any' ? await import('../src/ingest/index.js') : { parseReportFile: undefined };
const { XMLParser } = which === 'fast-xml-parser' ? await import('fast-xml-parser') : { XMLParser: undefined };
const { parseStringPromise } = which === 'xml2js' ? await import('xml2js') : { parseStringPromise: undefined };
const started = performance.now();
const cpuBefore = process.cpuUsage();
let tests = 0;
if (which === 'any' && parseReportFile) {
  // any format, detected from the content as testops run does
  const report = await parseReportFile(file);
  tests =
    report.kind === 'tests'
      ? report.totals.attempts
      : report.kind === 'coverage'
        ? report.files.length
        : report.kind === 'perf'
          ? report.scenarios.length
          : report.findings.length;
} else if (which === 'ours' && parseReportFile) {
  const report = await parseReportFile(file, { format: 'junit' });
  tests = report.kind === 'tests' ? report.totals.attempts : 0;
} else if (which === 'saxes') {
  // the practical limit: tokenising the same chunks, doing nothing per element but counting
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'testcase') tests++;
  });
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) parser.write(chunk as string);
  parser.close();
} else if (which === 'fast-xml-parser' && XMLParser) {
  const dom = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(file, 'utf8'));
  const suites = [dom.testsuites?.testsuite].flat();
  for (const suite of suites) tests += [suite?.testcase ?? []].flat().length;
} else if (which === 'xml2js' && parseStringPromise) {
  const dom = await parseStringPromise(readFileSync(file, 'utf8'));
  for (const suite of dom.testsuites.testsuite) tests += (suite.testcase ?? []).length;
} else throw new Error(`unknown parser ${which}`);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, rss: process.resourceUsage().maxRSS * 1024, tests }));
