import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { TEMPLATE_EDITOR_ROLES, type ChecklistTemplateItem } from '@gp/domain';
import { ALL_ROLES, Roles, ParseIdPipe } from '@gp/api/core';
import {
  ProgrammeTemplateItemInputDto,
  ReorderDto,
  TemplateItemDto,
  UpdateProgrammeTemplateItemDto,
} from './checklist.dto';
import { ChecklistTemplatesService } from './checklist-templates.service';

@ApiTags('checklists')
@Controller()
export class ChecklistTemplatesController {
  constructor(private readonly templates: ChecklistTemplatesService) {}

  @Get('programmes/:programmeId/checklist-template')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [TemplateItemDto], description: 'The programme’s checklist template, in order' })
  list(@Param('programmeId', ParseIdPipe) programmeId: string): Promise<ChecklistTemplateItem[]> {
    return this.templates.list(programmeId);
  }

  @Post('programmes/:programmeId/checklist-template')
  @Roles(...TEMPLATE_EDITOR_ROLES)
  @ApiCreatedResponse({ type: TemplateItemDto, description: 'The new line, last in the template' })
  add(
    @Param('programmeId', ParseIdPipe) programmeId: string,
    @Body() body: ProgrammeTemplateItemInputDto,
  ): Promise<ChecklistTemplateItem> {
    return this.templates.add(programmeId, body);
  }

  @Put('programmes/:programmeId/checklist-template/order')
  @Roles(...TEMPLATE_EDITOR_ROLES)
  @ApiOkResponse({ type: [TemplateItemDto] })
  @ApiConflictResponse({ description: 'The ids are not exactly the template’s lines' })
  reorder(
    @Param('programmeId', ParseIdPipe) programmeId: string,
    @Body() body: ReorderDto,
  ): Promise<ChecklistTemplateItem[]> {
    return this.templates.reorder(programmeId, body.ids);
  }

  @Patch('checklist-template-items/:id')
  @Roles(...TEMPLATE_EDITOR_ROLES)
  @ApiOkResponse({ type: TemplateItemDto })
  @ApiConflictResponse({ description: 'A newer version exists; the body carries it' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateProgrammeTemplateItemDto,
  ): Promise<ChecklistTemplateItem> {
    return this.templates.update(id, body);
  }

  @Delete('checklist-template-items/:id')
  @Roles(...TEMPLATE_EDITOR_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; checklists made from it keep their copy' })
  remove(@Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.templates.remove(id);
  }
}
