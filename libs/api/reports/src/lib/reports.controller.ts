import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { REPORT_TABLES, type CurrentUser, type PortfolioReport, type ReportTable } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { ReportQueryDto } from './report-query.dto';
import { PortfolioReportDto } from './report.dto';
import { ReportsService } from './reports.service';
import { ReportTableExportService } from './report-table-export.service';
import { ReportTableQueryDto } from './report-table-query.dto';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly tables: ReportTableExportService,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: PortfolioReportDto,
    description:
      'The portfolio for the period and filters, over the projects the board shows you: applications, granted money, pipeline, deadlines, goals and forms, with the exchange rates the sums used',
  })
  @ApiUnprocessableEntityResponse({ description: 'A parameter is wrong; `errors` names it' })
  get(@SignedInUser() user: CurrentUser, @Query() query: ReportQueryDto): Promise<PortfolioReport> {
    return this.reports.report(user, query);
  }

  @Get('tables/:table')
  @Roles(...ALL_ROLES)
  @ApiParam({ name: 'table', enum: REPORT_TABLES })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'One of the report’s tables as a file, with the period, filters and rates above it' })
  @ApiBadRequestResponse({ description: 'No such table' })
  @ApiUnprocessableEntityResponse({ description: 'A parameter is wrong; `errors` names it' })
  async table(
    @SignedInUser() user: CurrentUser,
    @Param('table') table: string,
    @Query() query: ReportTableQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    if (!(REPORT_TABLES as readonly string[]).includes(table)) {
      const message = `table must be one of ${REPORT_TABLES.join(', ')}`;
      throw new BadRequestException({ statusCode: 400, code: 'validation_failed', message, errors: { table: [message] } });
    }
    await this.tables.send(user, table as ReportTable, query, response);
  }
}
