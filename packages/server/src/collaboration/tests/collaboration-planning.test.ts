import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderJob, sendReminders } from '../notifications/reminder.job.js';
import { jobs } from '../../platform/jobs/registry.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { runJob } from '../../platform/jobs/scheduler.js';

/** Activities with planning fields, tasks on contacts and actions, the calendar, reminders and notifications. */
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const paths = (r: { errors?: { extensions: { fields?: { path: string[] }[] } }[] }) =>
  r.errors?.flatMap((e) => e.extensions.fields?.map((f) => f.path.join('.')) ?? []).sort();
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);
const iso = (d: Date) => d.toISOString();

describeEachDatabase('collaboration: activities, tasks, calendar and reminders', (provider) => {
  let h: ApiHarness;
  let near: number; // brand A, north: every role sees it
  let far: number; // brand B, south: only the admin
  let actionA: number;
  let actionB: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    near = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Near', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    far = (
      await db.contact.create({ data: { kind: 'CLIENT', lastName: 'Far', brandId: h.brands.b, zoneId: h.zones.south } })
    ).id;
    // The calendar shows Near's name to support: customer_service now needs a basis on record (consent or contract).
    await h.consent(near, 'customer_service');
    const action = (code: string, brandId: number) =>
      db.marketingAction.create({
        data: {
          code,
          name: code,
          objective: 'LOYALTY',
          medium: 'TELEMARKETING',
          brandId,
          requiredPurposeId: h.purposes.marketing!,
          startDate: new Date('2026-01-01'),
          endDate: new Date('2026-12-31'),
        },
      });
    actionA = (await action('CALLS-A', h.brands.a)).id;
    actionB = (await action('CALLS-B', h.brands.b)).id;
  });
  afterAll(() => h.drop());

  describe('activities', () => {
    const create = `mutation($input: ActivityInput!) { createActivity(input: $input) { id version status occurredAt endsAt remindAt outcome nextStep promised } }`;

    it('plans a meeting in the future with an end and a reminder, then completes it with outcome, next step and promise', async () => {
      const start = inDays(2);
      const r = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          type: 'MEETING',
          occurredAt: iso(start),
          endsAt: iso(new Date(start.getTime() + 3_600_000)),
          remindAt: iso(inDays(1)),
          subject: 'Visit the shop',
          status: 'PLANNED',
        },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.createActivity).toMatchObject({ status: 'PLANNED', outcome: null });
      const { id, version } = r.data.createActivity;
      const done = await h.as('SALES')(
        `mutation($id: ID!, $v: Int!) { completeActivity(id: $id, version: $v, input: { outcome: INTERESTED, nextStep: "Send the quote", promised: "10% off the next order" }) { status outcome nextStep promised occurredAt endsAt version } }`,
        { id, v: version },
      );
      expect(done.errors).toBeUndefined();
      // Completed before its planned time: it happened now (the planned end, still after now, stays).
      expect(done.data.completeActivity).toMatchObject({
        status: 'DONE',
        outcome: 'INTERESTED',
        nextStep: 'Send the quote',
        promised: '10% off the next order',
        version: version + 1,
      });
      expect(new Date(done.data.completeActivity.occurredAt).getTime()).toBeLessThanOrEqual(Date.now());
      const again = await h.as('SALES')(
        `mutation($id: ID!, $v: Int!) { completeActivity(id: $id, version: $v) { status } }`,
        { id, v: version + 1 },
      );
      expect(codes(again)).toEqual(['VALIDATION']);
      const back = await h.as('SALES')(
        `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, version: $v, input: { status: PLANNED }) { status } }`,
        { id, v: version + 1 },
      );
      expect(paths(back)).toEqual(['input.status']);
    });

    it('refuses bad planning input as VALIDATION on each field, writing nothing', async () => {
      const before = await h.t.db.activity.count();
      const past = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          type: 'CALL',
          occurredAt: iso(inDays(-1)),
          subject: 'x',
          status: 'PLANNED',
        },
      });
      expect(paths(past)).toEqual(['input.occurredAt']);
      const end = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          type: 'CALL',
          occurredAt: iso(inDays(1)),
          endsAt: iso(inDays(0.5)),
          subject: 'x',
          status: 'PLANNED',
        },
      });
      expect(paths(end)).toEqual(['input.endsAt']);
      const outcome = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          type: 'CALL',
          occurredAt: iso(inDays(1)),
          subject: 'x',
          status: 'PLANNED',
          outcome: 'REACHED',
        },
      });
      expect(paths(outcome)).toEqual(['input.outcome']);
      const remind = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          type: 'CALL',
          occurredAt: iso(inDays(1)),
          remindAt: iso(inDays(2)),
          subject: 'x',
          status: 'PLANNED',
        },
      });
      expect(paths(remind)).toEqual(['input.remindAt']);
      const remindDone = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          type: 'CALL',
          occurredAt: iso(inDays(-1)),
          remindAt: iso(inDays(-2)),
          subject: 'x',
        },
      });
      expect(paths(remindDone)).toEqual(['input.remindAt']);
      const long = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          type: 'NOTE',
          occurredAt: iso(inDays(-1)),
          subject: 'x',
          promised: 'p'.repeat(1001),
        },
      });
      expect(paths(long)).toEqual(['input.promised']);
      expect(await h.t.db.activity.count()).toBe(before);
    });

    it('lists activities by status and with promises', async () => {
      const r = await h.as('SALES')(
        `query($c: ID!) { planned: activities(first: 10, filter: { contact: [$c], status: [PLANNED] }) { totalCount } promised: activities(first: 10, filter: { contact: [$c], promised: true }) { edges { node { promised } } } }`,
        { c: gid('Contact', near) },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.promised.edges.map((e: { node: { promised: string } }) => e.node.promised)).toContain(
        '10% off the next order',
      );
    });
  });

  describe('tasks', () => {
    const create = `mutation($input: TaskInput!) { createTask(input: $input) { id version title description contact { id } action { code } assignee { email } createdBy { email } } }`;

    it('creates a task on an action only, one on a contact and an action, and refuses one with neither', async () => {
      const onAction = await h.as('MARKETING')(create, {
        input: {
          action: gid('MarketingAction', actionA),
          title: 'Brief the call centre',
          description: 'Script v2',
          dueDate: iso(inDays(3)),
        },
      });
      expect(onAction.errors).toBeUndefined();
      expect(onAction.data.createTask).toMatchObject({
        contact: null,
        action: { code: 'CALLS-A' },
        assignee: { email: 'marketing@test.fidele' },
        createdBy: { email: 'marketing@test.fidele' },
      });
      const both = await h.as('SALES')(create, {
        input: {
          contact: gid('Contact', near),
          action: gid('MarketingAction', actionA),
          title: 'Call back',
          dueDate: iso(inDays(1)),
        },
      });
      expect(both.data.createTask).toMatchObject({
        contact: { id: gid('Contact', near) },
        action: { code: 'CALLS-A' },
      });
      const neither = await h.as('SALES')(create, { input: { title: 'About nothing', dueDate: iso(inDays(1)) } });
      expect(codes(neither)).toEqual(['VALIDATION']);
      expect(paths(neither)).toEqual(['input.contact']);
      expect(await h.t.db.task.count({ where: { title: 'About nothing' } })).toBe(0);
    });

    it('validates the assignee: active, a role that works on tasks, who may see the contact and the action', async () => {
      const analyst = await h.as('ADMIN')(create, {
        input: {
          contact: gid('Contact', near),
          title: 'x',
          dueDate: iso(inDays(1)),
          assignee: gid('StaffUser', h.users.ANALYST),
        },
      });
      expect(paths(analyst)).toEqual(['input.assignee']);
      const blind = await h.as('ADMIN')(create, {
        input: {
          contact: gid('Contact', far),
          title: 'x',
          dueDate: iso(inDays(1)),
          assignee: gid('StaffUser', h.users.SUPPORT),
        },
      });
      expect(paths(blind)).toEqual(['input.assignee']);
      const blindAction = await h.as('ADMIN')(create, {
        input: {
          action: gid('MarketingAction', actionB),
          title: 'x',
          dueDate: iso(inDays(1)),
          assignee: gid('StaffUser', h.users.SUPPORT),
        },
      });
      expect(paths(blindAction)).toEqual(['input.assignee']);
      const ok = await h.as('ADMIN')(create, {
        input: {
          contact: gid('Contact', near),
          title: 'For support',
          dueDate: iso(inDays(1)),
          assignee: gid('StaffUser', h.users.SUPPORT),
          remindAt: iso(inDays(2)),
        },
      });
      expect(paths(ok)).toEqual(['input.remindAt']); // after the due date
    });

    it("shows each user their own tasks (mine), and an action-only task only to the action's brand", async () => {
      const hidden = await h.t.db.task.create({
        data: { actionId: actionB, title: 'Brand B follow-up', dueDate: inDays(1), assigneeId: h.users.ADMIN },
      });
      const mine = await h.as('MARKETING')(`{ tasks(first: 50, filter: { mine: true }) { edges { node { title } } } }`);
      expect(mine.data.tasks.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
        'Brief the call centre',
      ]);
      for (const role of ['MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
        const r = await h.as(role)(
          `query($id: ID!, $a: ID!) { node(id: $id) { id } tasks(first: 50, filter: { search: "Brand B" }) { totalCount } all: tasks(first: 50) { edges { node { title } } } marketingAction(id: $a) { id } }`,
          { id: gid('Task', hidden.id), a: gid('MarketingAction', actionA) },
        );
        expect(r.data.node).toBeNull();
        expect(r.data.tasks.totalCount).toBe(0);
        expect(r.data.all.edges.map((e: { node: { title: string } }) => e.node.title)).not.toContain(
          'Brand B follow-up',
        );
      }
      const admin = await h.as('ADMIN')(`query($id: ID!) { node(id: $id) { ... on Task { title action { code } } } }`, {
        id: gid('Task', hidden.id),
      });
      expect(admin.data.node).toEqual({ title: 'Brand B follow-up', action: { code: 'CALLS-B' } });
      const update = await h.as('MARKETING')(
        `mutation($id: ID!) { updateTask(id: $id, version: 1, input: { status: DONE }) { id } }`,
        { id: gid('Task', hidden.id) },
      );
      expect(codes(update)).toEqual(['NOT_FOUND']);
      const onAction = await h.as('MARKETING')(
        `query($a: ID!) { node(id: $a) { ... on MarketingAction { tasks(first: 10) { totalCount edges { node { title } } } } } }`,
        { a: gid('MarketingAction', actionA) },
      );
      expect(onAction.data.node.tasks.totalCount).toBe(2);
    });

    it('gives the next planned contact: the earliest planned activity or open task', async () => {
      const c = (
        await h.t.db.contact.create({
          data: { kind: 'CLIENT', lastName: 'Plan', brandId: h.brands.a, zoneId: h.zones.north },
        })
      ).id;
      const q = `query($c: ID!) { contact(id: $c) { nextPlannedContact { kind at activity { subject } task { title } } } }`;
      expect((await h.as('SUPPORT')(q, { c: gid('Contact', c) })).data.contact.nextPlannedContact).toBeNull();
      await h.t.db.activity.create({
        data: { contactId: c, type: 'CALL', status: 'PLANNED', occurredAt: inDays(5), subject: 'Call in 5 days' },
      });
      await h.t.db.task.create({ data: { contactId: c, title: 'Done already', dueDate: inDays(1), status: 'DONE' } });
      expect((await h.as('SUPPORT')(q, { c: gid('Contact', c) })).data.contact.nextPlannedContact).toMatchObject({
        kind: 'ACTIVITY',
        activity: { subject: 'Call in 5 days' },
        task: null,
      });
      await h.t.db.task.create({ data: { contactId: c, title: 'Send the brochure', dueDate: inDays(2) } });
      expect((await h.as('SUPPORT')(q, { c: gid('Contact', c) })).data.contact.nextPlannedContact).toMatchObject({
        kind: 'TASK',
        task: { title: 'Send the brochure' },
        activity: null,
      });
    });
  });

  describe('calendar', () => {
    const q = `query($from: DateTime!, $to: DateTime!, $user: ID) { calendar(from: $from, to: $to, user: $user) { kind start end title activityType activityStatus activity { subject contact { lastName } } task { title } } }`;
    let monday: Date;

    beforeAll(async () => {
      const db = h.t.db;
      monday = new Date(Date.UTC(2027, 2, 1)); // a Monday
      const at = (day: number, hour: number) => new Date(monday.getTime() + day * 86_400_000 + hour * 3_600_000);
      const user = h.users.SUPPORT;
      await db.activity.createMany({
        data: [
          {
            contactId: near,
            authorId: user,
            type: 'MEETING',
            status: 'PLANNED',
            occurredAt: at(0, 9),
            endsAt: at(0, 10),
            subject: 'Monday meeting',
          },
          {
            contactId: near,
            authorId: user,
            type: 'CALL',
            status: 'PLANNED',
            occurredAt: at(2, 14),
            subject: 'Wednesday call',
          },
          {
            contactId: near,
            authorId: user,
            type: 'CALL',
            status: 'CANCELLED',
            occurredAt: at(2, 15),
            subject: 'Cancelled call',
          },
          {
            contactId: far,
            authorId: user,
            type: 'MEETING',
            status: 'PLANNED',
            occurredAt: at(3, 9),
            subject: 'Brand B meeting',
          },
          {
            contactId: near,
            authorId: h.users.SALES,
            type: 'CALL',
            status: 'PLANNED',
            occurredAt: at(1, 9),
            subject: 'Someone else',
          },
          {
            contactId: near,
            authorId: user,
            type: 'MEETING',
            status: 'PLANNED',
            occurredAt: at(8, 9),
            subject: 'Next week',
          },
        ],
      });
      await db.task.createMany({
        data: [
          { contactId: near, assigneeId: user, title: 'Tuesday task', dueDate: at(1, 12) },
          { actionId: actionA, assigneeId: user, title: 'Action task', dueDate: at(4, 17) },
          { contactId: near, assigneeId: user, title: 'Cancelled task', dueDate: at(4, 18), status: 'CANCELLED' },
        ],
      });
    });

    it("gives the caller's week in time order: meetings, calls and due tasks, not cancelled, not another user's", async () => {
      const r = await h.as('SUPPORT')(q, { from: iso(monday), to: iso(new Date(monday.getTime() + 7 * 86_400_000)) });
      expect(r.errors).toBeUndefined();
      expect(r.data.calendar.map((e: { title: string }) => e.title)).toEqual([
        'Monday meeting',
        'Tuesday task',
        'Wednesday call',
        'Action task',
      ]);
      expect(r.data.calendar[0]).toMatchObject({
        kind: 'ACTIVITY',
        activityType: 'MEETING',
        activityStatus: 'PLANNED',
        activity: { contact: { lastName: 'Near' } },
      });
      expect(r.data.calendar[0].end).not.toBeNull();
      expect(r.data.calendar[1]).toMatchObject({ kind: 'TASK', activity: null, task: { title: 'Tuesday task' } });
    });

    it("shows a colleague's calendar only with the rows the caller may see", async () => {
      const range = {
        from: iso(monday),
        to: iso(new Date(monday.getTime() + 7 * 86_400_000)),
        user: gid('StaffUser', h.users.SUPPORT),
      };
      const admin = await h.as('ADMIN')(q, range);
      expect(admin.data.calendar.map((e: { title: string }) => e.title)).toContain('Brand B meeting');
      const sales = await h.as('SALES')(q, range);
      expect(sales.data.calendar.map((e: { title: string }) => e.title)).not.toContain('Brand B meeting');
    });

    it('refuses a reversed range, a range over 62 days and an unknown user', async () => {
      const reversed = await h.as('SUPPORT')(q, { from: iso(monday), to: iso(new Date(monday.getTime() - 1)) });
      expect(paths(reversed)).toEqual(['to']);
      const long = await h.as('SUPPORT')(q, {
        from: iso(monday),
        to: iso(new Date(monday.getTime() + 63 * 86_400_000)),
      });
      expect(paths(long)).toEqual(['to']);
      const month = await h.as('SUPPORT')(q, {
        from: iso(monday),
        to: iso(new Date(monday.getTime() + 62 * 86_400_000)),
      });
      expect(month.data.calendar.map((e: { title: string }) => e.title)).toContain('Next week');
      const unknown = await h.as('SUPPORT')(q, {
        from: iso(monday),
        to: iso(new Date(monday.getTime() + 86_400_000)),
        user: gid('StaffUser', 99_999),
      });
      expect(paths(unknown)).toEqual(['user']);
      expect(codes(await h.anonymous(q, { from: iso(monday), to: iso(monday) }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('reminders', () => {
    it('is registered as a scheduled job', () => {
      expect(jobs).toContain(reminderJob);
    });

    it('notifies the assignee and the author once when remindAt passes, again only for a new reminder time', async () => {
      const db = h.t.db;
      await db.notification.deleteMany();
      const now = new Date('2027-06-01T08:00:00Z');
      const task = await db.task.create({
        data: {
          contactId: near,
          assigneeId: h.users.SUPPORT,
          title: 'Remind me',
          dueDate: new Date('2027-06-02T08:00:00Z'),
          remindAt: new Date('2027-06-01T07:00:00Z'),
        },
      });
      await db.task.create({
        data: {
          contactId: near,
          assigneeId: h.users.SUPPORT,
          title: 'Later',
          dueDate: new Date('2027-06-03T08:00:00Z'),
          remindAt: new Date('2027-06-02T07:00:00Z'),
        },
      });
      await db.task.create({
        data: {
          contactId: near,
          assigneeId: h.users.SUPPORT,
          title: 'Done',
          dueDate: new Date('2027-06-03T08:00:00Z'),
          remindAt: new Date('2027-05-02T07:00:00Z'),
          status: 'DONE',
        },
      });
      const act = await db.activity.create({
        data: {
          contactId: near,
          authorId: h.users.SALES,
          type: 'CALL',
          status: 'PLANNED',
          subject: 'Call Mrs Near',
          occurredAt: new Date('2027-06-01T09:00:00Z'),
          remindAt: new Date('2027-06-01T07:30:00Z'),
        },
      });

      // Two instances at the same time, then a later run: one notification each.
      await Promise.all([runJob(reminderJob, db, provider, now), runJob(reminderJob, db, provider, now)]);
      await runJob(reminderJob, db, provider, new Date(now.getTime() + 60_000));
      const rows = await db.notification.findMany({ orderBy: { id: 'asc' } });
      expect(rows.map((n) => [n.userId, n.kind, n.subjectId])).toEqual(
        expect.arrayContaining([
          [h.users.SUPPORT, 'TASK_REMINDER', gid('Task', task.id)],
          [h.users.SALES, 'ACTIVITY_REMINDER', gid('Activity', act.id)],
        ]),
      );
      expect(rows).toHaveLength(2);
      expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).reminderSentAt).not.toBeNull();

      // A new reminder time through the API is a new reminder.
      const t = await db.task.findUniqueOrThrow({ where: { id: task.id } });
      const moved = await h.as('SUPPORT')(
        `mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { remindAt: "2027-06-01T07:45:00Z" }) { remindAt reminderSentAt } }`,
        { id: gid('Task', task.id), v: t.version },
      );
      expect(moved.data.updateTask.reminderSentAt).toBeNull();
      expect(await sendReminders(db, now)).toEqual({ tasks: 1, activities: 0 });
      expect(await db.notification.count()).toBe(3);
    });

    it('lists my notifications only and marks them read; another user’s is NOT_FOUND', async () => {
      const mine = await h.as('SUPPORT')(
        `{ myNotifications(first: 10, unread: true) { totalCount edges { node { id kind message subjectId readAt } } } }`,
      );
      expect(mine.data.myNotifications.totalCount).toBe(2);
      expect(mine.data.myNotifications.edges[0].node.message).toContain('Remind me');
      const id = mine.data.myNotifications.edges[0].node.id;
      const other = await h.as('SALES')(`mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id });
      expect(codes(other)).toEqual(['NOT_FOUND']);
      const adminNode = await h.as('ADMIN')(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(adminNode.data.node).toBeNull();
      const read = await h.as('SUPPORT')(`mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id });
      expect(read.data.markNotificationRead.readAt).not.toBeNull();
      const left = await h.as('SUPPORT')(`{ myNotifications(first: 10, unread: true) { totalCount } }`);
      expect(left.data.myNotifications.totalCount).toBe(1);
      expect((await h.as('SUPPORT')(`mutation { markAllNotificationsRead }`)).data.markAllNotificationsRead).toBe(1);
    });
  });
});
