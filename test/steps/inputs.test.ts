/** The action's inputs: read from INPUT_* as the runner sets them, checked, one line per wrong input. */
import { describe, expect, it } from 'vitest';
import { COMMENT_MODES } from '../../src/config/schema.js';
import { InputError, exitCodeFor } from '../../src/errors.js';
import { ACTION_MODES, BOOLEAN_SPELLINGS, INPUT_NAMES, readActionInputs } from '../../src/steps/inputs.js';

const read = (inputs: Record<string, string>) =>
  readActionInputs(Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])));

function inputError(inputs: Record<string, string>): InputError {
  try {
    read(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect(exitCodeFor(error)).toBe(2);
    return error as InputError;
  }
  throw new Error(`expected an input error for ${JSON.stringify(inputs)}`);
}

describe('readActionInputs', () => {
  it('gives the defaults of action.yml when nothing is set (an empty input is its default)', () => {
    expect(readActionInputs({})).toEqual({
      mode: 'full',
      'check-run': 'auto',
      shards: 1,
      'full-run': false,
      'fail-on-gates': true,
    });
    expect(read({ 'comment-mode': '', 'fail-on-gates': '  ', shards: '' })).toMatchObject({ 'fail-on-gates': true, shards: 1 });
  });

  it('accepts booleans exactly as @actions/core getBooleanInput does', () => {
    for (const spelling of ['true', 'True', 'TRUE']) expect(read({ 'fail-on-gates': spelling })['fail-on-gates']).toBe(true);
    for (const spelling of ['false', 'False', 'FALSE']) expect(read({ 'fail-on-gates': spelling })['fail-on-gates']).toBe(false);
    // trimmed, as getInput trims
    expect(read({ 'full-run': ' True\n' })['full-run']).toBe(true);
    expect(BOOLEAN_SPELLINGS).toEqual(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
  });

  it('refuses any other boolean, naming the input and the allowed values', () => {
    for (const bad of ['yes', 'no', '1', '0', 'tRUE', 'off']) {
      const error = inputError({ 'fail-on-gates': bad });
      expect(error.message).toBe(
        `input fail-on-gates: expected one of true, True, TRUE, false, False, FALSE, got "${bad}" (set it in the testops step's with:)`,
      );
    }
    expect(inputError({ 'full-run': 'yes' }).message).toMatch(
      /^input full-run: expected one of true, True, TRUE, false, False, FALSE, got "yes"/,
    );
  });

  it('takes the comment modes from the config schema: one list', () => {
    for (const mode of COMMENT_MODES) expect(read({ 'comment-mode': mode })['comment-mode']).toBe(mode);
    expect(inputError({ 'comment-mode': 'never' }).message).toMatch(
      /^input comment-mode: expected one of always, on-change, on-failure, off, got "never"/,
    );
  });

  it('checks the mode, the shard and the shard count', () => {
    for (const mode of ACTION_MODES) expect(read({ mode }).mode).toBe(mode);
    expect(inputError({ mode: 'Full' }).message).toMatch(
      /^input mode: expected one of full, plan, run, report, comment, health, got "Full"/,
    );
    // action.yml defaults mode to full: an empty one was set on purpose
    expect(inputError({ mode: '' }).message).toMatch(/^input mode: expected one of full, plan, run, report, comment, health, got ""/);
    expect(read({ shard: '2/3' }).shard).toEqual({ index: 2, total: 3 });
    expect(inputError({ shard: '4/3' }).message).toMatch(/^input shard: expected "i\/n" with 1 ≤ i ≤ n, e\.g\. "2\/3", got "4\/3"/);
    expect(read({ shards: '4' }).shards).toBe(4);
    for (const bad of ['0', '-1', '2.5', 'two'])
      expect(inputError({ shards: bad }).message).toMatch(/^input shards: expected a whole number ≥ 1, got "/);
  });

  it('check-run is auto or a boolean as getBooleanInput spells it', () => {
    expect(readActionInputs({})['check-run']).toBe('auto');
    expect(read({ 'check-run': 'auto' })['check-run']).toBe('auto');
    expect(read({ 'check-run': 'True' })['check-run']).toBe('true');
    expect(read({ 'check-run': 'FALSE' })['check-run']).toBe('false');
    expect(inputError({ 'check-run': 'yes' }).message).toMatch(
      /^input check-run: expected one of true, True, TRUE, false, False, FALSE, auto, got "yes"/,
    );
  });

  it('names every wrong input in one line', () => {
    const error = inputError({ 'fail-on-gates': 'False ', 'comment-mode': 'sometimes', shards: 'x', 'full-run': 'nope' });
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message).toMatch(/^input shards: .*; input full-run: .*; input comment-mode: /);
    expect(error.message).not.toMatch(/fail-on-gates/);
  });

  it('reads the variable names the runner sets (INPUT_ + upper case, dashes kept)', () => {
    expect(readActionInputs({ 'INPUT_GITHUB-TOKEN': 'ghs_x', 'INPUT_COMMENT-ID': 'e2e', 'INPUT_BASE-REF': 'main' })).toMatchObject({
      'github-token': 'ghs_x',
      'comment-id': 'e2e',
      'base-ref': 'main',
    });
  });
});

describe('the inputs of action.yml', () => {
  it('are exactly the ones readActionInputs checks', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown> };
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });
});
