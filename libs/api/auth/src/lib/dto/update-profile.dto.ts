import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language, type UpdateProfileInput } from '@gp/domain';
import { IsIn } from 'class-validator';

export class UpdateProfileDto implements UpdateProfileInput {
  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language: Language;
}
