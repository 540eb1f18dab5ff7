import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ApiError } from '../../kernel/errors.js';

export interface RequestBudgetOptions {
  /**
   * How long an operation may run. Once spent, no resolver starts: the fields not yet resolved answer TIMEOUT.
   * Setting: `FIDELE_REQUEST_TIMEOUT_MS`.
   * @default 15000
   */
  timeoutMs?: number;
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
}

interface Budget {
  deadline: number;
  now: () => number;
  signal: AbortSignal | undefined;
}

const budgets = new WeakMap<object, Budget>();
const wrapped = Symbol('fidele.budget');

/**
 * A time budget per request, and no new work once the client has gone: every resolver checks, before it starts,
 * that the request's budget is not spent and that its connection is still open (Yoga's `request.signal`). Work
 * already started finishes (a database statement is not interrupted), but nothing is started after it, so a query
 * that multiplies relations stops at the next level. The executor also gets the signal (graphql-tools' executor
 * stops between fields when it aborts).
 */
export function useRequestBudget(options: RequestBudgetOptions = {}): Plugin {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? Date.now;
  return {
    onSchemaChange({ schema }) {
      guardResolvers(schema);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      budgets.set(args.contextValue as object, { deadline: now() + timeoutMs, now, signal: request?.signal });
      (args as { signal?: AbortSignal }).signal = request?.signal;
    },
  };
}

/** Throws TIMEOUT when the request's budget is spent or its client has gone. */
function check(context: unknown, info: GraphQLResolveInfo): void {
  const budget = context && typeof context === 'object' ? budgets.get(context) : undefined;
  if (!budget) return;
  if (budget.signal?.aborted)
    throw new ApiError('TIMEOUT', 'The client closed the request.', { field: info.fieldName });
  if (budget.now() > budget.deadline)
    throw new ApiError('TIMEOUT', 'The request ran out of time; ask for less (smaller pages, fewer levels).');
}

/**
 * Wraps every resolver of the schema once (the schema object is shared by every server instance; the budget is
 * looked up per request, so one wrapper serves them all). Fields without a resolver only read a property.
 */
function guardResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as (((...a: unknown[]) => unknown) & { [wrapped]?: true }) | undefined;
      if (!resolve || resolve[wrapped]) continue;
      const guarded = function (
        this: unknown,
        source: unknown,
        args: unknown,
        context: unknown,
        info: GraphQLResolveInfo,
      ) {
        check(context, info);
        return resolve.call(this, source, args, context, info);
      } as typeof resolve;
      guarded[wrapped] = true;
      field.resolve = guarded as typeof field.resolve;
    }
  }
}
