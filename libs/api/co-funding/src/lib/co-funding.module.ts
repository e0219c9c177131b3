import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { MailOutboxModule } from '@gp/api/mail';
import { CoFundingController } from './co-funding.controller';
import { CoFundingService } from './co-funding.service';
import { CoFundingBodyDecisions } from './co-funding-body-decisions.service';
import { CoFundingDecisionsController } from './co-funding-decisions.controller';
import { CoFundingLedgerExportService } from './co-funding-ledger-export.service';
import { CoFundingLedgerService } from './co-funding-ledger.service';
import { DecisionBodiesService } from './decision-bodies.service';

/**
 * Co-funding: requests to departments, who decides them and by when (delegation, bodies, meeting
 * plans), their decisions, the approvals inbox, the ledger per budget year and the emails.
 */
@Module({
  imports: [DeadlineSyncModule, MailOutboxModule],
  controllers: [CoFundingController, CoFundingDecisionsController],
  providers: [
    CoFundingService,
    CoFundingBodyDecisions,
    DecisionBodiesService,
    CoFundingLedgerService,
    CoFundingLedgerExportService,
  ],
})
export class CoFundingModule {}
