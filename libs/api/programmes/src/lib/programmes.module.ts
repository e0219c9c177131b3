import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

@Module({
  imports: [DeadlineSyncModule],
  controllers: [ProgrammesController],
  providers: [ProgrammesService],
})
export class ProgrammesModule {}
