import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIELD_LIMITS,
  LANGUAGES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type CreateUserInput,
  type Language,
  type Role,
  type UpdateUserInput,
  type UserAccount,
} from '@gp/domain';
import { Transform } from 'class-transformer';
import { CurrentUserDto, IsEmailAddress, IsVersion, Optional, SingleLineText } from '@gp/api/core';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto implements CreateUserInput {
  @ApiProperty({ example: 'anna.berg@kommun.se' })
  @Transform(trim)
  @IsEmailAddress('email')
  email: string;

  @ApiProperty({ example: 'Anna Berg' })
  @Transform(trim)
  @SingleLineText('name', FIELD_LIMITS.person.name)
  name: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    description: 'The first password; the person changes it after signing in',
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayUnique({ message: 'roles must name each role once' })
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  roles: Role[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayUnique({ message: 'departmentIds must name each department once' })
  @ArrayMaxSize(FIELD_LIMITS.person.maxDepartments)
  @IsUUID('all', { each: true, message: 'each department id must be a uuid' })
  departmentIds: string[];

  @ApiProperty({ enum: LANGUAGES, default: 'sv' })
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language: Language;
}

export class UpdateUserDto implements UpdateUserInput {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsVersion()
  version: number;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @SingleLineText('name', FIELD_LIMITS.person.name)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @Optional()
  @IsArray()
  @ArrayUnique({ message: 'roles must name each role once' })
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  roles?: Role[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @Optional()
  @IsArray()
  @ArrayUnique({ message: 'departmentIds must name each department once' })
  @ArrayMaxSize(FIELD_LIMITS.person.maxDepartments)
  @IsUUID('all', { each: true, message: 'each department id must be a uuid' })
  departmentIds?: string[];

  @ApiPropertyOptional({ enum: LANGUAGES })
  @Optional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class UserAccountDto extends CurrentUserDto implements UserAccount {
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
