// Generated files checked fresh in CI:
//  - testops.schema.json from the zod config schema (editors autocomplete .github/testops.yml);
//  - the inputs/outputs tables in README.md from action.yml.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { markdownTable } from 'markdown-table';
import { parse } from 'yaml';
import { z } from 'zod';
import { configSchema, SCHEMA_URL } from '../src/config/schema.js';

const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
const document = {
  $schema: schema.$schema,
  $id: SCHEMA_URL,
  title: 'testops configuration (.github/testops.yml)',
  ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
};
writeFileSync('testops.schema.json', `${JSON.stringify(document, null, 2)}\n`);

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) return text;
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

const cell = (value: unknown) =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();

if (existsSync('README.md') && existsSync('action.yml')) {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
    outputs?: Record<string, { description?: string }>;
  };
  const inputs = markdownTable(
    [
      ['Input', 'Description', 'Default'],
      ...Object.entries(action.inputs ?? {}).map(([name, input]) => [
        `\`${name}\``,
        cell(input.description),
        input.default === undefined
          ? input.required
            ? '*required*'
            : ''
          : input.default === ''
            ? '*empty*'
            : `\`${cell(input.default)}\``,
      ]),
    ],
    { alignDelimiters: false },
  );
  const outputs = markdownTable(
    [['Output', 'Description'], ...Object.entries(action.outputs ?? {}).map(([name, output]) => [`\`${name}\``, cell(output.description)])],
    { alignDelimiters: false },
  );
  let readme = readFileSync('README.md', 'utf8');
  readme = replaceBetween(readme, 'inputs', inputs);
  readme = replaceBetween(readme, 'outputs', outputs);
  writeFileSync('README.md', readme);
}
