/**
 * Replaying selection over history: for each commit, in a scratch worktree checked out at that
 * commit, build that commit's own import graph and select as a pull request would. With verify,
 * also run every test file at the commit and at its parent, run the selection itself, and name the
 * tests whose outcome changed but that the selection left out — the failures it would have missed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Config } from '../config/schema.js';
import type { Baseline, ChangedFile, EventInfo, Plan, RunsFile, SuitePlan, TestStatus } from '../model.js';
import { runPlan } from '../pipeline/run.js';
import type { Clock } from '../util/clock.js';
import type { Git } from '../util/git.js';
import type { Log } from '../util/log.js';
import { medianOf } from '../util/stats.js';
import { parseNameStatus, previousTexts } from './changes.js';
import { GlobIndex } from './globs.js';
import { buildImportGraph, isCodeFile } from './imports.js';
import { changeUnits, type FunctionSpan, jsFunctions, mutateFunctions, mutateModule, pythonFunctions } from './mutants.js';
import { loadOxc } from './native.js';
import { runShell } from './replay-shell.js';
import {
  coverageArgs,
  exportCoverageJson,
  type Hunk,
  type PerTestCoverage,
  parseHunks,
  pythonDefs,
  pythonOf,
  readCoverageJson,
  selectByCoverage,
  type TestSelection,
  testKeyOfJunit,
  writeCoverageRc,
} from './pytest-coverage.js';
import { selectSuites } from './select.js';
import { pushAll } from '../util/arrays.js';

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** One unit of test time: a test file of a suite that can run files alone, else the whole suite. */
export interface WorkItem {
  suite: string;
  /** undefined: the whole suite */
  file?: string;
}
const itemKey = (item: WorkItem) => `${item.suite}\u0000${item.file ?? ''}`;

export interface TestOutcome {
  suite: string;
  file?: string;
  name: string;
  status: TestStatus | 'absent';
  /** seconds, as the report says */
  seconds?: number;
  classname?: string;
}

/** The full run of one commit: every work item's duration and its tests' outcomes. */
export interface FullRun {
  commit: string;
  items: Array<WorkItem & { seconds: number; problems: string[] }>;
  /** "suite\0file\0classname name" → status */
  tests: Record<string, TestOutcome>;
  /** with per-test: each pytest suite's per-test coverage (which test executed which line) */
  coverage?: Record<string, PerTestCoverage>;
}

export interface MissedTest {
  suite: string;
  file?: string;
  name: string;
  before: string;
  after: string;
}

export interface ReplayCommit {
  commit: string;
  subject: string;
  changed: number;
  /** the commit changes one file, a source file that is not a test */
  oneSource: boolean;
  /** why the selection is as large as it is: the only test file, every test file loads it, a suite ran whole (its reason), … */
  why: string;
  /** test files (or whole suites) selected, and how many there are */
  selectedItems: number;
  totalItems: number;
  /** test time of the selection and of everything: seconds when measured or from a baseline, else item counts */
  selectedTime: number;
  totalTime: number;
  /** suites that ran whole, with the first reason (run-all, unmatched, paths) */
  whole: string[];
  note?: string;
  /** with verify: tests whose outcome changed between parent and commit */
  changedTests?: number;
  missed?: MissedTest[];
  /** with verify and mutants: each changed source file's mutant (its changed functions, else the file), the tests that then failed and those not selected */
  mutants?: MutantCheck[];
  /**
   * with mutants, when every changed source file had one: the test files (and their time) holding a
   * test the mutants failed — what the best safe selection by file must run
   */
  boundItems?: number;
  boundTime?: number;
  /** with verify: the selection's own run disagreed with the full run (or could not run) */
  selectionProblems?: string[];
  /** with per-test: selection by test from the parent's per-test coverage */
  perTest?: PerTestRow;
}

export interface PerTestRow {
  /** tests selected and all tests (JUnit test cases at the commit) */
  selectedTests: number;
  totalTests: number;
  /** their summed durations, seconds; the same sum for the file-level selection */
  selectedTime: number;
  totalTime: number;
  fileLevelTime: number;
  /** why a suite fell back to selection by file (the first reason), per suite */
  fallback: string[];
  reasons: string[];
  /** tests whose outcome changed that the per-test selection left out */
  missed: MissedTest[];
  /** the selected tests run alone (files-arg with pytest node ids) disagreeing with the full run */
  selectionProblems: string[];
  /** changed functions made to throw on entry: the tests that then failed, and those not selected */
  mutants?: MutantCheck[];
}

export interface MutantCheck {
  /** the file, or the file and the functions made to throw (`index.js random(), customRandom()`) */
  file: string;
  /** set when the whole file threw on load: why the change is not inside function bodies */
  module?: string;
  /** tests (or whole test files) that fail with the mutant */
  failing: number;
  /** with file-level mutants: the test files holding them */
  files?: string[];
  missed: MissedTest[];
}

