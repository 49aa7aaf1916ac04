/**
 * oxc-parser and oxc-resolver are native (napi) packages. The bundle in dist/ carries their
 * linux-x64 (glibc) binaries, the platform of GitHub's Ubuntu runners; elsewhere (or when a binary
 * fails to load) they are unavailable and the caller selects conservatively, saying why.
 */
import type { NapiResolveOptions, ResolverFactory } from 'oxc-resolver';

export interface OxcParser {
  parseSync: typeof import('oxc-parser').parseSync;
  /** the same on libuv's thread pool: many files parse in parallel */
  parse: typeof import('oxc-parser').parse;
}

export interface OxcTools {
  parser: OxcParser;
  createResolver(options: NapiResolveOptions): ResolverFactory;
}

let loading: Promise<OxcTools | string> | undefined;

/** The oxc tools, or why they could not be loaded (one line). */
export function loadOxc(): Promise<OxcTools | string> {
  loading ??= (async () => {
    try {
      const parser = await import('oxc-parser');
      const resolver = await import('oxc-resolver');
      const Factory = (resolver.ResolverFactory ??
        (resolver as unknown as { default: typeof resolver }).default.ResolverFactory) as typeof ResolverFactory;
      return {
        parser: { parseSync: parser.parseSync, parse: parser.parse },
        createResolver: (options: NapiResolveOptions) => new Factory(options),
      };
    } catch (error) {
      const first = (error instanceof Error ? error.message : String(error)).split('\n')[0].split(/\.\s/)[0];
      return `the JS/TS parser and resolver (oxc) could not be loaded on ${process.platform}-${process.arch}: ${first}`;
    }
  })();
  return loading;
}
