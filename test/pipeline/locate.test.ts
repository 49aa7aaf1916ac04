import { describe, expect, it } from 'vitest';
import { locateInStack } from '../../src/pipeline/locate.js';

describe('locating a failure in its stack', () => {
  it('takes the first frame inside the repository (node:test file URLs)', () => {
    const stack = `[Error [ERR_TEST_FAILURE]: 4 == 5] {
  cause: AssertionError [ERR_ASSERTION]: 4 == 5
      at TestContext.<anonymous> (file:///repo/packages/web/test/format.test.mjs:14:10)
      at Test.runInAsyncScope (node:async_hooks:206:9)`;
    expect(locateInStack(stack, '/repo')).toEqual({ file: 'packages/web/test/format.test.mjs', line: 14, relative: false });
  });

  it('skips node internals, node_modules and paths outside the repository', () => {
    const stack = `Error: boom
    at Object.<anonymous> (/repo/node_modules/vitest/dist/index.js:5:1)
    at run (/elsewhere/lib.js:3:3)
    at node:internal/main:1:1
    at check (/repo/src/check.ts:42:7)`;
    expect(locateInStack(stack, '/repo')).toEqual({ file: 'src/check.ts', line: 42, relative: false });
  });

  it('reads relative Python and Java style locations, and says they were relative (to where the runner ran)', () => {
    expect(locateInStack('  File tests/test_api.py:88: in test_total', '/repo')).toEqual({
      file: 'tests/test_api.py',
      line: 88,
      relative: true,
    });
  });

  it('gives nothing when there is no usable frame', () => {
    expect(locateInStack('AssertionError: expected 1 to be 2', '/repo')).toBeUndefined();
    expect(locateInStack(undefined, '/repo')).toBeUndefined();
  });
});
