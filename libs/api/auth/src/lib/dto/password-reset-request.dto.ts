import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import type { PasswordResetRequestInput } from '@gp/domain';
import { IsEmailAddress } from '@gp/api/core';

export class PasswordResetRequestDto implements PasswordResetRequestInput {
  @ApiProperty({ example: 'samordnare@demo.kommun.se' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmailAddress('email')
  email: string;
}
