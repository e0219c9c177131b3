import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACTIVITY_KINDS, type ActivityKind, type CurrentUser, type ProjectActivity } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { ProjectActivityEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [ProjectActivityDto],
    description: 'Co-funding and checklist activity, newest first',
  })
  async list(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', new ParseUUIDPipe()) projectId: string,
  ): Promise<ProjectActivity[]> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    const rows = await this.dataSource.getRepository(ProjectActivityEntity).find({
      where: { projectId },
      relations: { actor: true },
      order: { at: 'DESC' },
      take: 500,
    });
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      kind: row.kind,
      subject: row.subject,
      comment: row.comment,
      actorId: row.actorId,
      actorName: row.actor?.name ?? null,
      at: row.at.toISOString(),
    }));
  }
}
