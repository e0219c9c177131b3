import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { ActivityController } from './activity/activity.controller';
import { ActivityService } from './activity/activity.service';
import { IdeaDeletionService } from './lifecycle/idea-deletion.service';
import { ProjectLifecycleController } from './lifecycle/project-lifecycle.controller';
import { ProjectReopenService } from './lifecycle/project-reopen.service';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

/** Projects: create, edit, move between stages, copy to the next call, reopen, delete ideas, and their history. */
@Module({
  imports: [DeadlineSyncModule],
  controllers: [ProjectsController, ActivityController, ProjectLifecycleController],
  providers: [ProjectsService, ActivityService, ProjectReopenService, IdeaDeletionService],
})
export class ProjectsModule {}
