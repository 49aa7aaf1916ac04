/**
 * The part of GitHub's issue search syntax the stand-in understands: `repo:o/r`, `is:issue|pr|open|closed`,
 * `state:open|closed`, `label:x` (repeatable; all must match), `in:title|body|comments`, bare words and
 * "quoted phrases" (case-insensitive containment). An unknown qualifier is an error, so a query the
 * stand-in would silently misread fails the test instead.
 */

export interface SearchQuery {
  repos: string[];
  type?: 'issue' | 'pr';
  state?: 'open' | 'closed';
  labels: string[];
  /** where terms are looked for; title and body when empty */
  in: ('title' | 'body' | 'comments')[];
  terms: string[];
}

export class SearchSyntaxError extends Error {}

/** splits on spaces outside double quotes; `label:"a b"` and `"a b"` stay one token */
function tokens(q: string): string[] {
  return q.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
}

const unquote = (value: string) => value.replace(/^"(.*)"$/, '$1');

export function parseSearch(q: string): SearchQuery {
  const query: SearchQuery = { repos: [], labels: [], in: [], terms: [] };
  for (const token of tokens(q)) {
    const match = /^([a-z-]+):(.+)$/.exec(token);
    if (!match || token.startsWith('"')) {
      query.terms.push(unquote(token).toLowerCase());
      continue;
    }
    const [, key, raw] = match as unknown as [string, string, string];
    const value = unquote(raw);
    switch (key) {
      case 'repo':
        query.repos.push(value.toLowerCase());
        break;
      case 'is':
        if (value === 'issue' || value === 'pr') query.type = value;
        else if (value === 'open' || value === 'closed') query.state = value;
        else throw new SearchSyntaxError(`unsupported qualifier is:${value}`);
        break;
      case 'type':
        if (value === 'issue' || value === 'pr') query.type = value;
        else throw new SearchSyntaxError(`unsupported qualifier type:${value}`);
        break;
      case 'state':
        if (value === 'open' || value === 'closed') query.state = value;
        else throw new SearchSyntaxError(`unsupported qualifier state:${value}`);
        break;
      case 'label':
        query.labels.push(value.toLowerCase());
        break;
      case 'in':
        for (const part of value.split(',')) {
          if (part !== 'title' && part !== 'body' && part !== 'comments') throw new SearchSyntaxError(`unsupported qualifier in:${part}`);
          query.in.push(part);
        }
        break;
      default:
        throw new SearchSyntaxError(`unsupported search qualifier ${key}: in "${q}"`);
    }
  }
  return query;
}

export interface Searchable {
  repo: string;
  isPull: boolean;
  state: 'open' | 'closed';
  labels: string[];
  title: string;
  body: string;
  comments: string[];
}

export function matches(query: SearchQuery, item: Searchable): boolean {
  if (query.repos.length && !query.repos.includes(item.repo.toLowerCase())) return false;
  if (query.type === 'issue' && item.isPull) return false;
  if (query.type === 'pr' && !item.isPull) return false;
  if (query.state && query.state !== item.state) return false;
  const labels = item.labels.map((name) => name.toLowerCase());
  if (!query.labels.every((name) => labels.includes(name))) return false;
  const where = query.in.length ? query.in : ['title', 'body'];
  const haystack = [
    where.includes('title') ? item.title : '',
    where.includes('body') ? item.body : '',
    ...(where.includes('comments') ? item.comments : []),
  ]
    .join('\n')
    .toLowerCase();
  return query.terms.every((term) => haystack.includes(term));
}
