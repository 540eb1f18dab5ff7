/**
 * A Pothos plugin that applies the boundary policy (`input-policy.ts`) to the arguments of every field of the
 * schema, once, before any resolver runs: every String (length per field, control characters, lone surrogates),
 * the ceiling of every Int and the kind of every Decimal the policy names, and every DateTime the scalar refused. All problems of a request come
 * back together in one VALIDATION error whose `extensions.fields` give each path (`input.lines.0.quantity`).
 *
 * Why a plugin and not the String scalar: Pothos always uses graphql-js's own `GraphQLString`, and graphql-js
 * refuses a second type named String; a scalar sees neither the field nor the path anyway.
 *
 * It wraps the resolver inside the auth plugin, so a caller who may not use a field still gets FORBIDDEN first.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import {
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { type FieldProblem, fieldProblem, validationError } from '../errors.js';
import type { FieldMessage } from '../field-messages.js';
import {
  decimalKindOf,
  decimalProblem,
  intCeilingProblem,
  intLimitOf,
  textLimitOf,
  textProblem,
} from './input-policy.js';

/**
 * What the DateTime (and Decimal) scalar returns for a value it refuses, instead of throwing: a scalar does not
 * know where the value sits, this plugin does, so it reports the refusal at its path with the other problems.
 */
export class RefusedInput {
  constructor(readonly message: FieldMessage) {}
}

const pluginName = 'inputPolicy';
export default pluginName;

declare global {
  // Pothos declares its plugin types in this global namespace: a plugin registers itself by augmenting it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      inputPolicy: PothosInputPolicyPlugin<Types>;
    }
  }
}

export class PothosInputPolicyPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      const problems = argumentProblems(args as Record<string, unknown>, info);
      if (problems.length) throw validationError(problems);
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, PothosInputPolicyPlugin);

/** Every boundary problem in a field's arguments, walked along their GraphQL types. */
export function argumentProblems(args: Record<string, unknown>, info: GraphQLResolveInfo): FieldProblem[] {
  const parent = info.parentType;
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[info.fieldName] : undefined;
  const problems: FieldProblem[] = [];
  for (const arg of field?.args ?? []) {
    // Arguments are looked up like input fields of a type named after the field (`Mutation.importFile`).
    walk(arg.type, args[arg.name], [arg.name], `${parent.name}.${info.fieldName}`, arg.name, problems);
  }
  return problems;
}

function walk(
  type: GraphQLInputType,
  value: unknown,
  path: string[],
  owner: string,
  name: string,
  problems: FieldProblem[],
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walk(type.ofType, value, path, owner, name, problems);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((v, i) => walk(type.ofType, v, [...path, String(i)], owner, name, problems));
    return;
  }
  if (isInputObjectType(type)) {
    for (const f of Object.values(type.getFields())) {
      const v = (value as Record<string, unknown>)[f.name];
      if (v !== undefined) walk(f.type, v, [...path, f.name], type.name, f.name, problems);
    }
    return;
  }
  const message = leafProblem(getNamedType(type).name, value, owner, name);
  if (message) problems.push(fieldProblem(path, message));
}

/** Why a leaf value is refused: a catalogue message, the scalars' (DateTime, Decimal syntax) included. */
function leafProblem(scalar: string, value: unknown, owner: string, name: string): FieldMessage | null {
  if (value instanceof RefusedInput) return value.message;
  if (typeof value === 'string' && scalar === 'String') return textProblem(value, textLimitOf(owner, name));
  if (typeof value === 'string' && scalar === 'Decimal') {
    const kind = decimalKindOf(owner, name);
    return kind ? decimalProblem(value, kind) : null;
  }
  if (typeof value === 'number' && scalar === 'Int') {
    const limit = intLimitOf(owner, name);
    return limit ? intCeilingProblem(value, limit) : null;
  }
  return null;
}
