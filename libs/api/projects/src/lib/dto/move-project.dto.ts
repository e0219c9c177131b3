import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { FIELD_LIMITS, OUTCOMES, STAGES, type MoveProjectInput, type Outcome, type Stage } from '@gp/domain';
import { IsCalendarDate, IsVersion, MultiLineText, Optional } from '@gp/api/core';

export class MoveProjectDto implements MoveProjectInput {
  @ApiProperty({ enum: STAGES })
  @IsIn(STAGES, { message: `to must be one of ${STAGES.join(', ')}` })
  to: Stage;

  @ApiProperty({ description: 'The version the move was based on' })
  @IsVersion()
  version: number;

  @ApiPropertyOptional({
    enum: OUTCOMES,
    description: 'The funder’s answer when deciding, or how the project ended when closing',
  })
  @Optional()
  @IsIn(OUTCOMES, { message: `outcome must be one of ${OUTCOMES.join(', ')}` })
  outcome?: Outcome;

  @ApiPropertyOptional({ description: 'The amount granted, in minor units, when the decision is a grant' })
  @Optional()
  @IsInt({ message: 'grantedMinor must be a whole number of minor units' })
  @Min(1, { message: 'grantedMinor must be more than 0' })
  @Max(Number.MAX_SAFE_INTEGER)
  grantedMinor?: number;

  @ApiPropertyOptional({ format: 'date' })
  @Optional()
  @IsCalendarDate('decisionDate')
  decisionDate?: string;

  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('comment', FIELD_LIMITS.move.comment)
  comment?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only when moving to running' })
  @Optional()
  @IsCalendarDate('plannedStart')
  plannedStart?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only when moving to running' })
  @Optional()
  @IsCalendarDate('plannedEnd')
  plannedEnd?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only when moving to running' })
  @Optional()
  @IsCalendarDate('interimReportOn')
  interimReportOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only when moving to running' })
  @Optional()
  @IsCalendarDate('finalReportOn')
  finalReportOn?: string;

  @ApiPropertyOptional({ description: 'Only when closing: what the project achieved' })
  @Optional()
  @MultiLineText('results', FIELD_LIMITS.project.results)
  results?: string;
}
