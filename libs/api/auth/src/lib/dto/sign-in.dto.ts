import { ApiProperty } from '@nestjs/swagger';
import type { SignInInput } from '@gp/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class SignInDto implements SignInInput {
  @ApiProperty({ example: 'samordnare@demo.kommun.se' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'demo-password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}
