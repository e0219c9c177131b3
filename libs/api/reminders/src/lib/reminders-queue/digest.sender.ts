import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { daysBetween, zonedDay, type DeadlineKind, type Language, type OutgoingMail } from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { MailOutbox } from '@gp/api/mail';
import { digestMail } from './digest.mail';
import { sourceIdOf } from './due-deadlines';
import type { ReminderFacts } from './reminder.mail';

interface DigestRow {
  id: string;
  recipient_id: string;
  name: string;
  email: string;
  language: Language;
  deadline_id: string;
  status: string;
  kind: DeadlineKind;
  title: string;
  source_key: string;
  project_id: string;
  project_title: string;
  due_on: string;
  due_at: string | null;
  deadline_time_zone: string | null;
}

/**
 * Once a day, a little after the reminders' hour, one email per person with reminders gathered
 * for the digest: each open deadline once, at its nearest reminder. The rows are marked with the
 * digest's Message-ID and the digest is written to the mail log as `queued` in one transaction
 * (the outbox), so a digest exists exactly when its rows are marked, and a rerun finds nothing
 * left to gather. Rows of deadlines done or cancelled since are dropped: they are no longer news.
 */
@Injectable()
export class DigestSender {
  private readonly logger = new Logger(DigestSender.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
  ) {}

  /** @returns how many digests were written to the outbox */
  async send(now = new Date()): Promise<number> {
    const mails = await this.dataSource.transaction((manager) => this.gather(manager, now));
    await this.outbox.release(mails);
    if (mails.length > 0) this.logger.log(`${mails.length} daily digest(s) queued`);
    return mails.length;
  }

  private async gather(manager: EntityManager, now: Date): Promise<OutgoingMail[]> {
    const rows: DigestRow[] = await manager.query(
      `SELECT n.id, n.recipient_id, u.name, u.email, u.language, d.id AS deadline_id, d.status, d.kind, d.title,
              d.source_key, d.project_id, p.title AS project_title, to_char(d.due_on, 'YYYY-MM-DD') AS due_on,
              d.due_at, c.deadline_time_zone
         FROM notification n
         JOIN deadline d ON d.id = n.deadline_id
         JOIN project p ON p.id = d.project_id
         LEFT JOIN programme_call c ON d.kind = 'call' AND c.id = p.call_id
         JOIN user_account u ON u.id = n.recipient_id
        WHERE n.channel = 'digest' AND n.message_id = '' AND u.active
        ORDER BY d.due_on, p.title
          FOR UPDATE OF n SKIP LOCKED`,
    );
    const dropped = rows.filter((row) => row.status !== 'open').map((row) => row.id);
    if (dropped.length > 0)
      await manager.query(`DELETE FROM notification WHERE id = ANY($1::uuid[])`, [dropped]);

    const byPerson = new Map<string, DigestRow[]>();
    for (const row of rows.filter((row) => row.status === 'open'))
      byPerson.set(row.recipient_id, [...(byPerson.get(row.recipient_id) ?? []), row]);
    const day = zonedDay(now, this.config.timeZone);
    const context = { appUrl: this.config.appUrl, timeZone: this.config.timeZone };
    const mails: OutgoingMail[] = [];
    for (const [userId, personRows] of byPerson) {
      const person = personRows[0];
      const messageId = `<digest.${userId}.${day}.${randomUUID().slice(0, 8)}@projektdesken>`;
      await manager.query(`UPDATE notification SET message_id = $1 WHERE id = ANY($2::uuid[])`, [
        messageId,
        personRows.map((row) => row.id),
      ]);
      mails.push(digestMail(person, onePerDeadline(personRows, day), messageId, context));
    }
    await this.outbox.add(manager, mails);
    return mails;
  }
}

/**
 * Each deadline once, however many of its reminders gathered since the last digest, counted from
 * the digest's day: its nearest reminder is the one that matters.
 */
function onePerDeadline(rows: readonly DigestRow[], day: string): ReminderFacts[] {
  const byDeadline = new Map<string, DigestRow>();
  for (const row of rows) byDeadline.set(row.deadline_id, row);
  return [...byDeadline.values()].map((row) => ({
    kind: row.kind,
    title: row.title,
    projectTitle: row.project_title,
    projectId: row.project_id,
    sourceId: sourceIdOf(row.source_key),
    dueOn: row.due_on,
    dueAt: row.due_at ? new Date(row.due_at) : null,
    funderTimeZone: row.deadline_time_zone,
    offsetDays: daysBetween(day, row.due_on),
  }));
}
