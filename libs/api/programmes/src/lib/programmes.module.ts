import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@gp/api/data';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

@Module({
  imports: [DeadlinesModule],
  controllers: [ProgrammesController],
  providers: [ProgrammesService],
})
export class ProgrammesModule {}
