/** Go coverprofiles (`go test -coverprofile`): mode set | count | atomic. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageReport } from '../../model.js';
import { lineError } from '../errors.js';
import { readLineBatches } from '../source.js';
import { MAX_LINE } from '../xml.js';
import { CoverageBuilder, coverageReport } from './totals.js';

/** One block's span: a Go function of more lines than this does not exist. */
const MAX_BLOCK_LINES = 100_000;
/** All blocks' spans together (a 100 MB profile of real blocks spans ~10 million lines). */
const MAX_SPANNED_LINES = 50_000_000;

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/** The module path from go.mod at the repo root, when there is one. */
function moduleFromGoMod(repoRoot?: string): string | undefined {
  if (!repoRoot) return undefined;
  try {
    return /^module\s+(\S+)/m.exec(readFileSync(join(repoRoot, 'go.mod'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Without go.mod: hosts with owner/repo paths give 3 segments, others the common directory. */
function guessModule(paths: string[]): string {
  const first = paths[0] ?? '';
  if (/^(github\.com|gitlab\.com|bitbucket\.org)\//.test(first)) return first.split('/').slice(0, 3).join('/');
  let common = first.split('/').slice(0, -1);
  for (const path of paths) {
    const parts = path.split('/');
    let i = 0;
    while (i < common.length && i < parts.length - 1 && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join('/');
}

function stripModule(path: string, module: string): string {
  const base = module.replace(/\/v\d+$/, '');
  for (const prefix of [module, base]) {
    if (prefix && path.startsWith(`${prefix}/`)) {
      // the same module under its /vN major-version path: one file, not two
      return path.slice(prefix.length + 1).replace(/^v\d+\//, '');
    }
  }
  return path;
}

/** The coverprofile streamed line by line: a 100 MB profile is never held whole. */
export function parseGoCoverFile(path: string, repoRoot?: string): Promise<CoverageReport> {
  return parseGoCover(readLineBatches(path, 'a Go coverprofile'), path, repoRoot);
}

async function parseGoCover(batches: AsyncIterable<string[]>, file: string, repoRoot?: string): Promise<CoverageReport> {
  let mode: string | undefined;
  // duplicate blocks (one package's profile appended to another's) merge: OR for set, sum for counts
  let spanned = 0;
  const blocks = new Map<string, { path: string; start: number; end: number; endColumn: number; statements: number; hits: number }>();
  let index = -1;
  for await (const lines of batches)
    for (const line of lines) {
      index++;
      const raw = line.trim();
      if (index === 0) {
        mode = /^mode:\s*(set|count|atomic)\s*$/.exec(raw)?.[1];
        if (!mode)
          throw lineError(file, 1, `expected "mode: set|count|atomic" on the first line of a Go coverprofile, got "${raw.slice(0, 60)}"`);
        continue;
      }
      if (!raw) continue;
      if (raw.startsWith('mode:')) continue; // concatenated profiles repeat the header
      const match = BLOCK.exec(raw);
      if (!match)
        throw lineError(file, index + 1, `expected "<file>:<line>.<col>,<line>.<col> <statements> <count>", got "${raw.slice(0, 80)}"`);
      const [, path, startLine, , endLine, endColumn, statements, hits] = match;
      const start = Number(startLine);
      const end = Number(endLine);
      const bad = (what: string) => lineError(file, index + 1, `${what}, got "${raw.slice(0, 80)}"`);
      // nothing is allocated from a range: the lines a block spans are bounded before they are walked
      if (start < 1 || end > MAX_LINE) throw bad(`line numbers out of range (1 to ${MAX_LINE})`);
      if (end < start) throw bad('the block ends before it starts');
      if (end - start >= MAX_BLOCK_LINES)
        throw bad(`a block spans ${end - start + 1} lines (at most ${MAX_BLOCK_LINES}: no Go block is that long)`);
      spanned += end - start + 1;
      if (spanned > MAX_SPANNED_LINES)
        throw bad(`the blocks span more than ${MAX_SPANNED_LINES} lines in all (a damaged profile; a real one spans a few lines a block)`);
      if (!Number.isSafeInteger(Number(statements)) || !Number.isSafeInteger(Number(hits))) throw bad('count out of range');
      const key = `${path}:${startLine}.${match[3]},${endLine}.${endColumn}`;
      const count = Number(hits);
      const existing = blocks.get(key);
      if (existing)
        existing.hits = mode === 'set' ? Math.max(existing.hits, count) : Math.min(existing.hits + count, Number.MAX_SAFE_INTEGER);
      else
        blocks.set(key, {
          path: path!,
          start,
          end,
          endColumn: Number(endColumn),
          statements: Number(statements),
          hits: count,
        });
    }
  const paths = [...new Set([...blocks.values()].map((block) => block.path))];
  const module = moduleFromGoMod(repoRoot) ?? guessModule(paths);
  const builder = new CoverageBuilder();
  const statements = new Map<string, { covered: number; total: number }>();
  for (const block of blocks.values()) {
    const path = stripModule(block.path, module);
    builder.touch(path);
    // totals are statement-weighted, as `go tool cover -func` reports them
    const counted = statements.get(path) ?? { covered: 0, total: 0 };
    counted.total += block.statements;
    if (block.hits > 0) counted.covered += block.statements;
    statements.set(path, counted);
    if (block.statements === 0) continue;
    // a block ending at column ≤ 2 ends with its closing brace: that line holds no statement
    const last = block.end > block.start && block.endColumn <= 2 ? block.end - 1 : block.end;
    // lines shared by blocks: covered when any block covering them ran
    for (let line = block.start; line <= last; line++) builder.line(path, line, block.hits, 'max');
  }
  const files = builder.build();
  for (const coverage of files) {
    coverage.counts = { lines: statements.get(coverage.path) ?? { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  }
  return coverageReport('go', file, files);
}
