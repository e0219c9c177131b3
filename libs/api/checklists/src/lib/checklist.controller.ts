import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IDEA_CREATOR_ROLES, type ChecklistItem, type CurrentUser } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { ChecklistItemDto, ChecklistItemInputDto, ReorderDto, UpdateChecklistItemDto } from './checklist.dto';
import { ChecklistService } from './checklist.service';

/** Writes are open to the roles that can edit some project; the service checks this project. */
@ApiTags('checklists')
@Controller()
export class ChecklistController {
  constructor(private readonly checklist: ChecklistService) {}

  @Get('projects/:projectId/checklist')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [ChecklistItemDto],
    description: 'The application checklist, in order, with due days',
  })
  list(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<ChecklistItem[]> {
    return this.checklist.list(user, projectId);
  }

  @Post('projects/:projectId/checklist')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiCreatedResponse({ type: ChecklistItemDto, description: 'The new item, last in the checklist' })
  @ApiForbiddenResponse({ description: 'You read this project but do not edit it' })
  add(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Body() body: ChecklistItemInputDto,
  ): Promise<ChecklistItem> {
    return this.checklist.add(user, projectId, body);
  }

  @Put('projects/:projectId/checklist/order')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiOkResponse({ type: [ChecklistItemDto] })
  @ApiConflictResponse({ description: 'The ids are not exactly the checklist’s items' })
  reorder(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Body() body: ReorderDto,
  ): Promise<ChecklistItem[]> {
    return this.checklist.reorder(user, projectId, body.ids);
  }

  @Patch('checklist-items/:id')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiOkResponse({ type: ChecklistItemDto })
  @ApiConflictResponse({ description: 'A newer version exists; the body carries it' })
  update(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateChecklistItemDto,
  ): Promise<ChecklistItem> {
    return this.checklist.update(user, id, body);
  }

  @Delete('checklist-items/:id')
  @Roles(...IDEA_CREATOR_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  remove(@SignedInUser() user: CurrentUser, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.checklist.remove(user, id);
  }
}
