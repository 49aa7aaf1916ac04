import pkg from '../package.json' with { type: 'json' };

/** testops's own version, shown in the report footer. */
export const VERSION: string = pkg.version;
