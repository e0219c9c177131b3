import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_LIMITS, type ReopenProjectInput } from '@gp/domain';
import { IsVersion, MultiLineText, Optional } from '@gp/api/core';

export class ReopenProjectDto implements ReopenProjectInput {
  @ApiProperty({ description: 'The version the reopen was based on' })
  @IsVersion()
  version: number;

  @ApiPropertyOptional({ description: 'Why it is reopened; kept in the stage history' })
  @Optional()
  @MultiLineText('comment', FIELD_LIMITS.move.comment)
  comment?: string;
}
