/**
 * The environment a suite (and its services) runs with. Suites run PR code, so variables that
 * carry the action's credentials or write to the workflow (GITHUB_ENV, GITHUB_OUTPUT …) are not
 * passed down.
 */

/** Variables withheld from suites: credentials and workflow-command files. */
const WITHHELD = [
  /^INPUT_/i,
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  /^ACTIONS_RUNTIME_TOKEN$/i,
  /^ACTIONS_RUNTIME_URL$/i,
  /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/i,
  /^ACTIONS_CACHE_(URL|SERVICE_V2)$/i,
  /^ACTIONS_RESULTS_URL$/i,
  /^GITHUB_(ENV|OUTPUT|PATH|STATE|STEP_SUMMARY)$/i,
];

export function isWithheld(name: string): boolean {
  return WITHHELD.some((pattern) => pattern.test(name));
}

export interface SuiteEnvValues {
  mode: string;
  seed: string;
  suite: string;
  /** "index/total" or '' when not sharded */
  shard: string;
  /** the suite's own `env:` (wins over everything but the TEST_* and TESTOPS_* variables) */
  extra: Record<string, string>;
}

export function suiteEnv(base: NodeJS.ProcessEnv, values: SuiteEnvValues): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && !isWithheld(name)) env[name] = value;
  Object.assign(env, values.extra);
  env.CI = 'true';
  env.TEST_MODE = values.mode;
  env.TEST_SEED = values.seed;
  env.TESTOPS_SUITE = values.suite;
  env.TESTOPS_SHARD = values.shard;
  return env;
}
