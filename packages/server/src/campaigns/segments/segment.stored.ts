import { ApiError } from '../../kernel/errors.js';
import type { SegmentCriteria } from './segment.criteria.js';

/** Format version of the criteria JSON stored in Segment.criteria: a stored format of another version is refused. */
export const CRITERIA_VERSION = 1;

/** A segment's criteria as stored: the input (global ids decoded to { typename, id }) with its format version. */
export interface StoredCriteria extends SegmentCriteria {
  version: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Free-text keys whose values stay strings even when they look like instants. */
const textKeys = new Set(['search', 'postalCodePrefix']);

/** Reads stored criteria back: JSON has no dates, so instants are revived (free-text fields excepted). */
export function parseStoredCriteria(json: unknown): SegmentCriteria {
  const revive = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string' && ISO.test(v) && !textKeys.has(key ?? '')) return new Date(v);
    if (Array.isArray(v)) return v.map((x) => revive(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x, k)]));
    return v;
  };
  const stored = revive(json) as StoredCriteria;
  if (stored?.version !== CRITERIA_VERSION) {
    throw new ApiError(
      'VALIDATION',
      `Segment criteria of format ${String(stored?.version)} are not supported (expected ${CRITERIA_VERSION}).`,
    );
  }
  const { version: _v, ...criteria } = stored;
  return criteria;
}

/** The JSON stored in Segment.criteria. */
export const storeCriteria = (c: SegmentCriteria): StoredCriteria =>
  JSON.parse(JSON.stringify({ version: CRITERIA_VERSION, ...c }));
