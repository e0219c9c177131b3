import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, ROLES, type CurrentUser, type Language, type Role } from '@gp/domain';

/** The signed-in person as the OpenAPI document describes them; user accounts extend it. */
export class CurrentUserDto implements CurrentUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String], format: 'uuid' }) departmentIds: string[];
  @ApiProperty({ enum: LANGUAGES }) language: Language;
}
