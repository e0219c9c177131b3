import { ApiProperty } from '@nestjs/swagger';
import { FIELD_LIMITS, type ChangePasswordInput } from '@gp/domain';
import { IsString, MaxLength } from 'class-validator';
import { IsNewPassword } from './is-new-password';

export class ChangePasswordDto implements ChangePasswordInput {
  @ApiProperty()
  @IsString()
  @MaxLength(FIELD_LIMITS.person.passwordAttempt.max)
  currentPassword: string;

  @IsNewPassword()
  newPassword: string;
}
