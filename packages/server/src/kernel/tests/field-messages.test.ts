/**
 * The catalogue of field-message codes (issue 21): every field problem carries a stable code and its parameters,
 * so clients translate it; the English message is made from them.
 */
import type { GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkCohortOptions } from '../../analytics/cohorts.service.js';
import { inputFromJson } from '../../integration/exports/export.route.js';
import { defaultImportLimits, fileTooLarge } from '../../integration/imports/import.limits.js';
import { parseEventBatch } from '../../messaging/inbound/delivery-event.js';
import { schema } from '../../platform/schema.js';
import { ApiError, type FieldProblem } from '../errors.js';
import { idFor } from '../graphql/global-id.js';
import { RefusedInput } from '../graphql/input-policy.plugin.js';
import { listSize } from '../graphql/page-size.js';
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

/** The field problems of a refusal: what `fn` threw (a VALIDATION ApiError) or rejected with. */
async function refusal(fn: () => unknown): Promise<FieldProblem[]> {
  try {
    await fn();
  } catch (e) {
    expect(e, 'a VALIDATION ApiError').toBeInstanceOf(ApiError);
    expect((e as ApiError).extensions.code).toBe('VALIDATION');
    return (e as ApiError).extensions.fields as FieldProblem[];
  }
  throw new Error('not refused');
}

/** path, code and params: what a client translates. */
const coded = (fields: FieldProblem[]) => fields.map((f) => [f.path.join('.'), f.code, f.params ?? null]);

/** A scalar's refusal as the input-policy plugin receives it (the scalar returns it; the plugin reports it). */
const scalarRefusal = (scalar: 'DateTime' | 'Decimal', value: unknown) => {
  const refused = (schema.getType(scalar) as GraphQLScalarType).parseValue(value) as RefusedInput;
  expect(refused).toBeInstanceOf(RefusedInput);
  return [refused.message.code, refused.message.params];
};

describe('refusals outside the services’ Problems carry catalogue codes too', () => {
  it('an HTTP route body: the inbound delivery events', async () => {
    expect(coded(await refusal(() => parseEventBatch('{')))).toEqual([['body', 'NOT_JSON', {}]]);
    expect(coded(await refusal(() => parseEventBatch('{"events":[]}')))).toEqual([['events', 'EVENTS_REQUIRED', {}]]);
    const batch = JSON.stringify({ events: [{ messageId: ' ', type: 'lost', at: '2026-02-30', diagnostic: 3 }] });
    expect(coded(await refusal(() => parseEventBatch(batch)))).toEqual([
      ['events.0.messageId', 'NON_BLANK_TEXT', { max: 998 }],
      ['events.0.type', 'ONE_OF', { options: 'delivered, bounced, complained' }],
      ['events.0.at', 'NOT_A_CALENDAR_DATE', { date: '2026-02-30' }],
      ['events.0.diagnostic', 'TEXT_EXPECTED', {}],
    ]);
  });

  it('an import refused before its job: a file over the size limit', async () => {
    const limits = { ...defaultImportLimits, maxFileBytes: 10 };
    expect(await fileTooLarge('CSV', 11, null, limits)).toEqual(fieldMessage('FILE_LARGER_THAN', { size: '10 bytes' }));
    expect(await fileTooLarge('CSV', 10, null, limits)).toBeNull();
  });

  it('the DateTime and Decimal scalars', () => {
    expect(scalarRefusal('DateTime', '2026-02-30')).toEqual(['NOT_A_CALENDAR_DATE', { date: '2026-02-30' }]);
    expect(scalarRefusal('DateTime', 'tomorrow')).toEqual(['DATE_SYNTAX', {}]);
    expect(scalarRefusal('DateTime', '2026-03-02T25:00')).toEqual(['NOT_A_TIME_OF_DAY', {}]);
    expect(scalarRefusal('DateTime', 20260302)).toEqual(['DATE_SYNTAX', {}]);
    expect(scalarRefusal('DateTime', '2101-01-01')).toEqual(['DATE_WINDOW', { min: '1900-01-01', max: '2100-12-31' }]);
    expect(scalarRefusal('Decimal', '12,50')).toEqual(['DECIMAL_SYNTAX', {}]);
    expect(scalarRefusal('Decimal', '1'.repeat(31))).toEqual(['TOO_LONG', { max: 30 }]);
  });

  it('a page size, a global id of another type, a query-string filter of the export route', async () => {
    expect(coded(await refusal(() => listSize(501, 50, 500, ['first'])))).toEqual([
      ['first', 'BETWEEN', { min: 0, max: 500 }],
    ]);
    expect(coded(await refusal(() => idFor('Contact', { typename: 'Sale', id: '1' }, ['contact'])))).toEqual([
      ['contact', 'ID_OF_TYPE', { typename: 'Contact' }],
    ]);
    expect(coded(await refusal(() => inputFromJson(schema, 'ContactFilter', '{', 'filter')))).toEqual([
      ['filter', 'INVALID_JSON', {}],
    ]);
    const [problem] = await refusal(() => inputFromJson(schema, 'ContactFilter', '{"search":3}', 'filter'));
    expect([problem!.path, problem!.code]).toEqual([['filter', 'search'], 'INVALID_INPUT']);
  });

  it('an analytics option out of range', async () => {
    const from = new Date('2026-01-01');
    expect(coded(await refusal(() => checkCohortOptions({ months: 40, from, to: from } as never)))).toEqual([
      ['months', 'MONTHS_RANGE', { min: 1, max: 36 }],
      ['from', 'BEFORE_FIELD', { field: 'to' }],
    ]);
  });
});
