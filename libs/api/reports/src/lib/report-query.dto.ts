import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { ReportQuery } from '@gp/domain';
import { IsCalendarDate, Optional } from '@gp/api/core';

/** The report's period and the board's filters, as query parameters. */
export class ReportQueryDto implements ReportQuery {
  @ApiProperty({ format: 'date', example: '2027-01-01', description: 'First day of the period' })
  @IsCalendarDate('from')
  from: string;

  @ApiProperty({ format: 'date', example: '2027-12-31', description: 'Last day, at most ten years on' })
  @IsCalendarDate('to')
  to: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'programmeId must be a programme id' })
  programmeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'departmentId must be a department id' })
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'projectLeadId must be a person id' })
  projectLeadId?: string;
}
