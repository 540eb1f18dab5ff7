import { EnvelopArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type ArgumentNode,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  TypeInfo,
  type ValidationContext,
  type ValidationRule,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { MAX_PAGE_SIZE } from '../../kernel/graphql/page-size.js';
import { type Tier, tierOf } from './use-request-context.js';

/** The limits of one principal tier. Each refuses an operation before anything runs. */
export interface TierLimits {
  /** Deepest nesting of selections (fragments count as a level). */
  depth: number;
  /** Aliased fields in the operation (`__typename` aliases are free). */
  aliases: number;
  /** Lexical tokens of the document (counted while parsing, so an oversized document is never fully parsed). */
  tokens: number;
  /** Directives in the operation. */
  directives: number;
  /**
   * graphql-armor's cost: 1 per scalar, 2 per object, children weighted by 1.5 per level of depth, and a selection
   * multiplied by its `first`/`last` (literal or variable) or, for a list without paging, by `unpagedListSize`.
   */
  cost: number;
}

/**
 * The defaults, per tier. Every operation of the SDK and the admin passes the staff tier with every page at its
 * maximum (armor's units grow by 1.5 per level: the survey list costs 2.6 million, a page of 100 contacts with their
 * sales, lines, products, targets, activities and tasks 149 million); the product → actions → products → actions
 * chain of issue 15 costs 93 billion.
 */
export const defaultTierLimits: Record<Tier, TierLimits> = {
  // 300 tokens: a login, or GraphiQL's introspection query (184) in development.
  anonymous: { depth: 6, aliases: 2, tokens: 300, directives: 2, cost: 5_000 },
  partner: { depth: 8, aliases: 10, tokens: 1_500, directives: 10, cost: 5_000_000 },
  staff: { depth: 12, aliases: 30, tokens: 5_000, directives: 30, cost: 500_000_000 },
};

export interface OperationLimitsOptions {
  /** Overrides of the limits of a tier. @default defaultTierLimits */
  tiers?: Partial<Record<Tier, Partial<TierLimits>>>;
  /**
   * Root fields an anonymous caller may select; anything else answers UNAUTHENTICATED (HTTP 401) before it runs.
   * `me` answers null without reading anything: the admin and the SDK ask it to know whether a session is open.
   * `changePassword` proves the current password as `login` does (a temporary one opens no session).
   * @default ['login', 'changePassword', 'health', 'me']
   */
  anonymousFields?: string[];
  /** The largest `first`/`last` of a connection; above, or negative anywhere: VALIDATION. @default MAX_PAGE_SIZE */
  maxPageSize?: number;
  /**
   * How many items the cost model assumes for a list without paging (a product's actions, a sale's lines), so that
   * such lists nested in one another multiply the cost as they multiply the work.
   * @default 10
   */
  unpagedListSize?: number;
}

type Report = (message: string, code: string, extensions?: Record<string, unknown>) => void;
const reporter =
  (context: ValidationContext): Report =>
  (message, code, extensions = {}) =>
    context.reportError(new GraphQLError(message, { extensions: { code, ...extensions } }));

/**
 * Bounded work, decided before execution: the limits of the caller's tier (anonymous, partner, staff) with
 * graphql-armor's depth, alias, directive and cost rules, a token limit in the parser, one maximum page size on
 * every connection, and for anonymous callers an allow-list of root fields. A refused operation reads nothing:
 * the rules run at validation, before the context's resolvers.
 *
 * Needs `useRequestContext` before it (the tier is the verified principal's) and Yoga's
 * `parserAndValidationCache: false` (a document valid for staff is not valid for everyone).
 */
export function useOperationLimits(options: OperationLimitsOptions = {}): Plugin {
  const limits = Object.fromEntries(
    (Object.keys(defaultTierLimits) as Tier[]).map((tier) => [
      tier,
      { ...defaultTierLimits[tier], ...options.tiers?.[tier] },
    ]),
  ) as Record<Tier, TierLimits>;
  const armor = Object.fromEntries(
    (Object.keys(limits) as Tier[]).map((tier) => [tier, armorPlugins(limits[tier])]),
  ) as Record<Tier, Plugin[]>;
  // Introspection is governed by useSchemaPrivacy (open in development, staff only in production).
  const anonymousFields = new Set([
    ...(options.anonymousFields ?? ['login', 'changePassword', 'health', 'me']),
    '__typename',
    '__schema',
    '__type',
  ]);
  const maxPageSize = options.maxPageSize ?? MAX_PAGE_SIZE;
  // Parsed documents by token limit and text, the least recently used dropped past 1,000 (graphql-js never
  // changes a document it executes).
  const parsed = new Map<string, DocumentNode>();
  const remember = (key: string, document: DocumentNode) => {
    parsed.delete(key);
    parsed.set(key, document);
    if (parsed.size > 1000) parsed.delete(parsed.keys().next().value!);
  };
  const unpagedListSize = options.unpagedListSize ?? 10;
  return {
    onParse({ context, setParseFn }) {
      const max = limits[tierOf((context as { request?: Request }).request)].tokens;
      setParseFn((source, parseOptions) => {
        // The same document parsed under the same token limit is the same tree: parse it once (the SDK and the
        // admin send a few dozen documents, over and over). Validation stays per request: it depends on who asks.
        const key = typeof source === 'string' && !parseOptions ? `${max}\u0000${source}` : null;
        const known = key === null ? undefined : parsed.get(key);
        if (known) {
          remember(key!, known); // most recently used again
          return known;
        }
        try {
          const document = parse(source, { ...parseOptions, maxTokens: max });
          if (key !== null) remember(key, document);
          return document;
        } catch (error) {
          if (error instanceof GraphQLError && /Document contains more th\w+ \d+ tokens/.test(error.message)) {
            throw new GraphQLError(`The document has more than ${max} tokens.`, {
              extensions: { code: 'LIMIT_EXCEEDED', limit: 'tokens' },
            });
          }
          throw error;
        }
      });
    },
    onValidate(payload) {
      type Params = { variables?: Record<string, unknown> | null; operationName?: string | null };
      const { context, addValidationRule } = payload as typeof payload & {
        context: { request?: Request; params?: Params };
      };
      const tier = tierOf(context.request);
      const variables = context.params?.variables ?? {};
      // A document may hold several operations (GraphiQL's welcome document): only the one to run is judged.
      const operationName = context.params?.operationName ?? null;
      const only = (rule: ValidationRule) => onlySelected(rule, operationName);
      if (tier === 'anonymous') addValidationRule(only(anonymousRootFieldsRule(anonymousFields)));
      addValidationRule(only(pageSizeRule(maxPageSize, variables)));
      // Armor's cost rule multiplies by literal `first`/`last` only: give it the variables' values and list sizes.
      const substituted = {
        ...payload,
        addValidationRule: (rule: ValidationRule) =>
          addValidationRule(only(withPageSizes(rule, variables, maxPageSize, unpagedListSize))),
      };
      // Cast: envelop's onValidate payload type is generic over the plugin's context; this is the payload envelop
      // handed us, with the rules substituted.
      for (const plugin of armor[tier]) plugin.onValidate?.(substituted as never);
    },
  };
}

/**
 * A rule applied to the operation that will run (`operationName`, or the document's only operation) and the
 * fragments, not to the other operations of the document.
 */
function onlySelected(rule: ValidationRule, operationName: string | null): ValidationRule {
  return (context) => {
    const visitor = rule(context) as ASTVisitor;
    const skipped = (op: OperationDefinitionNode) => operationName !== null && op.name?.value !== operationName;
    return {
      ...visitor,
      OperationDefinition: {
        enter(op: OperationDefinitionNode) {
          if (skipped(op)) return false; // do not visit its fields either
          const enter = (visitor as { OperationDefinition?: unknown }).OperationDefinition;
          const fn =
            typeof enter === 'function'
              ? enter
              : (enter as { enter?: (n: OperationDefinitionNode) => void } | undefined)?.enter;
          return fn?.call(visitor, op);
        },
      },
    } as ASTVisitor;
  };
}

/** graphql-armor's validation rules for these limits, reporting (not throwing) a LIMIT_EXCEEDED error. */
function armorPlugins(l: TierLimits): Plugin[] {
  const onReject = (name: string) => [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'LIMIT_EXCEEDED', limit: name },
        }),
      ),
  ];
  const rule = (name: string, n: number) => ({ n, propagateOnRejection: false, onReject: onReject(name) });
  return new EnvelopArmor({
    // Introspection (`__schema`) is left out of depth and cost: it is staff-only in production, and GraphiQL's own
    // query is deep; its tokens still count.
    maxDepth: rule('depth', l.depth),
    maxAliases: rule('aliases', l.aliases),
    maxDirectives: rule('directives', l.directives),
    costLimit: { maxCost: l.cost, propagateOnRejection: false, onReject: onReject('cost') },
    // Tokens are counted by the parser (onParse above); suggestions are the privacy plugin's business.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().plugins as Plugin[];
}

/** The root fields of an operation, through fragments. */
function rootFields(selectionSet: SelectionSetNode, context: ValidationContext, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, context, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = context.getFragment(s.name.value);
    return fragment ? rootFields(fragment.selectionSet, context, seen) : [];
  });
}

