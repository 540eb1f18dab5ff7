import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** A GraphQLError as it goes on the wire. */
type WireError = ReturnType<GraphQLError['toJSON']>;

/** An error Yoga would only copy: coded, located, no HTTP status of its own, not masked. */
const plain = (e: unknown): e is GraphQLError =>
  e instanceof GraphQLError && !e.extensions?.http && !e.extensions?.unexpected && Boolean(e.extensions?.code);

/**
 * Hands Yoga the errors of a response that has data as their JSON form. Yoga's serializer rebuilds every
 * GraphQLError (twice: the error and its original) only to drop its internal extensions, and each rebuild captures
 * a stack trace: a page of 500 contacts whose personal fields are withheld for consent spent a sixth of its time
 * there. Errors with an HTTP status, masked ones, and responses without data stay with Yoga, whose status rules
 * need them as GraphQLErrors; the body is the same either way (test: platform/tests/lean-errors.test.ts).
 * Must come after every plugin that reads the errors as GraphQLErrors in `onResultProcess`.
 */
export function useLeanErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const single = result as { data?: unknown; errors?: readonly unknown[] };
      if (single.data == null || !single.errors?.length || !single.errors.every(plain)) return;
      const errors: WireError[] = single.errors.map((e) => (e as GraphQLError).toJSON());
      setResult({ ...single, errors } as never);
    },
  };
}
