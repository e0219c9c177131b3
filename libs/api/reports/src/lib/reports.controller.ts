import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { CurrentUser, PortfolioReport } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { ReportQueryDto } from './report-query.dto';
import { PortfolioReportDto } from './report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

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
}
