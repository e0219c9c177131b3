import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarFeed, CurrentUser, Deadline } from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { toCurrentUser, UserAccountEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';
import { calendarFile } from './calendar-file';
import { DeadlinesService } from './deadlines.service';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

async function* withoutCancelled(batches: AsyncIterable<Deadline[]>): AsyncGenerator<Deadline[]> {
  for await (const batch of batches) yield batch.filter((deadline) => deadline.status !== 'cancelled');
}

/** Deadlines as iCalendar: a project's file, and each person's secret feed address. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deadlines: DeadlinesService,
  ) {}

  /**
   * The project's deadlines, cancelled ones left out, as an iCalendar file written as it is read.
   * Access is settled before the first line, so a refusal is still a plain 404.
   */
  async projectFile(user: CurrentUser, projectId: string): Promise<AsyncIterable<string>> {
    const project = await findReadableProject(this.dataSource.manager, user, projectId);
    return calendarFile(
      project.title,
      withoutCancelled(this.deadlines.batches(user, { projectId, status: 'all' })),
      user.language,
      this.config.appUrl,
    );
  }

  /** The person's feed address, made on first asking. */
  async feed(userId: string): Promise<CalendarFeed> {
    const row = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOne({ where: { id: userId }, select: { id: true, calendarToken: true } });
    return this.feedOf(row?.calendarToken ?? (await this.renewToken(userId)));
  }

  /** A new address; the old one stops working. */
  async renew(userId: string): Promise<CalendarFeed> {
    return this.feedOf(await this.renewToken(userId));
  }

  /**
   * The feed itself, for the file name in its address: the secret is the only key, as calendar
   * programs send no cookie.
   */
  async feedFile(file: string): Promise<AsyncIterable<string>> {
    const token = file.replace(/\.ics$/, '');
    if (!TOKEN.test(token)) throw DomainError.notFound('The calendar feed');
    const person = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOne({ where: { calendarToken: token, active: true }, relations: { departments: true } });
    if (!person) throw DomainError.notFound('The calendar feed');
    const user = toCurrentUser(person);
    // Every open deadline, however many: read and written a batch at a time.
    return calendarFile(
      'Projektdesken',
      this.deadlines.batches(user, { status: 'open' }),
      user.language,
      this.config.appUrl,
    );
  }

  private async renewToken(userId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.getRepository(UserAccountEntity).update({ id: userId }, { calendarToken: token });
    return token;
  }

  private feedOf(token: string): CalendarFeed {
    return { url: `${this.config.appUrl}/api/calendar/feed/${token}.ics` };
  }
}
