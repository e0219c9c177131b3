import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule, QueuesRootModule, RedisModule } from '@gp/api/core';
import { DatabaseModule } from '@gp/api/data';
import { AuthModule } from '@gp/api/auth';
import { UsersModule } from '@gp/api/users';
import { MailLogModule } from '@gp/api/notifications';
import { ProgrammesModule } from '@gp/api/programmes';
import { ProjectsModule } from '@gp/api/projects';
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
        ProjectsModule,
      ],
      controllers: [HealthController],
    };
  }
}
