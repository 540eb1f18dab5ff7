/**
 * Telemarketing call lists through GraphQL (`createCallList`): one task per target of the sending list, handed
 * round-robin to the assignees, through the tasks' own service; the control group, contacts whose consent was
 * withdrawn since targeting and telemarketing opt-outs are left out; calling again lists only new targets; bad
 * input is VALIDATION with paths, a hidden action NOT_FOUND, a role that does not call FORBIDDEN.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { deliveryWorld, type DeliveryWorld } from './delivery-fixtures.js';

const mutation = `mutation($action: ID!, $assignees: [ID!]!) {
  createCallList(action: $action, assignees: $assignees) { created alreadyListed excluded taskIds }
}`;

describeEachDatabase('telemarketing call lists', (provider) => {
  let w: DeliveryWorld;
  let call: { id: number; code: string };
  const c: number[] = [];

  beforeAll(async () => {
    w = await deliveryWorld(provider);
    for (let i = 0; i < 6; i++) c.push(await w.contact({ phone: `+3314268530${i}` }));
    call = await w.action({ medium: 'TELEMARKETING', name: 'Relance fidélité' });
    await w.target(call.id, c);
    const db = w.h.t.db;
    await db.actionTarget.updateMany({ where: { actionId: call.id, contactId: c[4] }, data: { inControlGroup: true } });
    await w.h.consent(c[5]!, 'newsletter', { status: 'WITHDRAWN', from: new Date('2024-01-01T00:00:00Z') });
  });
  afterAll(() => w?.h.drop());

  it('creates one task per target, round-robin, and lists only new targets when called again', async () => {
    const db = w.h.t.db;
    const assignees = [gid('StaffUser', w.h.users.SALES), gid('StaffUser', w.h.users.MARKETING)];
    const r = await w.h.as('MARKETING')(mutation, { action: gid('MarketingAction', call.id), assignees });
    expect(r.errors).toBeUndefined();
    expect(r.data.createCallList).toMatchObject({ created: 4, alreadyListed: 0, excluded: 1 });
    const tasks = await db.task.findMany({ where: { actionId: call.id }, orderBy: { id: 'asc' } });
    expect(tasks.map((t) => t.contactId)).toEqual(c.slice(0, 4));
    expect(tasks.map((t) => t.assigneeId)).toEqual([
      w.h.users.SALES,
      w.h.users.MARKETING,
      w.h.users.SALES,
      w.h.users.MARKETING,
    ]);
    expect(tasks.every((t) => t.title === 'Call: Relance fidélité' && t.status === 'OPEN')).toBe(true);
    expect(tasks.every((t) => t.createdById === w.h.users.MARKETING)).toBe(true);
    expect(r.data.createCallList.taskIds).toEqual(tasks.map((t) => gid('Task', t.id)));

    // Idempotent: the same call again creates nothing; a new target is listed alone.
    const again = await w.h.as('MARKETING')(mutation, { action: gid('MarketingAction', call.id), assignees });
    expect(again.data.createCallList).toMatchObject({ created: 0, alreadyListed: 4, excluded: 1 });
    const late = await w.contact({ mobile: '+33612345678' });
    await w.target(call.id, [late]);
    const third = await w.h.as('MARKETING')(mutation, { action: gid('MarketingAction', call.id), assignees });
    expect(third.data.createCallList).toMatchObject({ created: 1, alreadyListed: 4 });
    expect(await db.task.count({ where: { actionId: call.id } })).toBe(5);
    // The assignee sees the task in their own list.
    const mine = await w.h.as('SALES')(`{ tasks(filter: { mine: true }) { totalCount } }`);
    expect(mine.data.tasks.totalCount).toBe(3);
  });

  it('refuses another medium, bad assignees, hidden actions and roles that do not call, writing nothing', async () => {
    const db = w.h.t.db;
    const before = await db.task.count();
    const email = await w.action({ medium: 'EMAIL' });
    const hidden = await w.action({ medium: 'TELEMARKETING', brandId: w.h.brands.b });
    const sales = gid('StaffUser', w.h.users.SALES);
    const run = (role: 'MARKETING' | 'SUPPORT', action: number, assignees: string[]) =>
      w.h.as(role)(mutation, { action: gid('MarketingAction', action), assignees });

    const medium = await run('MARKETING', email.id, [sales]);
    expect(medium.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(medium.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.'))).toEqual(['action']);
    const bad = await run('MARKETING', call.id, [sales, sales, gid('StaffUser', w.h.users.ANALYST)]);
    expect(bad.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.'))).toEqual(['assignees.1', 'assignees.2']);
    const none = await run('MARKETING', call.id, []);
    expect(none.errors?.[0]?.extensions.fields?.[0]?.path).toEqual(['assignees']);
    const notUser = await run('MARKETING', call.id, [gid('Contact', c[0]!)]);
    expect(notUser.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect((await run('MARKETING', hidden.id, [sales])).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await run('SUPPORT', call.id, [sales])).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await db.task.count()).toBe(before);
  });
});
