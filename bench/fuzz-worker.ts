// One fuzz worker: reads case specs (one JSON line each) on stdin, parses the mutated file, and
// answers one JSON line per case. The parent times each case and kills a worker that hangs.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { XMLValidator } from 'fast-xml-parser';
import { parseReportFile, ReportError } from '../src/ingest/index.js';

const [scratch] = process.argv.slice(2) as [string];

/** Whether the damaged bytes are still well-formed, judged by an independent parser. */
function wellFormed(bytes: Buffer, name: string): boolean {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) return false; // invalid UTF-8
  if (/\.(xml)$/i.test(name) || /^\s*(<\?xml|<)/.test(text)) return XMLValidator.validate(text) === true;
  if (/^\s*[[{]/.test(text)) {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  }
  return true; // line formats (lcov, coverprofile, CSV): no independent judge
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const { id, name, bytes: encoded } = JSON.parse(line) as { id: number; name: string; bytes: string };
  const bytes = Buffer.from(encoded, 'base64');
  const path = `${scratch}/${name.replace(/[^\w.-]/g, '_')}`;
  writeFileSync(path, bytes);
  let outcome: string;
  let detail = '';
  let passing = false;
  try {
    const report = await parseReportFile(path);
    outcome = 'parsed';
    passing = report.kind === 'tests' && report.totals.tests > 0 && report.totals.failed + report.totals.errored === 0;
  } catch (error) {
    // a ReportError names the file and what was wrong; without a line it is still said, counted apart
    if (error instanceof ReportError) outcome = error.line !== undefined ? 'report-error' : 'report-error-unpositioned';
    else {
      outcome = 'internal-error';
      detail = String((error as Error)?.stack ?? error).slice(0, 400);
    }
  }
  const silentPass = outcome === 'parsed' && passing && !wellFormed(bytes, name);
  process.stdout.write(`${JSON.stringify({ id, outcome, silentPass, detail, rss: process.resourceUsage().maxRSS * 1024 })}\n`);
}
