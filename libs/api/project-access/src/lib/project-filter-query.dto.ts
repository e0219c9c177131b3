import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { FIELD_LIMITS } from '@gp/domain';
import { HasNoControlCharacters, Optional } from '@gp/api/core';
import type { ProjectFilters } from './project-filters';

/** The filters the board and the calendar share, as query parameters. */
export class ProjectFilterQueryDto implements ProjectFilters {
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

  @ApiPropertyOptional({ description: 'Free text' })
  @Optional()
  @IsString({ message: 'q must be a text' })
  @MaxLength(FIELD_LIMITS.search.query.max, {
    message: `q must be at most ${FIELD_LIMITS.search.query.max} characters`,
  })
  @HasNoControlCharacters('q', 'single-line')
  q?: string;
}
