import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { NotificationLogController } from './notification-log.controller';
import { NotificationLogService } from './notification-log.service';
import { ReminderPreferencesController } from './reminder-preferences.controller';
import { ReminderPreferencesService } from './reminder-preferences.service';
import { ReminderRulesController } from './reminder-rules.controller';

/** The api's side of reminders: the rules (admin), each person's preferences, the notification log. */
@Module({
  imports: [DeadlineSyncModule],
  controllers: [ReminderRulesController, ReminderPreferencesController, NotificationLogController],
  providers: [ReminderPreferencesService, NotificationLogService],
})
export class RemindersModule {}
