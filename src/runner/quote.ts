/**
 * Shell quoting for the command templates ({files} in files-arg, {tests} and {files} in rerun).
 * Test names come from reports written by PR code: they are untrusted, so every value becomes
 * one single-quoted word that the shell never expands.
 */

/** One POSIX shell word that stands for exactly `value`. */
export function shellQuote(value: string): string {
  if (value !== '' && /^[A-Za-z0-9_./:=@%+,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface TemplateValues {
  tests?: readonly string[];
  files?: readonly string[];
}

/** Replace {tests} and {files} with the quoted values, space-separated. Other text is left as written. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(tests|files)\}/g, (_, key: 'tests' | 'files') => (values[key] ?? []).map(shellQuote).join(' '));
}
