import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Board, CurrentUser } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { BoardService } from './board.service';
import { BoardDto, BoardQueryDto } from './dto/board.dto';

@ApiTags('board')
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: BoardDto,
    description: 'Five columns; the closed one lists the most recent projects and counts all',
  })
  get(@SignedInUser() user: CurrentUser, @Query() filters: BoardQueryDto): Promise<Board> {
    return this.board.board(user, filters);
  }
}
