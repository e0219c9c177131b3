import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutgoingMail } from '@gp/domain';
import { QueueName } from '@gp/api/core';
import { MailJobName, mailJobId, type MailQueueClient } from '@gp/api/mail';

const SWEEP_EVERY_MS = 60_000;
/** Younger rows are still being handed on by the api that wrote them. */
const OLDER_THAN_SECONDS = 30;

/**
 * The outbox's relay: every minute, emails still `queued` in the mail log (their change committed
 * while Redis was away) are put on the mail queue. Their job ids are their Message-IDs, so one
 * already there is not added twice, and the claim in the mail log sends each at most once.
 */
@Injectable()
export class MailOutboxSweeper implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly queue: MailQueueClient,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MailJobName.SweepOutbox,
      { every: SWEEP_EVERY_MS },
      { name: MailJobName.SweepOutbox },
    );
  }

  /** @returns how many queued emails were handed to the mail queue */
  async sweep(olderThanSeconds = OLDER_THAN_SECONDS): Promise<number> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT message_id, recipient, subject, text, html, kind, language FROM mail_log
        WHERE status = 'queued' AND created_at < now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT 1000`,
      [olderThanSeconds],
    );
    const mails: OutgoingMail[] = rows.map((row) => ({
      messageId: row['message_id'],
      to: row['recipient'],
      subject: row['subject'],
      text: row['text'],
      html: row['html'],
      kind: row['kind'],
      language: row['language'] as OutgoingMail['language'],
    }));
    if (mails.length > 0)
      await this.queue.addBulk(
        mails.map((mail) => ({
          name: MailJobName.Send,
          data: mail,
          opts: { jobId: mailJobId(mail.messageId) },
        })),
      );
    return mails.length;
  }
}
