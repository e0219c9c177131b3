import { BadRequestException, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { parseMailStatusFilter, type CurrentUser, type MailLogEntry, type MailLogPage } from '@gp/domain';
import { Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { MailLogEntryDto, MailLogPageDto, MailLogQueryDto, ResendMailDto } from './mail-log.dto';
import { MailLogService } from './mail-log.service';

@ApiTags('mail log')
@Controller('mail-log')
@Roles('admin')
export class MailLogController {
  constructor(private readonly mailLog: MailLogService) {}

  @Get()
  @ApiOkResponse({ type: MailLogPageDto })
  @ApiBadRequestResponse({ description: 'unknown_mail_status: a status the mail log does not have' })
  page(@Query() query: MailLogQueryDto): Promise<MailLogPage> {
    const filter = parseMailStatusFilter(query.status);
    // 400, as the brief of the filter says: an unknown word in the address, not a form field to fix.
    if (filter.unknown.length > 0)
      throw new BadRequestException({
        code: 'unknown_mail_status',
        message: `Unknown mail status: ${filter.unknown.join(', ')}.`,
        errors: { status: [`Unknown mail status: ${filter.unknown.join(', ')}`] },
      });
    return this.mailLog.page(query.limit, query.offset, filter.statuses);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @ApiOkResponse({ type: MailLogEntryDto, description: 'The email, queued again' })
  @ApiConflictResponse({ description: 'resend_needs_confirmation (flagged) or mail_not_resendable' })
  resend(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ResendMailDto,
  ): Promise<MailLogEntry> {
    return this.mailLog.resend(id, body.confirm === true, user);
  }

  @Post('test')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A test email to oneself was queued' })
  sendTest(@SignedInUser() user: CurrentUser): Promise<{ messageId: string }> {
    return this.mailLog.sendTest(user);
  }
}
