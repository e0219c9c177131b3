import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Board, BoardColumnPage, CurrentUser } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { BoardService } from './board.service';
import { BoardColumnPageDto, BoardDto, BoardPageQueryDto, BoardQueryDto } from './dto/board.dto';

@ApiTags('board')
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: BoardDto,
    description:
      'Five columns, each with its first page of cards (most recently changed first), its count and sums over every matching card, and the cursor of its next page',
  })
  get(@SignedInUser() user: CurrentUser, @Query() filters: BoardQueryDto): Promise<Board> {
    return this.board.board(user, filters);
  }

  @Get('page')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: BoardColumnPageDto,
    description: "One column's next cards after the cursor, with the board's filters (show more)",
  })
  page(@SignedInUser() user: CurrentUser, @Query() query: BoardPageQueryDto): Promise<BoardColumnPage> {
    return this.board.page(user, query);
  }
}
