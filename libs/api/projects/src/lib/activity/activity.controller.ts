import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ACTIVITY_KINDS, type ActivityKind, type CurrentUser, type ProjectActivity } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { ActivityService } from './activity.service';

class ProjectActivityDto implements ProjectActivity {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty({ description: 'What it was about: an item title, a department' }) subject: string;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

@ApiTags('projects')
@Controller('projects/:projectId/activity')
export class ActivityController {
  constructor(private readonly activity: ActivityService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [ProjectActivityDto],
    description: 'Co-funding and checklist activity, newest first',
  })
  list(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<ProjectActivity[]> {
    return this.activity.list(user, projectId);
  }
}
