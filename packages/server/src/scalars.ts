import { Kind } from 'graphql';
import { builder } from './builder.js';
import { ApiError } from './errors.js';

const invalid = (name: string, message: string) =>
  new ApiError('VALIDATION', `${name}: ${message}`, { fields: [{ path: [], message }] });

/** Instants as ISO-8601 strings in UTC. */
builder.scalarType('DateTime', {
  description: 'An instant, ISO-8601 in UTC (2026-11-22T10:00:00.000Z).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) => {
    const d = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(d.getTime())) throw invalid('DateTime', 'expected an ISO-8601 date-time string');
    return d;
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
