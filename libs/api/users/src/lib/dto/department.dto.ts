import { ApiProperty } from '@nestjs/swagger';
import type { Department, DepartmentInput } from '@gp/domain';
import { Transform } from 'class-transformer';
import { FIELD_LIMITS } from '@gp/domain';
import { IsVersion, SingleLineText } from '@gp/api/core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDepartmentDto implements DepartmentInput {
  @ApiProperty({ example: 'Utbildningsförvaltningen' })
  @Transform(trim)
  @SingleLineText('name', FIELD_LIMITS.department.name)
  name: string;
}

export class UpdateDepartmentDto extends CreateDepartmentDto {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsVersion()
  version: number;
}

export class DepartmentDto implements Department {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() version: number;
}
