import type { BuildOptions } from 'esbuild';

export declare const ENTRY_POINTS: Record<string, string>;
export declare function bundleOptions(outdir: string, root?: string, logLevel?: BuildOptions['logLevel']): BuildOptions;
