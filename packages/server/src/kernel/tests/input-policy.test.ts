/**
 * The boundary policy's functions (lib/input-policy.ts), which the GraphQL plugin, the DateTime scalar, the import
 * and the inbound routes share. Pure functions: no database. Properties are checked against oracles written from
 * the rules (the calendar, the list of control characters), never from the code under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATE_WINDOW,
  dateProblem,
  line,
  parseInstant,
  policyProblems,
  text,
  textLimitOf,
  textProblem,
} from '../graphql/input-policy.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** The calendar, written out: 30 days hath September, April, June and November; February 28, 29 in leap years. */
const lastDay = (y: number, m: number) =>
  m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

describe('input policy: dates', () => {
  it('accepts a date iff it is on the calendar and within 1900-2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const s = `${pad(y, 4)}-${pad(m)}-${pad(d)}T12:00:00Z`;
          const real = m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
          const inWindow = y >= 1900 && y <= 2100;
          const r = parseInstant(s);
          expect('date' in r, s).toBe(real && inWindow);
          if ('date' in r) expect(r.date.toISOString()).toBe(`${pad(y, 4)}-${pad(m)}-${pad(d)}T12:00:00.000Z`);
        },
      ),
      { seed: 15, numRuns: 2000 },
    );
  });

  it('never rolls 30 February over to 2 March, and reads a missing offset as UTC', () => {
    expect(parseInstant('2026-02-30')).toEqual({
      problem: {
        code: 'NOT_A_CALENDAR_DATE',
        params: { date: '2026-02-30' },
        message: '2026-02-30 is not a calendar date',
      },
    });
    expect(parseInstant('2026-03-02T10:00')).toEqual({ date: new Date('2026-03-02T10:00:00.000Z') });
    expect(parseInstant('2026-03-02T10:00:00+02:00')).toEqual({ date: new Date('2026-03-02T08:00:00.000Z') });
    for (const s of ['+275760-09-13T00:00:00.000Z', '9999-01-01', 'yesterday', '2026-3-2', '1700000000000', ''])
      expect('problem' in parseInstant(s), s).toBe(true);
  });

  it('checks dates read from elsewhere (a spreadsheet cell) against the same window', () => {
    expect(dateProblem(DATE_WINDOW.min)).toBeNull();
    expect(dateProblem(DATE_WINDOW.max)).toBeNull();
    expect(dateProblem(new Date(DATE_WINDOW.min.getTime() - 1))).not.toBeNull();
    expect(dateProblem(new Date('0001-01-01T00:00:00Z'))).not.toBeNull();
    expect(dateProblem(new Date(Number.NaN))?.message).toBe('not a date');
  });
});

describe('input policy: text', () => {
  const controls = [...Array(32).keys(), 127, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)].map((c) =>
    String.fromCharCode(c),
  );
  const allowedInFreeText = ['\t', '\n', '\r'];

  it('refuses every control character in one-line text, and all but tab and line breaks in free text', () => {
    for (const c of controls) {
      expect(textProblem(`a${c}b`, line(10)), JSON.stringify(c)).not.toBeNull();
      expect(textProblem(`a${c}b`, text(10)) === null, JSON.stringify(c)).toBe(allowedInFreeText.includes(c));
    }
  });

  it('refuses a lone surrogate anywhere, accepts any well-formed text within the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        fc.nat(),
        (s, unit, at) => {
          // eslint-disable-next-line no-control-regex -- strips the control characters the policy refuses
          const clean = s.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
          expect(textProblem(clean, line(1000))).toBeNull();
          const i = clean.length ? at % (clean.length + 1) : 0;
          // A lone half: not followed (high) or preceded (low) by its other half.
          const broken = `${clean.slice(0, i)}${String.fromCharCode(unit)}x${clean.slice(i)}`;
          if (unit <= 0xdbff || !/[\uD800-\uDBFF]$/.test(clean.slice(0, i)))
            expect(textProblem(broken, line(1000))).not.toBeNull();
        },
      ),
      { seed: 15, numRuns: 500 },
    );
  });

  it('bounds each field by its own limit, a coordinate before a field name', () => {
    expect(textLimitOf('ContactInput', 'jobTitle')).toEqual(line(150));
    expect(textLimitOf('ContactPatch', 'email')).toEqual(line(254));
    expect(textLimitOf('TaskInput', 'description')).toEqual(text(2_000));
    expect(textLimitOf('ServiceCaseInput', 'description')).toEqual(text(5_000));
    expect(textLimitOf('Anything', 'unknownField')).toEqual(text(10_000));
    expect(textProblem('x'.repeat(150), line(150))).toBeNull();
    expect(textProblem('x'.repeat(151), line(150))?.message).toBe('at most 150 characters');
  });
});

describe('input policy: whole records, for the import and inbound routes', () => {
  it('lists every problem of a row with its path, as the API would', () => {
    const problems = policyProblems(
      'ContactInput',
      {
        lastName: 'Durand',
        jobTitle: 'x'.repeat(10 * 1024 * 1024),
        email: 'a\u0000@b.fr',
        firstContactAt: new Date('0001-01-01'),
        contactsMadeCount: 2 ** 31 - 1,
        estimatedPotential: '123456789012.00',
        city: null,
      },
      ['rows', '12'],
    );
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['rows.12.jobTitle', 'at most 150 characters'],
      ['rows.12.email', 'contains a control character or a line break'],
      ['rows.12.firstContactAt', 'must be between 1900-01-01 and 2100-12-31'],
      ['rows.12.contactsMadeCount', 'between 0 and 100000'],
      ['rows.12.estimatedPotential', 'too large'],
    ]);
    expect(policyProblems('SaleLineInput', { quantity: 0 })).toEqual([
      { path: ['quantity'], code: 'BETWEEN', params: { min: 1, max: 100000 }, message: 'between 1 and 100000' },
    ]);
    expect(policyProblems('ContactInput', { lastName: 'Durand', email: 'durand@example.fr' })).toEqual([]);
  });
});
