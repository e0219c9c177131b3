import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  REMINDER_CATCH_UP_HOURS,
  REMINDERS_PREPARED_AHEAD_MS,
  reminderChannelOf,
  type OutgoingMail,
  type ReminderChannel,
} from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { ReminderRules } from '@gp/api/deadline-sync';
import { MailOutbox } from '@gp/api/mail';
import { deadlinesFiringBetween, remindersOwed, type DueReminder } from './due-deadlines';
import { reminderRecipients } from './reminder-recipients';
import { reminderMail } from './reminder.mail';

/** Two claims never interleave: the second sees the first's rows and adds none of its own. */
const CLAIM_LOCK = 0x7265_6d64; // "remd"
const INSERT_CHUNK = 1000;

/**
 * Claims the reminders due at one instant, all together: every open deadline's reminders that fell
 * due up to `at` (and within the catch-up hours before it) without notification rows get them, one
 * per recipient, and the emails of those sent at once are written to the mail log as `queued` in
 * the same transaction (the outbox). A notification therefore exists exactly when its email or its
 * digest line will go out; the mail log's unique Message-ID sends each email once, whatever Redis
 * or a crash does. A claim that finds its reminders claimed adds nothing, so claiming again is safe.
 */
@Injectable()
export class DueReminders {
  private readonly logger = new Logger(DueReminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rules: ReminderRules,
    private readonly outbox: MailOutbox,
  ) {}

  /** @returns how many notification rows were written (emails and digest lines) */
  async claim(at: Date): Promise<number> {
    const due = await this.dueAt(this.dataSource.manager, at);
    if (due.length === 0) return 0;
    const { rows, mails } = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      return this.notify(manager, await this.unclaimed(manager, due));
    });
    await this.outbox.release(mails, this.preparedAhead(at) ? at : undefined);
    this.logger.log(
      `Reminders due at ${at.toISOString()}: ${rows} notification(s), ${mails.length} email(s) at once`,
    );
    return rows;
  }

  /**
   * The job of an instant runs REMINDERS_PREPARED_AHEAD_MS before it, and its emails wait for the
   * instant. An instant further ahead (a job run by hand) is not held for days: it sends at once.
   */
  private preparedAhead(at: Date): boolean {
    const ahead = at.getTime() - Date.now();
    return ahead > 0 && ahead <= REMINDERS_PREPARED_AHEAD_MS;
  }

  /** The reminders due from the catch-up hours before `at` up to `at` (libs/domain's `reminderOwed`). */
  async dueAt(manager: EntityManager, at: Date): Promise<DueReminder[]> {
    const since = new Date(at.getTime() - REMINDER_CATCH_UP_HOURS * 3_600_000);
    const plan = await this.rules.plan(manager);
    return remindersOwed(
      await deadlinesFiringBetween(manager, plan, since, at, this.config.timeZone),
      plan,
      at,
    );
  }

  /** Those of `due` that have no notification rows yet. */
  async unclaimed(manager: EntityManager, due: readonly DueReminder[]): Promise<DueReminder[]> {
    if (due.length === 0) return [];
    const claimed: Array<{ key: string }> = await manager.query(
      `SELECT DISTINCT n.deadline_id || '|' || n.offset_days || '|' || to_char(n.due_on, 'YYYY-MM-DD') AS key
         FROM notification n
         JOIN unnest($1::uuid[], $2::int[], $3::date[]) AS due(deadline_id, offset_days, due_on)
           ON due.deadline_id = n.deadline_id AND due.offset_days = n.offset_days AND due.due_on = n.due_on`,
      [
        due.map((reminder) => reminder.deadline.id),
        due.map((reminder) => reminder.offsetDays),
        due.map((reminder) => reminder.deadline.dueOn),
      ],
    );
    const done = new Set(claimed.map((row) => row.key));
    return due.filter(
      (reminder) => !done.has(`${reminder.deadline.id}|${reminder.offsetDays}|${reminder.deadline.dueOn}`),
    );
  }

  private async notify(
    manager: EntityManager,
    due: readonly DueReminder[],
  ): Promise<{ rows: number; mails: OutgoingMail[] }> {
    const recipients = await reminderRecipients(manager, [
      ...new Map(due.map((reminder) => [reminder.deadline.id, reminder.deadline])).values(),
    ]);
    const context = { appUrl: this.config.appUrl, timeZone: this.config.timeZone };
    const rows = due.flatMap(({ deadline, offsetDays }) =>
      (recipients.get(deadline.id) ?? []).map((person) => {
        const id = randomUUID();
        const channel: ReminderChannel = reminderChannelOf(person, offsetDays);
        const mail =
          channel === 'immediate'
            ? reminderMail(person, { ...deadline, offsetDays }, `<reminder.${id}@projektdesken>`, context)
            : null;
        return {
          row: {
            id,
            deadline_id: deadline.id,
            offset_days: offsetDays,
            due_on: deadline.dueOn,
            recipient_id: person.id,
            channel,
            message_id: mail?.messageId ?? '',
          },
          mail,
        };
      }),
    );
    const written = new Set<string>();
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK).map(({ row }) => row);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO notification (id, deadline_id, offset_days, due_on, recipient_id, channel, message_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::date[], $5::uuid[], $6::varchar[], $7::varchar[])
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          chunk.map((row) => row.id),
          chunk.map((row) => row.deadline_id),
          chunk.map((row) => row.offset_days),
          chunk.map((row) => row.due_on),
          chunk.map((row) => row.recipient_id),
          chunk.map((row) => row.channel),
          chunk.map((row) => row.message_id),
        ],
      );
      for (const { id } of inserted) written.add(id);
    }
    const mails = rows
      .filter(({ row, mail }) => mail && written.has(row.id))
      .map(({ mail }) => mail as OutgoingMail);
    await this.outbox.add(manager, mails);
    return { rows: written.size, mails };
  }
}
