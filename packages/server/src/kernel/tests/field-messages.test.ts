/**
 * The catalogue of field-message codes (issue 21): every field problem carries a stable code and its parameters,
 * so clients translate it; the English message is made from them.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.js';
import { type FieldMessageCode, fieldMessage, fieldMessageTemplates, placeholdersOf } from '../field-messages.js';
import { moneyProblem, Problems, rateProblem } from '../validate.js';

const codes = Object.keys(fieldMessageTemplates) as FieldMessageCode[];

describe('field messages', () => {
  it('makes the English text from the parameters', () => {
    expect(fieldMessage('INTEGER_RANGE', { min: 0, max: 365 })).toEqual({
      code: 'INTEGER_RANGE',
      params: { min: 0, max: 365 },
      message: 'an integer from 0 to 365',
    });
    expect(fieldMessage('REQUIRED')).toEqual({ code: 'REQUIRED', params: {}, message: 'required' });
    expect(fieldMessage('UNKNOWN_PRODUCT_CODE', { code: 'X-1' }).message).toBe('unknown product code "X-1"');
  });

  it('has stable SCREAMING_SNAKE codes, each template with distinct parameter names', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      const names = placeholdersOf(fieldMessageTemplates[code]);
      expect(new Set(names).size, code).toBe(names.length);
    }
  });

  it('leaves no placeholder unfilled when every parameter is given', () => {
    for (const code of codes) {
      const params = Object.fromEntries(placeholdersOf(fieldMessageTemplates[code]).map((n) => [n, 7]));
      const made = (fieldMessage as (c: string, p: object) => { message: string })(code, params);
      expect(made.message, code).not.toMatch(/%\{\w+\}/);
    }
  });

  it('types the parameters of each code, and Problems refuses a bare string', () => {
    // These lines are checked by `pnpm typecheck`, which fails if an expected error disappears.
    // @ts-expect-error INTEGER_RANGE needs { min, max }
    expect(() => fieldMessage('INTEGER_RANGE')).not.toThrow();
    // @ts-expect-error REQUIRED takes no parameters
    expect(fieldMessage('REQUIRED', { min: 1 }).code).toBe('REQUIRED');
    // @ts-expect-error a problem is a catalogue message, never free text
    expect(() => new Problems().add('name', 'required')).not.toThrow();
    // @ts-expect-error likewise for check
    expect(() => new Problems().check(false, 'name', 'required')).not.toThrow();
  });

  it('puts code and params on each field problem of the VALIDATION error', () => {
    const p = new Problems()
      .check(false, 'followUpDelayDays', fieldMessage('INTEGER_RANGE', { min: 0, max: 365 }))
      .addIf('cost', moneyProblem('-3'))
      .addIf('discountRate', rateProblem('101'))
      .addPath(['id'], fieldMessage('UNKNOWN_ID'), 'a suggestion');
    let error: unknown;
    try {
      p.throwIfAny();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    const { extensions, message } = error as ApiError;
    expect(extensions.code).toBe('VALIDATION');
    expect(extensions.fields).toEqual([
      {
        path: ['input', 'followUpDelayDays'],
        code: 'INTEGER_RANGE',
        params: { min: 0, max: 365 },
        message: 'an integer from 0 to 365',
      },
      { path: ['input', 'cost'], code: 'NOT_NEGATIVE', params: {}, message: 'must not be negative' },
      { path: ['input', 'discountRate'], code: 'BETWEEN', params: { min: 0, max: 100 }, message: 'between 0 and 100' },
      { path: ['id'], code: 'UNKNOWN_ID', params: {}, message: 'unknown id', suggestion: 'a suggestion' },
    ]);
    expect(message).toContain('input.followUpDelayDays: an integer from 0 to 365');
  });
});
