import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileLedgerStore, ledgerLog } from '../../src/util/annotation-ledger.js';
import { memoryLog } from '../../src/util/log.js';

it('keys, plan, run and report share one budget per level; a keys step starts the next invocation', () => {
  const store = fileLedgerStore(join(mkdtempSync(join(tmpdir(), 'testops-ledger-')), 'annotations.json'));
  const warn = (step: string, count: number) => {
    const log = ledgerLog(memoryLog(), store, step);
    for (let i = 0; i < count; i += 1) log.warning(`w${i}`);
    return log.room().warning;
  };
  expect(warn('keys', 1)).toBe(9);
  expect(warn('plan', 2)).toBe(7);
  expect(warn('run', 0)).toBe(7);
  expect(warn('report', 3)).toBe(4);
  // a second testops step in the job (or a re-run) starts with its keys step: the counts start again
  expect(warn('keys', 0)).toBe(10);
  expect(warn('report', 0)).toBe(10);
});