/** Anonymous callers may select only a few root fields; anything else is refused as a whole (HTTP 401). */
function anonymousRootFieldsRule(allowed: Set<string>): ValidationRule {
  return (context) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const refused = rootFields(operation.selectionSet, context).filter((f) => !allowed.has(f.name.value));
      if (refused.length) {
        context.reportError(
          new GraphQLError('Log in or send an API key.', {
            nodes: refused,
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401, spec: false } },
          }),
        );
      }
    },
  });
}

const pageArguments = new Set(['first', 'last']);

/** The value of a `first`/`last` argument: a literal, a variable's value, or undefined when not an integer yet. */
function argumentValue(node: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value];
  return undefined;
}

/**
 * `first`/`last`: never negative on any field; at most `max` on a connection. Checked with the variables' values,
 * so the same rule holds whether the client inlines the number or sends it as a variable.
 */
function pageSizeRule(max: number, variables: Record<string, unknown>): ValidationRule {
  return (context) => ({
    Field(node: FieldNode) {
      const def: GraphQLField<unknown, unknown> | null | undefined = context.getFieldDef();
      if (!def) return;
      const isConnection = getNamedType(def.type).name.endsWith('Connection');
      for (const name of pageArguments) {
        if (!def.args.some((a) => a.name === name)) continue;
        const value = argumentValue(node, name, variables);
        if (typeof value !== 'number' || !Number.isInteger(value)) continue; // null, absent, or a coercion error later
        if (value < 0 || (isConnection && value > max)) {
          const range = isConnection ? fieldMessage('BETWEEN', { min: 0, max }) : fieldMessage('AT_LEAST', { min: 0 });
          reporter(context)(`${def.name}(${name}:) must be ${range.message}.`, 'VALIDATION', {
            fields: [fieldProblem([name], range)],
          });
        }
      }
    },
  });
}