/** Source files a mutant can be made of (a throw on load), and how many per commit. */
const MUTABLE = /\.(?:[cm]?[jt]sx?|py)$/;
const MAX_MUTANTS = 3;

export interface ReplayOptions {
  root: string;
  git: Git;
  config: Config;
  configPath: string;
  verify: boolean;
  /** with verify: also check mutants of each changed source file */
  mutants?: boolean;
  /** shell command run in the worktree after each checkout (install dependencies, link a cache) */
  setup?: string;
  baseline?: Baseline;
  /** directory of recorded full runs (<commit>.json): read when present, written after each run */
  record?: string;
  /** with verify: record per-test coverage of pytest suites and select by test as well */
  perTest?: boolean;
  log: Log;
  clock: Clock;
  /** progress lines (stderr in the CLI) */
  progress(line: string): void;
}

/** The suite's test files at the checkout (by its `tests` globs), when it can run files alone. */
function workItems(config: Config, files: string[]): WorkItem[] {
  const items: WorkItem[] = [];
  for (const [suite, spec] of Object.entries(config.suites)) {
    if (spec.tests && spec['files-arg']) {
      const index = new GlobIndex();
      index.add(0, spec.tests);
      const tests = files.filter((file) => index.owners(file).length > 0).sort();
      if (tests.length > 0) {
        for (const file of tests) items.push({ suite, file });
        continue;
      }
    }
    items.push({ suite });
  }
  return items;
}

/** "tests.test_escape" (pytest) or "test/defu.test.ts" (vitest) → the test file, when it is one. */
function fileFromClassname(classname: string | undefined, testFiles: Set<string>): string | undefined {
  if (!classname) return undefined;
  if (testFiles.has(classname)) return classname;
  const parts = classname.split('.');
  for (let end = parts.length; end > 0; end--) {
    const path = `${parts.slice(0, end).join('/')}.py`;
    if (testFiles.has(path)) return path;
  }
  return undefined;
}

function isTestFile(config: Config, path: string): boolean {
  const index = new GlobIndex();
  for (const spec of Object.values(config.suites)) if (spec.tests) index.add(0, spec.tests);
  return index.owners(path).length > 0;
}

/** The commit changes one file and nothing else, a source file (JS/TS or Python) that no suite's `tests` globs name. */
export function isOneSource(config: Config, changed: ChangedFile[]): boolean {
  return changed.length === 1 && isCodeFile(changed[0].path) && !isTestFile(config, changed[0].path);
}

/** What a commit changes against its parent (renames found), as selection sees it. */
export async function changedBetween(git: Git, parent: string, commit: string): Promise<ChangedFile[]> {
  return parseNameStatus(await git.run(['diff', '--name-status', '-z', '--find-renames', parent, commit]));
}

const WHOLE_FILE = '(the whole file)';

const failing = (status: string) => status === 'failed' || status === 'errored';

export class Replayer {
  private readonly worktree: string;
  private readonly scratch: string;
  private checkedOut?: string;
  private readonly runs = new Map<string, FullRun>();
  /** suites whose reports do not name test files: run one file at a time */
  private readonly perFile = new Set<string>();

  constructor(private readonly options: ReplayOptions) {
    this.scratch = mkdtempSync(join(tmpdir(), 'testops-replay-'));
    this.worktree = join(this.scratch, 'worktree');
  }

  async open(): Promise<void> {
    await this.options.git.run(['worktree', 'add', '--detach', '--quiet', this.worktree, 'HEAD']);
  }

  async close(): Promise<void> {
    await this.options.git.run(['worktree', 'remove', '--force', this.worktree], { allowFailure: true });
    rmSync(this.scratch, { recursive: true, force: true });
  }

  private async checkout(commit: string): Promise<void> {
    if (this.checkedOut === commit) return;
    const git = this.options.git;
    await git.run(['-C', this.worktree, 'checkout', '--quiet', '--detach', '--force', commit]);
    // untracked files of the previous commit go; ignored ones (node_modules, .venv) stay for the next
    await git.run(['-C', this.worktree, 'clean', '-fdq']);
    this.checkedOut = commit;
    if (this.options.setup) {
      const result = await runShell(this.options.setup, this.worktree);
      if (result.code !== 0)
        throw new UsageError(
          `--setup failed at ${commit.slice(0, 10)} (exit ${result.code}): ${result.output.trim().split('\n').slice(-3).join(' | ')}`,
        );
    }
  }

  private async files(): Promise<string[]> {
    const out = await this.options.git.run(['-C', this.worktree, 'ls-files', '-z']);
    return out.split('\0').filter(Boolean);
  }

