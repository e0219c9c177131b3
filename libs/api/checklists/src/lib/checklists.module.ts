import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { ChecklistTemplatesController } from './checklist-templates.controller';
import { ChecklistTemplatesService } from './checklist-templates.service';
import { ChecklistController } from './checklist.controller';
import { ChecklistService } from './checklist.service';

/** A project's checklist and the programmes' checklist templates it starts from. */
@Module({
  imports: [DeadlineSyncModule],
  controllers: [ChecklistTemplatesController, ChecklistController],
  providers: [ChecklistTemplatesService, ChecklistService],
})
export class ChecklistsModule {}
