import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  exchangeRateInputProblem,
  isCurrency,
  isRateMonth,
  reportingCurrencyOf,
  type CurrentUser,
  type ExchangeRate,
  type ExchangeRateInput,
  type ReportingCurrency,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { ExchangeRateEntity } from '@gp/api/data';

/** The monthly rates into the reporting currency: read by everyone, kept by admins. */
@Injectable()
export class ExchangeRatesService {
  readonly reportingCurrency: ReportingCurrency;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reportingCurrency = reportingCurrencyOf(config.country);
  }

  /** Every rate, the latest month first. */
  async list(): Promise<ExchangeRate[]> {
    const rows = await this.dataSource
      .getRepository(ExchangeRateEntity)
      .createQueryBuilder('rate')
      .orderBy('rate.month', 'DESC')
      .addOrderBy('rate.currency', 'ASC')
      .getMany();
    return rows.map(toExchangeRate);
  }

  /** Keeps the month's rate of the currency: a new one, or the one there replaced (no longer demo). */
  async put(user: CurrentUser, input: ExchangeRateInput): Promise<ExchangeRate> {
    // The DTO checked the shapes; the reporting currency is the installation's, so it is asked here.
    const problem = exchangeRateInputProblem(input, this.reportingCurrency);
    if (problem) throw DomainError.invalid(problem.field, problem.message);
    const [row] = await this.dataSource.query(
      `INSERT INTO exchange_rate (currency, month, rate, source, demo, updated_by_id, updated_at)
       VALUES ($1, $2, $3, $4, false, $5, now())
       ON CONFLICT (currency, month) DO UPDATE
         SET rate = EXCLUDED.rate, source = EXCLUDED.source, demo = false,
             updated_by_id = EXCLUDED.updated_by_id, updated_at = now()
       RETURNING currency, to_char(month, 'YYYY-MM-DD') AS month, rate, source, demo`,
      [input.currency, `${input.month}-01`, input.rate.toFixed(6), input.source, user.id],
    );
    return toExchangeRate(row);
  }

  /** Removes a month's rate: sums that needed it list the amounts as missing again. */
  async remove(currency: string, month: string): Promise<void> {
    if (!isCurrency(currency)) throw DomainError.invalid('currency', 'currency must be EUR, SEK or NOK');
    if (!isRateMonth(month))
      throw DomainError.invalid('month', 'month must be a month written YYYY-MM, such as 2027-03');
    const result = await this.dataSource
      .getRepository(ExchangeRateEntity)
      .delete({ currency, month: `${month}-01` });
    if (!result.affected) throw DomainError.notFound(`The rate of ${currency} for ${month}`);
  }
}

function toExchangeRate(row: Pick<ExchangeRateEntity, 'currency' | 'month' | 'rate' | 'source' | 'demo'>): ExchangeRate {
  return {
    currency: row.currency,
    month: String(row.month).slice(0, 7),
    rate: Number(row.rate),
    source: row.source,
    demo: row.demo,
  };
}
