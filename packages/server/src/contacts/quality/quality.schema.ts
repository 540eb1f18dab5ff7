import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { type FieldProblem, validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { ContactRef } from '../contact.schema.js';
import { findDuplicatePage, findDuplicates, type FieldMatch, type ScoredPair } from './duplicates.service.js';
import { type FieldChange, mergeableFields, type MergeResult, mergeContacts } from './merge.service.js';

/** Data quality: duplicate candidates and merges (import and export: import.schema.ts, export.schema.ts). */

/** Roles that look for duplicates and merge them. */
export const qualityRoles = { roles: ['ADMIN', 'MARKETING', 'SUPPORT'] as Role[] };

type Row = { id: number };

const DuplicateFieldMatchRef = builder.objectRef<FieldMatch>('DuplicateFieldMatch').implement({
  description: 'How one field of a candidate pair compared, and what it added to the score.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'name, company, email, phone, postalCode or address.' }),
    method: t.exposeString('method', { description: 'exact, different, jaro-winkler or jaro-winkler (swapped).' }),
    similarity: t.exposeFloat('similarity', { description: '0 (different) to 1 (equal).' }),
    weight: t.exposeFloat('weight', {
      description: 'Added to the log-odds of "same person"; negative is evidence against.',
    }),
  }),
});

interface LoadedPair extends ScoredPair {
  rows: Map<number, Row>;
}

const DuplicateCandidateRef = builder.objectRef<LoadedPair>('DuplicateCandidate').implement({
  description: 'Two contacts that are likely the same person or organisation, with the explained score.',
  fields: (t) => ({
    contact: t.field({
      type: ContactRef,
      description: 'The contact with the lower id.',
      // Cast: the rows hold the contact columns the duplicates service selected; ContactRef's parent type is the
      // whole Prisma model, and every field it resolves reads a selected column (the tests query them all).
      resolve: (p) => p.rows.get(p.a) as never,
    }),
    duplicate: t.field({ type: ContactRef, resolve: (p) => p.rows.get(p.b) as never }),
    score: t.exposeFloat('score', { description: '0 to 1: the logistic of the summed field weights (QUALITY.md).' }),
    matches: t.field({ type: [DuplicateFieldMatchRef], resolve: (p) => p.matches }),
  }),
});

/** Pairs per page at most: each page's work is bounded too (`findDuplicatePage`). */
export const maxDuplicatePage = 200;

const encodeCursor = (c: string) => Buffer.from(c).toString('base64');
/** `pair:<a>:<b>` (the global list) or `offset:<n>` (one contact's candidates, best first). */
function decodeCursor(cursor: string | null | undefined, kind: 'pair' | 'offset'): number[] | null {
  if (!cursor) return null;
  const parts = Buffer.from(cursor, 'base64').toString('utf8').split(':');
  const numbers = parts.slice(1).map(Number);
  if (
    parts[0] !== kind ||
    numbers.length !== (kind === 'pair' ? 2 : 1) ||
    !numbers.every((n) => Number.isSafeInteger(n) && n >= 0)
  ) {
    throw validationError([fieldProblem(['after'], fieldMessage('NOT_A_CURSOR'))]);
  }
  return numbers;
}

/** One page of duplicate candidates, with the cursor of each pair. */
interface CandidatePage {
  pairs: ScoredPair[];
  hasNextPage: boolean;
  cursors: string[];
  endCursor: string | null;
  scannedContacts: number;
}

/** One contact's candidates: a few hundred at most (its keys × the largest group), sorted by score. */
async function contactCandidatePage(
  ctx: Context,
  contactId: number,
  afterCursor: string | null | undefined,
  first: number,
  minScore: number,
): Promise<CandidatePage> {
  const offset = decodeCursor(afterCursor, 'offset')?.[0] ?? 0;
  const all = await findDuplicates(ctx, { contactId, minScore });
  const pairs = all.slice(offset, offset + first);
  const cursors = pairs.map((_, i) => encodeCursor(`offset:${offset + i + 1}`));
  return {
    pairs,
    hasNextPage: offset + first < all.length,
    cursors,
    endCursor: cursors.at(-1) ?? afterCursor ?? null,
    scannedContacts: 1,
  };
}

