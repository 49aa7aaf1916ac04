/** JaCoCo XML, streamed: per <sourcefile>, <line nr mi ci mb cb> and the METHOD counter. */
import type { CoverageReport } from '../../model.js';
import { intAttribute, lineAttribute, streamXml } from '../xml.js';
import { resolveWithSources } from './paths.js';
import { CoverageBuilder, coverageReport } from './totals.js';

export async function parseJaCoCo(
  path: string,
  repoRoot?: string,
  sourceRoots: readonly string[] = DEFAULT_ROOTS,
): Promise<CoverageReport> {
  const builder = new CoverageBuilder();
  let packageName = '';
  let file: string | undefined;
  await streamXml(path, 'JaCoCo XML', ['report'], (position) => ({
    open(tag, stack) {
      const parent = stack[stack.length - 1];
      if (tag.name === 'package') packageName = tag.attributes.name ?? '';
      else if (tag.name === 'sourcefile') {
        const name = tag.attributes.name;
        if (!name) throw position.error('<sourcefile> has no name attribute');
        const relative = packageName ? `${packageName}/${name}` : name;
        // JaCoCo names files by package; the source root (src/main/java …) is found in the repo
        file = resolveWithSources(relative, sourceRoots, repoRoot);
        builder.touch(file);
      } else if (tag.name === 'line' && file && parent === 'sourcefile') {
        const line = lineAttribute(tag, 'nr', position);
        if (line === undefined) throw position.error('<line> has no nr attribute');
        // nr="0" (and below) is code JaCoCo could not place on a line: not a coverable line, said once
        if (line <= 0) {
          builder.ignoreLine(line, position.where());
          return;
        }
        const coveredInstructions = intAttribute(tag, 'ci', position) ?? 0;
        // JaCoCo counts instructions, not executions: a line is hit (1) or not (0)
        builder.line(file, line, coveredInstructions > 0 ? 1 : 0, 'max');
        const missedBranches = intAttribute(tag, 'mb', position) ?? 0;
        const coveredBranches = intAttribute(tag, 'cb', position) ?? 0;
        if (missedBranches + coveredBranches > 0) builder.branch(file, line, coveredBranches, missedBranches + coveredBranches, 'max');
      } else if (tag.name === 'counter' && file && parent === 'sourcefile' && tag.attributes.type === 'METHOD') {
        const missed = intAttribute(tag, 'missed', position) ?? 0;
        const covered = intAttribute(tag, 'covered', position) ?? 0;
        builder.functions(file, covered, covered + missed, 'add');
      }
    },
    close(name) {
      if (name === 'sourcefile') file = undefined;
      else if (name === 'package') packageName = '';
    },
  }));
  return coverageReport('jacoco', path, builder.build(), builder.warnings());
}

const DEFAULT_ROOTS = ['src/main/java', 'src/main/kotlin', 'src/main/scala', 'src', 'app/src/main/java', 'app/src/main/kotlin'];
