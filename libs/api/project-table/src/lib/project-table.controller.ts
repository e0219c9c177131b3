import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  EXPORT_FORMATS,
  OUTCOMES,
  PROJECT_TABLE_PAGE_MAX,
  PROJECT_TABLE_SORTABLE,
  STAGES,
  type CurrentUser,
  type ProjectTableColumnsPreference,
  type ProjectTableExportQuery,
  type ProjectTablePage,
  type ProjectTableQuery,
} from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { ProjectTableColumnsDto, ProjectTablePageDto } from './project-table.dto';
import { ProjectTableExportService } from './project-table-export.service';
import { ColumnChoicePipe, ProjectTableExportQueryPipe, ProjectTableQueryPipe } from './project-table.pipes';
import { ProjectTableService } from './project-table.service';

/** The table's filters as OpenAPI lists them; the pipes read them by libs/domain's rule. */
const TableFilters = (): MethodDecorator => (target, key, descriptor) => {
  const parameters: Array<Parameters<typeof ApiQuery>[0]> = [
    { name: 'programmeId', required: false, schema: { type: 'string', format: 'uuid' } },
    { name: 'departmentId', required: false, schema: { type: 'string', format: 'uuid' } },
    { name: 'projectLeadId', required: false, schema: { type: 'string', format: 'uuid' } },
    { name: 'year', required: false, schema: { type: 'integer', minimum: 2000, maximum: 2100 } },
    {
      name: 'q',
      required: false,
      description: 'Free text: title, purpose, partners, programme and call',
      schema: { type: 'string' },
    },
    { name: 'stage', required: false, isArray: true, enum: STAGES },
    { name: 'outcome', required: false, isArray: true, enum: OUTCOMES },
    { name: 'sort', required: false, enum: PROJECT_TABLE_SORTABLE },
    { name: 'direction', required: false, enum: ['asc', 'desc'] },
  ];
  for (const parameter of parameters) ApiQuery(parameter)(target, key, descriptor);
};

/**
 * The table of projects (`/projects` in the web app). Its own controller under projects/table,
 * registered before the projects' `:id` routes, so `table` is never read as a project's id.
 */
@ApiTags('project-table')
@Controller('projects/table')
export class ProjectTableController {
  constructor(
    private readonly table: ProjectTableService,
    private readonly exports: ProjectTableExportService,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  @TableFilters()
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: PROJECT_TABLE_PAGE_MAX } })
  @ApiOkResponse({ type: ProjectTablePageDto, description: 'One page of the projects you read, and the total' })
  @ApiBadRequestResponse({ description: 'A parameter the table does not know or cannot take; `errors` names it' })
  page(
    @SignedInUser() user: CurrentUser,
    @Query(ProjectTableQueryPipe) query: ProjectTableQuery,
  ): Promise<ProjectTablePage> {
    return this.table.page(user, query);
  }

  @Get('export')
  @Roles(...ALL_ROLES)
  @TableFilters()
  @ApiQuery({ name: 'format', required: true, enum: EXPORT_FORMATS })
  @ApiQuery({
    name: 'columns',
    required: false,
    description: 'Column names joined by commas; your chosen columns when left out',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'Every matching project (all pages) as a file, in your language' })
  @ApiBadRequestResponse({ description: 'A parameter the export does not know or cannot take; `errors` names it' })
  async export(
    @SignedInUser() user: CurrentUser,
    @Query(ProjectTableExportQueryPipe) query: ProjectTableExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    await this.exports.send(user, query, response);
  }

  @Get('columns')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ProjectTableColumnsDto, description: 'Your chosen columns, or the default ones' })
  columns(@SignedInUser() user: CurrentUser): Promise<ProjectTableColumnsPreference> {
    return this.table.columns(user);
  }

  @Put('columns')
  @Roles(...ALL_ROLES)
  @ApiBody({ type: ProjectTableColumnsDto })
  @ApiOkResponse({ type: ProjectTableColumnsDto, description: 'Your columns, kept for the next time' })
  @ApiBadRequestResponse({ description: 'An unknown or repeated column, or none' })
  chooseColumns(
    @SignedInUser() user: CurrentUser,
    @Body(ColumnChoicePipe) choice: ProjectTableColumnsPreference,
  ): Promise<ProjectTableColumnsPreference> {
    return this.table.chooseColumns(user, choice);
  }
}
