import { Kind } from 'graphql';
import { builder } from './builder.js';
import { ApiError } from './errors.js';
import { parseInstant } from './lib/input-policy.js';
import { RefusedInput } from './lib/input-policy.plugin.js';

const invalid = (name: string, message: string) =>
  new ApiError('VALIDATION', `${name}: ${message}`, { fields: [{ path: [], message }] });

/**
 * Instants as ISO-8601 strings in UTC, parsed strictly by the boundary policy (lib/input-policy.ts): a real
 * calendar date (2026-02-30 is refused, not rolled over to 2 March) between 1900-01-01 and 2100-12-31.
 *
 * A refused value becomes a `RefusedInput` rather than an exception: the input-policy plugin, which knows where
 * the value sits, reports it as VALIDATION at its path (`input.saleDate`), together with the other problems.
 */
builder.scalarType('DateTime', {
  description: 'An instant, ISO-8601 (2026-11-22T10:00:00.000Z; UTC without an offset), from 1900-01-01 to 2100-12-31.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) => {
    const parsed = typeof value === 'string' ? parseInstant(value) : { problem: 'expected an ISO-8601 date-time string' };
    // The plugin throws before any resolver sees a RefusedInput, so the declared input type (Date) holds there.
    return 'date' in parsed ? parsed.date : (new RefusedInput(parsed.problem) as unknown as Date);
  },
});

/**
 * Money and rates as decimal strings ("12.50"): exact, never a binary float. Serialized from Prisma's Decimal,
 * parsed from a string or a number literal.
 */
builder.scalarType('Decimal', {
  description: 'An exact decimal number as a string, e.g. "12.50".',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const s = typeof value === 'number' ? String(value) : value;
    if (typeof s !== 'string' || !/^-?\d+(\.\d+)?$/.test(s)) throw invalid('Decimal', 'expected a decimal number such as "12.50"');
    return s;
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) {
      if (/^-?\d+(\.\d+)?$/.test(ast.value)) return ast.value;
    }
    throw invalid('Decimal', 'expected a decimal number such as "12.50"');
  },
});
