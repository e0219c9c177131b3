import { ApiProperty } from '@nestjs/swagger';
import type { SignInInput } from '@gp/domain';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { FIELD_LIMITS } from '@gp/domain';
import { IsEmailAddress } from '@gp/api/core';

export class SignInDto implements SignInInput {
  @ApiProperty({ example: 'samordnare@demo.kommun.se' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmailAddress('email')
  email: string;

  @ApiProperty({ example: 'demo-password' })
  @IsString()
  @MinLength(FIELD_LIMITS.person.passwordAttempt.min)
  @MaxLength(FIELD_LIMITS.person.passwordAttempt.max)
  password: string;
}
