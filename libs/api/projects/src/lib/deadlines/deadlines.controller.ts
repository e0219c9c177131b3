import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser, Deadline } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { findReadableProject } from '@gp/api/project-access';
import { DeadlineDto } from './calendar.dto';
import { DeadlinesService } from './deadlines.service';

@ApiTags('projects')
@Controller('projects/:projectId/deadlines')
export class DeadlinesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [DeadlineDto],
    description: 'The project’s deadlines, soonest first, whatever their status',
  })
  async list(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', new ParseUUIDPipe()) projectId: string,
  ): Promise<Deadline[]> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    return this.deadlines.list(user, { projectId, status: 'all' });
  }
}
