import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { MailOutboxModule } from '@gp/api/mail';
import { CoFundingController } from './co-funding.controller';
import { CoFundingService } from './co-funding.service';

/** Co-funding: requests to departments, their decisions, the approvals inbox and the emails. */
@Module({
  imports: [DeadlineSyncModule, MailOutboxModule],
  controllers: [CoFundingController],
  providers: [CoFundingService],
})
export class CoFundingModule {}
