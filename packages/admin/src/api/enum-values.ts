/** The values of `E` that `V` leaves out. */
type Missing<E extends string, V extends readonly string[]> = Exclude<E, V[number]>;

/**
 * Every value of an API enum, in the order a form offers them. Codegen emits the SDK's enums as string unions (no
 * runtime object), so the list is written here, but the compiler checks it against the SDK type both ways: a value
 * the API lacks fails, and so does a value the API added that the list misses.
 *
 * `const statuses = enumValues<TaskStatus>()('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');`
 */
export const enumValues =
  <E extends string>() =>
  <const V extends readonly E[]>(
    ...values: V & ([Missing<E, V>] extends [never] ? unknown : { missingValues: Missing<E, V> })
  ): readonly E[] =>
    values;