  /** Selection for one commit against its parent, with that commit's own graph. */
  async replay(commit: string, parent: string, subject: string): Promise<ReplayCommit> {
    const { config, configPath, git } = this.options;
    const changed = await changedBetween(git, parent, commit);
    const before = this.options.verify && parent !== EMPTY_TREE ? await this.fullRun(parent) : undefined;
    await this.checkout(commit);
    const files = await this.files();
    const needsGraph = Object.values(config.suites).some((suite) => suite.impact === 'imports');
    const graph = needsGraph ? await buildImportGraph(this.worktree, { files }) : undefined;
    const event: EventInfo = { name: 'replay', headSha: commit, isDefaultBranch: false, isFork: false };
    const previous = graph ? await previousTexts(git, parent, changed) : undefined;
    const plan = selectSuites({ config, configPath, changed, event, repoRoot: this.worktree, importGraph: graph, previous });
    const items = workItems(config, files);
    const chosen = selectedItems(plan, items);
    const row: ReplayCommit = {
      commit,
      subject,
      changed: changed.length,
      oneSource: isOneSource(config, changed),
      selectedItems: chosen.size,
      totalItems: items.length,
      selectedTime: 0,
      totalTime: 0,
      whole: plan.filter((suite) => suite.selected && !suite.files).map((suite) => `${suite.name}: ${suite.reasons[0] ?? ''}`),
      why: '',
    };
    row.why = whyOf(row);
    const fullReason = plan.every((suite) => suite.selected)
      ? plan[0]?.reasons.find((reason) => reason.startsWith('run-all') || reason.startsWith('full run'))
      : undefined;
    if (fullReason) row.note = fullReason;

    if (this.options.verify) {
      const after = await this.fullRun(commit);
      const seconds = new Map(after.items.map((item) => [itemKey(item), item.seconds]));
      for (const item of items) {
        const time = seconds.get(itemKey(item)) ?? 0;
        row.totalTime += time;
        if (chosen.has(itemKey(item))) row.selectedTime += time;
      }
      const changedTests = outcomeChanges(before, after);
      row.changedTests = changedTests.length;
      row.missed = changedTests.filter(
        (test) => !chosen.has(itemKey({ suite: test.suite, file: test.file })) && !chosen.has(itemKey({ suite: test.suite })),
      );
      row.selectionProblems = await this.runSelection(plan, after);
      if (this.options.mutants) {
        const { checks, mustRun, complete } = await this.mutants(commit, parent, changed, after, chosen);
        row.mutants = checks;
        // the bound: the test time of the files whose tests the change's mutants fail (a failure with no file: its whole suite)
        if (complete) {
          row.boundTime = 0;
          row.boundItems = 0;
          for (const item of items)
            if (mustRun.has(itemKey(item)) || mustRun.has(itemKey({ suite: item.suite }))) {
              row.boundTime += seconds.get(itemKey(item)) ?? 0;
              row.boundItems++;
            }
        }
      }
      if (this.options.perTest) row.perTest = await this.perTest(commit, parent, changed, plan, before, after, chosen, changedTests);
    } else {
      const weight = weigher(this.options.baseline, items);
      for (const item of items) {
        row.totalTime += weight(item);
        if (chosen.has(itemKey(item))) row.selectedTime += weight(item);
      }
    }
    return row;
  }

  /** Every test file of every suite, one process each, at a commit (recorded runs are read, not repeated). */
  async fullRun(commit: string): Promise<FullRun> {
    const known = this.runs.get(commit);
    if (known) return known;
    const recorded = this.options.record ? join(this.options.record, `${commit}.json`) : undefined;
    if (recorded) {
      try {
        const run = JSON.parse(readFileSync(recorded, 'utf8')) as FullRun;
        if (run.commit === commit && Array.isArray(run.items) && (!this.options.perTest || this.hasCoverage(run))) {
          this.runs.set(commit, run);
          return run;
        }
      } catch {
        // not recorded yet
      }
    }
    await this.checkout(commit);
    const run = await this.runEverything(commit, `full-${commit.slice(0, 10)}`);
    this.options.progress(`  ran ${run.items.length} test file(s) at ${commit.slice(0, 10)}: ${Object.keys(run.tests).length} tests`);
    this.runs.set(commit, run);
    if (recorded) {
      mkdirSync(this.options.record as string, { recursive: true });
      writeFileSync(recorded, JSON.stringify(run));
    }
    return run;
  }

  /** Suites whose per-test coverage can be recorded: pytest (through pytest-cov's test contexts). */
  private coverageSuites(): string[] {
    if (!this.options.perTest) return [];
    return Object.entries(this.options.config.suites)
      .filter(([, spec]) => /\bpytest\b/.test(spec.command ?? ''))
      .map(([name]) => name);
  }

  private hasCoverage(run: FullRun): boolean {
    return this.coverageSuites().every((suite) => run.coverage?.[suite] !== undefined);
  }

