import { Module } from '@nestjs/common';
import { ExchangeRatesController } from './exchange-rates.controller';
import { ExchangeRatesService } from './exchange-rates.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ReportTableExportService } from './report-table-export.service';

/** The portfolio's reports for management and politicians, and the exchange rates their sums use. */
@Module({
  controllers: [ExchangeRatesController, ReportsController],
  providers: [ExchangeRatesService, ReportsService, ReportTableExportService],
  exports: [ReportsService],
})
export class ReportsModule {}
