import { ApiProperty } from '@nestjs/swagger';
import type { PasswordResetInput } from '@gp/domain';
import { IsString, Matches } from 'class-validator';
import { IsNewPassword } from './is-new-password';

export class PasswordResetDto implements PasswordResetInput {
  @ApiProperty({ description: 'The secret after # in the emailed link' })
  @IsString()
  // 32 random bytes in base64url are 43 characters; anything else is no link of ours.
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not the secret of a link' })
  token: string;

  @IsNewPassword()
  newPassword: string;
}
