/**
 * Just enough TOML and INI for pyproject.toml, setup.cfg, tox.ini and pytest.ini: which sections
 * exist, and a key's value as text or a list of strings. Not a TOML parser: tables, keys, strings
 * and arrays of strings (over several lines) — what pytest's settings and dependency lists use.
 */

export interface Sections {
  /** section name → key → raw value text */
  readonly sections: Map<string, Map<string, string>>;
}

/** Sections of a TOML or INI file, with each key's raw value (a TOML array gathered over its lines). */
export function readSections(text: string): Sections {
  const sections = new Map<string, Map<string, string>>();
  let current = new Map<string, string>();
  sections.set('', current);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      current = sections.get(header[1]) ?? new Map();
      sections.set(header[1], current);
      continue;
    }
    const pair = /^("[^"]+"|'[^']+'|[\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (!pair) {
      // an INI continuation line (indented) belongs to the previous key
      const last = [...current.keys()].at(-1);
      if (last !== undefined && /^\s/.test(lines[i])) current.set(last, `${current.get(last)}\n${line}`);
      continue;
    }
    let value = pair[2];
    if (value.startsWith('[')) {
      // a TOML array: until its brackets balance, outside strings
      while (depth(value) > 0 && i + 1 < lines.length) value += `\n${lines[++i]}`;
    }
    current.set(pair[1].replace(/^["']|["']$/g, ''), value.trim());
  }
  return { sections };
}

function depth(text: string): number {
  let level = 0;
  let quote = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') break;
    else if (char === '[') level++;
    else if (char === ']') level--;
  }
  return level;
}

/** A value as a list of strings: a TOML array of strings, a quoted string, or INI words (space or line separated). */
export function listValue(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text.startsWith('[')) return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2]);
  if (/^["']/.test(text)) return [text.slice(1, -1)];
  return text.split(/\s+/).filter(Boolean);
}

export function section(sections: Sections, name: string): Map<string, string> | undefined {
  return sections.sections.get(name);
}
