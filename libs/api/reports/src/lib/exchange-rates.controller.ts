import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, ExchangeRate } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { ExchangeRateDto, ExchangeRateInputDto } from './exchange-rates.dto';
import { ExchangeRatesService } from './exchange-rates.service';

@ApiTags('exchange-rates')
@Controller('exchange-rates')
export class ExchangeRatesController {
  constructor(private readonly rates: ExchangeRatesService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [ExchangeRateDto], description: 'Every monthly rate into the reporting currency' })
  list(): Promise<ExchangeRate[]> {
    return this.rates.list();
  }

  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: ExchangeRateDto, description: 'The month’s rate, added or replaced' })
  @ApiBadRequestResponse({ description: 'A field is wrong, or the currency is the reporting one' })
  put(@SignedInUser() user: CurrentUser, @Body() body: ExchangeRateInputDto): Promise<ExchangeRate> {
    return this.rates.put(user, body);
  }

  @Delete(':currency/:month')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  remove(@Param('currency') currency: string, @Param('month') month: string): Promise<void> {
    return this.rates.remove(currency, month);
  }
}
