import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { deadlineKindName, zonedDay, type Language } from '@gp/domain';
import { APP_CONFIG, AppConfig, QueueName } from '@gp/api/core';
import { composeMail, MailQueue } from '@gp/api/mail';
import { ReminderJobName, type RemindersQueue } from '@gp/api/deadline-sync';

const TEXTS: Record<
  Language,
  { subject: (n: number) => string; greeting: (n: string) => string; intro: string; action: string }
> = {
  sv: {
    subject: (n) => `Dagens påminnelser från Projektdesken (${n})`,
    greeting: (n) => `Hej ${n}!`,
    intro: 'Det här är på gång i projekten du har en roll i:',
    action: 'Öppna påminnelserna',
  },
  nb: {
    subject: (n) => `Dagens påminnelser fra Projektdesken (${n})`,
    greeting: (n) => `Hei ${n}!`,
    intro: 'Dette er på gang i prosjektene du har en rolle i:',
    action: 'Åpne påminnelsene',
  },
  en: {
    subject: (n) => `Today's reminders from Projektdesken (${n})`,
    greeting: (n) => `Hello ${n},`,
    intro: 'This is coming up in the projects you have a role in:',
    action: 'Open the reminders',
  },
};

interface DigestRow {
  id: string;
  recipient_id: string;
  name: string;
  email: string;
  language: Language;
  kind: Parameters<typeof deadlineKindName>[0];
  title: string;
  project_title: string;
  due_on: string;
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
      `SELECT n.id, n.recipient_id, u.name, u.email, u.language, d.kind, d.title, p.title AS project_title,
              to_char(d.due_on, 'YYYY-MM-DD') AS due_on
         FROM notification n
         JOIN deadline d ON d.id = n.deadline_id
         JOIN project p ON p.id = d.project_id
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
      const t = TEXTS[person.language];
      const messageId = digestId(userId);
      await this.dataSource.query(`UPDATE notification SET message_id = $1 WHERE id = ANY($2::uuid[])`, [
        messageId,
        items.map((item) => item.id),
      ]);
      const lines = items.map(
        (item) =>
          `• ${deadlineKindName(item.kind, person.language)}: ${item.title === item.project_title ? item.project_title : `${item.title} – ${item.project_title}`} (${item.due_on})`,
      );
      const mail = composeMail({
        kind: 'reminder_digest',
        to: person.email,
        language: person.language,
        subject: t.subject(items.length),
        greeting: t.greeting(person.name),
        paragraphs: [t.intro, ...lines],
        action: { label: t.action, url: `${this.config.appUrl}/notifications` },
        signature: 'Projektdesken',
      });
      await this.mail.enqueue({ ...mail, messageId });
    }
    return byPerson.size;
  }
}
