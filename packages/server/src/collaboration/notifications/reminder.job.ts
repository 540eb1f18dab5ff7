import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Db } from '../../kernel/db/client.js';
import type { Job } from '../../kernel/job.js';
import { isUniqueViolation } from '../../kernel/prisma-errors.js';
import { formatMessage, notificationTemplates, type NotificationKind } from '../../kernel/message-codes.js';

/** At most this many reminders of each kind per run; the next run takes the rest. */
const batch = 200;

interface Reminder {
  userId: number;
  kind: NotificationKind;
  message: string;
  subjectId: string;
  dedupeKey: string;
}

/**
 * Writes a notification once per (user, dedupeKey): a second run, or a second instance running at the same time,
 * meets the unique key and writes nothing more.
 */
export async function notifyOnce(db: Db, r: Reminder): Promise<void> {
  try {
    await db.notification.upsert({
      where: { userId_dedupeKey: { userId: r.userId, dedupeKey: r.dedupeKey } },
      create: r,
      update: {},
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e; // the other instance wrote it between our read and our insert
  }
}

/**
 * Reminders: a notification to the assignee of each open task, and to the author of each PLANNED activity, whose
 * `remindAt` has passed and was not sent yet. The notification comes first (idempotent by its dedupe key, which
 * names the reminder time), then `reminderSentAt` is stamped: a crash between the two sends it again at the next
 * run, which the key absorbs. A changed `remindAt` clears `reminderSentAt` (services) and makes a new key.
 */
export async function sendReminders(db: Db, now: Date): Promise<{ tasks: number; activities: number }> {
  const [tasks, activities] = await Promise.all([
    db.task.findMany({
      where: {
        remindAt: { lte: now },
        reminderSentAt: null,
        status: { in: ['OPEN', 'IN_PROGRESS'] },
        assigneeId: { not: null },
      },
      select: { id: true, title: true, dueDate: true, remindAt: true, assigneeId: true },
      orderBy: { remindAt: 'asc' },
      take: batch,
    }),
    db.activity.findMany({
      where: { remindAt: { lte: now }, reminderSentAt: null, status: 'PLANNED', authorId: { not: null } },
      select: { id: true, subject: true, type: true, occurredAt: true, remindAt: true, authorId: true },
      orderBy: { remindAt: 'asc' },
      take: batch,
    }),
  ]);
  for (const t of tasks) {
    await notifyOnce(db, {
      userId: t.assigneeId!,
      kind: 'TASK_REMINDER',
      message: formatMessage(notificationTemplates.TASK_REMINDER, { due: t.dueDate.toISOString(), title: t.title }),
      subjectId: encodeGlobalID('Task', t.id),
      dedupeKey: `task:${t.id}:remind:${t.remindAt!.toISOString()}`,
    });
    await db.task.updateMany({
      where: { id: t.id, remindAt: t.remindAt, reminderSentAt: null },
      data: { reminderSentAt: now },
    });
  }
  for (const a of activities) {
    await notifyOnce(db, {
      userId: a.authorId!,
      kind: 'ACTIVITY_REMINDER',
      message: formatMessage(notificationTemplates.ACTIVITY_REMINDER, {
        type: a.type,
        at: a.occurredAt.toISOString(),
        subject: a.subject,
      }),
      subjectId: encodeGlobalID('Activity', a.id),
      dedupeKey: `activity:${a.id}:remind:${a.remindAt!.toISOString()}`,
    });
    await db.activity.updateMany({
      where: { id: a.id, remindAt: a.remindAt, reminderSentAt: null },
      data: { reminderSentAt: now },
    });
  }
  return { tasks: tasks.length, activities: activities.length };
}

export const reminderJob: Job = {
  name: 'reminders',
  everyMs: 60_000,
  run: async (_db, _provider, _now, ctx) => {
    await sendReminders(ctx.db, ctx.now);
  },
};
