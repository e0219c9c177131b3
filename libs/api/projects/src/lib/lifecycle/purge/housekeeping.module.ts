import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@gp/api/core';
import { DeletedIdeaPurger } from './deleted-idea.purger';
import { HousekeepingProcessor } from './housekeeping.processor';
import { HousekeepingSchedulers } from './housekeeping-schedulers';

/** The worker's `housekeeping` queue: the nightly purge of deleted ideas past their 30 days. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Housekeeping })],
  providers: [DeletedIdeaPurger, HousekeepingProcessor, HousekeepingSchedulers],
  exports: [DeletedIdeaPurger, HousekeepingSchedulers],
})
export class HousekeepingModule {}
