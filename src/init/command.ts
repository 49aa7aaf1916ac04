/**
 * `testops init [--force] [--print] [--workflow]`: detect, write .github/testops.yml (and the
 * workflow), print what was found per suite and from which file. I/O lives here; detection is pure.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_PATHS } from '../config/load.js';
import { InputError, UsageError } from '../errors.js';
import { loadOxc } from '../impact/native.js';
import { createGit } from '../util/git.js';
import { GOTESTSUM_NOTE } from './go.js';
import { detect, LOOKED_FOR } from './index.js';
import type { ParseJs, RepoFiles } from './types.js';
import { CONFIG_PATH, configText, detectedLine } from './writer.js';
import { WORKFLOW_PATH, workflowText } from './workflow.js';

export const INIT_HELP = `testops init  [--force] [--print] [--workflow]
    Looks at the repository (package.json and workspaces, pytest, go.mod, pom.xml, Gradle;
    nothing is run) and writes .github/testops.yml with one suite per test setup found, each
    reporting JUnit, and says per suite what was found in which file. --print writes the config
    to stdout instead; --force replaces an existing config; --workflow also writes
    .github/workflows/testops.yml. Exit 2 when no test setup is found.`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Files from disk, listed by git (tracked, and untracked that are not ignored). */
/** The largest file init reads (package.json, pyproject.toml, a runner config). */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

export function diskFiles(root: string, paths: string[]): RepoFiles {
  const cache = new Map<string, string | undefined>();
  const set = new Set(paths);
  return {
    paths,
    has: (path) => set.has(path),
    read(path) {
      if (!cache.has(path)) {
        let text: string | undefined;
        try {
          // config files are small: a huge or special file (a link to /dev/zero) is not read at all
          const stats = statSync(join(root, path));
          text = stats.isFile() && stats.size <= MAX_CONFIG_BYTES ? readFileSync(join(root, path), 'utf8') : undefined;
        } catch {
          text = undefined;
        }
        cache.set(path, text);
      }
      return cache.get(path);
    },
  };
}

/** The first executable of that name on PATH, or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

async function jsParser(): Promise<ParseJs | undefined> {
  const oxc = await loadOxc();
  return typeof oxc === 'string' ? undefined : (file, text) => oxc.parser.parseSync(file, text);
}

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      force: { type: 'boolean' },
      print: { type: 'boolean' },
      workflow: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(`${INIT_HELP}\n`);
    return 0;
  }
  const git = createGit(io.cwd);
  const root = (await git.run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim();
  if (!root) throw new UsageError(`${io.cwd} is not inside a git repository: run testops init in your repository's checkout`);
  const existing = DEFAULT_CONFIG_PATHS.find((path) => existsSync(join(root, path)));
  // --force replaces the config testops reads, wherever it is (a new one elsewhere would be read instead, or not at all)
  const target = existing ?? CONFIG_PATH;
  if (existing && !values.force && !values.print)
    throw new UsageError(`${existing} already exists; testops init --force replaces it (or --print to see what it would write)`);
  if (values.workflow && !values.force && existsSync(join(root, WORKFLOW_PATH)))
    throw new UsageError(`${WORKFLOW_PATH} already exists; testops init --workflow --force replaces it`);
  const listed = await createGit(root).run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const paths = [...new Set(listed.split('\0').filter(Boolean))].sort();
  const files = diskFiles(root, paths);
  const found = detect(files, await jsParser());
  // gotestsum: say whether this machine has it (the suites need it either way)
  const gotestsum = onPath('gotestsum');
  for (const suite of found.suites)
    if (suite.runner === 'go')
      suite.notes = suite.notes.map((note) =>
        note === GOTESTSUM_NOTE
          ? gotestsum
            ? `runs gotestsum (here: ${gotestsum}); testops reads its JUnit, not go test -json`
            : `${note}; it is not on PATH here`
          : note,
      );
  if (found.suites.length === 0) {
    const seen = found.unrecognised.length > 0 ? ` (found but not recognised: ${found.unrecognised.join('; ')})` : '';
    throw new InputError(`testops init: no tests found in ${root}; looked for ${LOOKED_FOR}${seen}`);
  }
  let text: string;
  try {
    text = configText(found.suites, target);
  } catch (error) {
    throw new Error(`testops init wrote a config its own loader rejects (a testops bug): ${(error as Error).message}`);
  }
  const say = values.print ? io.stderr : io.stdout;
  if (values.print) io.stdout(text);
  else {
    mkdirSync(dirname(join(root, target)), { recursive: true });
    writeFileSync(join(root, target), text);
  }
  say(`testops init: ${found.suites.length} suite${found.suites.length === 1 ? '' : 's'}${values.print ? '' : ` → ${target}`}\n`);
  for (const suite of found.suites) {
    say(`  ${detectedLine(suite)}\n`);
    for (const note of suite.notes) say(`      ${note}\n`);
  }
  for (const line of found.covered) say(`  covered: ${line}\n`);
  for (const line of found.unrecognised) say(`  not recognised: ${line}\n`);
  if (values.workflow) {
    const branch = (await git.run(['rev-parse', '--abbrev-ref', 'HEAD'], { allowFailure: true })).trim();
    const workflow = workflowText(files, found.suites, branch && branch !== 'HEAD' ? branch : 'main');
    if (values.print) io.stdout(`---\n${workflow}`);
    else {
      mkdirSync(dirname(join(root, WORKFLOW_PATH)), { recursive: true });
      writeFileSync(join(root, WORKFLOW_PATH), workflow);
      say(`  workflow → ${WORKFLOW_PATH} (replace OWNER/testops@v1 with where you use testops from)\n`);
    }
  }
  // the suites' reports land in the working tree: say so when git would offer to commit them
  const reports = found.suites.map((suite) => suite.fields.reports.junit).filter((path) => !/[*?[{]/.test(path));
  const ignored = new Set((await git.run(['-C', root, 'check-ignore', '--no-index', ...reports], { allowFailure: true })).split('\n'));
  const reportDir = (path: string) => {
    const parts = path.split('/');
    const at = parts.indexOf('reports');
    return at >= 0 ? `${parts.slice(0, at + 1).join('/')}/` : path;
  };
  const exposed = [...new Set(reports.filter((path) => !ignored.has(path)).map(reportDir))];
  if (exposed.length > 0)
    say(
      `  ${exposed.join(', ')} (where the suites write their reports) ${exposed.length > 1 ? 'are' : 'is'} not ignored by git: add to .gitignore\n`,
    );
  if (!values.print) say(`Next: testops validate, then testops plan (which suites a change selects) and testops run --full\n`);
  return 0;
}
