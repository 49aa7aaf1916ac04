/** Cobertura XML (coverage.py, sbt-scoverage, gcovr, coverlet …), streamed. */
import type { CoverageReport } from '../../model.js';
import { dropUnopenedCloseTags, intAttribute, lineAttribute, streamXml } from '../xml.js';
import { resolveWithSources } from './paths.js';
import { CoverageBuilder, coverageReport } from './totals.js';

export async function parseCobertura(path: string, repoRoot?: string): Promise<CoverageReport> {
  const builder = new CoverageBuilder();
  const sources: string[] = [];
  let sourceText: string | undefined;
  let file: string | undefined;
  let methods = 0;
  let methodsCovered = 0;
  let methodHit = false;
  await streamXml(
    path,
    'Cobertura XML',
    ['coverage'],
    (position) => ({
      open(tag, stack) {
        const parent = stack[stack.length - 1];
        if (tag.name === 'source') sourceText = '';
        else if (tag.name === 'class') {
          const filename = tag.attributes.filename ?? tag.attributes.name;
          if (!filename) throw position.error('<class> has no filename attribute');
          file = resolveWithSources(filename, sources, repoRoot);
          builder.touch(file);
          methods = 0;
          methodsCovered = 0;
        } else if (tag.name === 'method') {
          methods++;
          methodHit = false;
        } else if (tag.name === 'line') {
          if (!file) throw position.error(`<line> outside a <class>`);
          const hits = intAttribute(tag, 'hits', position) ?? 0;
          if (stack[stack.length - 2] === 'method') {
            if (hits > 0) methodHit = true;
            return; // method lines repeat the class's own <lines>
          }
          // a <line> straight in <class> is a report whose <lines> open tag is missing: an error,
          // not 0/0 (which once read as 100% and passed the coverage gate)
          if (parent !== 'lines')
            throw position.error(`<line> inside <${parent}>, expected inside <lines> (is the <lines> open tag missing?)`);
          const line = lineAttribute(tag, 'number', position);
          if (line === undefined) throw position.error('<line> has no number attribute');
          if (line <= 0) {
            // some generators write number="0" for code they cannot place: not a line, said once
            builder.ignoreLine(line, position.where());
            return;
          }
          // the same line listed once per statement (scoverage): covered when any statement is
          builder.line(file, line, hits, 'max');
          // coverlet writes branch="True": a boolean in any case
          if (tag.attributes.branch?.trim().toLowerCase() !== 'true') return;
          const condition = /\((\d+)\s*\/\s*(\d+)\)/.exec(tag.attributes['condition-coverage'] ?? '');
          if (condition) builder.branch(file, line, Number(condition[1]), Number(condition[2]), 'max');
          else builder.branch(file, line, hits > 0 ? 1 : 0, 1, 'add'); // scoverage: one <line> per branch
        }
      },
      close(name) {
        if (name === 'source' && sourceText !== undefined) {
          sources.push(sourceText.trim());
          sourceText = undefined;
        } else if (name === 'method' && methodHit) methodsCovered++;
        else if (name === 'class' && file) {
          if (methods > 0) builder.functions(file, methodsCovered, methods, 'add');
          file = undefined;
        }
      },
      text(text, stack) {
        if (sourceText !== undefined && stack[stack.length - 1] === 'source') sourceText += text;
      },
    }),
    (chunks) => dropUnopenedCloseTags(chunks, ['methods', 'lines', 'classes']),
  );
  return coverageReport('cobertura', path, builder.build(), builder.warnings());
}
