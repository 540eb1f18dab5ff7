import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import type { ResponseChannel } from '../../generated/sqlite/enums.js';
import { Problems } from '../../kernel/validate.js';
import { isUniqueViolation } from '../../kernel/prisma-errors.js';
import type { Db } from '../../kernel/db/client.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { isSystem } from '../../privacy/access/system.js';
import { appendConsentEvent } from '../../privacy/consent/consent.service.js';
import { normalizeContactFields } from '../../contacts/quality/normalize.js';
import { createContact } from '../../contacts/contact.service.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { recordResponseByCode } from '../../campaigns/targets/target.service.js';
import { matchResponder, type Responder } from './response.match.js';
import { recordUntargetedResponses } from './untargeted.service.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** What a response form, the JSON endpoint or a keyed-in coupon gives. */
export interface AcquisitionResponseInput {
  actionCode: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  postalCode?: string | null;
  city?: string | null;
  addressLine1?: string | null;
  /** Consent to the action's required purpose, ticked on the form (never ticked by default). */
  consent?: boolean | null;
  /** The purposes consented to, when named (the JSON endpoint): only the action's required purpose is accepted. */
  consentPurposes?: readonly string[] | null;
  channel: ResponseChannel;
  /** Kept with the consent as its proof (the public form's browser). */
  userAgent?: string | null;
}

export interface AcquisitionResponseResult {
  contactId: number;
  /** The target row (targeted before, or untargeted). */
  targetId: number;
  /** True when the contact was created by this response (staff only: the public answer never says). */
  created: boolean;
  untargeted: boolean;
  alreadyRecorded: boolean;
}

const MAX = { name: 100, email: 254, phone: 32, postalCode: 10, city: 100, address: 200, code: 64 } as const;

/** The input checked and normalised by the contacts' quality rules; VALIDATION with every problem otherwise. */
function checkInput(input: AcquisitionResponseInput): Responder {
  const p = new Problems([]);
  const text = (v: unknown, field: string, max: number): string | null => {
    if (v == null || v === '') return null;
    if (typeof v !== 'string') return (p.add(field, fieldMessage('TEXT_EXPECTED')), null);
    const s = v.trim();
    p.check(s.length <= max, field, fieldMessage('TOO_LONG', { max }));
    return s || null;
  };
  const lastName = text(input.lastName, 'lastName', MAX.name);
  p.check(lastName !== null, 'lastName', fieldMessage('REQUIRED'));
  const raw = {
    firstName: text(input.firstName, 'firstName', MAX.name),
    lastName,
    email: text(input.email, 'email', MAX.email),
    mobile: text(input.phone, 'phone', MAX.phone),
    postalCode: text(input.postalCode, 'postalCode', MAX.postalCode),
    city: text(input.city, 'city', MAX.city),
    addressLine1: text(input.addressLine1, 'addressLine1', MAX.address),
    countryCode: 'FR',
  };
  p.check(!!(raw.email || raw.mobile), 'email', fieldMessage('EMAIL_OR_PHONE_REQUIRED'));
  p.throwIfAny();
  const quality = normalizeContactFields(raw);
  for (const q of quality.problems) p.add(q.field === 'mobile' ? 'phone' : q.field, q);
  p.throwIfAny();
  const v = { ...raw, ...quality.values } as typeof raw;
  return {
    firstName: v.firstName,
    lastName: v.lastName!,
    email: v.email ? v.email.toLowerCase() : null,
    phone: v.mobile,
    postalCode: v.postalCode,
    city: v.city,
    addressLine1: v.addressLine1,
  };
}

/** The action a public response names: open to public responses and not cancelled; NOT_FOUND otherwise. */
async function responseAction(ctx: Context, code: string, staff: boolean) {
  const action =
    typeof code === 'string' && code.length > 0 && code.length <= MAX.code
      ? await ctx.db.marketingAction.findFirst({
          where: { code, publicResponses: true, status: { not: 'CANCELLED' }, ...(staff ? actionScope(ctx) : {}) },
          select: {
            id: true,
            code: true,
            brandId: true,
            requiredPurposeId: true,
            requiredPurpose: { select: { code: true } },
            responseChannels: { select: { channel: true } },
          },
        })
      : null;
  // An action closed to public responses answers exactly like an unknown code.
  if (!action) throw new ApiError('NOT_FOUND', 'Unknown action code.');
  return action;
}

/**
 * Records an acquisition response (ISSUE 20, MESSAGING.md "Acquisition responses"): the person is matched to a live
 * contact by the duplicate rules (`matchResponder`) or created as a PROSPECT with the action as its source and the
 * consent ticked on the form (ConsentEvent RESPONSE_FORM, proof: action code, time, user agent); then, when the
 * contact is a target of the action, its response is recorded by the target service (`recordResponseByCode`),
 * otherwise an untargeted row is written (`recordUntargetedResponses`).
 *
 * `ctx` is the public path's system context (`public:response-form`) or a staff user's (a coupon keyed in): the
 * matching reads personal fields under that context's rules, so staff never match a contact they may not compare.
 */
