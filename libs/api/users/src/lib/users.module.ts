import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from '@gp/api/core';
import { DepartmentEntity, UserAccountEntity } from '@gp/api/data';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { PeopleController } from './people.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([DepartmentEntity, UserAccountEntity])],
  controllers: [UsersController, DepartmentsController, PeopleController],
  providers: [UsersService, DepartmentsService, PasswordHasher],
})
export class UsersModule {}