  /** Every test file of every suite in the worktree as it is now (pytest suites with per-test coverage when asked). */
  private async runEverything(commit: string, label: string, withCoverage = true): Promise<FullRun> {
    const repoFiles = await this.files();
    const items = workItems(this.options.config, repoFiles);
    const run: FullRun = { commit, items: [], tests: {} };
    const covered = withCoverage ? this.coverageSuites() : [];
    for (const suite of new Set(items.map((item) => item.suite))) {
      const own = items.filter((item) => item.suite === suite);
      const files = own.flatMap((item) => (item.file ? [item.file] : []));
      if (covered.includes(suite)) {
        const dir = mkdtempSync(join(this.scratch, 'coverage-'));
        const paths = writeCoverageRc(dir);
        const whole = await this.runItems([{ suite }], label, undefined, coverageArgs(paths.rc));
        try {
          exportCoverageJson(pythonOf(this.options.config.suites[suite].command ?? '', this.worktree), paths.rc, paths.json, this.worktree);
          run.coverage = { ...run.coverage, [suite]: readCoverageJson(readFileSync(paths.json, 'utf8'), new Set(repoFiles)) };
        } catch (error) {
          whole.problems.push(`per-test coverage was not recorded: ${(error as Error).message.split('\n')[0]}`);
        }
        rmSync(dir, { recursive: true, force: true });
        const attributed = Object.values(whole.tests).every((test) => test.file !== undefined && files.includes(test.file));
        if (files.length === 0 || (attributed && whole.problems.length === 0)) {
          Object.assign(run.tests, whole.tests);
          for (const item of own) run.items.push({ ...item, seconds: shareOf(whole, item), problems: item.file ? [] : whole.problems });
          continue;
        }
        // a collection error or an unattributed test: outcomes come from the runs below, file by file if need be
      }
      // One run of the whole suite when its report names each test's file; else (node:test) one run per file.
      if (!this.perFile.has(suite)) {
        const whole = await this.runItems([{ suite }], label);
        const attributed = Object.values(whole.tests).every((test) => test.file !== undefined && files.includes(test.file));
        if (files.length === 0 || (attributed && whole.problems.length === 0)) {
          Object.assign(run.tests, whole.tests);
          for (const item of own) run.items.push({ ...item, seconds: shareOf(whole, item), problems: item.file ? [] : whole.problems });
          continue;
        }
        if (!attributed) this.perFile.add(suite);
      }
      for (const item of own) {
        const result = await this.runItems([item], label);
        run.items.push({ ...item, seconds: result.seconds, problems: result.problems });
        Object.assign(run.tests, result.tests);
      }
    }
    return run;
  }

  /**
   * Mutants of the change: in each changed source file, the functions whose bodies hold every
   * difference are made to throw on entry (all of a file's at once), or the whole file throws when
   * loaded when the change is (also) outside function bodies (see mutants.ts). The tests that then
   * fail depend on the change at run time, whatever the graph says; every one must be in the
   * selection. The test files holding them are what any safe selection by file must run: the bound.
   */
  private async mutants(
    commit: string,
    parent: string,
    changed: ChangedFile[],
    after: FullRun,
    chosen: Set<string>,
  ): Promise<{ checks: MutantCheck[]; mustRun: Set<string>; complete: boolean }> {
    const checks: MutantCheck[] = [];
    const mustRun = new Set<string>();
    const sources = changed.filter((file) => !isTestFile(this.options.config, file.path) && isCodeFile(file.path));
    const candidates = sources
      .filter((file) => MUTABLE.test(file.path) && existsSync(join(this.worktree, file.path)))
      .slice(0, MAX_MUTANTS);
    for (const file of candidates) {
      const path = file.path;
      const absolute = join(this.worktree, path);
      const original = readFileSync(absolute, 'utf8');
      const units = await this.changeUnitsOf(file, parent, original);
      if ('functions' in units && units.functions.length === 0) {
        // comments and layout only: no code runs differently, so no test can depend on the change
        checks.push({ file: `${path} (comments and layout only: no mutant)`, failing: 0, files: [], missed: [] });
        continue;
      }
      const mutant = 'functions' in units ? mutateFunctions(path, original, units.spans, units.functions) : mutateModule(path, original);
      writeFileSync(absolute, mutant);
      let run: FullRun;
      try {
        run = await this.runEverything(commit, `mutant-${commit.slice(0, 10)}`, false);
      } finally {
        writeFileSync(absolute, original);
      }
      const dependents = outcomeChanges(after, run).filter((test) => test.after !== 'ran');
      const missed = dependents.filter(
        (test) => !chosen.has(itemKey({ suite: test.suite, file: test.file })) && !chosen.has(itemKey({ suite: test.suite })),
      );
      for (const test of dependents) mustRun.add(itemKey({ suite: test.suite, file: test.file }));
      const label = 'functions' in units ? `${path} ${units.functions.map((name) => `${name}()`).join(', ')}` : path;
      this.options.progress(
        `  mutant ${label} at ${commit.slice(0, 10)}: ${dependents.length} test(s) fail, ${missed.length} not selected`,
      );
      const files = [...new Set(dependents.map((test) => test.file ?? `${test.suite} (whole suite)`))].sort();
      checks.push({ file: label, failing: dependents.length, files, missed, ...('module' in units ? { module: units.module } : {}) });
    }
    // a bound only where the mutants cover the whole change (no test, data or config file changed beside them)
    return { checks, mustRun, complete: candidates.length > 0 && candidates.length === changed.length };
  }

