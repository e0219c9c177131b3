import { Module } from '@nestjs/common';
import { ProjectTableExportService } from './project-table-export.service';
import { ProjectTableController } from './project-table.controller';
import { ProjectTableService } from './project-table.service';

/**
 * The table of projects: a page at a time, exported whole as XLSX or CSV, and each person's
 * columns. Imported before ProjectsModule, whose `projects/:id` would otherwise take `table`.
 */
@Module({
  controllers: [ProjectTableController],
  providers: [ProjectTableService, ProjectTableExportService],
})
export class ProjectTableModule {}
