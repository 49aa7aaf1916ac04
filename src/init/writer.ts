/**
 * The config `testops init` writes: a header, one commented suite per setup found, checked with
 * the config loader itself before anyone sees it (a config init cannot read back is a testops bug).
 */
import { Document, isMap, isPair, isScalar } from 'yaml';
import { parseConfigText } from '../config/load.js';
import { SCHEMA_URL } from '../config/schema.js';
import type { FoundSuite } from './types.js';

export const CONFIG_PATH = '.github/testops.yml';

/** One summary line per suite: "vitest: devDependency in package.json, config vitest.config.ts". */
export const detectedLine = (suite: FoundSuite) =>
  `${suite.name}${suite.runner === suite.name ? '' : ` (${suite.runner})`}: ${suite.detected.join(', ')}`;

export function configText(suites: readonly FoundSuite[], label = CONFIG_PATH): string {
  const data = {
    version: 1,
    suites: Object.fromEntries(suites.map((suite) => [suite.name, suite.fields])),
  };
  const document = new Document(data);
  document.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_URL}`,
    ' Written by `testops init` from what it found in this repository; each suite says from where.',
    ' Check with `testops validate` and `testops plan`; every field is in the README ("Configuration").',
  ].join('\n');
  const suitesNode = document.get('suites', true);
  if (isMap(suitesNode))
    for (const pair of suitesNode.items) {
      const key = isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
      const suite = key && suites.find((one) => one.name === key.value);
      if (!key || !suite) continue;
      const lines = [`${suite.runner}: ${suite.detected.join(', ')}`, ...suite.notes];
      (key as { commentBefore?: string }).commentBefore = lines.map((line) => ` ${line}`).join('\n');
    }
  const text = document.toString({ lineWidth: 0 });
  // read back with the loader every run uses: what init writes, testops accepts
  parseConfigText(text, label);
  return text;
}
