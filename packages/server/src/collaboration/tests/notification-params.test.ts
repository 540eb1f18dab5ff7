import { afterAll, beforeAll, expect, it } from 'vitest';
import { sendReminders } from '../notifications/reminder.job.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * A notification carries its stable kind and its parameters (`params`), so the admin writes the sentence in the
 * reader's language; `message` stays the English line for API clients.
 */
describeEachDatabase('notifications: kind and parameters', (provider) => {
  let h: ApiHarness;
  let taskId: number;
  let activityId: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const contactId = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Params', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    taskId = (
      await db.task.create({
        data: {
          contactId,
          assigneeId: h.users.SUPPORT,
          title: 'Relancer le devis : 20 % UTC: vite',
          dueDate: new Date('2027-03-04T17:00:00Z'),
          remindAt: new Date('2027-03-04T09:00:00Z'),
        },
      })
    ).id;
    activityId = (
      await db.activity.create({
        data: {
          contactId,
          authorId: h.users.SUPPORT,
          type: 'VISIT_REPORT',
          status: 'PLANNED',
          subject: 'Visite du showroom',
          occurredAt: new Date('2027-03-05T10:30:00Z'),
          remindAt: new Date('2027-03-05T09:30:00Z'),
        },
      })
    ).id;
    await sendReminders(db, new Date('2027-03-06T00:00:00Z'));
  });
  afterAll(() => h.drop());

  it('gives each reminder its kind, parameters and English line', async () => {
    const r = await h.as('SUPPORT')(
      `{ myNotifications(first: 10) { edges { node { kind message subjectId params { name value } } } } }`,
    );
    const byKind = Object.fromEntries(
      (r.data.myNotifications.edges as { node: { kind: string } }[]).map((e) => [e.node.kind, e.node]),
    );
    expect(byKind.TASK_REMINDER).toEqual({
      kind: 'TASK_REMINDER',
      message: 'Task due 2027-03-04 17:00 UTC: Relancer le devis : 20 % UTC: vite',
      subjectId: gid('Task', taskId),
      params: [
        { name: 'due', value: '2027-03-04T17:00:00.000Z' },
        { name: 'title', value: 'Relancer le devis : 20 % UTC: vite' },
      ],
    });
    expect(byKind.ACTIVITY_REMINDER).toEqual({
      kind: 'ACTIVITY_REMINDER',
      message: 'Planned visit report at 2027-03-05 10:30 UTC: Visite du showroom',
      subjectId: gid('Activity', activityId),
      params: [
        { name: 'type', value: 'VISIT_REPORT' },
        { name: 'at', value: '2027-03-05T10:30:00.000Z' },
        { name: 'subject', value: 'Visite du showroom' },
      ],
    });
  });

  it('gives no parameters for a line that does not follow its kind’s template (an older row, an unknown kind)', async () => {
    const db = h.t.db;
    await db.notification.createMany({
      data: [
        { userId: h.users.SALES, kind: 'TASK_REMINDER', message: 'Reminder: call back', dedupeKey: 'old:1' },
        { userId: h.users.SALES, kind: 'SOMETHING_NEW', message: 'Something new happened', dedupeKey: 'old:2' },
      ],
    });
    const r = await h.as('SALES')(`{ myNotifications(first: 10) { edges { node { kind message params { name } } } } }`);
    expect(r.data.myNotifications.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([
        { kind: 'TASK_REMINDER', message: 'Reminder: call back', params: [] },
        { kind: 'SOMETHING_NEW', message: 'Something new happened', params: [] },
      ]),
    );
  });
});
