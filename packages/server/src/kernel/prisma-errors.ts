/** Whether a Prisma error is a unique constraint violation (P2002), e.g. two writers racing for one code. */
export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === 'P2002';
