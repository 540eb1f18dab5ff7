/** Whether a Prisma error is a unique constraint violation (P2002), e.g. two writers racing for one code. */
export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === 'P2002';

/**
 * Prisma's answers that the database was too busy rather than the request wrong: P2024 (no pool connection within
 * the wait), P2028 (an interactive transaction could not start within `maxWait`, or outlived its `timeout` and was
 * rolled back), P2034 (a write conflict or deadlock the transaction lost). In each, nothing was written.
 */
export const isBusy = (e: unknown) => ['P2024', 'P2028', 'P2034'].includes((e as { code?: string } | null)?.code ?? '');
