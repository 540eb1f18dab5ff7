import { encodeGlobalID } from '@pothos/plugin-relay';
import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { idFor, idsIn } from '../../kernel/graphql/global-id.js';
import { oneOf, searchWords } from '../../kernel/graphql/filters.js';
import { orderInput } from '../../kernel/graphql/order.js';
import { MAX_PAGE_SIZE } from '../../kernel/graphql/page-size.js';
import { SegmentKindEnum } from '../campaign.enums.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { SegmentCriteriaInput } from './segment.criteria.js';
import {
  createSegment,
  deleteSegment,
  findSegment,
  freezeSegment,
  maxPreviewContacts,
  previewSegment,
  segmentScope,
  segmentWhere,
  updateSegment,
} from './segment.service.js';

/** Who uses segments: marketing builds them, analysts read them; the others work contact by contact. */
const readers = { roles: ['ADMIN', 'MARKETING', 'ANALYST'] as Role[] };
const writers = { roles: ['ADMIN', 'MARKETING'] as Role[] };

/** Stored criteria as the client sends them: decoded global ids ({ typename, id }) encoded back to strings. */
function criteriaForClient(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(criteriaForClient);
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    if (typeof o.typename === 'string' && typeof o.id === 'string' && Object.keys(o).length === 2)
      return encodeGlobalID(o.typename, o.id);
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => k !== 'version')
        .map(([k, v]) => [k, criteriaForClient(v)]),
    );
  }
  return json;
}

/** Members of a segment as the caller sees them (row rule; consent rules of personal and profiling criteria). */
const membersWhere = async (ctx: Context, s: { id: number; kind: 'DYNAMIC' | 'STATIC'; criteria: unknown }) =>
  segmentWhere(ctx, s);

/**
 * A saved selection of contacts (*segment*): DYNAMIC (criteria re-evaluated at each read) or STATIC (members frozen
 * by freezeSegment). Segments of a brand are visible to its users; segments without brand to every reader.
 */
export const SegmentRef = builder.prismaNode('Segment', {
  id: { field: 'id' },
  authScopes: readers,
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...segmentScope(ctx) }),
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    kind: t.expose('kind', { type: SegmentKindEnum }),
    criteria: t.string({
      description: 'The criteria as JSON, in the shape of SegmentCriteriaInput (send it back to edit them).',
      select: { criteria: true },
      resolve: (s) => JSON.stringify(criteriaForClient(s.criteria)),
    }),
    brand: t.relation('brand', { nullable: true }),
    owner: t.relation('owner', { nullable: true }),
    frozenAt: t.expose('frozenAt', {
      type: 'DateTime',
      nullable: true,
      description: 'STATIC: when the members were frozen.',
    }),
    memberCount: t.exposeInt('memberCount', {
      nullable: true,
      description: 'STATIC: number of members frozen (all of them, whoever reads).',
    }),
    count: t.int({
      description: 'Number of members you may see, now (a DYNAMIC segment is re-evaluated).',
      select: { id: true, kind: true, criteria: true },
      resolve: async (s, _args, ctx) => contacts(ctx).count({ where: await membersWhere(ctx, s) }),
    }),
    contacts: t.prismaConnection({
      type: 'Contact',
      cursor: 'id',
      maxSize: MAX_PAGE_SIZE,
      description: 'The members you may see, by id.',
      totalCount: async (s, _args, ctx) => contacts(ctx).count({ where: await membersWhere(ctx, s) }),
      resolve: async (query, s, _args, ctx) =>
        contacts(ctx).findMany({ ...query, where: await membersWhere(ctx, s), orderBy: { id: 'asc' } }),
    }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const SegmentFilter = builder.inputType('SegmentFilter', {
  fields: (t) => ({
    kind: t.field({ type: [SegmentKindEnum], required: false }),
    brand: t.globalIDList({ required: false, description: 'Any of these brands.' }),
    search: t.string({ required: false, description: 'Words found in the name or the description.' }),
  }),
});

const segmentOrder = orderInput('Segment', {
  ID: 'id',
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
});

const SegmentInput = builder.inputType('SegmentInput', {
  fields: (t) => ({
    name: t.string(),
    description: t.string({ required: false }),
    kind: t.field({
      type: SegmentKindEnum,
      required: false,
      description: 'Default DYNAMIC; STATIC freezes the members now.',
    }),
    brand: t.globalID({ required: false, description: 'One of your brands; none: visible to every brand.' }),
    criteria: t.field({ type: SegmentCriteriaInput }),
  }),
});

const SegmentPatch = builder.inputType('SegmentPatch', {
  fields: (t) => ({
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    kind: t.field({
      type: SegmentKindEnum,
      required: false,
      description: 'STATIC freezes the members now; DYNAMIC forgets them.',
    }),
    brand: t.globalID({ required: false }),
    criteria: t.field({
      type: SegmentCriteriaInput,
      required: false,
      description: 'New criteria (a STATIC segment is frozen again).',
    }),
  }),
});

interface Preview {
  count: number;
  contactIds: number[];
}

const SegmentPreviewRef = builder.objectRef<Preview>('SegmentPreview').implement({
  description: 'What criteria select now, without saving anything.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Contacts you may see that match.' }),
    contacts: t.prismaField({
      type: ['Contact'],
      description: 'The first matching contacts, by id (`first` of previewSegment).',
      resolve: (query, p, _args, ctx) =>
        contacts(ctx).findMany({ ...query, where: { id: { in: p.contactIds } }, orderBy: { id: 'asc' } }),
    }),
  }),
});

