import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import {
  coFundingLedgerCells,
  coFundingLedgerExportTitle,
  zonedWallTime,
  type CurrentUser,
  type ExportFormat,
} from '@gp/domain';
import { APP_CONFIG, type AppConfig } from '@gp/api/core';
import { sendSpreadsheet } from '@gp/api/export';
import { CoFundingLedgerService } from './co-funding-ledger.service';

const WORDS = {
  sv: { year: 'Budgetår', allYears: 'alla budgetår', exported: 'Exporterad av' },
  nb: { year: 'Budsjettår', allYears: 'alle budsjettår', exported: 'Eksportert av' },
  en: { year: 'Budget year', allYears: 'every budget year', exported: 'Exported by' },
} as const;

/** The co-funding ledger the person reads, as a file: the commitments a coordinator reports on. */
@Injectable()
export class CoFundingLedgerExportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ledger: CoFundingLedgerService,
  ) {}

  async send(
    user: CurrentUser,
    query: { format: ExportFormat; year?: number },
    response: Response,
  ): Promise<void> {
    const rows = (await this.ledger.ledger(user)).filter(
      (row) => query.year === undefined || row.year === query.year,
    );
    const { title, fileStem } = coFundingLedgerExportTitle(user.language);
    const words = WORDS[user.language];
    const now = zonedWallTime(new Date(), this.config.timeZone);
    const { columns, rows: cells } = coFundingLedgerCells(rows, user.language);
    await sendSpreadsheet(response, {
      format: query.format,
      fileName: `${fileStem}-${query.year ?? now.slice(0, 10)}`,
      sheetName: title,
      titleLines: [
        title,
        `${words.year}: ${query.year ?? words.allYears}`,
        `${words.exported} ${user.name}, ${now.replace('T', ' ')}`,
      ],
      columns,
      rows: (async function* () {
        yield* cells;
      })(),
    });
  }
}
