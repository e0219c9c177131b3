import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarFeed, CurrentUser } from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { toCurrentUser, UserAccountEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';
import { calendarFile } from './calendar-file';
import { DeadlinesService } from './deadlines.service';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** Deadlines as iCalendar: a project's file, and each person's secret feed address. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** The project's deadlines, cancelled ones left out, as an iCalendar file. */
  async projectFile(user: CurrentUser, projectId: string): Promise<string> {
    const project = await findReadableProject(this.dataSource.manager, user, projectId);
    const deadlines = await this.deadlines.list(user, { projectId, status: 'all' });
    return calendarFile(
      project.title,
      deadlines.filter((d) => d.status !== 'cancelled'),
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
  async feedFile(file: string): Promise<string> {
    const token = file.replace(/\.ics$/, '');
    if (!TOKEN.test(token)) throw DomainError.notFound('The calendar feed');
    const person = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOne({ where: { calendarToken: token, active: true }, relations: { departments: true } });
    if (!person) throw DomainError.notFound('The calendar feed');
    const user = toCurrentUser(person);
    const deadlines = await this.deadlines.list(user, { status: 'open' });
    return calendarFile('Projektdesken', deadlines, user.language, this.config.appUrl);
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
