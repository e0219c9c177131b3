import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import {
  DEADLINE_KINDS,
  INTEGER_COLUMN_MAX,
  MAIL_STATUSES,
  type CurrentUser,
  type DeadlineKind,
  type NotificationLogEntry,
  type NotificationLogPage,
} from '@gp/domain';
import { ALL_ROLES, Optional, QueryInteger, Roles, SignedInUser } from '@gp/api/core';
import { NotificationLogService, type NotificationLogQuery } from './notification-log.service';

class NotificationLogQueryDto implements NotificationLogQuery {
  @ApiPropertyOptional({ default: 50 })
  @Optional()
  @QueryInteger()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be 1 to 200' })
  @Max(200, { message: 'limit must be 1 to 200' })
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @Optional()
  @QueryInteger()
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must not be negative' })
  @Max(INTEGER_COLUMN_MAX, { message: `offset must be at most ${INTEGER_COLUMN_MAX}` })
  offset?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId?: string;
}

class NotificationLogEntryDto implements NotificationLogEntry {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) deadlineKind: DeadlineKind;
  @ApiProperty() deadlineTitle: string;
  @ApiProperty() offsetDays: number;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty() recipientName: string;
  @ApiProperty() recipientEmail: string;
  @ApiProperty({ enum: MAIL_STATUSES })
  status: NotificationLogEntry['status'];
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'while retrying: the next try',
  })
  retryAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) sentAt: string | null;
}

class NotificationLogPageDto implements NotificationLogPage {
  @ApiProperty({ type: [NotificationLogEntryDto] }) items: NotificationLogEntry[];
  @ApiProperty() total: number;
}

/**
 * What reminders went to whom, and how their emails fared: coordinators and admins see all,
 * everyone else what was sent to them.
 */
@ApiTags('reminders')
@Controller('notifications')
export class NotificationLogController {
  constructor(private readonly log: NotificationLogService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: NotificationLogPageDto })
  list(
    @SignedInUser() user: CurrentUser,
    @Query() query: NotificationLogQueryDto,
  ): Promise<NotificationLogPage> {
    return this.log.page(user, query);
  }
}
