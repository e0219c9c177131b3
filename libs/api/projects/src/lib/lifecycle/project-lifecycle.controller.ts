import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  IDEA_CREATOR_ROLES,
  IDEA_RESTORER_ROLES,
  REOPEN_ROLES,
  type CurrentUser,
  type DeletedIdea,
  type Project,
} from '@gp/domain';
import { ParseIdPipe, Roles, SignedInUser } from '@gp/api/core';
import { DeletedIdeaDto } from '../dto/deleted-idea.dto';
import { ProjectDto } from '../dto/project.dto';
import { ReopenProjectDto } from '../dto/reopen-project.dto';
import { IdeaDeletionService } from './idea-deletion.service';
import { ProjectReopenService } from './project-reopen.service';

/** A project's life beyond the board's moves: reopening a closed one, deleting and restoring ideas. */
@ApiTags('projects')
@Controller()
export class ProjectLifecycleController {
  constructor(
    private readonly reopening: ProjectReopenService,
    private readonly deletion: IdeaDeletionService,
  ) {}

  @Post('projects/:id/reopen')
  @Roles(...REOPEN_ROLES)
  @ApiCreatedResponse({ type: ProjectDto, description: 'The project back in the stage it was closed from' })
  @ApiConflictResponse({ description: 'Not closed, already copied to the next call, or a stale version' })
  reopen(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReopenProjectDto,
  ): Promise<Project> {
    return this.reopening.reopen(user, id, body);
  }

  @Delete('projects/:id')
  @Roles(...IDEA_CREATOR_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The idea is deleted; an admin can restore it for 30 days' })
  @ApiConflictResponse({ description: 'Only an idea is deleted' })
  @ApiNotFoundResponse({ description: 'No such project within your reach' })
  async delete(@SignedInUser() user: CurrentUser, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.deletion.delete(user, id);
  }

  @Get('deleted-ideas')
  @Roles(...IDEA_RESTORER_ROLES)
  @ApiOkResponse({ type: [DeletedIdeaDto], description: 'Deleted ideas still restorable, latest first' })
  listDeleted(): Promise<DeletedIdea[]> {
    return this.deletion.listDeleted();
  }

  @Post('deleted-ideas/:id/restore')
  @Roles(...IDEA_RESTORER_ROLES)
  @ApiCreatedResponse({ type: ProjectDto, description: 'The idea, back on the board' })
  @ApiConflictResponse({ description: 'Deleted more than 30 days ago' })
  restore(@SignedInUser() user: CurrentUser, @Param('id', ParseIdPipe) id: string): Promise<Project> {
    return this.deletion.restore(user, id);
  }
}
