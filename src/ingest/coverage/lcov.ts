/** lcov tracefiles (genhtml/geninfo, c8, nyc, jest, llvm-cov export -format=lcov …). */
import type { CoverageReport } from '../../model.js';
import { lineError } from '../errors.js';
import { normalizeCoveragePath } from './paths.js';
import { readLineBatches } from '../source.js';
import { MAX_LINE } from '../xml.js';
import { CoverageBuilder, coverageReport } from './totals.js';

function count(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = text.trim();
  if (value === '-') return 0; // BRDA: the block never ran
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return undefined;
  // negative counts (gcov overflow) are clamped to 0; beyond 2^53 (u64 max) to MAX_SAFE_INTEGER
  return Math.max(0, Math.min(Number(value), Number.MAX_SAFE_INTEGER));
}

/** A line number of an lcov record: an integer (≤ 0 is kept for the caller to ignore). */
function lineNumber(text: string | undefined): number | undefined {
  const value = text?.trim();
  if (value === undefined || !/^[+-]?\d+$/.test(value)) return undefined;
  return Number(value);
}

/**
 * One file's functions, keyed by name and line as lcov itself counts them (FNF is the number of
 * FN records): two functions of one name on different lines are two functions. FNDA names a
 * function only by name, so its hits go to every function of that name in the record. lcov 2's
 * FNL:<index>,<line>[,<end>] declares a function and FNA:<index>,<hits>,<name> its aliases: one
 * function per declared location, hit when any alias ran.
 */
class FileFunctions {
  /** key (line + U+0000 + name, or "L" + line [+ end] for FNL) → hits */
  readonly hits = new Map<string, number>();
  /** this record's FN lines by name, and FNDA hits by name waiting for the record's end */
  private byName = new Map<string, number[]>();
  private pending = new Map<string, number>();
  /** this record's FNL index → key */
  private indexes = new Map<string, string>();

  declare(line: number, name: string): void {
    const key = `${line}\u0000${name}`;
    if (!this.hits.has(key)) this.hits.set(key, 0);
    const lines = this.byName.get(name);
    if (!lines) this.byName.set(name, [line]);
    else if (!lines.includes(line)) lines.push(line);
  }

  data(name: string, hits: number): void {
    this.pending.set(name, Math.min((this.pending.get(name) ?? 0) + hits, Number.MAX_SAFE_INTEGER));
  }

  declareIndexed(index: string, line: number, end: string | undefined): void {
    const key = `L${line}${end === undefined ? '' : `,${end}`}`;
    this.indexes.set(index, key);
    if (!this.hits.has(key)) this.hits.set(key, 0);
  }

  /** false when the index was never declared by FNL */
  alias(index: string, hits: number): boolean {
    const key = this.indexes.get(index);
    if (key === undefined) return false;
    // aliases of one function (template instances …): the function ran when any alias did
    this.hits.set(key, Math.max(this.hits.get(key)!, hits));
    return true;
  }

  /** the record ended: FNDA hits go to the functions of their name (a name without FN is one function) */
  endRecord(): void {
    for (const [name, hits] of this.pending) {
      const lines = this.byName.get(name);
      const keys = lines ? lines.map((line) => `${line}\u0000${name}`) : [`?\u0000${name}`];
      for (const key of keys) this.hits.set(key, Math.min((this.hits.get(key) ?? 0) + hits, Number.MAX_SAFE_INTEGER));
    }
    this.byName = new Map();
    this.pending = new Map();
    this.indexes = new Map();
  }
}

/** Reads lcov one line at a time (streamed from the file, or from a text). */
class LcovReader {
  private readonly builder = new CoverageBuilder();
  private current: string | undefined;
  private records = 0;
  // a repeated SF merges into the same file
  private readonly functions = new Map<string, FileFunctions>();
  private readonly branchHits = new Map<string, Map<string, number>>();
  private lineNo = 0;

  constructor(
    private readonly file: string,
    private readonly repoRoot?: string,
  ) {}

  private functionsOf(path: string): FileFunctions {
    let entry = this.functions.get(path);
    if (!entry) this.functions.set(path, (entry = new FileFunctions()));
    return entry;
  }

