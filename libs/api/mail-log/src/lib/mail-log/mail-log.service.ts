import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { CurrentUser, MailLogEntry, MailLogPage } from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { MailLogEntity } from '@gp/api/data';
import { composeMail, MailQueue } from '@gp/api/mail';

const toEntry = (row: MailLogEntity): MailLogEntry => ({
  id: row.id,
  messageId: row.messageId,
  to: row.recipient,
  subject: row.subject,
  text: row.text,
  kind: row.kind,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
  error: row.error,
});

const testTexts = {
  sv: {
    subject: 'Testmejl från Projektdesken',
    greeting: 'Hej!',
    body: 'Det här är ett testmejl. Om du läser det här fungerar utskicken.',
  },
  nb: {
    subject: 'Testepost fra Projektdesken',
    greeting: 'Hei!',
    body: 'Dette er en testepost. Hvis du leser dette, fungerer utsendelsene.',
  },
  en: {
    subject: 'Test email from Projektdesken',
    greeting: 'Hello,',
    body: 'This is a test email. If you can read it, sending works.',
  },
};

@Injectable()
export class MailLogService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(MailLogEntity) private readonly mailLog: Repository<MailLogEntity>,
    private readonly mail: MailQueue,
  ) {}

  async page(limit: number, offset: number): Promise<MailLogPage> {
    const [rows, total] = await this.mailLog.findAndCount({
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items: rows.map(toEntry), total };
  }

  /** Lets an admin see that email reaches people (or is kept, on the embedded default). */
  async sendTest(to: CurrentUser): Promise<{ messageId: string }> {
    const t = testTexts[to.language];
    const mail = composeMail({
      kind: 'test',
      to: to.email,
      language: to.language,
      subject: t.subject,
      greeting: t.greeting,
      paragraphs: [t.body],
      action: { label: 'Projektdesken', url: `${this.config.appUrl}/admin/mail` },
      signature: 'Projektdesken',
    });
    await this.mail.enqueue(mail);
    return { messageId: mail.messageId };
  }
}
