import { ApiProperty } from '@nestjs/swagger';
import type { Department, DepartmentInput } from '@gp/domain';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Min } from 'class-validator';
import { FIELD_LIMITS } from '@gp/domain';
import { TextLength } from '@gp/api/core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDepartmentDto implements DepartmentInput {
  @ApiProperty({ example: 'Utbildningsförvaltningen' })
  @Transform(trim)
  @IsString()
  @TextLength('name', FIELD_LIMITS.department.name)
  name: string;
}

export class UpdateDepartmentDto extends CreateDepartmentDto {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class DepartmentDto implements Department {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() version: number;
}
