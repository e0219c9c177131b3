import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsColumnInteger,
  IsRatePercentOrNull,
  IsVersion,
  IsWebLinkOrNull,
  MultiLineText,
  Optional,
  SingleLineText,
} from '@gp/api/core';
import { IsIn } from 'class-validator';
import {
  FIELD_LIMITS,
  PROGRAMME_KINDS,
  type Programme,
  type ProgrammeInput,
  type ProgrammeKind,
} from '@gp/domain';
import { CallDto } from './call.dto';

export class ProgrammeInputDto implements ProgrammeInput {
  @ApiProperty({ example: 'Interreg Central Baltic' })
  @SingleLineText('name', FIELD_LIMITS.programme.name)
  name: string;

  @ApiProperty({ example: 'Interreg Central Baltic (gemensamt sekretariat, Åbo)' })
  @SingleLineText('funder', FIELD_LIMITS.programme.funder)
  funder: string;

  @ApiProperty({ enum: PROGRAMME_KINDS })
  @IsIn(PROGRAMME_KINDS, { message: `kind must be one of ${PROGRAMME_KINDS.join(', ')}` })
  kind: ProgrammeKind;

  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: 100, example: 80 })
  @IsRatePercentOrNull('coFinancingRatePercent')
  coFinancingRatePercent: number | null;

  @ApiProperty({ nullable: true, type: String })
  @IsWebLinkOrNull('link')
  link: string | null;

  @ApiProperty()
  @MultiLineText('descriptionSv', FIELD_LIMITS.programme.description)
  descriptionSv: string;

  @ApiProperty()
  @MultiLineText('descriptionEn', FIELD_LIMITS.programme.description)
  descriptionEn: string;

  @ApiPropertyOptional({
    default: 5,
    description: 'Working days before a deadline the application needs the extract of the co-funding minutes',
  })
  @Optional()
  @IsColumnInteger('extractWorkingDays', 0, 60)
  extractWorkingDays?: number;
}

export class UpdateProgrammeDto extends ProgrammeInputDto {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsVersion()
  version: number;
}

export class ProgrammeDto implements Programme {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() funder: string;
  @ApiProperty({ enum: PROGRAMME_KINDS }) kind: ProgrammeKind;
  @ApiProperty({ nullable: true, type: Number }) coFinancingRatePercent: number | null;
  @ApiProperty({ nullable: true, type: String }) link: string | null;
  @ApiProperty() descriptionSv: string;
  @ApiProperty() descriptionEn: string;
  @ApiProperty() extractWorkingDays: number;
  @ApiProperty() version: number;
  @ApiProperty({ type: [CallDto] }) calls: CallDto[];
}