  line(line: string): void {
    const { builder, file } = this;
    const lineNo = ++this.lineNo;
    const raw = line.trim();
    if (raw === '' || raw.startsWith('#')) return;
    const colon = raw.indexOf(':');
    const tag = colon < 0 ? raw : raw.slice(0, colon);
    const value = colon < 0 ? '' : raw.slice(colon + 1);
    const bad = (what: string) => lineError(file, lineNo, `${tag}: ${what}, got "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    const needFile = () => {
      if (this.current === undefined) throw lineError(file, lineNo, `${tag} record outside a file section (missing SF: line)`);
      return this.current;
    };
    /** a source line number: ≤ 0 is ignored with a warning (undefined), beyond any file an error */
    const sourceLine = (number: number): number | undefined => {
      if (number > MAX_LINE) throw bad(`line number out of range (at most ${MAX_LINE})`);
      if (number >= 1) return number;
      builder.ignoreLine(number, `line ${lineNo}`);
      return undefined;
    };
    switch (tag) {
      case 'TN':
        break;
      case 'SF':
        if (this.current !== undefined) this.functionsOf(this.current).endRecord();
        if (!value.trim()) throw bad('expected a source file path');
        this.current = normalizeCoveragePath(value, this.repoRoot);
        builder.touch(this.current);
        this.records++;
        break;
      case 'DA': {
        const comma = value.indexOf(',');
        const line = lineNumber(comma < 0 ? value : value.slice(0, comma));
        // a third field is a checksum: ignored
        const rest = comma < 0 ? undefined : value.slice(comma + 1);
        const second = rest === undefined ? -1 : rest.indexOf(',');
        const hits = count(rest === undefined ? undefined : second < 0 ? rest : rest.slice(0, second));
        if (line === undefined || hits === undefined) throw bad('expected DA:<line>,<hits>');
        const path = needFile();
        const at = sourceLine(line);
        if (at !== undefined) builder.line(path, at, hits, 'sum');
        break;
      }
      case 'FN': {
        // FN:<line>,<name> (lcov 2 may add the end line: FN:<line>,<end>,<name>)
        const parts = value.split(',');
        const line = lineNumber(parts[0]);
        const name = (parts.length > 2 && lineNumber(parts[1]) !== undefined ? parts.slice(2) : parts.slice(1)).join(',');
        if (line === undefined || !name) throw bad('expected FN:<line>,<name>');
        const path = needFile();
        const at = sourceLine(line);
        if (at !== undefined) this.functionsOf(path).declare(at, name);
        break;
      }
      case 'FNL': {
        const [indexText, lineText, endText] = value.split(',');
        const line = lineNumber(lineText);
        if (!indexText?.trim() || line === undefined) throw bad('expected FNL:<index>,<line>[,<end line>]');
        const path = needFile();
        const at = sourceLine(line);
        if (at !== undefined) this.functionsOf(path).declareIndexed(indexText.trim(), at, endText?.trim());
        break;
      }
      case 'FNA': {
        const parts = value.split(',');
        const hits = count(parts[1]);
        if (!parts[0]?.trim() || hits === undefined || !parts.slice(2).join(',')) throw bad('expected FNA:<index>,<hits>,<name>');
        // an FNA whose FNL was ignored (line ≤ 0) has nothing to count
        this.functionsOf(needFile()).alias(parts[0].trim(), hits);
        break;
      }
      case 'FNDA': {
        const parts = value.split(',');
        const hits = count(parts[0]);
        const name = parts.slice(1).join(',');
        if (hits === undefined || !name) throw bad('expected FNDA:<hits>,<name>');
        this.functionsOf(needFile()).data(name, hits);
        break;
      }
      case 'BRDA': {
        const [lineText, block, branch, taken] = value.split(',');
        const line = lineNumber(lineText);
        const hits = count(taken);
        if (line === undefined || hits === undefined || block === undefined || branch === undefined) {
          throw bad('expected BRDA:<line>,<block>,<branch>,<taken>');
        }
        const path = needFile();
        const at = sourceLine(line);
        if (at === undefined) break;
        let branches = this.branchHits.get(path);
        if (!branches) this.branchHits.set(path, (branches = new Map()));
        const key = `${at},${block},${branch}`;
        branches.set(key, (branches.get(key) ?? 0) + hits);
        break;
      }
      case 'end_of_record':
        if (this.current !== undefined) this.functionsOf(this.current).endRecord();
        this.current = undefined;
        break;
      // summaries (LF LH BRF BRH FNF FNH) are recomputed, never trusted; VER and others are ignored
      default:
        if (!/^[A-Z_]+$/.test(tag))
          throw lineError(file, lineNo, `not an lcov record: "${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}"`);
    }
  }

  finish(): CoverageReport {
    const { builder, file } = this;
    if (this.records === 0) throw lineError(file, 1, 'no SF: record found (expected an lcov tracefile)');
    if (this.current !== undefined) this.functionsOf(this.current).endRecord();
    for (const [path, fns] of this.functions) {
      if (fns.hits.size === 0) continue;
      let covered = 0;
      for (const hits of fns.hits.values()) if (hits > 0) covered++;
      builder.functions(path, covered, fns.hits.size, 'add');
    }
    for (const [path, branches] of this.branchHits) {
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
    this.functions.clear();
    this.branchHits.clear();
    return coverageReport('lcov', file, builder.build(), builder.warnings());
  }
}

/** The tracefile streamed line by line: a 100 MB file is never held whole. */
export async function parseLcovFile(path: string, repoRoot?: string): Promise<CoverageReport> {
  const reader = new LcovReader(path, repoRoot);
  for await (const batch of readLineBatches(path, 'an lcov tracefile')) for (const line of batch) reader.line(line);
  return reader.finish();
}
