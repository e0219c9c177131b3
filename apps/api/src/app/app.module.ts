import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule, QueuesRootModule, RedisModule } from '@gp/api/core';
import { DatabaseModule } from '@gp/api/data';
import { AuthModule } from '@gp/api/auth';
import { UsersModule } from '@gp/api/users';
import { BoardModule } from '@gp/api/board';
import { ChecklistsModule } from '@gp/api/checklists';
import { CoFundingModule } from '@gp/api/co-funding';
import { NotesModule } from '@gp/api/notes';
import { DeadlinesModule } from '@gp/api/deadlines';
import { DocumentsModule } from '@gp/api/documents';
import { MailLogModule } from '@gp/api/mail-log';
import { OrganisationModule } from '@gp/api/organisation';
import { ProgrammesModule } from '@gp/api/programmes';
import { ProjectTableModule } from '@gp/api/project-table';
import { ProjectsModule } from '@gp/api/projects';
import { PublicPageModule } from '@gp/api/public-page';
import { RemindersModule } from '@gp/api/reminders';
import { ReportsModule } from '@gp/api/reports';
import { HealthController } from './health.controller';

/** The HTTP api: every feature's controllers; queue producers only (the worker processes). */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.register(config),
        RedisModule,
        DatabaseModule,
        QueuesRootModule,
        AuthModule,
        UsersModule,
        MailLogModule,
        ProgrammesModule,
        // Before ProjectsModule: its projects/:id would take projects/table.
        ProjectTableModule,
        ProjectsModule,
        BoardModule,
        PublicPageModule,
        ChecklistsModule,
        CoFundingModule,
        NotesModule,
        DocumentsModule,
        DeadlinesModule,
        RemindersModule,
        ReportsModule,
        OrganisationModule,
      ],
      controllers: [HealthController],
    };
  }
}
