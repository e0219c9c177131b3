import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '@gp/domain';
import { Optional, QueryInteger } from '@gp/api/core';

/** The ledger as a file: its format, and one budget year or all of them, as the page shows. */
export class LedgerExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format: ExportFormat;

  @ApiPropertyOptional({ example: 2027, description: 'One budget year; every year when left out' })
  @Optional()
  @QueryInteger()
  @IsInt({ message: 'year must be a whole year, e.g. 2027' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year?: number;
}
