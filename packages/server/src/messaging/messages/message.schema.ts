import { builder } from '../../kernel/graphql/builder.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { MessageParamRef, type MessageParam } from '../../kernel/graphql/message-param.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { mergeFields, type MergeFieldDef } from './merge-fields.js';
import { renderForContact } from './render.js';
import { setActionMessage } from './message.service.js';
import { sendTestMessage } from './test-send.service.js';

/** Who may edit, preview and test an action's message: the roles that may edit actions. */
const writers = { roles: ['ADMIN', 'MARKETING'] as Role[] };

/** The message of a marketing action: templates with merge fields (MESSAGING.md, "Messages and merge fields"). */
export const ActionMessageRef = builder.prismaNode('ActionMessage', {
  id: { field: 'id' },
  select: { id: true },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), action: actionScope(ctx) }),
  fields: (t) => ({
    action: t.relation('action'),
    sender: t.exposeString('sender', {
      nullable: true,
      description: 'E-mail sender ("Name <address>"); null: the deployment\'s default sender.',
    }),
    subject: t.exposeString('subject', { nullable: true, description: 'E-mail subject (a template); null for SMS.' }),
    bodyText: t.exposeString('bodyText', {
      description: "Plain-text body (a template): the SMS, or the e-mail's text.",
    }),
    bodyHtml: t.exposeString('bodyHtml', { nullable: true, description: 'HTML body (a template); null: text only.' }),
    ratePerMinute: t.exposeInt('ratePerMinute', {
      nullable: true,
      description: "Messages per minute of this action's send; null: the deployment's default.",
    }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('MarketingAction', (t) => ({
  message: t.relation('message', {
    nullable: true,
    description: 'The message sent to the targets (e-mail, newsletter, SMS); null until one is written.',
  }),
}));

const MergeFieldRef = builder.objectRef<MergeFieldDef>('MergeField').implement({
  description: 'A field a message template may use as {{name}}.',
  fields: (t) => ({
    name: t.exposeString('name'),
    personal: t.exposeBoolean('personal', {
      description: "Personal: merges only when the contact's consent covers the action's purpose.",
    }),
    description: t.exposeString('description'),
  }),
});

interface Preview {
  to: string | null;
  subject: string | null;
  text: string | null;
  html: string | null;
  sendable: boolean;
  reason: string | null;
  detail: string | null;
  detailCode: string | null;
  detailParams: MessageParam[];
}

const PreviewRef = builder.objectRef<Preview>('ActionMessagePreview').implement({
  description: "An action's message as one contact would receive it, or why it would not be sent.",
  fields: (t) => ({
    to: t.exposeString('to', { nullable: true }),
    subject: t.exposeString('subject', { nullable: true }),
    text: t.exposeString('text', { nullable: true }),
    html: t.exposeString('html', {
      nullable: true,
      description: 'The rendered HTML: show it in a sandboxed frame, never inline.',
    }),
    sendable: t.exposeBoolean('sendable'),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why not: NO_CONSENT, NO_CHANNEL_ADDRESS, NO_MESSAGE or NOT_FOUND (a contact you cannot see too).',
    }),
    detail: t.exposeString('detail', { nullable: true, description: 'Why not, in English.' }),
    detailCode: t.exposeString('detailCode', {
      nullable: true,
      description:
        'Why not, as a stable code (kernel/message-codes.ts renderDetailTemplates): CONSENT_PURPOSE, REQUEST_PURPOSE, ' +
        'NO_ADDRESS, EMAIL_INVALID, MEDIUM_SENDS_NONE, TEMPLATE_BROKEN; translate it with `detailParams`.',
    }),
    detailParams: t.field({
      type: [MessageParamRef],
      description: "The detail's parameters: purpose (a purpose code), channel (email, mobile), medium, parts.",
      resolve: (p) => p.detailParams,
    }),
  }),
});

const TestSendRef = builder.objectRef<{ messageId: string; to: string }>('TestSendResult').implement({
  fields: (t) => ({
    messageId: t.exposeString('messageId', { description: 'The Message-ID of the test message.' }),
    to: t.exposeString('to'),
  }),
});

builder.queryFields((t) => ({
  mergeFields: t.field({
    type: [MergeFieldRef],
    authScopes: { authenticated: true },
    description: 'The fields a message template may use, each with whether it is personal.',
    resolve: () => [...mergeFields],
  }),
  actionMessagePreview: t.field({
    type: PreviewRef,
    authScopes: writers,
    description: "An action's message rendered for one contact, with your own rights (NOT_FOUND when hidden).",
    args: { action: t.arg.globalID({ required: true }), contact: t.arg.globalID({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const r = await renderForContact(
        ctx,
        idFor('MarketingAction', args.action, ['action']),
        idFor('Contact', args.contact, ['contact']),
      );
      return r.ok
        ? {
            to: r.to,
            subject: r.subject ?? null,
            text: r.text,
            html: r.html ?? null,
            sendable: true,
            reason: null,
            detail: null,
            detailCode: null,
            detailParams: [],
          }
        : {
            to: null,
            subject: null,
            text: null,
            html: null,
            sendable: false,
            reason: r.reason,
            detail: r.detail ?? null,
            detailCode: r.detailCode ?? null,
            detailParams: Object.entries(r.detailParams ?? {}).map(([name, value]) => ({ name, value })),
          };
    },
  }),
}));

const ActionMessageInput = builder.inputType('ActionMessageInput', {
  fields: (t) => ({
    action: t.globalID({ required: true }),
    sender: t.string({ required: false, description: 'Name <address>; absent: the default sender.' }),
    subject: t.string({ required: false, description: 'Required for e-mail; none for SMS.' }),
    bodyText: t.string({ required: true }),
    bodyHtml: t.string({ required: false }),
    ratePerMinute: t.int({ required: false, description: '1 to 600,000; absent: the deployment default.' }),
    version: t.int({ required: false, description: 'The version you read; required once a message exists.' }),
  }),
});

builder.mutationFields((t) => ({
  setActionMessage: t.prismaField({
    type: 'ActionMessage',
    authScopes: writers,
    description: "Creates or replaces an action's message (absent optional fields are cleared). Validates templates.",
    args: { input: t.arg({ type: ActionMessageInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await setActionMessage(ctx, {
        ...input,
        actionId: idFor('MarketingAction', input.action, ['input', 'action']),
      });
      return ctx.db.actionMessage.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  sendTestMessage: t.field({
    type: TestSendRef,
    authScopes: writers,
    description: 'Sends the message rendered for a contact to your own address, subject "[TEST]"; records no delivery.',
    args: {
      action: t.arg.globalID({ required: true }),
      contact: t.arg.globalID({ required: true }),
      to: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      sendTestMessage(
        ctx,
        idFor('MarketingAction', args.action, ['action']),
        idFor('Contact', args.contact, ['contact']),
        args.to,
      ),
  }),
}));
