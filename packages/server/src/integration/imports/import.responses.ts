import type { Context } from '../../kernel/context.js';
import * as E from '../../generated/sqlite/enums.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { emitResponseRecorded } from '../../privacy/access/contact-events.js';
import { reattributeContactSales } from '../../campaigns/attribution/attribution.service.js';
import { contactsByRef } from './import.contact-refs.js';
import {
  chunk,
  enumValue,
  type ImportHandler,
  parseDate,
  type Prepared,
  type RowError,
  shapeErrors,
} from './import.rows.js';

// Action responses: the response of a targeted contact (*remontée*).

interface ResponseData {
  targetId: number;
  contactId: number;
  actionId: number;
  version: number;
  respondedAt: Date;
  responseChannel: E.ResponseChannel;
}

/** The targets of the (action, contact) pairs of a batch, by `actionId:contactId`. */
async function targetsOf(
  ctx: Context,
  resolved: { contact: { id: number } | null; action: { id: number } | undefined }[],
) {
  const pairs = resolved.filter((r) => r.contact && r.action);
  const targets = await Promise.all(
    chunk(pairs).map((list) =>
      ctx.db.actionTarget.findMany({
        where: { OR: list.map((r) => ({ actionId: r.action!.id, contactId: r.contact!.id })) },
      }),
    ),
  );
  return new Map(targets.flat().map((t) => [`${t.actionId}:${t.contactId}`, t]));
}

export const responses: ImportHandler<ResponseData> = {
  model: 'ActionTarget',
  fields: ['action', 'contactEmail', 'contactRef', 'respondedAt', 'channel'],
  keys: ['action+contact'],
  requiredFields: () => [['action'], ['contactEmail', 'contactRef'], ['respondedAt'], ['channel']],
  keyOf: (u) => {
    const f = u.rows[0]!.fields;
    const c = f.contactRef?.trim() || f.contactEmail?.trim().toLowerCase();
    return f.action && c ? `${f.action.trim().toUpperCase()}|${c}` : null;
  },
  start: async () => undefined,
  async prepare(ctx, _state, units, _key, defaults) {
    const errors: RowError[] = [];
    const ok: Prepared<ResponseData>[] = [];
    const contactOf = await contactsByRef(
      ctx,
      units.map((u) => ({ ...u, rows: u.rows.map((r) => ({ ...r, fields: { ...defaults, ...r.fields } })) })),
    );
    const codes = [...new Set(units.map((u) => u.rows[0]!.fields.action?.trim()).filter((c): c is string => !!c))];
    const actions = await ctx.db.marketingAction.findMany({
      where: { AND: [actionScope(ctx), { code: { in: codes } }] },
      include: { responseChannels: true },
    });
    const actionByCode = new Map(actions.map((a) => [a.code.toUpperCase(), a]));
    const resolved = units.map((u) => {
      const f = { ...defaults, ...u.rows[0]!.fields };
      const rowErrors = shapeErrors(u);
      const contact = contactOf(f, u.line, rowErrors);
      const action = f.action ? actionByCode.get(f.action.trim().toUpperCase()) : undefined;
      if (!action)
        rowErrors.push({
          line: u.line,
          field: 'action',
          code: f.action ? 'UNKNOWN_REFERENCE' : 'MISSING_VALUE',
          message: f.action ? `unknown action "${f.action}"` : 'action is required',
        });
      return { u, f, rowErrors, contact, action };
    });
    const targetOf = await targetsOf(ctx, resolved);
    for (const { u, f, rowErrors, contact, action } of resolved) {
      const add = (field: string | null, code: string, message: string) =>
        rowErrors.push({ line: u.line, field, code, message });
      const target = contact && action ? targetOf.get(`${action.id}:${contact.id}`) : undefined;
      if (contact && action && !target)
        add('action', 'NOT_TARGETED', `the contact was not targeted by ${action.code}: a response needs a target`);
      const respondedAt = f.respondedAt ? parseDate(f.respondedAt) : null;
      if (!respondedAt)
        add(
          'respondedAt',
          f.respondedAt ? 'INVALID_DATE' : 'MISSING_VALUE',
          f.respondedAt ? `"${f.respondedAt}" is not a date` : 'respondedAt is required',
        );
      const channel = f.channel ? enumValue(E.ResponseChannel, f.channel) : null;
      if (!channel)
        add(
          'channel',
          f.channel ? 'INVALID_VALUE' : 'MISSING_VALUE',
          `channel: one of ${Object.values(E.ResponseChannel).join(', ')}`,
        );
      else if (action && !action.responseChannels.some((c) => c.channel === channel))
        add('channel', 'CHANNEL_NOT_OFFERED', `action ${action.code} does not offer ${channel}`);
      if (target && respondedAt && respondedAt < target.targetedAt)
        add('respondedAt', 'INVALID_DATE', 'the response comes before the targeting');
      if (rowErrors.length || !target || !respondedAt || !channel) {
        errors.push(...rowErrors);
        continue;
      }
      const unchanged =
        target.respondedAt !== null && +target.respondedAt === +respondedAt && target.responseChannel === channel;
      ok.push({
        line: u.line,
        outcome: unchanged ? 'unchanged' : target.respondedAt ? 'updated' : 'created',
        data: {
          targetId: target.id,
          contactId: target.contactId,
          actionId: target.actionId,
          version: target.version,
          respondedAt,
          responseChannel: channel,
        },
      });
    }
    return { ok, errors };
  },
  async write(tx, p, ctx) {
    if (p.outcome === 'unchanged') return;
    const { count } = await tx.actionTarget.updateMany({
      where: { id: p.data.targetId, version: p.data.version },
      data: { respondedAt: p.data.respondedAt, responseChannel: p.data.responseChannel, version: { increment: 1 } },
    });
    if (count !== 1) throw Object.assign(new Error('changed meanwhile'), { code: 'CONFLICT' });
    const { contactId, actionId } = p.data;
    await emitResponseRecorded(tx, {
      id: p.data.targetId,
      contactId,
      actionId,
      channel: p.data.responseChannel,
      respondedAt: p.data.respondedAt,
      now: new Date(),
    });
    // As recordResponse: the response can move the attribution of the contact's stored sales (TRIGGERS.md).
    await reattributeContactSales(tx, ctx.provider, contactId);
  },
};
