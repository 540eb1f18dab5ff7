import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { tierOf } from './use-request-context.js';

export interface SchemaPrivacyOptions {
  /**
   * Hide the schema from everyone but staff: introspection is refused and "Did you mean ...?" suggestions are
   * removed from validation and variable errors (both map the schema for a caller who may not read it).
   * @default isProduction()
   */
  enabled?: boolean;
}

const suggestion = / ?Did you mean [^?]+\?/g;

/**
 * In production, only staff may learn the schema from the API (partners get it from the published SDK and the
 * printed schema.graphql). Needs `useRequestContext` before it.
 */
export function useSchemaPrivacy(options: SchemaPrivacyOptions): Plugin {
  return {
    onValidate({ context, addValidationRule }) {
      if (!options.enabled || tierOf((context as { request?: Request }).request) === 'staff') return undefined;
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(withoutSuggestion));
      };
    },
    onExecute({ args }) {
      // Variable coercion errors ("Value "X" does not exist in "Kind" enum. Did you mean ...") come from the executor.
      const request = (args.contextValue as { request?: Request }).request;
      if (options.enabled && tierOf(request) !== 'staff')
        (args as { hideSuggestions?: boolean }).hideSuggestions = true;
    },
  };
}

function withoutSuggestion(error: Error): Error {
  if (!(error instanceof GraphQLError)) return error;
  const message = error.message.replace(suggestion, '');
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
