/**
 * @actions/cache reads its configuration from process.env at call time, so an in-process call
 * (the harness running `uses: actions/cache/*`, or a test) sets the job's variables for the
 * duration of the call and restores the previous values after. Calls must not overlap.
 */
export async function withEnv<T>(env: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(env)) {
    saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    return await run();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
