import { Module } from '@nestjs/common';
import { MailQueueModule, MailOutboxModule } from '@gp/api/mail';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { ActivityController } from './activity/activity.controller';
import { ChecklistTemplatesController } from './checklists/checklist-templates.controller';
import { ChecklistTemplatesService } from './checklists/checklist-templates.service';
import { ChecklistController } from './checklists/checklist.controller';
import { ChecklistService } from './checklists/checklist.service';
import { CoFundingController } from './co-funding/co-funding.controller';
import { CoFundingService } from './co-funding/co-funding.service';
import { CalendarController } from './deadlines/calendar.controller';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { DeadlinesService } from './deadlines/deadlines.service';
import { NotificationLogController } from './reminders/notification-log.controller';
import { ReminderPreferencesController } from './reminders/reminder-preferences.controller';
import { ReminderRulesController } from './reminders/reminder-rules.controller';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { ProjectsController } from './projects.controller';
import { PublicPageController } from './public-page/public-page.controller';
import { ProjectsService } from './projects.service';
import { PublicProjectsController } from './public-projects.controller';
import { PublicProjectsService } from './public-projects.service';

@Module({
  imports: [MailQueueModule, DeadlineSyncModule, MailOutboxModule],
  controllers: [
    ProjectsController,
    BoardController,
    PublicProjectsController,
    PublicPageController,
    ChecklistTemplatesController,
    ChecklistController,
    CoFundingController,
    ActivityController,
    DeadlinesController,
    CalendarController,
    NotificationLogController,
    ReminderPreferencesController,
    ReminderRulesController,
  ],
  providers: [
    ProjectsService,
    BoardService,
    PublicProjectsService,
    ChecklistTemplatesService,
    ChecklistService,
    CoFundingService,
    DeadlinesService,
  ],
})
export class ProjectsModule {}
