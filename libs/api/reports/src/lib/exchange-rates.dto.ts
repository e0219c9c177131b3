import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateBy } from 'class-validator';
import {
  CURRENCIES,
  EXCHANGE_RATE_SOURCE_LIMIT,
  isExchangeRate,
  isRateMonth,
  RATE_MOST_DECIMALS,
  type Currency,
  type ExchangeRate,
  type ExchangeRateInput,
} from '@gp/domain';
import { SingleLineText } from '@gp/api/core';

/** A month written YYYY-MM (libs/domain's isRateMonth). */
export const IsRateMonth = (field: string) =>
  ValidateBy({
    name: 'isRateMonth',
    validator: {
      validate: (value: unknown) => isRateMonth(value),
      defaultMessage: () => `${field} must be a month written YYYY-MM, such as 2027-03`,
    },
  });

/** A rate above 0 with at most six decimals (libs/domain's isExchangeRate). */
const IsExchangeRate = () =>
  ValidateBy({
    name: 'isExchangeRate',
    validator: {
      validate: (value: unknown) => isExchangeRate(value),
      defaultMessage: () =>
        `rate must be a number above 0 with at most ${RATE_MOST_DECIMALS} decimals, such as 11.0925`,
    },
  });

export class ExchangeRateInputDto implements ExchangeRateInput {
  @ApiProperty({ enum: CURRENCIES, description: 'Not the reporting currency: that needs no rate' })
  @IsIn(CURRENCIES, { message: 'currency must be EUR, SEK or NOK' })
  currency: Currency;

  @ApiProperty({ example: '2027-03' })
  @IsRateMonth('month')
  month: string;

  @ApiProperty({ example: 11.0925, description: 'Reporting-currency units for one unit of currency' })
  @IsExchangeRate()
  rate: number;

  @ApiProperty({ example: 'InforEuro' })
  @SingleLineText('source', EXCHANGE_RATE_SOURCE_LIMIT)
  source: string;
}

export class ExchangeRateDto implements ExchangeRate {
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty({ example: '2027-03' }) month: string;
  @ApiProperty({ example: 11.0925 }) rate: number;
  @ApiProperty() source: string;
  @ApiProperty({ description: 'A plausible demo rate, not a real one' }) demo: boolean;
}