  /** The functions a change to one file lies in (with their spans at the commit), or why it is module-level. */
  private async changeUnitsOf(
    file: ChangedFile,
    parent: string,
    now: string,
  ): Promise<{ functions: string[]; spans: FunctionSpan[] } | { module: string }> {
    if (file.status !== 'modified') return { module: `the file was ${file.status}` };
    const old = await this.options.git.run(['show', `${parent}:${file.path}`], { allowFailure: true });
    const spansOf = async (text: string): Promise<FunctionSpan[] | { error: string }> => {
      if (file.path.endsWith('.py')) {
        const command = Object.values(this.options.config.suites).find((spec) => /\bpytest\b/.test(spec.command ?? ''))?.command ?? '';
        try {
          const defs = pythonDefs(pythonOf(command, this.worktree), { file: text }).file;
          return 'error' in defs ? defs : pythonFunctions(text, defs);
        } catch (error) {
          return { error: `the functions could not be read with python: ${(error as Error).message.split('\n')[0]}` };
        }
      }
      const oxc = await loadOxc();
      return typeof oxc === 'string' ? { error: oxc } : jsFunctions(oxc.parser, file.path, text);
    };
    const after = await spansOf(now);
    const units = changeUnits({ text: old, spans: await spansOf(old) }, { text: now, spans: after });
    return 'functions' in units && !('error' in after)
      ? { functions: units.functions, spans: after }
      : { module: 'module' in units ? units.module : '' };
  }

