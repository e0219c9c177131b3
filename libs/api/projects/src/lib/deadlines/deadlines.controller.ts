import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEADLINE_KINDS,
  DEADLINE_STATUSES,
  type CurrentUser,
  type Deadline,
  type DeadlineKind,
  type DeadlineStatus,
} from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { DeadlineEntity } from '@gp/api/data';
import { findReadableProject } from '../project-access';

class DeadlineDto implements Deadline {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sourceId: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt: string | null;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: DEADLINE_STATUSES }) status: DeadlineStatus;
}

@ApiTags('projects')
@Controller('projects/:projectId/deadlines')
export class DeadlinesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    const project = await findReadableProject(this.dataSource.manager, user, projectId);
    const rows = await this.dataSource
      .getRepository(DeadlineEntity)
      .find({ where: { projectId }, order: { dueOn: 'ASC', kind: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      projectTitle: project.title,
      kind: row.kind,
      sourceId: row.sourceKey || null,
      title: row.title,
      dueAt: row.dueAt?.toISOString() ?? null,
      dueOn: row.dueOn,
      status: row.status,
    }));
  }
}
