import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, Deadline } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { DeadlineDto } from './calendar.dto';
import { DeadlinesService } from './deadlines.service';

@ApiTags('projects')
@Controller('projects/:projectId/deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [DeadlineDto],
    description: 'The project’s deadlines, soonest first, whatever their status',
  })
  list(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<Deadline[]> {
    return this.deadlines.listOfProject(user, projectId);
  }
}
