import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendReminders } from '../../packages/server/src/collaboration/notifications/reminder.job.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * Collaboration in the admin, end to end: the contact's timeline (slot on the contact's page), the calendar in its
 * three views, "my tasks" (create, complete), customer-service cases (create, change status, history, promises).
 * Real server, seeded SQLite, Chromium; the support user (all brands) works, a sales user wrote the promise.
 */

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const today = (hour: number, minute = 0) => {
  const d = new Date();
  d.setHours(hour, minute, 0, 0); // the browser's time zone is the machine's, as is this process's
  return d;
};

describe('collaboration in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let contact: { id: number; lastName: string };

  beforeAll(async () => {
    h = await startAdmin({
      seed: async (db) => {
        const [support, sales] = await Promise.all(
          ['support', 'sales'].map((u) =>
            db.staffUser.findUniqueOrThrow({ where: { email: `${u}@fidele.demo` }, select: { id: true } }),
          ),
        );
        const c = await db.contact.findFirstOrThrow({
          where: { deletedAt: null, mergedIntoId: null, kind: 'CLIENT', lastName: { not: null }, sales: { some: {} } },
          select: { id: true, lastName: true },
          orderBy: { id: 'asc' },
        });
        // A last name nobody else has, so that the contact pickers find this contact only.
        await db.contact.update({ where: { id: c.id }, data: { lastName: 'Quenneville' } });
        contact = { id: c.id, lastName: 'Quenneville' };
        await db.activity.create({
          data: {
            contactId: c.id,
            authorId: sales!.id,
            type: 'CALL',
            occurredAt: new Date(Date.now() - 2 * 86_400_000),
            subject: 'Offer on the phone',
            promised: 'Free delivery on the next order',
            nextStep: 'Send the catalogue',
          },
        });
        await db.activity.create({
          data: {
            contactId: c.id,
            authorId: support!.id,
            type: 'MEETING',
            status: 'PLANNED',
            occurredAt: today(14),
            endsAt: today(15),
            subject: 'Shop visit with the client',
          },
        });
        await db.task.create({
          data: {
            contactId: c.id,
            assigneeId: support!.id,
            createdById: support!.id,
            title: 'Call back about the parcel',
            dueDate: today(16),
            remindAt: new Date(Date.now() - 3_600_000),
          },
        });
      },
    });
    page = h.page;
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(async () => {
      console.error(task.name, h.problems);
      await shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    }),
  );

  it('shows my reminders on the dashboard once the reminders job ran, and marks one read', async () => {
    await sendReminders(h.t.db, new Date());
    await login(page, h.server.url, 'support');
    const reminders = page.getByRole('region', { name: 'My reminders' });
    const item = reminders.getByRole('listitem').filter({ hasText: 'Call back about the parcel' });
    await item.waitFor();
    await shot(page, 'collaboration-reminders');
    await item.getByRole('button', { name: 'Mark read' }).click();
    await expect.poll(() => reminders.getByText('Call back about the parcel').count()).toBe(0);
    const n = await h.t.db.notification.findFirstOrThrow({
      where: { message: { contains: 'Call back about the parcel' } },
    });
    expect(n.readAt).not.toBeNull();
    expect(h.problems).toEqual([]);
  });

  it("shows the contact's timeline on its page, with the next planned contact and a filter by kind", async () => {
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(gid('Contact', contact.id))}/show`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('call: Offer on the phone').waitFor();
    await timeline.getByText('Promised: Free delivery on the next order', { exact: false }).waitFor();
    await timeline
      .getByTestId('next-planned-contact')
      .getByText(/Shop visit with the client/)
      .waitFor();
    expect(await timeline.locator('[data-kind="SALE"]').count()).toBeGreaterThan(0);
    await timeline.getByRole('button', { name: 'Sale', exact: true }).click();
    // The list empties while the filtered page loads: wait for the sales to arrive, then none of the rest is there.
    await expect.poll(() => timeline.locator('[data-kind="SALE"]').count()).toBeGreaterThan(0);
    expect(await timeline.locator('[data-kind="ACTIVITY"]').count()).toBe(0);
    await shot(page, 'collaboration-timeline');

    // Plan the next call from the panel; a plan in the past is refused by the server, and the dialog says why.
    await timeline.getByRole('button', { name: 'Sale', exact: true }).click(); // back to every kind
    await timeline.getByRole('button', { name: 'Log or plan an activity' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Planned (to do)' }).click();
    await dialog.getByLabel('When').fill('2020-01-06T10:00');
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('Call to confirm the delivery');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('When: a planned activity is in the future').waitFor();
    await dialog.getByLabel('When').fill(`${new Date().getFullYear() + 1}-01-06T10:00`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await timeline.getByText('planned call: Call to confirm the delivery').waitFor();
    expect(
      await h.t.db.activity.count({
        where: { contactId: contact.id, status: 'PLANNED', subject: 'Call to confirm the delivery' },
      }),
    ).toBe(1);
    expect(h.problems).toEqual([]);
  });

  it('shows my meetings and due tasks in the day, week and month views', async () => {
    await page.getByRole('menuitem', { name: 'Calendar' }).click();
    const titles = () => page.getByTestId('calendar-entry').allInnerTexts();
    await expect.poll(async () => (await titles()).join('\n')).toContain('Shop visit with the client');
    expect((await titles()).join('\n')).toContain('Call back about the parcel');
    expect(await page.locator('[data-view="week"] [role="group"]').count()).toBe(7);
    await shot(page, 'collaboration-calendar-week');
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await page.locator('[data-view="day"]').waitFor();
    await expect.poll(async () => (await titles()).join('\n')).toContain('Meeting');
    expect((await titles()).join('\n')).toContain('Task due');
    await shot(page, 'collaboration-calendar-day');
    // The meeting took place: mark it done from the calendar.
    const meeting = page.getByTestId('calendar-entry').filter({ hasText: 'Shop visit with the client' });
    await meeting.getByRole('button', { name: 'Mark done' }).click();
    await meeting.getByText(/· done/).waitFor();
    expect((await h.t.db.activity.findFirstOrThrow({ where: { subject: 'Shop visit with the client' } })).status).toBe(
      'DONE',
    );
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.locator('[data-view="month"]').waitFor();
    await expect.poll(async () => (await titles()).join('\n')).toContain('Call back about the parcel');
    expect((await page.locator('[data-view="month"] [role="group"]').count()) % 7).toBe(0);
    await shot(page, 'collaboration-calendar-month');
    // The next month has none of today's entries.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(async () => (await titles()).join('\n')).not.toContain('Shop visit with the client');
    expect(h.problems).toEqual([]);
  });

  it('lists my tasks, creates one about a contact and completes it', async () => {
    await page.getByRole('menuitem', { name: 'Tasks' }).click();
    await page.getByRole('cell', { name: 'Call back about the parcel' }).waitFor();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Prepare the loyalty offer');
    await page.getByLabel('Due *').fill(`${new Date().getFullYear() + 1}-01-15T10:00`);
    await page.getByRole('combobox', { name: 'Contact' }).fill(contact.lastName);
    await page
      .getByRole('option', { name: new RegExp(contact.lastName) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('row', { name: /Prepare the loyalty offer/ });
    await row.waitFor();
    const created = await h.t.db.task.findFirstOrThrow({
      where: { title: 'Prepare the loyalty offer' },
      include: { assignee: true },
    });
    expect(created).toMatchObject({ contactId: contact.id, status: 'OPEN' });
    expect(created.assignee?.email).toBe('support@fidele.demo');
    await shot(page, 'collaboration-my-tasks');
    await row.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Prepare the loyalty offer/ }).count()).toBe(0);
    expect((await h.t.db.task.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('DONE');
    expect(h.problems).toEqual([]);
  });

  it('opens a case, moves it along the workflow, and shows its history and what sales promised', async () => {
    await page.getByRole('menuitem', { name: 'Cases' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('combobox', { name: 'Contact' }).fill(contact.lastName);
    await page
      .getByRole('option', { name: new RegExp(contact.lastName) })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Subject' }).fill('Parcel arrived damaged');
    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Delivery' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^CAS-\d{4}-\d{6}$/).waitFor();
    const promises = page.getByRole('region', { name: 'Promised to the client' });
    await promises.getByText('Free delivery on the next order').waitFor();
    await page.getByRole('textbox', { name: 'Comment (optional)' }).fill('Asked the carrier for photos');
    await page.getByRole('button', { name: 'Start' }).click();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Open → In progress · Asked the carrier for photos').waitFor();
    await page.getByRole('button', { name: 'Resolve' }).click();
    await history.getByText('In progress → Resolved').waitFor();
    const row = await h.t.db.serviceCase.findFirstOrThrow({ where: { subject: 'Parcel arrived damaged' } });
    expect(row.status).toBe('RESOLVED');
    expect(row.resolvedAt).not.toBeNull();
    await shot(page, 'collaboration-case');
    expect(h.problems).toEqual([]);
  });
});
