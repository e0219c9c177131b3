import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IDEA_CREATOR_ROLES, type CurrentUser, type Project, type StageMoveRecord } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { MoveProjectDto } from './dto/move-project.dto';
import { CreateIdeaDto, UpdateProjectDto } from './dto/project-input.dto';
import { ProjectDto, StageMoveRecordDto } from './dto/project.dto';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiCreatedResponse({ type: ProjectDto, description: 'A new idea' })
  createIdea(@SignedInUser() user: CurrentUser, @Body() body: CreateIdeaDto): Promise<Project> {
    return this.projects.createIdea(user, body);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ProjectDto })
  @ApiNotFoundResponse({ description: 'No such project within your reach' })
  get(@SignedInUser() user: CurrentUser, @Param('id', ParseIdPipe) id: string): Promise<Project> {
    return this.projects.get(user, id);
  }

  @Patch(':id')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiOkResponse({ type: ProjectDto })
  @ApiConflictResponse({ description: 'A newer version exists; the body carries it' })
  update(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateProjectDto,
  ): Promise<Project> {
    return this.projects.update(user, id, body);
  }

  @Post(':id/moves')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiCreatedResponse({ type: ProjectDto, description: 'The project in its new stage' })
  @ApiUnprocessableEntityResponse({
    description: 'The stage rules refuse the move; `reasons` says why, in your language',
  })
  @ApiConflictResponse({ description: 'A newer version exists; the body carries it' })
  move(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: MoveProjectDto,
  ): Promise<Project> {
    return this.projects.move(user, id, body);
  }

  @Post(':id/copy-to-next-call')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiCreatedResponse({ type: ProjectDto, description: 'A new attempt, linked to the rejected one' })
  @ApiUnprocessableEntityResponse({ description: 'Only a rejected application is copied' })
  copyToNextCall(@SignedInUser() user: CurrentUser, @Param('id', ParseIdPipe) id: string): Promise<Project> {
    return this.projects.copyToNextCall(user, id);
  }

  @Get(':id/history')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [StageMoveRecordDto] })
  history(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<StageMoveRecord[]> {
    return this.projects.history(user, id);
  }
}
