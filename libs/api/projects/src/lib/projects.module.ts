import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { ActivityController } from './activity/activity.controller';
import { ActivityService } from './activity/activity.service';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

/** Projects: create, edit, move between stages, copy to the next call, and their history. */
@Module({
  imports: [DeadlineSyncModule],
  controllers: [ProjectsController, ActivityController],
  providers: [ProjectsService, ActivityService],
})
export class ProjectsModule {}
