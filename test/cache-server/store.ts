/**
 * The cache entries and their lookup rules, without HTTP: an entry is (scope, key, version) and is
 * visible once finalized. Lookup walks the readable scopes in order (own ref, base branch, default
 * branch); in each it tries the exact key, then each restore key as a prefix, newest entry first.
 */
import { type CacheScope, READ, WRITE } from './scopes.js';

export interface CacheEntry {
  id: number;
  scope: string;
  key: string;
  version: string;
  /** logical creation order: larger is newer */
  createdAt: number;
  finalized: boolean;
  sizeBytes: number;
  blob?: Buffer;
}

export type CreateResult = { ok: true; entry: CacheEntry } | { ok: false; reason: 'no-write-scope' | 'already-exists' };

export class CacheStore {
  private readonly entries: CacheEntry[] = [];
  private nextId = 1;
  private clock = 0;

  create(scopes: CacheScope[], key: string, version: string): CreateResult {
    const scope = scopes.find((s) => s.permission & WRITE)?.scope;
    if (!scope) return { ok: false, reason: 'no-write-scope' };
    if (this.entries.some((e) => e.scope === scope && e.key === key && e.version === version))
      return { ok: false, reason: 'already-exists' };
    this.clock += 1;
    const entry: CacheEntry = { id: this.nextId++, scope, key, version, createdAt: this.clock, finalized: false, sizeBytes: 0 };
    this.entries.push(entry);
    return { ok: true, entry };
  }

  /** the unfinalized entry the caller is uploading */
  pending(scopes: CacheScope[], key: string, version: string): CacheEntry | undefined {
    const scope = scopes.find((s) => s.permission & WRITE)?.scope;
    return this.entries.find((e) => e.scope === scope && e.key === key && e.version === version && !e.finalized);
  }

  byId(id: number): CacheEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  lookup(scopes: CacheScope[], key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    for (const { scope, permission } of scopes) {
      if (!(permission & READ)) continue;
      const candidates = this.entries
        .filter((e) => e.finalized && e.scope === scope && e.version === version)
        .sort((a, b) => b.createdAt - a.createdAt);
      const exact = candidates.find((e) => e.key === key);
      if (exact) return exact;
      for (const prefix of restoreKeys) {
        const match = candidates.find((e) => e.key.startsWith(prefix));
        if (match) return match;
      }
    }
    return undefined;
  }

  list(): CacheEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }
}
