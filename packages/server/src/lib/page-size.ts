/**
 * The largest page of any connection (`first`/`last`): one maximum for every list of the API, enough for an admin
 * page or an export batch (the root lists' `maxPage` of lib/order.ts has the same value). Above it, or below zero, a
 * request is refused with VALIDATION before it runs (http/use-operation-limits.ts); the Prisma plugin's clamp is
 * set to the same value so that no list is ever cut short silently.
 */
export const MAX_PAGE_SIZE = 500;
