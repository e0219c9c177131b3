import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { daysBetween, zonedDay, type DeadlineKind, type Language } from '@gp/domain';
import { APP_CONFIG, AppConfig, QueueName } from '@gp/api/core';
import { MailQueue } from '@gp/api/mail';
import { ReminderJobName, type RemindersQueue } from '@gp/api/deadline-sync';
import { digestMail } from './digest.mail';
import type { ReminderFacts } from './reminder.mail';

interface DigestRow {
  id: string;
  recipient_id: string;
  name: string;
  email: string;
  language: Language;
  deadline_id: string;
  kind: DeadlineKind;
  title: string;
  project_id: string;
  project_title: string;
  source_key: string;
  due_on: string;
  due_at: Date | null;
  funder_time_zone: string | null;
}

/**
 * Once a day, a little after the reminders' hour, one email per person who chose the digest,
 * listing every reminder gathered for them. Its Message-ID names the person and the day, and its
 * rows are marked with it before it is queued, so a rerun sends the same email, which the mail
 * log sends once.
 */
@Injectable()
export class DigestSender implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Reminders) private readonly queue: RemindersQueue,
    private readonly mail: MailQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const [hour, minute] = this.config.reminderSendTime.split(':').map(Number);
    const at = (hour * 60 + minute + 10) % (24 * 60);
    await this.queue.upsertJobScheduler(
      ReminderJobName.Digest,
      { pattern: `${at % 60} ${Math.floor(at / 60)} * * *`, tz: this.config.timeZone },
      { name: ReminderJobName.Digest },
    );
  }

  /** @returns how many digests were handed to the mail queue */
  async send(now = new Date()): Promise<number> {
    const day = zonedDay(now, this.config.timeZone);
    const digestId = (userId: string) => `<digest.${userId}.${day}@projektdesken>`;
    const rows: DigestRow[] = await this.dataSource.query(
      `SELECT n.id, n.recipient_id, u.name, u.email, u.language, d.id AS deadline_id, d.kind, d.title,
              p.id AS project_id, p.title AS project_title, d.source_key, to_char(d.due_on, 'YYYY-MM-DD') AS due_on,
              d.due_at, CASE WHEN d.kind = 'call' THEN c.deadline_time_zone END AS funder_time_zone
         FROM notification n
         JOIN deadline d ON d.id = n.deadline_id
         JOIN project p ON p.id = d.project_id
         LEFT JOIN programme_call c ON c.id = p.call_id
         JOIN user_account u ON u.id = n.recipient_id
        WHERE n.channel = 'digest' AND u.active
          AND (n.message_id = '' OR n.message_id = '<digest.' || n.recipient_id || '.' || $1 || '@projektdesken>')
        ORDER BY d.due_on, p.title`,
      [day],
    );
    const byPerson = new Map<string, DigestRow[]>();
    for (const row of rows) byPerson.set(row.recipient_id, [...(byPerson.get(row.recipient_id) ?? []), row]);
    for (const [userId, items] of byPerson) {
      const person = items[0];
      const messageId = digestId(userId);
      await this.dataSource.query(`UPDATE notification SET message_id = $1 WHERE id = ANY($2::uuid[])`, [
        messageId,
        items.map((item) => item.id),
      ]);
      // One line per deadline, however many of its reminders gathered since the last digest.
      const deadlines = new Map<string, ReminderFacts>();
      for (const item of items)
        deadlines.set(item.deadline_id, {
          kind: item.kind,
          title: item.title,
          projectTitle: item.project_title,
          projectId: item.project_id,
          sourceId: item.source_key || null,
          dueOn: item.due_on,
          dueAt: item.due_at,
          funderTimeZone: item.funder_time_zone,
          offsetDays: daysBetween(day, item.due_on),
        });
      const mail = digestMail(person, [...deadlines.values()], messageId, {
        appUrl: this.config.appUrl,
        timeZone: this.config.timeZone,
      });
      await this.mail.enqueue(mail);
    }
    return byPerson.size;
  }
}
