import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, MailLogPage } from '@gp/domain';
import { Roles, SignedInUser } from '@gp/api/core';
import { MailLogPageDto, MailLogQueryDto } from './mail-log.dto';
import { MailLogService } from './mail-log.service';

@ApiTags('mail log')
@Controller('mail-log')
@Roles('admin')
export class MailLogController {
  constructor(private readonly mailLog: MailLogService) {}

  @Get()
  @ApiOkResponse({ type: MailLogPageDto })
  page(@Query() query: MailLogQueryDto): Promise<MailLogPage> {
    return this.mailLog.page(query.limit, query.offset);
  }

  @Post('test')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A test email to oneself was queued' })
  sendTest(@SignedInUser() user: CurrentUser): Promise<{ messageId: string }> {
    return this.mailLog.sendTest(user);
  }
}
