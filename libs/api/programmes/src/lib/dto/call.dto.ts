import { ApiProperty } from '@nestjs/swagger';
import {
  IsCalendarDate,
  IsLocalDateTime,
  IsRatePercentOrNull,
  IsVersion,
  IsWebLinkOrNull,
  Nullable,
  SingleLineText,
} from '@gp/api/core';
import { IsIn, IsInt, Max, Min, ValidateIf } from 'class-validator';
import { FIELD_LIMITS, CURRENCIES, type Call, type CallInput, type Currency } from '@gp/domain';
import { IsTimeZone } from './is-time-zone.validator';

export class CallInputDto implements CallInput {
  @ApiProperty({ example: 'KA220 Samarbetspartnerskap' })
  @SingleLineText('title', FIELD_LIMITS.call.title)
  title: string;

  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2026-11-20' })
  @Nullable()
  @IsCalendarDate('opensOn')
  opensOn: string | null;

  @ApiProperty({
    example: '2027-03-05T12:00',
    description: 'Wall-clock time of the deadline in deadlineTimeZone',
  })
  @IsLocalDateTime('deadlineLocal')
  deadlineLocal: string;

  @ApiProperty({ example: 'Europe/Brussels' })
  @IsTimeZone()
  deadlineTimeZone: string;

  @ApiProperty({ nullable: true, type: Number, description: 'In minor units (cents, öre)' })
  @Nullable()
  @IsInt({ message: 'maxGrantMinor must be a whole number of minor units' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  maxGrantMinor: number | null;

  @ApiProperty({ nullable: true, enum: CURRENCIES })
  @ValidateIf((o: CallInputDto, value) => value !== null || o.maxGrantMinor !== null)
  @IsIn(CURRENCIES, {
    message: `maxGrantCurrency must be one of ${CURRENCIES.join(', ')} when maxGrantMinor is given`,
  })
  maxGrantCurrency: Currency | null;

  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: 100 })
  @IsRatePercentOrNull('coFinancingRatePercent')
  coFinancingRatePercent: number | null;

  @ApiProperty({ nullable: true, type: String })
  @IsWebLinkOrNull('link')
  link: string | null;
}

export class UpdateCallDto extends CallInputDto {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsVersion()
  version: number;
}

export class CallDto implements Call {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) opensOn: string | null;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty() deadlineTimeZone: string;
  @ApiProperty({ nullable: true, type: Number }) maxGrantMinor: number | null;
  @ApiProperty({ nullable: true, enum: CURRENCIES }) maxGrantCurrency: Currency | null;
  @ApiProperty({ nullable: true, type: Number }) coFinancingRatePercent: number | null;
  @ApiProperty({ nullable: true, type: String }) link: string | null;
  @ApiProperty() version: number;
}
