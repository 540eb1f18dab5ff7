import type { Context } from '../../kernel/context.js';
import { formatMessage, renderDetailTemplates, type RenderDetailCode } from '../../kernel/message-codes.js';
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
  | {
      ok: false;
      reason: 'NO_CONSENT' | 'NO_CHANNEL_ADDRESS' | 'NO_MESSAGE' | 'NOT_FOUND';
      /** English, for API clients and the delivery log. */
      detail?: string;
      /** The detail's code and parameters (kernel/message-codes.ts), which the admin translates. */
      detailCode?: RenderDetailCode;
      detailParams?: Record<string, string>;
    };

type Refusal = Extract<RenderResult, { ok: false }>;
export type RenderFailure = Refusal['reason'];

/** A refusal with its detail written from the catalogue: the code, its parameters and the English text. */
function refusal(
  reason: RenderFailure,
  detailCode: RenderDetailCode,
  detailParams: Record<string, string> = {},
): Refusal {
  const detail = formatMessage(renderDetailTemplates[detailCode], detailParams);
  return { ok: false, reason, detail, detailCode, detailParams };
}

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
  return (await renderForContacts(ctx, actionId, [contactId])).get(contactId)!;
}

type ContactRow = Record<string, string | null> & { id: number; language: string; emailInvalidAt: Date | null };

/**
 * Renders the message of `actionId` for each of `contactIds`, under the same rule as `renderForContact` (which is
 * this with one id): the send job renders a whole batch with it. It reads what it renders for all the contacts at
 * once (the action, the contacts, the purpose tree, who consents, who is readable: a constant number of statements
 * whatever the number of contacts), since a few reads per contact were most of a send's database time.
 */
export async function renderForContacts(
  ctx: Context,
  actionId: number,
  contactIds: readonly number[],
): Promise<Map<number, RenderResult>> {
  const ids = [...new Set(contactIds)];
  const all = (r: RenderResult) => new Map(ids.map((id) => [id, r]));
  const action = await loadAction(ctx, actionId);
  if (!action) return all({ ok: false, reason: 'NOT_FOUND', detail: 'action' });
  const rows = (await contacts(ctx).findMany({
    where: { id: { in: ids }, deletedAt: null, erasedAt: null, mergedIntoId: null },
    select: contactSelect,
  })) as unknown as ContactRow[];
  const found = new Map(rows.map((c) => [c.id, c]));
  const notFound: RenderResult = { ok: false, reason: 'NOT_FOUND', detail: 'contact' };
  const refused = messageRefusal(action);
  if (refused || !found.size) return new Map(ids.map((id) => [id, found.has(id) ? refused! : notFound]));
  const { compiled } = compileMessage(action.message!);
  const present = [...found.keys()];
  const purpose = await resolvePurpose(ctx.db, null, action.requiredPurpose.code);
  const [consenting, readable] = await Promise.all([
    contacts(ctx).ids({ AND: [{ id: { in: present } }, purposeConsent(purpose, ctx.now)] }),
    personalReadable(ctx, present),
  ]);
  const consents = new Set(consenting);
  const column = messageMedia[action.medium]!;
  return new Map(
    ids.map((id) => {
      const c = found.get(id);
      if (!c) return [id, notFound];
      const allowed = consents.has(id) && readable.has(id);
      // The audit records the personal fields this render read (or was refused), as the GraphQL field rules do.
      for (const f of [column, ...compiled.personal]) ctx.audit?.read('Contact', id, f, allowed);
      return [id, renderOne(ctx, action, compiled, c, consents.has(id), readable.has(id))];
    }),
  );
}

type LoadedAction = NonNullable<Awaited<ReturnType<typeof loadAction>>>;

/** Why an action's message cannot be rendered for anybody (no message, a medium without one, a broken template). */
function messageRefusal(action: LoadedAction): Refusal | null {
  if (!action.message) return { ok: false, reason: 'NO_MESSAGE' };
  if (!messageMedia[action.medium]) return refusal('NO_MESSAGE', 'MEDIUM_SENDS_NONE', { medium: action.medium });
  const { problems } = compileMessage(action.message);
  const parts = [...new Set(problems.map((p) => p.path))];
  if (parts.length) return refusal('NO_MESSAGE', 'TEMPLATE_BROKEN', { parts: parts.join(', ') });
  return null;
}

/** One contact's render, from what `renderForContacts` read for the batch. */
function renderOne(
  ctx: Context,
  action: LoadedAction,
  compiled: CompiledMessage,
  c: ContactRow,
  consenting: boolean,
  readable: boolean,
): RenderResult {
  if (!consenting) return refusal('NO_CONSENT', 'CONSENT_PURPOSE', { purpose: action.requiredPurpose.code });
  if (!readable) return refusal('NO_CONSENT', 'REQUEST_PURPOSE');
  const column = messageMedia[action.medium]!;
  const to = c[column];
  if (!to) return refusal('NO_CHANNEL_ADDRESS', 'NO_ADDRESS', { channel: column });
  if (column === 'email' && c.emailInvalidAt) return refusal('NO_CHANNEL_ADDRESS', 'EMAIL_INVALID');

  const values: Record<string, string> = {
    actionName: action.name,
    actionCode: action.code,
    unsubscribeUrl: unsubscribeUrl(c.id, action.id, action.requiredPurposeId, ctx.now),
    preferencesUrl: preferencesUrl(c.id, ctx.now),
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
