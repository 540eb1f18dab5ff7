import type { Context } from '../../kernel/context.js';
import type { ActionMedium } from '../../generated/sqlite/enums.js';
import { visibleAction } from '../../campaigns/actions/action.filter.js';
import { contacts, personalReadable, purposeConsent } from '../../privacy/access/contact-access.js';
import { resolvePurpose } from '../../privacy/consent/purpose.service.js';
import { preferencesUrl, unsubscribeUrl } from '../links.js';
import { escapeHtml, fieldsOf, fillTemplate, parseTemplate, type TemplatePart } from './template.js';
import { civilityLabel, isMergeField, isPersonalMergeField, personalMergeFields } from './merge-fields.js';

/**
 * Renders an action's message for one contact: the contract the send job, the preview and the test send share.
 *
 * The rule: a personal merge field merges only when the contact's consent covers the action's required purpose on
 * `ctx.now`; the recipient's address is personal too, so a contact whose consent does not cover the purpose gets
 * no message at all (`NO_CONSENT`), never one merged empty or with a hidden value. The contact is read through the
 * access layer with the caller's own rights: a row outside the caller's scope is `NOT_FOUND` (like a missing one),
 * and a staff caller (preview, test send) must also be allowed to read personal fields under the request's purpose
 * (`NO_CONSENT`, detail REQUEST_PURPOSE). The system (the send job, no declared purpose) reads every row.
 */
export type RenderResult =
  | { ok: true; to: string; subject?: string; text: string; html?: string; mergedPersonal: boolean }
  | { ok: false; reason: 'NO_CONSENT' | 'NO_CHANNEL_ADDRESS' | 'NO_MESSAGE' | 'NOT_FOUND'; detail?: string };

export type RenderFailure = Extract<RenderResult, { ok: false }>['reason'];

/** The media a message is written for, and the contact column each is addressed to. */
export const messageMedia: Partial<Record<ActionMedium, 'email' | 'mobile'>> = {
  EMAIL: 'email',
  NEWSLETTER: 'email',
  SMS: 'mobile',
};

export interface CompiledMessage {
  subject: TemplatePart[] | null;
  text: TemplatePart[];
  html: TemplatePart[] | null;
  /** Personal merge fields used anywhere in the message. */
  personal: string[];
}

/** Parses a stored message (already validated when saved; a problem here means a field was removed since). */
export function compileMessage(m: { subject: string | null; bodyText: string; bodyHtml: string | null }) {
  const parse = (s: string) => parseTemplate(s, isMergeField);
  const subject = m.subject === null ? null : parse(m.subject);
  const text = parse(m.bodyText);
  const html = m.bodyHtml === null ? null : parse(m.bodyHtml);
  const problems = [
    ...(subject?.problems.map((p) => ({ path: 'subject', ...p })) ?? []),
    ...text.problems.map((p) => ({ path: 'bodyText', ...p })),
    ...(html?.problems.map((p) => ({ path: 'bodyHtml', ...p })) ?? []),
  ];
  const all = [...(subject?.parts ?? []), ...text.parts, ...(html?.parts ?? [])];
  const compiled: CompiledMessage = {
    subject: subject?.parts ?? null,
    text: text.parts,
    html: html?.parts ?? null,
    personal: fieldsOf(all).filter(isPersonalMergeField),
  };
  return { compiled, problems };
}

const contactSelect = {
  id: true,
  language: true,
  emailInvalidAt: true,
  ...Object.fromEntries(Object.values(personalMergeFields).map((c) => [c, true])),
} as const;

async function loadAction(ctx: Context, actionId: number) {
  const action = await ctx.db.marketingAction.findUnique({
    where: { id: actionId },
    select: {
      id: true,
      code: true,
      name: true,
      medium: true,
      brandId: true,
      requiredPurposeId: true,
      requiredPurpose: { select: { code: true } },
      message: { select: { subject: true, bodyText: true, bodyHtml: true } },
    },
  });
  return visibleAction(ctx, action);
}

/** Renders the message of `actionId` for `contactId` (see the type's comment for the rule). */
export async function renderForContact(ctx: Context, actionId: number, contactId: number): Promise<RenderResult> {
  const action = await loadAction(ctx, actionId);
  if (!action) return { ok: false, reason: 'NOT_FOUND', detail: 'action' };
  const contact = await contacts(ctx).findFirst({
    where: { id: contactId, deletedAt: null, erasedAt: null, mergedIntoId: null },
    select: contactSelect,
  });
  if (!contact) return { ok: false, reason: 'NOT_FOUND', detail: 'contact' };
  if (!action.message) return { ok: false, reason: 'NO_MESSAGE' };
  const column = messageMedia[action.medium];
  if (!column) return { ok: false, reason: 'NO_MESSAGE', detail: `${action.medium} actions send no message` };

  const { compiled, problems } = compileMessage(action.message);
  if (problems.length) return { ok: false, reason: 'NO_MESSAGE', detail: problems.map((p) => p.message).join('; ') };

  const purpose = await resolvePurpose(ctx.db, null, action.requiredPurpose.code);
  const [consenting, readable] = await Promise.all([
    contacts(ctx).count({ where: { AND: [{ id: contactId }, purposeConsent(purpose, ctx.now)] } }),
    personalReadable(ctx, [contactId]),
  ]);
  const allowed = consenting > 0 && readable.has(contactId);
  // The audit records the personal fields this render read (or was refused), as the GraphQL field rules do.
  for (const f of [column, ...compiled.personal]) ctx.audit?.read('Contact', contactId, f, allowed);
  if (!consenting)
    return {
      ok: false,
      reason: 'NO_CONSENT',
      detail: `the contact's consent does not cover ${action.requiredPurpose.code}`,
    };
  if (!readable.has(contactId))
    return {
      ok: false,
      reason: 'NO_CONSENT',
      detail: "REQUEST_PURPOSE: the request's purpose does not cover this contact",
    };

  const c = contact as unknown as Record<string, string | null> & { language: string; emailInvalidAt: Date | null };
  const to = c[column];
  if (!to) return { ok: false, reason: 'NO_CHANNEL_ADDRESS', detail: `no ${column}` };
  if (column === 'email' && c.emailInvalidAt)
    return { ok: false, reason: 'NO_CHANNEL_ADDRESS', detail: 'e-mail invalid' };

  const values: Record<string, string> = {
    actionName: action.name,
    actionCode: action.code,
    unsubscribeUrl: unsubscribeUrl(contactId, action.id, action.requiredPurposeId, ctx.now),
    preferencesUrl: preferencesUrl(contactId, ctx.now),
  };
  for (const name of compiled.personal) {
    const col = personalMergeFields[name]!;
    values[name] = col === 'civility' ? civilityLabel(c.civility ?? null, c.language) : (c[col] ?? '');
  }
  // A header line cannot carry a line break from a merged value.
  const oneLine = (v: string) => v.replace(/[\r\n]+/g, ' ');
  return {
    ok: true,
    to,
    ...(compiled.subject ? { subject: fillTemplate(compiled.subject, values, oneLine) } : {}),
    text: fillTemplate(compiled.text, values),
    ...(compiled.html ? { html: fillTemplate(compiled.html, values, escapeHtml) } : {}),
    mergedPersonal: compiled.personal.length > 0,
  };
}
