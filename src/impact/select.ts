/**
 * Which suites a change selects, and why — every suite gets its reasons, selected or skipped.
 * Order of rules: a full run; a run-all trigger; paths, tests and imports per suite; a changed
 * file that nothing claims (unmatched); `always`; finally `needs` pulls in dependencies.
 */
import type { Config } from '../config/schema.js';
import { DEFAULT_RUN_ALL } from '../config/sections/selection.js';
import type { ChangedFile, EventInfo, SuitePlan } from '../model.js';
import { touchedPaths } from './changes.js';
import { GlobIndex } from './globs.js';
import { type BindingSelection, selectByBinding } from './bindings.js';
import { type ImportGraph, isCodeFile, reachingDynamic, reachingSpawns, reverse, runtimeGraph, testsReaching } from './imports.js';
import { isJsFile } from './js-graph.js';
import { selectPythonByName } from './python-names.js';
import { mayCheckTypes, runnerLoadsMore } from './runners.js';

export interface SelectInput {
  config: Config;
  /** the config file, repo-relative: its change runs everything */
  configPath: string;
  /** null when no diff was computed */
  changed: ChangedFile[] | null;
  /** why a full run was asked for (input, event); set → every suite runs */
  full?: string;
  event: EventInfo;
  repoRoot: string;
  /** needed for suites with `impact: imports` */
  importGraph?: ImportGraph;
  /**
   * changed JS/TS and Python files as they were before the change (path → text): a change inside
   * function bodies is then followed by binding (bindings.ts) or by name (python-names.ts), not by file
   */
  previous?: Record<string, string>;
}

/** Reason lines per suite are capped so that a huge change keeps the comment readable. */
export const MAX_REASONS = 5;

/** Why this run is a full run, from the event and the config (null when it is not). */
export function fullRunReason(config: Config, event: EventInfo): string | null {
  const fullRun = config['full-run'];
  if (fullRun['default-branch'] && event.isDefaultBranch && event.name === 'push')
    return `push to the default branch${event.branch ? ` ${event.branch}` : ''}`;
  if (fullRun.label && event.prLabels?.includes(fullRun.label)) return `the pull request has the label ${fullRun.label}`;
  return null;
}

interface Pick {
  selected: boolean;
  reasons: string[];
  /** matched changed paths beyond MAX_REASONS */
  more: number;
  /** the test files selected by imports (undefined: all of them) */
  files?: Set<string>;
  /** selected as a whole (paths, always, needs, run-all): every test file runs */
  whole: boolean;
}