  /**
   * Selection by test for the pytest suites, from the parent's per-test coverage: the changed
   * functions' tests (and changed test files whole), or selection by file where coverage cannot vouch
   * for the change. Measured in summed test durations at the commit, beside the file-level selection
   * in the same unit; the outcome changes it leaves out are its misses; with mutants, each changed
   * function is made to throw on entry and every test that then fails must be selected.
   */
  private async perTest(
    commit: string,
    parent: string,
    changed: ChangedFile[],
    plan: SuitePlan[],
    before: FullRun | undefined,
    after: FullRun,
    chosen: Set<string>,
    changedTests: MissedTest[],
  ): Promise<PerTestRow> {
    const { config, git } = this.options;
    const covered = this.coverageSuites();
    const fallback: string[] = [];
    const reasons: string[] = [];
    const selections = new Map<string, TestSelection>();
    const python = covered.length > 0 ? pythonOf(config.suites[covered[0]].command ?? '', this.worktree) : 'python3';
    const sources = changed.filter((file) => file.status === 'modified' && file.path.endsWith('.py') && !isTestFile(config, file.path));
    const hunks: Record<string, Hunk[]> = {};
    let defsBefore: ReturnType<typeof pythonDefs> = {};
    let defsAfter: ReturnType<typeof pythonDefs> = {};
    if (covered.length > 0 && sources.length > 0) {
      const old: Record<string, string> = {};
      const now: Record<string, string> = {};
      for (const { path } of sources) {
        hunks[path] = parseHunks(await git.run(['diff', '-U0', '--no-color', '--no-ext-diff', parent, commit, '--', path]));
        old[path] = await git.run(['show', `${parent}:${path}`]);
        now[path] = readFileSync(join(this.worktree, path), 'utf8');
      }
      try {
        defsBefore = pythonDefs(python, old);
        defsAfter = pythonDefs(python, now);
      } catch (error) {
        const why = `the functions of the changed files could not be read with ${python}: ${(error as Error).message.split('\n')[0]}`;
        for (const path of Object.keys(old)) defsBefore[path] = { error: why };
      }
    }
    for (const suite of plan) {
      if (!suite.selected) continue;
      if (!covered.includes(suite.name)) {
        fallback.push(`${suite.name}: per-test coverage is recorded for pytest suites only`);
        continue;
      }
      const coverage = before?.coverage?.[suite.name];
      if (!coverage) {
        fallback.push(`${suite.name}: no per-test coverage at the parent`);
        continue;
      }
      if (!suite.files) {
        fallback.push(`${suite.name}: ran whole (${suite.reasons[0] ?? ''})`);
        continue;
      }
      const selection = selectByCoverage({
        changed,
        hunks,
        defsBefore,
        defsAfter,
        coverage,
        isTestFile: (path) => isTestFile(config, path),
      });
      if (selection.fallback) fallback.push(`${suite.name}: ${selection.fallback}`);
      else selections.set(suite.name, selection);
      pushAll(
        reasons,
        selection.reasons.map((reason) => `${suite.name}: ${reason}`),
      );
    }
    const fileChosen = (test: { suite: string; file?: string }) =>
      chosen.has(itemKey({ suite: test.suite, file: test.file })) || chosen.has(itemKey({ suite: test.suite }));
    // outcome changes name a test by suite, file and name; its classname (pytest's Class) comes from the run
    // (the same name in two classes: selected only when both are)
    const classnames = new Map<string, Array<string | undefined>>();
    for (const test of Object.values(after.tests)) {
      const key = `${test.suite}\u0000${test.file ?? ''}\u0000${test.name}`;
      classnames.set(key, [...(classnames.get(key) ?? []), test.classname]);
    }
    const testChosen = (test: { suite: string; file?: string; name: string; classname?: string }) => {
      const selection = selections.get(test.suite);
      if (!selection || !test.file) return fileChosen(test);
      if (selection.files.has(test.file)) return true;
      // a test file that stopped producing results is caught when any of its tests runs
      if (test.name === WHOLE_FILE) return [...selection.tests].some((key) => key.startsWith(`${test.file}::`));
      const file = test.file;
      const candidates = test.classname
        ? [test.classname]
        : (classnames.get(`${test.suite}\u0000${file}\u0000${test.name}`) ?? [undefined]);
      return candidates.every((classname) => selection.tests.has(testKeyOfJunit(file, classname, test.name)));
    };
    const row: PerTestRow = {
      selectedTests: 0,
      totalTests: 0,
      selectedTime: 0,
      totalTime: 0,
      fileLevelTime: 0,
      fallback,
      reasons,
      missed: changedTests.filter((test) => !testChosen(test)),
      selectionProblems: [],
    };
    // run just the selected tests, as a rerun would (files-arg with node ids), and compare with the full run
    for (const [suite, selection] of selections) {
      const ids = [...selection.files, ...[...selection.tests].filter((key) => !selection.files.has(key.split('::')[0]))].sort();
      if (ids.length === 0) continue;
      const planned: SuitePlan = { name: suite, selected: true, reasons: ['by test'], files: ids };
      const result = await this.runItems(
        ids.map((file) => ({ suite, file })),
        `by-test-${suite}`,
        planned,
      );
      pushAll(
        row.selectionProblems,
        result.problems.map((problem) => `${suite}: ${problem}`),
      );
      const id = (test: TestOutcome) => `${test.file ?? ''}\u0000${test.classname ?? ''}\u0000${test.name}`;
      const got = new Map(Object.values(result.tests).map((test) => [id(test), test]));
      const absent = new Set<string>();
      for (const test of Object.values(after.tests)) {
        if (test.suite !== suite || !test.file || !testChosen(test)) continue;
        const key = testKeyOfJunit(test.file, test.classname, test.name);
        const ran = got.get(id(test));
        if (!ran) absent.add(key);
        else if (failing(ran.status) !== failing(test.status))
          row.selectionProblems.push(`${suite}: ${key} is ${ran.status} run by test but ${test.status} in the full run`);
      }
      if (absent.size > 0)
        row.selectionProblems.push(
          `${suite}: run by test, ${[...absent].slice(0, 3).join(', ')}${absent.size > 3 ? ` and ${absent.size - 3} more` : ''} reported nothing`,
        );
    }
    for (const test of Object.values(after.tests)) {
      const seconds = test.seconds ?? 0;
      row.totalTests++;
      row.totalTime += seconds;
      if (fileChosen(test)) row.fileLevelTime += seconds;
      if (testChosen(test)) {
        row.selectedTests++;
        row.selectedTime += seconds;
      }
    }
    if (this.options.mutants && selections.size > 0) {
      row.mutants = [];
      const functions = [...selections.values()].flatMap((selection) => selection.functions).slice(0, MAX_MUTANTS);
      for (const { path, name } of functions) {
        const defs = defsAfter[path];
        const def = Array.isArray(defs) ? defs.find((candidate) => candidate.name === name) : undefined;
        const absolute = join(this.worktree, path);
        const original = readFileSync(absolute, 'utf8');
        const lines = original.split('\n');
        if (!def || def.body <= def.start || lines[def.body - 1] === undefined) continue;
        const indent = /^\s*/.exec(lines[def.body - 1])?.[0] ?? '';
        lines.splice(def.body - 1, 0, `${indent}raise RuntimeError("testops replay mutant: ${name}")`);
        writeFileSync(absolute, lines.join('\n'));
        let run: FullRun;
        try {
          run = await this.runEverything(commit, `fn-mutant-${commit.slice(0, 10)}`, false);
        } finally {
          writeFileSync(absolute, original);
        }
        const dependents = outcomeChanges(after, run).filter((test) => test.after !== 'ran');
        const missed = dependents.filter((test) => !testChosen(test));
        this.options.progress(
          `  mutant ${path} ${name}() at ${commit.slice(0, 10)}: ${dependents.length} test(s) fail, ${missed.length} not selected by test`,
        );
        row.mutants.push({ file: `${path} ${name}()`, failing: dependents.length, missed });
      }
    }
    return row;
  }

