import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FIELD_LIMITS } from '@gp/domain';
import type { ProjectFilters } from './project-filters';

/** The filters the board and the calendar share, as query parameters. */
export class ProjectFilterQueryDto implements ProjectFilters {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'programmeId must be a programme id' })
  programmeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'departmentId must be a department id' })
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'projectLeadId must be a person id' })
  projectLeadId?: string;

  @ApiPropertyOptional({ description: 'Free text' })
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.search.query.max)
  q?: string;
}
