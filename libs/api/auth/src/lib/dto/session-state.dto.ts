import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SessionState } from '@gp/domain';
import { CurrentUserDto } from '@gp/api/core';

export class SessionStateDto implements SessionState {
  @ApiPropertyOptional({ type: CurrentUserDto, nullable: true }) user: CurrentUserDto | null;
  @ApiProperty({ description: 'Send back in the x-csrf-token header of every write' }) csrfToken: string;
}
