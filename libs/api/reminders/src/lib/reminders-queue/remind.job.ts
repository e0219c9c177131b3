import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { reminderChannelOf } from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { DeadlineEntity, NotificationEntity, ProjectMuteEntity } from '@gp/api/data';
import { ReminderRules, type RemindPayload } from '@gp/api/deadline-sync';
import { MailQueue } from '@gp/api/mail';
import { reminderRecipients } from './reminder-recipients';
import { reminderMail, reminderMessageId } from './reminder.mail';

/**
 * Fires a reminder: re-reads the deadline and sends nothing if it is done, cancelled or moved, or
 * its day is no longer in its kind's rule.
 * Otherwise one notification row per recipient (unique, so a retried or duplicated job adds none)
 * and their emails handed to the mail queue, whose log never sends a Message-ID twice.
 */
@Injectable()
export class RemindJob {
  private readonly logger = new Logger(RemindJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailQueue,
    private readonly rules: ReminderRules,
  ) {}

  async run({ deadlineId, offsetDays, dueOn }: RemindPayload, jobId?: string): Promise<string> {
    const deadline = await this.dataSource.manager.findOne(DeadlineEntity, {
      where: { id: deadlineId },
      relations: { project: { call: true } },
    });
    if (!deadline || deadline.status !== 'open' || deadline.dueOn !== dueOn) return 'no longer applies';
    // An admin may have dropped this reminder day from the kind's rule since the job was made.
    if (!(await this.rules.plan()).applies(deadline.kind, offsetDays)) return 'no longer in the rule';

    const muted = new Set(
      (
        await this.dataSource.manager.find(ProjectMuteEntity, { where: { projectId: deadline.projectId } })
      ).map((mute) => mute.userId),
    );
    const recipients = (await reminderRecipients(this.dataSource.manager, deadline)).filter(
      (person) => !muted.has(person.id),
    );
    if (recipients.length > 0) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(NotificationEntity)
        .values(
          recipients.map((person) => ({
            deadlineId,
            offsetDays,
            dueOn,
            recipientId: person.id,
            channel: reminderChannelOf(person, offsetDays),
            messageId: '',
          })),
        )
        .orIgnore()
        .execute();
    }
    // Every row of this reminder to send at once, new or left by an earlier attempt that stopped
    // before handing it on. Digest rows wait for the daily digest.
    const rows = await this.dataSource.manager.find(NotificationEntity, {
      where: { deadlineId, offsetDays, dueOn, channel: 'immediate' },
      relations: { recipient: true },
    });
    for (const row of rows) {
      const mail = reminderMail(
        row.recipient,
        {
          kind: deadline.kind,
          title: deadline.title,
          projectTitle: deadline.project.title,
          projectId: deadline.projectId,
          sourceId: deadline.sourceKey || null,
          dueOn,
          dueAt: deadline.dueAt,
          funderTimeZone: deadline.kind === 'call' ? (deadline.project.call?.deadlineTimeZone ?? null) : null,
          offsetDays,
        },
        reminderMessageId(row.id),
        { appUrl: this.config.appUrl, timeZone: this.config.timeZone },
      );
      if (row.messageId !== mail.messageId)
        await this.dataSource.manager.update(
          NotificationEntity,
          { id: row.id },
          { messageId: mail.messageId },
        );
      await this.mail.enqueue(mail);
    }
    this.logger.debug(`Reminder ${jobId}: ${rows.length} recipient(s)`);
    return `${rows.length} reminded`;
  }
}
