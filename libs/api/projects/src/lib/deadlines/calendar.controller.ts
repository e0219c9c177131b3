import { randomBytes } from 'node:crypto';
import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarFeed, CurrentUser, Deadline, PlannedReminder } from '@gp/domain';
import { ALL_ROLES, APP_CONFIG, AppConfig, DomainError, Public, Roles, SignedInUser } from '@gp/api/core';
import { toCurrentUser, UserAccountEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';
import { calendarFile } from './calendar-file';
import {
  CalendarFeedDto,
  DeadlineDto,
  DeadlineQueryDto,
  PlannedReminderDto,
  ProjectQueryDto,
} from './calendar.dto';
import { DeadlinesService } from './deadlines.service';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    private readonly deadlines: DeadlinesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('deadlines')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [DeadlineDto], description: 'Deadlines of the projects you read, by due day' })
  list(@SignedInUser() user: CurrentUser, @Query() filters: DeadlineQueryDto): Promise<Deadline[]> {
    return this.deadlines.list(user, filters);
  }

  @Get('reminders/planned')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [PlannedReminderDto],
    description: 'The next reminders of open deadlines, soonest first',
  })
  planned(@SignedInUser() user: CurrentUser, @Query() query: ProjectQueryDto): Promise<PlannedReminder[]> {
    return this.deadlines.planned(user, query.projectId);
  }

  @Get('projects/:projectId/calendar.ics')
  @Roles(...ALL_ROLES)
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The project’s deadlines as an iCalendar file' })
  async projectFile(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', new ParseUUIDPipe()) projectId: string,
  ): Promise<string> {
    const project = await findReadableProject(this.dataSource.manager, user, projectId);
    const deadlines = await this.deadlines.list(user, { projectId, status: 'all' });
    return calendarFile(
      project.title,
      deadlines.filter((d) => d.status !== 'cancelled'),
      user.language,
      this.config.appUrl,
    );
  }

  @Get('calendar/feed')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: CalendarFeedDto, description: 'Your secret feed address; made on first asking' })
  async feed(@SignedInUser() user: CurrentUser): Promise<CalendarFeed> {
    const row = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOne({ where: { id: user.id }, select: { id: true, calendarToken: true } });
    return this.feedOf(row?.calendarToken ?? (await this.renewToken(user.id)));
  }

  @Post('calendar/feed')
  @Roles(...ALL_ROLES)
  @ApiCreatedResponse({ type: CalendarFeedDto, description: 'A new address; the old one stops working' })
  async renew(@SignedInUser() user: CurrentUser): Promise<CalendarFeed> {
    return this.feedOf(await this.renewToken(user.id));
  }

  /** The feed itself: the secret in the address is the only key, as calendar programs send no cookie. */
  @Get('calendar/feed/:file')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Your deadlines as an iCalendar feed' })
  async feedFile(@Param('file') file: string): Promise<string> {
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
