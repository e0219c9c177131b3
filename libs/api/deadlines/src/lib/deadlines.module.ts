import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { DeadlinesController } from './deadlines.controller';
import { DeadlinesService } from './deadlines.service';

/** Deadlines to read: the list, the calendar with planned reminders, the feed and a project's .ics. */
@Module({
  imports: [DeadlineSyncModule],
  controllers: [DeadlinesController, CalendarController],
  providers: [DeadlinesService, CalendarService],
})
export class DeadlinesModule {}
