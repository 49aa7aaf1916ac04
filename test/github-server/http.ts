/**
 * HTTP details GitHub's REST API has and clients depend on: page/per_page pagination with a `Link`
 * header, `x-ratelimit-*` headers with a per-user budget per resource, and error bodies.
 */

export interface Page<T> {
  items: T[];
  link?: string;
}

/** GitHub's defaults: 30 a page, at most 100; `page` counts from 1 */
export function paginate<T>(all: readonly T[], url: URL, publicBase: string, maxPerPage = 100): Page<T> {
  const perPage = Math.min(Math.max(Number.parseInt(url.searchParams.get('per_page') ?? '30', 10) || 30, 1), maxPerPage);
  const page = Math.max(Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1, 1);
  const last = Math.max(Math.ceil(all.length / perPage), 1);
  const items = all.slice((page - 1) * perPage, page * perPage);
  const at = (target: number) => {
    const next = new URL(`${publicBase}${url.pathname}${url.search}`);
    next.searchParams.set('page', String(target));
    if (url.searchParams.has('per_page')) next.searchParams.set('per_page', String(perPage));
    return `<${next.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) rels.push(`${at(1)}; rel="first"`);
  return rels.length ? { items, link: rels.join(', ') } : { items };
}

export type RateResource = 'core' | 'search';

export interface RateWindow {
  limit: number;
  used: number;
  /** epoch seconds */
  reset: number;
}

/** Counts requests per identity and resource in fixed windows (an hour for core, a minute for search). */
export class RateLimits {
  private readonly windows = new Map<string, RateWindow>();

  constructor(
    private readonly limits: Record<RateResource, number>,
    private readonly nowMs: () => number = Date.now,
  ) {}

  private window(identity: string, resource: RateResource): RateWindow {
    const key = `${identity}\u0000${resource}`;
    const now = Math.floor(this.nowMs() / 1000);
    let window = this.windows.get(key);
    if (!window || window.reset <= now) {
      window = { limit: this.limits[resource], used: 0, reset: now + (resource === 'search' ? 60 : 3600) };
      this.windows.set(key, window);
    }
    return window;
  }

  /** counts one request; `allowed` is false once the window's budget is spent */
  take(identity: string, resource: RateResource): { allowed: boolean; window: RateWindow } {
    const window = this.window(identity, resource);
    if (window.used >= window.limit) return { allowed: false, window };
    window.used += 1;
    return { allowed: true, window };
  }

  peek(identity: string, resource: RateResource): RateWindow {
    return this.window(identity, resource);
  }

  static headers(window: RateWindow, resource: RateResource): Record<string, string> {
    return {
      'x-ratelimit-limit': String(window.limit),
      'x-ratelimit-remaining': String(Math.max(window.limit - window.used, 0)),
      'x-ratelimit-reset': String(window.reset),
      'x-ratelimit-used': String(window.used),
      'x-ratelimit-resource': resource,
    };
  }
}

export function errorBody(status: number, message: string, docs = 'https://docs.github.com/rest') {
  return { message, documentation_url: docs, status: String(status) };
}

export function validationFailed(resource: string, field: string, code: string, message?: string) {
  return {
    message: 'Validation Failed',
    errors: [{ resource, field, code, ...(message ? { message } : {}) }],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  };
}
