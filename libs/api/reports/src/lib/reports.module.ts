import { Module } from '@nestjs/common';
import { ExchangeRatesController } from './exchange-rates.controller';
import { ExchangeRatesService } from './exchange-rates.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The portfolio's reports for management and politicians, and the exchange rates their sums use. */
@Module({
  controllers: [ExchangeRatesController, ReportsController],
  providers: [ExchangeRatesService, ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
