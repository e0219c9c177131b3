import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordResetInput } from '@gp/domain';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class PasswordResetDto implements PasswordResetInput {
  @ApiProperty({ description: 'The secret after # in the emailed link' })
  @IsString()
  // 32 random bytes in base64url are 43 characters; anything else is no link of ours.
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not the secret of a link' })
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `newPassword must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  newPassword: string;
}
