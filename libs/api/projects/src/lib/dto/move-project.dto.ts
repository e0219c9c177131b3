import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { FIELD_LIMITS, OUTCOMES, STAGES, type MoveProjectInput, type Outcome, type Stage } from '@gp/domain';

export class MoveProjectDto implements MoveProjectInput {
  @ApiProperty({ enum: STAGES })
  @IsIn(STAGES, { message: `to must be one of ${STAGES.join(', ')}` })
  to: Stage;

  @ApiProperty({ description: 'The version the move was based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({
    enum: OUTCOMES,
    description: 'The funder’s answer when deciding, or how the project ended when closing',
  })
  @IsOptional()
  @IsIn(OUTCOMES, { message: `outcome must be one of ${OUTCOMES.join(', ')}` })
  outcome?: Outcome;

  @ApiPropertyOptional({ description: 'The amount granted, in minor units, when the decision is a grant' })
  @IsOptional()
  @IsInt({ message: 'grantedMinor must be a whole number of minor units' })
  @Min(1, { message: 'grantedMinor must be more than 0' })
  @Max(Number.MAX_SAFE_INTEGER)
  grantedMinor?: number;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decisionDate must be a date (YYYY-MM-DD)' })
  decisionDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.move.comment.max)
  comment?: string;
}