/** Every pair, in the order of the pair's contact ids, examining at most `maxScan` contacts. */
async function globalCandidatePage(
  ctx: Context,
  afterCursor: string | null | undefined,
  first: number,
  maxScan: number,
  minScore: number,
): Promise<CandidatePage> {
  const after = decodeCursor(afterCursor, 'pair');
  const page = await findDuplicatePage(ctx, {
    minScore,
    first,
    maxScan,
    after: after ? { a: after[0]!, b: after[1]! } : null,
  });
  return {
    pairs: page.pairs,
    hasNextPage: page.hasNextPage,
    cursors: page.pairs.map((p) => encodeCursor(`pair:${p.a}:${p.b}`)),
    endCursor: page.endCursor ? encodeCursor(`pair:${page.endCursor.a}:${page.endCursor.b}`) : null,
    scannedContacts: page.scannedContacts,
  };
}

builder.queryFields((t) => ({
  duplicateCandidates: t.connection(
    {
      type: DuplicateCandidateRef,
      authScopes: qualityRoles,
      description:
        'Likely duplicates among the contacts you may see and whose personal fields your purpose lets you read (both of a pair: a withheld contact is never listed, counted nor scored), page by page (`first` at most 200, `after`). ' +
        "With `contact`: that contact's candidates, best score first. Without: every pair, in the order of the pair's " +
        'contact ids, each page examining at most `maxScan` contacts, so that a page costs the same on 1M contacts as on ' +
        '1,000 (a page may hold fewer than `first` pairs: follow `endCursor` while `hasNextPage`). Blocking keys are ' +
        'brought up to date first (only contacts changed since the last call are recomputed).',
      args: {
        contact: t.arg.globalID({ required: false, description: 'Only the candidates of this contact.' }),
        minScore: t.arg.float({ required: false, defaultValue: 0.5 }),
        maxScan: t.arg.int({
          required: false,
          defaultValue: 20_000,
          description: 'Contacts examined for one page of the global list, at most 100,000.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const problems: FieldProblem[] = [];
        if (args.last != null || args.before != null)
          problems.push(fieldProblem(['last'], fieldMessage('FORWARD_ONLY')));
        const first = args.first ?? 50;
        if (first < 1 || first > maxDuplicatePage)
          problems.push(fieldProblem(['first'], fieldMessage('BETWEEN', { min: 1, max: maxDuplicatePage })));
        const maxScan = args.maxScan ?? 20_000;
        if (maxScan < 1 || maxScan > 100_000)
          problems.push(fieldProblem(['maxScan'], fieldMessage('BETWEEN', { min: 1, max: 100_000 })));
        if (problems.length) throw validationError(problems);
        const minScore = args.minScore ?? 0.5;
        const { pairs, hasNextPage, cursors, endCursor, scannedContacts } = args.contact
          ? await contactCandidatePage(ctx, idFor('Contact', args.contact, ['contact']), args.after, first, minScore)
          : await globalCandidatePage(ctx, args.after, first, maxScan, minScore);
        const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
        const rows = new Map(
          (await contacts(ctx).findMany({ where: { id: { in: ids } } })).map((r) => [r.id, r as Row]),
        );
        return {
          edges: pairs.map((p, i) => ({ cursor: cursors[i]!, node: { ...p, rows } })),
          pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: cursors[0] ?? null, endCursor },
          scannedContacts,
        };
      },
    },
    {
      name: 'DuplicateCandidateConnection',
      fields: (c) => ({
        scannedContacts: c.int({
          description: 'Contacts examined for this page (bounded by maxScan).',
          resolve: (p) => (p as unknown as { scannedContacts: number }).scannedContacts,
        }),
      }),
    },
    { name: 'DuplicateCandidateEdge' },
  ),
}));

// ---------------------------------------------------------------------------------------------------------------
// Merge
// ---------------------------------------------------------------------------------------------------------------

const MergeSideEnum = builder.enumType('MergeSide', { values: ['SURVIVOR', 'MERGED'] as const });
const MergeableContactFieldEnum = builder.enumType('MergeableContactField', {
  description: 'A contact field whose value a merge may take from either contact. Address fields move as one block.',
  values: mergeableFields,
});

const MergeFieldChoice = builder.inputType('MergeFieldChoice', {
  fields: (t) => ({
    field: t.field({ type: MergeableContactFieldEnum }),
    from: t.field({ type: MergeSideEnum }),
  }),
});

const MergeFieldChangeRef = builder.objectRef<FieldChange>('MergeFieldChange').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.exposeString('before', {
      nullable: true,
      description: "The survivor's value before (null when empty or withheld).",
    }),
    after: t.exposeString('after', { nullable: true }),
    from: t.field({ type: MergeSideEnum, resolve: (c) => c.from }),
    withheld: t.exposeBoolean('withheld', {
      description: 'Values withheld: confidential for your role, or personal without consent for your purpose.',
    }),
  }),
});

