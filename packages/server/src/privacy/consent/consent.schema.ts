import { builder } from '../../kernel/graphql/builder.js';
import { ConsentSourceEnum, ConsentStatusEnum, LegalBasisEnum } from '../../kernel/graphql/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import type { ConsentStatus } from '../../generated/sqlite/enums.js';
import { recordConsent } from './consent.service.js';

/** Staff roles that capture consent (by phone, in store, from forms). Analysts only read. */
const capturers = { roles: ['ADMIN' as const, 'MARKETING' as const, 'SALES' as const, 'SUPPORT' as const] };
const staff = { authenticated: true };

export const PurposeRef = builder.prismaObject('Purpose', {
  authScopes: staff,
  description:
    'A purpose contact data may be used for. Consent to a parent covers its children unless a child is denied.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    legalBasis: t.expose('legalBasis', { type: LegalBasisEnum }),
    parent: t.relation('parent', { nullable: true }),
  }),
});

builder.prismaObject('ConsentEvent', {
  authScopes: staff,
  description: 'One consent decision, with its provenance. Append-only.',
  fields: (t) => ({
    purpose: t.relation('purpose'),
    status: t.expose('status', { type: ConsentStatusEnum }),
    source: t.expose('source', { type: ConsentSourceEnum }),
    capturedAt: t.expose('capturedAt', { type: 'DateTime' }),
    capturedBy: t.relation('capturedBy', { nullable: true }),
    proof: t.exposeString('proof', { nullable: true }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'DateTime' }),
    effectiveTo: t.expose('effectiveTo', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObject('ConsentState', {
  authScopes: staff,
  description: "A contact's current consent for one purpose: its latest decision.",
  fields: (t) => ({
    purpose: t.relation('purpose'),
    status: t.expose('status', { type: ConsentStatusEnum }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'DateTime' }),
    effectiveTo: t.expose('effectiveTo', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectFields('Contact', (t) => ({
  consents: t.relation('consentStates', {
    authScopes: staff,
    description: 'Current consent per purpose (staff only).',
    nullable: true,
    query: { orderBy: { purposeId: 'asc' } },
  }),
  consentHistory: t.relation('consentEvents', {
    authScopes: staff,
    description: 'Every consent decision, oldest first (staff only).',
    nullable: true,
    query: { orderBy: [{ capturedAt: 'asc' }, { id: 'asc' }] },
  }),
}));

builder.queryField('purposes', (t) =>
  t.prismaField({
    type: ['Purpose'],
    authScopes: staff,
    description: 'The active purposes (the tree, parents first).',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.purpose.findMany({ ...query, where: { active: true }, orderBy: [{ parentId: 'asc' }, { code: 'asc' }] }),
  }),
);

const ConsentInput = builder.inputType('ConsentInput', {
  fields: (t) => ({
    contact: t.globalID(),
    purpose: t.string({ description: 'Purpose code, e.g. newsletter.' }),
    source: t.field({ type: ConsentSourceEnum }),
    proof: t.string({ required: false, description: 'Form id, recording id, signed document reference.' }),
    effectiveFrom: t.field({ type: 'DateTime', required: false, description: 'Default: now.' }),
    effectiveTo: t.field({ type: 'DateTime', required: false, description: 'Default: open-ended.' }),
  }),
});

const decision = (status: ConsentStatus, description: string) =>
  builder.mutationField(`${status === 'GRANTED' ? 'grant' : status === 'DENIED' ? 'deny' : 'withdraw'}Consent`, (t) =>
    t.prismaField({
      type: 'ConsentEvent',
      authScopes: capturers,
      description,
      args: { input: t.arg({ type: ConsentInput }) },
      resolve: async (query, _root, { input }, ctx) => {
        const event = await recordConsent(ctx, {
          contactId: idFor('Contact', input.contact, ['input', 'contact']),
          purposeCode: input.purpose,
          status,
          source: input.source,
          proof: input.proof,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo,
        });
        return ctx.db.consentEvent.findUniqueOrThrow({ ...query, where: { id: event.id } });
      },
    }),
  );

decision('GRANTED', 'Records that the contact consents to a purpose (and its children).');
decision('DENIED', 'Records that the contact refuses a purpose (and its children), even under a granted parent.');
decision('WITHDRAWN', 'Records that the contact withdraws a consent; it applies to the very next request.');
