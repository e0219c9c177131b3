import { ApiProperty, PickType } from '@nestjs/swagger';
import type { ReportQuery } from '@gp/domain';
import { IsCalendarDate } from '@gp/api/core';
import { ProjectFilterQueryDto } from '@gp/api/project-access';

/** The report's period and the board's filters (free text aside), as query parameters. */
export class ReportQueryDto
  extends PickType(ProjectFilterQueryDto, ['programmeId', 'departmentId', 'projectLeadId'] as const)
  implements ReportQuery
{
  @ApiProperty({ format: 'date', example: '2027-01-01', description: 'First day of the period' })
  @IsCalendarDate('from')
  from: string;

  @ApiProperty({ format: 'date', example: '2027-12-31', description: 'Last day, at most ten years on' })
  @IsCalendarDate('to')
  to: string;
}
