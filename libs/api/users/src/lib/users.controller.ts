import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, UserAccount } from '@gp/domain';
import { Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { CreateUserDto, UpdateUserDto, UserAccountDto } from './dto/user-account.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: [UserAccountDto] })
  list(): Promise<UserAccount[]> {
    return this.users.list();
  }

  @Post()
  @ApiCreatedResponse({ type: UserAccountDto })
  @ApiConflictResponse({ description: 'The email address has an account already' })
  create(@Body() body: CreateUserDto): Promise<UserAccount> {
    return this.users.create(body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserAccountDto })
  @ApiConflictResponse({ description: 'A newer version exists; the body carries it' })
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateUserDto,
    @SignedInUser() actor: CurrentUser,
  ): Promise<UserAccount> {
    return this.users.update(id, body, actor);
  }
}