  /** Runs the selected files as the plan would (files-arg with every selected file) and compares with the full run. */
  private async runSelection(plan: SuitePlan[], full: FullRun): Promise<string[]> {
    const problems: string[] = [];
    for (const suite of plan) {
      if (!suite.selected || !suite.files || suite.files.length === 0) continue;
      const items = suite.files.map((file) => ({ suite: suite.name, file }));
      const result = await this.runItems(items, `selection-${suite.name}`, suite);
      for (const problem of result.problems) problems.push(`${suite.name}: ${problem}`);
      // Match each test of the selected files in the full run with the selection run's: by file when the
      // report names files, else (node:test with several files) by classname and name.
      const withoutFile = (key: string) => key.replace(/\u0000[^\u0000]*\u0000/, '\u0000\u0000');
      const attributed = Object.values(result.tests).every((test) => test.file !== undefined);
      const got = new Map<string, TestOutcome>();
      for (const [key, test] of Object.entries(result.tests)) got.set(attributed ? key : withoutFile(key), test);
      const selected = new Set(suite.files);
      const missingFiles = new Set<string>();
      for (const [key, expected] of Object.entries(full.tests)) {
        if (expected.suite !== suite.name || !expected.file || !selected.has(expected.file)) continue;
        const test = got.get(attributed ? key : withoutFile(key));
        if (!test) missingFiles.add(expected.file);
        else if (failing(expected.status) !== failing(test.status))
          problems.push(
            `${suite.name}: ${expected.file} › ${test.name} is ${test.status} in the selection run but ${expected.status} in the full run`,
          );
      }
      const missing = [...missingFiles].sort();
      if (missing.length > 0) problems.push(`${suite.name}: the selection run reported no tests of ${missing.join(', ')}`);
    }
    return problems;
  }

  /** Runs work items of one suite through the runner (files-arg when files are given) and reads their outcomes. */
  private async runItems(
    items: WorkItem[],
    label: string,
    planned?: SuitePlan,
    /** appended to the suite's command (per-test coverage) */
    suffix?: string,
  ): Promise<{ seconds: number; tests: Record<string, TestOutcome>; problems: string[] }> {
    const suite = items[0].suite;
    const files = items.flatMap((item) => (item.file ? [item.file] : []));
    const suitePlan: SuitePlan = planned ?? { name: suite, selected: true, reasons: ['replay'], ...(files.length > 0 ? { files } : {}) };
    const plan: Plan = {
      version: 1,
      createdAt: this.options.clock.now().toISOString(),
      configPath: this.options.configPath,
      repoRoot: this.worktree,
      event: { name: 'replay', headSha: this.checkedOut ?? '', isDefaultBranch: false, isFork: false },
      changedFiles: null,
      changedSource: 'none',
      full: false,
      suites: Object.keys(this.options.config.suites).map((name) =>
        name === suite ? suitePlan : { name, selected: false, reasons: ['not this item'] },
      ),
      seed: '1',
      cache: { key: '', restoreKeys: [] },
      problems: [],
    };
    const work = mkdtempSync(join(this.scratch, `${label}-`));
    // needs of the suite are not run: each item is one suite's test files
    const spec = this.options.config.suites[suite];
    const config: Config = {
      ...this.options.config,
      suites: {
        ...this.options.config.suites,
        [suite]: { ...spec, needs: [], ...(suffix && spec.command ? { command: `${spec.command}${suffix}` } : {}) },
      },
    };
    const runs: RunsFile = await runPlan({
      plan,
      config,
      repoRoot: this.worktree,
      workDir: work,
      runsPath: join(work, 'runs.json'),
      log: this.options.log,
      clock: this.options.clock,
    });
    rmSync(work, { recursive: true, force: true });
    const run = runs.suites.find((entry) => entry.name === suite);
    const tests: Record<string, TestOutcome> = {};
    // files may be pytest node ids (`tests/test_a.py::test_b`): their file is the part before `::`
    const paths = [...new Set(files.map((file) => file.split('::')[0]))];
    const single = paths.length === 1 ? paths[0] : undefined;
    const testFiles = new Set(
      files.length > 0
        ? paths
        : workItems(this.options.config, await this.files()).flatMap((item) => (item.suite === suite && item.file ? [item.file] : [])),
    );
    for (const test of run?.tests ?? []) {
      // node:test and others leave the file out of JUnit: a one-file run knows it; pytest's classname names it
      const file = test.file ?? fileFromClassname(test.classname, testFiles) ?? single;
      tests[`${suite}\u0000${file ?? ''}\u0000${test.classname ?? ''} ${test.name}`] = {
        suite,
        file,
        name: test.name,
        status: test.status,
        seconds: test.duration,
        ...(test.classname ? { classname: test.classname } : {}),
      };
    }
    const problems = (run?.problems ?? []).map((problem) => problem.message);
    if (run && run.tests.length === 0 && run.status !== 'passed')
      problems.push(`${files.join(' ') || suite}: ${run.status} with no test results (exit ${run.exitCode})`);
    return { seconds: run?.duration ?? 0, tests, problems };
  }
}