export function selectSuites(input: SelectInput): SuitePlan[] {
  const { config } = input;
  const names = Object.keys(config.suites);
  const everything = (reason: string): SuitePlan[] => names.map((name) => ({ name, selected: true, reasons: [reason] }));

  const full = input.full ?? fullRunReason(config, input.event) ?? (input.changed === null ? 'no list of changed files' : null);
  if (full) return everything(`full run: ${full}`);
  const paths = touchedPaths(input.changed ?? []);

  const runAll = new GlobIndex();
  runAll.add(0, [...(config['run-all'] ?? DEFAULT_RUN_ALL), input.configPath.replace(/^\.\//, '')]);
  for (const path of paths) if (runAll.owners(path).length > 0) return everything(`run-all: ${path} changed`);

  const byPaths = new GlobIndex();
  const byTests = new GlobIndex();
  const byCassettes = new GlobIndex();
  names.forEach((name, index) => {
    const suite = config.suites[name];
    if (suite.paths) byPaths.add(index, suite.paths);
    if (suite.cassettes) byCassettes.add(index, suite.cassettes.path);
    if (suite.impact === 'imports' && suite.tests) byTests.add(index, suite.tests);
  });
  const picks: Pick[] = names.map(() => ({ selected: false, reasons: [], more: 0, whole: false }));
  const note = (index: number, line: string) => {
    const pick = picks[index];
    pick.selected = true;
    if (pick.reasons.length < MAX_REASONS) pick.reasons.push(line);
    else pick.more++;
  };
  const claimed = new Set<string>();

  for (const path of paths) {
    byPaths.match(path, (index, pattern) => {
      claimed.add(path);
      picks[index].whole = true;
      note(index, `${path} → matched ${pattern}`);
    });
    // A GOLDEN suite replays its cassettes: a changed cassette changes what it tests.
    byCassettes.match(path, (index) => {
      claimed.add(path);
      picks[index].whole = true;
      note(index, `${path} → a cassette it replays`);
    });
  }

  const importSuites = names.map((_, index) => index).filter((index) => byTests.has(index));
  /** per import suite: how many test files it has at the head (for "12 of 109 test files") */
  const testFileCounts = new Map<number, number>();
  /** test files that exist at the head: a deleted test file is never passed to the runner */
  let existing: Set<string> | undefined;
  if (importSuites.length > 0) {
    if (!input.importGraph) throw new Error('suites with "impact: imports" need the import graph: call buildImportGraph first');
    const graph = input.importGraph;
    existing = new Set(graph.files);
    const testOwners = new Map<string, number[]>();
    for (const file of graph.files) {
      const owners = byTests.owners(file);
      if (owners.length > 0) {
        testOwners.set(file, owners);
        for (const index of owners) testFileCounts.set(index, (testFileCounts.get(index) ?? 0) + 1);
      }
    }
    for (const path of paths) {
      const owners = byTests.owners(path);
      if (owners.length > 0 && !testOwners.has(path)) testOwners.set(path, owners); // a deleted test file
    }
    const addFile = (index: number, file: string, line: string) => {
      const pick = picks[index];
      pick.files ??= new Set();
      if (pick.files.has(file)) return;
      pick.files.add(file);
      note(index, line);
    };
    const changedCode = paths.filter((path) => isCodeFile(path));
    if (graph.jsUnavailable && changedCode.some((path) => !/\.pyi?$/.test(path))) {
      // Without the parser nothing JS/TS can be followed: every import suite runs whole.
      for (const index of importSuites) {
        picks[index].whole = true;
        note(index, `${changedCode[0]} changed and imports cannot be followed: ${graph.jsUnavailable}`);
      }
      for (const path of changedCode) claimed.add(path);
    }
    const isTest = (file: string) => testOwners.has(file);
    const { tests: byFileTests, claimed: reaching } = testsReaching(graph, paths, isTest);
    for (const path of reaching) claimed.add(path);
    // Which tests a change reaches when it runs: type-only imports of a types module are erased, unless
    // a suite checks types (then a type change can fail its tests).
    const checksTypes = importSuites.some((index) => mayCheckTypes(config.suites[names[index]], input.repoRoot, graph.files));
    const running = checksTypes ? graph : runtimeGraph(graph);
    // Changes inside function bodies, followed by binding: only the tests that use the changed functions.
    const byBinding = bindingSelections(input, graph, paths, isTest);
    const byFileOnly = paths.filter((path) => !byBinding.has(path));
    const tests = byBinding.size === 0 && running === graph ? byFileTests : testsReaching(running, byFileOnly, isTest).tests;
    for (const [path, selection] of byBinding) {
      const label = `${path} ${selection.functions.map((name) => `${name}()`).join(', ')}`;
      for (const [test, line] of selection.tests) for (const index of testOwners.get(test) ?? []) addFile(index, test, line);
      for (const [file, why] of selection.byFile)
        for (const [test] of testsReaching(graph, [file], isTest).tests)
          for (const index of testOwners.get(test) ?? []) addFile(index, test, `${label} → ${file}, by file (${why}) → ${test}`);
    }
    // A code file that is gone (deleted, or the old path of a rename) affects only what still names it
    // (found through the graph's dangling specifiers above) and its former importers, which changed too.
    for (const path of paths) if (!existing.has(path) && isCodeFile(path)) claimed.add(path);
    for (const [test, reach] of tests) {
      const line = !existing.has(test)
        ? `${test} deleted (test file)`
        : reach.cause === test
          ? `${test} changed (test file)`
          : graph.global.has(reach.cause)
            ? `${reach.cause} changed: ${graph.global.get(reach.cause)}`
            : `${reach.cause} → imported by ${test}`;
      for (const index of testOwners.get(test) ?? []) addFile(index, test, line);
    }
    // A test that reaches what the graph cannot follow (a non-literal dynamic import, a specifier that
    // resolves to nothing) may load any changed code: it runs, and says why.
    if (changedCode.length > 0) {
      // A test that starts processes or workers the graph cannot name (itself or through what it imports)
      // may run any file: a CLI it spawns loads the changed code. Scripts started with `node <path>`
      // worked out from the file alone are edges of the graph instead.
      for (const [file, why] of reachingSpawns(graph)) {
        const owners = testOwners.get(file);
        if (!owners) continue;
        for (const path of changedCode) claimed.add(path);
        for (const index of owners) addFile(index, file, `${changedCode[0]} changed and ${file} may run it: ${why}`);
      }
      for (const [file, why] of reachingDynamic(graph)) {
        const owners = testOwners.get(file);
        if (!owners) continue;
        for (const path of changedCode) claimed.add(path);
        for (const index of owners) addFile(index, file, `${changedCode[0]} changed and ${file} may load it: ${why}`);
      }
      // A JS/TS file no test reaches is unmatched (a runner may load it by name: a setup file, --import),
      // unless every suite's runner loads nothing but its test files and what they import and run.
      const known = names.every((name) => importSuites.includes(names.indexOf(name)) && !runnerLoadsMore(config.suites[name]));
      if (known) for (const path of changedCode) if (isJsFile(path) && existing.has(path)) claimed.add(path);
    }
  }

  const unmatched = paths.filter((path) => !claimed.has(path));
  if (unmatched.length > 0 && config.unmatched === 'run-all') {
    const more = unmatched.length > 1 ? ` (and ${unmatched.length - 1} more)` : '';
    return everything(`run-all: ${unmatched[0]}${more} matches no suite (unmatched: run-all)`);
  }

  names.forEach((name, index) => {
    if (config.suites[name].always) {
      picks[index].reasons.unshift('always');
      picks[index].selected = true;
      picks[index].whole = true;
    }
  });

  // needs: selecting a suite selects what it depends on, transitively.
  const queue = names.map((_, index) => index).filter((index) => picks[index].selected);
  for (let i = 0; i < queue.length; i++) {
    const name = names[queue[i]];
    for (const need of config.suites[name].needs) {
      const index = names.indexOf(need);
      if (index < 0) continue;
      const pick = picks[index];
      pick.reasons.push(`needed by ${name}`);
      pick.whole = true;
      if (!pick.selected) {
        pick.selected = true;
        queue.push(index);
      }
    }
  }

  return names.map((name, index) => {
    const pick = picks[index];
    const suite = config.suites[name];
    if (!pick.selected) return { name, selected: false, reasons: [skipReason(suite, paths.length)] };
    const reasons = pick.more > 0 ? [...pick.reasons, `… and ${pick.more} more`] : pick.reasons;
    const plan: SuitePlan = { name, selected: true, reasons };
    if (!pick.whole && pick.files && suite['files-arg']) {
      const files = [...pick.files].filter((file) => existing?.has(file)).sort();
      const total = testFileCounts.get(index) ?? files.length;
      if (files.length === 0)
        // only deleted test files were selected: there is nothing left to run
        return { name, selected: false, reasons: [`only deleted test files were selected (${[...pick.files].sort().join(', ')})`] };
      plan.files = files;
      plan.testFiles = total;
      plan.reasons = [`${files.length} of ${total} test files run (imports)`, ...reasons];
    }
    return plan;
  });
}

function skipReason(suite: Config['suites'][string], changedCount: number): string {
  if (changedCount === 0) return 'no files changed';
  const parts: string[] = [];
  if (suite.paths) parts.push(`no changed file matches ${suite.paths.join(', ')}`);
  if (suite.impact === 'imports' && suite.tests) parts.push(`no changed file is imported by ${suite.tests.join(', ')}`);
  if (suite.cassettes) parts.push(`no cassette changed (${suite.cassettes.path.join(', ')})`);
  return parts.length > 0 ? parts.join('; ') : 'no paths declared: runs only on full runs, run-all or needs';
}

/**
 * The changed files whose change can be followed by binding (JS/TS) or by name (Python): modified,
 * known before, not a test or a global file.
 */
function bindingSelections(
  input: SelectInput,
  graph: ImportGraph,
  paths: string[],
  isTest: (file: string) => boolean,
): Map<string, BindingSelection> {
  const found = new Map<string, BindingSelection>();
  const tools = graph.js;
  if (!input.previous) return found;
  const importers = reverse(graph);
  for (const change of input.changed ?? []) {
    const before = input.previous[change.path];
    if (change.status !== 'modified' || before === undefined || isTest(change.path) || !paths.includes(change.path)) continue;
    if (graph.global.has(change.path) || graph.dynamic.has(change.path)) continue;
    let selection: BindingSelection | { why: string } | undefined;
    if (change.path.endsWith('.py')) {
      try {
        selection = selectPythonByName({ root: input.repoRoot, path: change.path, before, graph, isTest });
      } catch {
        selection = undefined; // whatever went wrong reading it by name: by file
      }
    } else if (tools && isJsFile(change.path))
      selection = selectByBinding({
        root: input.repoRoot,
        path: change.path,
        before,
        tools,
        importers: (file) => importers.get(file) ?? [],
        specifiers: (file) => tools.scans.get(file)?.specifiers ?? [],
        spawned: (file) => tools.scans.get(file)?.spawned ?? [],
        isTest,
      });
    if (selection && !('why' in selection)) found.set(change.path, selection);
  }
  return found;
}
