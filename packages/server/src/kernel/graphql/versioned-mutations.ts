import type { InputObjectRef } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Role } from '../../generated/sqlite/enums.js';
import type PrismaTypes from '../../generated/sqlite/pothos-types.js';
import type { Context } from '../context.js';
import { builder } from './builder.js';
import { idFor } from './global-id.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Model = keyof PrismaTypes & string;
type Shape<M extends Model> = PrismaTypes[M]['Shape'];
type Input<T> = InputObjectRef<Types, T>;
type Scopes = { authenticated?: boolean; partner?: boolean; roles?: Role[] };

/** Reads back the row a mutation wrote, with the fields the request selected (`query`). */
export type Reread<M extends Model> = (ctx: Context, query: object, id: number) => Promise<Shape<M>>;

/** A Prisma delegate seen only through the one read the builder needs. */
interface FindById<S> {
  findUniqueOrThrow(args: { where: { id: number } }): PromiseLike<S>;
}

/** The usual re-read: the row by id, straight from the delegate (the write has already passed the row rule). */
export const rereadFrom =
  <M extends Model>(delegate: (ctx: Context) => FindById<Shape<M>>): Reread<M> =>
  async (ctx, query, id) =>
    delegate(ctx).findUniqueOrThrow({ ...query, where: { id } });

type Run<I> = (ctx: Context, id: number, version: number, input: I) => Promise<unknown>;

/**
 * Another versioned write on one row that answers the row (a soft delete, a status change): `(id, version)`, with
 * `input` when given, nullable when `optional` (the service then receives `{}` for an absent input). `run` is a
 * method so that a run typed for its own input fits the record of writes.
 */
export interface RowWrite {
  description?: string;
  input?: Input<object>;
  optional?: boolean;
  run(ctx: Context, id: number, version: number, input: object): Promise<unknown>;
}

export interface VersionedMutations<M extends Model, C extends object, P extends object> {
  /** The Prisma model and GraphQL type; the mutations are named `create<type>`, `update<type>`, `delete<type>`. */
  type: M;
  authScopes: Scopes;
  /** How the answer is read back, with the fields the request selected (often `rereadFrom`). */
  reread: Reread<M>;
  create?: { description?: string; input: Input<C>; run: (ctx: Context, input: C) => Promise<{ id: number }> };
  update?: { description?: string; input: Input<P>; run: Run<P> };
  /** A hard delete that answers the deleted row's global id. */
  delete?: { description?: string; run: (ctx: Context, id: number, version: number) => Promise<unknown> };
  /** Other versioned writes answering the row, keyed by mutation name. */
  writes?: Record<string, RowWrite>;
}

/**
 * The spec with its types widened, the one step where they are: `run` is a method, so a run typed for its own input
 * is accepted where any object is (method parameters are bivariant), and `M` becomes the union of the models. The
 * public signature checks that each run fits its input ref; Pothos cannot resolve the shapes of a generic model or
 * input, so the field declarations work on the widened form.
 */
interface Widened {
  type: Model;
  authScopes: Scopes;
  reread(ctx: Context, query: object, id: number): Promise<Shape<Model>>;
  create?: { description?: string; input: Input<object>; run(ctx: Context, input: object): Promise<{ id: number }> };
  update?: RowWrite & { input: Input<object> };
  delete?: { description?: string; run(ctx: Context, id: number, version: number): Promise<unknown> };
  writes?: Record<string, RowWrite>;
}

const UPDATE_DESCRIPTION = 'Changes the given fields; `version` must be the one you read (CONFLICT otherwise).';

/**
 * Declares the optimistic-concurrency trio of a model: `create<T>(input)`, `update<T>(id, version, input)` and
 * `delete<T>(id, version)`, plus its other versioned writes on one row. Each decodes the global id (VALIDATION for an
 * id of another type), calls the service, which applies the row rule and the version check (updateVersioned), and
 * answers the row read back, or for a delete its global id.
 */
export function versionedMutations<M extends Model, C extends object, P extends object>(
  spec: VersionedMutations<M, C, P>,
): void {
  const widened: Widened = spec;
  const { type, create, update, delete: remove, writes } = widened;
  if (create) declareCreate(widened, `create${type}`, create);
  if (update)
    declareWrite(widened, `update${type}`, { ...update, description: update.description ?? UPDATE_DESCRIPTION });
  if (remove) declareDelete(widened, `delete${type}`, remove);
  for (const [name, write] of Object.entries(writes ?? {})) declareWrite(widened, name, write);
}

function declareCreate({ type, authScopes, reread }: Widened, name: string, create: NonNullable<Widened['create']>) {
  builder.mutationField(name, (t) =>
    t.prismaField({
      type,
      description: create.description,
      authScopes,
      args: { input: t.arg({ type: create.input }) },
      resolve: async (query, _root, args, ctx) => reread(ctx, query, (await create.run(ctx, args.input)).id),
    }),
  );
}

function declareWrite({ type, authScopes, reread }: Widened, name: string, write: RowWrite) {
  const answer = async (ctx: Context, query: object, gid: { typename: string; id: string }, run: RunRow) => {
    const id = idFor(type, gid, ['id']);
    await run(id);
    return reread(ctx, query, id);
  };
  const field = { type, description: write.description, authScopes };
  builder.mutationField(name, (t) => {
    const key = { id: t.arg.globalID(), version: t.arg.int() };
    const input = write.input;
    if (!input) {
      return t.prismaField({
        ...field,
        args: key,
        resolve: (query, _root, args, ctx) => answer(ctx, query, args.id, (id) => write.run(ctx, id, args.version, {})),
      });
    }
    if (write.optional) {
      return t.prismaField({
        ...field,
        args: { ...key, input: t.arg({ type: input, required: false }) },
        resolve: (query, _root, args, ctx) =>
          answer(ctx, query, args.id, (id) => write.run(ctx, id, args.version, args.input ?? {})),
      });
    }
    return t.prismaField({
      ...field,
      args: { ...key, input: t.arg({ type: input }) },
      resolve: (query, _root, args, ctx) =>
        answer(ctx, query, args.id, (id) => write.run(ctx, id, args.version, args.input)),
    });
  });
}

type RunRow = (id: number) => Promise<unknown>;

function declareDelete({ type, authScopes }: Widened, name: string, remove: NonNullable<Widened['delete']>) {
  builder.mutationField(name, (t) =>
    t.field({
      type: 'ID',
      description: remove.description,
      authScopes,
      args: { id: t.arg.globalID(), version: t.arg.int() },
      resolve: async (_root, args, ctx) => {
        const id = idFor(type, args.id, ['id']);
        await remove.run(ctx, id, args.version);
        return encodeGlobalID(type, id);
      },
    }),
  );
}