/** An item's share of a whole-suite run: the suite's wall time split by the test time of each file. */
function shareOf(whole: { seconds: number; tests: Record<string, TestOutcome & { seconds?: number }> }, item: WorkItem): number {
  if (!item.file) return whole.seconds;
  const tests = Object.values(whole.tests);
  const total = tests.reduce((sum, test) => sum + (test.seconds ?? 0), 0);
  const mine = tests.filter((test) => test.file === item.file).reduce((sum, test) => sum + (test.seconds ?? 0), 0);
  const files = new Set(tests.map((test) => test.file)).size || 1;
  return total > 0 ? (whole.seconds * mine) / total : whole.seconds / files;
}

/**
 * Why a commit's selection is as large as it is, in a few fixed words (the summary counts them):
 * a suite ran whole (with its first reason), every test file loads the change (and how many there
 * are), some do, or none.
 */
export function whyOf(row: Pick<ReplayCommit, 'selectedItems' | 'totalItems' | 'whole'>): string {
  if (row.whole.length > 0) return `ran whole (${row.whole[0]})`;
  if (row.selectedItems === 0) return 'no test file runs the change';
  if (row.selectedItems < row.totalItems) return 'some test files load it';
  return row.totalItems === 1 ? 'the only test file loads it' : 'every test file loads it';
}

/** The work items a plan runs: every item of a whole suite, the listed files of a narrowed one. */
export function selectedItems(plan: SuitePlan[], items: WorkItem[]): Set<string> {
  const chosen = new Set<string>();
  for (const suite of plan) {
    if (!suite.selected) continue;
    const files = suite.files ? new Set(suite.files) : undefined;
    for (const item of items) if (item.suite === suite.name && (!files || (item.file && files.has(item.file)))) chosen.add(itemKey(item));
  }
  return chosen;
}

/** Tests present after the commit whose pass/fail differs from before it (a new test counts when it fails). */
export function outcomeChanges(before: FullRun | undefined, after: FullRun): MissedTest[] {
  if (!before) return [];
  const changes: MissedTest[] = [];
  for (const [key, test] of Object.entries(after.tests)) {
    const previous = before.tests[key]?.status ?? 'absent';
    const wasFailing = failing(previous);
    if (test.status === 'skipped' || (previous === 'skipped' && !failing(test.status))) continue;
    if (previous === 'absent' ? failing(test.status) : wasFailing !== failing(test.status))
      changes.push({ suite: test.suite, file: test.file, name: test.name, before: previous, after: test.status });
  }
  // a test file that stopped running (a crash or an import error leaves no test results) changed as a whole
  const ranBefore = new Map(before.items.map((item) => [itemKey(item), item]));
  for (const item of after.items) {
    const previous = ranBefore.get(itemKey(item));
    const broken =
      item.problems.length > 0 &&
      !Object.values(after.tests).some((test) => test.suite === item.suite && (item.file === undefined || test.file === item.file));
    const wasBroken = previous ? previous.problems.length > 0 : false;
    if (broken !== wasBroken && (broken || previous))
      changes.push({
        suite: item.suite,
        file: item.file,
        name: WHOLE_FILE,
        before: wasBroken ? 'no results' : 'ran',
        after: broken ? item.problems[0] : 'ran',
      });
  }
  return changes;
}

/** Weights without a measurement: baseline file durations, else the suite's time spread over its files, else 1 each. */
function weigher(baseline: Baseline | undefined, items: WorkItem[]): (item: WorkItem) => number {
  if (!baseline) return () => 1;
  const median = medianOf;
  const perSuite = new Map<string, number>();
  for (const item of items) perSuite.set(item.suite, (perSuite.get(item.suite) ?? 0) + 1);
  return (item) =>
    (item.file ? median(baseline.fileDurations?.[item.suite]?.[item.file]) : undefined) ??
    (median(baseline.suiteDurations?.[item.suite]) ?? 1) / (perSuite.get(item.suite) ?? 1);
}
