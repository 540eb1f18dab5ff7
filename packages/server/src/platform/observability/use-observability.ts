import { type DocumentNode, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { rootLogger } from './logger.js';
import { currentRequest } from './observe.js';

/** A GraphQL name, as the specification defines it; anything else a client sends is not logged. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

const validName = (name: unknown): string | null => (typeof name === 'string' && GRAPHQL_NAME.test(name) ? name : null);

/** The codes of a result's errors, once each, in order (useErrorCodes has given every error one). */
function errorCodesOf(result: unknown): string[] {
  const codes = new Set<string>();
  for (const single of Array.isArray(result) ? result : [result]) {
    for (const error of (single as { errors?: readonly unknown[] } | null)?.errors ?? []) {
      const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
      codes.add(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
    }
  }
  return [...codes];
}

/**
 * Notes the operation's name and type and the result's error codes in the request's record, for its log line
 * and metrics (observe.ts writes them when the response is done). Reads nothing else of the request: never its
 * variables, its query text or its data. Listed last, after useErrorCodes, so that every error has its code.
 */
export function useObservability(): Plugin {
  return {
    onParams({ params }) {
      const record = currentRequest();
      if (record)
        record.graphql = { operationName: validName(params.operationName), operationType: null, errorCodes: [] };
    },
    onParse() {
      return ({ result }) => {
        const gql = currentRequest()?.graphql;
        if (!gql || result instanceof Error || !result || !('kind' in result)) return;
        const operation = getOperationAST(result as DocumentNode, gql.operationName ?? undefined);
        gql.operationType = operation?.operation ?? null;
        gql.operationName ??= validName(operation?.name?.value);
      };
    },
    onResultProcess({ result }) {
      const gql = currentRequest()?.graphql;
      if (gql) gql.errorCodes = errorCodesOf(result);
    },
  };
}

/**
 * Yoga's logger, in the request's log: Yoga reports here the unexpected errors it masks (the client sees
 * "Unexpected error."). Debug and info lines are dropped: Yoga's debug lines may quote the request's parameters.
 */
export const yogaLogging: YogaLogger = {
  debug: () => {},
  info: () => {},
  warn: (...args: unknown[]) => logFromYoga('warn', args),
  error: (...args: unknown[]) => logFromYoga('error', args),
};

function logFromYoga(level: 'warn' | 'error', args: unknown[]): void {
  const log = currentRequest()?.log ?? rootLogger();
  const error = args.find((a) => a instanceof Error);
  if (error) log[level]({ err: error }, level === 'error' ? 'unexpected error' : 'graphql warning');
  else log[level]('graphql server message');
}
