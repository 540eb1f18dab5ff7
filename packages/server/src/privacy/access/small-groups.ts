/**
 * Small groups: the one rule that keeps an aggregate from describing a single person.
 *
 * A figure broken down so that a group can be a single person (survey results of a segment, a distribution of
 * contacts by a personal or confidential attribute, the mean of the buyers of one RFM segment) is published only
 * when its group has at least `minGroupSize()` members; otherwise the figure is null and flagged `suppressed`.
 * Below that size a mean is a person's value, a count of one says "this person is here", and a response rate of a
 * segment of one says whether that person answered.
 *
 * The minimum is `FIDELE_MIN_GROUP_SIZE` (an integer from 1 to 1000), default 5. It is read on every call, so a
 * deployment sets it in its environment and a change applies to the next request. Where the module lists which
 * breakdowns apply it: `analytics/ANALYTICS.md` ("Small groups").
 */

/** The default minimum group size (the common choice of statistics offices for published tables). */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/**
 * The minimum size of a group whose figures may be published: `FIDELE_MIN_GROUP_SIZE`, default 5. A value that is
 * not an integer from 1 to 1000 is a configuration error (thrown: a typo must not silently lower protection).
 */
export function minGroupSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FIDELE_MIN_GROUP_SIZE;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MIN_GROUP_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new Error(`FIDELE_MIN_GROUP_SIZE must be an integer from 1 to 1000, got "${raw}"`);
  return n;
}

/**
 * Is a group of `size` members too small to describe? An empty group is not: it describes nobody (its figures are
 * null or zero anyway), and hiding zeros would only make every other count derivable by difference.
 */
export const isSmallGroup = (size: number, min = minGroupSize()): boolean => size > 0 && size < min;

/** A group's figure, or null when the group is too small. */
export const unlessSmall = <T>(size: number, value: T, min = minGroupSize()): T | null =>
  isSmallGroup(size, min) ? null : value;

/** A count of a breakdown after suppression: null and `suppressed` when its group is too small. */
export type Suppressed<B extends { count: number }> = Omit<B, 'count'> & { count: number | null; suppressed: boolean };

/**
 * Suppresses the small groups of a breakdown (counts from 1 to min − 1). When exactly one group is suppressed, its
 * count would follow from the total minus the others, so the next smallest non-empty group is suppressed with it
 * (complementary suppression). Order is kept.
 */
export function suppressSmallCounts<B extends { count: number }>(
  buckets: readonly B[],
  min = minGroupSize(),
): Suppressed<B>[] {
  const hidden = new Set(buckets.flatMap((b, i) => (isSmallGroup(b.count, min) ? [i] : [])));
  if (hidden.size === 1) {
    const next = buckets
      .map((b, i) => [b.count, i] as const)
      .filter(([count, i]) => count > 0 && !hidden.has(i))
      .sort((x, y) => x[0] - y[0])[0];
    if (next) hidden.add(next[1]);
  }
  return buckets.map((b, i) => ({ ...b, count: hidden.has(i) ? null : b.count, suppressed: hidden.has(i) }));
}