const MergeCountRef = builder.objectRef<{ kind: string; count: number }>('MergeMovedCount').implement({
  fields: (t) => ({ kind: t.exposeString('kind'), count: t.exposeInt('count') }),
});

const MergeDroppedRef = builder.objectRef<MergeResult['dropped'][number]>('MergeDroppedRecord').implement({
  fields: (t) => ({ kind: t.exposeString('kind'), id: t.exposeString('id'), reason: t.exposeString('reason') }),
});

type LoadedMerge = MergeResult & { survivor: Row; merged: Row };

const MergeResultRef = builder.objectRef<LoadedMerge>('MergeResult').implement({
  description: 'What a merge changed, or, for a dry run, what it would change.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun'),
    // Casts: the merge returns the two contacts as read through the access layer (all columns); its result type is
    // the narrower shape the service declares.
    survivor: t.field({ type: ContactRef, resolve: (r) => r.survivor as never }),
    merged: t.field({ type: ContactRef, resolve: (r) => r.merged as never }),
    mergeRecordId: t.field({
      type: 'ID',
      nullable: true,
      resolve: (r) => (r.mergeRecordId ? encodeGlobalID('MergeRecord', r.mergeRecordId) : null),
    }),
    changes: t.field({
      type: [MergeFieldChangeRef],
      description: "The survivor's fields that change.",
      resolve: (r) => r.changes,
    }),
    moved: t.field({
      type: [MergeCountRef],
      description: 'Child records moved to the survivor, by kind.',
      resolve: (r) => r.moved,
    }),
    dropped: t.field({
      type: [MergeDroppedRef],
      description: 'Child records not moved because the survivor had their equivalent.',
      resolve: (r) => r.dropped,
    }),
  }),
});

builder.mutationFields((t) => ({
  mergeContacts: t.field({
    type: MergeResultRef,
    authScopes: qualityRoles,
    description:
      'Merges a duplicate into the contact that stays, in one transaction: field values (the survivor’s, gaps filled ' +
      'from the merged contact, or as chosen), every child record, consents by the least permissive rule. The merged ' +
      'contact stays findable by id with `mergedInto`. With dryRun, nothing is written and the result shows what would change.',
    args: {
      survivorId: t.arg.globalID(),
      mergedId: t.arg.globalID(),
      fieldChoices: t.arg({ type: [MergeFieldChoice], required: false }),
      dryRun: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, ctx) => {
      const survivorId = idFor('Contact', args.survivorId, ['survivorId']);
      const mergedId = idFor('Contact', args.mergedId, ['mergedId']);
      const result = await mergeContacts(ctx, {
        survivorId,
        mergedId,
        fieldChoices: args.fieldChoices,
        dryRun: args.dryRun,
      });
      const rows = await contacts(ctx).findMany({ where: { id: { in: [survivorId, mergedId] } } });
      return {
        ...result,
        survivor: rows.find((r) => r.id === survivorId)!,
        merged: rows.find((r) => r.id === mergedId)!,
      };
    },
  }),
}));

builder.prismaObjectFields('Contact', (t) => ({
  mergedInto: t.field({
    type: ContactRef,
    nullable: true,
    authScopes: { authenticated: true },
    description:
      'The contact this one was merged into (it is then a duplicate kept for history); null otherwise or outside your rights.',
    select: { mergedIntoId: true },
    resolve: (c, _args, ctx: Context) =>
      // Cast: the layer's findFirst is typed for any select; without one it returns the whole row ContactRef expects.
      c.mergedIntoId ? (contacts(ctx).findFirst({ where: { id: c.mergedIntoId } }) as never) : null,
  }),
}));