export async function recordAcquisitionResponse(
  ctx: Context,
  input: AcquisitionResponseInput,
): Promise<AcquisitionResponseResult> {
  const staff = ctx.principal?.kind === 'staff';
  const action = await responseAction(ctx, input.actionCode, staff);
  const responder = checkInput(input);
  const foreign = (input.consentPurposes ?? []).filter((p) => p !== action.requiredPurpose.code);
  if (foreign.length)
    throw new ApiError('VALIDATION', "A response form takes consent to the action's purpose only.", {
      fields: [fieldProblem(['consents'], fieldMessage('ONLY_PURPOSE', { purpose: action.requiredPurpose.code }))],
    });
  const offered = action.responseChannels.map((c) => c.channel);
  if (!offered.includes(input.channel))
    throw new ApiError('VALIDATION', 'The action does not take responses on this channel.', {
      fields: [fieldProblem(['channel'], fieldMessage('CHANNEL_NOT_OFFERED', { offered: offered.join(', ') || '-' }))],
    });
  const now = ctx.now;
  const proof = `response ${action.code} at ${now.toISOString()} by ${(input.userAgent ?? 'unknown agent').slice(0, 300)}`;
  let contactId = await matchResponder(ctx, responder, action.brandId);
  const created = contactId === null;
  if (contactId === null) contactId = await createProspect(ctx, action, responder, input.consent === true, proof);
  else if (input.consent === true)
    await ctx.db.$transaction((tx) =>
      appendConsentEvent(tx as unknown as Db, {
        contactId: contactId!,
        purposeId: action.requiredPurposeId,
        status: 'GRANTED',
        source: 'RESPONSE_FORM',
        capturedAt: now,
        capturedById: staff && ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
        proof,
        effectiveFrom: now,
        effectiveTo: null,
      }),
    );
  return recordFor(ctx, action, contactId, input.channel, created);
}

async function createProspect(
  ctx: Context,
  action: { id: number; code: string; brandId: number | null; requiredPurpose: { code: string } },
  r: Responder,
  consent: boolean,
  proof: string,
): Promise<number> {
  const brandId = action.brandId ?? (await ctx.db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
  const zoneId = await zoneFor(ctx, r.postalCode);
  const gid = (typename: string, id: number) => ({ typename, id: String(id) });
  const contact = await createContact(ctx, {
    kind: 'PROSPECT',
    brand: gid('Brand', brandId),
    zone: gid('Zone', zoneId),
    sourceAction: gid('MarketingAction', action.id),
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    mobile: r.phone,
    postalCode: r.postalCode,
    city: r.city,
    addressLine1: r.addressLine1,
    countryCode: 'FR',
    firstContactAt: ctx.now,
    consents: consent ? [{ purpose: action.requiredPurpose.code, source: 'RESPONSE_FORM', proof }] : [],
    // matchResponder found nobody at its bar: a look-alike under it is a different person until a steward merges.
    duplicates: { confirm: true, force: true, reason: `response to ${action.code} below the match score` },
  });
  return contact.id;
}

/** A new contact's zone: that of the contacts of its département (most of them), else the first zone. */
async function zoneFor(ctx: Context, postalCode: string | null): Promise<number> {
  if (postalCode && postalCode.length >= 2) {
    const near = await contacts(ctx).findMany({
      where: { postalCode: { startsWith: postalCode.slice(0, 2) }, deletedAt: null },
      select: { zoneId: true },
      orderBy: { id: 'asc' },
      take: 50,
    });
    const counts = new Map<number, number>();
    for (const c of near) counts.set(c.zoneId, (counts.get(c.zoneId) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (top) return top[0];
  }
  return (await ctx.db.zone.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } })).id;
}

/** The response of a contact: on its target when the action targeted it, else as an untargeted row. */
async function recordFor(
  ctx: Context,
  action: { id: number; code: string },
  contactId: number,
  channel: ResponseChannel,
  created: boolean,
): Promise<AcquisitionResponseResult> {
  for (let tries = 0; ; tries++) {
    const target = await ctx.db.actionTarget.findFirst({
      where: { actionId: action.id, contactId },
      select: { id: true, untargeted: true, respondedAt: true },
    });
    const base = { contactId, created };
    if (target?.respondedAt)
      return { ...base, targetId: target.id, untargeted: target.untargeted, alreadyRecorded: true };
    if (target) {
      // A target of the action: the target service records it, as any response (channel, dates, attribution).
      try {
        await recordResponseByCode(ctx, action.code, contactId, channel, ctx.now);
      } catch (e) {
        // Another response won the race (CONFLICT); on the public path, a target the service refuses (targeted in
        // the future) answers as any response would: the answer must not tell that this person is a target.
        const code = e instanceof ApiError ? e.extensions.code : null;
        if (code !== 'CONFLICT' && !(code === 'VALIDATION' && isSystem(ctx))) throw e;
        return { ...base, targetId: target.id, untargeted: false, alreadyRecorded: true };
      }
      return { ...base, targetId: target.id, untargeted: false, alreadyRecorded: false };
    }
    try {
      const { created: rows } = await recordUntargetedResponses(ctx, action.id, [{ contactId, channel, at: ctx.now }]);
      const id = rows.get(contactId);
      if (id !== undefined) return { ...base, targetId: id, untargeted: true, alreadyRecorded: false };
    } catch (e) {
      // Two submissions at once: the other one wrote the row; read it again.
      if (!isUniqueViolation(e) || tries >= 2) throw e;
    }
  }
}
