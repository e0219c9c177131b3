import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ROLES, type PersonSummary, type Role } from '@gp/domain';
import { ALL_ROLES, Roles } from '@gp/api/core';
import { UsersService } from './users.service';

class PersonSummaryDto implements PersonSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String], format: 'uuid' }) departmentIds: string[];
}

/** The active people, for choosing a project lead or coordinator; every signed-in person may list them. */
@ApiTags('users')
@Controller('people')
export class PeopleController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [PersonSummaryDto] })
  async list(): Promise<PersonSummary[]> {
    return (await this.users.list())
      .filter((u) => u.active)
      .map(({ id, name, roles, departmentIds }) => ({ id, name, roles, departmentIds }));
  }
}