/**
 * A rule that sees the operation as armor's cost model should price it: `first: $n` as `first: <value of n>`, and a
 * list without paging (product → actions) as `first: <unpagedListSize>`, so that lists nested in lists multiply.
 */
function withPageSizes(
  rule: ValidationRule,
  variables: Record<string, unknown>,
  maxPageSize: number,
  unpagedListSize: number,
): ValidationRule {
  const sized = (value: unknown) =>
    Number.isInteger(value) ? Math.min(Math.max(value as number, 0), maxPageSize) : null;
  const intArg = (name: string, size: number): ArgumentNode => ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(size) },
  });
  return (context) => {
    const substitute = <T extends OperationDefinitionNode | FragmentDefinitionNode>(node: T): T => {
      const typeInfo = new TypeInfo(context.getSchema());
      return visit(
        node,
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            const def = typeInfo.getFieldDef();
            if (!def) return undefined;
            const paged = field.arguments?.filter((a) => pageArguments.has(a.name.value)) ?? [];
            if (paged.length) {
              // Out of range is the page-size rule's error; here it counts as the largest page.
              const args = field.arguments!.map((a) => {
                if (!pageArguments.has(a.name.value) || a.value.kind !== Kind.VARIABLE) return a;
                const size = sized(variables[a.value.name.value]);
                return size === null ? a : intArg(a.name.value, size);
              });
              return { ...field, arguments: args };
            }
            const type = getNullableType(def.type);
            if (!isListType(type) || !isCompositeType(getNamedType(type))) return undefined;
            return { ...field, arguments: [...(field.arguments ?? []), intArg('first', unpagedListSize)] };
          },
        }),
      );
    };
    const view = Object.create(context, {
      getFragment: {
        value: (name: string) => {
          const f = context.getFragment(name);
          return f && substitute(f);
        },
      },
    }) as ValidationContext;
    const visitor = rule(view) as ASTVisitor & {
      OperationDefinition?: { enter?: (node: OperationDefinitionNode) => void };
    };
    const enter = visitor.OperationDefinition?.enter;
    if (!enter) return visitor;
    return {
      ...visitor,
      OperationDefinition: { enter: (op: OperationDefinitionNode) => enter.call(visitor, substitute(op)) },
    };
  };
}
