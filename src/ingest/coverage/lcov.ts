/** lcov tracefiles (genhtml/geninfo, c8, nyc, jest, llvm-cov export -format=lcov …). */
import type { CoverageReport } from '../../model.js';
import { lineError } from '../errors.js';
import { normalizeCoveragePath } from './paths.js';
import { CoverageBuilder, coverageReport } from './totals.js';

function count(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = text.trim();
  if (value === '-') return 0; // BRDA: the block never ran
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return undefined;
  // negative counts (gcov overflow) are clamped to 0; beyond 2^53 (u64 max) to MAX_SAFE_INTEGER
  return Math.max(0, Math.min(Number(value), Number.MAX_SAFE_INTEGER));
}

export function parseLcovText(text: string, file: string, repoRoot?: string): CoverageReport {
  const builder = new CoverageBuilder();
  let current: string | undefined;
  let records = 0;
  // a repeated SF merges into the same file; FN names are counted per file across records
  const functionHits = new Map<string, Map<string, number>>();
  const branchHits = new Map<string, Map<string, number>>();
  const lines = text.split(/\r?\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const colon = raw.indexOf(':');
    const tag = colon < 0 ? raw : raw.slice(0, colon);
    const value = colon < 0 ? '' : raw.slice(colon + 1);
    const lineNo = index + 1;
    const bad = (what: string) => lineError(file, lineNo, `${tag}: ${what}, got "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    const needFile = () => {
      if (current === undefined) throw lineError(file, lineNo, `${tag} record outside a file section (missing SF: line)`);
      return current;
    };
    switch (tag) {
      case 'TN':
        break;
      case 'SF':
        if (!value.trim()) throw bad('expected a source file path');
        current = normalizeCoveragePath(value, repoRoot);
        builder.touch(current);
        records++;
        break;
      case 'DA': {
        const [lineText, hitsText] = value.split(','); // a third field is a checksum: ignored
        const line = count(lineText);
        const hits = count(hitsText);
        if (line === undefined || hits === undefined || line < 1) throw bad('expected DA:<line>,<hits>');
        builder.line(needFile(), line, hits, 'sum');
        break;
      }
      case 'FN':
      case 'FNL':
        // FN:<line>,<name> (lcov 2: FNL): the names matter only through FNDA/FNA hits
        break;
      case 'FNA':
      case 'FNDA': {
        const parts = value.split(',');
        const hits = count(tag === 'FNA' ? parts[1] : parts[0]);
        const name = (tag === 'FNA' ? parts.slice(2) : parts.slice(1)).join(',');
        if (hits === undefined || !name) throw bad(`expected ${tag === 'FNA' ? 'FNA:<index>,<hits>,<name>' : 'FNDA:<hits>,<name>'}`);
        const path = needFile();
        let fns = functionHits.get(path);
        if (!fns) functionHits.set(path, (fns = new Map()));
        fns.set(name, (fns.get(name) ?? 0) + hits);
        break;
      }
      case 'BRDA': {
        const [lineText, block, branch, taken] = value.split(',');
        const line = count(lineText);
        const hits = count(taken);
        if (line === undefined || hits === undefined || block === undefined || branch === undefined) {
          throw bad('expected BRDA:<line>,<block>,<branch>,<taken>');
        }
        const path = needFile();
        let branches = branchHits.get(path);
        if (!branches) branchHits.set(path, (branches = new Map()));
        const key = `${line},${block},${branch}`;
        branches.set(key, (branches.get(key) ?? 0) + hits);
        break;
      }
      case 'end_of_record':
        current = undefined;
        break;
      // summaries (LF LH BRF BRH FNF FNH) are recomputed, never trusted; VER and others are ignored
      default:
        if (!/^[A-Z_]+$/.test(tag))
          throw lineError(file, lineNo, `not an lcov record: "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    }
  }
  if (records === 0) throw lineError(file, 1, 'no SF: record found (expected an lcov tracefile)');
  for (const [path, fns] of functionHits) {
    let covered = 0;
    for (const hits of fns.values()) if (hits > 0) covered++;
    builder.functions(path, covered, fns.size, 'add');
  }
  for (const [path, branches] of branchHits) {
    const perLine = new Map<number, [number, number]>();
    for (const [key, hits] of branches) {
      const line = Number(key.slice(0, key.indexOf(',')));
      const entry = perLine.get(line) ?? [0, 0];
      entry[1]++;
      if (hits > 0) entry[0]++;
      perLine.set(line, entry);
    }
    for (const [line, [covered, total]] of perLine) builder.branch(path, line, covered, total, 'add');
  }
  return coverageReport('lcov', file, builder.build());
}
