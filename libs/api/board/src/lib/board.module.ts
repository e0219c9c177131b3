import { Module } from '@nestjs/common';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';

/** The board: the portfolio's cards per stage, filtered, with their checklist and co-funding state. */
@Module({
  controllers: [BoardController],
  providers: [BoardService],
})
export class BoardModule {}
