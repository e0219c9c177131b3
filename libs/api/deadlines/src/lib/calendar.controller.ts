import { Readable } from 'node:stream';
import { Controller, Get, Header, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  CalendarFeed,
  CalendarFeedStatus,
  CurrentUser,
  DeadlinePage,
  PlannedReminder,
} from '@gp/domain';
import { ALL_ROLES, Public, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import {
  CalendarFeedDto,
  CalendarFeedStatusDto,
  DeadlinePageDto,
  DeadlineQueryDto,
  PlannedReminderDto,
  ProjectQueryDto,
} from './calendar.dto';
import { CalendarService } from './calendar.service';
import { DeadlinesService } from './deadlines.service';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly calendar: CalendarService,
  ) {}

  @Get('deadlines')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: DeadlinePageDto,
    description: 'A page of the deadlines of the projects you read, by due day; nextCursor asks for the rest',
  })
  list(@SignedInUser() user: CurrentUser, @Query() query: DeadlineQueryDto): Promise<DeadlinePage> {
    return this.deadlines.page(user, query);
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
  projectFile(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<StreamableFile> {
    return this.calendar.projectFile(user, projectId).then(calendarStream);
  }

  @Get('calendar/feed')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: CalendarFeedStatusDto,
    description: 'Whether you have a feed, and since when; its address is shown only when made',
  })
  feed(@SignedInUser() user: CurrentUser): Promise<CalendarFeedStatus> {
    return this.calendar.feed(user.id);
  }

  @Post('calendar/feed')
  @Roles(...ALL_ROLES)
  @ApiCreatedResponse({
    type: CalendarFeedDto,
    description: 'A new address, shown this once; the old one stops working',
  })
  renew(@SignedInUser() user: CurrentUser): Promise<CalendarFeed> {
    return this.calendar.renew(user.id);
  }

  /** The feed itself: the secret in the address is the only key, as calendar programs send no cookie. */
  @Get('calendar/feed/:file')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Your deadlines as an iCalendar feed' })
  feedFile(@Param('file') file: string): Promise<StreamableFile> {
    return this.calendar.feedFile(file).then(calendarStream);
  }
}

/** Sent as it is written; a failure half-way breaks the connection rather than end a short file. */
function calendarStream(file: AsyncIterable<string>): StreamableFile {
  return new StreamableFile(Readable.from(file), { type: 'text/calendar; charset=utf-8' });
}