builder.queryFields((t) => ({
  segments: t.prismaConnection({
    type: 'Segment',
    description: 'Segments you may see.',
    authScopes: readers,
    ...filteredList(t.arg, {
      filter: SegmentFilter,
      order: segmentOrder,
      where: segmentListWhere,
      rows: (ctx) => ctx.db.segment,
    }),
  }),
  previewSegment: t.field({
    type: SegmentPreviewRef,
    description: 'Counts the contacts criteria select (and lists the first ones), without saving anything.',
    authScopes: readers,
    args: {
      criteria: t.arg({ type: SegmentCriteriaInput }),
      first: t.arg.int({
        required: false,
        defaultValue: 0,
        description: `How many contacts to list, 0 to ${maxPreviewContacts}.`,
      }),
    },
    resolve: (_r, args, ctx) => previewSegment(ctx, args.criteria, args.first ?? 0),
  }),
}));

function segmentListWhere(ctx: Context, f: typeof SegmentFilter.$inferInput | null | undefined) {
  return {
    AND: [
      segmentScope(ctx),
      { kind: oneOf(f?.kind), brandId: idsIn('Brand', f?.brand, ['filter', 'brand']) },
      ...searchWords(ctx.provider, f?.search, ['name', 'description']),
    ],
  };
}

const reread = rereadFrom<'Segment'>((ctx) => ctx.db.segment);

versionedMutations({
  type: 'Segment',
  authScopes: writers,
  reread,
  create: {
    description:
      'Saves a segment; its criteria are checked first (VALIDATION, NOT_FOUND). A STATIC one is frozen at once.',
    input: SegmentInput,
    run: createSegment,
  },
  update: { input: SegmentPatch, run: updateSegment },
  delete: {
    run: async (ctx, id, version) => {
      await findSegment(ctx, id);
      await deleteSegment(ctx, id, version);
    },
  },
});

builder.mutationField('freezeSegment', (t) =>
  t.prismaField({
    type: 'Segment',
    description: 'Evaluates the criteria now and freezes the members: the segment becomes STATIC.',
    authScopes: writers,
    args: { id: t.arg.globalID() },
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('Segment', args.id, ['id']);
      await freezeSegment(ctx, id);
      return reread(ctx, query, id);
    },
  }),
);
