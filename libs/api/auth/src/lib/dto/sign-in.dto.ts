import { ApiProperty } from '@nestjs/swagger';
import type { SignInInput } from '@gp/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { FIELD_LIMITS } from '@gp/domain';

export class SignInDto implements SignInInput {
  @ApiProperty({ example: 'samordnare@demo.kommun.se' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(FIELD_LIMITS.person.email.max)
  email: string;

  @ApiProperty({ example: 'demo-password' })
  @IsString()
  @MinLength(FIELD_LIMITS.person.passwordAttempt.min)
  @MaxLength(FIELD_LIMITS.person.passwordAttempt.max)
  password: string;
}
